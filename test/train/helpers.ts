import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A fresh directory under the OS temp dir, removed after the test file. */
export function useTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-train-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Deterministic draws for fixtures (a linear congruential generator; fixtures only). */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface LoanRow {
  id: number;
  label: number;
  sex: string;
  region: string;
  x1: number;
  x2: number;
  day: string;
}

/**
 * `rows` loan-like rows with a learnable signal: label 1 is likelier with high x1 and in region "north";
 * sex F is a 10% minority. Dates run one per hour from 2024-01-01.
 */
export function loanRows(rows: number, seed = 1): LoanRow[] {
  const next = lcg(seed);
  const regions = ['north', 'south', 'east', 'west'];
  const out: LoanRow[] = [];
  for (let id = 1; id <= rows; id++) {
    const x1 = Math.round((next() * 4 - 2) * 1000) / 1000;
    const x2 = Math.round(next() * 100) / 10;
    const region = regions[Math.floor(next() * 4)];
    const logit = 1.5 * x1 + (region === 'north' ? 1 : 0) - 0.3;
    const label = next() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
    const sex = next() < 0.1 ? 'F' : 'M';
    out.push({ id, label, sex, region, x1, x2, day: new Date(Date.UTC(2024, 0, 1) + id * 3_600_000).toISOString() });
  }
  return out;
}

export function toCsv(rows: LoanRow[], columns: (keyof LoanRow)[] = ['id', 'label', 'sex', 'region', 'x1', 'x2', 'day']): string {
  return `${columns.join(',')}\n${rows.map((r) => columns.map((c) => r[c]).join(',')).join('\n')}\n`;
}

export { failure, write } from '../data/helpers.js';
