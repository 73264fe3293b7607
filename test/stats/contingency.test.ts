import { afterAll, describe, expect, it } from 'vitest';
import { chiSquareIndependence, fisherExact, mcnemar, twoProportionZ } from '../../shared/stats/contingency.js';
import type { Alternative } from '../../shared/stats/result.js';
import { expectClose, fixtures, reportWorst } from './fixtures.js';

afterAll(reportWorst);
const f = fixtures.contingency;
const ALTERNATIVES: Alternative[] = ['two-sided', 'less', 'greater'];

describe('McNemar against statsmodels formulas on scipy.stats.binom / chi2 (relative 1e-9)', () => {
  it('exact, chi-square with and without continuity correction', () => {
    for (const c of f.mcnemar) {
      const exact = mcnemar(c.b, c.c);
      expect(exact.method).toBe('exact');
      expectClose(exact.statistic, c.exact.statistic, `mcnemar.statistic b=${c.b} c=${c.c}`);
      expectClose(exact.pValue, c.exact.pValue, `mcnemar.pValue.exact b=${c.b} c=${c.c}`);
      const corrected = mcnemar(c.b, c.c, { method: 'chi-square' });
      expectClose(corrected.statistic, c.corrected.statistic, `mcnemar.statistic.chi-square b=${c.b} c=${c.c}`);
      expectClose(corrected.pValue, c.corrected.pValue, `mcnemar.pValue.chi-square b=${c.b} c=${c.c}`);
      const raw = mcnemar(c.b, c.c, { method: 'chi-square', correction: false });
      expectClose(raw.statistic, c.uncorrected.statistic, `mcnemar.statistic.chi-square b=${c.b} c=${c.c} uncorrected`);
      expectClose(raw.pValue, c.uncorrected.pValue, `mcnemar.pValue.chi-square b=${c.b} c=${c.c} uncorrected`);
    }
  });
  it('no discordant pairs: null with a reason; counts must be integers', () => {
    expect(mcnemar(0, 0)).toMatchObject({ statistic: null, pValue: null, reason: 'no discordant pairs' });
    expect(() => mcnemar(1.5, 2)).toThrow(/b must be a non-negative integer/);
    expect(() => mcnemar(NaN, 2)).toThrow(RangeError);
  });
});

describe('chi-square test of independence against scipy.stats.chi2_contingency (relative 1e-9)', () => {
  it('with and without Yates (applied only at one degree of freedom)', () => {
    for (const c of f.chiSquare) {
      for (const correction of [true, false]) {
        const expected = correction ? c.corrected : c.uncorrected;
        const result = chiSquareIndependence(c.table, { correction });
        const what = `${JSON.stringify(c.table)} correction=${correction}`;
        expectClose(result.statistic, expected.statistic, `chiSquareIndependence.statistic ${what}`);
        expectClose(result.pValue, expected.pValue, `chiSquareIndependence.pValue ${what}`);
        expect(result.dof).toBe(expected.dof);
        result.expected.flat().forEach((e, i) => expectClose(e, expected.expected.flat()[i], `chiSquareIndependence.expected ${what}`));
      }
    }
  });
  it('degenerate tables: null with a reason', () => {
    expect(
      chiSquareIndependence([
        [0, 0],
        [3, 4],
      ]),
    ).toMatchObject({ pValue: null, reason: 'a row or column of the table sums to zero' });
    expect(chiSquareIndependence([[3, 4, 5]])).toMatchObject({ pValue: null, reason: 'the table has a single row or column' });
    expect(chiSquareIndependence([])).toMatchObject({ pValue: null, reason: 'the table is empty' });
    expect(() => chiSquareIndependence([[1, 2], [3]])).toThrow(/row 1 has 1 columns/);
    expect(() =>
      chiSquareIndependence([
        [1, -2],
        [3, 4],
      ]),
    ).toThrow(/table\[0\]\[1\]/);
  });
});

describe('two-proportion z test (pooled) against scipy.stats.norm by hand (relative 1e-9)', () => {
  it('every alternative', () => {
    for (const c of f.twoProportion) {
      for (const alternative of ALTERNATIVES) {
        const result = twoProportionZ(c.x1, c.n1, c.x2, c.n2, { alternative });
        const what = `${c.x1}/${c.n1} vs ${c.x2}/${c.n2} ${alternative}`;
        expectClose(result.statistic, c.statistic, `twoProportionZ.statistic ${what}`);
        expectClose(result.pValue, c[alternative], `twoProportionZ.pValue ${what}`);
      }
    }
  });
  it('degenerate: an empty group or a pooled rate of 0 or 1', () => {
    expect(twoProportionZ(0, 0, 3, 10)).toMatchObject({ pValue: null, reason: 'a group has no trials' });
    expect(twoProportionZ(10, 10, 5, 5)).toMatchObject({ pValue: null, reason: 'the pooled rate is 0 or 1' });
    expect(() => twoProportionZ(11, 10, 5, 5)).toThrow(/must not exceed/);
  });
});

describe("Fisher's exact test against scipy.stats.fisher_exact (relative 1e-9)", () => {
  it('odds ratio and p-values for every alternative', () => {
    for (const c of f.fisher) {
      for (const alternative of ALTERNATIVES) {
        const result = fisherExact(c.table, { alternative });
        const expected = c[alternative];
        const what = `${JSON.stringify(c.table)} ${alternative}`;
        if (expected.statistic === 'Infinity') expect(result.statistic, what).toBe(Infinity);
        else expectClose(result.statistic, expected.statistic, `fisherExact.statistic ${what}`);
        expectClose(result.pValue, expected.pValue, `fisherExact.pValue ${what}`);
      }
    }
  });
  it('a zero margin gives null with a reason; the table must be 2 x 2', () => {
    expect(
      fisherExact([
        [0, 0],
        [3, 4],
      ]),
    ).toMatchObject({ pValue: null, reason: 'a row or column of the table sums to zero' });
    expect(() =>
      fisherExact([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toThrow(/2 x 2/);
  });
});
