import { describe, expect, it } from 'vitest';
import { lossIfNegativeOf, lossIfPositiveOf, ScoreSweep } from '../../shared/metrics/binary-table.js';
import { ReplicateKernel, SWEPT } from '../../shared/metrics/replicate-kernel.js';
import { drawHashedWords, weightRowBytes } from '../../shared/stats/bootstrap.js';
import { itIsGenerated } from '../helpers/generated.js';
import { DataError } from '../../shared/errors.js';
import { lcg as random } from '../helpers/seeded.js';

describe('the WebAssembly modules', () => {
  itIsGenerated('scripts/generate-wasm.mjs', 'shared/wasm.generated.ts', (text) =>
    text.replace(/'(.)/, (_, first: string) => `'${first === 'A' ? 'B' : 'A'}`),
  );
});

const R = 37;
const BINS = 10;

/**
 * Full-precision scores from the highest down, each as one row (masses drawn into the kernel), a run of one label or
 * a run of both (masses added up into the kernel's run regions), with unit and fractional weights.
 */
function feedBoth(seed: number): { theirs: ScoreSweep; ours: ScoreSweep } {
  const next = random(seed);
  const kernel = new ReplicateKernel(R, 4 * Math.ceil(R / 4), [R, R, R * SWEPT]);
  const [negatives, positives, state] = kernel.regions;
  const ours = new ScoreSweep(R, BINS, kernel, state);
  const theirs = new ScoreSweep(R, BINS);
  const words = new Int32Array(weightRowBytes(R) >>> 2);
  const draws = new Uint8Array(words.buffer, 0, R);
  // A row's draws into the kernel's masses (drawMasses), and the same draws as bootstrap.ts makes them.
  const drawRow = (weight: number): number => {
    const h1 = (next() * 2 ** 32) | 0;
    const h2 = (next() * 2 ** 32) | 0;
    drawHashedWords(h1, h2, R, words, 0);
    return kernel.drawMasses(h1, h2, 0, weight);
  };
  let score = 1;
  for (let k = 0; k < 3000; k++) {
    score *= 1 - next() * 0.003;
    const lossIfPositive = lossIfPositiveOf(score);
    const lossIfNegative = lossIfNegativeOf(score);
    const kind = next();
    if (kind < 0.6) {
      // One row: its masses, drawn; the reference takes them dense.
      const label = next() < 0.4 ? 1 : 0;
      const weight = k % 7 === 0 ? 0.37 + next() : k % 53 === 0 ? 0 : 1;
      const count = drawRow(weight);
      const dense = Float64Array.from(draws, (draw) => (weight === 0 ? 0 : weight * draw));
      expect(count).toBe(dense.filter((mass) => mass !== 0).length);
      ours.addOneRow(score, lossIfPositive, lossIfNegative, label, count);
      theirs.addOneLabel(score, lossIfPositive, lossIfNegative, label, dense, 0);
    } else {
      // A run of two to four rows: their masses summed per replicate (addMasses), of one label or both.
      const both = kind < 0.8;
      const firstLabel = next() < 0.5 ? 1 : 0;
      const neg = new Float64Array(R);
      const pos = new Float64Array(R);
      for (let row = 0, rows = 2 + Math.floor(next() * 3); row < rows; row++) {
        const label = both ? (row % 2 === 0 ? firstLabel : 1 - firstLabel) : firstLabel;
        const weight = row === 1 ? 2.5 : 1;
        const count = drawRow(weight);
        kernel.addMasses(label === 1 ? positives : negatives, 0, count);
        for (let r = 0; r < R; r++) (label === 1 ? pos : neg)[r] += weight * draws[r];
      }
      if (both) {
        ours.addRun(score, lossIfPositive, lossIfNegative, negatives, positives, 0);
        theirs.add(score, lossIfPositive, lossIfNegative, neg, 0, pos, 0);
      } else {
        ours.addRunOfOneLabel(score, lossIfPositive, lossIfNegative, firstLabel, firstLabel === 1 ? positives : negatives, 0);
        theirs.addOneLabel(score, lossIfPositive, lossIfNegative, firstLabel, firstLabel === 1 ? pos : neg, 0);
      }
      // The kernel sets the run's masses to 0 as it adds them.
      expect(Array.from(negatives).every((mass) => mass === 0)).toBe(true);
      expect(Array.from(positives).every((mass) => mass === 0)).toBe(true);
    }
  }
  return { theirs, ours };
}

describe("the kernel's draws", () => {
  it("are bootstrap.ts's drawHashedWords, from any first replicate, as the row's non-zero masses", () => {
    const next = random(9);
    for (const [from, R] of [
      [0, 200],
      [90, 110],
      [3, 5],
      [0, 1],
      [7, 1],
      [101, 99],
    ]) {
      const to = from + R;
      const kernel = new ReplicateKernel(R, weightRowBytes(to), []);
      const theirs = new Int32Array(weightRowBytes(to) >>> 2);
      const draws = new Uint8Array(theirs.buffer);
      let refined = 0;
      for (let row = 0; row < 400; row++) {
        const h1 = (next() * 2 ** 32) | 0;
        const h2 = (next() * 2 ** 32) | 0;
        const weight = row % 9 === 0 ? 0.25 + next() : row % 31 === 0 ? 0 : 1;
        drawHashedWords(h1, h2, to, theirs, 0, from);
        const count = kernel.drawMasses(h1, h2, from, weight);
        // Every draw that is not 0, by its replicate: the zeros are the replicates left out.
        const expected =
          weight === 0 ? [] : Array.from(draws.subarray(from, to), (draw, r) => [r, weight * draw]).filter(([, m]) => m !== 0);
        expect(count).toBe(expected.length);
        expect(
          Array.from({ length: count }, (_, j) => [kernel.index[j], kernel.mass[j]]),
          `row ${row}, from ${from}`,
        ).toEqual(expected);
        // Draws of 5 or more come only from a refined byte: P(X >= 5) is below 1/256, so only the last byte value,
        // which straddles the thresholds, holds them.
        refined += Array.from(draws.subarray(from, to)).filter((draw) => draw >= 5).length;
      }
      if (R >= 110) expect(refined).toBeGreaterThan(0);
    }
  });
});

describe('ScoreSweep through the replicate kernel', () => {
  it("gives ScoreSweep's own sums to the bit: one-row scores, runs of one label and of both, unit and other weights", () => {
    for (const seed of [1, 2, 3]) {
      const { theirs, ours } = feedBoth(seed);
      const expected = theirs.results();
      const actual = ours.results();
      expect(actual).toHaveLength(R);
      actual.forEach((metrics, r) => {
        for (const [name, value] of Object.entries(expected[r])) expect(Object.is(metrics[name as keyof typeof metrics], value)).toBe(true);
      });
      // Not vacuous: the replicates differ from each other, and every metric has a value.
      expect(new Set(actual.map((metrics) => metrics.roc_auc)).size).toBeGreaterThan(R / 2);
      for (const value of Object.values(actual[0])) expect(Number.isFinite(value)).toBe(true);
    }
  });

  it('keeps each region apart, from a cache line, zeroed', () => {
    const kernel = new ReplicateKernel(5, 8, [3, 5, 40]);
    const [a, b, c] = kernel.regions;
    expect([a.length, b.length, c.length]).toEqual([3, 5, 40]);
    for (const region of kernel.regions) expect(region.byteOffset % 64).toBe(0);
    expect(b.byteOffset).toBeGreaterThanOrEqual(a.byteOffset + 8 * a.length);
    expect(c.byteOffset).toBeGreaterThanOrEqual(b.byteOffset + 8 * b.length);
    expect([...a, ...b, ...c].every((value) => value === 0)).toBe(true);
  });

  it('refuses a replicate count its 16-bit indexes cannot hold', () => {
    expect(() => new ReplicateKernel(0, 0, [])).toThrow(/1 to 65536 replicates, got 0/);
    expect(() => new ReplicateKernel(65537, 0, [])).toThrow(/got 65537/);
  });

  it('refuses, with what to do, replicate sums past what one WebAssembly memory holds (4 GiB), before allocating', () => {
    // 10,000 replicates (the schema's most) and 6,800 populations with intervals, 8 doubles a replicate each.
    const regions = Array<number>(6800).fill(10000 * SWEPT);
    let error: unknown;
    try {
      new ReplicateKernel(10000, 2500, regions);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toMatch(/10000 replicates on this thread needs 4\.1 GiB of replicate sums/);
    expect((error as DataError).hint).toMatch(/lower evaluate\.bootstrap\.replicates/);
  });
});
