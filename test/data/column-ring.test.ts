import { describe, expect, it } from 'vitest';
import { ColumnRing, columnCopy, useColumnRing } from '../../shared/data/column-ring.js';

describe('the column ring of the reading thread', () => {
  it('takes space in order, wraps to the start when the end has no room, and refuses what does not fit', () => {
    const ring = new ColumnRing(100 * 8);
    expect(ring.take(30 * 8)).toBe(0);
    expect(ring.take(30 * 8 - 3)).toBe(240); // rounded up to whole doubles
    expect(ring.take(30 * 8)).toBe(480);
    // 20 doubles left at the end, none at the start: no room for 25.
    expect(ring.take(25 * 8)).toBe(-1);
    ring.release(1); // the first chunk's array: 30 doubles free at the start
    expect(ring.take(25 * 8)).toBe(0);
    // Wrapped: the free space is now from 200 to 240 only.
    expect(ring.take(6 * 8)).toBe(-1);
    expect(ring.take(5 * 8)).toBe(200);
    // Given back: the two at 240 and 480 and the one at 0; the 5 doubles at 200 are still taken, with 70 free after
    // them and 25 before.
    ring.release(3);
    expect(ring.take(80 * 8)).toBe(-1);
    expect(ring.take(70 * 8)).toBe(240);
    ring.release(2);
    expect(ring.take(100 * 8)).toBe(0); // all free again
  });

  it('copies columns into the ring when one is in use and has room, else into arrays of their own', () => {
    const source = Float64Array.from({ length: 100 }, (_, i) => i / 7);
    const alone = columnCopy(source, 60);
    expect(alone.buffer).toBeInstanceOf(ArrayBuffer);
    expect(Array.from(alone)).toEqual(Array.from(source.subarray(0, 60)));
    const ring = useColumnRing(64 * 8);
    const shared = columnCopy(source, 60);
    expect(shared.buffer).toBe(ring.buffer);
    expect(Array.from(shared)).toEqual(Array.from(source.subarray(0, 60)));
    const codes = Int32Array.from({ length: 100 }, (_, i) => i - 50);
    const overflow = columnCopy(codes, 40); // 160 bytes, and 32 left
    expect(overflow.buffer).not.toBe(ring.buffer);
    expect(Array.from(overflow)).toEqual(Array.from(codes.subarray(0, 40)));
    expect(ring.countOf([shared, overflow])).toBe(1);
    ring.release(1);
    expect(columnCopy(codes, 40).buffer).toBe(ring.buffer);
  });
});
