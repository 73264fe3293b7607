// Bootstrap replicates of roc_auc_ovr, swept from the rows an evaluation keeps once for all its populations: replicate r
// equals scikit-learn's roc_auc_score(multi_class='ovr', average='macro', sample_weight = w x poisson_r) on fixtures
// whose Poisson weights test/fixtures/metrics/make_fixtures.py computes with its own port of the weight function.
import { describe, expect, it } from 'vitest';
import { EvaluationAccumulator, type EvaluationSpec } from '../../shared/metrics/evaluation.js';
import { MulticlassRowStore, multiclassRowsFromJSON, multiclassRowsToJSON, sweepOvr } from '../../shared/metrics/multiclass-rows.js';
import { summarizeEvaluation } from '../../shared/metrics/summary.js';
import { percentileInterval, poissonWeights } from '../../shared/stats/bootstrap.js';
import { bootstrapKeyHash } from '../../shared/stats/bootstrap.js';
import { fixtures, expectClose, shardIndices } from './fixtures.js';
import type { Example } from '../../shared/data/types.js';
import { MulticlassAccumulator } from '../../shared/metrics/multiclass.js';

interface OvrBootstrapCase {
  name: string;
  seed: number;
  replicates: number;
  id: string[];
  group: string[];
  label: number[];
  scores: number[][];
  weight: number[];
  poisson: number[][];
  point: { overall: number; a: number };
  replicates_expected: { overall: number[]; a: number[] };
}

const cases = (fixtures as unknown as { ovr_bootstrap: OvrBootstrapCase[] }).ovr_bootstrap;
const options = { beta: 1, calibrationBins: 10 };

function weightsOf(key: string | number, seed: number, replicates: number): Uint8Array {
  const out = new Uint8Array(replicates);
  poissonWeights(key, seed, replicates, out);
  return out;
}

function examplesOf(c: OvrBootstrapCase, rows: Iterable<number> = c.label.keys()): Example[] {
  return [...rows].map((i) => {
    const scores = Float64Array.from(c.scores[i]);
    return {
      label: c.label[i],
      score: Math.max(...scores),
      scores,
      prediction: scores.indexOf(Math.max(...scores)),
      weight: c.weight[i],
      id: c.id[i],
      position: i,
      groups: [c.group[i]],
      slices: [],
    };
  });
}

function specOf(c: OvrBootstrapCase): EvaluationSpec {
  return { task: 'multiclass', classCount: 3, replicates: c.replicates, groups: ['g'], slices: [], intersect: false, seed: c.seed };
}

function fed(c: OvrBootstrapCase, rows?: Iterable<number>): EvaluationAccumulator {
  const accumulator = new EvaluationAccumulator(specOf(c));
  for (const example of examplesOf(c, rows)) accumulator.add(example, weightsOf(example.id!, c.seed, c.replicates));
  return accumulator;
}

describe('roc_auc_ovr bootstrap replicates against scikit-learn', () => {
  it('the fixtures cover ties and full-precision scores', () =>
    expect(cases.map((c) => c.name)).toEqual(['ovr_bootstrap_ties', 'ovr_bootstrap_full']));

  for (const c of cases) {
    it(`${c.name}: the Python port of the weights draws what poissonWeights draws`, () => {
      c.id.forEach((id, i) => expect(Array.from(weightsOf(id, c.seed, c.replicates)), id).toEqual(c.poisson[i]));
    });

    it(`${c.name}: replicate r equals roc_auc_score with sample_weight w x poisson_r, overall and in a group, to 1e-12`, async () => {
      const result = await summarizeEvaluation(fed(c), options);
      expectClose(result.overall.metrics.roc_auc_ovr, c.point.overall, 1e-12, 'point overall');
      expectClose(result.groups.g.a.metrics.roc_auc_ovr, c.point.a, 1e-12, 'point a');
      for (let r = 0; r < c.replicates; r++) {
        expectClose(result.overall.replicates![r].roc_auc_ovr, c.replicates_expected.overall[r], 1e-12, `overall replicate ${r}`);
        expectClose(result.groups.g.a.replicates![r].roc_auc_ovr, c.replicates_expected.a[r], 1e-12, `a replicate ${r}`);
      }
    });

    it(`${c.name}: with the rows kept, populations keep no score tables and the point metrics equal the tables' (1e-12)`, async () => {
      const accumulator = fed(c);
      const json = accumulator.toJSON();
      expect((json.overall.point as { tables: unknown[] }).tables).toEqual([]);
      expect(json.multiclassRows!.store.chunks).toEqual([c.label.length]);
      const result = await summarizeEvaluation(accumulator, options);
      for (const [name, keep] of [
        ['overall', () => true],
        ['a', (i: number) => c.group[i] === 'a'],
      ] as const) {
        const tables = new MulticlassAccumulator(3);
        for (const example of examplesOf(c).filter((_, i) => keep(i)))
          tables.add(example.label, example.scores, example.prediction, example.weight);
        const expected = tables.metrics();
        const actual = name === 'overall' ? result.overall.metrics : result.groups.g.a.metrics;
        expect(Object.keys(actual)).toEqual(Object.keys(expected));
        for (const [metric, value] of Object.entries(expected)) expectClose(actual[metric], value, 1e-12, `${name} ${metric}`);
      }
    });

    it(`${c.name}: the interval holds the point, repeats, and 3 shards through JSON give the single pass's bits`, async () => {
      const single = await summarizeEvaluation(fed(c), options);
      const again = await summarizeEvaluation(fed(c), options);
      const merged = new EvaluationAccumulator(specOf(c));
      for (const shard of shardIndices(c.label.length, 3, 7))
        merged.merge(EvaluationAccumulator.fromJSON(specOf(c), JSON.parse(JSON.stringify(fed(c, shard).toJSON()))));
      const sharded = await summarizeEvaluation(merged, options);
      for (const [name, population, twin, shardTwin] of [
        ['overall', single.overall, again.overall, sharded.overall],
        ['a', single.groups.g.a, again.groups.g.a, sharded.groups.g.a],
        ['b', single.groups.g.b, again.groups.g.b, sharded.groups.g.b],
      ] as const) {
        const values = population.replicates!.map((record) => record.roc_auc_ovr as number);
        const interval = percentileInterval(values, 0.95)!;
        const point = population.metrics.roc_auc_ovr as number;
        expect(interval[0], name).toBeLessThanOrEqual(point);
        expect(interval[1], name).toBeGreaterThanOrEqual(point);
        expect(twin.replicates, name).toEqual(population.replicates);
        expect(
          shardTwin.replicates!.map((record) => record.roc_auc_ovr),
          name,
        ).toEqual(values);
      }
    });
  }
});

describe('sweepOvr', () => {
  const c = cases[0];
  function storeOf(chunkRows: number, order: number[]): MulticlassRowStore {
    const store = new MulticlassRowStore(3, true, chunkRows);
    const hash = new Int32Array(2);
    for (const i of order) {
      bootstrapKeyHash(c.id[i], c.seed, hash, 0);
      store.push(c.label[i], c.scores[i], c.group[i] === 'a' ? 0 : 1, c.weight[i], hash[0], hash[1]);
    }
    return store;
  }
  const targets = [
    [0, 1],
    [0, 2],
  ];

  it('gives the same bits whatever the chunk size and the order rows came in (integer weights)', () => {
    const rows = [...c.label.keys()];
    const whole = sweepOvr(storeOf(1 << 20, rows), targets, [true, true, false], c.replicates);
    expect(whole.replicates[2]).toBeNull();
    expect(whole.replicates[0]).toHaveLength(c.replicates);
    const shuffled = shardIndices(rows.length, 1, 3)[0].reverse();
    expect(sweepOvr(storeOf(7, rows), targets, [true, true, false], c.replicates)).toEqual(whole);
    expect(sweepOvr(storeOf(50, shuffled), targets, [true, true, false], c.replicates)).toEqual(whole);
    for (let r = 0; r < c.replicates; r++) expectClose(whole.replicates[0]![r], c.replicates_expected.overall[r], 1e-12, `replicate ${r}`);
    expectClose(whole.point[1], c.point.a, 1e-12, 'point a');
  });

  it('survives its JSON and refuses rows no evaluation could have kept', () => {
    const store = storeOf(100, [...c.label.keys()]);
    const fail = (detail: string): never => {
      throw new Error(detail);
    };
    const json = multiclassRowsToJSON(store);
    const back = multiclassRowsFromJSON(JSON.parse(JSON.stringify(json)), 3, true, 2, fail);
    expect(sweepOvr(back, targets, [true, true, false], c.replicates)).toEqual(sweepOvr(store, targets, [true, true, false], c.replicates));
    expect(() => multiclassRowsFromJSON(json, 3, true, 1, fail)).toThrow('row cell 1 is not one of the 1 cells');
    expect(() => multiclassRowsFromJSON(json, 4, true, 2, fail)).toThrow('not 240 rows of');
    expect(() => multiclassRowsFromJSON({ ...json, chunks: [1] }, 3, true, 2, fail)).toThrow('not 1 rows of');
    const bad = new MulticlassRowStore(3, true);
    bad.push(0, [0.5, 1.5, 0], 0, 1);
    expect(() => multiclassRowsFromJSON(multiclassRowsToJSON(bad), 3, true, 1, fail)).toThrow('class score 1.5 is not a probability');
  });

  it('leaves a population with a row without scores, or a replicate without a class, without an AUC', () => {
    const store = new MulticlassRowStore(3, true);
    store.push(0, [0.7, 0.2, 0.1], 0, 1, 1, 2);
    store.push(1, [0.2, 0.7, 0.1], 0, 1, 3, 4);
    store.push(2, [0.1, 0.2, 0.7], 0, 1, 5, 6);
    store.push(2, undefined, 1, 1, 7, 8);
    const result = sweepOvr(store, [[0, 1], [1]], [true, false], 30);
    // Population 0 has every class once: a replicate that draws 0 for one of them has no AUC; the rest are 1.
    expect(new Set(result.replicates[0])).toEqual(new Set([1, null]));
    expect(result.point[0]).toBe(1);
    expect(result.point[1]).toBeNull();
  });
});
