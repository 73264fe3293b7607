import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_GROUP_VALUES,
  LineBuffer,
  checkLineLengths,
  fieldTooLong,
  lineCapsOf,
  lineTooLong
} from "./chunk-O6GBSEXR.js";
import {
  MemoryBudget,
  closestName
} from "./chunk-WGSDQCGC.js";
import {
  decimalNumber
} from "./chunk-CDUPDCSK.js";
import {
  LINE_READER_WASM,
  WEIGHT_RANGE,
  isAcceptedWeight,
  poissonWeightBlock,
  workerScript
} from "./chunk-Z7B6ZZR2.js";
import {
  ConfigError,
  DataError,
  ModelgateError,
  SourceError
} from "./chunk-JUZ7LOQF.js";

// shared/data/columns.ts
function keyAt(columns, i) {
  return columns.id === null ? columns.position + i : columns.id[i];
}
function exampleAt(columns, i) {
  return {
    label: columns.label[i],
    score: columns.score[i],
    scores: columns.scores?.[i],
    prediction: columns.prediction[i],
    weight: columns.weight[i],
    id: columns.id?.[i],
    position: columns.position + i,
    groups: columns.groups.map((codes, k) => columns.groupValues[k][codes[i]]),
    slices: columns.slices.map((codes, k) => columns.sliceValues[k][codes[i]])
  };
}

// shared/data/files.ts
import { closeSync, createReadStream, openSync, readSync, realpathSync, statSync } from "node:fs";
import { open, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { isMainThread } from "node:worker_threads";
import { createGunzip } from "node:zlib";
var MAYBE_PATTERN = /[*?[\]{}()!+@\\]/;
var READ_CHUNK = 1 << 16;
var BLOCKING_READ_CHUNK = 1 << 18;
var EXTENSIONS = {
  ".csv": { format: "csv" },
  ".tsv": { format: "csv", delimiter: "	" },
  ".jsonl": { format: "jsonl" },
  ".ndjson": { format: "jsonl" },
  ".parquet": { format: "parquet" }
};
var SYSTEM_TREES = ["/proc", "/sys", "/dev"];
function workspaceRoot(env = process.env) {
  const named = [env.GITHUB_WORKSPACE, env.CI_PROJECT_DIR].find((dir) => dir && isDirectory(dir));
  return resolve(named ?? process.cwd());
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
function dataPathPolicy(config) {
  return config.data.allow_outside_workspace ? {} : { workspace: workspaceRoot() };
}
function checkDataPath(path, workspace) {
  let real;
  try {
    real = realpathSync(path);
  } catch {
    throw new DataError(`file not found: ${path}`, { file: path });
  }
  if (SYSTEM_TREES.some((tree) => real === tree || real.startsWith(`${tree}/`))) {
    throw new DataError(`refused to read ${path}: ${real} is a system file, not data`, { file: path });
  }
  if (!statSync(real).isFile()) {
    throw new DataError(
      `refused to read ${path}: not a regular file (a directory, device, FIFO or socket)`,
      { file: path },
      { hint: `for a directory use a glob such as ${path}/*.csv` }
    );
  }
  if (workspace === void 0) return;
  const root = realpathSync(workspace);
  const inside = relative(root, real);
  if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new DataError(
      `refused to read ${path}: it resolves to ${real}, outside the workspace ${root}`,
      { file: path },
      {
        hint: "keep data files in the repository checkout, or set data.allow_outside_workspace: true"
      }
    );
  }
}
async function resolveFiles(paths, options) {
  const patterns = typeof paths === "string" ? [paths] : paths;
  if (patterns.length === 0) throw new DataError("no data files given");
  const found = /* @__PURE__ */ new Map();
  for (const pattern of patterns) {
    const globs = MAYBE_PATTERN.test(pattern) ? await import("./dist-N47ASJOH.js") : null;
    if (globs !== null && globs.isDynamicPattern(pattern)) {
      const matches = await globs.glob(pattern, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(pattern) });
      if (matches.length === 0) throw new DataError(`no files match ${JSON.stringify(pattern)}`, { file: pattern });
      for (const match of matches) if (!found.has(resolve(match))) found.set(resolve(match), match);
    } else {
      const info = await stat(pattern).catch(() => void 0);
      if (info === void 0) throw new DataError(`file not found: ${pattern}`, { file: pattern });
      if (!info.isFile()) throw new DataError(`not a file: ${pattern}`, { file: pattern }, { hint: `use a glob such as ${pattern}/*.csv` });
      if (!found.has(resolve(pattern))) found.set(resolve(pattern), pattern);
    }
  }
  const files = [];
  for (const path of [...found.values()].sort()) {
    checkDataPath(path, options.workspace);
    files.push({ path, ...formatOf(path, options), size: (await stat(path)).size });
  }
  const formats = new Set(files.map((file) => file.format));
  if (formats.size > 1) {
    throw new DataError(
      `the files of one dataset mix formats (${[...formats].join(", ")})`,
      { file: files[0].path },
      {
        hint: "read each format as its own dataset"
      }
    );
  }
  return files;
}
function formatOf(path, options) {
  const lower = path.toLowerCase();
  const gzip = lower.endsWith(".gz");
  const base = gzip ? lower.slice(0, -3) : lower;
  const known = EXTENSIONS[base.slice(base.lastIndexOf("."))];
  const format = options.format ?? known?.format;
  if (format === void 0) {
    throw new DataError(
      `cannot tell the format of ${path} from its extension`,
      { file: path },
      {
        hint: "name it .csv, .tsv, .jsonl, .ndjson or .parquet (optionally .gz), or set data.format"
      }
    );
  }
  if (gzip && format === "parquet") {
    throw new DataError(
      "a gzipped Parquet file cannot be read in row groups",
      { file: path },
      {
        hint: "Parquet compresses its own pages; store the .parquet file uncompressed"
      }
    );
  }
  return { format, gzip, delimiter: options.delimiter ?? known?.delimiter ?? "," };
}
async function matchPartialFiles(patterns, workspace) {
  const { glob } = await import("./dist-N47ASJOH.js");
  const files = [];
  for (const pattern of patterns) {
    const matches = (await glob(pattern, { absolute: false })).sort();
    if (matches.length === 0) throw new DataError(`no partial files match ${pattern}`, { file: pattern });
    for (const match of matches) if (!files.some((file) => resolve(file) === resolve(match))) files.push(match);
  }
  for (const file of files) checkDataPath(file, workspace);
  return files;
}
var MAX_LINE_ESTIMATE = 1 << 23;
async function estimateLines(files) {
  if (files.length === 0 || files.some((file) => file.gzip || file.format === "parquet")) return 0;
  const handle = await open(files[0].path, "r");
  try {
    const head = Buffer.alloc(Math.min(READ_CHUNK, files[0].size));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    let lines = 0;
    let end = 0;
    for (let at = head.indexOf(10); at >= 0 && at < bytesRead; at = head.indexOf(10, at + 1)) [lines, end] = [lines + 1, at + 1];
    if (lines === 0) return 0;
    const bytes = files.reduce((sum, file) => sum + file.size, 0);
    return Math.min(MAX_LINE_ESTIMATE, Math.ceil(bytes * lines / end));
  } finally {
    await handle.close();
  }
}
async function* readBytes(file, onBytes, blocking = !isMainThread) {
  const raw = blocking && !file.gzip ? null : createReadStream(file.path, { highWaterMark: READ_CHUNK });
  try {
    if (raw === null) {
      yield* readBlocking(file, onBytes);
      return;
    }
    if (!file.gzip) {
      for await (const chunk of raw) {
        onBytes(chunk.length);
        yield chunk;
      }
      return;
    }
    const gunzip = createGunzip({ chunkSize: READ_CHUNK });
    raw.pipe(gunzip);
    raw.on("data", (chunk) => onBytes(chunk.length));
    raw.on("error", (error) => gunzip.destroy(error));
    try {
      yield* gunzip;
    } finally {
      gunzip.destroy();
    }
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`cannot read ${file.path}: ${error.message}`, { file: file.path }, { cause: error });
  } finally {
    raw?.destroy();
  }
}
function* readBlocking(file, onBytes) {
  const fd = openSync(file.path, "r");
  try {
    for (; ; ) {
      const block = Buffer.allocUnsafe(BLOCKING_READ_CHUNK);
      const read = readSync(fd, block, 0, BLOCKING_READ_CHUNK, null);
      if (read === 0) return;
      onBytes(read);
      yield read < BLOCKING_READ_CHUNK ? block.subarray(0, read) : block;
    }
  } finally {
    closeSync(fd);
  }
}
function invalidUtf8Error(file, text, index, linesBefore) {
  let line = linesBefore + 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return new DataError(
    "the file is not valid UTF-8 (or holds U+FFFD, the mark of an earlier failed decoding)",
    { file, line, column: index - lineStart + 1 },
    {
      hint: "convert it to UTF-8, for example with `iconv -f latin1 -t utf-8`"
    }
  );
}

// shared/data/column-ring.ts
var ring = null;
function useColumnRing(bytes) {
  ring = new ColumnRing(bytes);
  return ring;
}
function columnCopy(source, n) {
  const at = ring === null ? -1 : ring.take(n * source.BYTES_PER_ELEMENT);
  const Kind = source.constructor;
  if (at < 0) return source.slice(0, n);
  const copy = new Kind(ring.buffer, at, n);
  copy.set(source.subarray(0, n));
  return copy;
}
var ColumnRing = class {
  constructor(size) {
    this.size = size;
    this.buffer = new SharedArrayBuffer(size);
  }
  size;
  buffer;
  head = 0;
  tail = 0;
  /** Where each array taken and not given back ends, oldest first. */
  ends = [];
  /** Where `bytes` (rounded up to 8) start, or -1 when there is no room. */
  take(bytes) {
    const need = Math.ceil(bytes / 8) * 8;
    if (this.ends.length === 0) this.head = this.tail = 0;
    let at = -1;
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
  release(count) {
    for (let k = 0; k < count; k++) this.tail = this.ends.shift();
  }
  /** How many of a chunk's arrays lie in this ring. */
  countOf(arrays) {
    return arrays.filter((array) => array.buffer === this.buffer).length;
  }
};

// shared/data/read.ts
import { stat as stat2 } from "node:fs/promises";
import { Worker, isMainThread as isMainThread2 } from "node:worker_threads";

// shared/data/csv.ts
import { isUtf8 } from "node:buffer";

// shared/data/long-decimal.ts
var SPLITTER = 134217729;
var LOW_DIGITS = 8;
var MAX_SIGNIFICANT = 19;
var POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
var bits = new Float64Array(1);
var words = new Uint32Array(bits.buffer);
var HIGH = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1 ? 1 : 0;
function productError(a, b, product) {
  const ca = SPLITTER * a;
  const aHigh = ca - (ca - a);
  const aLow = a - aHigh;
  const cb = SPLITTER * b;
  const bHigh = cb - (cb - b);
  const bLow = b - bHigh;
  return aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
}
function halfSpacing(x, below) {
  bits[0] = x;
  const powerOfTwo = (words[HIGH] & 1048575) === 0 && words[1 - HIGH] === 0;
  words[HIGH] &= 2146435072;
  words[1 - HIGH] = 0;
  const half = bits[0] * 2 ** -53;
  return below && powerOfTwo ? half / 2 : half;
}
function longDecimal(data, start, end, digits, significant, scale) {
  if (significant > MAX_SIGNIFICANT || scale >= POWERS_OF_TEN.length) return NaN;
  let high = 0;
  let low = 0;
  for (let i = start, seen = 0; i < end; i++) {
    const digit = data[i] - 48;
    if (digit < 0 || digit > 9) continue;
    if (seen++ < digits - LOW_DIGITS) high = high * 10 + digit;
    else low = low * 10 + digit;
  }
  return longDecimalOfParts(high, LOW_DIGITS, low, significant, scale);
}
function longDecimalOfParts(high, lowDigits, low, significant, scale) {
  if (significant > MAX_SIGNIFICANT || scale >= POWERS_OF_TEN.length || lowDigits > LOW_DIGITS) return NaN;
  const lowScale = POWERS_OF_TEN[lowDigits];
  const scaled = high * lowScale;
  const scaledError = productError(high, lowScale, scaled);
  const mHigh = scaled + low;
  const mLow = low - (mHigh - scaled) + scaledError;
  const divisor = POWERS_OF_TEN[scale];
  const q1 = mHigh / divisor;
  const product = q1 * divisor;
  const remainder = mHigh - product - productError(q1, divisor, product) + mLow;
  const q2 = remainder / divisor;
  const value = q1 + q2;
  if (!(value >= 2 ** -900 && value < 2 ** 900)) return NaN;
  const q1Part = value - q2;
  const residual = q1 - q1Part + (q2 - (value - q1Part));
  const half = halfSpacing(value, residual < 0);
  return Math.abs(Math.abs(residual) - half) > half * 2 ** -40 ? value : NaN;
}

// shared/data/line-reader.ts
var KEEP_TEXT = 1;
var KEEP_NUMBER = 2;
var CACHE_SLOTS = 4096;
var CACHE_ENTRIES = 2048;
var CACHE_ARENA = 65536;
var CACHE_BYTES = 4 * CACHE_SLOTS + 16 * CACHE_ENTRIES + CACHE_ARENA + 8;
var MISS_ROOM = 4096;
var MISS_WORDS = 5;
var NUMBER_MISS = 2147483648;
var PAGE = 1 << 16;
var LF = 10;
var SMALL_BLOCK = 1 << 22;
var compiled = null;
var LineReader = class {
  /**
   * @param kinds Per physical column: 0 (skipped), KEEP_TEXT or KEEP_NUMBER.
   * @param keptIndex Per physical column, its kept column, or -1.
   * @param delimiter The delimiter's byte (ASCII).
   * @param wholeLines Whether the block's rows keep their line's start and end.
   */
  constructor(kinds, keptIndex, delimiter, wholeLines) {
    this.wholeLines = wholeLines;
    const width = kinds.length;
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
    compiled ??= new WebAssembly.Module(Buffer.from(LINE_READER_WASM, "base64"));
    const memory = this.memory = new WebAssembly.Memory({ initial: Math.ceil(at / PAGE) + 1 });
    this.exports = new WebAssembly.Instance(compiled, { reader: { memory } }).exports;
    const { buffer } = memory;
    new Uint8Array(buffer, kindsAt, width).set(kinds);
    new Int32Array(buffer, keptAt, width).set(keptIndex);
    new Float64Array(buffer, powersAt, POWERS_OF_TEN.length).set(POWERS_OF_TEN);
    this.exports.configure(width, delimiter, kindsAt, keptAt, this.columnsAt, powersAt, this.missesAt, this.missRoom, this.kept);
  }
  wholeLines;
  exports;
  memory;
  kept;
  /** Per kept column, whether it is a number column. */
  numberKept;
  columnsAt;
  missesAt;
  missRoom;
  cachesAt;
  blockAt;
  missWords = new Int32Array(0);
  /**
   * Copies a block's bytes in and lays out its columns, room for every row it can hold: a row takes at least two
   * bytes (one and its newline, or its last byte), and past SMALL_BLOCK bytes (a block with a long line carried over)
   * no more rows than lines. Returns the columns, valid until the next `load`.
   */
  load(data) {
    const capacity = data.length <= SMALL_BLOCK ? (data.length >> 1) + 1 : linesIn(data);
    const dataAt = this.blockAt;
    const linesAt = dataAt + align(data.length);
    const startsAt = linesAt + align(4 * capacity);
    const endsAt = startsAt + (this.wholeLines ? align(4 * capacity) : 0);
    let at = endsAt + (this.wholeLines ? align(4 * capacity) : 0);
    const numbersAt = [];
    const codesAt = [];
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
      numbers: numbersAt.map((address) => address === 0 ? null : new Float64Array(buffer, address, capacity)),
      codes: codesAt.map((address) => new Int32Array(buffer, address, capacity)),
      starts: this.wholeLines ? new Int32Array(buffer, startsAt, capacity) : null,
      ends: this.wholeLines ? new Int32Array(buffer, endsAt, capacity) : null
    };
  }
  /**
   * Reads usual lines of the loaded block from byte `pos` on, before `end`, into rows n, n + 1, ... (numbered from
   * line + 1). Returns how many; then `stop` is where the next line starts and `misses` what the rows left to read.
   */
  read(pos, end, n, capacity, line) {
    return this.exports.read(pos, end, n, capacity, line);
  }
  /** Where the last `read` stopped: an unusual line's start, or the end. */
  get stop() {
    return this.exports.stop();
  }
  /** Whether the last `read` stopped at a usual line for want of room for its misses (then read on from `stop`). */
  get full() {
    return this.exports.full() === 1;
  }
  /** The fields the last `read` left to the caller, in row and column order. */
  *misses() {
    const words2 = this.missWords;
    const count = this.exports.missCount();
    for (let j = 0; j < count; j++) {
      const at = MISS_WORDS * j;
      const end = words2[at + 3];
      yield { row: words2[at], k: words2[at + 1], start: words2[at + 2], end: end & ~NUMBER_MISS, number: end < 0, hash: words2[at + 4] };
    }
  }
  /** Caches text data[start, end) of kept column k (its hash, its code) for the next lines; false when the cache is full. */
  remember(k, start, end, hash, code) {
    return this.exports.remember(k, start, end, hash, code) === 1;
  }
};
function linesIn(data) {
  let lines = 1;
  for (let at = data.indexOf(LF); at !== -1; at = data.indexOf(LF, at + 1)) lines++;
  return lines;
}
function align(bytes) {
  return Math.ceil(bytes / 8) * 8;
}

// shared/data/csv.ts
var MIN_BATCH_ROWS = 1024;
var QUOTE = 34;
var DOT = 46;
var MINUS = 45;
var CR = 13;
var LF2 = 10;
var BOM = Buffer.from([239, 187, 191]);
var REPLACEMENT = Buffer.from("\uFFFD");
var MAX_INTERNED = 4096;
var MAX_INTERNED_BYTES = 1024;
var NUL = 0;
var CsvParser = class {
  constructor(file, options = {}) {
    this.file = file;
    const delimiter = options.delimiter ?? ",";
    this.select = options.select;
    this.numbers = options.numbers ?? /* @__PURE__ */ new Set();
    this.columnar = options.columnar === true;
    this.wholeLines = this.columnar && options.wholeLines === true;
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") {
      throw new ConfigError(`CSV delimiter must be one character other than a quote or newline, got ${JSON.stringify(delimiter)}`, {
        path: "/data/delimiter"
      });
    }
    this.delimiter = delimiter;
    this.delimiterByte = delimiter.charCodeAt(0) < 128 ? delimiter.charCodeAt(0) : -1;
    this.delimiterBytes = Buffer.from(delimiter);
    this.caps = lineCapsOf(options);
    this.pending = new LineBuffer(file, this.caps.maxLineBytes);
  }
  file;
  /** The first record, once parsed. */
  header;
  /** Names of the columns in each row: the header, or the selected part of it. */
  columns = [];
  /** Data records parsed so far and not yet taken; a record with the wrong field count is a `RowFault`. */
  rows = [];
  lines = [];
  /** Data records parsed so far, including ragged ones. */
  records = 0;
  delimiter;
  /** The delimiter's byte, or -1 when it is not ASCII (then lines are always decoded first). */
  delimiterByte;
  /** Bytes after the last newline seen: the start of a line that is not complete yet. */
  pending;
  caps;
  /** The delimiter's UTF-8 bytes, for checkLineLengths. */
  delimiterBytes;
  /** Characters of the open record so far, across its lines: held to the line cap. */
  openChars = 0;
  /** Whether the first bytes (and a BOM there) have been seen. */
  started = false;
  /** Per physical column, strings of the kept text columns by their bytes. */
  interned = [];
  /** Per physical column, its index among the kept columns, or -1. */
  keptIndex = null;
  columnar;
  wholeLines;
  /** Chunks ready to hand over, in order: column chunks, and rows before them. */
  ready = [];
  /** Text after the last newline seen, on the decoded path. */
  carry = "";
  line = 0;
  /** The record being parsed when a quoted field spans lines; null between records. */
  open = null;
  openValue = "";
  openLine = 0;
  quoteLine = 0;
  quoteColumn = 0;
  /** Kept columns' physical indices, ascending; null keeps all. */
  picked = null;
  /** Per physical column: KEEP_*, for the hot loop. */
  keep = null;
  /** plainColumns' reader of usual lines (WebAssembly), made for this header once it is known. */
  lineReader = null;
  select;
  numbers;
  /** Takes the next block of bytes; complete lines are parsed now, the rest when its newline arrives. */
  pushBytes(bytes) {
    const lines = this.pending.push(bytes, this.line + 1);
    if (lines !== null) this.completeLines(lines, 0, lines.length);
  }
  /** Complete lines `data[start, end)`, ending with a newline (or the input's last line). */
  completeLines(data, start, end) {
    if (!this.started) {
      this.started = true;
      if (end - start >= 3 && data[start] === BOM[0] && data[start + 1] === BOM[1] && data[start + 2] === BOM[2]) start += 3;
    }
    const region = data.subarray(start, end);
    const replaced = region.indexOf(REPLACEMENT);
    if (replaced !== -1 || !isUtf8(region)) {
      const text = region.toString("utf8");
      throw invalidUtf8Error(this.file, text, text.indexOf("\uFFFD"), this.line);
    }
    const nul = region.indexOf(NUL);
    if (nul !== -1) throw this.nulError(region, nul);
    checkLineLengths(
      region,
      0,
      region.length,
      this.line + 1,
      this.file,
      this.caps,
      this.delimiterBytes,
      (index) => this.header?.[index] ?? index + 1
    );
    if (this.header === void 0 || this.open !== null || this.keep === null || this.delimiterByte === -1 || region.indexOf(QUOTE) !== -1) {
      this.push(region.toString("utf8"));
    } else if (this.columnar) {
      this.plainColumns(region);
    } else {
      this.plainBytes(region);
    }
  }
  /** A NUL byte is never text: it makes a group value that renders like another, or a binary file read as CSV. */
  nulError(region, at) {
    let line = this.line + 1;
    let lineStart = 0;
    for (let i = region.indexOf(LF2); i !== -1 && i < at; i = region.indexOf(LF2, i + 1)) {
      line++;
      lineStart = i + 1;
    }
    const column = region.toString("utf8", lineStart, at).length + 1;
    return new DataError(
      "a NUL byte (\\0) in the data: a CSV file is text",
      { file: this.file, line, column },
      {
        hint: "is it a binary or UTF-16 file? Save it as UTF-8 CSV"
      }
    );
  }
  /** Decoded text made of complete lines (or the input's last line). */
  push(text) {
    if (text === "") return;
    const all = this.carry === "" ? text : this.carry + text;
    const invalid = all.indexOf("\uFFFD");
    if (invalid !== -1) throw invalidUtf8Error(this.file, all, invalid, this.line);
    const lines = all.split("\n");
    this.carry = lines.pop();
    if (this.header === void 0 || this.open !== null || all.indexOf('"') !== -1) this.anyLines(lines);
    else this.plainLines(lines, 0, lines.length);
  }
  /** Ends the input: parses a last line without a newline and fails on a quote still open. */
  end() {
    const rest = this.pending.rest();
    if (rest.length > 0 || !this.started) this.completeLines(rest, 0, rest.length);
    const last = this.carry;
    this.carry = "";
    if (last !== "") this.anyLines([last]);
    if (this.open !== null) {
      throw new DataError("unterminated quoted field: the quote opened here is never closed", {
        file: this.file,
        line: this.quoteLine,
        column: this.quoteColumn
      });
    }
  }
  /**
   * Hands over the chunks parsed so far; rows only once there are `minRows` of them (rows held back to fill a
   * batch survive young-generation collections, so a batch is about one read block).
   */
  take(minRows) {
    if (this.rows.length > 0 && this.rows.length >= minRows) this.queueRows();
    const taken = this.ready;
    this.ready = [];
    return taken;
  }
  queueRows() {
    if (this.rows.length === 0) return;
    this.ready.push({ columns: this.wholeLines ? this.header : this.columns, rows: this.rows, lines: this.lines });
    this.rows = [];
    this.lines = [];
  }
  /**
   * `plainBytes` into a ColumnChunk: the same lines, fields and faults, without an array or string per row. Usual
   * lines are read by the LineReader (WebAssembly); the fields it leaves (misses) are read here, and so is any other
   * line (blank, ragged, CRLF, a sign, an exponent, an empty number), byte by byte, each kept field by `columnField`.
   */
  plainColumns(data) {
    const delimiter = this.delimiterByte;
    const width = this.header.length;
    const keptIndex = this.keptIndex;
    const picked = this.picked;
    const interned = this.interned;
    const reader = this.lineReader ??= new LineReader(this.keep, keptIndex, delimiter, this.wholeLines);
    const { capacity, lines, numbers, codes, starts, ends } = reader.load(data);
    const overflow = picked.map(() => []);
    const texts = picked.map((column) => interned[column].strings);
    const interners = picked.map((column) => interned[column]);
    let faults = null;
    const end = data.length;
    let n = 0;
    let line = this.line;
    let pos = 0;
    while (pos < end) {
      const read = reader.read(pos, end, n, capacity, line);
      for (const miss of reader.misses()) {
        if (miss.number) {
          numbers[miss.k][miss.row] = Number(data.toString("latin1", miss.start, miss.end));
          continue;
        }
        const code = interners[miss.k].code(data, miss.start, miss.end, miss.hash);
        if (code !== -1) {
          codes[miss.k][miss.row] = code;
          reader.remember(miss.k, miss.start, miss.end, miss.hash, code);
        } else {
          codes[miss.k][miss.row] = -2 - overflow[miss.k].length;
          overflow[miss.k].push(data.toString("utf8", miss.start, miss.end));
        }
      }
      n += read;
      line += read;
      pos = reader.stop;
      if (reader.full || pos >= end) continue;
      line++;
      const lineStart = pos;
      let column = 0;
      let fieldStart = pos;
      let i = pos;
      for (; i < end; i++) {
        const byte = data[i];
        if (byte === delimiter) {
          if (column < width) {
            const k = keptIndex[column];
            if (k !== -1) columnField(data, fieldStart, i, k, n, numbers, codes, overflow, interned[column]);
          }
          column++;
          fieldStart = i + 1;
        } else if (byte === LF2) {
          break;
        }
      }
      const lineEnd = i > fieldStart && data[i - 1] === CR ? i - 1 : i;
      pos = i + 1;
      if (column === 0 && lineEnd === fieldStart) continue;
      if (column < width) {
        const k = keptIndex[column];
        if (k !== -1) columnField(data, fieldStart, lineEnd, k, n, numbers, codes, overflow, interned[column]);
      }
      column++;
      if (column !== width) (faults ??= /* @__PURE__ */ new Map()).set(n, ragged(column, width));
      if (starts !== null) {
        starts[n] = lineStart;
        ends[n] = lineEnd;
      }
      lines[n++] = line;
    }
    this.line = line;
    this.records += n;
    if (n > 0) {
      this.emitColumns(data, n, {
        lines: columnCopy(lines, n),
        numbers: numbers.map((column) => column && columnCopy(column, n)),
        codes: codes.map((column) => columnCopy(column, n)),
        texts,
        overflow,
        faults,
        starts: starts && starts.slice(0, n),
        ends: ends && ends.slice(0, n)
      });
    }
  }
  /** The block's first n rows as a ColumnChunk, after any rows queued before it. */
  emitColumns(data, n, block) {
    const { lines, numbers, codes, texts, overflow, faults, starts, ends } = block;
    this.queueRows();
    this.ready.push({
      columns: this.columns,
      length: n,
      lines: lines.subarray(0, n),
      numbers: numbers.map((column) => column && column.subarray(0, n)),
      codes: codes.map((column) => column.subarray(0, n)),
      texts,
      overflow,
      faults,
      ...starts !== null && { source: { bytes: data, starts: starts.subarray(0, n), ends: ends.subarray(0, n) } }
    });
  }
  /** Lines without any quote, after the header: the hot loops. */
  plainLines(lines, from, to) {
    if (this.keep === null || this.wholeLines) this.plainLinesAll(lines, from, to);
    else this.plainLinesKept(lines, from, to);
  }
  plainLinesAll(lines, from, to) {
    const delimiter = this.delimiter;
    const width = this.header.length;
    const rows = this.rows;
    const starts = this.lines;
    const before = rows.length;
    let line = this.line;
    for (let i = from; i < to; i++) {
      let text = lines[i];
      line++;
      const last = text.length - 1;
      if (last < 0) continue;
      if (text.charCodeAt(last) === CR) {
        if (last === 0) continue;
        text = text.slice(0, last);
      }
      const fields = text.split(delimiter);
      rows.push(fields.length === width ? fields : ragged(fields.length, width));
      starts.push(line);
    }
    this.records += rows.length - before;
    this.line = line;
  }
  /** The hot loop when only some columns are kept: finds every delimiter, slices only kept fields. */
  plainLinesKept(lines, from, to) {
    const delimiter = this.delimiter;
    const width = this.header.length;
    const keep = this.keep;
    const rows = this.rows;
    const starts = this.lines;
    const before = rows.length;
    let line = this.line;
    for (let i = from; i < to; i++) {
      const text = lines[i];
      line++;
      let end = text.length;
      if (end === 0) continue;
      if (text.charCodeAt(end - 1) === CR) {
        end--;
        if (end === 0) continue;
      }
      const row = [];
      let start = 0;
      let column = 0;
      for (; column < width - 1; column++) {
        const next = text.indexOf(delimiter, start);
        if (next === -1) break;
        const how2 = keep[column];
        if (how2 === KEEP_TEXT) row.push(text.slice(start, next));
        else if (how2 === KEEP_NUMBER) row.push(decimalOrText(text, start, next));
        start = next + 1;
      }
      starts.push(line);
      if (column < width - 1 || text.indexOf(delimiter, start) !== -1) {
        rows.push(ragged(text.slice(0, end).split(delimiter).length, width));
        continue;
      }
      const how = keep[column];
      if (how === KEEP_TEXT) row.push(text.slice(start, end));
      else if (how === KEEP_NUMBER) row.push(decimalOrText(text, start, end));
      rows.push(row);
    }
    this.records += rows.length - before;
    this.line = line;
  }
  /**
   * The hottest loop: quote-free lines of valid UTF-8 when only some columns are kept. One pass over the bytes
   * finds delimiters and newlines; kept fields become numbers or strings (see `byteField`).
   */
  plainBytes(data) {
    const delimiter = this.delimiterByte;
    const width = this.header.length;
    const keep = this.keep;
    const interned = this.interned;
    const rows = this.rows;
    const starts = this.lines;
    const before = rows.length;
    const end = data.length;
    let line = this.line;
    let pos = 0;
    while (pos < end) {
      line++;
      const row = [];
      let column = 0;
      let fieldStart = pos;
      let i = pos;
      for (; i < end; i++) {
        const byte = data[i];
        if (byte === delimiter) {
          const how = keep[column];
          if (how !== 0 && column < width) row.push(byteField(data, fieldStart, i, how, interned[column]));
          column++;
          fieldStart = i + 1;
        } else if (byte === LF2) {
          break;
        }
      }
      const lineEnd = i > fieldStart && data[i - 1] === CR ? i - 1 : i;
      pos = i + 1;
      if (column === 0 && lineEnd === fieldStart) continue;
      if (column < width) {
        const how = keep[column];
        if (how !== 0) row.push(byteField(data, fieldStart, lineEnd, how, interned[column]));
      }
      column++;
      starts.push(line);
      rows.push(column === width ? row : ragged(column, width));
    }
    this.records += rows.length - before;
    this.line = line;
  }
  /** Lines of a block with quotes somewhere (or the header): quote-free lines still take the hot loop. */
  anyLines(lines) {
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i];
      if (this.open === null && this.header !== void 0 && text.indexOf('"') === -1) {
        this.plainLines(lines, i, i + 1);
        continue;
      }
      const line = ++this.line;
      if (this.open !== null) {
        this.openChars += text.length + 1;
        if (this.openChars > this.caps.maxLineBytes) throw lineTooLong(this.file, this.openLine, this.caps.maxLineBytes);
        this.parseFrom(text, 0, true, line);
        continue;
      }
      if (text === "" || text.length === 1 && text.charCodeAt(0) === CR) continue;
      this.openChars = text.length + 1;
      this.open = [];
      this.openLine = line;
      this.parseFrom(text, 0, false, line);
    }
  }
  /**
   * Parses `text` from `at` into the open record. Returns with the record finished, or still open when
   * the line ends inside a quoted field (the newline then belongs to the field).
   */
  parseFrom(text, at, inQuote, line) {
    const delimiter = this.delimiter;
    const fields = this.open;
    let i = at;
    for (; ; ) {
      if (inQuote) {
        let value = this.openValue;
        for (; ; ) {
          const quote = text.indexOf('"', i);
          if (quote === -1) {
            this.openValue = value + text.slice(i) + "\n";
            return;
          }
          value += text.slice(i, quote);
          if (text.charCodeAt(quote + 1) === QUOTE) {
            value += '"';
            i = quote + 2;
          } else {
            i = quote + 1;
            break;
          }
        }
        this.openValue = "";
        if (value.length > this.caps.maxFieldBytes / 3 && Buffer.byteLength(value) > this.caps.maxFieldBytes) {
          throw fieldTooLong(this.file, this.openLine, this.header?.[fields.length] ?? fields.length + 1, this.caps.maxFieldBytes);
        }
        fields.push(value);
        inQuote = false;
        if (i >= text.length || i === text.length - 1 && text.charCodeAt(i) === CR) return this.finish();
        if (text[i] !== delimiter) {
          throw new DataError(`unexpected ${JSON.stringify(text[i])} after a closing quote; a quote inside a quoted field is written ""`, {
            file: this.file,
            line,
            column: i + 1
          });
        }
        i++;
      }
      if (i >= text.length) {
        fields.push("");
        return this.finish();
      }
      if (text.charCodeAt(i) === QUOTE) {
        this.quoteLine = line;
        this.quoteColumn = i + 1;
        inQuote = true;
        i++;
        continue;
      }
      const next = text.indexOf(delimiter, i);
      if (next === -1) {
        const end = text.charCodeAt(text.length - 1) === CR ? text.length - 1 : text.length;
        fields.push(text.slice(i, end));
        return this.finish();
      }
      fields.push(text.slice(i, next));
      i = next + 1;
    }
  }
  finish() {
    const fields = this.open;
    this.open = null;
    if (this.header === void 0) return this.setHeader(checkHeader(fields, this.file, this.openLine));
    this.records++;
    this.lines.push(this.openLine);
    if (fields.length !== this.header.length) this.rows.push(ragged(fields.length, this.header.length));
    else if (this.picked === null || this.wholeLines) this.rows.push(fields);
    else this.rows.push(this.picked.map((index) => fields[index]));
  }
  setHeader(header) {
    this.header = header;
    this.columns = header;
    if (this.select === void 0) return;
    const wanted = new Set(this.select(header));
    this.picked = [];
    this.keep = new Uint8Array(header.length);
    for (let i = 0; i < header.length; i++) {
      if (!wanted.has(header[i])) continue;
      this.picked.push(i);
      this.keep[i] = this.numbers.has(header[i]) ? KEEP_NUMBER : KEEP_TEXT;
    }
    this.interned = header.map((_, i) => this.keep[i] === 0 ? null : new Interner());
    this.keptIndex = new Int32Array(header.length).fill(-1);
    this.picked.forEach((physical, k) => this.keptIndex[physical] = k);
    this.columns = this.picked.map((index) => header[index]);
  }
};
function decimalOrText(text, start, end) {
  let i = start;
  const negative = text.charCodeAt(i) === MINUS;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let significant = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit >= 0 && digit <= 9) {
      mantissa = mantissa * 10 + digit;
      digits++;
      if (mantissa !== 0) significant++;
    } else if (digit === DOT - 48 && fraction === -1) {
      fraction = digits;
    } else {
      return text.slice(start, end);
    }
  }
  const scale = fraction === -1 ? 0 : digits - fraction;
  if (digits === 0 || significant > 15 || scale >= POWERS_OF_TEN.length) return text.slice(start, end);
  const value = mantissa / POWERS_OF_TEN[scale];
  return negative ? -value : value;
}
function byteField(data, start, end, how, interned) {
  if (how === KEEP_NUMBER) {
    const value = decimalBytes(data, start, end);
    if (value === value) return value;
  }
  const code = interned.code(data, start, end);
  return code === -1 ? data.toString("utf8", start, end) : interned.strings[code];
}
function columnField(data, start, end, k, n, numbers, codes, overflow, interned) {
  const column = numbers[k];
  if (column !== null) {
    const value = decimalBytes(data, start, end);
    column[n] = value;
    if (value === value) {
      codes[k][n] = -1;
      return;
    }
  }
  const code = interned.code(data, start, end);
  if (code !== -1) {
    codes[k][n] = code;
  } else {
    codes[k][n] = -2 - overflow[k].length;
    overflow[k].push(data.toString("utf8", start, end));
  }
}
function plainLongDecimal(data, start, end, digits, significant, scale) {
  const value = longDecimal(data, start, end, digits, significant, scale);
  return value === value ? value : Number(data.toString("latin1", start, end));
}
function decimalBytes(data, start, end) {
  let i = start;
  const negative = data[i] === MINUS;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let significant = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const digit = data[i] - 48;
    if (digit >= 0 && digit <= 9) {
      mantissa = mantissa * 10 + digit;
      digits++;
      if (mantissa !== 0) significant++;
    } else if (digit === DOT - 48 && fraction === -1) {
      fraction = digits;
    } else {
      return NaN;
    }
  }
  const scale = fraction === -1 ? 0 : digits - fraction;
  if (digits === 0) return NaN;
  if (significant > 15 || scale >= POWERS_OF_TEN.length) {
    const unsigned = plainLongDecimal(data, negative ? start + 1 : start, end, digits, significant, scale);
    return negative ? -unsigned : unsigned;
  }
  const value = mantissa / POWERS_OF_TEN[scale];
  return negative ? -value : value;
}
var Interner = class {
  /** Values by code. */
  strings = [];
  slots = new Int32Array(64);
  hashes = [];
  bytes = Buffer.allocUnsafe(256);
  offsets = [0];
  used = 0;
  /** Code of the text `data[start, end)` (whose `fnv` is `hash`), added when new; -1 when it is new and the table is full. */
  code(data, start, end, fnvHash = fnv(data, start, end)) {
    const hash = fnvHash | 0;
    const slots = this.slots;
    const mask = slots.length - 1;
    const length = end - start;
    let b = hash & mask;
    for (let found = slots[b]; found !== 0; b = b + 1 & mask, found = slots[b]) {
      const k = found - 1;
      if (this.hashes[k] !== hash) continue;
      const from = this.offsets[k];
      if (this.offsets[k + 1] - from !== length) continue;
      let same = true;
      for (let j = 0; j < length; j++) {
        if (this.bytes[from + j] !== data[start + j]) {
          same = false;
          break;
        }
      }
      if (same) return k;
    }
    if (this.strings.length >= MAX_INTERNED || length > MAX_INTERNED_BYTES) return -1;
    const text = data.toString("utf8", start, end);
    if (this.used + length > this.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(2 * this.bytes.length, this.used + length));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    data.copy(this.bytes, this.used, start, end);
    this.used += length;
    this.offsets.push(this.used);
    this.strings.push(text);
    this.hashes.push(hash);
    slots[b] = this.strings.length;
    if (2 * this.strings.length > slots.length) this.rehash();
    return this.strings.length - 1;
  }
  rehash() {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < this.strings.length; k++) {
      let b = this.hashes[k] & mask;
      while (slots[b] !== 0) b = b + 1 & mask;
      slots[b] = k + 1;
    }
    this.slots = slots;
  }
};
function fnv(data, start, end) {
  let hash = 2166136261;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ data[i], 16777619);
  return hash;
}
function ragged(fields, width) {
  return { reason: "ragged_row", column: "", value: `${fields} fields, header has ${width}` };
}
function checkHeader(names, file, line) {
  const seen = /* @__PURE__ */ new Map();
  for (let i = 0; i < names.length; i++) {
    const first = seen.get(names[i]);
    if (first !== void 0) {
      const shown = names[i].length > 64 ? `${names[i].slice(0, 63)}\u2026` : names[i];
      throw new DataError(`duplicate column name ${JSON.stringify(shown)} in the header (columns ${first + 1} and ${i + 1})`, {
        file,
        line,
        column: shown
      });
    }
    seen.set(names[i], i);
  }
  return names;
}
async function* readCsv(chunks, file, options = {}) {
  const parser = new CsvParser(file, options);
  for await (const chunk of chunks) {
    parser.pushBytes(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    yield* parser.take(MIN_BATCH_ROWS);
  }
  parser.end();
  if (parser.header === void 0) throw new DataError("empty file: no header and no rows", { file });
  if (parser.records === 0) throw new DataError("no data rows: the file has a header and nothing else", { file, line: 1 });
  yield* parser.take(0);
}

// shared/data/id-set.ts
var BUCKETS = 256;
var IdHashLog = class {
  /** Per bucket, hash pairs (high, low) side by side, `lengths[k]` entries used. */
  buckets = Array.from({ length: BUCKETS }, () => new Int32Array(32));
  lengths = new Int32Array(BUCKETS);
  add(id) {
    hashId(id);
    const a = hashHigh;
    const b = hashLow;
    const k = a >>> 24;
    let bucket = this.buckets[k];
    const used = this.lengths[k];
    if (used + 2 > bucket.length) {
      const grown = new Int32Array(bucket.length * 2);
      grown.set(bucket);
      this.buckets[k] = bucket = grown;
    }
    bucket[used] = a;
    bucket[used + 1] = b;
    this.lengths[k] = used + 2;
  }
  /** The hashes met more than once, as `hashKey` writes them; empty when every id is unique. */
  repeated() {
    const found = /* @__PURE__ */ new Set();
    let table = new Int32Array(0);
    for (let k = 0; k < BUCKETS; k++) {
      const bucket = this.buckets[k];
      const used = this.lengths[k];
      let slots = 16;
      while (slots < used) slots *= 2;
      if (table.length < 2 * slots) table = new Int32Array(2 * slots);
      else table.fill(0, 0, 2 * slots);
      const wrap = 2 * slots - 1;
      for (let j = 0; j < used; j += 2) {
        const a = bucket[j];
        const b = bucket[j + 1] === 0 && a === 0 ? 1 : bucket[j + 1];
        let at = (a >>> 8 & slots - 1) << 1;
        for (; ; at = at + 2 & wrap) {
          const high = table[at];
          const low = table[at + 1];
          if (high === 0 && low === 0) {
            table[at] = a;
            table[at + 1] = b;
            break;
          }
          if (high === a && low === b) {
            found.add(`${a},${bucket[j + 1]}`);
            break;
          }
        }
      }
    }
    return found;
  }
};
function hashKey(id) {
  hashId(id);
  return `${hashHigh},${hashLow}`;
}
var hashHigh = 0;
var hashLow = 0;
function hashId(id) {
  let a = 2166136261;
  let b = 2538058380;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 1540483477);
    b ^= b >>> 15;
  }
  hashHigh = mix(a ^ id.length);
  hashLow = mix(b);
}
function mix(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  return h ^ h >>> 16 | 0;
}

// shared/data/jsonl.ts
import { isUtf8 as isUtf82 } from "node:buffer";
var BATCH_ROWS = 4096;
var MAX_KEYS = 1e4;
var FAULT_CHARS = 200;
var BOM2 = Buffer.from([239, 187, 191]);
var REPLACEMENT2 = Buffer.from("\uFFFD");
var QUOTE2 = 34;
var BACKSLASH = 92;
var COLON = 58;
async function* readJsonl(chunks, file, options = {}) {
  const { select } = options;
  const caps = lineCapsOf(options);
  const pending = new LineBuffer(file, caps.maxLineBytes);
  const keys = [];
  const known = /* @__PURE__ */ new Set();
  let selected;
  let objects = [];
  let lines = [];
  let line = 0;
  let rows = 0;
  let started = false;
  const parse = (text) => {
    line++;
    if (text.trim() === "") return;
    rows++;
    lines.push(line);
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      objects.push(new JsonFault(text));
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      objects.push(new JsonFault(text));
      return;
    }
    let count = 0;
    for (const _key in value) count++;
    if (memberCount(text) !== count) throw duplicateKey(file, line, text);
    if (text.length > caps.maxFieldBytes / 3) checkMembers(value, file, line, caps.maxFieldBytes);
    objects.push(value);
    if (selected !== void 0) return;
    for (const key in value) {
      if (known.has(key)) continue;
      if (known.size === MAX_KEYS) throw new DataError(`more than ${MAX_KEYS} distinct keys across the lines`, { file, line });
      known.add(key);
      keys.push(key);
    }
  };
  const chunk = () => {
    selected ??= select === void 0 ? void 0 : select(keys.slice());
    const columns = selected ?? keys.slice();
    const table = {
      columns,
      // Own keys only: a line without `constructor` has no such column, whatever Object.prototype holds.
      rows: objects.map(
        (object) => object instanceof JsonFault ? object : columns.map((key) => Object.hasOwn(object, key) ? object[key] : void 0)
      ),
      lines
    };
    objects = [];
    lines = [];
    return table;
  };
  const complete = (bytes) => {
    let region = bytes;
    if (!started) {
      started = true;
      if (region.length >= 3 && region[0] === BOM2[0] && region[1] === BOM2[1] && region[2] === BOM2[2]) region = region.subarray(3);
    }
    if (region.indexOf(REPLACEMENT2) !== -1 || !isUtf82(region)) {
      const text = region.toString("utf8");
      throw invalidUtf8Error(file, text, text.indexOf("\uFFFD"), line);
    }
    checkLineLengths(region, 0, region.length, line + 1, file, caps, null, (index) => index + 1);
    const parts = region.toString("utf8").split("\n");
    if (parts[parts.length - 1] === "") parts.pop();
    for (const part of parts) parse(part);
  };
  for await (const block of chunks) {
    const lineRun = pending.push(typeof block === "string" ? Buffer.from(block) : block, line + 1);
    if (lineRun !== null) complete(lineRun);
    if (objects.length >= BATCH_ROWS) yield chunk();
  }
  const rest = pending.rest();
  if (rest.length > 0) complete(rest);
  if (rows === 0) throw new DataError("empty file: no JSON lines", { file });
  if (objects.length > 0) yield chunk();
}
function memberCount(text) {
  let depth = 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE2) {
      i = stringEnd(text, i);
    } else if (c === COLON) {
      if (depth === 1) count++;
    } else if (c === 123 || c === 91) {
      depth++;
    } else if (c === 125 || c === 93) {
      depth--;
    }
  }
  return count;
}
function stringEnd(text, open2) {
  for (let quote = text.indexOf('"', open2 + 1); ; quote = text.indexOf('"', quote + 1)) {
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote;
  }
}
function duplicateKey(file, line, text) {
  const seen = /* @__PURE__ */ new Set();
  let depth = 0;
  let lastString = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE2) {
      const end = stringEnd(text, i);
      lastString = JSON.parse(text.slice(i, end + 1));
      i = end;
    } else if (c === COLON && depth === 1) {
      if (seen.has(lastString)) {
        const shown = lastString.length > 40 ? `${lastString.slice(0, 39)}\u2026` : lastString;
        return new DataError(
          `the key ${JSON.stringify(shown)} appears twice in one object`,
          { file, line, column: shown },
          {
            hint: "each key is a column and may appear once per line"
          }
        );
      }
      seen.add(lastString);
    } else if (c === 123 || c === 91) {
      depth++;
    } else if (c === 125 || c === 93) {
      depth--;
    }
  }
  return new DataError("an object with a key twice", { file, line });
}
function checkMembers(value, file, line, cap) {
  let index = 0;
  for (const key in value) {
    index++;
    const member = value[key];
    const text = typeof member === "string" ? member : typeof member === "object" && member !== null ? JSON.stringify(member) : "";
    if (Buffer.byteLength(key) > cap) throw fieldTooLong(file, line, index, cap);
    if (text.length > cap / 3 && Buffer.byteLength(text) > cap) throw fieldTooLong(file, line, key.length > 40 ? index : key, cap);
  }
}
var JsonFault = class {
  reason = "bad_json";
  column = "";
  value;
  constructor(text) {
    this.value = text.length > FAULT_CHARS ? `${text.slice(0, FAULT_CHARS - 1)}\u2026` : text;
  }
};

// shared/config/bindings.ts
function checkBindings(bindings) {
  const { task, score, prediction, classes } = bindings;
  if (score === void 0 && prediction === void 0) {
    throw new ConfigError("bind data.score or data.prediction: there is nothing to evaluate", { path: "/data" });
  }
  if (task !== "multiclass" && Array.isArray(score)) {
    throw new ConfigError(`data.score is a list of columns, which only a multiclass task has (task is ${task})`, { path: "/data/score" });
  }
  if (task === "binary" && classes !== void 0 && classes.length !== 2) {
    throw new ConfigError(`a binary task has two classes [negative, positive], got ${classes.length}`, { path: "/data/classes" });
  }
  if (task === "binary" && !(bindings.threshold >= 0 && bindings.threshold <= 1)) {
    throw new ConfigError(`data.threshold must be within [0, 1], got ${bindings.threshold}`, { path: "/data/threshold" });
  }
  if (task === "multiclass") {
    if (classes === void 0 || classes.length < 2) {
      throw new ConfigError("a multiclass task needs data.classes: the class labels, in score order", { path: "/data/classes" });
    }
    if (Array.isArray(score) && score.length !== classes.length) {
      throw new ConfigError(`data.score names ${score.length} columns for ${classes.length} classes`, { path: "/data/score" });
    }
  }
}

// shared/data/types.ts
var MEMORY_FORMAT = "memory";

// shared/data/read.ts
var SAMPLES = 5;
var SAMPLE_CHARS = 40;
var MAX_GROUP_VALUE_CHARS = 1e3;
var INVISIBLE_IN_VALUE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
var COMMON_DELIMITERS = [",", ";", "	", "|"];
function readTable(paths, options, columns) {
  const state = new ReadState(options);
  const select = columns && ((file, available) => {
    for (const name of columns) if (!available.includes(name)) throw missingColumn(file, available, "column", name);
    return columns;
  });
  async function* batches() {
    for await (const { file, chunk: any } of scan(paths, options, state, select)) {
      const batch = usableRows(file, any, state);
      if (batch !== null) yield batch;
    }
  }
  const iterator = batches();
  return { [Symbol.asyncIterator]: () => iterator, summary: () => state.summary() };
}
function usableRows(file, chunk, state) {
  let rows = chunk.rows;
  let lines = chunk.lines;
  if (!rows.every(Array.isArray)) {
    rows = [];
    lines = [];
    chunk.rows.forEach((row, i) => {
      if (Array.isArray(row)) {
        rows.push(row);
        lines.push(chunk.lines[i]);
      } else {
        state.skip(row.reason, file.path, chunk.lines[i], row.column, row.value, rows.length);
      }
    });
  }
  state.rowsUsed += rows.length;
  return rows.length > 0 ? { file: file.path, columns: chunk.columns, rows, lines } : null;
}
function readTableLines(paths, options, columns) {
  return readChosenColumns(paths, options, columns, void 0, true);
}
function readTableColumns(paths, options, columns, numbers) {
  return readChosenColumns(paths, options, columns, numbers, false);
}
function readChosenColumns(paths, options, columns, numbers, wholeLines) {
  const state = new ReadState(options);
  const headers = /* @__PURE__ */ new Map();
  const select = (file, available) => {
    headers.set(file.path, available);
    return file.format === "csv" ? columns.filter((name) => available.includes(name)) : available;
  };
  async function* batches() {
    for await (const { file, chunk } of scan(paths, options, state, select, numbers, true, wholeLines)) {
      if ("codes" in chunk) {
        if (wholeLines && chunk.source === void 0) throw new Error("a column chunk without its lines");
        let faulty = 0;
        if (chunk.faults !== null) {
          for (const [i, fault] of chunk.faults)
            state.skip(fault.reason, file.path, chunk.lines[i], fault.column, fault.value, i - faulty++);
          faulty = chunk.faults.size;
        }
        state.rowsUsed += chunk.length - faulty;
        if (chunk.length > faulty)
          yield wholeLines ? { file: file.path, header: headers.get(file.path), delimiter: file.delimiter ?? ",", chunk } : { file: file.path, chunk };
        continue;
      }
      const batch = usableRows(file, chunk, state);
      if (batch !== null) yield batch;
    }
  }
  const iterator = batches();
  return { [Symbol.asyncIterator]: () => iterator, summary: () => state.summary() };
}
function readExampleColumns(paths, bindings, options, columnar = true) {
  const state = new ReadState(options);
  let madeOnThread = null;
  async function* batches() {
    const maker = new ExampleMaker(bindings, state, options.maxGroupValues ?? DEFAULT_MAX_GROUP_VALUES, options.reuseBatches === true);
    const script = columnar && !isMemoryTable(paths) ? await readerScript(paths, options) : null;
    if (script !== null && options.bootstrap) {
      yield* readInWorker(script, paths, bindings, options, (summary) => madeOnThread = summary);
      return;
    }
    const chunks = script !== null ? scanInWorker(script, paths, bindings, options, state) : scan(paths, options, state, selectBound(maker.columns), maker.numbers, columnar);
    const bootstrap = options.bootstrap;
    for await (const { file, chunk } of chunks) {
      const columns = maker.make(file.path, chunk);
      if (columns.length === 0) continue;
      if (bootstrap && !(bootstrap.stop && Atomics.load(bootstrap.stop, 0) === 1))
        columns.replicateWeights = poissonWeightBlock(columns.length, (i) => keyAt(columns, i), bootstrap.seed, bootstrap.replicates);
      yield columns;
    }
    const repeated = maker.ids?.repeated();
    if (repeated !== void 0 && repeated.size > 0) await findDuplicate(paths, options, bindings.id, repeated);
  }
  return { batches: batches(), summary: () => madeOnThread ?? state.summary() };
}
function selectBound(columns) {
  return (file, available) => {
    for (const [role, name] of columns) if (!available.includes(name)) throw missingColumn(file, available, role, name);
    return columns.map(([, name]) => name);
  };
}
function scanBoundColumns(paths, bindings, options) {
  const state = new ReadState(options);
  const { columns, numbers } = boundColumns(bindings);
  return { chunks: scan(paths, options, state, selectBound(columns), numbers, true), summary: () => state.summary() };
}
async function findDuplicate(paths, options, column, repeated) {
  const lean = {
    format: options.format,
    delimiter: options.delimiter,
    maxLineBytes: options.maxLineBytes,
    maxFieldBytes: options.maxFieldBytes,
    maxBadRows: Number.MAX_SAFE_INTEGER
  };
  const first = /* @__PURE__ */ new Map();
  for await (const batch of readTable(paths, lean, [column])) {
    for (let i = 0; i < batch.rows.length; i++) {
      const value = batch.rows[i][0];
      if (isMissing(value)) continue;
      const id = asText(value);
      if (!repeated.has(hashKey(id))) continue;
      const before = first.get(id);
      const here = { file: batch.file, line: batch.lines[i] };
      if (before === void 0) {
        first.set(id, here);
        continue;
      }
      const where = before.file === here.file ? `lines ${before.line} and ${here.line}` : `${before.file}:${before.line} and ${here.file}:${here.line}`;
      throw new DataError(
        `data.id is not unique: ${JSON.stringify(shorten(id))} is the id of ${where}`,
        { file: here.file, line: here.line, column },
        {
          hint: "the id pairs rows with the baseline and seeds their bootstrap weights, so each row needs its own; bind another column, or leave data.id out to pair rows by position"
        }
      );
    }
  }
}
var WORKER_MIN_BYTES = 16 * 2 ** 20;
async function readerScript(paths, options, name = "read") {
  const worker = isMainThread2 ? workerScript(name, "MODELGATE_READ_WORKER") : null;
  if (worker === null) return null;
  const files = await resolveFiles(paths, options).catch(() => null);
  if (files === null || files.some((file) => file.format !== "csv")) return null;
  return worker.forced || files.reduce((sum, file) => sum + file.size, 0) >= WORKER_MIN_BYTES ? worker.script : null;
}
function workerError(error) {
  return error instanceof ModelgateError ? { kind: error.kind, message: error.message, location: error.location, hint: error.hint, samples: error.samples } : { message: error instanceof Error ? error.stack ?? error.message : String(error) };
}
function chunkPoster() {
  let sentTexts = [];
  let sentCounts = [];
  return (chunk) => {
    if (!("codes" in chunk)) return { posted: { kind: "rows", chunk }, transfer: [], bytes: 16 * chunk.rows.length * chunk.columns.length };
    const { texts, ...columns } = chunk;
    const fresh = texts.map((strings, k) => strings !== sentTexts[k]);
    const newTexts = texts.map((strings, k) => strings.slice(fresh[k] ? 0 : sentCounts[k]));
    sentTexts = texts;
    sentCounts = texts.map((strings) => strings.length);
    const arrays = [columns.lines, ...columns.codes, ...columns.numbers.filter((column) => column !== null)];
    const transfer = arrays.map((array) => array.buffer).filter((buffer) => !(buffer instanceof SharedArrayBuffer));
    return {
      posted: { kind: "columns", chunk: columns, newTexts, fresh },
      transfer,
      bytes: arrays.reduce((sum, array) => sum + array.byteLength, 0)
    };
  };
}
function chunkReceiver() {
  let texts = [];
  return (posted) => {
    if (posted.kind === "rows") return posted.chunk;
    if (posted.fresh.some((fresh) => fresh)) texts = texts.slice();
    posted.newTexts.forEach((added, k) => {
      if (posted.fresh[k]) texts[k] = added;
      else for (const text of added) texts[k].push(text);
    });
    return { ...posted.chunk, texts };
  };
}
async function* readingThread(script, paths, bindings, options) {
  const { onProgress, ...rest } = options;
  const request = { paths, bindings, options: rest, progress: onProgress !== void 0 };
  const worker = new Worker(script, { workerData: request });
  const inbox = [];
  let wake = null;
  const deliver = (message) => {
    inbox.push(message);
    wake?.();
  };
  worker.on("message", deliver);
  worker.on("error", (cause) => deliver({ type: "failed", cause }));
  worker.on(
    "exit",
    (code) => deliver({ type: "failed", cause: new Error(`the CSV reading thread stopped (exit code ${code}) before the end of the data`) })
  );
  const budget = new MemoryBudget();
  try {
    for (; ; ) {
      while (inbox.length === 0) await new Promise((resolve2) => wake = resolve2);
      wake = null;
      const message = inbox.shift();
      if (message.type === "chunk" || message.type === "batch") {
        budget.check({});
        yield message;
        worker.postMessage("next");
      } else if (message.type === "progress") {
        onProgress?.(message.progress);
      } else if (message.type === "end") {
        yield message;
        return;
      } else if (message.type === "error") {
        throw rebuiltError(message.error);
      } else {
        throw message.cause;
      }
    }
  } finally {
    await worker.terminate();
  }
}
async function* scanInWorker(script, paths, bindings, options, state) {
  const receive = chunkReceiver();
  for await (const message of readingThread(script, paths, bindings, options)) {
    state.takeScanCounts(message.summary);
    if (message.type === "chunk") yield { file: { path: message.file }, chunk: receive(message.posted) };
  }
}
async function* readInWorker(script, paths, bindings, options, onSummary) {
  const groupValues = bindings.groups.map(() => []);
  const sliceValues = bindings.slices.map(() => []);
  for await (const message of readingThread(script, paths, bindings, options)) {
    onSummary(message.summary);
    if (message.type !== "batch") continue;
    message.newGroupValues.forEach((values, k) => groupValues[k].push(...values));
    message.newSliceValues.forEach((values, k) => sliceValues[k].push(...values));
    yield { ...message.columns, groupValues, sliceValues };
  }
}
function rebuiltError(error) {
  if (error.kind === void 0) return new Error(error.message);
  const extra = { hint: error.hint, samples: error.samples };
  if (error.kind === "ConfigError") return new ConfigError(error.message, error.location, extra);
  if (error.kind === "SourceError") return new SourceError(error.message, error.location, extra);
  return new DataError(error.message, error.location, extra);
}
var MISSING_GROUP_FIX = 'fill the group column, or set data.missing_group: "<label>" to treat rows without a value as a group of their own';
function badRowFix(reason) {
  switch (reason) {
    case "unknown_label":
      return "binary labels must be 1/0, true/false or yes/no: for other values name the positive one with data.positive_label (the one other value is negative) or list both as data.classes: [negative, positive]; multiclass labels must be among data.classes";
    case "non_numeric_label":
      return "regression labels must be numbers";
    case "non_numeric_score":
      return "scores must be numbers: probabilities in [0, 1] (regression: the predicted value)";
    case "score_out_of_range":
      return "scores must be probabilities in [0, 1]: divide scores in percent (87.5) by 100 before the gate reads them, and bind hard 0/1 predictions as data.prediction";
    case "bad_weight":
      return `fix the weights (${WEIGHT_RANGE})`;
    case "missing_value":
      return "fill the missing values";
    default:
      return "fix the rows";
  }
}
function badRowHint(fix, allBad) {
  if (allBad > 0)
    return `every row read so far is bad (${allBad} of ${allBad}), so skipping them with data.max_bad_rows would leave no usable rows; ${fix}`;
  return `${fix}; or, if only a few rows are bad, allow skipping them with data.max_bad_rows (skipped rows are counted in the report)`;
}
var ReadState = class {
  constructor(options) {
    this.options = options;
    this.format = options.format ?? "csv";
  }
  options;
  files = [];
  format;
  rowsRead = 0;
  rowsUsed = 0;
  bytes = 0;
  totalBytes = 0;
  skipped = 0;
  rowsSkipped = {};
  samples = [];
  started = Date.now();
  lastProgress = this.started;
  /** @param usedInBatch rows of the batch being read that were kept before this one (not yet in rowsUsed). */
  skip(reason, file, line, column, value, usedInBatch = 0, fix) {
    this.skipped++;
    this.rowsSkipped[reason] = (this.rowsSkipped[reason] ?? 0) + 1;
    const sample = { reason, file, line, column, value: shorten(value) };
    if (this.samples.length < SAMPLES) this.samples.push(sample);
    if (this.skipped <= this.options.maxBadRows) return;
    const where = column === "" ? "" : ` in column ${JSON.stringify(column)}`;
    throw new DataError(
      `bad row (${reason})${where}: ${JSON.stringify(sample.value)}${reason === "bad_weight" ? ` (${WEIGHT_RANGE})` : ""}; ${this.skipped} bad rows, more than data.max_bad_rows = ${this.options.maxBadRows}`,
      { file, line, column: column === "" ? void 0 : column },
      {
        hint: badRowHint(fix ?? badRowFix(reason), this.rowsUsed + usedInBatch === 0 ? this.skipped : 0),
        samples: this.samples.map((row) => `${row.file}:${row.line} ${row.reason} ${JSON.stringify(row.value)}`)
      }
    );
  }
  progress(file, last = false) {
    const report = this.options.onProgress;
    if (report === void 0) return;
    const now = Date.now();
    if (!last && now - this.lastProgress < (this.options.progressIntervalMs ?? 3e3)) return;
    this.lastProgress = now;
    const progress = {
      file,
      rows: this.rowsRead,
      bytes: this.bytes,
      totalBytes: this.totalBytes,
      rowsPerSecond: this.rowsRead * 1e3 / Math.max(1, now - this.started)
    };
    report(progress);
  }
  /** The counts of a scan run on another thread (scanInWorker), from its summary; the rows' checks are this thread's. */
  takeScanCounts(summary) {
    ({ files: this.files, format: this.format, rowsRead: this.rowsRead, bytes: this.bytes } = summary);
  }
  summary() {
    return {
      files: this.files.slice(),
      format: this.format,
      rowsRead: this.rowsRead,
      rowsUsed: this.rowsUsed,
      rowsSkipped: { ...this.rowsSkipped },
      skippedSamples: this.samples.slice(),
      bytes: this.bytes
    };
  }
};
async function statOf(file) {
  try {
    return await stat2(file.path);
  } catch (error) {
    throw new DataError(`cannot read ${file.path}: ${error.message}`, { file: file.path }, { cause: error });
  }
}
async function* scan(paths, options, state, select, numbers, columnar = false, wholeLines = false) {
  if (isMemoryTable(paths)) {
    yield* scanMemory(paths, state, select);
    return;
  }
  const files = await resolveFiles(paths, options);
  state.files = files.map((file) => file.path);
  state.format = files[0].format;
  state.totalBytes = files.reduce((sum, file) => sum + file.size, 0);
  const caps = lineCapsOf(options);
  const budget = new MemoryBudget();
  for (const file of files) {
    const bytesBefore = state.bytes;
    const before = await statOf(file);
    const onBytes = (bytes) => state.bytes += bytes;
    const selectHere = select && ((available) => select(file, available));
    const chunks = file.format === "csv" ? readCsv(readBytes(file, onBytes), file.path, {
      ...caps,
      delimiter: file.delimiter,
      select: selectHere,
      numbers,
      columnar,
      wholeLines
    }) : file.format === "jsonl" ? readJsonl(readBytes(file, onBytes), file.path, { ...caps, select: selectHere }) : (
      // Loaded when needed: hyparquet is most of the start-up of a gate that reads no Parquet.
      (await import("./parquet-MSMTKT5P.js")).readParquet(file.path, selectHere, onBytes, caps.maxFieldBytes)
    );
    for await (const chunk of chunks) {
      const rows = "codes" in chunk ? chunk.length : chunk.rows.length;
      state.rowsRead += rows;
      budget.check({ file: file.path, line: chunk.lines[rows - 1] });
      yield { file, chunk };
      state.progress(file.path);
    }
    const after = await statOf(file);
    if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || after.ctimeMs !== before.ctimeMs || after.ino !== before.ino) {
      const change = after.size === before.size ? "rewritten" : `${after.size > before.size ? "grown" : "cut"} from ${before.size} to ${after.size} bytes`;
      throw new DataError(
        `the file changed while it was read (${change}): its rows match neither version`,
        { file: file.path },
        {
          hint: "let whatever writes it finish before the gate reads it"
        }
      );
    }
    state.bytes = bytesBefore + before.size;
  }
  state.progress(files[files.length - 1].path, true);
}
function isMemoryTable(source) {
  return typeof source === "object" && !Array.isArray(source);
}
var MEMORY_CHUNK_ROWS = 4096;
async function* scanMemory(table, state, select) {
  state.files = [table.name];
  state.format = MEMORY_FORMAT;
  const columns = select ? select({ path: table.name, format: MEMORY_FORMAT }, table.columns) : table.columns;
  const values = columns.map((name) => table.values[table.columns.indexOf(name)]);
  const { origins } = table;
  const length = origins.length;
  for (const column of table.values)
    if (column.length !== length) throw new Error(`${table.name}: a column of ${column.length} values for ${length} rows`);
  const budget = new MemoryBudget();
  for (let start = 0; start < length; ) {
    const file = origins[start].file;
    let end = start + 1;
    while (end < length && end - start < MEMORY_CHUNK_ROWS && origins[end].file === file) end++;
    const rows = [];
    const lines = [];
    for (let i = start; i < end; i++) {
      rows.push(values.map((column) => column[i]));
      lines.push(origins[i].line);
    }
    state.rowsRead += rows.length;
    budget.check({ file, line: lines[lines.length - 1] });
    yield { file: { path: file, format: MEMORY_FORMAT }, chunk: { columns, rows, lines } };
    state.progress(table.name);
    start = end;
  }
  state.progress(table.name, true);
}
function boundColumns(bindings) {
  checkBindings(bindings);
  const { label, score, prediction, weight, id, groups, slices } = bindings;
  const columns = [["label", label]];
  for (const name of typeof score === "string" ? [score] : score ?? []) columns.push(["score", name]);
  if (prediction !== void 0) columns.push(["prediction", prediction]);
  if (weight !== void 0) columns.push(["weight", weight]);
  if (id !== void 0) columns.push(["id", id]);
  for (const name of groups) columns.push(["groups", name]);
  for (const name of slices) columns.push(["slices", name]);
  const numbers = /* @__PURE__ */ new Set();
  const numeric = (name) => name !== void 0 && numbers.add(name);
  if (bindings.task !== "multiclass") numeric(score);
  else if (Array.isArray(score)) score.forEach(numeric);
  if (bindings.task === "regression") [bindings.label, bindings.prediction].forEach(numeric);
  if (bindings.task === "binary" && bindings.classes === void 0 && bindings.positiveLabel === void 0) numeric(bindings.label);
  numeric(bindings.weight);
  for (const name of [id, ...groups, ...slices]) if (name !== void 0) numbers.delete(name);
  return { columns, numbers };
}
var ExampleMaker = class {
  constructor(bindings, state, maxGroupValues, reuse = false) {
    this.bindings = bindings;
    this.state = state;
    this.maxGroupValues = maxGroupValues;
    this.reuse = reuse;
    ({ columns: this.columns, numbers: this.numbers } = boundColumns(bindings));
    const { score, id } = bindings;
    this.labels = bindings.task === "multiclass" ? new ClassLabels(bindings.classes) : new BinaryLabels(bindings);
    this.classCount = bindings.classes?.length ?? 0;
    this.scoreArray = typeof score === "string";
    this.groupValues = bindings.groups.map(() => []);
    this.sliceValues = bindings.slices.map(() => []);
    this.groupCodes = bindings.groups.map(() => /* @__PURE__ */ new Map());
    this.sliceCodes = bindings.slices.map(() => /* @__PURE__ */ new Map());
    this.rowGroups = new Int32Array(bindings.groups.length);
    this.rowSlices = new Int32Array(bindings.slices.length);
    this.ids = id === void 0 ? null : new IdHashLog();
  }
  bindings;
  state;
  maxGroupValues;
  reuse;
  /** Every bound column with its role, in binding order. */
  columns;
  /** Columns whose plain decimals a text reader may hand over as numbers; their text would only be converted here. */
  numbers;
  labels;
  classCount;
  scoreArray;
  position = 0;
  positionsFor;
  positions;
  file = "";
  line = 0;
  /** The ids met so far, when one is bound. */
  ids;
  /** Group and slice values by code, and codes by value, for the whole read. */
  groupValues;
  sliceValues;
  groupCodes;
  sliceCodes;
  /** The batch being made. */
  out;
  /** Codes of the row being finished, written once the row is accepted. */
  rowGroups;
  rowSlices;
  /** Per kept column of the current CSV file, a cache from the file's text codes to group or slice codes. */
  codeCache = [];
  codeCacheFor;
  /** With `reuse`, the arrays of the last batch, made again for the next (see ReadOptions.reuseBatches). */
  spare = null;
  make(file, chunk) {
    if (chunk.columns !== this.positionsFor) {
      this.positions = positionsOf(this.bindings, chunk.columns);
      this.positionsFor = chunk.columns;
    }
    this.file = file;
    const length = "codes" in chunk ? chunk.length : chunk.rows.length;
    const { task } = this.bindings;
    this.out = {
      length: 0,
      ...this.arraysFor(length),
      scores: task === "multiclass" ? [] : null,
      id: this.bindings.id === void 0 ? null : [],
      position: this.position,
      groupValues: this.groupValues,
      sliceValues: this.sliceValues
    };
    if ("codes" in chunk) this.makeFromColumns(chunk);
    else this.makeFromRows(chunk);
    const out = this.out;
    const n = out.length;
    this.state.rowsUsed += n;
    return {
      ...out,
      label: out.label.subarray(0, n),
      score: out.score.subarray(0, n),
      prediction: out.prediction.subarray(0, n),
      weight: out.weight.subarray(0, n),
      groups: out.groups.map((codes) => codes.subarray(0, n)),
      slices: out.slices.map((codes) => codes.subarray(0, n))
    };
  }
  /** A batch's number and code columns for `length` rows: new, or with `reuse` the last batch's when they are long enough. */
  arraysFor(length) {
    if (this.spare !== null && this.spare.label.length >= length) return this.spare;
    const { groups, slices } = this.bindings;
    const arrays = {
      label: new Float64Array(length),
      score: new Float64Array(length),
      prediction: new Float64Array(length),
      weight: new Float64Array(length),
      groups: groups.map(() => new Int32Array(length)),
      slices: slices.map(() => new Int32Array(length))
    };
    if (this.reuse) this.spare = arrays;
    return arrays;
  }
  makeFromRows(chunk) {
    const { rows, lines } = chunk;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      this.line = lines[i];
      if (!Array.isArray(row)) this.state.skip(row.reason, this.file, this.line, row.column, row.value, this.out.length);
      else this.row(row);
    }
  }
  row(row) {
    const task = this.bindings.task;
    if (task === "binary") this.binary(row);
    else if (task === "multiclass") this.multiclass(row);
    else this.regression(row);
  }
  /**
   * Rows of a column chunk. The common binary row (a 0/1 label, a score in range, a threshold prediction, a
   * plain weight, values for every group and slice) is taken straight from the columns; any other row is
   * rebuilt as an array and goes through the same checks as rows do, so both paths accept and reject alike.
   */
  makeFromColumns(chunk) {
    const at = this.positions;
    const bindings = this.bindings;
    const { codes, lines, faults } = chunk;
    if (chunk.texts !== this.codeCacheFor) {
      this.codeCache = chunk.columns.map(() => new Int32Array(0));
      this.codeCacheFor = chunk.texts;
    }
    const fast = this.takesColumns(chunk);
    const { labels, scores, weights, labelCodes, scoreCodes, weightCodes, idCodes } = roleColumns(chunk, at);
    const threshold = bindings.threshold;
    const out = this.out;
    const { label: outLabel, score: outScore, prediction: outPrediction, weight: outWeight } = out;
    const categories = [...at.groups, ...at.slices];
    const categoryCodes = categories.map((column) => codes[column]);
    const categoryCaches = categories.map((column) => this.codeCacheOf(column, chunk.texts[column].length));
    const categoryOut = [...out.groups, ...out.slices];
    let n = out.length;
    for (let i = 0; i < chunk.length; i++) {
      const fault = faults?.get(i);
      if (fault !== void 0) {
        this.state.skip(fault.reason, this.file, lines[i], fault.column, fault.value, n);
        continue;
      }
      if (fast && labelCodes[i] === -1 && scoreCodes[i] === -1 && (weights === null || weightCodes[i] === -1)) {
        const label = labels[i];
        const score = scores[i];
        const weight = weights === null ? 1 : weights[i];
        let usual2 = (label === 0 || label === 1) && score >= 0 && score <= 1 && isAcceptedWeight(weight) && (idCodes === null || textAt(chunk, at.id, i) !== "");
        for (let c = 0; usual2 && c < categories.length; c++) {
          const textCode = categoryCodes[c][i];
          let code = textCode >= 0 ? categoryCaches[c][textCode] : this.categoryCode(c, textAt(chunk, categories[c], i), lines[i]);
          if (code === -2) code = categoryCaches[c][textCode] = this.categoryCode(c, chunk.texts[categories[c]][textCode], lines[i]);
          categoryOut[c][n] = code;
          usual2 = code >= 0;
        }
        if (usual2) {
          outLabel[n] = label;
          outScore[n] = score;
          outPrediction[n] = score >= threshold ? 1 : 0;
          outWeight[n] = weight;
          if (out.id !== null) this.keepId(textAt(chunk, at.id, i));
          n++;
          continue;
        }
      }
      this.position += n - out.length;
      out.length = n;
      this.line = lines[i];
      this.row(rowAt(chunk, i));
      n = out.length;
    }
    this.position += n - out.length;
    out.length = n;
  }
  keepId(id) {
    this.out.id.push(id);
    this.ids.add(id);
  }
  /** Whether the chunk's usual rows can be taken from its columns: a binary score task with numeric label, score and weight columns. */
  takesColumns(chunk) {
    const at = this.positions;
    const { task, classes, positiveLabel } = this.bindings;
    const numeric = (column) => chunk.numbers[column] !== null;
    return task === "binary" && at.prediction < 0 && at.score >= 0 && numeric(at.label) && numeric(at.score) && (at.weight < 0 || numeric(at.weight)) && classes === void 0 && positiveLabel === void 0;
  }
  /** The cache from column's text codes to its group or slice codes, -2 where not looked up yet, for `size` codes. */
  codeCacheOf(column, size) {
    const cache = this.codeCache[column];
    if (cache.length >= size) return cache;
    const grown = new Int32Array(Math.max(16, 2 * size)).fill(-2);
    grown.set(cache);
    return this.codeCache[column] = grown;
  }
  /** The code of the value of category `c` (groups, then slices) on `line`; -1 for a missing value. */
  categoryCode(c, value, line) {
    this.line = line;
    const groups = this.groupCodes.length;
    return c < groups ? this.groupCode(c, value) : this.sliceCode(c - groups, value);
  }
  groupCode(k, value) {
    const named = value === "" ? this.bindings.missingGroup ?? "" : value;
    return this.valueCode(named, this.groupCodes[k], this.groupValues[k], this.bindings.groups[k], "data.groups");
  }
  sliceCode(k, value) {
    return this.valueCode(value, this.sliceCodes[k], this.sliceValues[k], this.bindings.slices[k], "data.slices");
  }
  /**
   * The code of a group or slice value, added when new; -1 for a missing (empty) value. Values are held to
   * `maxGroupValues` per column: each costs its own accumulators, so an id-like column would take the memory.
   */
  valueCode(value, codes, values, column, role) {
    if (value === "") return -1;
    let code = codes.get(value);
    if (code === void 0) {
      if (values.length >= this.maxGroupValues) {
        throw new DataError(
          `column ${JSON.stringify(column)} (${role}) has more than data.max_group_values = ${this.maxGroupValues} distinct values`,
          { file: this.file, line: this.line, column },
          {
            hint: 'each value is a population with its own metrics: bucket the column into fewer values (ranges, top values and "other"), or raise data.max_group_values if the memory is there (about 20 KB a value, more with bootstrap)'
          }
        );
      }
      const invisible = INVISIBLE_IN_VALUE.exec(value);
      if (invisible !== null) {
        const code2 = invisible[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
        throw new DataError(
          `a value of column ${JSON.stringify(column)} (${role}) holds an invisible or control character, U+${code2} at character ${invisible.index + 1}`,
          { file: this.file, line: this.line, column },
          {
            hint: "group and slice values name populations in every report, so two must never look alike: remove the character from the data"
          }
        );
      }
      if (value.length > MAX_GROUP_VALUE_CHARS) {
        throw new DataError(
          `a value of column ${JSON.stringify(column)} (${role}) is longer than ${MAX_GROUP_VALUE_CHARS} characters`,
          { file: this.file, line: this.line, column },
          {
            hint: "group and slice values name populations in every report: use short category names"
          }
        );
      }
      code = values.length;
      values.push(value);
      codes.set(value, code);
    }
    return code;
  }
  binary(row) {
    const at = this.positions;
    const rawLabel = row[at.label];
    if (isMissing(rawLabel)) return this.reject("missing_value", this.bindings.label, rawLabel);
    const label = this.labels.read(rawLabel);
    if (label < 0) return this.reject("unknown_label", this.bindings.label, rawLabel);
    let score = NaN;
    if (at.score >= 0) {
      const raw = row[at.score];
      score = toNumber(raw);
      if (!Number.isFinite(score)) return this.reject("non_numeric_score", this.bindings.score, raw);
      if (score < 0 || score > 1) return this.reject("score_out_of_range", this.bindings.score, raw);
    }
    const prediction = this.boundPrediction(row) ?? (score >= this.bindings.threshold ? 1 : 0);
    if (prediction < 0) return void 0;
    return this.finish(row, label, score, void 0, prediction);
  }
  /** The bound prediction column's class; -1 after rejecting the row; null when no prediction column is bound. */
  boundPrediction(row) {
    const at = this.positions.prediction;
    if (at < 0) return null;
    const raw = row[at];
    const prediction = isMissing(raw) ? -1 : this.labels.read(raw);
    if (prediction < 0) this.reject(isMissing(raw) ? "missing_value" : "unknown_label", this.bindings.prediction, raw);
    return prediction;
  }
  multiclass(row) {
    const at = this.positions;
    const rawLabel = row[at.label];
    if (isMissing(rawLabel)) return this.reject("missing_value", this.bindings.label, rawLabel);
    const label = this.labels.read(rawLabel);
    if (label < 0) return this.reject("unknown_label", this.bindings.label, rawLabel);
    let scores;
    if (this.scoreArray) {
      const raw = row[at.score];
      scores = scoreArray(raw, this.classCount);
      if (scores === void 0) return this.reject("non_numeric_score", this.bindings.score, raw);
    } else if (at.scores.length > 0) {
      scores = new Float64Array(this.classCount);
      for (let k = 0; k < at.scores.length; k++) {
        const raw = row[at.scores[k]];
        scores[k] = toNumber(raw);
        if (!Number.isFinite(scores[k])) return this.reject("non_numeric_score", this.bindings.score[k], raw);
      }
    }
    const prediction = this.boundPrediction(row) ?? argmax(scores);
    if (prediction < 0) return void 0;
    return this.finish(row, label, scores === void 0 ? NaN : scores[prediction], scores, prediction);
  }
  regression(row) {
    const at = this.positions;
    const rawLabel = row[at.label];
    if (isMissing(rawLabel)) return this.reject("missing_value", this.bindings.label, rawLabel);
    const label = toNumber(rawLabel);
    if (!Number.isFinite(label)) return this.reject("non_numeric_label", this.bindings.label, rawLabel);
    const column = at.score >= 0 ? at.score : at.prediction;
    const raw = row[column];
    const score = toNumber(raw);
    if (!Number.isFinite(score))
      return this.reject("non_numeric_score", this.bindings.score ?? this.bindings.prediction, raw);
    return this.finish(row, label, score, void 0, score);
  }
  /** The roles every task shares (weight, id, groups, slices); writes the row to the batch once all are good. */
  finish(row, label, score, scores, prediction) {
    const at = this.positions;
    const bindings = this.bindings;
    let weight = 1;
    if (at.weight >= 0) {
      const raw = row[at.weight];
      if (isMissing(raw)) return this.reject("missing_value", bindings.weight, raw);
      weight = toNumber(raw);
      if (!isAcceptedWeight(weight)) return this.reject("bad_weight", bindings.weight, raw);
    }
    let id;
    if (at.id >= 0) {
      const raw = row[at.id];
      if (isMissing(raw)) return this.reject("missing_value", bindings.id, raw);
      id = asText(raw);
    }
    for (let k = 0; k < at.groups.length; k++) {
      const raw = row[at.groups[k]];
      if (isMissing(raw) && bindings.missingGroup === void 0)
        return this.reject("missing_value", bindings.groups[k], raw, MISSING_GROUP_FIX);
      this.rowGroups[k] = this.groupCode(k, isMissing(raw) ? "" : asText(raw));
    }
    for (let k = 0; k < at.slices.length; k++) {
      const raw = row[at.slices[k]];
      if (isMissing(raw)) return this.reject("missing_value", bindings.slices[k], raw);
      this.rowSlices[k] = this.sliceCode(k, asText(raw));
    }
    const out = this.out;
    const n = out.length++;
    out.label[n] = label;
    out.score[n] = score;
    if (out.scores !== null) out.scores.push(scores);
    out.prediction[n] = prediction;
    out.weight[n] = weight;
    if (out.id !== null) {
      out.id.push(id);
      this.ids.add(id);
    }
    for (let k = 0; k < this.rowGroups.length; k++) out.groups[k][n] = this.rowGroups[k];
    for (let k = 0; k < this.rowSlices.length; k++) out.slices[k][n] = this.rowSlices[k];
    this.position++;
    return true;
  }
  reject(reason, column, value, fix) {
    this.state.skip(reason, this.file, this.line, column, value, this.out.length, fix);
    return void 0;
  }
};
function valueAt(chunk, column, i) {
  return chunk.codes[column][i] === -1 ? chunk.numbers[column][i] : textAt(chunk, column, i);
}
function roleColumns(chunk, at) {
  const { numbers, codes } = chunk;
  const labelCodes = codes[at.label];
  return {
    labels: numbers[at.label],
    scores: numbers[at.score],
    weights: at.weight >= 0 ? numbers[at.weight] : null,
    labelCodes,
    scoreCodes: at.score >= 0 ? codes[at.score] : labelCodes,
    weightCodes: at.weight >= 0 ? codes[at.weight] : labelCodes,
    idCodes: at.id >= 0 ? codes[at.id] : null
  };
}
function rowAt(chunk, i) {
  const row = [];
  for (let k = 0; k < chunk.columns.length; k++) row.push(valueAt(chunk, k, i));
  return row;
}
function textAt(chunk, column, i) {
  const code = chunk.codes[column][i];
  return code >= 0 ? chunk.texts[column][code] : chunk.overflow[column][-2 - code];
}
function positionsOf(bindings, columns) {
  const at = (name) => name === void 0 ? -1 : columns.indexOf(name);
  const { score } = bindings;
  return {
    label: at(bindings.label),
    score: typeof score === "string" ? at(score) : -1,
    scores: Array.isArray(score) ? score.map(at) : [],
    prediction: at(bindings.prediction),
    weight: at(bindings.weight),
    id: at(bindings.id),
    groups: bindings.groups.map(at),
    slices: bindings.slices.map(at)
  };
}
var POSITIVE = /* @__PURE__ */ new Set(["1", "true", "yes"]);
var NEGATIVE = /* @__PURE__ */ new Set(["0", "false", "no"]);
var BinaryLabels = class {
  classes;
  positive;
  negative;
  constructor(bindings) {
    this.classes = bindings.classes;
    const positive = bindings.positiveLabel;
    this.positive = positive === void 0 || POSITIVE.has(positive.toLowerCase()) ? void 0 : positive;
  }
  read(value) {
    if (value === "1" || value === 1 || value === true)
      return this.classes === void 0 && this.positive === void 0 ? 1 : this.custom(value);
    if (value === "0" || value === 0 || value === false)
      return this.classes === void 0 && this.positive === void 0 ? 0 : this.custom(value);
    return this.classes === void 0 && this.positive === void 0 ? usual(value) : this.custom(value);
  }
  custom(value) {
    const text = asText(value);
    if (this.classes !== void 0) return text === this.classes[1] ? 1 : text === this.classes[0] ? 0 : -1;
    if (text === this.positive) return 1;
    this.negative ??= text;
    return text === this.negative ? 0 : -1;
  }
};
function usual(value) {
  if (typeof value === "string") {
    const text = value.trim().toLowerCase();
    if (POSITIVE.has(text)) return 1;
    if (NEGATIVE.has(text)) return 0;
  }
  const number = toNumber(value);
  return number === 1 ? 1 : number === 0 ? 0 : -1;
}
var ClassLabels = class {
  index;
  constructor(classes) {
    this.index = new Map(classes.map((name, i) => [name, i]));
  }
  read(value) {
    return this.index.get(asText(value)) ?? -1;
  }
};
function scoreArray(value, classes) {
  let list = value;
  if (typeof value === "string") {
    try {
      list = JSON.parse(value);
    } catch {
      return void 0;
    }
  }
  if (!Array.isArray(list) || list.length !== classes) return void 0;
  const scores = new Float64Array(classes);
  for (let k = 0; k < classes; k++) {
    if (typeof list[k] !== "number" || !Number.isFinite(list[k])) return void 0;
    scores[k] = list[k];
  }
  return scores;
}
function argmax(scores) {
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  return best;
}
function toNumber(value) {
  if (typeof value === "number") return value;
  return typeof value === "string" ? decimalNumber(value) : NaN;
}
function isMissing(value) {
  return value === "" || value === null || value === void 0;
}
var MAX_QUOTED_DEPTH = 64;
var MAX_QUOTED_NODES = 1e4;
var UNQUOTABLE = "(nested too deeply to show)";
function asText(value) {
  if (typeof value === "string") return value;
  if (typeof value !== "object" || value === null) return String(value);
  if (!quotable(value)) return UNQUOTABLE;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
function quotable(root) {
  const pending = [[root, 1]];
  let nodes = 0;
  while (pending.length > 0) {
    const [item, depth] = pending.pop();
    if (++nodes > MAX_QUOTED_NODES || depth > MAX_QUOTED_DEPTH) return false;
    if (ArrayBuffer.isView(item)) continue;
    for (const child of Object.values(item)) if (typeof child === "object" && child !== null) pending.push([child, depth + 1]);
  }
  return true;
}
function shorten(value) {
  const text = value === void 0 || value === null ? "" : asText(value);
  return text.length > SAMPLE_CHARS ? `${text.slice(0, SAMPLE_CHARS - 1)}\u2026` : text;
}
var LISTED_COLUMNS = 10;
var QUOTED_NAME_CHARS = 64;
var NOT_TEXT = /[\u0000-\u0008\u000a-\u001f\u007f]/;
function shownName(name) {
  if (NOT_TEXT.test(name)) return void 0;
  return name.length > QUOTED_NAME_CHARS ? `${name.slice(0, QUOTED_NAME_CHARS - 1)}\u2026` : name;
}
function quotedName(name) {
  const shown = shownName(name);
  return shown === void 0 ? void 0 : JSON.stringify(shown);
}
function listedColumns(available) {
  const quoted = available.map(shownName).filter((name) => name !== void 0);
  const unquoted = available.length - quoted.length;
  const shown = quoted.slice(0, LISTED_COLUMNS);
  const more = available.length - shown.length;
  if (shown.length === 0) return `${available.length} name${available.length === 1 ? "" : "s"}, none of them text`;
  return `${shown.join(", ")}${more > 0 ? ` and ${more} more${unquoted > 0 ? ` (${unquoted} not text)` : ""}` : ""}`;
}
function missingColumn(file, available, role, name) {
  const line = file.format === "csv" ? 1 : void 0;
  if (file.format === "csv" && available.length === 1) {
    const other = COMMON_DELIMITERS.find((delimiter) => delimiter !== file.delimiter && available[0].includes(delimiter));
    const header = quotedName(shorten(available[0]));
    if (other !== void 0 && header !== void 0) {
      const shown = other === "	" ? "\\t" : other;
      return new DataError(
        `the header is one column, ${header}: looks like delimiter "${shown}"; set data.delimiter`,
        { file: file.path, line },
        {
          hint: `data.delimiter: "${shown}"`
        }
      );
    }
  }
  const near = closestName(
    name,
    available.filter((candidate) => !NOT_TEXT.test(candidate))
  );
  const bound = role === "column" ? "" : ` (data.${role})`;
  return new DataError(
    `no column ${JSON.stringify(name)}${bound} in ${file.path}; its columns are: ${listedColumns(available)}`,
    { file: file.path, line, column: name },
    {
      hint: near === void 0 ? "every file of the dataset must have every bound column" : `did you mean ${quotedName(near)}?`
    }
  );
}
function labelReader(bindings) {
  const labels = bindings.task === "multiclass" ? new ClassLabels(bindings.classes) : new BinaryLabels(bindings);
  return (value) => isMissing(value) ? -1 : labels.read(value);
}

export {
  keyAt,
  exampleAt,
  workspaceRoot,
  dataPathPolicy,
  checkDataPath,
  resolveFiles,
  matchPartialFiles,
  estimateLines,
  useColumnRing,
  readTable,
  readTableLines,
  readTableColumns,
  readExampleColumns,
  scanBoundColumns,
  readerScript,
  workerError,
  chunkPoster,
  rebuiltError,
  badRowFix,
  textAt,
  labelReader
};
