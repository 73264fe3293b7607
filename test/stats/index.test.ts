import { describe, expect, it } from 'vitest';
import * as stats from '../../shared/stats/index.js';

describe('shared/stats index', () => {
  it('re-exports every module', () => {
    for (const name of [
      'normalSf',
      'mannWhitneyU',
      'wilcoxon',
      'ks2samp',
      'mcnemar',
      'fisherExact',
      'psi',
      'cohenKappa',
      'holm',
      'twoProportionSampleSize',
      'percentileInterval',
    ]) {
      expect(typeof (stats as Record<string, unknown>)[name], name).toBe('function');
    }
  });
  it('every test answers degenerate input with pValue null and a reason, never a number', () => {
    const results = [
      stats.mannWhitneyU([], [1]),
      stats.mannWhitneyU([2, 2], [2]),
      stats.wilcoxon([0, 0]),
      stats.ks2samp([1], []),
      stats.mcnemar(0, 0),
      stats.chiSquareIndependence([
        [0, 1],
        [0, 2],
      ]),
      stats.twoProportionZ(0, 5, 0, 5),
      stats.fisherExact([
        [0, 1],
        [0, 2],
      ]),
    ];
    for (const result of results) {
      expect(result.pValue).toBeNull();
      expect(result.reason).toMatch(/\w/);
    }
  });
});
