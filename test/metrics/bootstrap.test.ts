import { describe, expect, it } from 'vitest';
import {
  bootstrapKeyHash,
  drawHashedWords,
  percentileInterval,
  poissonWeightBlock,
  poissonWeights,
  weightRowBytes,
} from '../../shared/stats/bootstrap.js';
import { fixtures } from './fixtures.js';

function weightsOf(key: string | number, seed: number, replicates: number): number[] {
  const out = new Uint8Array(replicates);
  poissonWeights(key, seed, replicates, out);
  return Array.from(out);
}

describe('poissonWeights', () => {
  it('depends only on key and seed: not on call order, shard or replicate count', () => {
    const keys = ['a', 'row-17', '', 'ü-ñ', 0, 1, 2 ** 40 + 3];
    const forward = keys.map((k) => weightsOf(k, 42, 200));
    const backward = [...keys]
      .reverse()
      .map((k) => weightsOf(k, 42, 200))
      .reverse();
    expect(backward).toEqual(forward);
    keys.forEach((k, i) => expect(weightsOf(k, 42, 37)).toEqual(forward[i].slice(0, 37)));
    const wide = new Float64Array(200);
    poissonWeights('row-17', 42, 200, wide);
    expect(Array.from(wide)).toEqual(forward[1]);
  });

  it('changes with the seed and separates ids from positions', () => {
    expect(weightsOf('row-1', 1, 64)).not.toEqual(weightsOf('row-1', 2, 64));
    expect(weightsOf('5', 1, 64)).not.toEqual(weightsOf(5, 1, 64));
    expect(weightsOf(7, 2 ** 33, 64)).not.toEqual(weightsOf(7, 0, 64));
    expect(weightsOf(2 ** 32, 0, 64)).not.toEqual(weightsOf(0, 0, 64));
  });

  it('draws Poisson(1): mean 1, variance 1, the right frequencies, over 100k keys', () => {
    const keys = 100_000;
    const R = 20;
    const out = new Uint8Array(R);
    const counts = new Float64Array(16);
    let sum = 0;
    let sumSquares = 0;
    for (let i = 0; i < keys; i++) {
      poissonWeights(i % 2 === 0 ? i : `id-${i}`, 2024, R, out);
      for (let r = 0; r < R; r++) {
        sum += out[r];
        sumSquares += out[r] * out[r];
        counts[out[r]]++;
      }
    }
    const n = keys * R;
    const mean = sum / n;
    const variance = sumSquares / n - mean * mean;
    expect(Math.abs(mean - 1)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1)).toBeLessThan(0.02);
    let factorial = 1;
    // Up to 7: values from 6 on are decided almost only by the refinement near the top of the CDF.
    for (let k = 0; k <= 7; k++) {
      if (k > 0) factorial *= k;
      const p = Math.exp(-1) / factorial;
      // 6 standard errors of a binomial proportion.
      expect(Math.abs(counts[k] / n - p), `P(X = ${k})`).toBeLessThan(6 * Math.sqrt((p * (1 - p)) / n));
    }
  });

  it('gives uncorrelated replicates and uncorrelated neighbouring keys', () => {
    const keys = 100_000;
    const R = 8;
    const flat = new Uint8Array(keys * R);
    for (let i = 0; i < keys; i++) poissonWeights(i, 9, R, flat.subarray(i * R, (i + 1) * R));
    const rows = { length: keys, at: (i: number, r: number): number => flat[i * R + r] };
    const correlation = (x: (i: number) => number, y: (i: number) => number, n: number): number => {
      let sx = 0,
        sy = 0,
        sxx = 0,
        syy = 0,
        sxy = 0;
      for (let i = 0; i < n; i++) {
        const a = x(i);
        const b = y(i);
        sx += a;
        sy += b;
        sxx += a * a;
        syy += b * b;
        sxy += a * b;
      }
      const cov = sxy / n - (sx / n) * (sy / n);
      return cov / Math.sqrt((sxx / n - (sx / n) ** 2) * (syy / n - (sy / n) ** 2));
    };
    // Standard error ~ 1/sqrt(100k) = 0.003.
    for (let r = 0; r + 1 < R; r++) {
      expect(
        Math.abs(
          correlation(
            (i) => rows.at(i, r),
            (i) => rows.at(i, r + 1),
            keys,
          ),
        ),
        `replicates ${r}, ${r + 1}`,
      ).toBeLessThan(0.015);
    }
    expect(
      Math.abs(
        correlation(
          (i) => rows.at(i, 0),
          (i) => rows.at(i, 7),
          keys,
        ),
      ),
    ).toBeLessThan(0.015);
    expect(
      Math.abs(
        correlation(
          (i) => rows.at(i, 0),
          (i) => rows.at(i + 1, 0),
          keys - 1,
        ),
      ),
    ).toBeLessThan(0.015);
  });

  it('lays a batch out row after row, each row word-aligned and zero after its weights', () => {
    const keys = ['a', 5, 'row-17', 2 ** 40 + 3];
    for (const replicates of [1, 7, 8, 200]) {
      const stride = weightRowBytes(replicates);
      expect(stride % 4).toBe(0);
      expect(stride - replicates).toBeLessThan(4);
      const block = poissonWeightBlock(keys.length, (i) => keys[i], 42, replicates);
      expect(block.length).toBe(keys.length * stride);
      keys.forEach((key, i) => {
        expect(Array.from(block.subarray(i * stride, i * stride + replicates))).toEqual(weightsOf(key, 42, replicates));
        expect(block.subarray(i * stride + replicates, (i + 1) * stride).every((w) => w === 0)).toBe(true);
      });
    }
    expect(() => poissonWeights(1, 0, 4, new Uint8Array(6), 3)).toThrow(/replicates/);
  });

  it("draws a row's weights from replicate `from` on, from its key hash, as the whole row's (any `from`)", () => {
    const hash = new Int32Array(2);
    for (const key of ['row-17', 2 ** 33 + 5, 0]) {
      bootstrapKeyHash(key, 7, hash, 0);
      const whole = weightsOf(key, 7, 203);
      for (const from of [0, 1, 4, 101, 200, 202]) {
        // Words before the one holding `from` are not written: a sentinel shows they are left alone.
        const words = new Int32Array(weightRowBytes(203) >>> 2).fill(-1);
        drawHashedWords(hash[0], hash[1], 203, words, 0, from);
        const bytes = new Uint8Array(words.buffer);
        expect(Array.from(bytes.subarray(from, 203))).toEqual(whole.slice(from));
        expect(Array.from(bytes.subarray(0, (from >>> 2) << 2)).every((byte) => byte === 255)).toBe(true);
      }
    }
  });

  it('rejects keys, seeds and counts it cannot hash', () => {
    const out = new Uint8Array(4);
    expect(() => poissonWeights(-1, 0, 4, out)).toThrow(RangeError);
    expect(() => poissonWeights(1.5, 0, 4, out)).toThrow(/key/);
    expect(() => poissonWeights(1, 0.5, 4, out)).toThrow(/seed/);
    expect(() => poissonWeights(1, 0, 5, out)).toThrow(/replicates/);
  });
});

describe('percentileInterval', () => {
  it("matches numpy.quantile's linear interpolation", () => {
    expect(fixtures.percentiles.length).toBeGreaterThan(10);
    for (const { values, level, expected } of fixtures.percentiles) {
      const interval = percentileInterval(values, level);
      expect(interval).not.toBeNull();
      expect(Math.abs(interval![0] - expected[0]), `${values.length} values at ${level}`).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(interval![1] - expected[1]), `${values.length} values at ${level}`).toBeLessThanOrEqual(1e-12);
    }
  });

  it('ignores null and NaN replicates and needs two valid ones', () => {
    expect(percentileInterval([3, null, 1, NaN, 2], 0.5)).toEqual([1.5, 2.5]);
    expect(percentileInterval([null, 1, NaN], 0.95)).toBeNull();
    expect(percentileInterval([], 0.95)).toBeNull();
    expect(() => percentileInterval([1, 2], 1)).toThrow(RangeError);
    expect(() => percentileInterval([1, 2], 0)).toThrow(RangeError);
  });
});
