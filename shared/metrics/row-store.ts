/**
 * Binary rows kept once for every population of an evaluation: score, label, hard prediction, the row's cell (its
 * combination of group and slice values, from which its populations follow) and, only where a weight other than 1
 * was seen, the weight; with bootstrap, the 64-bit hash its replicate weights are drawn from (bootstrapKeyHash), so
 * the weights are drawn again where they are needed instead of kept. 12 bytes a row with unit weights, 8 more with
 * bootstrap and 8 more with weights, whatever the number of distinct scores or replicates.
 *
 * What a distinct-score table per population cannot do with full-precision scores (about one distinct value a
 * row): the table then costs tens of bytes a row in every population. Here rows sit in chunks of CHUNK_ROWS; a
 * full chunk is sorted by (score, prediction, arrival) at once, and the sweep (row-sweep.ts) merges the sorted
 * chunks, so sorting never needs more than one chunk's scratch space.
 */
import { mergeSortedRuns } from '../stats/merge-runs.js';
import { decodeRowChunks, LITTLE_ENDIAN, type RowChunksJSON } from './row-chunks-json.js';
import { sharedArray } from '../shared-memory.js';
import { RADIX_SORT_WASM } from '../wasm.generated.js';

/** Rows per chunk: small enough that sorting one needs little scratch memory, large enough that few are merged. */
export const CHUNK_ROWS = 1 << 20;

export class RowChunk {
  length = 0;
  sorted = false;
  scores: Float64Array;
  /** cell << 2 | prediction << 1 | label. */
  meta: Uint32Array;
  /** Null while every row of the chunk has weight 1. */
  weights: Float64Array | null = null;
  /** With bootstrap: per row, the two words of its key's hash; else null. */
  keys: Int32Array | null;

  /** `spare`: the unsorted columns of a chunk sorted before (see `sort`), to fill again rather than allocate. */
  constructor(capacity: number, keyed: boolean, spare: UnsortedColumns | null = null) {
    const fits = spare !== null && spare.scores.length === capacity && (spare.keys !== null) === keyed;
    this.scores = fits ? spare.scores : new Float64Array(capacity);
    this.meta = fits ? spare.meta : new Uint32Array(capacity);
    this.keys = fits ? spare.keys : keyed ? new Int32Array(2 * capacity) : null;
  }

  get full(): boolean {
    return this.length === this.scores.length;
  }

  push(score: number, label: number, prediction: number, cell: number, weight: number, h1: number, h2: number): void {
    const i = this.length++;
    if (this.keys !== null) {
      this.keys[2 * i] = h1;
      this.keys[2 * i + 1] = h2;
    }
    this.scores[i] = score + 0; // -0 and 0 are one score
    this.meta[i] = (cell << 2) | (prediction << 1) | label;
    if (weight !== 1) {
      if (this.weights === null) this.weights = new Float64Array(this.scores.length).fill(1);
      this.weights[i] = weight;
    }
    this.sorted = false;
  }

  /** `push` of rows from .. to of columns (see RowStore.pushColumns), which must fit. */
  pushColumns(from: number, to: number, { scores, labels, predictions, cells, weights }: RowColumns): void {
    if (this.keys !== null) throw new Error('pushColumns takes no key hashes: this chunk is keyed');
    let at = this.length;
    for (let i = from; i < to; i++, at++) {
      this.scores[at] = scores[i] + 0; // -0 and 0 are one score
      this.meta[at] = (cells[i] << 2) | (predictions[i] << 1) | labels[i];
      const weight = weights[i];
      if (weight !== 1) {
        if (this.weights === null) this.weights = new Float64Array(this.scores.length).fill(1);
        this.weights[at] = weight;
      }
    }
    this.length = at;
    this.sorted = false;
  }

  weightAt(i: number): number {
    return this.weights === null ? 1 : this.weights[i];
  }

  /** The chunk with its rows in arrival order trimmed to its length, as its own (copied) chunk. */
  trimmed(): RowChunk {
    const chunk = new RowChunk(0, false);
    chunk.keys = this.keys === null ? null : this.keys.slice(0, 2 * this.length);
    chunk.scores = this.scores.slice(0, this.length);
    chunk.meta = this.meta.slice(0, this.length);
    chunk.weights = this.weights === null ? null : this.weights.slice(0, this.length);
    chunk.length = this.length;
    chunk.sorted = this.sorted;
    return chunk;
  }

  /**
   * Sorts the rows by score ascending (NaN last), then prediction, then arrival: the order every sum runs in. The
   * sorted columns are in shared memory, so that a sweep on two threads (sweep-threads.ts) hands them over without a
   * copy; the unsorted ones are not, as V8 frees a SharedArrayBuffer it no longer needs much later than other memory.
   * Returns the unsorted columns it replaced, which the store fills with its next chunk's rows; null when the chunk
   * was sorted already.
   */
  sort(): UnsortedColumns | null {
    if (this.sorted) return null;
    const unsorted: UnsortedColumns = { scores: this.scores, meta: this.meta, keys: this.keys };
    const n = this.length;
    const scores = sharedArray(Float64Array, this.scores.length);
    const meta = sharedArray(Uint32Array, this.meta.length);
    const order = sortedOrder(this.scores, this.meta, n, scores, meta);
    const weights = this.weights === null ? null : sharedArray(Float64Array, this.weights.length);
    const keys = this.keys === null ? null : sharedArray(Int32Array, this.keys.length);
    if (weights !== null || keys !== null) {
      for (let k = 0; k < n; k++) {
        const i = order[k];
        if (weights !== null) weights[k] = this.weights![i];
        if (keys !== null) {
          keys[2 * k] = this.keys![2 * i];
          keys[2 * k + 1] = this.keys![2 * i + 1];
        }
      }
    }
    this.keys = keys;
    this.scores = scores;
    this.meta = meta;
    this.weights = weights;
    this.sorted = true;
    return unsorted;
  }
}

/** Rows as columns (see RowStore.pushColumns): score, label, prediction, cell and weight of row i at i. */
export interface RowColumns {
  scores: Float64Array;
  labels: Float64Array;
  predictions: Float64Array;
  cells: Int32Array;
  weights: Float64Array;
}

/** A chunk's columns as rows arrive (RowChunk.sort replaces them), for the next chunk to fill. */
export interface UnsortedColumns {
  scores: Float64Array;
  meta: Uint32Array;
  keys: Int32Array | null;
}

export class RowStore {
  readonly chunks: RowChunk[] = [];
  rows = 0;

  /** keyed: rows come with their bootstrap key hashes. */
  constructor(
    readonly keyed = false,
    private readonly chunkRows = CHUNK_ROWS,
  ) {}

  push(score: number, label: number, prediction: number, cell: number, weight: number, h1 = 0, h2 = 0): void {
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === undefined || chunk.full) {
      // The next chunk fills the full one's unsorted columns again, so that sorting leaves no garbage behind: V8
      // would free it only at its next full collection, and the reading's peak RSS grew by about that much.
      chunk = new RowChunk(this.chunkRows, this.keyed, chunk?.sort() ?? null);
      this.chunks.push(chunk);
    }
    chunk.push(score, label, prediction, cell, weight, h1, h2);
    this.rows++;
  }

  /** `push` of n rows from columns (no key hashes: the store is not keyed), a chunk's run of them at a time. */
  pushColumns(n: number, columns: RowColumns): void {
    if (this.keyed) throw new Error('pushColumns takes no key hashes: this store is keyed');
    for (let i = 0; i < n;) {
      let chunk = this.chunks[this.chunks.length - 1];
      if (chunk === undefined || chunk.full) {
        chunk = new RowChunk(this.chunkRows, false, chunk?.sort() ?? null);
        this.chunks.push(chunk);
      }
      const end = Math.min(n, i + chunk.scores.length - chunk.length);
      chunk.pushColumns(i, end, columns);
      this.rows += end - i;
      i = end;
    }
  }

  /** Sorts every chunk, first trimming the last one (partly filled) to its rows. */
  sortAll(): void {
    const last = this.chunks.length - 1;
    if (last >= 0 && !this.chunks[last].full) this.chunks[last] = this.chunks[last].trimmed();
    for (const chunk of this.chunks) chunk.sort();
  }

  /** Takes another store's rows after this one's (their cells must already mean the same: see `recode`). */
  append(other: RowStore): void {
    this.sortAll();
    other.sortAll();
    this.chunks.push(...other.chunks);
    this.rows += other.rows;
  }

  /**
   * The merged order of the sorted chunks (see forEachSorted) as the chunk each next row comes from: a row's place in
   * its chunk follows, as every chunk is read in order. 1 or 2 bytes a row, and no copy of the rows. A row whose score
   * no other row has is marked with oneRowBit.
   */
  mergedOrder(): { chunks: RowChunk[]; order: Uint8Array | Uint16Array } {
    const { chunks, order, parts } = this.mergeParts('none');
    for (const part of parts) mergeRange(chunks, order, part);
    return { chunks, order };
  }

  /**
   * mergedOrder's chunks and order, the order (in shared memory) not yet filled, and the ranges that fill it, each
   * merged by mergeRange, in any order or at once: two when a pivot score parts the rows, those of the scores below it
   * and the rest (NaN sorts last); else one, every row. The pivot is `split` itself, or about the median score for
   * 'median'; 'none' asks for one part.
   */
  mergeParts(split: number | 'median' | 'none'): { chunks: RowChunk[]; order: Uint8Array | Uint16Array; parts: MergeRange[] } {
    const chunks = this.sortedChunks();
    releaseSortScratch();
    if (chunks.length > 0x8000) throw new Error(`too many row chunks to merge (${chunks.length})`);
    const order = chunks.length <= 0x80 ? sharedArray(Uint8Array, this.rows) : sharedArray(Uint16Array, this.rows);
    const whole = { from: new Int32Array(chunks.length), to: Int32Array.from(chunks, (c) => c.length), at: 0 };
    const pivot = split === 'none' || chunks.length < 2 ? undefined : split === 'median' ? pivotOf(chunks) : split;
    if (pivot === undefined) return { chunks, order, parts: [whole] };
    const below = Int32Array.from(chunks, (c) => firstAtLeast(c.scores, c.length, pivot));
    const lowerRows = below.reduce((sum, rows) => sum + rows, 0);
    if (lowerRows === 0 || lowerRows === this.rows) return { chunks, order, parts: [whole] };
    return {
      chunks,
      order,
      parts: [
        { from: whole.from, to: below, at: 0 },
        { from: below, to: whole.to, at: lowerRows },
      ],
    };
  }

  /**
   * Of `edges` (ascending scores), the one that parts the rows most evenly, those of the scores below it and the rest,
   * if it leaves between a quarter and three quarters of them below; else undefined.
   */
  evenEdge(edges: readonly number[]): number | undefined {
    const chunks = this.sortedChunks();
    let best: number | undefined;
    let bestGap = Infinity;
    for (const edge of edges) {
      const below = chunks.reduce((sum, c) => sum + firstAtLeast(c.scores, c.length, edge), 0);
      const gap = Math.abs(2 * below - this.rows);
      if (gap < bestGap && 4 * below >= this.rows && 4 * below <= 3 * this.rows) {
        best = edge;
        bestGap = gap;
      }
    }
    return best;
  }

  /** The chunks, each sorted, without empty ones. */
  private sortedChunks(): RowChunk[] {
    this.sortAll();
    return this.chunks.filter((c) => c.length > 0);
  }

  /** Renumbers every row's cell through `cells` (old cell -> new cell). */
  recode(cells: ArrayLike<number>): void {
    for (const chunk of this.chunks) {
      const meta = chunk.meta;
      for (let i = 0; i < chunk.length; i++) meta[i] = (cells[meta[i] >>> 2] << 2) | (meta[i] & 3);
    }
  }

  /**
   * Visits every row in sorted order across chunks (a k-way merge of the sorted chunks): ascending by (score,
   * prediction, arrival), or the exact reverse.
   */
  forEachSorted(descending: boolean, visit: (chunk: RowChunk, i: number, j: number) => void): void {
    const chunks = this.sortedChunks();
    if (chunks.length === 1) {
      const chunk = chunks[0];
      if (descending) for (let i = chunk.length - 1; i >= 0; i--) visit(chunk, i, 0);
      else for (let i = 0; i < chunk.length; i++) visit(chunk, i, 0);
      return;
    }
    const k = chunks.length;
    const at = new Int32Array(k);
    if (descending) chunks.forEach((c, j) => (at[j] = c.length - 1));
    const before = (a: number, b: number): boolean => {
      const ca = chunks[a];
      const cb = chunks[b];
      const sa = ca.scores[at[a]];
      const sb = cb.scores[at[b]];
      let c = compareScores(sa, sb);
      if (c === 0) c = ((ca.meta[at[a]] >>> 1) & 1) - ((cb.meta[at[b]] >>> 1) & 1);
      if (c === 0) c = a - b;
      return descending ? c > 0 : c < 0;
    };
    mergeSortedRuns(k, before, (j) => {
      const chunk = chunks[j];
      visit(chunk, at[j], j);
      const next = descending ? at[j] - 1 : at[j] + 1;
      if (next < 0 || next >= chunk.length) return false;
      at[j] = next;
      return true;
    });
  }
}

/** Sorted rows of each chunk, from[j] up to to[j], for mergeRange to merge into order[at], order[at + 1], ... */
export interface MergeRange {
  from: Int32Array;
  to: Int32Array;
  at: number;
}

/** The columns of a sorted chunk that a merge reads. */
export type MergedColumns = Pick<RowChunk, 'scores' | 'meta'>;

/**
 * forEachSorted's ascending merge of each chunk's rows in `range`, writing the chunk of each next row into `order`
 * (and the marks of oneRowBit): a binary heap of chunk numbers whose current keys (score, NaN as 2, then prediction)
 * sit in flat arrays, as the merge runs once per row. A range that holds every row of some scores and none of the
 * others merges them as the whole merge would: mergedOrder's two threads merge the scores below a pivot and the rest.
 */
export function mergeRange(chunks: readonly MergedColumns[], order: Uint8Array | Uint16Array, range: MergeRange): void {
  // The chunks with rows in the range, ascending: their number breaks ties, as in the whole merge.
  const runs = Int32Array.from(chunks.keys()).filter((j) => range.from[j] < range.to[j]);
  const k = runs.length;
  const at = Int32Array.from(runs, (j) => range.from[j]);
  const score = new Float64Array(k);
  const prediction = new Uint8Array(k);
  const load = (r: number): void => {
    const chunk = chunks[runs[r]];
    const s = chunk.scores[at[r]];
    score[r] = s === s ? s : 2;
    prediction[r] = (chunk.meta[at[r]] >>> 1) & 1;
  };
  const before = (a: number, b: number): boolean =>
    score[a] < score[b] || (score[a] === score[b] && (prediction[a] < prediction[b] || (prediction[a] === prediction[b] && a < b)));
  for (let r = 0; r < k; r++) load(r);
  const one = oneRowBit(order);
  let n = range.at;
  // The previous row's key, and whether its score is a number unlike the one before it (alone, unless this row's is
  // the same). A NaN's key is 2, like a score of 2's: such rows are left unmarked, which the sweeps take as a run.
  let previous = NaN;
  let alone = false;
  if (k > 0)
    mergeSortedRuns(k, before, (r) => {
      const key = score[r];
      if (key !== previous) {
        if (alone) order[n - 1] |= one;
        previous = key;
        alone = key !== 2;
      } else alone = false;
      order[n++] = runs[r];
      if (++at[r] === range.to[runs[r]]) return false;
      load(r);
      return true;
    });
  if (alone) order[n - 1] |= one;
}

/**
 * The bit mergedOrder sets on a row whose score no other row has (a number, unlike the rows before and after it):
 * the sweeps add such a row at once, without looking at the next one. The row's chunk is in the bits below.
 */
export function oneRowBit(order: Uint8Array | Uint16Array): number {
  return order.BYTES_PER_ELEMENT === 1 ? 0x80 : 0x8000;
}

/** The median of the sorted chunks' middle scores (about the median score), or undefined when none has a score. */
function pivotOf(chunks: readonly RowChunk[]): number | undefined {
  const middles = chunks.map((c) => c.scores[c.length >>> 1]).filter((score) => score === score);
  return middles.sort((a, b) => a - b)[middles.length >>> 1];
}

/** The first of a sorted chunk's rows whose score is not below `pivot` (NaN, last, is not below), or `length`. */
function firstAtLeast(scores: Float64Array, length: number, pivot: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (scores[middle] < pivot) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Ascending, NaN last (all NaNs equal). */
function compareScores(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  return a !== a ? (b !== b ? 0 : 1) : -1;
}

/** radix-sort.wat's exports (see `sortedOrder`). */
interface SortExports {
  sort(n: number, scores: number, meta: number, keys: number, nextKeys: number, rows: number, nextRows: number, counts: number): number;
}

let sortModule: WebAssembly.Module | null = null;
/** The sort's instance and memory (28 bytes a row of the largest chunk sorted), kept between chunks. */
let sorter: { memory: WebAssembly.Memory; exports: SortExports } | null = null;
const PAGE = 1 << 16;
const COUNT_BYTES = 8 * 256 * 4;

/** Lets sortedOrder's memory go, once the sorting is done. */
export function releaseSortScratch(): void {
  sorter = null;
}

function sorterFor(bytes: number): { memory: WebAssembly.Memory; exports: SortExports } {
  if (sorter === null || sorter.memory.buffer.byteLength < bytes) {
    sortModule ??= new WebAssembly.Module(Buffer.from(RADIX_SORT_WASM, 'base64'));
    const memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / PAGE) });
    sorter = { memory, exports: new WebAssembly.Instance(sortModule, { sort: { memory } }).exports as unknown as SortExports };
  }
  return sorter;
}

/**
 * Row numbers 0..n-1 ordered by (score, prediction, row number): an LSD radix sort on the prediction bit and the
 * score's 64 bits in WebAssembly (radix-sort.wat: the bits of a float in [0, 1] ascend with it; NaN is keyed as
 * +Infinity, the largest). Without `meta`, by (score, row number). `sortedScores`, when given, receives the scores in
 * that order (NaN as NaN), and `sortedMeta` the meta words, which saves gathering them again.
 */
export function sortedOrder(
  scores: Float64Array,
  meta: Uint32Array | null,
  n: number,
  sortedScores?: Float64Array,
  sortedMeta?: Uint32Array,
): Uint32Array {
  // Keys (8 bytes a row, twice), rows (4, twice), meta (4), counts; the scores come in where the second keys go.
  const keysAt = 0;
  const nextKeysAt = 8 * n;
  const rowsAt = 16 * n;
  const nextRowsAt = 20 * n;
  const metaAt = 24 * n;
  const countsAt = align8(28 * n);
  const { memory, exports } = sorterFor(countsAt + COUNT_BYTES);
  const { buffer } = memory;
  new Float64Array(buffer, nextKeysAt, n).set(scores.subarray(0, n));
  if (meta !== null) new Uint32Array(buffer, metaAt, n).set(meta.subarray(0, n));
  const swapped = exports.sort(n, nextKeysAt, meta === null ? 0 : metaAt, keysAt, nextKeysAt, rowsAt, nextRowsAt, countsAt) === 1;
  if (sortedScores !== undefined) sortedScores.set(new Float64Array(buffer, swapped ? nextKeysAt : keysAt, n));
  if (sortedMeta !== undefined && meta !== null) sortedMeta.set(new Uint32Array(buffer, swapped ? rowsAt : nextRowsAt, n));
  return new Uint32Array(buffer, swapped ? nextRowsAt : rowsAt, n).slice();
}

const align8 = (bytes: number) => Math.ceil(bytes / 8) * 8;

/**
 * A RowStore in a partial: the rows of each sorted chunk as one base64 text of little-endian columns (scores as
 * float64, meta as uint32, then key hashes as 2 x int32 when keyed, then weights as float64 when `weighted`), about
 * 16 base64 characters a row (27 with bootstrap), whatever the replicates or distinct scores.
 */
export type RowStoreJSON = RowChunksJSON;

export function rowStoreToJSON(store: RowStore): RowStoreJSON {
  if (!LITTLE_ENDIAN) throw new Error('partials with a row store are written on little-endian machines only');
  store.sortAll();
  const chunks = store.chunks.filter((chunk) => chunk.length > 0);
  const weighted = chunks.some((chunk) => chunk.weights !== null);
  const parts: Buffer[] = [];
  const bytes = (array: ArrayBufferView, length: number, width: number) => Buffer.from(array.buffer, array.byteOffset, length * width);
  for (const chunk of chunks) {
    const n = chunk.length;
    parts.push(bytes(chunk.scores, n, 8), bytes(chunk.meta, n, 4));
    if (chunk.keys !== null) parts.push(bytes(chunk.keys, n, 8));
    if (weighted) parts.push(chunk.weights === null ? Buffer.from(new Float64Array(n).fill(1).buffer) : bytes(chunk.weights, n, 8));
  }
  return { chunks: chunks.map((chunk) => chunk.length), weighted, data: Buffer.concat(parts).toString('base64') };
}

/** Reads rowStoreToJSON's text back, failing (through `fail`) on anything a row could not have been. */
export function rowStoreFromJSON(json: unknown, keyed: boolean, cells: number, fail: (detail: string) => never): RowStore {
  const chunks = decodeRowChunks(json, 'rows', 12 + (keyed ? 8 : 0), fail, (n, take, weighted) => {
    const chunk = new RowChunk(0, false);
    chunk.scores = take((b) => new Float64Array(b), n, 8);
    chunk.meta = take((b) => new Uint32Array(b), n, 4);
    chunk.keys = keyed ? take((b) => new Int32Array(b), n, 8) : null;
    chunk.weights = weighted ? take((b) => new Float64Array(b), n, 8) : null;
    chunk.length = n;
    checkChunk(chunk, cells, fail);
    chunk.sorted = true;
    return chunk;
  });
  const store = new RowStore(keyed);
  for (const chunk of chunks) {
    store.chunks.push(chunk);
    store.rows += chunk.length;
  }
  return store;
}

function checkChunk(chunk: RowChunk, cells: number, fail: (detail: string) => never): void {
  for (let i = 0; i < chunk.length; i++) {
    const score = chunk.scores[i];
    if (!(score >= 0 && score <= 1) && score === score) fail(`row score ${score} is not a probability or NaN`);
    if (i > 0) {
      const c = compareScores(chunk.scores[i - 1], score) || ((chunk.meta[i - 1] >>> 1) & 1) - ((chunk.meta[i] >>> 1) & 1);
      if (c > 0) fail('rows are not sorted by score and prediction');
    }
    if (chunk.meta[i] >>> 2 >= cells) fail(`row cell ${chunk.meta[i] >>> 2} is not one of the ${cells} cells`);
    if (chunk.weights !== null && !(chunk.weights[i] >= 0 && chunk.weights[i] < Infinity))
      fail(`row weight ${chunk.weights[i]} is not a finite number >= 0`);
  }
}
