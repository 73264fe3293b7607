import { describe, expect, it } from 'vitest';
import { MulticlassAccumulator } from '../../shared/metrics/multiclass.js';
import { DataError } from '../../shared/errors.js';
import { casesOf, expectClose, shardIndices, type MulticlassCase } from './fixtures.js';

const METRICS = [
  'accuracy',
  'macro_precision',
  'macro_recall',
  'macro_f1',
  'weighted_precision',
  'weighted_recall',
  'weighted_f1',
  'micro_precision',
  'micro_recall',
  'micro_f1',
  'log_loss',
  'roc_auc_ovr',
];

function accumulate(c: MulticlassCase, rows: Iterable<number> = c.label.keys()): MulticlassAccumulator {
  const accumulator = new MulticlassAccumulator(c.classes);
  for (const i of rows) accumulator.add(c.label[i], Float64Array.from(c.scores[i]), c.prediction[i], c.weight[i]);
  return accumulator;
}

describe('MulticlassAccumulator against scikit-learn', () => {
  for (const c of casesOf('multiclass')) {
    it(`${c.name}: every metric and the confusion matrix`, () => {
      const accumulator = accumulate(c);
      const metrics = accumulator.metrics();
      expect(Object.keys(metrics)).toEqual(METRICS);
      for (const name of METRICS) expectClose(metrics[name], c.expected[name], name === 'roc_auc_ovr' ? 1e-12 : 1e-9, `${c.name} ${name}`);
      const confusion = accumulator.confusion();
      confusion.forEach((row, i) => row.forEach((value, j) => expectClose(value, c.confusion[i][j], 1e-12, `confusion[${i}][${j}]`)));
      expect(accumulator.n).toBe(c.label.length);
      expectClose(
        accumulator.weightedN,
        c.weight.reduce((a, b) => a + b, 0),
        1e-12,
        'weightedN',
      );
    });

    it(`${c.name}: three merged shards equal one pass, and survive JSON`, () => {
      const whole = accumulate(c);
      const merged = new MulticlassAccumulator(c.classes);
      for (const shard of shardIndices(c.label.length, 3, 11)) {
        const part = accumulate(c, shard);
        merged.merge(MulticlassAccumulator.fromJSON(JSON.parse(JSON.stringify(part.toJSON()))));
      }
      expect(merged.n).toBe(whole.n);
      const a = merged.metrics();
      const b = whole.metrics();
      for (const name of METRICS) expectClose(a[name], b[name], 1e-9, name);
      const text = JSON.stringify(whole.toJSON());
      expect(JSON.stringify(MulticlassAccumulator.fromJSON(JSON.parse(text)).toJSON())).toBe(text);
    });
  }
});

describe('MulticlassAccumulator definitions', () => {
  it('makes macro and weighted averages null when a class metric is undefined', () => {
    const accumulator = new MulticlassAccumulator(3);
    const scores = Float64Array.from([0.6, 0.3, 0.1]);
    accumulator.add(0, scores, 0, 1);
    accumulator.add(1, scores, 0, 1);
    // Class 2: no rows, never predicted. Class 1: has rows, never predicted.
    const metrics = accumulator.metrics();
    expect(metrics.macro_precision).toBeNull();
    expect(metrics.macro_recall).toBeNull();
    expect(metrics.macro_f1).toBeNull();
    expect(metrics.weighted_precision).toBeNull(); // class 1 has support but no predictions
    expect(metrics.weighted_recall).toBe(0.5);
    expect(metrics.weighted_f1).toBeCloseTo(((2 * 1) / 3) * 0.5, 15);
    expect(metrics.roc_auc_ovr).toBeNull();
    expect(metrics.accuracy).toBe(0.5);
  });

  it('ignores classes without support in weighted averages', () => {
    const accumulator = new MulticlassAccumulator(3);
    accumulator.add(0, Float64Array.from([0.7, 0.2, 0.1]), 0, 1);
    accumulator.add(1, Float64Array.from([0.2, 0.7, 0.1]), 1, 3);
    const metrics = accumulator.metrics();
    expect(metrics.weighted_precision).toBe(1);
    expect(metrics.macro_precision).toBeNull();
  });

  it('is null for scores when a row has none, but keeps the counts', () => {
    const accumulator = new MulticlassAccumulator(2);
    accumulator.add(0, Float64Array.from([0.8, 0.2]), 0, 1);
    accumulator.add(1, undefined, 1, 1);
    const metrics = accumulator.metrics();
    expect(metrics.log_loss).toBeNull();
    expect(metrics.roc_auc_ovr).toBeNull();
    expect(metrics.accuracy).toBe(1);
    expect(MulticlassAccumulator.fromJSON(JSON.parse(JSON.stringify(accumulator.toJSON()))).metrics()).toEqual(metrics);
  });

  it('is all null when empty', () => {
    const metrics = new MulticlassAccumulator(3).metrics();
    for (const name of METRICS) expect(metrics[name], name).toBeNull();
  });

  it('rejects bad rows, bad merges and bad JSON', () => {
    const accumulator = new MulticlassAccumulator(3);
    const scores = Float64Array.from([0.2, 0.3, 0.5]);
    expect(() => new MulticlassAccumulator(1)).toThrow(RangeError);
    expect(() => accumulator.add(3, scores, 0, 1)).toThrow(DataError);
    expect(() => accumulator.add(0, scores, 1.5, 1)).toThrow(/predicted class/);
    expect(() => accumulator.add(0, Float64Array.from([0.5, 0.5]), 0, 1)).toThrow(/3 class scores/);
    expect(() => accumulator.add(0, Float64Array.from([0.5, NaN, 0.5]), 0, 1)).toThrow(/probability/);
    expect(() => accumulator.add(0, scores, 0, -2)).toThrow(/weight/);
    expect(() => accumulator.merge(new MulticlassAccumulator(4))).toThrow(DataError);
    accumulator.add(0, scores, 2, 1);
    const json = accumulator.toJSON();
    expect(() => MulticlassAccumulator.fromJSON({ ...json, confusion: json.confusion.slice(1) })).toThrow(/confusion/);
    expect(() => MulticlassAccumulator.fromJSON({ ...json, tables: json.tables.slice(1) })).toThrow(/tables/);
    expect(() => MulticlassAccumulator.fromJSON({ ...json, classes: 2 })).toThrow(DataError);
  });
});
