import { isUtf8 } from 'node:buffer';
import { ConfigError, DataError } from '../errors.js';
import { invalidUtf8Error } from './files.js';
import { checkLineLengths, fieldTooLong, LineBuffer, lineCapsOf, lineTooLong, type LineCaps } from './limits.js';
import { columnCopy } from './column-ring.js';
import { KEEP_NUMBER, KEEP_TEXT, LineReader } from './line-reader.js';
import { longDecimal, POWERS_OF_TEN } from './long-decimal.js';
import type { RowFault, TableChunk } from './types.js';

export interface CsvOptions {
  /** One character; default ','. */
  delimiter?: string;
  /**
   * Called with the header; returns the names of the columns to keep (in any order). Rows then hold only
   * those, in header order, and `columns` names them; other fields cost no strings.
   */
  select?: (header: string[]) => string[];
  /**
   * Kept columns to read as numbers: a plain decimal field (such as -0.25) becomes the number, parsed
   * without a string; any other field stays text for the caller to judge.
   */
  numbers?: ReadonlySet<string>;
  /**
   * With `select`: hand quote-free blocks over as `ColumnChunk`s (typed columns, no per-row arrays or strings)
   * instead of rows. Lines with quotes, and the header's block, still come as rows.
   */
  columnar?: boolean;
  /**
   * With `columnar`: column chunks also carry each row's line bytes (`ColumnChunk.source`), and rows (the
   * header's block, lines with quotes) keep every column, for a reader that judges rows by a few columns and
   * splits only the lines it keeps.
   */
  wholeLines?: boolean;
  /** Longest line (and record, across the lines of quoted fields) in bytes; default DEFAULT_MAX_LINE_BYTES. */
  maxLineBytes?: number;
  /** Longest field in bytes; default DEFAULT_MAX_FIELD_BYTES. */
  maxFieldBytes?: number;
}

/**
 * Quote-free lines parsed straight into columns. Field `i` of kept column `k` is `numbers[k][i]` when
 * `codes[k][i]` is -1 (a plain decimal in a `numbers` column), else the text `texts[k][code]`, or
 * `overflow[k][-2 - code]` for a negative code below -1 (a column of more distinct values than are interned).
 */
export interface ColumnChunk {
  columns: string[];
  length: number;
  /** 1-based physical line of each row. */
  lines: Int32Array;
  numbers: (Float64Array | null)[];
  codes: Int32Array[];
  /** The parser's interned values per kept column: they only grow, so codes stay valid across chunks. */
  texts: readonly string[][];
  overflow: string[][];
  /** Rows with the wrong field count, by index: their fields were not read. */
  faults: Map<number, RowFault> | null;
  /** With `wholeLines`: row i is `bytes[starts[i], ends[i])`, without its line break; quote-free, so split at the delimiter. */
  source?: { bytes: Buffer; starts: Int32Array; ends: Int32Array };
}

const MIN_BATCH_ROWS = 1024;
const QUOTE = 34;
const DOT = 46;
const MINUS = 45;
const CR = 13;
const LF = 10;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** U+FFFD in UTF-8: valid bytes, but the mark of an earlier failed decoding, which the readers refuse too. */
const REPLACEMENT = Buffer.from('\uFFFD');
/** Distinct values a text column interns before it stops (an id column must not grow memory with rows). */
const MAX_INTERNED = 4096;
/** Longest value interned: MAX_INTERNED values of up to a field cap each would be gigabytes. */
const MAX_INTERNED_BYTES = 1024;
const NUL = 0;

/**
 * RFC 4180 parser fed with byte blocks, which it cuts after their last newline (the rest waits for the next
 * block, so a multi-byte character is never split) and checks as UTF-8. A run of lines without any quote,
 * once the header is known and only some columns are kept, is parsed from the bytes themselves: fields are
 * found by scanning bytes, plain decimals are read from their digits and text fields of few distinct values
 * come from a per-column table of strings, so a row costs no string but its own id. Everything else is
 * decoded and split into physical lines natively; a line without a quote is cut at its delimiters with
 * `indexOf` (or a native `split` when all columns are kept), and only lines with quotes go through the state
 * machine, which carries an open quoted field across lines and blocks. Records are numbered by the physical
 * 1-based line where they start.
 * CRLF and LF both end a record; a lone CR is data. Blank lines between records are ignored, as pandas does.
 * A quote inside an unquoted field is data (as Python's csv reads it); text after a closing quote is an error.
 */
class CsvParser {
  /** The first record, once parsed. */
  header: string[] | undefined;
  /** Names of the columns in each row: the header, or the selected part of it. */
  columns: string[] = [];
  /** Data records parsed so far and not yet taken; a record with the wrong field count is a `RowFault`. */
  rows: ((string | number)[] | RowFault)[] = [];
  lines: number[] = [];
  /** Data records parsed so far, including ragged ones. */
  records = 0;

  private readonly delimiter: string;
  /** The delimiter's byte, or -1 when it is not ASCII (then lines are always decoded first). */
  private readonly delimiterByte: number;
  /** Bytes after the last newline seen: the start of a line that is not complete yet. */
  private readonly pending: LineBuffer;
  private readonly caps: LineCaps;
  /** The delimiter's UTF-8 bytes, for checkLineLengths. */
  private readonly delimiterBytes: Buffer;
  /** Characters of the open record so far, across its lines: held to the line cap. */
  private openChars = 0;
  /** Whether the first bytes (and a BOM there) have been seen. */
  private started = false;
  /** Per physical column, strings of the kept text columns by their bytes. */
  private interned: (Interner | null)[] = [];
  /** Per physical column, its index among the kept columns, or -1. */
  private keptIndex: Int32Array | null = null;
  private readonly columnar: boolean;
  private readonly wholeLines: boolean;
  /** Chunks ready to hand over, in order: column chunks, and rows before them. */
  private ready: (TableChunk | ColumnChunk)[] = [];
  /** Text after the last newline seen, on the decoded path. */
  private carry = '';
  private line = 0;
  /** The record being parsed when a quoted field spans lines; null between records. */
  private open: string[] | null = null;
  private openValue = '';
  private openLine = 0;
  private quoteLine = 0;
  private quoteColumn = 0;

  /** Kept columns' physical indices, ascending; null keeps all. */
  private picked: number[] | null = null;
  /** Per physical column: KEEP_*, for the hot loop. */
  private keep: Uint8Array | null = null;
  /** plainColumns' reader of usual lines (WebAssembly), made for this header once it is known. */
  private lineReader: LineReader | null = null;
  private readonly select: ((header: string[]) => string[]) | undefined;
  private readonly numbers: ReadonlySet<string>;

  constructor(
    readonly file: string,
    options: CsvOptions = {},
  ) {
    const delimiter = options.delimiter ?? ',';
    this.select = options.select;
    this.numbers = options.numbers ?? new Set();
    this.columnar = options.columnar === true;
    this.wholeLines = this.columnar && options.wholeLines === true;
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new ConfigError(`CSV delimiter must be one character other than a quote or newline, got ${JSON.stringify(delimiter)}`, {
        path: '/data/delimiter',
      });
    }
    this.delimiter = delimiter;
    this.delimiterByte = delimiter.charCodeAt(0) < 0x80 ? delimiter.charCodeAt(0) : -1;
    this.delimiterBytes = Buffer.from(delimiter);
    this.caps = lineCapsOf(options);
    this.pending = new LineBuffer(file, this.caps.maxLineBytes);
  }

  /** Takes the next block of bytes; complete lines are parsed now, the rest when its newline arrives. */
  pushBytes(bytes: Buffer): void {
    const lines = this.pending.push(bytes, this.line + 1);
    if (lines !== null) this.completeLines(lines, 0, lines.length);
  }

  /** Complete lines `data[start, end)`, ending with a newline (or the input's last line). */
  private completeLines(data: Buffer, start: number, end: number): void {
    if (!this.started) {
      this.started = true;
      if (end - start >= 3 && data[start] === BOM[0] && data[start + 1] === BOM[1] && data[start + 2] === BOM[2]) start += 3;
    }
    const region = data.subarray(start, end);
    const replaced = region.indexOf(REPLACEMENT);
    if (replaced !== -1 || !isUtf8(region)) {
      const text = region.toString('utf8');
      throw invalidUtf8Error(this.file, text, text.indexOf('\uFFFD'), this.line);
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
      (index) => this.header?.[index] ?? index + 1,
    );
    if (
      this.header === undefined ||
      this.open !== null ||
      this.keep === null ||
      this.delimiterByte === -1 ||
      region.indexOf(QUOTE) !== -1
    ) {
      this.push(region.toString('utf8'));
    } else if (this.columnar) {
      this.plainColumns(region);
    } else {
      this.plainBytes(region);
    }
  }

  /** A NUL byte is never text: it makes a group value that renders like another, or a binary file read as CSV. */
  private nulError(region: Buffer, at: number): DataError {
    let line = this.line + 1;
    let lineStart = 0;
    for (let i = region.indexOf(LF); i !== -1 && i < at; i = region.indexOf(LF, i + 1)) {
      line++;
      lineStart = i + 1;
    }
    const column = region.toString('utf8', lineStart, at).length + 1;
    return new DataError(
      'a NUL byte (\\0) in the data: a CSV file is text',
      { file: this.file, line, column },
      {
        hint: 'is it a binary or UTF-16 file? Save it as UTF-8 CSV',
      },
    );
  }

  /** Decoded text made of complete lines (or the input's last line). */
  private push(text: string): void {
    if (text === '') return;
    const all = this.carry === '' ? text : this.carry + text;
    const invalid = all.indexOf('\uFFFD');
    if (invalid !== -1) throw invalidUtf8Error(this.file, all, invalid, this.line);
    const lines = all.split('\n');
    this.carry = lines.pop()!;
    if (this.header === undefined || this.open !== null || all.indexOf('"') !== -1) this.anyLines(lines);
    else this.plainLines(lines, 0, lines.length);
  }

  /** Ends the input: parses a last line without a newline and fails on a quote still open. */
  end(): void {
    const rest = this.pending.rest();
    if (rest.length > 0 || !this.started) this.completeLines(rest, 0, rest.length);
    const last = this.carry;
    this.carry = '';
    if (last !== '') this.anyLines([last]);
    if (this.open !== null) {
      throw new DataError('unterminated quoted field: the quote opened here is never closed', {
        file: this.file,
        line: this.quoteLine,
        column: this.quoteColumn,
      });
    }
  }

  /**
   * Hands over the chunks parsed so far; rows only once there are `minRows` of them (rows held back to fill a
   * batch survive young-generation collections, so a batch is about one read block).
   */
  take(minRows: number): (TableChunk | ColumnChunk)[] {
    if (this.rows.length > 0 && this.rows.length >= minRows) this.queueRows();
    const taken = this.ready;
    this.ready = [];
    return taken;
  }

  private queueRows(): void {
    if (this.rows.length === 0) return;
    this.ready.push({ columns: this.wholeLines ? this.header! : this.columns, rows: this.rows, lines: this.lines });
    this.rows = [];
    this.lines = [];
  }

  /**
   * `plainBytes` into a ColumnChunk: the same lines, fields and faults, without an array or string per row. Usual
   * lines are read by the LineReader (WebAssembly); the fields it leaves (misses) are read here, and so is any other
   * line (blank, ragged, CRLF, a sign, an exponent, an empty number), byte by byte, each kept field by `columnField`.
   */
  private plainColumns(data: Buffer): void {
    const delimiter = this.delimiterByte;
    const width = this.header!.length;
    const keptIndex = this.keptIndex!;
    const picked = this.picked!;
    const interned = this.interned;
    const reader = (this.lineReader ??= new LineReader(this.keep!, keptIndex, delimiter, this.wholeLines));
    const { capacity, lines, numbers, codes, starts, ends } = reader.load(data);
    const overflow: string[][] = picked.map(() => []);
    const texts: string[][] = picked.map((column) => interned[column]!.strings);
    const interners = picked.map((column) => interned[column]!);
    let faults: Map<number, RowFault> | null = null;
    const end = data.length;
    let n = 0;
    let line = this.line;
    let pos = 0;
    while (pos < end) {
      const read = reader.read(pos, end, n, capacity, line);
      for (const miss of reader.misses()) {
        if (miss.number) {
          numbers[miss.k]![miss.row] = Number(data.toString('latin1', miss.start, miss.end));
          continue;
        }
        const code = interners[miss.k].code(data, miss.start, miss.end, miss.hash);
        if (code !== -1) {
          codes[miss.k][miss.row] = code;
          reader.remember(miss.k, miss.start, miss.end, miss.hash, code);
        } else {
          codes[miss.k][miss.row] = -2 - overflow[miss.k].length;
          overflow[miss.k].push(data.toString('utf8', miss.start, miss.end));
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
            if (k !== -1) columnField(data, fieldStart, i, k, n, numbers, codes, overflow, interned[column]!);
          }
          column++;
          fieldStart = i + 1;
        } else if (byte === LF) {
          break;
        }
      }
      const lineEnd = i > fieldStart && data[i - 1] === CR ? i - 1 : i;
      pos = i + 1;
      if (column === 0 && lineEnd === fieldStart) continue; // blank line
      if (column < width) {
        const k = keptIndex[column];
        if (k !== -1) columnField(data, fieldStart, lineEnd, k, n, numbers, codes, overflow, interned[column]!);
      }
      column++;
      if (column !== width) (faults ??= new Map()).set(n, ragged(column, width));
      if (starts !== null) {
        starts[n] = lineStart;
        ends![n] = lineEnd;
      }
      lines[n++] = line;
    }
    this.line = line;
    this.records += n;
    // The reader's memory holds the next block's columns next: these rows' are copied out.
    if (n > 0) {
      this.emitColumns(data, n, {
        lines: columnCopy(lines, n),
        numbers: numbers.map((column) => column && columnCopy(column, n)),
        codes: codes.map((column) => columnCopy(column, n)),
        texts,
        overflow,
        faults,
        starts: starts && starts.slice(0, n),
        ends: ends && ends.slice(0, n),
      });
    }
  }

  /** The block's first n rows as a ColumnChunk, after any rows queued before it. */
  private emitColumns(
    data: Buffer,
    n: number,
    block: {
      lines: Int32Array;
      numbers: (Float64Array | null)[];
      codes: Int32Array[];
      texts: string[][];
      overflow: string[][];
      faults: Map<number, RowFault> | null;
      starts: Int32Array | null;
      ends: Int32Array | null;
    },
  ): void {
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
      ...(starts !== null && { source: { bytes: data, starts: starts.subarray(0, n), ends: ends!.subarray(0, n) } }),
    });
  }

  /** Lines without any quote, after the header: the hot loops. */
  private plainLines(lines: string[], from: number, to: number): void {
    if (this.keep === null || this.wholeLines) this.plainLinesAll(lines, from, to);
    else this.plainLinesKept(lines, from, to);
  }

  private plainLinesAll(lines: string[], from: number, to: number): void {
    const delimiter = this.delimiter;
    const width = this.header!.length;
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
  private plainLinesKept(lines: string[], from: number, to: number): void {
    const delimiter = this.delimiter;
    const width = this.header!.length;
    const keep = this.keep!;
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
      const row: (string | number)[] = [];
      let start = 0;
      let column = 0;
      for (; column < width - 1; column++) {
        const next = text.indexOf(delimiter, start);
        if (next === -1) break;
        const how = keep[column];
        if (how === KEEP_TEXT) row.push(text.slice(start, next));
        else if (how === KEEP_NUMBER) row.push(decimalOrText(text, start, next));
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
  private plainBytes(data: Buffer): void {
    const delimiter = this.delimiterByte;
    const width = this.header!.length;
    const keep = this.keep!;
    const interned = this.interned;
    const rows = this.rows;
    const starts = this.lines;
    const before = rows.length;
    const end = data.length;
    let line = this.line;
    let pos = 0;
    while (pos < end) {
      line++;
      const row: (string | number)[] = [];
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
        } else if (byte === LF) {
          break;
        }
      }
      // i is at the newline (or the end of a last line without one); a CR before it ends the line too.
      const lineEnd = i > fieldStart && data[i - 1] === CR ? i - 1 : i;
      pos = i + 1;
      if (column === 0 && lineEnd === fieldStart) continue; // blank line
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
  private anyLines(lines: string[]): void {
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i];
      if (this.open === null && this.header !== undefined && text.indexOf('"') === -1) {
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
      if (text === '' || (text.length === 1 && text.charCodeAt(0) === CR)) continue;
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
  private parseFrom(text: string, at: number, inQuote: boolean, line: number): void {
    const delimiter = this.delimiter;
    const fields = this.open!;
    let i = at;
    for (;;) {
      if (inQuote) {
        let value = this.openValue;
        for (;;) {
          const quote = text.indexOf('"', i);
          if (quote === -1) {
            this.openValue = value + text.slice(i) + '\n';
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
        this.openValue = '';
        if (value.length > this.caps.maxFieldBytes / 3 && Buffer.byteLength(value) > this.caps.maxFieldBytes) {
          throw fieldTooLong(this.file, this.openLine, this.header?.[fields.length] ?? fields.length + 1, this.caps.maxFieldBytes);
        }
        fields.push(value);
        inQuote = false;
        if (i >= text.length || (i === text.length - 1 && text.charCodeAt(i) === CR)) return this.finish();
        if (text[i] !== delimiter) {
          throw new DataError(`unexpected ${JSON.stringify(text[i])} after a closing quote; a quote inside a quoted field is written ""`, {
            file: this.file,
            line,
            column: i + 1,
          });
        }
        i++;
      }
      // At the start of a field.
      if (i >= text.length) {
        fields.push('');
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

  private finish(): void {
    const fields = this.open!;
    this.open = null;
    if (this.header === undefined) return this.setHeader(checkHeader(fields, this.file, this.openLine));
    this.records++;
    this.lines.push(this.openLine);
    if (fields.length !== this.header.length) this.rows.push(ragged(fields.length, this.header.length));
    else if (this.picked === null || this.wholeLines) this.rows.push(fields);
    else this.rows.push(this.picked.map((index) => fields[index]));
  }

  private setHeader(header: string[]): void {
    this.header = header;
    this.columns = header;
    if (this.select === undefined) return;
    const wanted = new Set(this.select(header));
    this.picked = [];
    this.keep = new Uint8Array(header.length);
    for (let i = 0; i < header.length; i++) {
      if (!wanted.has(header[i])) continue;
      this.picked.push(i);
      this.keep[i] = this.numbers.has(header[i]) ? KEEP_NUMBER : KEEP_TEXT;
    }
    this.interned = header.map((_, i) => (this.keep![i] === 0 ? null : new Interner()));
    this.keptIndex = new Int32Array(header.length).fill(-1);
    this.picked.forEach((physical, k) => (this.keptIndex![physical] = k));
    this.columns = this.picked.map((index) => header[index]);
  }
}

/**
 * The number a field of digits with an optional leading minus and at most one dot spells, as `Number`
 * would read it; the text itself for anything else (exponents, blanks, empty, over 15 significant digits).
 */
function decimalOrText(text: string, start: number, end: number): number | string {
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

/** A kept field from its bytes: a plain decimal as its number (as `decimalOrText`), else its text. */
function byteField(data: Buffer, start: number, end: number, how: number, interned: Interner | null): string | number {
  if (how === KEEP_NUMBER) {
    const value = decimalBytes(data, start, end);
    if (value === value) return value;
  }
  const code = interned!.code(data, start, end);
  return code === -1 ? data.toString('utf8', start, end) : interned!.strings[code];
}

/** Field `data[start, end)` of kept column `k` into row `n` of a ColumnChunk's columns. */
function columnField(
  data: Buffer,
  start: number,
  end: number,
  k: number,
  n: number,
  numbers: (Float64Array | null)[],
  codes: Int32Array[],
  overflow: string[][],
  interned: Interner,
): void {
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
    overflow[k].push(data.toString('utf8', start, end));
  }
}

/** An unsigned plain decimal past Clinger's fast path: longDecimal when it can vouch for the rounding, else Number. */
function plainLongDecimal(data: Buffer, start: number, end: number, digits: number, significant: number, scale: number): number {
  const value = longDecimal(data, start, end, digits, significant, scale);
  return value === value ? value : Number(data.toString('latin1', start, end));
}

/** `decimalOrText` over bytes: NaN for a field that is not a plain decimal. */
function decimalBytes(data: Buffer, start: number, end: number): number {
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
  // A plain decimal beyond Clinger's fast path (over 15 significant digits): read exactly.
  if (significant > 15 || scale >= POWERS_OF_TEN.length) {
    const unsigned = plainLongDecimal(data, negative ? start + 1 : start, end, digits, significant, scale);
    return negative ? -unsigned : unsigned;
  }
  const value = mantissa / POWERS_OF_TEN[scale];
  return negative ? -value : value;
}

/**
 * The strings of one text column by their bytes (open addressing on an FNV-1a hash), so a category such as a
 * group value is decoded once, not once a row. Stops adding after MAX_INTERNED values: a column of unique
 * values (ids) then decodes every field, and memory stays flat.
 */
class Interner {
  /** Values by code. */
  readonly strings: string[] = [];
  private slots = new Int32Array(64);
  private readonly hashes: number[] = [];
  private bytes: Buffer = Buffer.allocUnsafe(256);
  private readonly offsets: number[] = [0];
  private used = 0;

  /** Code of the text `data[start, end)` (whose `fnv` is `hash`), added when new; -1 when it is new and the table is full. */
  code(data: Buffer, start: number, end: number, fnvHash = fnv(data, start, end)): number {
    // As a 32-bit integer: the empty text's hash is FNV's offset basis, above 2^31 here and negative from the LineReader.
    const hash = fnvHash | 0;
    const slots = this.slots;
    const mask = slots.length - 1;
    const length = end - start;
    let b = hash & mask;
    for (let found = slots[b]; found !== 0; b = (b + 1) & mask, found = slots[b]) {
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
    const text = data.toString('utf8', start, end);
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

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < this.strings.length; k++) {
      let b = this.hashes[k] & mask;
      while (slots[b] !== 0) b = (b + 1) & mask;
      slots[b] = k + 1;
    }
    this.slots = slots;
  }
}

/** FNV-1a of `data[start, end)`: the Interner's hash, which plainColumns computes as it scans a field. */
function fnv(data: Buffer, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ data[i], 0x01000193);
  return hash;
}

function ragged(fields: number, width: number): RowFault {
  return { reason: 'ragged_row', column: '', value: `${fields} fields, header has ${width}` };
}

function checkHeader(names: string[], file: string, line: number): string[] {
  const seen = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    const first = seen.get(names[i]);
    if (first !== undefined) {
      // A header name can be a whole field (up to max_field_bytes) of a file that is not a table: quote only its start.
      const shown = names[i].length > 64 ? `${names[i].slice(0, 63)}…` : names[i];
      throw new DataError(`duplicate column name ${JSON.stringify(shown)} in the header (columns ${first + 1} and ${i + 1})`, {
        file,
        line,
        column: shown,
      });
    }
    seen.set(names[i], i);
  }
  return names;
}

/**
 * Reads one CSV file's byte or text chunks into table chunks (and, with `options.columnar`, column chunks); the
 * first record is the header.
 */
export async function* readCsv(
  chunks: AsyncIterable<Buffer | string>,
  file: string,
  options: CsvOptions = {},
): AsyncGenerator<TableChunk | ColumnChunk> {
  const parser = new CsvParser(file, options);
  for await (const chunk of chunks) {
    parser.pushBytes(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    yield* parser.take(MIN_BATCH_ROWS);
  }
  parser.end();
  if (parser.header === undefined) throw new DataError('empty file: no header and no rows', { file });
  if (parser.records === 0) throw new DataError('no data rows: the file has a header and nothing else', { file, line: 1 });
  yield* parser.take(0);
}
