import { afterAll, describe, expect, it } from 'vitest';
import {
  binCounts,
  binCountsOfSorted,
  cohenKappa,
  cohenKappaOfConfusion,
  jensenShannon,
  psi,
  wasserstein,
} from '../../shared/stats/divergence.js';
import { expectClose, fixtures, reportWorst } from './fixtures.js';

afterAll(reportWorst);
const f = fixtures.divergence;

describe('PSI against numpy by hand (relative 1e-9)', () => {
  for (const c of f.psi) {
    it(c.name, () => {
      expect(binCounts(c.reference, c.cuts)).toEqual(c.expectedCounts);
      expect(binCounts(c.current, c.cuts)).toEqual(c.actualCounts);
      expect(binCountsOfSorted(Float64Array.from(c.reference).sort(), c.cuts)).toEqual(c.expectedCounts);
      expect(binCountsOfSorted(Float64Array.from(c.current).sort(), c.cuts)).toEqual(c.actualCounts);
      const result = psi(c.expectedCounts, c.actualCounts);
      expect(result.method).toBe('psi (empty-bin share 0.0001)');
      expectClose(result.value, c.psi, `psi ${c.name}`);
      expectClose(psi(c.expectedCounts, c.actualCounts, { epsilon: 1e-3 }).value, c['psi_eps_1e-3'], `psi ${c.name} epsilon 1e-3`);
    });
  }
  it('an empty bin takes the stated epsilon share; no mass gives null', () => {
    // shares e = [0.5, 0.5], a = [0 → 1e-4, 1]
    const expected = (1e-4 - 0.5) * Math.log(1e-4 / 0.5) + (1 - 0.5) * Math.log(1 / 0.5);
    expect(psi([1, 1], [0, 4]).value).toBeCloseTo(expected, 14);
    expect(psi([0, 0], [1, 2])).toMatchObject({ value: null, reason: 'a distribution has no mass' });
    expect(() => psi([1, 2], [1])).toThrow(/same bins/);
    expect(() => psi([1, -2], [1, 1])).toThrow(/expected\[1\] must be >= 0/);
    expect(() => binCounts([1], [2, 2])).toThrow(/strictly increasing/);
    expect(() => binCountsOfSorted(Float64Array.of(1), [2, 2])).toThrow(/strictly increasing/);
    expect(() => binCountsOfSorted(Float64Array.of(2, 1), [1])).toThrow(/sorted\[1\]/);
    // A value equal to a cut goes to the bin above it, as binCounts (numpy.searchsorted side='right').
    expect(binCountsOfSorted(Float64Array.of(1, 2, 2, 3), [2])).toEqual(binCounts([1, 2, 2, 3], [2]));
  });
});

describe('Jensen-Shannon distance against scipy.spatial.distance.jensenshannon (relative 1e-9)', () => {
  it('base 2 and base e', () => {
    for (const c of f.jensenShannon) {
      expectClose(jensenShannon(c.p, c.q).value, c.base2, `jensenShannon ${JSON.stringify(c.p).slice(0, 40)}`);
      expectClose(jensenShannon(c.p, c.q, { base: Math.E }).value, c.baseE, `jensenShannon base e ${JSON.stringify(c.p).slice(0, 40)}`);
    }
    expect(jensenShannon([0, 0], [1, 1])).toMatchObject({ value: null });
  });
});

describe('Wasserstein distance against scipy.stats.wasserstein_distance (relative 1e-9)', () => {
  it('with and without weights', () => {
    for (const c of f.wasserstein) {
      expectClose(
        wasserstein(c.u, c.v, c.uWeights ?? undefined, c.vWeights ?? undefined).value,
        c.value,
        `wasserstein ${c.u.length}x${c.v.length}`,
      );
    }
    expect(wasserstein([], [1])).toMatchObject({ value: null, reason: 'a sample is empty' });
    expect(() => wasserstein([1, 2], [1], [0, 0])).toThrow(/positive total/);
    expect(() => wasserstein([1, 2], [1], [1])).toThrow(/one weight per value/);
  });
});

describe("Cohen's kappa against sklearn.metrics.cohen_kappa_score (relative 1e-9)", () => {
  it('unweighted, linear, quadratic; numbers and strings', () => {
    for (const c of f.cohenKappa) {
      expectClose(cohenKappa(c.rater1, c.rater2).value, c.none, `cohenKappa unweighted n=${c.rater1.length}`);
      expectClose(cohenKappa(c.rater1, c.rater2, { weights: 'linear' }).value, c.linear, `cohenKappa linear n=${c.rater1.length}`);
      expectClose(cohenKappa(c.rater1, c.rater2, { weights: 'quadratic' }).value, c.quadratic, `cohenKappa quadratic n=${c.rater1.length}`);
    }
  });
  it('from a confusion matrix, the same as from the ratings (the fixtures, counted), with an unused class adding nothing', () => {
    for (const c of f.cohenKappa) {
      const labels = [...new Set<string | number>([...c.rater1, ...c.rater2])].sort((a: any, b: any) => (a < b ? -1 : a > b ? 1 : 0));
      const size = labels.length + 1;
      const confusion = new Float64Array(size * size);
      for (let k = 0; k < c.rater1.length; k++) confusion[labels.indexOf(c.rater1[k]) * size + labels.indexOf(c.rater2[k])]++;
      expectClose(cohenKappaOfConfusion(confusion, size).value, c.none, `cohenKappaOfConfusion n=${c.rater1.length}`);
    }
    expect(cohenKappaOfConfusion(new Float64Array(4), 2)).toMatchObject({ value: null, reason: 'no items' });
  });
  it('degenerate: no items, a single label; bad labels throw', () => {
    expect(cohenKappa([], [])).toMatchObject({ value: null, reason: 'no items' });
    expect(cohenKappa([1, 1], [1, 1]).value).toBeNull();
    expect(() => cohenKappa([1, 'a'], [1, 1])).toThrow(/all numbers or all strings/);
    expect(() => cohenKappa([1, NaN], [1, 1])).toThrow(/rater1\[1\]/);
    expect(() => cohenKappa([1], [1, 2])).toThrow(/same items/);
  });
});
