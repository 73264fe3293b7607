/**
 * Small inline-SVG charts for the HTML report: grouped bars with reference lines, and line charts on the unit
 * square (ROC, precision-recall, reliability). No script, no external resource; every label is escaped.
 */
import { chartNumber } from './charts.js';
import { escapeHtml } from './escape.js';

/** Okabe-Ito: told apart with the common colour-vision deficiencies. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#8C6D00', '#000000'];
const BOUND_COLOR = '#C0392B';

const WIDTH = 640;
const HEIGHT = 300;
// The right margin holds the bounds' value labels, beside the plot where no bar can be under them.
const MARGIN = { top: 34, right: 56, bottom: 70, left: 52 };
/** Most category labels under a bar chart; past it every k-th is labelled, so labels never run into each other. */
const MAX_TICK_LABELS = 10;
const LABEL_CHARS = 18;

const px = (value: number) => Number(value.toFixed(1));
function shorten(text: string, max = LABEL_CHARS): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
const text = (value: string) => escapeHtml(value);

type LegendItem = { name: string; color: string; dashed?: boolean };

/** The chart's svg element: title on top, legend in one row at the bottom or as a column from (x, y). */
function frame(title: string, body: string, legend: LegendItem[], column?: { x: number; y: number }): string {
  const legendItems = legend.map((item, i) => {
    const x = column ? column.x : MARGIN.left + i * 150;
    const y = column ? column.y + i * 18 : HEIGHT - 10;
    const mark = item.dashed
      ? `<line x1="${x}" y1="${y - 4}" x2="${x + 16}" y2="${y - 4}" stroke="${item.color}" stroke-width="2" stroke-dasharray="4 3"/>`
      : `<rect x="${x}" y="${y - 9}" width="12" height="10" fill="${item.color}"/>`;
    return `${mark}<text x="${x + 20}" y="${y}" class="legend">${text(shorten(item.name, 28))}</text>`;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${text(title)}">` +
    `<title>${text(title)}</title><text x="${WIDTH / 2}" y="18" class="chart-title" text-anchor="middle">${text(shorten(title, 84))}</text>` +
    body +
    legendItems.join('') +
    '</svg>'
  );
}

/**
 * The smallest 4 × step at or above `value`, with a step of 1, 2, 2.5 or 5 times a power of ten: the y axis then
 * reads 0, 0.05, 0.1, 0.15, 0.2 instead of 0.04308, 0.08616, …, whose long labels ran into the axis title.
 */
export function niceCeiling(value: number): number {
  const raw = value / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw * (1 - 1e-12))!;
  return Number((4 * step).toPrecision(12));
}

function yAxis(yMax: number, plotHeight: number, label: string): string {
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const y = px(MARGIN.top + plotHeight * (1 - f));
    return (
      `<line x1="${MARGIN.left}" y1="${y}" x2="${WIDTH - MARGIN.right}" y2="${y}" class="grid"/>` +
      `<text x="${MARGIN.left - 6}" y="${y + 4}" text-anchor="end" class="tick">${chartNumber(yMax * f)}</text>`
    );
  });
  const mid = MARGIN.top + plotHeight / 2;
  return (
    ticks.join('') + `<text transform="translate(14 ${px(mid)}) rotate(-90)" text-anchor="middle" class="axis-label">${text(label)}</text>`
  );
}

export interface BarSeries {
  name: string;
  values: (number | null)[];
}

/**
 * Bars per category, one bar per series side by side, and dashed horizontal lines at `bounds`. The y axis
 * runs from 0 to `yMax` (default: the largest value or bound, at least 1 for rates).
 */
export function barChart(options: {
  title: string;
  yLabel: string;
  categories: string[];
  series: BarSeries[];
  bounds?: number[];
  yMax?: number;
}): string {
  const { title, categories, series } = options;
  const bounds = options.bounds ?? [];
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const yMax = options.yMax ?? niceCeiling(Math.max(...values, ...bounds, 1e-9));
  const y = (value: number) => MARGIN.top + plotHeight * (1 - Math.min(Math.max(value / yMax, 0), 1));
  const slot = plotWidth / Math.max(categories.length, 1);
  const barWidth = (slot * 0.8) / Math.max(series.length, 1);
  const step = Math.ceil(categories.length / MAX_TICK_LABELS);
  const rotate = categories.length > 6;
  const parts: string[] = [yAxis(yMax, plotHeight, options.yLabel)];
  categories.forEach((category, c) => {
    series.forEach((s, k) => {
      const value = s.values[c];
      if (value === null || value === undefined) return;
      const x = MARGIN.left + slot * c + slot * 0.1 + barWidth * k;
      const top = y(value);
      parts.push(
        `<rect x="${px(x)}" y="${px(top)}" width="${px(Math.max(barWidth - 1, 1))}" height="${px(MARGIN.top + plotHeight - top)}" fill="${PALETTE[k % PALETTE.length]}">` +
          `<title>${text(`${category}: ${s.name} ${chartNumber(value)}`)}</title></rect>`,
      );
    });
    if (c % step !== 0) return;
    const cx = px(MARGIN.left + slot * (c + 0.5));
    const cy = MARGIN.top + plotHeight + 14;
    parts.push(
      rotate
        ? `<text transform="translate(${cx} ${cy}) rotate(-40)" text-anchor="end" class="tick">${text(shorten(category))}</text>`
        : `<text x="${cx}" y="${cy}" text-anchor="middle" class="tick">${text(shorten(category))}</text>`,
    );
  });
  for (const bound of bounds) {
    const by = px(y(bound));
    parts.push(
      `<line x1="${MARGIN.left}" y1="${by}" x2="${WIDTH - MARGIN.right}" y2="${by}" stroke="${BOUND_COLOR}" stroke-width="2" stroke-dasharray="6 4" class="bound"/>` +
        `<text x="${WIDTH - MARGIN.right + 4}" y="${by + 4}" text-anchor="start" class="bound-label">${chartNumber(bound)}</text>`,
    );
  }
  const legend = [
    ...(series.length > 1 ? series.map((s, k) => ({ name: s.name, color: PALETTE[k % PALETTE.length] })) : []),
    ...(bounds.length ? [{ name: 'bound', color: BOUND_COLOR, dashed: true }] : []),
  ];
  return frame(title, parts.join(''), legend);
}

export interface LineSeries {
  name: string;
  /** [x, y] in [0, 1] x [0, 1]. */
  points: [number, number][];
  dashed?: boolean;
  /** Draw a dot at each point (few points, such as reliability bins). */
  markers?: boolean;
}

/** Lines on the unit square, with an optional dotted diagonal (chance for ROC, perfect calibration for reliability). */
export function unitLineChart(options: { title: string; xLabel: string; yLabel: string; series: LineSeries[]; diagonal?: string }): string {
  const size = HEIGHT - MARGIN.top - MARGIN.bottom;
  const left = MARGIN.left + (WIDTH - MARGIN.left - MARGIN.right - size) / 2;
  const x = (v: number) => px(left + size * v);
  const y = (v: number) => px(MARGIN.top + size * (1 - v));
  const parts: string[] = [];
  for (const f of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${x(0)}" y1="${y(f)}" x2="${x(1)}" y2="${y(f)}" class="grid"/><line x1="${x(f)}" y1="${y(0)}" x2="${x(f)}" y2="${y(1)}" class="grid"/>` +
        `<text x="${x(0) - 6}" y="${y(f) + 4}" text-anchor="end" class="tick">${f}</text><text x="${x(f)}" y="${y(0) + 14}" text-anchor="middle" class="tick">${f}</text>`,
    );
  }
  parts.push(
    `<text x="${x(0.5)}" y="${y(0) + 30}" text-anchor="middle" class="axis-label">${text(options.xLabel)}</text>` +
      `<text transform="translate(${x(0) - 36} ${y(0.5)}) rotate(-90)" text-anchor="middle" class="axis-label">${text(options.yLabel)}</text>`,
  );
  if (options.diagonal)
    parts.push(
      `<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#999" stroke-dasharray="2 3"><title>${text(options.diagonal)}</title></line>`,
    );
  options.series.forEach((s, k) => {
    const color = PALETTE[k % PALETTE.length];
    if (s.points.length === 0) return;
    const d = s.points.map(([px_, py], i) => `${i === 0 ? 'M' : 'L'}${x(px_)} ${y(py)}`).join(' ');
    parts.push(
      `<path d="${d}" fill="none" stroke="${color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 3"' : ''}><title>${text(s.name)}</title></path>`,
    );
    if (s.markers) for (const [mx, my] of s.points) parts.push(`<circle cx="${x(mx)}" cy="${y(my)}" r="3" fill="${color}"/>`);
  });
  const legend = options.series.map((s, k) => ({ name: s.name, color: PALETTE[k % PALETTE.length], dashed: s.dashed }));
  return frame(options.title, parts.join(''), legend, { x: x(1) + 28, y: MARGIN.top + 10 });
}
