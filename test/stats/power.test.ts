import { afterAll, describe, expect, it } from 'vitest';
import {
  mannWhitneyPower,
  mannWhitneySampleSize,
  twoProportionPower,
  twoProportionSampleSize,
  wilcoxonPower,
  wilcoxonSampleSize,
} from '../../shared/stats/power.js';
import { expectClose, fixtures, reportWorst } from './fixtures.js';

afterAll(reportWorst);
const f = fixtures.power;

describe('power and sample size against the formulas on scipy.stats.norm (relative 1e-9)', () => {
  it('two proportions', () => {
    for (const c of f.twoProportion) {
      const options = { alpha: c.alpha, power: c.power, ratio: c.ratio, alternative: c.alternative };
      const size = twoProportionSampleSize(c.p1, c.p2, options);
      expectClose(size.exact, c.exact, `twoProportionSampleSize ${c.p1} vs ${c.p2}`);
      expect(size.n).toBe(Math.ceil(c.exact));
      expect(size.n2).toBe(Math.ceil(c.ratio * size.n));
      expectClose(twoProportionPower(c.p1, c.p2, c.n1, c.n2, options), c.powerAt, `twoProportionPower ${c.p1} vs ${c.p2}`);
    }
  });
  it('the power at the required size is at least the requested power', () => {
    const size = twoProportionSampleSize(0.5, 0.55);
    expect(twoProportionPower(0.5, 0.55, size.n, size.n)).toBeGreaterThanOrEqual(0.8);
    expect(twoProportionPower(0.5, 0.55, size.n - 1, size.n - 1)).toBeLessThan(0.8);
  });
  it('rank tests through the efficiency 3/π', () => {
    for (const c of f.rank) {
      const options = { alpha: c.alpha, power: c.power, alternative: c.alternative };
      expectClose(mannWhitneySampleSize(c.d, options).exact, c.mannWhitney, `mannWhitneySampleSize d=${c.d}`);
      expectClose(wilcoxonSampleSize(c.d, options).exact, c.wilcoxon, `wilcoxonSampleSize d=${c.d}`);
      expectClose(mannWhitneyPower(c.d, 150, 90, options), c.mannWhitneyPower, `mannWhitneyPower d=${c.d}`);
      expectClose(wilcoxonPower(c.d, 120, options), c.wilcoxonPower, `wilcoxonPower d=${c.d}`);
    }
  });
  it('refuses effects no sample detects and bad arguments', () => {
    expect(() => twoProportionSampleSize(0.3, 0.3)).toThrow(/must differ/);
    expect(() => twoProportionSampleSize(0, 0.3)).toThrow(/strictly between 0 and 1/);
    expect(() => mannWhitneySampleSize(0)).toThrow(/must not be 0/);
    expect(() => wilcoxonPower(0.2, NaN)).toThrow(RangeError);
  });
});
