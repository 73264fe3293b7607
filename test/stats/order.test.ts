import { describe, expect, it } from 'vitest';
import { quantileLinear } from '../../shared/stats/bootstrap.js';
import { quantilesBySelection, selectRanks } from '../../shared/stats/order.js';
import { xorshift as generator } from '../helpers/seeded.js';

const random = generator(7);
const shapes: Record<string, (n: number) => Float64Array> = {
  'full-float64 scores': (n) => Float64Array.from({ length: n }, () => random()),
  'whole-millisecond latencies (many ties)': (n) => Float64Array.from({ length: n }, () => Math.floor(random() * 40)),
  'one repeated value': (n) => new Float64Array(n).fill(0.25),
  ascending: (n) => Float64Array.from({ length: n }, (_, i) => i),
  descending: (n) => Float64Array.from({ length: n }, (_, i) => n - i),
  'organ pipe': (n) => Float64Array.from({ length: n }, (_, i) => Math.min(i, n - i)),
  'negative and positive with signed zeros': (n) => Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? -0 : (random() - 0.5) * 1e6)),
};

describe('selectRanks and quantilesBySelection (order statistics without a full sort)', () => {
  for (const [name, make] of Object.entries(shapes)) {
    for (const n of [1, 2, 17, 1000, 65_537]) {
      it(`${name}, n = ${n}: every rank asked equals the sorted array's`, () => {
        const values = make(n);
        const sorted = values.slice().sort();
        const ranks = [0, n - 1, n >> 1, Math.floor(n * 0.95), Math.floor(n * 0.05), Math.floor(n * 0.99), n >> 1];
        expect(selectRanks(values.slice(), ranks)).toEqual(ranks.map((r) => sorted[r]));
        const qs = [0, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1];
        expect(quantilesBySelection(values.slice(), qs)).toEqual(qs.map((q) => quantileLinear(sorted, q)));
      });
    }
  }

  it('keeps the values, only reordered', () => {
    const values = shapes['full-float64 scores'](5000);
    const copy = values.slice();
    selectRanks(copy, [10, 2500, 4990]);
    expect(copy.slice().sort()).toEqual(values.slice().sort());
  });

  it('a rank outside the values is a RangeError, as is an empty sample for quantiles', () => {
    expect(() => selectRanks(new Float64Array(3), [3])).toThrow(/rank 3 is outside 0..2/);
    expect(() => selectRanks(new Float64Array(3), [1.5])).toThrow(RangeError);
    expect(() => quantilesBySelection(new Float64Array(0), [0.5])).toThrow(/no values/);
  });
});
