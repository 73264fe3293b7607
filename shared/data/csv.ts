import { ConfigError, DataError } from '../errors.js';
import { decodeUtf8, invalidUtf8Error } from './files.js';
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
}

const MIN_BATCH_ROWS = 1024;
const QUOTE = 34;
const DOT = 46;
const MINUS = 45;
const KEEP_TEXT = 1;
const KEEP_NUMBER = 2;
/**
 * The powers of ten a double holds exactly: an integer below 2^53 divided by one of them is the correctly
 * rounded quotient, which is what `Number` returns for that decimal (Clinger's fast path).
 */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
const CR = 13;

/**
 * RFC 4180 parser fed with decoded text blocks. Each block is split into physical lines natively; a line
 * without a quote is cut at its delimiters with `indexOf` (or a native `split` when all columns are kept),
 * and only lines with quotes go through the state machine, which carries an open quoted field across
 * lines and blocks. Records are numbered by the physical 1-based line where they start.
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
  /** Text after the last newline seen: the start of a line that is not complete yet. */
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
  private readonly select: ((header: string[]) => string[]) | undefined;
  private readonly numbers: ReadonlySet<string>;

  constructor(
    readonly file: string,
    options: CsvOptions = {},
  ) {
    const delimiter = options.delimiter ?? ',';
    this.select = options.select;
    this.numbers = options.numbers ?? new Set();
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new ConfigError(`CSV delimiter must be one character other than a quote or newline, got ${JSON.stringify(delimiter)}`, {
        path: '/data/delimiter',
      });
    }
    this.delimiter = delimiter;
  }

  push(text: string): void {
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

  /** Hands over the records parsed so far. */
  take(): { rows: ((string | number)[] | RowFault)[]; lines: number[] } {
    const taken = { rows: this.rows, lines: this.lines };
    this.rows = [];
    this.lines = [];
    return taken;
  }

  /** Lines without any quote, after the header: the hot loops. */
  private plainLines(lines: string[], from: number, to: number): void {
    if (this.keep === null) this.plainLinesAll(lines, from, to);
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
        this.parseFrom(text, 0, true, line);
        continue;
      }
      if (text === '' || (text.length === 1 && text.charCodeAt(0) === CR)) continue;
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
    else if (this.picked === null) this.rows.push(fields);
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

function ragged(fields: number, width: number): RowFault {
  return { reason: 'ragged_row', column: '', value: `${fields} fields, header has ${width}` };
}

function checkHeader(names: string[], file: string, line: number): string[] {
  const seen = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    const first = seen.get(names[i]);
    if (first !== undefined) {
      throw new DataError(`duplicate column name ${JSON.stringify(names[i])} in the header (columns ${first + 1} and ${i + 1})`, {
        file,
        line,
        column: names[i],
      });
    }
    seen.set(names[i], i);
  }
  return names;
}

/** Reads one CSV file's byte or text chunks into table chunks; the first record is the header. */
export async function* readCsv(chunks: AsyncIterable<Buffer | string>, file: string, options: CsvOptions = {}): AsyncGenerator<TableChunk> {
  const parser = new CsvParser(file, options);
  for await (const text of decodeUtf8(chunks)) {
    parser.push(text);
    // Rows handed on soon die young; rows held back to fill big batches survive scavenges and cost more in
    // GC than the batching saves. So a chunk is one read block (1,700 rows of 40 bytes), or a few blocks of wide rows.
    if (parser.rows.length >= MIN_BATCH_ROWS) yield { columns: parser.columns, ...parser.take() };
  }
  parser.end();
  if (parser.header === undefined) throw new DataError('empty file: no header and no rows', { file });
  if (parser.records === 0) throw new DataError('no data rows: the file has a header and nothing else', { file, line: 1 });
  if (parser.rows.length > 0) yield { columns: parser.columns, ...parser.take() };
}
