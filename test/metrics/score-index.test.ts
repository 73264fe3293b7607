import { describe, expect, it } from 'vitest';
import { BinaryTable, ScoreIndex } from '../../shared/metrics/binary-table.js';

describe('ScoreIndex', () => {
  it('numbers (score, prediction) pairs in order of first sight, the same with or without its 4-decimal grid', () => {
    const scores = [0.5, 0.1234, 0.1234, 1 / 3, 0, -0, 1, NaN, 0.12345, 0.5, NaN, 1 / 3, 0.00005, 0.9999];
    const grid = new ScoreIndex(true);
    const hash = new ScoreIndex();
    const slots = (index: ScoreIndex) => scores.flatMap((score, i) => [index.slot(score, i % 2), index.slot(score, 1 - (i % 2))]);
    const expected = slots(hash);
    expect(slots(grid)).toEqual(expected);
    expect(grid.size).toBe(hash.size);
    // -0 is 0; NaN is one key per prediction; equal scores with different predictions are different pairs.
    expect(hash.slot(-0, 0)).toBe(hash.slot(0, 0));
    expect(hash.slot(NaN, 1)).toBe(hash.slot(Number('x'), 1));
    expect(hash.slot(0.5, 0)).not.toBe(hash.slot(0.5, 1));
    expect(hash.find(0.777, 0)).toBe(-1);
    expect(hash.find(1 / 3, 1)).toBe(hash.slot(1 / 3, 1));
  });

  it('finds pairs across rehashes of thousands of scores', () => {
    const index = new ScoreIndex(true);
    for (let k = 0; k < 30000; k++) expect(index.slot(k / 30000, k % 2)).toBe(k);
    for (let k = 0; k < 30000; k++) expect(index.find(k / 30000, k % 2)).toBe(k);
  });
});

describe('BinaryTable.sortedSlots', () => {
  it('orders slots by score (unscored last), then prediction', () => {
    const table = new BinaryTable(1);
    const pairs: [number, number][] = [
      [0.7, 1],
      [NaN, 1],
      [0.2, 0],
      [0.7, 0],
      [NaN, 0],
      [0, 1],
      [0.2, 1],
    ];
    for (const [score, prediction] of pairs) table.slot(score, prediction);
    const order = [...table.sortedSlots()].map((slot) => [table.scores[slot], table.predictions[slot]]);
    expect(order).toEqual([
      [0, 1],
      [0.2, 0],
      [0.2, 1],
      [0.7, 0],
      [0.7, 1],
      [NaN, 0],
      [NaN, 1],
    ]);
  });
});
