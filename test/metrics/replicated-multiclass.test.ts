// Bootstrap intervals of multiclass and regression metrics: replicate r is the point metric with weights w x poisson_r
// (the production weight function, materialised here), intervals hold the point, shrink with n, repeat per seed, and
// shards merge into the single pass, in every population an evaluation keeps.
import { describe, expect, it } from 'vitest';
import { ReplicatedMulticlassAccumulator } from '../../shared/metrics/replicated-multiclass.js';
import { ReplicatedRegressionAccumulator } from '../../shared/metrics/replicated.js';
import { MulticlassAccumulator } from '../../shared/metrics/multiclass.js';
import { RegressionAccumulator } from '../../shared/metrics/regression.js';
import { EvaluationAccumulator, type EvaluationSpec } from '../../shared/metrics/evaluation.js';
import { summarizeEvaluation, type EvaluationResult, type PopulationResult } from '../../shared/metrics/summary.js';
import { PopulationAccumulator, metricWithoutInterval } from '../../shared/metrics/population.js';
import { percentileInterval, poissonWeights } from '../../shared/stats/bootstrap.js';
import { DataError } from '../../shared/errors.js';
import type { Example } from '../../shared/data/types.js';
import { casesOf, expectClose, shardIndices } from './fixtures.js';
import { lcg as random } from '../helpers/seeded.js';

const R = 40;
const SEED = 17;
const LEVEL = 0.95;
const options = { beta: 1, calibrationBins: 10 };

function weightsOf(key: number, seed = SEED, replicates = R): Uint8Array {
  const out = new Uint8Array(replicates);
  poissonWeights(key, seed, replicates, out);
  return out;
}

interface MulticlassRows {
  K: number;
  label: number[];
  scores: Float64Array[];
  prediction: number[];
  weight: number[];
}

/** Noisy K-class rows: scores normalised to sum 1, the prediction their argmax, about 70% right. */
function multiclassRows(n: number, seed: number, weight: (i: number) => number = () => 1, K = 3): MulticlassRows {
  const next = random(seed);
  const rows: MulticlassRows = { K, label: [], scores: [], prediction: [], weight: [] };
  for (let i = 0; i < n; i++) {
    const label = Math.floor(next() * K);
    const raw = Array.from({ length: K }, (_, k) => next() + (k === label ? 0.6 : 0));
    const sum = raw.reduce((a, b) => a + b, 0);
    const scores = Float64Array.from(raw, (v) => v / sum);
    rows.label.push(label);
    rows.scores.push(scores);
    rows.prediction.push(scores.indexOf(Math.max(...scores)));
    rows.weight.push(weight(i));
  }
  return rows;
}

function replicatedMulticlass(
  rows: MulticlassRows,
  indices: Iterable<number> = rows.label.keys(),
  seed = SEED,
): ReplicatedMulticlassAccumulator {
  const accumulator = new ReplicatedMulticlassAccumulator(rows.K, R);
  for (const i of indices) accumulator.add(rows.label[i], rows.scores[i], rows.prediction[i], rows.weight[i], weightsOf(i, seed));
  return accumulator;
}

function pointMulticlass(rows: MulticlassRows): MulticlassAccumulator {
  const accumulator = new MulticlassAccumulator(rows.K);
  rows.label.forEach((label, i) => accumulator.add(label, rows.scores[i], rows.prediction[i], rows.weight[i]));
  return accumulator;
}

interface RegressionRows {
  label: number[];
  prediction: number[];
  weight: number[];
}

function regressionRows(n: number, seed: number): RegressionRows {
  const next = random(seed);
  const rows: RegressionRows = { label: [], prediction: [], weight: [] };
  for (let i = 0; i < n; i++) {
    const label = 10 + 5 * next();
    rows.label.push(label);
    rows.prediction.push(label + (next() - 0.5) * 2);
    rows.weight.push(1 + (i % 3));
  }
  return rows;
}

function replicatedRegression(rows: RegressionRows, seed = SEED): ReplicatedRegressionAccumulator {
  const accumulator = new ReplicatedRegressionAccumulator(R);
  rows.label.forEach((label, i) => accumulator.add(label, rows.prediction[i], rows.weight[i], weightsOf(i, seed)));
  return accumulator;
}

function intervals(records: Record<string, number | null>[]): Record<string, [number, number] | null> {
  const out: Record<string, [number, number] | null> = {};
  for (const metric of Object.keys(records[0]))
    out[metric] = percentileInterval(
      records.map((r) => r[metric]),
      LEVEL,
    );
  return out;
}

const MULTICLASS_INTERVAL_METRICS = [
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
];

describe('ReplicatedMulticlassAccumulator', () => {
  const fixtures = casesOf('multiclass');
  const cases: [string, MulticlassRows][] = [
    ...fixtures.map((c): [string, MulticlassRows] => [
      c.name,
      { K: c.classes, label: c.label, scores: c.scores.map((s) => Float64Array.from(s)), prediction: c.prediction, weight: c.weight },
    ]),
    ['integer weights', multiclassRows(300, 3, (i) => 1 + (i % 4))],
    ['four classes', multiclassRows(200, 4, () => 1, 4)],
  ];
  for (const [name, rows] of cases) {
    it(`${name}: replicate r equals a MulticlassAccumulator fed the same rows with weights w x poisson_r, to 1e-12`, () => {
      const records = replicatedMulticlass(rows).replicateMetrics();
      expect(records).toHaveLength(R);
      for (let r = 0; r < R; r++) {
        const naive = new MulticlassAccumulator(rows.K);
        rows.label.forEach((label, i) => naive.add(label, rows.scores[i], rows.prediction[i], rows.weight[i] * weightsOf(i)[r]));
        const expected = naive.metrics();
        expect(Object.keys(records[r])).toEqual(Object.keys(expected));
        for (const metric of MULTICLASS_INTERVAL_METRICS)
          expectClose(records[r][metric], expected[metric], 1e-12, `${name} replicate ${r} ${metric}`);
        expect(records[r].roc_auc_ovr).toBeNull();
      }
    });
  }

  it('holds the point inside every interval', () => {
    const rows = multiclassRows(2000, 5);
    const point = pointMulticlass(rows).metrics();
    const found = intervals(replicatedMulticlass(rows).replicateMetrics());
    for (const metric of MULTICLASS_INTERVAL_METRICS) {
      const interval = found[metric]!;
      expect(interval, metric).not.toBeNull();
      expect(interval[0], metric).toBeLessThan(interval[1]);
      expect(point[metric], metric).toBeGreaterThanOrEqual(interval[0]);
      expect(point[metric], metric).toBeLessThanOrEqual(interval[1]);
    }
  });

  it('narrows its intervals as rows grow: 16 times the rows, about a quarter of the width', () => {
    const width = (n: number) => {
      const found = intervals(replicatedMulticlass(multiclassRows(n, 6)).replicateMetrics());
      return Object.fromEntries(MULTICLASS_INTERVAL_METRICS.map((m) => [m, found[m]![1] - found[m]![0]]));
    };
    const small = width(500);
    const large = width(8000);
    for (const metric of MULTICLASS_INTERVAL_METRICS) expect(large[metric], metric).toBeLessThan(small[metric] / 2);
  });

  it('gives the same replicates for the same seed and others for another', () => {
    const rows = multiclassRows(300, 7);
    expect(replicatedMulticlass(rows).replicateMetrics()).toEqual(replicatedMulticlass(rows).replicateMetrics());
    expect(replicatedMulticlass(rows, undefined, SEED + 1).replicateMetrics()).not.toEqual(replicatedMulticlass(rows).replicateMetrics());
  });

  it('merges shards through JSON into exactly the single pass, log loss included', () => {
    const rows = multiclassRows(3000, 8, (i) => 1 + (i % 3));
    const whole = replicatedMulticlass(rows);
    const merged = new ReplicatedMulticlassAccumulator(rows.K, R);
    for (const shard of shardIndices(rows.label.length, 4, 9)) {
      merged.merge(ReplicatedMulticlassAccumulator.fromJSON(JSON.parse(JSON.stringify(replicatedMulticlass(rows, shard).toJSON()))));
    }
    expect(merged.n).toBe(whole.n);
    expect(merged.replicateMetrics()).toEqual(whole.replicateMetrics());
    expect(JSON.stringify(merged.toJSON())).toBe(JSON.stringify(whole.toJSON()));
  });

  it('keeps its log-loss sums exact over many carries (each limb below 2^26 after one)', () => {
    // Rows of mass up to 12 x 1000 force a carry every few thousand rows; shards carry at other rows.
    const rows = multiclassRows(20000, 10, () => 1000);
    const whole = replicatedMulticlass(rows);
    const merged = new ReplicatedMulticlassAccumulator(rows.K, R);
    for (const shard of shardIndices(rows.label.length, 3, 2)) merged.merge(replicatedMulticlass(rows, shard));
    expect(merged.replicateMetrics().map((m) => m.log_loss)).toEqual(whole.replicateMetrics().map((m) => m.log_loss));
    const json = whole.toJSON();
    for (const limb of [json.loss.high, json.loss.low]) for (const value of limb) expect(value).toBeLessThan(2 ** 26);
  });

  it('leaves log loss undefined in every replicate when a row has no scores, as the point does', () => {
    const accumulator = new ReplicatedMulticlassAccumulator(3, 4);
    accumulator.add(0, Float64Array.of(0.7, 0.2, 0.1), 0, 1, [1, 2, 0, 1]);
    accumulator.add(1, undefined, 1, 1, [1, 1, 1, 1]);
    for (const record of accumulator.replicateMetrics()) {
      expect(record.log_loss).toBeNull();
      expect(record.accuracy).toBe(1);
    }
  });

  it('rejects malformed or mismatched JSON with a DataError', () => {
    const accumulator = new ReplicatedMulticlassAccumulator(3, 2);
    accumulator.add(0, Float64Array.of(0.7, 0.2, 0.1), 0, 1, [1, 2]);
    const json = accumulator.toJSON();
    expect(() => ReplicatedMulticlassAccumulator.fromJSON({ ...json, kind: 'replicated_binary' })).toThrow(DataError);
    expect(() => ReplicatedMulticlassAccumulator.fromJSON({ ...json, replicates: 3 })).toThrow(/9 numbers/);
    expect(() => ReplicatedMulticlassAccumulator.fromJSON({ ...json, correct: [1, 0, 0, 0, 0, -1] })).toThrow(/correct\[5\]/);
    expect(() => ReplicatedMulticlassAccumulator.fromJSON({ ...json, correct: [5, 0, 0, 0, 0, 0] })).toThrow(/exceeds/);
    expect(() => ReplicatedMulticlassAccumulator.fromJSON({ ...json, loss: null })).toThrow(/loss/);
    expect(() => accumulator.merge(new ReplicatedMulticlassAccumulator(4, 2))).toThrow(DataError);
    expect(ReplicatedMulticlassAccumulator.fromJSON(json).replicateMetrics()).toEqual(accumulator.replicateMetrics());
  });
});

describe('ReplicatedRegressionAccumulator intervals', () => {
  const METRICS = ['mae', 'mse', 'rmse', 'r2', 'mape'];

  it('holds the point inside every interval, repeats per seed, and narrows as rows grow', () => {
    const rows = regressionRows(2000, 11);
    const point = new RegressionAccumulator();
    rows.label.forEach((label, i) => point.add(label, rows.prediction[i], rows.weight[i]));
    const found = intervals(replicatedRegression(rows).replicateMetrics());
    for (const metric of METRICS) {
      expect(point.metrics()[metric], metric).toBeGreaterThanOrEqual(found[metric]![0]);
      expect(point.metrics()[metric], metric).toBeLessThanOrEqual(found[metric]![1]);
    }
    expect(replicatedRegression(rows).replicateMetrics()).toEqual(replicatedRegression(rows).replicateMetrics());
    expect(replicatedRegression(rows, SEED + 1).replicateMetrics()).not.toEqual(replicatedRegression(rows).replicateMetrics());
    const width = (n: number) => {
      const f = intervals(replicatedRegression(regressionRows(n, 12)).replicateMetrics());
      return Object.fromEntries(METRICS.map((m) => [m, f[m]![1] - f[m]![0]]));
    };
    const small = width(500);
    const large = width(8000);
    for (const metric of METRICS) expect(large[metric], metric).toBeLessThan(small[metric] / 2);
  });
});

describe('Evaluations: intervals for every population of multiclass and regression tasks', () => {
  const SEXES = ['F', 'M'];
  const RACES = ['a', 'b', 'c'];
  const REGIONS = ['north', 'south'];

  function examples(task: 'multiclass' | 'regression', n: number): Example[] {
    const next = random(21);
    const mc = multiclassRows(n, 22, (i) => 1 + (i % 2));
    const reg = regressionRows(n, 23);
    const pick = (values: string[]) => values[Math.floor(next() * values.length)];
    return Array.from({ length: n }, (_, i) => ({
      label: task === 'multiclass' ? mc.label[i] : reg.label[i],
      score: task === 'multiclass' ? NaN : reg.prediction[i],
      scores: task === 'multiclass' ? mc.scores[i] : undefined,
      prediction: task === 'multiclass' ? mc.prediction[i] : NaN,
      weight: task === 'multiclass' ? mc.weight[i] : reg.weight[i],
      id: undefined,
      position: i,
      groups: [pick(SEXES), pick(RACES)],
      slices: [pick(REGIONS)],
    }));
  }

  const specOf = (task: 'multiclass' | 'regression'): EvaluationSpec => ({
    task,
    classCount: 3,
    replicates: R,
    groups: ['sex', 'race'],
    slices: ['region'],
    intersect: true,
    seed: SEED,
  });

  function fed(spec: EvaluationSpec, rows: Example[]): EvaluationAccumulator {
    const accumulator = new EvaluationAccumulator(spec);
    for (const row of rows) accumulator.add(row, weightsOf(row.position));
    return accumulator;
  }

  function populations(result: EvaluationResult): [string, PopulationResult][] {
    const out: [string, PopulationResult][] = [['overall', result.overall]];
    for (const [kind, blocks] of [
      ['groups', result.groups],
      ['slices', result.slices],
    ] as const) {
      for (const [attribute, values] of Object.entries(blocks)) {
        for (const [value, population] of Object.entries(values)) out.push([`${kind} ${attribute}=${value}`, population]);
      }
    }
    return out;
  }

  for (const task of ['multiclass', 'regression'] as const) {
    it(`${task}: replicates summed from the finest cells equal each population fed every row directly`, async () => {
      const rows = examples(task, 1200);
      const spec = specOf(task);
      const direct = new Map<string, PopulationAccumulator>();
      const at = (key: string) => direct.get(key) ?? direct.set(key, new PopulationAccumulator(spec)).get(key)!;
      for (const row of rows) {
        const weights = weightsOf(row.position);
        for (const key of ['overall', `sex=${row.groups[0]}`, `race=${row.groups[1]}`, `region=${row.slices[0]}`])
          at(key).add(row, weights);
      }
      const fast = await summarizeEvaluation(fed(spec, rows), options);
      const found = new Map(populations(fast));
      for (const [key, population] of direct) {
        const name = key === 'overall' ? key : `${key.startsWith('region') ? 'slices' : 'groups'} ${key}`;
        const expected = population.replicateMetrics(options)!;
        const actual = found.get(name)!.replicates!;
        // roc_auc_ovr's replicates come from the rows the evaluation keeps (test/metrics/ovr-bootstrap.test.ts); a lone
        // population has none.
        if (task === 'multiclass')
          expect(
            actual.map(({ roc_auc_ovr, ...rest }) => (expect(roc_auc_ovr, name).not.toBeNull(), rest)),
            name,
          ).toEqual(expected.map(({ roc_auc_ovr, ...rest }) => (expect(roc_auc_ovr).toBeNull(), rest)));
        else
          expected.forEach((record, r) => {
            for (const [metric, value] of Object.entries(record)) expectClose(actual[r][metric], value, 1e-12, `${name} ${r} ${metric}`);
          });
      }
    });

    it(`${task}: every population has an interval for every metric that has one, and 3 merged shards give the single pass's`, async () => {
      const rows = examples(task, 1500);
      const spec = specOf(task);
      const single = await summarizeEvaluation(fed(spec, rows), options);
      const merged = new EvaluationAccumulator(spec);
      for (const shard of shardIndices(rows.length, 3, 5)) {
        const part = fed(
          spec,
          shard.map((i) => rows[i]),
        );
        merged.merge(EvaluationAccumulator.fromJSON(spec, JSON.parse(JSON.stringify(part.toJSON()))));
      }
      const sharded = await summarizeEvaluation(merged, options);
      const pops = populations(single);
      // overall, 2 + 3 groups, up to 6 intersections, 2 slices: all with replicates.
      expect(pops.length).toBeGreaterThanOrEqual(12);
      const shardedPops = new Map(populations(sharded));
      for (const [name, population] of pops) {
        expect(population.replicates, name).toHaveLength(R);
        const found = intervals(population.replicates!);
        for (const [metric, value] of Object.entries(population.metrics)) {
          if (metricWithoutInterval(task, metric) !== null) {
            expect(found[metric], `${name} ${metric}`).toBeNull();
            continue;
          }
          expect(found[metric], `${name} ${metric}`).not.toBeNull();
          expect(value, `${name} ${metric}`).not.toBeNull();
        }
        const other = intervals(shardedPops.get(name)!.replicates!);
        if (task === 'multiclass') {
          // Integer masses and fixed-point log-loss sums: the same to the bit.
          expect(other, name).toEqual(found);
        } else {
          // Running means and M2 merged by Chan's formula: the same to rounding.
          for (const metric of Object.keys(found)) {
            expectClose(other[metric]![0], found[metric]![0], 1e-12, `${name} ${metric} lower`);
            expectClose(other[metric]![1], found[metric]![1], 1e-12, `${name} ${metric} upper`);
          }
        }
      }
    });
  }
});
