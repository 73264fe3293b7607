import { describe, expect, it } from 'vitest';
import type { Example, ExampleColumns } from '../../shared/data/index.js';
import {
  EvaluationAccumulator,
  INTERSECTION_SEPARATOR,
  type EvaluationJSON,
  type EvaluationSpec,
} from '../../shared/metrics/evaluation.js';
import { PopulationAccumulator } from '../../shared/metrics/population.js';
import { summarizeEvaluation } from '../../shared/metrics/summary.js';
import { poissonWeightBlock, poissonWeights } from '../../shared/stats/bootstrap.js';
import { lcg as random } from '../helpers/seeded.js';

const R = 6;
const SEED = 5;

/** Rows with 4-decimal and full-precision scores, a few unscored ones, and the given weights. */
function examplesOf(count: number, values: string[][], weight: (i: number) => number, seed = 1): Example[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const score = i % 97 === 0 ? NaN : i % 3 === 0 ? next() : Math.round(next() * 10000) / 10000;
    const pick = (options: string[]) => options[Math.floor(next() * options.length)];
    return {
      label: next() < 0.4 ? 1 : 0,
      score,
      scores: undefined,
      prediction: score >= 0.5 ? 1 : 0,
      weight: weight(i),
      id: undefined,
      position: i,
      groups: values.slice(0, -1).map(pick),
      slices: [pick(values[values.length - 1])],
    };
  });
}

/** What the accumulator must equal: every row added to each of its populations directly, in row order. */
function reference(spec: EvaluationSpec, examples: Example[]): EvaluationJSON {
  const make = () => new PopulationAccumulator(spec);
  const overall = make();
  const groups = spec.groups.map(() => new Map<string, PopulationAccumulator>());
  const intersections = new Map<string, PopulationAccumulator>();
  const slices = spec.slices.map(() => new Map<string, PopulationAccumulator>());
  const cell = (map: Map<string, PopulationAccumulator>, key: string) => map.get(key) ?? map.set(key, make()).get(key)!;
  for (const example of examples) {
    const weights = weightsOf(spec, example);
    overall.add(example, weights);
    example.groups.forEach((value, k) => cell(groups[k], value).add(example, weights));
    if (spec.intersect && spec.groups.length > 1) cell(intersections, example.groups.join(INTERSECTION_SEPARATOR)).add(example, weights);
    example.slices.forEach((value, k) => cell(slices[k], value).add(example, weights));
  }
  const json = (map: Map<string, PopulationAccumulator>) => Object.fromEntries([...map].map(([key, acc]) => [key, acc.toJSON()]));
  return {
    overall: overall.toJSON(),
    groups: Object.fromEntries(spec.groups.map((name, k) => [name, json(groups[k])])),
    intersections: json(intersections),
    slices: Object.fromEntries(spec.slices.map((name, k) => [name, json(slices[k])])),
  };
}

function weightsOf(spec: EvaluationSpec, example: Example): Uint8Array | null {
  if (spec.replicates === 0) return null;
  const out = new Uint8Array(spec.replicates);
  poissonWeights(example.position, SEED, spec.replicates, out);
  return out;
}

/** The examples as one batch of columns, as readExampleColumns makes them. */
function columnsOf(examples: Example[]): ExampleColumns {
  const groupValues: string[][] = examples[0].groups.map(() => []);
  const sliceValues: string[][] = examples[0].slices.map(() => []);
  const code = (values: string[], value: string) => (values.includes(value) ? values.indexOf(value) : values.push(value) - 1);
  return {
    length: examples.length,
    label: Float64Array.from(examples, (e) => e.label),
    score: Float64Array.from(examples, (e) => e.score),
    scores: null,
    prediction: Float64Array.from(examples, (e) => e.prediction),
    weight: Float64Array.from(examples, (e) => e.weight),
    id: null,
    position: examples[0].position,
    groups: groupValues.map((values, k) => Int32Array.from(examples, (e) => code(values, e.groups[k]))),
    slices: sliceValues.map((values, k) => Int32Array.from(examples, (e) => code(values, e.slices[k]))),
    groupValues,
    sliceValues,
  };
}

function fed(spec: EvaluationSpec, examples: Example[], how: 'examples' | 'columns'): EvaluationAccumulator {
  const accumulator = new EvaluationAccumulator(spec);
  if (how === 'examples') {
    for (const example of examples) accumulator.add(example, weightsOf(spec, example));
  } else {
    // In batches of 256 rows, as a read hands them over, each with the block of its rows' replicate weights.
    for (let from = 0; from < examples.length; from += 256) {
      const rows = examples.slice(from, from + 256);
      const block = spec.replicates === 0 ? null : poissonWeightBlock(rows.length, (i) => rows[i].position, SEED, spec.replicates);
      accumulator.addBatch(columnsOf(rows), block);
    }
  }
  return accumulator;
}

const SEXES = ['F', 'M'];
const RACES = ['a', 'b', 'c', 'd', 'e'];
const REGIONS = ['north', 'south', 'east'];
const spec = (overrides: Partial<EvaluationSpec> = {}): EvaluationSpec => ({
  task: 'binary',
  classCount: 2,
  replicates: R,
  groups: ['sex', 'race'],
  slices: ['region'],
  intersect: true,
  ...overrides,
});

describe('EvaluationAccumulator: rows summed once per combination of values', () => {
  it('gives every population exactly what adding each row to it gives, replicates included', () => {
    const examples = examplesOf(1200, [SEXES, RACES, REGIONS], (i) => i % 5);
    for (const how of ['examples', 'columns'] as const) {
      expect(fed(spec(), examples, how).toJSON(), how).toEqual(reference(spec(), examples));
      expect(fed(spec({ replicates: 0 }), examples, how).toJSON(), how).toEqual(reference(spec({ replicates: 0 }), examples));
    }
  });

  it('keeps no slice replicates with sliceReplicates: false, and the same everywhere else', () => {
    const examples = examplesOf(900, [SEXES, RACES, REGIONS], (i) => i % 3, 5);
    const all = reference(spec(), examples);
    for (const how of ['examples', 'columns'] as const) {
      const json = fed(spec({ sliceReplicates: false }), examples, how).toJSON();
      expect(json.overall, how).toEqual(all.overall);
      expect(json.groups, how).toEqual(all.groups);
      expect(json.intersections, how).toEqual(all.intersections);
      for (const [value, population] of Object.entries(json.slices.region)) {
        expect(population, `${how} ${value}`).toEqual({ point: all.slices.region[value].point });
      }
    }
  });

  it('is exact with one attribute, without intersections, and with no attribute at all', () => {
    const examples = examplesOf(800, [SEXES, RACES, REGIONS], () => 1, 2);
    for (const overrides of [{ groups: ['sex'] }, { intersect: false }, { groups: [], slices: [] }]) {
      const one = spec(overrides);
      const rows = examples.map((e) => ({
        ...e,
        groups: e.groups.slice(0, one.groups.length),
        slices: e.slices.slice(0, one.slices.length),
      }));
      expect(fed(one, rows, 'columns').toJSON(), JSON.stringify(overrides)).toEqual(reference(one, rows));
      expect(fed(one, rows, 'examples').toJSON(), JSON.stringify(overrides)).toEqual(reference(one, rows));
    }
  });

  it('switches to per-population sums, still exact, at the first fractional weight', () => {
    // Fractional sums depend on their order, so from there on rows must reach populations in row order.
    const examples = examplesOf(2000, [SEXES, RACES, REGIONS], (i) => (i < 1000 ? 1 : 0.1 * (i % 7)), 3);
    expect(fed(spec(), examples, 'columns').toJSON()).toEqual(reference(spec(), examples));
  });

  it('moves from counting rows of weight 1 to summing integer weights, still exact', () => {
    const examples = examplesOf(1000, [SEXES, RACES, REGIONS], (i) => (i < 500 ? 1 : 1 + (i % 3)), 7);
    expect(fed(spec(), examples, 'columns').toJSON()).toEqual(reference(spec(), examples));
  });

  it('carries row counts past their 8 bits, many times over', () => {
    const one = examplesOf(1, [SEXES, RACES, REGIONS], () => 1, 8)[0];
    const examples = Array.from({ length: 70_000 }, (_, i) => ({ ...one, score: 0.25, prediction: 0, position: i }));
    const noReplicates = spec({ replicates: 0 });
    expect(fed(noReplicates, examples, 'columns').toJSON()).toEqual(reference(noReplicates, examples));
  });

  it('switches to per-population sums past the number of combinations it holds', () => {
    const many = Array.from({ length: 40 }, (_, i) => `v${i}`);
    const examples = examplesOf(2500, [many, many, REGIONS], () => 1, 4);
    expect(fed(spec({ replicates: 0 }), examples, 'columns').toJSON()).toEqual(reference(spec({ replicates: 0 }), examples));
  });

  it('refuses a batch without its replicate weights when it keeps replicates', () => {
    const examples = examplesOf(10, [SEXES, RACES, REGIONS], () => 1, 9);
    expect(() => new EvaluationAccumulator(spec()).addBatch(columnsOf(examples), null)).toThrow(/bootstrap weights/);
    expect(() => new EvaluationAccumulator(spec()).addBatch(columnsOf(examples), new Uint8Array(8))).toThrow(/bootstrap weights/);
  });

  it('can be read mid-stream and fed on', () => {
    const examples = examplesOf(2000, [SEXES, RACES, REGIONS], () => 1, 6);
    const accumulator = new EvaluationAccumulator(spec());
    const batch = columnsOf(examples);
    for (let i = 0; i < batch.length; i++) {
      if (i === 700) expect(accumulator.toJSON()).toEqual(reference(spec(), examples.slice(0, 700)));
      accumulator.addRow(batch, i, weightsOf(spec(), examples[i]));
    }
    expect(accumulator.toJSON()).toEqual(reference(spec(), examples));
  });
});

describe('summarizeEvaluation: intersections of a subset of the attributes', () => {
  it('equals, replicates included, the intersection an evaluation of those attributes alone computes', async () => {
    const options = { beta: 1, calibrationBins: 10 };
    const three = spec({ groups: ['sex', 'race', 'region'], slices: [] });
    const two = spec({ groups: ['race', 'sex'], slices: [] });
    const rows = examplesOf(3000, [SEXES, RACES, REGIONS, ['x']], (i) => 1 + (i % 3));
    const merged = await summarizeEvaluation(fed(three, rows, 'columns'), options, [['race', 'sex']]);
    const twoRows = rows.map((row) => ({ ...row, groups: [row.groups[1], row.groups[0]] }));
    const direct = await summarizeEvaluation(fed(two, twoRows, 'columns'), options);
    expect(merged.intersections).toEqual(['sex & race & region', 'race & sex']);
    expect(direct.intersection).toBe('race & sex');
    expect(Object.keys(merged.groups['race & sex'])).toHaveLength(10);
    expect(merged.groups['race & sex']).toEqual(direct.groups['race & sex']);
  });
});

describe('EvaluationAccumulator: values named after Object.prototype members', () => {
  it("keeps every one as a population, through a partial's JSON and back", async () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
    const protoSpec = spec({ groups: ['__proto__', 'constructor'], slices: ['toString'], replicates: 0 });
    const rows = examplesOf(600, [names, names, names], () => 1);
    const json = JSON.parse(JSON.stringify(fed(protoSpec, rows, 'columns').toJSON())) as EvaluationJSON;
    const result = await summarizeEvaluation(EvaluationAccumulator.fromJSON(protoSpec, json), { beta: 1, calibrationBins: 10 });
    expect(Object.keys(result.groups).sort()).toEqual(['__proto__', '__proto__ & constructor', 'constructor']);
    expect(Object.keys(result.groups.__proto__).sort()).toEqual([...names].sort());
    expect(Object.keys(result.slices.toString).sort()).toEqual([...names].sort());
    expect(Object.values(result.groups.constructor).reduce((sum, p) => sum + p.n, 0)).toBe(600);
  });
});
