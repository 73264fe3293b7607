import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Example } from '../../shared/data/index.js';
import { EvaluationAccumulator, type EvaluationSpec } from '../../shared/metrics/evaluation.js';
import { mergeRange, oneRowBit, RowStore, sortedOrder } from '../../shared/metrics/row-store.js';
import { summarizeEvaluation } from '../../shared/metrics/summary.js';
import { scoreEvidence } from '../../shared/report/score-evidence.js';
import { sweepReplicates, sweepSorted } from '../../shared/metrics/row-sweep.js';
import { bootstrapKeyHash, poissonWeights } from '../../shared/stats/bootstrap.js';
import { lcg as random } from '../helpers/seeded.js';

const SEXES = ['F', 'M'];
const RACES = ['a', 'b', 'c', 'd', 'e'];
const REGIONS = ['north', 'south', 'east'];
const spec = (overrides: Partial<EvaluationSpec> = {}): EvaluationSpec => ({
  task: 'binary',
  classCount: 2,
  replicates: 0,
  groups: ['sex', 'race'],
  slices: ['region'],
  intersect: true,
  ...overrides,
});

/** Full-precision, 2-decimal (ties) and a few unscored scores, integer weights including 0. */
function examplesOf(count: number, seed: number, unscored = false): Example[] {
  const next = random(seed);
  const pick = (options: string[]) => options[Math.floor(next() * options.length)];
  return Array.from({ length: count }, (_, i) => {
    const score = unscored && i % 97 === 5 ? NaN : i % 3 === 0 ? Math.round(next() * 100) / 100 : next();
    return {
      label: next() < 0.35 ? 1 : 0,
      score,
      scores: undefined,
      prediction: next() < 0.1 ? 1 - (score >= 0.5 ? 1 : 0) : score >= 0.5 ? 1 : 0,
      weight: i % 11 === 0 ? 0 : i % 7 === 0 ? 3 : 1,
      id: undefined,
      position: i,
      groups: [pick(SEXES), pick(RACES)],
      slices: [pick(REGIONS)],
    };
  });
}

const storeBefore = process.env.MODELGATE_SCORE_STORE;
afterEach(() => {
  if (storeBefore === undefined) delete process.env.MODELGATE_SCORE_STORE;
  else process.env.MODELGATE_SCORE_STORE = storeBefore;
});

function fed(how: 'rows' | 'tables' | 'auto', examples: Example[], evaluationSpec = spec()): EvaluationAccumulator {
  if (how === 'auto') delete process.env.MODELGATE_SCORE_STORE;
  else process.env.MODELGATE_SCORE_STORE = how;
  const accumulator = new EvaluationAccumulator(evaluationSpec);
  const R = evaluationSpec.replicates;
  const weights = new Uint8Array(R);
  for (const example of examples) {
    if (R > 0) poissonWeights(example.id ?? example.position, evaluationSpec.seed!, R, weights);
    accumulator.add(example, R > 0 ? weights : null);
  }
  return accumulator;
}

async function reportOf(accumulator: EvaluationAccumulator): Promise<string> {
  const result = await summarizeEvaluation(accumulator, { beta: 2, calibrationBins: 7 });
  return JSON.stringify({ result, evidence: scoreEvidence(accumulator, 7) });
}

describe('RowStore', () => {
  // Cells 0..2; populations 0 (every cell), 1, 2 and 3, of which 2 keeps no replicates.
  const plan = {
    cellTargets: [
      [0, 1],
      [0, 2],
      [0, 2, 3],
    ],
    replicated: [true, true, false, true],
    replicates: 11,
    options: { beta: 1, calibrationBins: 10, histogramBins: 20, curvePoints: 50 },
  };

  it('sweeps any range of the replicates to the values the whole sweep gives them', () => {
    const store = new RowStore(true, 300);
    const next = random(8);
    const hash = new Int32Array(2);
    for (let i = 0; i < 1000; i++) {
      const score = i % 4 === 0 ? Math.round(next() * 20) / 20 : next();
      bootstrapKeyHash(i, 3, hash, 0);
      store.push(score, next() < 0.4 ? 1 : 0, score >= 0.5 ? 1 : 0, i % 3, i % 13 === 0 ? 2 : 1, hash[0], hash[1]);
    }
    const whole = sweepSorted(store.mergedOrder(), plan, 0, 11);
    const lower = sweepSorted(store.mergedOrder(), plan, 0, 4);
    const upper = sweepSorted(store.mergedOrder(), plan, 4, 11);
    expect(whole[2].replicates).toBeNull();
    expect(whole[0].replicates).toHaveLength(11);
    for (let p = 0; p < 4; p++) {
      expect({ ...lower[p], replicates: null }).toEqual({ ...whole[p], replicates: null });
      expect(whole[p].replicates && lower[p].replicates!.concat(upper[p].replicates!)).toEqual(whole[p].replicates);
    }
    expect(() => sweepSorted(store.mergedOrder(), plan, 5, 12)).toThrow(/replicates 5 to 12/);
  });

  it('sweeps replicates alone (the second thread of a bootstrap) to the values the whole sweep gives them', () => {
    // Unit weights (replicate confusion counted per cell) and others; ties, and rows without a score in one cell only
    // (population 1 then has no score metrics).
    for (const weighted of [false, true]) {
      const store = new RowStore(true, 300);
      const next = random(9);
      const hash = new Int32Array(2);
      for (let i = 0; i < 1000; i++) {
        const score = i % 4 === 0 ? Math.round(next() * 20) / 20 : i % 97 === 0 ? NaN : next();
        const cell = Number.isNaN(score) ? 0 : i % 3;
        bootstrapKeyHash(i, 3, hash, 0);
        store.push(score, next() < 0.4 ? 1 : 0, score >= 0.5 ? 1 : 0, cell, weighted && i % 13 === 0 ? 2 : 1, hash[0], hash[1]);
      }
      const whole = sweepSorted(store.mergedOrder(), plan, 0, 11);
      const upper = sweepReplicates(store.mergedOrder(), plan, 4, 11);
      expect(whole[1].metrics.roc_auc).toBeNull();
      expect(upper[2]).toBeNull();
      for (let p = 0; p < 4; p++) expect(upper[p], `weighted ${weighted}`).toEqual(whole[p].replicates?.slice(4) ?? null);
    }
  });

  it('visits rows merged across sorted chunks by (score, prediction, arrival), NaN last, and in exact reverse', () => {
    const next = random(3);
    const store = new RowStore(false, 7);
    const rows = Array.from({ length: 100 }, (_, i) => ({
      i,
      score: i % 13 === 0 ? NaN : Math.round(next() * 20) / 20,
      prediction: next() < 0.5 ? 1 : 0,
    }));
    rows.forEach((row) => store.push(row.score, 0, row.prediction, row.i, 1));
    const key = (s: number) => (Number.isNaN(s) ? 2 : s);
    const expected = [...rows].sort((a, b) => key(a.score) - key(b.score) || a.prediction - b.prediction || a.i - b.i).map((row) => row.i);
    const seen = (descending: boolean) => {
      const out: number[] = [];
      store.forEachSorted(descending, (chunk, i) => out.push(chunk.meta[i] >>> 2));
      return out;
    };
    expect(seen(false)).toEqual(expected);
    expect(seen(true)).toEqual([...expected].reverse());
    // mergedOrder: the chunk of each next row, each chunk read in its own order.
    const { chunks, order } = store.mergedOrder();
    const cursor = chunks.map(() => 0);
    const chunkOf = (o: number) => o & (oneRowBit(order) - 1);
    expect(Array.from(order, (o) => chunks[chunkOf(o)].meta[cursor[chunkOf(o)]++] >>> 2)).toEqual(expected);
  });
});

describe('mergedOrder', () => {
  it('marks exactly the rows whose score no other row has, across chunks and in one chunk', () => {
    // Rows without a score: many (each tied with the others), one (alone, but never marked), none (the last row marked).
    const withoutScore = [(i: number) => i % 17 === 0, (i: number) => i === 150, () => false];
    for (const [chunkRows, unscored] of [7, 1000].flatMap((rows) => withoutScore.map((f) => [rows, f] as const))) {
      const next = random(17);
      const store = new RowStore(false, chunkRows);
      // Unique full-precision scores (the highest among them), ties within and across chunks (coarse scores up to 0.8), 0
      // and -0 (the same score).
      const scores = Array.from({ length: 300 }, (_, i) =>
        unscored(i) ? NaN : i % 5 === 0 ? Math.round(next() * 8) / 10 : i === 1 ? 0 : i === 2 ? -0 : next(),
      );
      scores.forEach((score, i) => store.push(score, i % 3 === 0 ? 1 : 0, next() < 0.5 ? 1 : 0, 0, 1));
      const { chunks, order } = store.mergedOrder();
      expect(chunks.length).toBe(chunkRows === 7 ? 43 : 1);
      const one = oneRowBit(order);
      const cursor = chunks.map(() => 0);
      const seen = Array.from(order, (o) => ({ score: chunks[o & (one - 1)].scores[cursor[o & (one - 1)]++], marked: (o & one) !== 0 }));
      const count = (score: number) => scores.filter((s) => s === score).length;
      const expected = seen.map(({ score }) => !Number.isNaN(score) && count(score) === 1);
      expect(seen.map(({ marked }) => marked)).toEqual(expected);
      // Not vacuous: both kinds are there, and the tied 0 and -0 are not marked.
      expect(expected.filter(Boolean).length).toBeGreaterThan(150);
      expect(expected.filter((marked) => !marked).length).toBeGreaterThan(60);
      expect(seen.filter(({ score, marked }) => score === 0 && marked)).toEqual([]);
    }
  });

  it('splits at a pivot score into two parts that, merged apart in either order, give the whole order and marks', () => {
    for (const seed of [4, 5, 6]) {
      const fill = (store: RowStore) => {
        const draw = random(seed);
        for (let i = 0; i < 700; i++) {
          // Many rows tied at the middle scores (where the pivot falls), unique scores, NaN.
          const u = draw();
          const score = i % 23 === 0 ? NaN : u < 0.3 ? 0.5 : u < 0.4 ? 0.25 + Math.round(draw() * 4) / 8 : draw();
          store.push(score, draw() < 0.4 ? 1 : 0, draw() < 0.5 ? 1 : 0, i % 5, 1);
        }
      };
      const whole = new RowStore(false, 64);
      fill(whole);
      const expected = whole.mergedOrder().order;
      for (const lowerFirst of [true, false]) {
        const store = new RowStore(false, 64);
        fill(store);
        const { chunks, order, parts } = store.mergeParts('median');
        expect(parts).toHaveLength(2);
        const [lower, upper] = parts;
        expect(lower.to.some((rows, j) => rows > 0 && rows < chunks[j].length)).toBe(true);
        expect(upper.at).toBeGreaterThan(100);
        expect(upper.at).toBeLessThan(600);
        for (const part of lowerFirst ? [lower, upper] : [upper, lower]) mergeRange(chunks, order, part);
        expect(Array.from(order)).toEqual(Array.from(expected));
      }
    }
  });

  it('has one part, every row, in one chunk, without a score to split at, or unasked', () => {
    const storeOf = (chunkRows: number, score: (i: number) => number) => {
      const store = new RowStore(false, chunkRows);
      for (let i = 0; i < 50; i++) store.push(score(i), 0, 0, 0, 1);
      return store;
    };
    for (const [store, split] of [
      [storeOf(64, (i) => i / 50), 'median'],
      [storeOf(8, () => NaN), 'median'],
      [storeOf(8, (i) => i / 50), 'none'],
    ] as const) {
      const { chunks, parts } = store.mergeParts(split);
      expect(parts).toHaveLength(1);
      expect(Array.from(parts[0].from)).toEqual(chunks.map(() => 0));
      expect(Array.from(parts[0].to)).toEqual(chunks.map((c) => c.length));
    }
    expect(storeOf(8, (i) => i / 50).mergeParts('median').parts).toHaveLength(2);
  });

  it('takes a 2-byte order past 128 chunks, with the mark in its top bit', () => {
    const store = new RowStore(false, 1);
    for (let i = 0; i < 129; i++) store.push(i / 200, 0, 0, 0, 1);
    const { order } = store.mergedOrder();
    expect(order).toBeInstanceOf(Uint16Array);
    expect(Array.from(order)).toEqual(Array.from({ length: 129 }, (_, i) => oneRowBit(order) | i));
  });
});

describe('sortedOrder', () => {
  it('orders rows by (score, prediction, row) with NaN last and writes the scores and meta in that order, every digit pass taken', () => {
    const next = random(11);
    const n = 5000;
    // Full-precision scores (all eight bytes differ between rows), exact ties, 0, 1 and NaN.
    const scores = Float64Array.from({ length: n }, (_, i) =>
      i % 50 === 0 ? NaN : i % 7 === 0 ? Math.round(next() * 10) / 10 : i % 101 === 0 ? 1 : i % 103 === 0 ? 0 : next(),
    );
    const meta = Uint32Array.from({ length: n }, (_, i) => (i << 2) | (next() < 0.5 ? 2 : 0) | (next() < 0.3 ? 1 : 0));
    const key = (s: number) => (Number.isNaN(s) ? 2 : s);
    const expected = Array.from(scores.keys()).sort((a, b) => key(scores[a]) - key(scores[b]) || (meta[a] & 2) - (meta[b] & 2) || a - b);
    const sortedScores = new Float64Array(n);
    const sortedMeta = new Uint32Array(n);
    expect(Array.from(sortedOrder(scores, meta, n, sortedScores, sortedMeta))).toEqual(expected);
    expect(Array.from(sortedScores)).toEqual(expected.map((i) => scores[i]));
    expect(Array.from(sortedMeta)).toEqual(expected.map((i) => meta[i]));
    // Without meta: by (score, row) alone.
    const byScore = Array.from(scores.keys()).sort((a, b) => key(scores[a]) - key(scores[b]) || a - b);
    expect(Array.from(sortedOrder(scores, null, n))).toEqual(byScore);
  });

  it('skips the passes of digits every score shares, whether an odd or an even number of passes is left', () => {
    // 0.5 and 0.75 differ in one byte (one pass); with 1 in two (two passes); one score alone in none.
    for (const values of [[0.5, 0.75], [0.5, 0.75, 1], [0.25], []]) {
      const n = values.length * 50;
      const scores = Float64Array.from({ length: n }, (_, i) => values[(i * 7) % values.length]);
      const meta = Uint32Array.from({ length: n }, (_, i) => (i << 2) | ((i * 5) % 3 === 0 ? 2 : 0));
      const expected = Array.from(scores.keys()).sort((a, b) => scores[a] - scores[b] || (meta[a] & 2) - (meta[b] & 2) || a - b);
      const sortedScores = new Float64Array(n);
      const sortedMeta = new Uint32Array(n);
      expect(Array.from(sortedOrder(scores, meta, n, sortedScores, sortedMeta)), String(values)).toEqual(expected);
      expect(Array.from(sortedScores)).toEqual(expected.map((i) => scores[i]));
      expect(Array.from(sortedMeta)).toEqual(expected.map((i) => meta[i]));
    }
  });
});

describe('RowStore chunks', () => {
  it('takes columns (pushColumns) into the same chunks as row by row, across chunk ends, weights and -0 included', () => {
    const n = 23;
    const next = random(3);
    const scores = Float64Array.from({ length: n }, (_, i) => (i === 4 ? -0 : i % 9 === 0 ? NaN : next()));
    const labels = Float64Array.from({ length: n }, (_, i) => i % 2);
    const predictions = Float64Array.from({ length: n }, (_, i) => (scores[i] >= 0.5 ? 1 : 0));
    const cells = Int32Array.from({ length: n }, (_, i) => i % 4);
    const weights = Float64Array.from({ length: n }, (_, i) => (i === 17 ? 2.5 : 1));
    const byRow = new RowStore(false, 8);
    for (let i = 0; i < n; i++) byRow.push(scores[i], labels[i], predictions[i], cells[i], weights[i]);
    const byColumns = new RowStore(false, 8);
    byColumns.pushColumns(5, { scores, labels, predictions, cells, weights });
    byColumns.pushColumns(n - 5, {
      scores: scores.subarray(5),
      labels: labels.subarray(5),
      predictions: predictions.subarray(5),
      cells: cells.subarray(5),
      weights: weights.subarray(5),
    });
    expect(byColumns.rows).toBe(n);
    const columnsOf = (store: RowStore) =>
      store.chunks.map((c) => [c.length, Array.from(c.scores), Array.from(c.meta), c.weights && Array.from(c.weights)]);
    expect(columnsOf(byColumns)).toEqual(columnsOf(byRow));
    // toEqual compares numbers by Object.is: a -0 kept as -0 would differ from push's 0.
    expect(byColumns.chunks[2].weights).not.toBeNull();
    expect(() => new RowStore(true, 8).pushColumns(1, { scores, labels, predictions, cells, weights })).toThrow(/keyed/);
  });

  it("fills a sorted chunk's unsorted columns again with the next chunk's rows, none of the old rows showing through", () => {
    const store = new RowStore(true, 4);
    const push = (score: number, cell: number) => store.push(score, cell % 2, score >= 0.5 ? 1 : 0, cell, 1, cell, -cell);
    [0.9, 0.1, 0.7, 0.3].forEach((score, i) => push(score, i));
    const firstScores = store.chunks[0].scores;
    push(0.5, 4);
    push(0.2, 5);
    // The first chunk, full, was sorted into new columns; the second fills the ones it had.
    expect(store.chunks[0].scores).not.toBe(firstScores);
    expect(store.chunks[1].scores).toBe(firstScores);
    const { chunks } = store.mergedOrder();
    expect(Array.from(chunks[0].scores)).toEqual([0.1, 0.3, 0.7, 0.9]);
    expect(Array.from(chunks[1].scores)).toEqual([0.2, 0.5]);
    expect(Array.from(chunks[1].meta, (m) => m >>> 2)).toEqual([5, 4]);
    expect(Array.from(chunks[1].keys!)).toEqual([5, -5, 4, -4]);
  });
});

describe('EvaluationAccumulator with a RowStore', () => {
  it('gives every population the same results to the bit as the distinct-score tables', async () => {
    const variants: [Partial<EvaluationSpec>, boolean][] = [
      [{}, false],
      [{}, true],
      [{ groups: ['sex'], slices: [] }, false],
      [{ groups: [], slices: [] }, false],
      [{ intersect: false }, false],
    ];
    for (const [overrides, unscored] of variants) {
      const evaluationSpec = spec(overrides);
      const examples = examplesOf(3000, 11, unscored).map((e) => ({
        ...e,
        groups: e.groups.slice(0, evaluationSpec.groups.length),
        slices: e.slices.slice(0, evaluationSpec.slices.length),
      }));
      const rows = await reportOf(fed('rows', examples, evaluationSpec));
      expect(rows, JSON.stringify(overrides)).toEqual(await reportOf(fed('tables', examples, evaluationSpec)));
    }
  });

  it('measures the intersection of an attribute subset in the same sweep, as the tables merge it from the full one', async () => {
    const three = spec({ groups: ['sex', 'race', 'region'], slices: [] });
    const examples = examplesOf(3000, 12).map((e) => ({ ...e, groups: [...e.groups, e.slices[0]], slices: [] }));
    for (const replicates of [0, 6]) {
      const evaluationSpec = { ...three, replicates, ...(replicates ? { seed: 5 } : {}) };
      const report = async (how: 'rows' | 'tables') => {
        const result = await summarizeEvaluation(fed(how, examples, evaluationSpec), { beta: 2, calibrationBins: 7 }, [['race', 'sex']]);
        expect(Object.keys(result.groups['race & sex'] ?? {}).length, how).toBe(10);
        return JSON.stringify(result);
      };
      expect(await report('rows'), `replicates ${replicates}`).toEqual(await report('tables'));
    }
  });

  it("sums unit-weight rows' point counts by cell (rows, totals, calibration and histogram bins, confusion), as the tables count them", async () => {
    for (const [overrides, unscored] of [
      [{}, false],
      [{}, true],
      [{ groups: [], slices: [] }, false],
    ] as [Partial<EvaluationSpec>, boolean][]) {
      const evaluationSpec = spec(overrides);
      const examples = examplesOf(3000, 31, unscored).map((e) => ({
        ...e,
        weight: 1,
        groups: e.groups.slice(0, evaluationSpec.groups.length),
        slices: e.slices.slice(0, evaluationSpec.slices.length),
      }));
      const rows = await reportOf(fed('rows', examples, evaluationSpec));
      expect(rows, JSON.stringify(overrides)).toEqual(await reportOf(fed('tables', examples, evaluationSpec)));
    }
  });

  it("sums unit-weight rows' replicate confusion counts by cell, as the tables count them", async () => {
    const examples = examplesOf(2000, 21).map((e) => ({ ...e, weight: 1 }));
    const bootstrap = spec({ replicates: 9, seed: 2 });
    const report = await reportOf(fed('rows', examples, bootstrap));
    expect(report).toEqual(await reportOf(fed('tables', examples, bootstrap)));
    expect(report).toContain('"replicates":[{');
  });

  it("draws the bootstrap weights again from each row's key: replicate metrics the same to the bit as the tables'", async () => {
    const examples = examplesOf(2500, 15, true).map((e, i) => ({ ...e, id: i % 2 === 0 ? `row-${i}` : undefined }));
    for (const overrides of [{}, { sliceReplicates: false }, { groups: [], slices: [] }] as Partial<EvaluationSpec>[]) {
      const bootstrap = spec({ replicates: 9, seed: 4, ...overrides });
      const rows = fed('rows', examples, bootstrap);
      const report = await reportOf(rows);
      expect(report, JSON.stringify(overrides)).toEqual(await reportOf(fed('tables', examples, bootstrap)));
      expect(report).toContain('"replicates":[{');
    }
    const bootstrap = spec({ replicates: 5, seed: 4, sliceReplicates: false });
    const merged = fed('rows', examples.slice(0, 700), bootstrap);
    merged.merge(fed('rows', examples.slice(700), bootstrap));
    expect(await reportOf(merged)).toEqual(await reportOf(fed('tables', examples, bootstrap)));
  });

  it('writes its rows, not tables, into a partial: a few dozen bytes a row whatever the replicates, merging to the single pass', async () => {
    const examples = examplesOf(3000, 16, true).map((e, i) => ({ ...e, id: `id-${i}`, weight: i % 5 === 0 ? 0.5 : e.weight }));
    for (const replicates of [0, 50]) {
      const bootstrap = spec({ replicates, seed: 9, sliceReplicates: false });
      const shards = [examples.slice(0, 1000), examples.slice(1000)].map((rows) => JSON.stringify(fed('rows', rows, bootstrap).toJSON()));
      expect(shards[1].length / 2000, `bytes a row, ${replicates} replicates`).toBeLessThan(40);
      const merged = new EvaluationAccumulator(bootstrap);
      for (const shard of shards) merged.merge(EvaluationAccumulator.fromJSON(bootstrap, JSON.parse(shard)));
      expect(await reportOf(merged)).toEqual(await reportOf(fed('rows', examples, bootstrap)));
    }
  });

  it('refuses a partial whose rows could not have been read', () => {
    const json = fed('rows', examplesOf(50, 17)).toJSON();
    const broken = (change: (rows: NonNullable<typeof json.rows>) => void) => {
      const copy = JSON.parse(JSON.stringify(json)) as typeof json;
      change(copy.rows!);
      return () => EvaluationAccumulator.fromJSON(spec(), copy);
    };
    expect(broken((rows) => (rows.store.data = rows.store.data.slice(8)))).toThrow(/rows data holds/);
    expect(broken((rows) => rows.cells.pop())).toThrow(/not one of the/);
    expect(broken((rows) => (rows.cells[0].groups = ['F']))).toThrow(/one group value per attribute/);
    expect(
      broken((rows) => {
        const bytes = Buffer.from(rows.store.data, 'base64');
        bytes.writeDoubleLE(1.5, 0);
        rows.store.data = bytes.toString('base64');
      }),
    ).toThrow(/not a probability/);
  });

  it('measures again when rows are added after a summary', async () => {
    const examples = examplesOf(2000, 18);
    const accumulator = fed('rows', examples.slice(0, 1000));
    await reportOf(accumulator);
    for (const example of examples.slice(1000)) accumulator.add(example, null);
    expect(await reportOf(accumulator)).toEqual(await reportOf(fed('tables', examples)));
  });

  it('thins curves of more distinct scores than the report keeps exactly as the tables do', async () => {
    const examples = examplesOf(5000, 12);
    expect(await reportOf(fed('rows', examples))).toEqual(await reportOf(fed('tables', examples)));
  });

  it('merges shards into exactly the single pass, whichever way each shard keeps its scores', async () => {
    const examples = examplesOf(4000, 13);
    const single = await reportOf(fed('tables', examples));
    for (const kinds of [
      ['rows', 'rows', 'rows'],
      ['rows', 'tables', 'rows'],
      ['tables', 'rows', 'auto'],
    ] as const) {
      const merged = fed(kinds[0], examples.slice(0, 1000));
      merged.merge(fed(kinds[1], examples.slice(1000, 2500)));
      merged.merge(fed(kinds[2], examples.slice(2500)));
      expect(await reportOf(merged), kinds.join(' ')).toEqual(single);
    }
  });

  it('keeps rows on its own once full-precision scores pass the distinct-score limit, and tables for few distinct scores', async () => {
    const many = examplesOf(70_000, 14).map((e, i) => ({ ...e, score: (i + 0.5) / 70_000 }));
    const auto = fed('auto', many);
    expect(auto.scoreStoreKind).toBe('rows');
    const few = many.map((e) => ({ ...e, score: Math.round(e.score * 100) / 100 }));
    const tables = fed('auto', few);
    expect(tables.scoreStoreKind).toBe('probing');
    await reportOf(tables);
    expect(tables.scoreStoreKind).toBe('tables');
    expect(await reportOf(auto)).toEqual(await reportOf(fed('tables', many)));
  });

  it('matches the scikit-learn fixtures', async () => {
    interface BinaryCase {
      name: string;
      task: string;
      beta: number;
      label: number[];
      score: (number | null)[];
      prediction: number[];
      weight: number[];
      expected: Record<string, number | null>;
    }
    const fixture = JSON.parse(readFileSync(new URL('../fixtures/metrics/expected.json', import.meta.url), 'utf8')) as {
      cases: BinaryCase[];
    };
    const cases = fixture.cases.filter((c) => c.task === 'binary');
    expect(cases.length).toBeGreaterThan(3);
    for (const c of cases) {
      const examples: Example[] = c.label.map((label, i) => ({
        label,
        score: c.score?.[i] ?? NaN,
        scores: undefined,
        prediction: c.prediction[i],
        weight: c.weight[i],
        id: undefined,
        position: i,
        groups: [],
        slices: [],
      }));
      for (const bins of [10, 100]) {
        const { overall } = await summarizeEvaluation(fed('rows', examples, spec({ groups: [], slices: [] })), {
          beta: c.beta,
          calibrationBins: bins,
        });
        for (const [name, expected] of Object.entries(c.expected)) {
          const metric = name === `ece_${bins}` ? 'ece' : name;
          if (!(metric in overall.metrics)) continue;
          if (expected === null) expect(overall.metrics[metric], `${c.name} ${metric}`).toBeNull();
          else expect(overall.metrics[metric], `${c.name} ${metric} (${bins} bins)`).toBeCloseTo(expected, 9);
        }
      }
    }
  });
});

describe('reading for a RowStore', () => {
  it('stops drawing bootstrap weights once the consumer sets the stop flag', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { readExampleColumns } = await import('../../shared/data/read.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'modelgate-stop-'));
    const file = path.join(dir, 'data.csv');
    writeFileSync(file, `label,score\n${Array.from({ length: 50 }, (_, i) => `${i % 2},${i / 50}`).join('\n')}\n`);
    const bindings = { label: 'label', score: 'score', groups: [], slices: [], threshold: 0.5 } as never;
    for (const stopped of [0, 1]) {
      const stop = new Int32Array(new SharedArrayBuffer(4));
      stop[0] = stopped;
      const read = readExampleColumns(file, bindings, { maxBadRows: 0, bootstrap: { seed: 1, replicates: 4, stop } });
      let rows = 0;
      for await (const batch of read.batches) {
        rows += batch.length;
        expect(batch.replicateWeights === undefined, `stop ${stopped}`).toBe(stopped === 1);
      }
      expect(rows).toBe(50);
    }
  });
});
