import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  DataError
} from "./chunk-JUZ7LOQF.js";

// shared/data/limits.ts
var DEFAULT_MAX_LINE_BYTES = 16 * 2 ** 20;
var DEFAULT_MAX_FIELD_BYTES = 2 ** 20;
var DEFAULT_MAX_GROUP_VALUES = 500;
var LF = 10;
function lineCapsOf(options) {
  return { maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES, maxFieldBytes: options.maxFieldBytes ?? DEFAULT_MAX_FIELD_BYTES };
}
function lineTooLong(file, line, cap) {
  return new DataError(
    `line ${line} is longer than data.max_line_bytes (${cap} bytes)`,
    { file, line },
    {
      hint: "a line of predictions is usually far shorter (is a newline missing, or is it not a text file?); if it is meant to be this long, raise data.max_line_bytes in the config"
    }
  );
}
function fieldTooLong(file, line, column, cap) {
  return new DataError(
    `a value is longer than data.max_field_bytes (${cap} bytes)`,
    { file, line, column },
    {
      hint: "if the value is meant to be this long, raise data.max_field_bytes in the config"
    }
  );
}
var LineBuffer = class {
  constructor(file, maxLineBytes) {
    this.file = file;
    this.maxLineBytes = maxLineBytes;
  }
  file;
  maxLineBytes;
  parts = [];
  size = 0;
  /**
   * The complete lines that `bytes` ends (the waiting bytes in front), up to and with the last newline; null when
   * `bytes` has none. `line` is the 1-based line the waiting bytes belong to.
   */
  push(bytes, line) {
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
    const tail = Buffer.from(data.subarray(cut));
    if (tail.length > this.maxLineBytes) throw lineTooLong(this.file, line + countLines(data, 0, cut), this.maxLineBytes);
    this.parts = tail.length === 0 ? [] : [tail];
    this.size = tail.length;
    return data.subarray(0, cut);
  }
  /** The bytes still waiting: the input's last line, without a newline. */
  rest() {
    const rest = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    return rest;
  }
};
function countLines(data, start, end) {
  let lines = 0;
  for (let i = data.indexOf(LF, start); i !== -1 && i < end; i = data.indexOf(LF, i + 1)) lines++;
  return lines;
}
function checkLineLengths(data, start, end, firstLine, file, caps, delimiter, columnName) {
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

export {
  DEFAULT_MAX_FIELD_BYTES,
  DEFAULT_MAX_GROUP_VALUES,
  lineCapsOf,
  lineTooLong,
  fieldTooLong,
  LineBuffer,
  checkLineLengths
};
