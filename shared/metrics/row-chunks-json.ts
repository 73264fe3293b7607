/**
 * The text both row stores (row-store.ts, multiclass-rows.ts) put in a partial: the row count of each chunk, whether
 * a weight column follows, and every chunk's columns back to back as one base64 text of little-endian arrays, the
 * weights (float64) last. What differs between the stores is only which columns a chunk has before the weights.
 */
export interface RowChunksJSON {
  chunks: number[];
  weighted: boolean;
  data: string;
}

export const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** Copies the next `n` values of `size` bytes into a buffer of their own (aligned, and not keeping the whole text alive). */
export type TakeColumn = <T>(make: (buffer: ArrayBuffer) => T, n: number, size: number) => T;

/**
 * Checks the shape and byte length of `json` (naming it `what` in any failure: `width` bytes a row before the
 * weights), then hands each chunk's row count to `readChunk` with a `take` that reads the chunk's columns in order,
 * and whether the chunk ends in a weight column.
 */
export function decodeRowChunks<C>(
  json: unknown,
  what: string,
  width: number,
  fail: (detail: string) => never,
  readChunk: (n: number, take: TakeColumn, weighted: boolean) => C,
): C[] {
  if (!LITTLE_ENDIAN) throw new Error(`partials with ${what} are read on little-endian machines only`);
  if (typeof json !== 'object' || json === null) fail(`${what} is not an object`);
  const { chunks, weighted, data } = json as Record<string, unknown>;
  if (
    !Array.isArray(chunks) ||
    !chunks.every((n) => Number.isSafeInteger(n) && n > 0) ||
    typeof weighted !== 'boolean' ||
    typeof data !== 'string'
  ) {
    fail(`${what} need chunks (row counts), weighted (a boolean) and data (base64 text)`);
  }
  const bytes = Buffer.from(data as string, 'base64');
  const rowWidth = width + (weighted ? 8 : 0);
  const total = (chunks as number[]).reduce((a, b) => a + b, 0);
  if (bytes.length !== total * rowWidth) fail(`${what} data holds ${bytes.length} bytes, not ${total} rows of ${rowWidth}`);
  let at = 0;
  const take: TakeColumn = (make, n, size) => {
    const copy = new ArrayBuffer(n * size);
    new Uint8Array(copy).set(bytes.subarray(at, at + n * size));
    at += n * size;
    return make(copy);
  };
  return (chunks as number[]).map((n) => readChunk(n, take, weighted as boolean));
}
