import { describe, expect, it } from 'vitest';
import { RegressionAccumulator } from '../../shared/metrics/regression.js';
import { DataError } from '../../shared/errors.js';
import { casesOf, expectClose, shardIndices, type RegressionCase } from './fixtures.js';

const METRICS = ['mae', 'mse', 'rmse', 'r2', 'mape'];

function accumulate(c: RegressionCase, rows: Iterable<number> = c.label.keys()): RegressionAccumulator {
  const accumulator = new RegressionAccumulator();
  for (const i of rows) accumulator.add(c.label[i], c.prediction[i], c.weight[i]);
  return accumulator;
}

describe('RegressionAccumulator against scikit-learn', () => {
  for (const c of casesOf('regression')) {
    it(`${c.name}: every metric`, () => {
      const metrics = accumulate(c).metrics();
      expect(Object.keys(metrics)).toEqual(METRICS);
      for (const name of METRICS) expectClose(metrics[name], c.expected[name], 1e-9, `${c.name} ${name}`);
    });

    it(`${c.name}: three merged shards equal one pass, and survive JSON`, () => {
      const whole = accumulate(c);
      const merged = new RegressionAccumulator();
      for (const shard of shardIndices(c.label.length, 3, 5)) {
        merged.merge(RegressionAccumulator.fromJSON(JSON.parse(JSON.stringify(accumulate(c, shard).toJSON()))));
      }
      expect(merged.n).toBe(whole.n);
      expectClose(merged.weightedN, whole.weightedN, 1e-12, 'weightedN');
      const a = merged.metrics();
      const b = whole.metrics();
      for (const name of METRICS) expectClose(a[name], b[name], 1e-9, name);
    });
  }
});

describe('RegressionAccumulator definitions', () => {
  it('keeps R² accurate for labels far from zero', () => {
    // Naive sums of y and y² lose every digit of the spread at this offset.
    const accumulator = new RegressionAccumulator();
    const labels = [1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4];
    for (const y of labels) accumulator.add(y, y + 0.5, 1);
    // SSE = 4 * 0.25 = 1; SST = 5; R² = 1 - 1/5.
    expect(accumulator.metrics().r2).toBeCloseTo(0.8, 12);
  });

  it('keeps R² within 1e-12 of scikit-learn for labels 1e8 + N(0, 0.01), in one pass and merged from shards', () => {
    // An unshifted running mean near 1e8 rounds by ~1e-8 per row: R² was 1.6e-6 off here.
    const c = casesOf('regression').find((x) => x.name === 'regression_large_mean')!;
    const expected = c.expected.r2 as number;
    const relative = (r2: number | null): number => Math.abs((r2 as number) - expected) / Math.abs(expected);
    expect(relative(accumulate(c).metrics().r2)).toBeLessThan(1e-12);
    for (const shards of [2, 3, 7]) {
      const merged = new RegressionAccumulator();
      for (const shard of shardIndices(c.label.length, shards, 11)) {
        merged.merge(RegressionAccumulator.fromJSON(JSON.parse(JSON.stringify(accumulate(c, shard).toJSON()))));
      }
      expect(relative(merged.metrics().r2), `${shards} shards`).toBeLessThan(1e-12);
    }
  });

  it('reads partials written before the shift existed (an unshifted mean)', () => {
    const accumulator = new RegressionAccumulator();
    accumulator.add(1, 1.5, 2);
    accumulator.add(4, 3, 1);
    const json = accumulator.toJSON();
    const { shift, ...unshifted } = json.moments;
    const legacy = { ...json, moments: { ...unshifted, mean: [json.moments.mean[0] + shift[0]] } };
    const restored = RegressionAccumulator.fromJSON(legacy);
    restored.add(2, 2, 1);
    accumulator.add(2, 2, 1);
    expectClose(restored.metrics().r2, accumulator.metrics().r2 as number, 1e-14, 'r2');
  });

  it('is null when there is no weight, and r2 is null without label variance', () => {
    const empty = new RegressionAccumulator();
    expect(empty.metrics()).toEqual({ mae: null, mse: null, rmse: null, r2: null, mape: null });
    const weightless = new RegressionAccumulator();
    weightless.add(1, 2, 0);
    expect(weightless.metrics().mae).toBeNull();
    expect(weightless.n).toBe(1);
    const constant = new RegressionAccumulator();
    constant.add(3, 2, 1);
    constant.add(3, 4, 2);
    expect(constant.metrics()).toEqual({ mae: 1, mse: 1, rmse: 1, r2: null, mape: 1 / 3 });
  });

  it('merges into an empty accumulator and from one', () => {
    const a = new RegressionAccumulator();
    a.add(1, 1.5, 2);
    a.add(4, 3, 1);
    const merged = new RegressionAccumulator();
    merged.merge(a);
    merged.merge(new RegressionAccumulator());
    expect(merged.metrics()).toEqual(a.metrics());
  });

  it('rejects bad rows and bad JSON', () => {
    const accumulator = new RegressionAccumulator();
    expect(() => accumulator.add(NaN, 1, 1)).toThrow(DataError);
    expect(() => accumulator.add(1, Infinity, 1)).toThrow(/prediction/);
    expect(() => accumulator.add(1, 1, -1)).toThrow(/weight/);
    accumulator.add(1, 2, 1);
    const json = accumulator.toJSON();
    expect(() => RegressionAccumulator.fromJSON({ ...json, kind: 'binary' })).toThrow(DataError);
    expect(() => RegressionAccumulator.fromJSON({ ...json, moments: { ...json.moments, m2: [-1] } })).toThrow(/m2/);
    expect(() => RegressionAccumulator.fromJSON({ ...json, moments: { ...json.moments, mean: [] } })).toThrow(/mean/);
    expect(RegressionAccumulator.fromJSON(json).metrics()).toEqual(accumulator.metrics());
  });
});
