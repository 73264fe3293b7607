import { afterAll, describe, expect, it } from 'vitest';
import { kolmogorovSf, ks2samp, ks2sampOfSorted } from '../../shared/stats/ks.js';
import type { Alternative } from '../../shared/stats/result.js';
import { expectClose, fixtures, reportWorst } from './fixtures.js';

afterAll(reportWorst);
type Expected = Record<string, { statistic: number; pValue: number; location: number; sign: 1 | -1; method: string }>;

describe('two-sample Kolmogorov-Smirnov against scipy.stats.ks_2samp (relative 1e-9)', () => {
  for (const c of fixtures.ks.ks2samp as { name: string; x: number[]; y: number[]; expected: Expected }[]) {
    it(c.name, () => {
      for (const [key, expected] of Object.entries(c.expected)) {
        const [method, alternative] = key.split('/') as ['auto' | 'exact' | 'asymp', Alternative];
        const result = ks2samp(c.x, c.y, { method, alternative });
        expectClose(result.statistic, expected.statistic, `ks2samp.statistic ${c.name} ${key}`);
        expectClose(
          result.pValue,
          expected.pValue,
          `ks2samp.pValue.${method}/${alternative === 'two-sided' ? 'two' : 'one'}-sided ${c.name} ${key}`,
        );
        expect(result.location, `${c.name} ${key} location`).toBe(expected.location);
        expect(result.sign, `${c.name} ${key} sign`).toBe(expected.sign);
        expect(result.method, `${c.name} ${key} method`).toBe(expected.method);
        const sorted = (values: number[]) => Float64Array.from(values).sort();
        expect(ks2sampOfSorted(sorted(c.x), sorted(c.y), { method, alternative }), `${c.name} ${key} of sorted samples`).toEqual(result);
      }
    });
  }
  it('ks2sampOfSorted refuses a sample that is not sorted or not finite, naming it', () => {
    expect(() => ks2sampOfSorted(Float64Array.of(1, 2), Float64Array.of(3, 2))).toThrow(
      /y\[1\] must be a finite number no smaller than the one before, got 2/,
    );
    expect(() => ks2sampOfSorted(Float64Array.of(1, NaN), Float64Array.of(1))).toThrow(/x\[1\]/);
  });
  it('an empty sample gives a null p-value with a reason; non-finite values throw', () => {
    expect(ks2samp([], [1])).toMatchObject({ statistic: null, pValue: null, reason: 'a sample is empty' });
    expect(() => ks2samp([1, 2], [Infinity])).toThrow(/y\[0\] must be a finite number/);
  });
  it('two single values: no asymptotic two-sided p-value (SciPy: NaN)', () => {
    expect(ks2samp([1], [2], { method: 'asymp' })).toMatchObject({ statistic: 1, pValue: null, reason: /one value per sample/ });
  });
  it('identical samples give D = 0 and p = 1 without mutating the input', () => {
    const x = Float64Array.of(3, 1, 2);
    expect(ks2samp(x, [1, 2, 3])).toMatchObject({ statistic: 0, pValue: 1, method: 'exact' });
    expect(Array.from(x)).toEqual([3, 1, 2]);
  });
});

describe('Kolmogorov distribution against scipy.stats.kstwo.sf (relative 1e-9)', () => {
  it('every method region', () => {
    for (const c of fixtures.ks.kstwo as { n: number; d: number; sf: number }[])
      expectClose(kolmogorovSf(c.d, c.n), c.sf, `kolmogorovSf n=${c.n} d=${c.d}`);
  });
});
