/** Loads scikit-learn's expected values (test/fixtures/metrics/make_fixtures.py) and compares with tolerance. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

export interface BinaryCase {
  name: string;
  task: 'binary';
  beta: number;
  label: number[];
  score: number[] | null;
  prediction: number[];
  weight: number[];
  undefined: string[];
  expected: Record<string, number | null>;
  calibration: Record<
    string,
    { lower: number; upper: number; weight: number; meanScore: number | null; meanLabel: number | null }[]
  > | null;
}

export interface MulticlassCase {
  name: string;
  task: 'multiclass';
  classes: number;
  label: number[];
  scores: number[][];
  prediction: number[];
  weight: number[];
  undefined: string[];
  expected: Record<string, number | null>;
  confusion: number[][];
}

export interface RegressionCase {
  name: string;
  task: 'regression';
  label: number[];
  prediction: number[];
  weight: number[];
  expected: Record<string, number>;
}

interface Fixtures {
  cases: (BinaryCase | MulticlassCase | RegressionCase)[];
  percentiles: { values: number[]; level: number; expected: [number, number] }[];
}

export const fixtures: Fixtures = JSON.parse(readFileSync(new URL('../fixtures/metrics/expected.json', import.meta.url), 'utf8'));

export function casesOf<T extends Fixtures['cases'][number]['task']>(task: T): Extract<Fixtures['cases'][number], { task: T }>[] {
  return fixtures.cases.filter((c) => c.task === task) as Extract<Fixtures['cases'][number], { task: T }>[];
}

/** |actual - expected| <= tolerance * max(1, |expected|); null must match null exactly. */
export function expectClose(actual: number | null | undefined, expected: number | null, tolerance: number, what: string): void {
  if (expected === null) {
    expect(actual, what).toBeNull();
    return;
  }
  expect(actual, what).not.toBeNull();
  expect(actual, what).toBeTypeOf('number');
  const scale = Math.max(1, Math.abs(expected));
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance * scale);
}

/** Deterministic shuffle and split of row indices into `count` shards (mulberry32). */
export function shardIndices(rows: number, count: number, seed: number): number[][] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const shards: number[][] = Array.from({ length: count }, () => []);
  const order = Array.from({ length: rows }, (_, i) => i);
  for (let i = rows - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const i of order) shards[Math.floor(random() * count)].push(i);
  return shards;
}
