import { describe, expect, it } from 'vitest';
import { BinaryAccumulator } from '../../shared/metrics/binary.js';
import { DataError } from '../../shared/errors.js';
import { casesOf, expectClose, shardIndices, type BinaryCase } from './fixtures.js';

const METRICS = [
  'accuracy',
  'balanced_accuracy',
  'precision',
  'recall',
  'tpr',
  'specificity',
  'tnr',
  'fpr',
  'fnr',
  'f1',
  'fbeta',
  'mcc',
  'selection_rate',
  'roc_auc',
  'average_precision',
  'log_loss',
  'brier',
  'ece',
  'tp',
  'fp',
  'tn',
  'fn',
  'positives',
  'negatives',
  'prevalence',
];
const EXACT = new Set(['roc_auc', 'average_precision', 'tp', 'fp', 'tn', 'fn', 'positives', 'negatives']);

function accumulate(c: BinaryCase, rows: Iterable<number> = c.label.keys()): BinaryAccumulator {
  const accumulator = new BinaryAccumulator();
  for (const i of rows) accumulator.add(c.label[i], c.score === null ? NaN : c.score[i], c.prediction[i], c.weight[i]);
  return accumulator;
}

describe('BinaryAccumulator against scikit-learn', () => {
  for (const c of casesOf('binary')) {
    it(`${c.name}: every metric`, () => {
      for (const bins of [10, 7, 100]) {
        const metrics = accumulate(c).metrics({ beta: c.beta, calibrationBins: bins });
        expect(Object.keys(metrics)).toEqual(METRICS);
        for (const name of METRICS) {
          const expected = name === 'ece' && c.score !== null ? c.expected[`ece_${bins}`] : c.expected[name];
          expect(expected, `fixture has ${name}`).not.toBeUndefined();
          expectClose(metrics[name], expected, EXACT.has(name) ? 1e-12 : 1e-9, `${c.name} ${name}`);
        }
      }
    });

    it(`${c.name}: n and weightedN`, () => {
      const accumulator = accumulate(c);
      expect(accumulator.n).toBe(c.label.length);
      expectClose(
        accumulator.weightedN,
        c.weight.reduce((a, b) => a + b, 0),
        1e-12,
        'weightedN',
      );
    });

    if (c.calibration !== null) {
      it(`${c.name}: calibration bins as computed by hand`, () => {
        for (const [bins, expected] of Object.entries(c.calibration!)) {
          const actual = accumulate(c).calibration(Number(bins));
          expect(actual).toHaveLength(expected.length);
          actual.forEach((bin, b) => {
            expect(bin.lower).toBe(expected[b].lower);
            expect(bin.upper).toBe(expected[b].upper);
            expectClose(bin.weight, expected[b].weight, 1e-12, `bin ${b} weight`);
            expectClose(bin.meanScore, expected[b].meanScore, 1e-12, `bin ${b} meanScore`);
            expectClose(bin.meanLabel, expected[b].meanLabel, 1e-12, `bin ${b} meanLabel`);
          });
        }
      });
    }

    it(`${c.name}: three merged shards equal one pass`, () => {
      const options = { beta: c.beta, calibrationBins: 10 };
      const whole = accumulate(c);
      const merged = new BinaryAccumulator();
      for (const shard of shardIndices(c.label.length, 3, 7)) merged.merge(accumulate(c, shard));
      expect(merged.n).toBe(whole.n);
      const a = merged.metrics(options);
      const b = whole.metrics(options);
      const integerWeights = c.weight.every(Number.isInteger);
      for (const name of METRICS) {
        if (integerWeights && EXACT.has(name)) expect(a[name], name).toBe(b[name]);
        else expectClose(a[name], b[name], 1e-9, name);
      }
    });

    it(`${c.name}: JSON round trip keeps every metric`, () => {
      const accumulator = accumulate(c);
      const text = JSON.stringify(accumulator.toJSON());
      const restored = BinaryAccumulator.fromJSON(JSON.parse(text));
      expect(JSON.stringify(restored.toJSON())).toBe(text);
      expect(restored.metrics({ beta: 2, calibrationBins: 10 })).toEqual(accumulator.metrics({ beta: 2, calibrationBins: 10 }));
      expect(restored.n).toBe(accumulator.n);
    });
  }

  it('serializes the same rows in any order to the same JSON', () => {
    const c = casesOf('binary').find((x) => x.name === 'binary_ties')!;
    const reversed = [...c.label.keys()].reverse();
    expect(JSON.stringify(accumulate(c, reversed).toJSON())).toBe(JSON.stringify(accumulate(c).toJSON()));
  });
});

describe('BinaryAccumulator definitions', () => {
  const options = { beta: 1, calibrationBins: 10 };

  it('is all null but the counts when empty or weightless', () => {
    const empty = new BinaryAccumulator();
    const weightless = new BinaryAccumulator();
    weightless.add(1, 0.9, 1, 0);
    weightless.add(0, 0.1, 0, 0);
    for (const accumulator of [empty, weightless]) {
      const metrics = accumulator.metrics(options);
      for (const name of METRICS) {
        if (['tp', 'fp', 'tn', 'fn', 'positives', 'negatives'].includes(name)) expect(metrics[name], name).toBe(0);
        else expect(metrics[name], name).toBeNull();
      }
    }
    expect(weightless.n).toBe(2);
    expect(weightless.weightedN).toBe(0);
  });

  it('leaves precision null when nothing is predicted positive, f1 stays defined', () => {
    const accumulator = new BinaryAccumulator();
    accumulator.add(1, 0.4, 0, 1);
    accumulator.add(0, 0.2, 0, 1);
    const metrics = accumulator.metrics(options);
    expect(metrics.precision).toBeNull();
    expect(metrics.mcc).toBeNull();
    expect(metrics.recall).toBe(0);
    expect(metrics.f1).toBe(0);
    expect(metrics.roc_auc).toBe(1);
  });

  it('counts tied scores one half in ROC AUC and steps average precision over distinct thresholds', () => {
    const accumulator = new BinaryAccumulator();
    accumulator.add(1, 0.5, 1, 1);
    accumulator.add(0, 0.5, 1, 1);
    accumulator.add(1, 0.2, 0, 1);
    const metrics = accumulator.metrics(options);
    // Thresholds 0.5 then 0.2: (FPR, TPR) = (1, 0.5), (1, 1); AP = 0.5 * 1/2 + 0.5 * 2/3.
    expect(metrics.roc_auc).toBe(0.25);
    expect(metrics.average_precision).toBeCloseTo(0.5 * 0.5 + 0.5 * (2 / 3), 15);
  });

  it('clips log loss at 1e-15', () => {
    const accumulator = new BinaryAccumulator();
    accumulator.add(1, 0, 0, 1);
    accumulator.add(0, 1, 1, 1);
    // As scikit-learn: p is clipped, then the negative class costs -log(1 - p).
    expect(accumulator.metrics(options).log_loss).toBe((-Math.log(1e-15) - Math.log(1 - (1 - 1e-15))) / 2);
  });

  it('makes ranking and probability metrics null when any row has no score', () => {
    const accumulator = new BinaryAccumulator();
    accumulator.add(1, 0.9, 1, 1);
    accumulator.add(0, 0.1, 0, 1);
    accumulator.add(1, NaN, 1, 1);
    const metrics = accumulator.metrics(options);
    for (const name of ['roc_auc', 'average_precision', 'log_loss', 'brier', 'ece']) expect(metrics[name], name).toBeNull();
    expect(metrics.tp).toBe(2);
    expect(metrics.accuracy).toBe(1);
    expect(accumulator.calibration(10)).toEqual([]);
    const restored = BinaryAccumulator.fromJSON(JSON.parse(JSON.stringify(accumulator.toJSON())));
    expect(restored.metrics(options)).toEqual(metrics);
  });

  it('keeps memory bounded by distinct scores, not rows', () => {
    const accumulator = new BinaryAccumulator();
    for (let i = 0; i < 200_000; i++) {
      const score = Math.round((((i * 7919) % 100_003) / 100_003) * 1e4) / 1e4;
      accumulator.add(i % 3 === 0 ? 1 : 0, score, score >= 0.5 ? 1 : 0, 1);
    }
    expect(accumulator.n).toBe(200_000);
    expect(accumulator.toJSON().table.scores.length).toBeLessThanOrEqual(10_001);
  });

  it('gives the same ROC AUC, to the bit, for masses scaled to the edges of float64 (a partial can carry them)', () => {
    const accumulator = new BinaryAccumulator();
    for (let i = 0; i < 60; i++) accumulator.add(i % 3 === 0 ? 1 : 0, ((i * 37) % 61) / 61, i % 2, 1 + (i % 4));
    const reference = accumulator.metrics({ beta: 1, calibrationBins: 10 }).roc_auc!;
    expect(reference).toBeGreaterThan(0);
    // 2^-1074 is the smallest subnormal (5e-324): products of such masses underflow to 0, and 0 / 0 is NaN.
    for (const scale of [2 ** -1074, 2 ** -1000, 2 ** 900, 2 ** 960]) {
      const json = accumulator.toJSON();
      json.table.negative = json.table.negative.map((mass) => mass * scale);
      json.table.positive = json.table.positive.map((mass) => mass * scale);
      expect(BinaryAccumulator.fromJSON(json).metrics({ beta: 1, calibrationBins: 10 }).roc_auc).toBe(reference);
    }
  });

  it('rejects rows the readers should never produce', () => {
    const accumulator = new BinaryAccumulator();
    expect(() => accumulator.add(2, 0.5, 1, 1)).toThrow(DataError);
    expect(() => accumulator.add(1, 1.5, 1, 1)).toThrow(/probability/);
    expect(() => accumulator.add(1, -0.1, 1, 1)).toThrow(DataError);
    expect(() => accumulator.add(1, 0.5, 0.5, 1)).toThrow(/prediction/);
    expect(() => accumulator.add(1, 0.5, 1, -1)).toThrow(/weight/);
    expect(() => accumulator.add(1, 0.5, 1, NaN)).toThrow(/weight/);
    expect(() => accumulator.add(1, 0.5, 1, Infinity)).toThrow(/weight/);
    expect(() => accumulator.add(1, 0.5, 1, 1e308)).toThrow(/weight must be 0 or a number from 1e-12 to 1000000/);
    expect(() => accumulator.add(1, 0.5, 1, 5e-324)).toThrow(/weight/);
    expect(accumulator.n).toBe(0);
  });

  it('rejects bad metric options', () => {
    const accumulator = new BinaryAccumulator();
    expect(() => accumulator.metrics({ beta: 0, calibrationBins: 10 })).toThrow(/beta/);
    expect(() => accumulator.metrics({ beta: 1, calibrationBins: 0 })).toThrow(/calibrationBins/);
    expect(() => accumulator.metrics({ beta: 1, calibrationBins: 2.5 })).toThrow(/calibrationBins/);
  });

  it('rejects malformed JSON with a DataError', () => {
    const accumulator = new BinaryAccumulator();
    accumulator.add(1, 0.7, 1, 1);
    accumulator.add(0, 0.3, 0, 2);
    const good = accumulator.toJSON();
    const bad = (mutate: (json: ReturnType<BinaryAccumulator['toJSON']>) => void): unknown => {
      const json = structuredClone(good);
      mutate(json);
      return json;
    };
    expect(() => BinaryAccumulator.fromJSON(null)).toThrow(DataError);
    expect(() => BinaryAccumulator.fromJSON(bad((j) => ((j as { kind: string }).kind = 'multiclass')))).toThrow(/kind/);
    expect(() => BinaryAccumulator.fromJSON(bad((j) => j.table.scores.reverse()))).toThrow(/sorted/);
    expect(() => BinaryAccumulator.fromJSON(bad((j) => (j.table.negative[0] = -1)))).toThrow(/finite number >= 0/);
    expect(() => BinaryAccumulator.fromJSON(bad((j) => j.table.positive.pop()))).toThrow(/lengths/);
    expect(() => BinaryAccumulator.fromJSON(bad((j) => (j.table.scores[1] = 1.2)))).toThrow(/\[0, 1\]/);
    expect(() => BinaryAccumulator.fromJSON(bad((j) => (j.unscoredRows = 1)))).toThrow(/unscoredRows/);
    expect(() => BinaryAccumulator.fromJSON(bad((j) => (j.rows = 1)))).toThrow(/slots/);
    expect(BinaryAccumulator.fromJSON(good).metrics(options)).toEqual(accumulator.metrics(options));
  });
});
