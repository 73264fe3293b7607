/**
 * The reading thread's spare column buffers. The main thread hands each column chunk's buffers back once it has made
 * the chunk's examples (read.ts `readingThread`), and the CSV parser copies its next blocks' columns into them, instead
 * of into new arrays that become garbage on the other thread. On the 10M-row bench files that garbage, freed by
 * another thread than the one that allocated it, held 30-60 MB of the read's peak RSS. Without a reading thread
 * nothing comes back, and each copy is a new array of its own size.
 */

/** Buffers kept at most: a block posts a handful, and about 16 MiB of blocks are in flight. */
const MAX_SPARE = 256;
/** A spare buffer takes a copy this many bytes shorter at most (blocks' row counts differ a little). */
const SLACK_BYTES = 16 << 10;

const spare: ArrayBuffer[] = [];

/** Buffers whose arrays are no longer read, for `columnCopy` to fill again. */
export function giveBack(buffers: readonly ArrayBuffer[]): void {
  for (const buffer of buffers) if (spare.length < MAX_SPARE && buffer.byteLength > 0) spare.push(buffer);
}

/** The first n values of `source` in an array of their own: over a spare buffer when one fits, else a new one. */
export function columnCopy<T extends Float64Array | Int32Array>(source: T, n: number): T {
  const bytes = n * source.BYTES_PER_ELEMENT;
  for (let k = spare.length - 1; k >= 0; k--) {
    const buffer = spare[k];
    if (buffer.byteLength < bytes || buffer.byteLength > bytes + SLACK_BYTES) continue;
    spare[k] = spare[spare.length - 1];
    spare.pop();
    const copy = new (source.constructor as new (buffer: ArrayBuffer, offset: number, length: number) => T)(buffer, 0, n);
    copy.set(source.subarray(0, n) as never);
    return copy;
  }
  return source.slice(0, n) as T;
}
