/** Loads SciPy's expected values (test/fixtures/stats/make_fixtures.py) and compares with a stated tolerance. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

export const fixtures: Record<string, any> = JSON.parse(readFileSync(new URL('../fixtures/stats/expected.json', import.meta.url), 'utf8'));

/** Relative tolerance against SciPy for every value, with an absolute floor where doubles turn subnormal. */
export const RELATIVE = 1e-9;
export const ABSOLUTE = 1e-300;

/** Largest relative error seen per label, printed by the tests so the report can quote it. */
export const worst = new Map<string, number>();

/** |actual - expected| <= RELATIVE * |expected| + ABSOLUTE; null must match null exactly. */
export function expectClose(actual: number | null | undefined, expected: number | null, what: string, label = what.split(' ')[0]): void {
  if (expected === null) {
    expect(actual, what).toBeNull();
    return;
  }
  expect(actual, what).toBeTypeOf('number');
  const a = actual as number;
  if (!Number.isFinite(expected)) {
    expect(a, what).toBe(expected);
    return;
  }
  const error = Math.abs(a - expected);
  const relative = error === 0 ? 0 : error / Math.max(Math.abs(expected), ABSOLUTE);
  worst.set(label, Math.max(worst.get(label) ?? 0, Math.abs(expected) < ABSOLUTE ? 0 : relative));
  expect(error, `${what}: ${a} vs ${expected}`).toBeLessThanOrEqual(RELATIVE * Math.abs(expected) + ABSOLUTE);
}

/** Prints the worst relative error per label (vitest shows console output with --reporter=verbose or on failure). */
export function reportWorst(): void {
  const lines = [...worst].map(([label, error]) => `${label}: ${error.toExponential(2)}`);
  if (process.env.STATS_WORST) console.log(`largest relative error vs SciPy\n${lines.join('\n')}`);
}
