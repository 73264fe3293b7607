import { describe, expect, it } from 'vitest';
import { barChart, niceCeiling } from '../../shared/report/svg.js';

const rects = (svg: string) =>
  [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map(([, x, w]) => Number(x) + Number(w));

describe('barChart', () => {
  it("writes a bound's value in the right margin, right of every bar, so no bar is under it", () => {
    const svg = barChart({
      title: 't',
      yLabel: 'rate',
      categories: ['a', 'b', 'c'],
      series: [{ name: 's', values: [0.9, 0.95, 1] }],
      bounds: [0.8],
    });
    const label = /<text x="([\d.]+)" y="[\d.]+" text-anchor="start" class="bound-label">0.8<\/text>/.exec(svg);
    expect(label).not.toBeNull();
    expect(Number(label![1])).toBeGreaterThan(Math.max(...rects(svg)));
  });

  it('labels at most ten categories, every k-th when there are more, so tick labels never run into each other', () => {
    const categories = Array.from({ length: 20 }, (_, i) => `${(i / 20).toFixed(2)}–${((i + 1) / 20).toFixed(2)}`);
    const svg = barChart({ title: 't', yLabel: 'rows', categories, series: [{ name: 's', values: categories.map(() => 1) }] });
    const ticks = [...svg.matchAll(/class="tick">([^<]*)<\/text>/g)].map(([, label]) => label).filter((label) => label.includes('–'));
    expect(ticks).toEqual(categories.filter((_, i) => i % 2 === 0));
  });
});

describe('niceCeiling', () => {
  it('rounds the y axis up to four round steps, so tick labels stay short and clear of the axis title', () => {
    expect([0.1723, 1, 0.61, 3, 0.004, 250].map(niceCeiling)).toEqual([0.2, 1, 0.8, 4, 0.004, 400]);
    const svg = barChart({
      title: 't',
      yLabel: 'share of the class',
      categories: ['a', 'b'],
      series: [{ name: 's', values: [0.1723, 0.04] }],
    });
    const ticks = [...svg.matchAll(/text-anchor="end" class="tick">([^<]*)</g)].map(([, label]) => label);
    expect(ticks).toEqual(['0', '0.05', '0.1', '0.15', '0.2']);
  });
});
