/**
 * The CSV reader's usual lines in WebAssembly (line-reader.wat): a quote-free block's lines of exactly the header's
 * fields, kept numbers plain decimals, read into the block's columns in one pass over the bytes, without V8's bounds
 * check on every byte. Numbers come out the same to the bit as csv.ts's reading (the same operations in the same
 * order); text fields as the codes of csv.ts's Interner, looked up in a per-column cache of the codes it gave. What the
 * module cannot decide is left to the caller: an unusual line stops the reading (csv.ts's general loop reads it), and
 * a text value not cached yet or a long decimal past the exact reading is a miss, which the caller reads and may
 * remember. docs/fast-paths.md has the figures.
 *
 * One reader serves one parser (one header). Its memory holds the column tables, the caches and the current block:
 * its bytes, copied in, and its columns, which the caller reads and writes through the views `load` returns.
 */
import { LINE_READER_WASM } from '../wasm.generated.js';
import { POWERS_OF_TEN } from './long-decimal.js';

/** How csv.ts keeps a column: as text or as a number (0: skipped); line-reader.wat's column kinds. */
export const KEEP_TEXT = 1;
export const KEEP_NUMBER = 2;

// line-reader.wat's cache geometry.
const CACHE_SLOTS = 4096;
const CACHE_ENTRIES = 2048;
const CACHE_ARENA = 65536;
const CACHE_BYTES = 4 * CACHE_SLOTS + 16 * CACHE_ENTRIES + CACHE_ARENA + 8;
/** Misses a call of `read` may leave at least (more when a line has more kept columns). */
const MISS_ROOM = 4096;
const MISS_WORDS = 5;
const NUMBER_MISS = 0x80000000;
const PAGE = 1 << 16;
const LF = 10;
/**
 * Blocks up to this many bytes get room for half as many rows, of which only the pages written count; a larger one
 * (a line of up to data.max_line_bytes carried into a block) counts its lines, so that its columns do not take
 * gigabytes for a few long lines.
 */
const SMALL_BLOCK = 1 << 22;

interface ReaderExports {
  configure(
    width: number,
    delimiter: number,
    kinds: number,
    kept: number,
    columns: number,
    powers: number,
    misses: number,
    missRoom: number,
    keptColumns: number,
  ): void;
  block(data: number, lines: number, starts: number, ends: number): void;
  read(pos: number, end: number, n: number, limit: number, line: number): number;
  stop(): number;
  missCount(): number;
  full(): number;
  remember(k: number, start: number, end: number, hash: number, code: number): number;
}

/** A block's columns in the reader's memory: row i's line, its kept fields (as csv.ts's ColumnChunk), its bytes. */
export interface BlockColumns {
  capacity: number;
  lines: Int32Array;
  numbers: (Float64Array | null)[];
  codes: Int32Array[];
  starts: Int32Array | null;
  ends: Int32Array | null;
}

/** A field `read` left to the caller: data[start, end) of kept column k in row `row`; a text's FNV-1a hash. */
export interface Miss {
  row: number;
  k: number;
  start: number;
  end: number;
  /** A long decimal to read with Number (else a text to intern). */
  number: boolean;
  hash: number;
}

let compiled: WebAssembly.Module | null = null;

export class LineReader {
  private readonly exports: ReaderExports;
  private readonly memory: WebAssembly.Memory;
  private readonly kept: number;
  /** Per kept column, whether it is a number column. */
  private readonly numberKept: boolean[];
  private readonly columnsAt: number;
  private readonly missesAt: number;
  private readonly missRoom: number;
  private readonly cachesAt: number[];
  private readonly blockAt: number;
  private missWords = new Int32Array(0);

  /**
   * @param kinds Per physical column: 0 (skipped), KEEP_TEXT or KEEP_NUMBER.
   * @param keptIndex Per physical column, its kept column, or -1.
   * @param delimiter The delimiter's byte (ASCII).
   * @param wholeLines Whether the block's rows keep their line's start and end.
   */
  constructor(
    kinds: Uint8Array,
    keptIndex: Int32Array,
    delimiter: number,
    private readonly wholeLines: boolean,
  ) {
    const width = kinds.length;
    // A loop, not Math.max(...keptIndex): a header of 300,000 columns overflows the stack as arguments.
    this.kept = keptIndex.reduce((most, k) => Math.max(most, k), -1) + 1;
    this.missRoom = Math.max(MISS_ROOM, 2 * this.kept);
    const kindsAt = 0;
    const keptAt = align(width);
    this.columnsAt = keptAt + align(4 * width);
    const powersAt = this.columnsAt + align(12 * this.kept);
    this.missesAt = powersAt + align(8 * POWERS_OF_TEN.length);
    let at = this.missesAt + align(4 * MISS_WORDS * this.missRoom);
    this.cachesAt = Array.from({ length: this.kept }, () => 0);
    this.numberKept = Array.from({ length: this.kept }, () => false);
    for (let column = 0; column < width; column++) {
      if (kinds[column] === KEEP_NUMBER) this.numberKept[keptIndex[column]] = true;
      if (kinds[column] !== KEEP_TEXT) continue;
      this.cachesAt[keptIndex[column]] = at;
      at += align(CACHE_BYTES);
    }
    this.blockAt = at;
    compiled ??= new WebAssembly.Module(Buffer.from(LINE_READER_WASM, 'base64'));
    const memory = (this.memory = new WebAssembly.Memory({ initial: Math.ceil(at / PAGE) + 1 }));
    this.exports = new WebAssembly.Instance(compiled, { reader: { memory } }).exports as unknown as ReaderExports;
    const { buffer } = memory;
    new Uint8Array(buffer, kindsAt, width).set(kinds);
    new Int32Array(buffer, keptAt, width).set(keptIndex);
    new Float64Array(buffer, powersAt, POWERS_OF_TEN.length).set(POWERS_OF_TEN);
    this.exports.configure(width, delimiter, kindsAt, keptAt, this.columnsAt, powersAt, this.missesAt, this.missRoom, this.kept);
  }

  /**
   * Copies a block's bytes in and lays out its columns, room for every row it can hold: a row takes at least two
   * bytes (one and its newline, or its last byte), and past SMALL_BLOCK bytes (a block with a long line carried over)
   * no more rows than lines. Returns the columns, valid until the next `load`.
   */
  load(data: Buffer): BlockColumns {
    const capacity = data.length <= SMALL_BLOCK ? (data.length >> 1) + 1 : linesIn(data);
    const dataAt = this.blockAt;
    const linesAt = dataAt + align(data.length);
    const startsAt = linesAt + align(4 * capacity);
    const endsAt = startsAt + (this.wholeLines ? align(4 * capacity) : 0);
    let at = endsAt + (this.wholeLines ? align(4 * capacity) : 0);
    const numbersAt: number[] = [];
    const codesAt: number[] = [];
    for (let k = 0; k < this.kept; k++) {
      numbersAt.push(this.numberKept[k] ? at : 0);
      if (this.numberKept[k]) at += align(8 * capacity);
      codesAt.push(at);
      at += align(4 * capacity);
    }
    const memory = this.memory;
    if (at > memory.buffer.byteLength) memory.grow(Math.ceil((at - memory.buffer.byteLength) / PAGE));
    const { buffer } = memory;
    const columns = new Int32Array(buffer, this.columnsAt, 3 * this.kept);
    for (let k = 0; k < this.kept; k++) columns.set([numbersAt[k], codesAt[k], this.cachesAt[k]], 3 * k);
    new Uint8Array(buffer, dataAt, data.length).set(data);
    this.missWords = new Int32Array(buffer, this.missesAt, MISS_WORDS * this.missRoom);
    this.exports.block(dataAt, linesAt, this.wholeLines ? startsAt : 0, endsAt);
    return {
      capacity,
      lines: new Int32Array(buffer, linesAt, capacity),
      numbers: numbersAt.map((address) => (address === 0 ? null : new Float64Array(buffer, address, capacity))),
      codes: codesAt.map((address) => new Int32Array(buffer, address, capacity)),
      starts: this.wholeLines ? new Int32Array(buffer, startsAt, capacity) : null,
      ends: this.wholeLines ? new Int32Array(buffer, endsAt, capacity) : null,
    };
  }

  /**
   * Reads usual lines of the loaded block from byte `pos` on, before `end`, into rows n, n + 1, ... (numbered from
   * line + 1). Returns how many; then `stop` is where the next line starts and `misses` what the rows left to read.
   */
  read(pos: number, end: number, n: number, capacity: number, line: number): number {
    return this.exports.read(pos, end, n, capacity, line);
  }

  /** Where the last `read` stopped: an unusual line's start, or the end. */
  get stop(): number {
    return this.exports.stop();
  }

  /** Whether the last `read` stopped at a usual line for want of room for its misses (then read on from `stop`). */
  get full(): boolean {
    return this.exports.full() === 1;
  }

  /** The fields the last `read` left to the caller, in row and column order. */
  *misses(): Generator<Miss> {
    const words = this.missWords;
    const count = this.exports.missCount();
    for (let j = 0; j < count; j++) {
      const at = MISS_WORDS * j;
      const end = words[at + 3];
      yield { row: words[at], k: words[at + 1], start: words[at + 2], end: end & ~NUMBER_MISS, number: end < 0, hash: words[at + 4] };
    }
  }

  /** Caches text data[start, end) of kept column k (its hash, its code) for the next lines; false when the cache is full. */
  remember(k: number, start: number, end: number, hash: number, code: number): boolean {
    return this.exports.remember(k, start, end, hash, code) === 1;
  }
}

/** Newlines in `data`, plus one for a last line without one. */
function linesIn(data: Buffer): number {
  let lines = 1;
  for (let at = data.indexOf(LF); at !== -1; at = data.indexOf(LF, at + 1)) lines++;
  return lines;
}

function align(bytes: number): number {
  return Math.ceil(bytes / 8) * 8;
}
