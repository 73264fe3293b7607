import { afterAll, describe, expect, it } from 'vitest';
import { averageRanks, hodgesLehmann, mannWhitneyU, wilcoxon, wilcoxonReordering } from '../../shared/stats/rank-tests.js';
import type { Alternative } from '../../shared/stats/result.js';
import { expectClose, fixtures, reportWorst } from './fixtures.js';

afterAll(reportWorst);
type Expected = Record<string, { statistic: number; pValue: number }>;

describe('Mann-Whitney U against scipy.stats.mannwhitneyu (relative 1e-9)', () => {
  for (const c of fixtures.rankTests.mannWhitney as { name: string; x: number[]; y: number[]; autoMethod: string; expected: Expected }[]) {
    it(c.name, () => {
      for (const [key, expected] of Object.entries(c.expected)) {
        const [method, alternative, continuity] = key.split('/') as ['auto' | 'exact' | 'asymptotic', Alternative, string?];
        const result = mannWhitneyU(c.x, c.y, { method, alternative, continuity: continuity !== 'False' });
        expectClose(result.statistic, expected.statistic, `mannWhitneyU.statistic ${c.name} ${key}`);
        expectClose(result.pValue, expected.pValue, `mannWhitneyU.pValue.${method} ${c.name} ${key}`);
        if (method === 'auto') expect(result.method).toBe(c.autoMethod);
      }
    });
  }
  it('common-language effect size is P(X > Y) + P(X = Y) / 2', () => {
    const result = mannWhitneyU([1, 2, 3], [2, 0]);
    // pairs: (1,2)<, (1,0)>, (2,2)=, (2,0)>, (3,2)>, (3,0)> → (4 + 0.5) / 6
    expect(result.commonLanguage).toBeCloseTo(4.5 / 6, 15);
    expect(result.rankBiserial).toBeCloseTo(2 * (4.5 / 6) - 1, 15);
  });
  it('degenerate input: empty sample, every value tied', () => {
    expect(mannWhitneyU([], [1, 2])).toMatchObject({ pValue: null, reason: 'a sample is empty' });
    expect(mannWhitneyU([3, 3, 3], [3, 3])).toMatchObject({ pValue: null, reason: 'every value is tied', statistic: 3 });
  });
  it('exact with ties is refused, non-finite input throws, inputs are not mutated', () => {
    expect(() => mannWhitneyU([1, 2], [2, 3], { method: 'exact' })).toThrow(/without ties/);
    expect(() => mannWhitneyU([1, NaN], [2])).toThrow(/x\[1\] must be a finite number/);
    expect(() => mannWhitneyU([1], Float64Array.of(Infinity))).toThrow(RangeError);
    const x = [3, 1, 2];
    mannWhitneyU(x, [0.5, 4]);
    expect(x).toEqual([3, 1, 2]);
  });
  it('exact p-values beyond 2^53 arrangements (BigInt counts) match the asymptotic one closely', () => {
    const x = Array.from({ length: 40 }, (_, i) => i * 2);
    const y = Array.from({ length: 40 }, (_, i) => i * 2 + 1.5);
    const exact = mannWhitneyU(x, y, { method: 'exact' }).pValue!;
    const asymptotic = mannWhitneyU(x, y, { method: 'asymptotic' }).pValue!;
    expect(Math.abs(exact - asymptotic)).toBeLessThan(0.01);
  });
});

describe('Wilcoxon signed-rank against scipy.stats.wilcoxon (relative 1e-9)', () => {
  for (const c of fixtures.rankTests.wilcoxon as { name: string; x: number[]; y: number[]; autoMethod: string; expected: Expected }[]) {
    it(c.name, () => {
      for (const [key, expected] of Object.entries(c.expected)) {
        const [method, alternative] = key.split('/') as ['auto' | 'approx', Alternative];
        const result = wilcoxon(c.x, c.y, { method, alternative });
        expectClose(result.statistic, expected.statistic, `wilcoxon.statistic ${c.name} ${key}`);
        expectClose(result.pValue, expected.pValue, `wilcoxon.pValue.${method} ${c.name} ${key}`);
        if (method === 'auto') expect(result.method).toBe(c.autoMethod);
      }
    });
  }
  it('wilcoxonReordering (the owned differences, reordered) equals wilcoxon on every fixture, zeros and ties included', () => {
    for (const c of fixtures.rankTests.wilcoxon as { x: number[]; y: number[] }[]) {
      const differences = Float64Array.from(c.x, (x, i) => x - c.y[i]);
      expect(wilcoxonReordering(differences.slice())).toEqual(wilcoxon(differences));
    }
    expect(() => wilcoxonReordering(Float64Array.of(1, Infinity))).toThrow(/x\[1\] must be a finite number/);
  });
  it('one sample of differences equals the paired form', () => {
    expect(wilcoxon([1.5, -0.5, 2, 3])).toEqual(wilcoxon([2.5, 0.5, 3, 4], [1, 1, 1, 1]));
  });
  it('degenerate input: no pairs, every difference zero', () => {
    expect(wilcoxon([])).toMatchObject({ pValue: null, reason: 'no pairs' });
    expect(wilcoxon([1, 2], [1, 2])).toMatchObject({ pValue: null, reason: 'every difference is zero' });
  });
  it('refuses unequal lengths, exact with zeros, non-finite values', () => {
    expect(() => wilcoxon([1, 2], [1])).toThrow(/same length/);
    expect(() => wilcoxon([1, 0, 2], undefined, { method: 'exact' })).toThrow(/without zeros or ties/);
    expect(() => wilcoxon([1, 2], [1, NaN])).toThrow(/y\[1\]/);
  });
});

describe('averageRanks', () => {
  it('gives tied values the mean of their ranks and the tie term Σ(t³ - t)', () => {
    const { ranks, tieTerm } = averageRanks([10, 20, 10, 30, 10]);
    expect(Array.from(ranks)).toEqual([2, 4, 2, 5, 2]);
    expect(tieTerm).toBe(24);
  });
});

describe('hodgesLehmann against the full difference matrix (numpy) and scipy Mann-Whitney null quantiles', () => {
  for (const c of fixtures.hodgesLehmann as {
    name: string;
    x: number[];
    y: number[];
    level: number;
    expected: { estimate: number; method: string; k: number; interval: [number, number] };
  }[]) {
    it(c.name, () => {
      const result = hodgesLehmann(c.x, c.y, { level: c.level });
      expect(result.method).toBe(c.expected.method);
      expect(result.k).toBe(c.expected.k);
      expectClose(result.estimate, c.expected.estimate, `hodgesLehmann.estimate ${c.name}`);
      expectClose(result.interval![0], c.expected.interval[0], `hodgesLehmann.lower ${c.name}`);
      expectClose(result.interval![1], c.expected.interval[1], `hodgesLehmann.upper ${c.name}`);
    });
  }

  it('never forms the m n differences: 200,000 x 200,000 (4e10 pairs) in linear memory', () => {
    const x = Float64Array.from({ length: 200_000 }, (_, i) => ((i * 7919) % 200_000) / 1000 + 0.5);
    const y = Float64Array.from({ length: 200_000 }, (_, i) => ((i * 104_729) % 200_000) / 1000);
    const result = hodgesLehmann(x, y);
    expect(result.method).toBe('normal');
    expect(result.estimate).toBeCloseTo(0.5, 2);
  });

  it('an empty sample gives no estimate', () => {
    expect(hodgesLehmann([], [1])).toMatchObject({ estimate: null, interval: null });
  });
});
