import { describe, expect, it } from 'vitest';
import { columnCopy, giveBack } from '../../shared/data/column-pool.js';

describe('the reading thread column pool', () => {
  it('copies into a spare buffer that fits, else into a new one of the rows alone', () => {
    const source = Float64Array.from({ length: 100 }, (_, i) => i / 7);
    const fresh = columnCopy(source, 60);
    expect(fresh.buffer.byteLength).toBe(60 * 8);
    expect(Array.from(fresh)).toEqual(Array.from(source.subarray(0, 60)));

    const fits = new ArrayBuffer(64 * 8);
    const tooSmall = new ArrayBuffer(59 * 8);
    const tooLarge = new ArrayBuffer(60 * 8 + (16 << 10) + 8);
    giveBack([tooSmall, tooLarge, fits, new ArrayBuffer(0)]);
    const reused = columnCopy(source, 60);
    expect(reused.buffer).toBe(fits);
    expect(reused.length).toBe(60);
    expect(Array.from(reused)).toEqual(Array.from(source.subarray(0, 60)));
    // The other two stay spare: neither fits 60 doubles, and the next copy of them is new.
    expect(columnCopy(source, 60).buffer).not.toBe(fits);
    // An Int32 column takes a spare buffer by bytes too.
    const codes = Int32Array.from({ length: 100 }, (_, i) => i - 50);
    giveBack([new ArrayBuffer(40 * 4)]);
    const codesCopy = columnCopy(codes, 40);
    expect(codesCopy).toBeInstanceOf(Int32Array);
    expect(Array.from(codesCopy)).toEqual(Array.from(codes.subarray(0, 40)));
    expect(codesCopy.buffer.byteLength).toBe(160);
  });
});
