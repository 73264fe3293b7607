import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { percentileInterval, poissonDraw, poissonWeights, quantileLinear, uniformStream } from '../../shared/stats/bootstrap.js';
import { pairedQuantileDeltas } from '../../shared/stats/paired-quantiles.js';
import { xorshift as generator } from '../helpers/seeded.js';

const QS = [0.5, 0.95, 0.99];

/**
 * The naive paired Poisson bootstrap: every pair's weight drawn, each side's resample expanded and its quantile taken
 * as numpy.quantile. With windows that cover every pair, pairedQuantileDeltas keys the weights of the pairs, taken in
 * (production, shadow) order, 0, 1, 2, ...: the naive one draws those same weights.
 */
function naive(production: Float64Array, shadow: Float64Array, replicates: number, seed: number, level: number) {
  const n = production.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => production[a] - production[b] || shadow[a] - shadow[b]);
  const weights = new Uint8Array(n * replicates);
  order.forEach((i, t) => poissonWeights(t, seed, replicates, weights, i * replicates));
  const deltas = QS.map(() => [] as (number | null)[]);
  for (let r = 0; r < replicates; r++) {
    const [a, b]: number[][] = [[], []];
    for (let i = 0; i < n; i++)
      for (let w = weights[i * replicates + r]; w > 0; w--) {
        a.push(production[i]);
        b.push(shadow[i]);
      }
    a.sort((u, v) => u - v);
    b.sort((u, v) => u - v);
    QS.forEach((q, k) => deltas[k].push(a.length ? quantileLinear(b, q) - quantileLinear(a, q) : null));
  }
  return deltas.map((d) => percentileInterval(d, level));
}

describe('pairedQuantileDeltas (paired Poisson bootstrap of quantile differences)', () => {
  const random = generator(11);
  const cases: Record<string, () => [Float64Array, Float64Array]> = {
    'distinct latencies': () => {
      const x = Float64Array.from({ length: 40 }, () => 20 + 10 * random());
      return [x, Float64Array.from(x, (v) => v + 3 * random() - 1)];
    },
    'whole milliseconds (ties on both sides)': () => {
      const x = Float64Array.from({ length: 45 }, () => Math.floor(20 + 6 * random()));
      return [x, Float64Array.from(x, (v) => v + Math.floor(3 * random()))];
    },
  };
  for (const [name, make] of Object.entries(cases)) {
    it(`${name}: equals the naive bootstrap with the same weights, replicate for replicate`, () => {
      const [x, y] = make();
      const found = pairedQuantileDeltas(x, y, QS, { replicates: 300, seed: 5, level: 0.9 });
      expect(found.intervals).toEqual(naive(x, y, 300, 5, 0.9));
      expect(found.production).toEqual(QS.map((q) => quantileLinear(x.slice().sort(), q)));
      expect(found.shadow).toEqual(QS.map((q) => quantileLinear(y.slice().sort(), q)));
    });
  }

  it('is a function of the pairs, not of their order (shards merge into the single pass), and of the seed', () => {
    const n = 10_000;
    const x = Float64Array.from({ length: n }, () => Math.round((18 + 6 * Math.abs(random() + random() - 1) * 3) * 1000) / 1000);
    const y = Float64Array.from(x, (v) => Math.round((v + random() * 2) * 1000) / 1000);
    const options = { replicates: 200, seed: 3, level: 0.95 };
    const found = pairedQuantileDeltas(x, y, QS, options);
    const shuffled = Array.from({ length: n }, (_, i) => i).sort(() => random() - 0.5);
    const again = pairedQuantileDeltas(
      Float64Array.from(shuffled, (i) => x[i]),
      Float64Array.from(shuffled, (i) => y[i]),
      QS,
      options,
    );
    expect(again).toEqual(found);
    // Windows leave most pairs in a few large groups.
    expect(found.windowSds).toBe(6);
    expect(found.cells).toBeLessThan(n / 2);
    expect(pairedQuantileDeltas(x, y, QS, { ...options, seed: 4 }).intervals).not.toEqual(found.intervals);
    for (const [k, interval] of found.intervals.entries()) {
      const delta = found.shadow[k] - found.production[k];
      expect(interval![0]).toBeLessThanOrEqual(delta);
      expect(interval![1]).toBeGreaterThanOrEqual(delta);
    }
  });

  it('no replicates: the quantiles and no interval; one pair: no spread, a degenerate interval', () => {
    const x = Float64Array.of(1, 2, 3);
    expect(pairedQuantileDeltas(x, x, QS, { replicates: 0, seed: 0, level: 0.95 }).intervals).toEqual([null, null, null]);
    const one = pairedQuantileDeltas(Float64Array.of(5), Float64Array.of(7), QS, { replicates: 50, seed: 0, level: 0.95 });
    expect(one.intervals).toEqual([
      [2, 2],
      [2, 2],
      [2, 2],
    ]);
  });

  it('matches the naive numpy bootstrap of the committed fixture within Monte Carlo error (paired_quantiles.py)', () => {
    const fixture = JSON.parse(readFileSync(new URL('../fixtures/stats/paired_quantiles.json', import.meta.url), 'utf8'));
    const x = Float64Array.from(fixture.production);
    const y = Float64Array.from(fixture.shadow);
    const found = pairedQuantileDeltas(x, y, fixture.qs, { replicates: fixture.replicates, seed: 1, level: fixture.level });
    expect(found.windowSds).toBe(6);
    fixture.qs.forEach((q: number, k: number) => {
      const expected = fixture.numpy_poisson[k];
      for (const side of [0, 1]) {
        const error = Math.abs(found.intervals[k]![side] - expected.mean[side]);
        expect(
          error,
          `q ${q} end ${side}: ${found.intervals[k]![side]} vs numpy ${expected.mean[side]} ± ${expected.sd[side]}`,
        ).toBeLessThanOrEqual(fixture.tolerance_sds * expected.sd[side] * Math.sqrt(1 + 1 / fixture.runs) + 1e-9);
      }
      expect(found.production[k]).toBe(fixture.quantiles.production[k]);
      expect(found.shadow[k]).toBe(fixture.quantiles.shadow[k]);
    });
  });
});

describe('poissonDraw (a group of m interchangeable rows at once)', () => {
  for (const mean of [0.5, 3, 12, 250, 1e6]) {
    it(`Poisson(${mean}): mean and variance within 5 standard errors over 20,000 draws`, () => {
      const uniform = uniformStream(`mean ${mean}`, 9);
      const draws = Float64Array.from({ length: 20_000 }, () => poissonDraw(mean, uniform));
      const m = draws.reduce((s, v) => s + v, 0) / draws.length;
      const v = draws.reduce((s, d) => s + (d - m) ** 2, 0) / (draws.length - 1);
      expect(Math.abs(m - mean)).toBeLessThan(5 * Math.sqrt(mean / draws.length));
      // Var of the sample variance of a Poisson: about (mean + 2 mean^2) / n.
      expect(Math.abs(v - mean)).toBeLessThan(5 * Math.sqrt((mean + 2 * mean * mean) / draws.length));
      expect(draws.every((d) => Number.isInteger(d) && d >= 0)).toBe(true);
    });
  }
  it('the same key and seed give the same stream', () => {
    const [a, b] = [uniformStream('k', 1), uniformStream('k', 1)];
    const c = uniformStream('k', 2);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    expect(first.every((u) => u >= 0 && u < 1)).toBe(true);
  });
});
