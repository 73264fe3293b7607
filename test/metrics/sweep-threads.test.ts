import { describe, expect, it } from 'vitest';
import { mergeRange, RowStore } from '../../shared/metrics/row-store.js';
import { addAscendingSums, ascendRange, sweepSorted } from '../../shared/metrics/row-sweep.js';
import { dealPopulations, lowerReplicates } from '../../shared/metrics/sweep-threads.js';
import { lcg as random } from '../helpers/seeded.js';

/** Rows in cells 0..2 (about 600, 300 and 100 rows), full-precision and tied scores, a few weights of 3 and 0. */
function storeOf(rows: number): RowStore {
  const store = new RowStore(false, 128);
  const next = random(5);
  for (let i = 0; i < rows; i++) {
    const score = i % 5 === 0 ? Math.round(next() * 10) / 10 : next();
    const u = next();
    store.push(score, next() < 0.4 ? 1 : 0, score >= 0.5 ? 1 : 0, u < 0.6 ? 0 : u < 0.9 ? 1 : 2, i % 17 === 0 ? 3 : i % 19 === 0 ? 0 : 1);
  }
  return store;
}

// Populations: 0 overall, 1 and 2 a group's two values (cells 0 | 1 and 2), 3 and 4 a slice's (cells 0 | 1 and 2).
const cellTargets = [
  [0, 1, 3],
  [0, 2, 4],
  [0, 2, 4],
];
const options = { beta: 1, calibrationBins: 10, histogramBins: 20, curvePoints: 50 };

describe('a point sweep dealt between two threads', () => {
  it("sweeps a subset of the populations (the others' rows dropped from the targets) to the whole sweep's values", () => {
    const store = storeOf(1000);
    const plan = { cellTargets, replicated: [false, false, false, false, false], replicates: 0, options };
    const whole = sweepSorted(store.mergedOrder(), plan, 0, 0);
    const subset = [true, false, true, true, false];
    const part = sweepSorted(
      store.mergedOrder(),
      { ...plan, cellTargets: cellTargets.map((targets) => targets.filter((p) => subset[p])) },
      0,
      0,
    );
    for (let p = 0; p < 5; p++) {
      if (subset[p]) expect(part[p]).toEqual(whole[p]);
      else expect(part[p].n).toBe(0);
    }
    expect(whole[0].n).toBe(1000);
  });

  it('deals the populations so that both threads add about as many row-population terms, largest first', () => {
    const rows = storeOf(1000).mergedOrder();
    const cellRows = [0, 0, 0];
    for (const chunk of rows.chunks) for (let i = 0; i < chunk.length; i++) cellRows[chunk.meta[i] >>> 2]++;
    const [a, b, c] = cellRows;
    expect(a).toBeGreaterThan(b + c);
    const theirs = dealPopulations(rows, cellTargets, 5);
    // Overall (1000 rows) stays here, the group's and the slice's first values (a rows each) go there, the second
    // values (b + c rows each) one to each thread: 1000 + b + c here against 2a + b + c there.
    expect(theirs).toEqual([false, true, false, true, true]);
    const sizes = [1000, a, b + c, a, b + c];
    const terms = (mine: boolean) => sizes.reduce((sum, size, p) => sum + (theirs[p] === mine ? size : 0), 0);
    expect(terms(false)).toBe(1000 + b + c);
    expect(terms(true)).toBe(2 * a + b + c);
    // A population no row counts in goes to one thread (here the first, which has no more terms than the second).
    expect(dealPopulations(rows, [...cellTargets, []], 6)).toEqual([false, true, false, true, true, false]);
  });

  it('keeps the sorted columns and the merged order in shared memory, so that the thread reads them without a copy', () => {
    const { chunks, order } = storeOf(1000).mergedOrder();
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.scores.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(chunk.meta.buffer).toBeInstanceOf(SharedArrayBuffer);
    }
    expect(order.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});

describe('a point sweep whose ascending walk the two merging threads share', () => {
  /**
   * As storeOf, every weight 1, scores below 0.05 as often as `low`, and a few rows of cell 2 unscored (so populations
   * 1 and 3 have score metrics and calibration, the others not).
   */
  function unitStoreOf(rows: number, low = 0.1): RowStore {
    const store = new RowStore(false, 128);
    const next = random(9);
    for (let i = 0; i < rows; i++) {
      const u = next();
      const v = next();
      const cell = v < 0.6 ? 0 : v < 0.9 ? 1 : 2;
      const score = cell === 2 && i % 7 === 0 ? NaN : u < low ? next() / 20 : i % 5 === 0 ? Math.round(next() * 10) / 10 : next();
      store.push(score, next() < 0.4 ? 1 : 0, score >= 0.5 ? 1 : 0, cell, 1);
    }
    return store;
  }
  const edges = Array.from({ length: 9 }, (_, b) => (b + 1) / 10);
  const plan = { cellTargets, replicated: [false, false, false, false, false], replicates: 0, options };

  it("takes each part's ascending sums (split at a calibration bin's edge), whose sum sweeps to the whole sweep's values", () => {
    const whole = sweepSorted(unitStoreOf(3000).mergedOrder(), plan, 0, 0);
    const store = unitStoreOf(3000);
    const edge = store.evenEdge(edges);
    expect(edge).toBe(0.5);
    const { chunks, order, parts } = store.mergeParts(edge!);
    expect(parts).toHaveLength(2);
    for (const part of parts) mergeRange(chunks, order, part);
    const rows = { chunks, order };
    const sums = addAscendingSums(ascendRange(rows, plan, parts[0]), ascendRange(rows, plan, parts[1]));
    expect(sweepSorted(rows, plan, 0, 0, sums)).toEqual(whole);
    expect(whole[1].calibration).toHaveLength(10);
    expect(whole[0].calibration).toEqual([]);
    // Each part alone counts its own rows: the lower part's are the rows below the edge.
    expect(ascendRange(rows, plan, parts[0]).rows[0]).toBe(parts[1].at);
  });

  it('splits at the edge that parts the rows most evenly, and at none that leaves under a quarter on one side', () => {
    expect(unitStoreOf(2000, 0).evenEdge(edges)).toBe(0.5);
    // About 0.8 of the rows below 0.05: no edge parts them well enough.
    expect(unitStoreOf(2000, 0.8).evenEdge(edges)).toBeUndefined();
    expect(unitStoreOf(2000, 0.8).evenEdge([0.02, 0.5])).toBe(0.02);
  });
});

describe('lowerReplicates', () => {
  it("leaves the worker the point sweep's worth more replicates, and each thread at least one", () => {
    expect(lowerReplicates(200)).toBe(90);
    expect(lowerReplicates(20)).toBe(1);
    expect(lowerReplicates(40)).toBe(10);
    for (let R = 2; R <= 300; R++) {
      const lower = lowerReplicates(R);
      expect(lower >= 1 && lower <= R - 1, `R = ${R}`).toBe(true);
      expect(lower <= R / 2, `R = ${R}`).toBe(true);
    }
  });
});
