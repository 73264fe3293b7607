/**
 * Where the CSV parser copies a block's columns: on the reading thread, into a ring of shared memory that the main
 * thread reads in place (the posted arrays are views of it), each chunk's space used again once the main thread has
 * taken the chunk; elsewhere, or when the ring has no room, into arrays of their own. New arrays a block became
 * garbage on the other thread, and on the 10M-row bench files held 30-60 MB of the read's peak RSS.
 */

/** The ring in use (read-worker.ts makes one), or null. */
let ring: ColumnRing | null = null;

/** Copies from now on go to a ring of `bytes` (see ColumnRing). */
export function useColumnRing(bytes: number): ColumnRing {
  ring = new ColumnRing(bytes);
  return ring;
}

/** The first n values of `source` in an array of their own: in the ring when there is one with room. */
export function columnCopy<T extends Float64Array | Int32Array>(source: T, n: number): T {
  const at = ring === null ? -1 : ring.take(n * source.BYTES_PER_ELEMENT);
  const Kind = source.constructor as new (buffer: ArrayBufferLike, offset: number, length: number) => T;
  if (at < 0) return source.slice(0, n) as T;
  const copy = new Kind(ring!.buffer, at, n);
  copy.set(source.subarray(0, n) as never);
  return copy;
}

/**
 * Space of a SharedArrayBuffer taken in order and given back in the same order: a chunk's arrays are taken as the
 * parser makes them, and given back (`release`) once the main thread has taken the chunk, which it does in order.
 */
export class ColumnRing {
  readonly buffer: SharedArrayBuffer;
  private head = 0;
  private tail = 0;
  /** Where each array taken and not given back ends, oldest first. */
  private readonly ends: number[] = [];

  constructor(readonly size: number) {
    this.buffer = new SharedArrayBuffer(size);
  }

  /** Where `bytes` (rounded up to 8) start, or -1 when there is no room. */
  take(bytes: number): number {
    const need = Math.ceil(bytes / 8) * 8;
    if (this.ends.length === 0) this.head = this.tail = 0;
    let at = -1;
    // Free: from head to the end and from 0 to tail when the taken space does not wrap, else from head to tail.
    if (this.ends.length === 0 || this.head > this.tail) {
      if (this.size - this.head >= need) at = this.head;
      else if (this.tail >= need) at = 0;
    } else if (this.tail - this.head >= need) at = this.head;
    if (at < 0) return -1;
    this.head = at + need;
    this.ends.push(this.head);
    return at;
  }

  /** Gives back the oldest `count` arrays taken: a chunk's, as chunks are taken in the order their arrays were. */
  release(count: number): void {
    for (let k = 0; k < count; k++) this.tail = this.ends.shift()!;
  }

  /** How many of a chunk's arrays lie in this ring. */
  countOf(arrays: readonly ArrayBufferView[]): number {
    return arrays.filter((array) => array.buffer === this.buffer).length;
  }
}
