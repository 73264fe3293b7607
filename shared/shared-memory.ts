/**
 * Typed arrays in shared memory, which a worker thread posted them reads in place: a RowStore sorts its rows into
 * them, so that a sweep on two threads hands the rows over without a copy.
 */
type SharedKind<T> = new (buffer: SharedArrayBuffer) => T;

export type ShareableArray = Float64Array | Uint32Array | Int32Array | Uint16Array | Uint8Array;

/** A zeroed array of `length` elements of `Kind` in shared memory. */
export function sharedArray<T extends ShareableArray>(Kind: SharedKind<T> & { BYTES_PER_ELEMENT: number }, length: number): T {
  return new Kind(new SharedArrayBuffer(length * Kind.BYTES_PER_ELEMENT));
}

/** The array itself when it is in shared memory already, else a copy there. */
export function sharedCopy<T extends ShareableArray>(array: T): T {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  const copy = new (array.constructor as SharedKind<T>)(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}
