import { isUtf8 } from 'node:buffer';
import { DataError } from '../errors.js';
import { invalidUtf8Error } from './files.js';
import { checkLineLengths, fieldTooLong, LineBuffer, lineCapsOf } from './limits.js';
import type { RowFault, TableChunk } from './types.js';

const BATCH_ROWS = 4096;
/** Distinct keys a file may use (its columns): every line could add new ones. */
const MAX_KEYS = 10_000;
/** Characters of a bad line kept in its fault (the report quotes fewer). */
const FAULT_CHARS = 200;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const REPLACEMENT = Buffer.from('\uFFFD');
const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;

export interface JsonlOptions {
  /** Called once, with the keys of the first chunk; returns the keys to keep. */
  select?: (keys: string[]) => string[];
  maxLineBytes?: number;
  maxFieldBytes?: number;
}

/**
 * Reads JSON Lines: one object per line, blank lines ignored. A line that is not JSON or not an object is
 * a `bad_json` fault at its line; an object with a key twice is an error, as a CSV header with a name twice is.
 * Columns are the keys in order of first appearance; they can only grow, so a key first seen late appears in
 * later chunks, and a row without a key holds undefined there.
 */
export async function* readJsonl(
  chunks: AsyncIterable<Buffer | string>,
  file: string,
  options: JsonlOptions = {},
): AsyncGenerator<TableChunk> {
  const { select } = options;
  const caps = lineCapsOf(options);
  const pending = new LineBuffer(file, caps.maxLineBytes);
  const keys: string[] = [];
  const known = new Set<string>();
  let selected: string[] | undefined;
  let objects: (Record<string, unknown> | JsonFault)[] = [];
  let lines: number[] = [];
  let line = 0;
  let rows = 0;
  let started = false;

  const parse = (text: string) => {
    line++;
    if (text.trim() === '') return;
    rows++;
    lines.push(line);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      objects.push(new JsonFault(text));
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      objects.push(new JsonFault(text));
      return;
    }
    let count = 0;
    for (const _key in value) count++;
    if (memberCount(text) !== count) throw duplicateKey(file, line, text);
    if (text.length > caps.maxFieldBytes / 3) checkMembers(value as Record<string, unknown>, file, line, caps.maxFieldBytes);
    objects.push(value as Record<string, unknown>);
    if (selected !== undefined) return;
    for (const key in value) {
      if (known.has(key)) continue;
      if (known.size === MAX_KEYS) throw new DataError(`more than ${MAX_KEYS} distinct keys across the lines`, { file, line });
      known.add(key);
      keys.push(key);
    }
  };

  const chunk = (): TableChunk => {
    selected ??= select === undefined ? undefined : select(keys.slice());
    const columns = selected ?? keys.slice();
    const table: TableChunk = {
      columns,
      // Own keys only: a line without `constructor` has no such column, whatever Object.prototype holds.
      rows: objects.map((object) =>
        object instanceof JsonFault ? object : columns.map((key) => (Object.hasOwn(object, key) ? object[key] : undefined)),
      ),
      lines,
    };
    objects = [];
    lines = [];
    return table;
  };

  const complete = (bytes: Buffer) => {
    let region = bytes;
    if (!started) {
      started = true;
      if (region.length >= 3 && region[0] === BOM[0] && region[1] === BOM[1] && region[2] === BOM[2]) region = region.subarray(3);
    }
    if (region.indexOf(REPLACEMENT) !== -1 || !isUtf8(region)) {
      const text = region.toString('utf8');
      throw invalidUtf8Error(file, text, text.indexOf('\uFFFD'), line);
    }
    checkLineLengths(region, 0, region.length, line + 1, file, caps, null, (index) => index + 1);
    const parts = region.toString('utf8').split('\n');
    // A run of complete lines ends with a newline: its last part is empty, not a line.
    if (parts[parts.length - 1] === '') parts.pop();
    for (const part of parts) parse(part);
  };

  for await (const block of chunks) {
    const lineRun = pending.push(typeof block === 'string' ? Buffer.from(block) : block, line + 1);
    if (lineRun !== null) complete(lineRun);
    if (objects.length >= BATCH_ROWS) yield chunk();
  }
  const rest = pending.rest();
  if (rest.length > 0) complete(rest);
  if (rows === 0) throw new DataError('empty file: no JSON lines', { file });
  if (objects.length > 0) yield chunk();
}

/**
 * Members of the object a JSON text holds (it parsed as one), a repeated key counted each time: one colon at
 * the object's own depth per member. JSON.parse keeps the last of repeated keys silently.
 */
function memberCount(text: string): number {
  let depth = 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
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

/** The index of the quote that closes the JSON string opening at `open`. */
function stringEnd(text: string, open: number): number {
  for (let quote = text.indexOf('"', open + 1); ; quote = text.indexOf('"', quote + 1)) {
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote;
  }
}

/** The error for an object with a key twice, naming the first repeated key. */
function duplicateKey(file: string, line: number, text: string): DataError {
  const seen = new Set<string>();
  let depth = 0;
  let lastString = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      lastString = JSON.parse(text.slice(i, end + 1)) as string;
      i = end;
    } else if (c === COLON && depth === 1) {
      if (seen.has(lastString)) {
        const shown = lastString.length > 40 ? `${lastString.slice(0, 39)}…` : lastString;
        return new DataError(
          `the key ${JSON.stringify(shown)} appears twice in one object`,
          { file, line, column: shown },
          {
            hint: 'each key is a column and may appear once per line',
          },
        );
      }
      seen.add(lastString);
    } else if (c === 123 || c === 91) {
      depth++;
    } else if (c === 125 || c === 93) {
      depth--;
    }
  }
  return new DataError('an object with a key twice', { file, line });
}

/** Holds each key and value of a long line to the field cap (a nested value by its JSON length). */
function checkMembers(value: Record<string, unknown>, file: string, line: number, cap: number): void {
  let index = 0;
  for (const key in value) {
    index++;
    const member = value[key];
    const text = typeof member === 'string' ? member : typeof member === 'object' && member !== null ? JSON.stringify(member) : '';
    if (Buffer.byteLength(key) > cap) throw fieldTooLong(file, line, index, cap);
    if (text.length > cap / 3 && Buffer.byteLength(text) > cap) throw fieldTooLong(file, line, key.length > 40 ? index : key, cap);
  }
}

/** A class, so a parsed object can never pass for a fault. */
class JsonFault implements RowFault {
  readonly reason = 'bad_json';
  readonly column = '';
  readonly value: string;
  constructor(text: string) {
    this.value = text.length > FAULT_CHARS ? `${text.slice(0, FAULT_CHARS - 1)}…` : text;
  }
}
