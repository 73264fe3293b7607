/**
 * Caps on what one line, field or category of the data may hold. The data comes from a pull request's author:
 * without caps one 2 GB line (9 MB gzipped) or a million distinct group values takes the runner's memory, and the
 * gate ends in an out-of-memory abort instead of a verdict. Each cap is a config key, named in its error.
 */
import { DataError } from '../errors.js';

export const DEFAULT_MAX_LINE_BYTES = 16 * 2 ** 20;
export const DEFAULT_MAX_FIELD_BYTES = 2 ** 20;
/** Distinct values one group or slice column may take: each costs its own accumulators (about 20 KB, more with bootstrap). */
export const DEFAULT_MAX_GROUP_VALUES = 500;

export interface LineCaps {
  maxLineBytes: number;
  maxFieldBytes: number;
}

const LF = 10;

/** The caps of a read, from its options (which carry the config's keys) or the defaults. */
export function lineCapsOf(options: { maxLineBytes?: number; maxFieldBytes?: number }): LineCaps {
  return { maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES, maxFieldBytes: options.maxFieldBytes ?? DEFAULT_MAX_FIELD_BYTES };
}

export function lineTooLong(file: string, line: number, cap: number): DataError {
  return new DataError(
    `line ${line} is longer than data.max_line_bytes (${cap} bytes)`,
    { file, line },
    {
      hint: 'a line of predictions is usually far shorter (is a newline missing, or is it not a text file?); if it is meant to be this long, raise data.max_line_bytes in the config',
    },
  );
}

export function fieldTooLong(file: string, line: number, column: string | number, cap: number): DataError {
  return new DataError(
    `a value is longer than data.max_field_bytes (${cap} bytes)`,
    { file, line, column },
    {
      hint: 'if the value is meant to be this long, raise data.max_field_bytes in the config',
    },
  );
}

/**
 * Byte blocks in, runs of complete lines out. Bytes after the last newline wait, as a list of blocks joined once
 * their newline arrives: joining them on every block made a long line cost the square of its length. A line that
 * grows past the cap is an error as soon as it does, without reading the rest of it.
 */
export class LineBuffer {
  private parts: Buffer[] = [];
  private size = 0;

  constructor(
    private readonly file: string,
    private readonly maxLineBytes: number,
  ) {}

  /**
   * The complete lines that `bytes` ends (the waiting bytes in front), up to and with the last newline; null when
   * `bytes` has none. `line` is the 1-based line the waiting bytes belong to.
   */
  push(bytes: Buffer, line: number): Buffer | null {
    if (bytes.length === 0) return null;
    const last = bytes.lastIndexOf(LF);
    if (last === -1) {
      if (this.size + bytes.length > this.maxLineBytes) throw lineTooLong(this.file, line, this.maxLineBytes);
      this.parts.push(bytes);
      this.size += bytes.length;
      return null;
    }
    if (this.size > 0 && this.size + bytes.indexOf(LF) > this.maxLineBytes) throw lineTooLong(this.file, line, this.maxLineBytes);
    const data = this.size === 0 ? bytes : Buffer.concat([...this.parts, bytes], this.size + bytes.length);
    const cut = data.length - (bytes.length - last - 1);
    // A copy, so the block itself can be collected while the partial line waits.
    const tail = Buffer.from(data.subarray(cut));
    if (tail.length > this.maxLineBytes) throw lineTooLong(this.file, line + countLines(data, 0, cut), this.maxLineBytes);
    this.parts = tail.length === 0 ? [] : [tail];
    this.size = tail.length;
    return data.subarray(0, cut);
  }

  /** The bytes still waiting: the input's last line, without a newline. */
  rest(): Buffer {
    const rest = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    return rest;
  }
}

function countLines(data: Buffer, start: number, end: number): number {
  let lines = 0;
  for (let i = data.indexOf(LF, start); i !== -1 && i < end; i = data.indexOf(LF, i + 1)) lines++;
  return lines;
}

/**
 * Checks the lines of `data[start, end)` (the first is line `firstLine`) against the caps, and, with a delimiter,
 * their delimited fields. Cheap enough to call on any run of lines: a run no longer than the field cap is skipped
 * at once, and a longer one is walked with native searches.
 */
export function checkLineLengths(
  data: Buffer,
  start: number,
  end: number,
  firstLine: number,
  file: string,
  caps: LineCaps,
  delimiter: Buffer | null,
  columnName: (index: number) => string | number,
): void {
  if (end - start <= Math.min(caps.maxFieldBytes, caps.maxLineBytes)) return;
  let line = firstLine;
  for (let from = start; from < end; line++) {
    let to = data.indexOf(LF, from);
    if (to === -1 || to > end) to = end;
    if (to - from > caps.maxLineBytes) throw lineTooLong(file, line, caps.maxLineBytes);
    if (delimiter !== null && to - from > caps.maxFieldBytes) {
      let column = 0;
      for (let field = from; field <= to; column++) {
        let next = data.indexOf(delimiter, field);
        if (next === -1 || next > to) next = to;
        if (next - field > caps.maxFieldBytes) throw fieldTooLong(file, line, columnName(column), caps.maxFieldBytes);
        field = next + delimiter.length;
      }
    }
    from = to + 1;
  }
}
