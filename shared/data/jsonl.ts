import { DataError } from '../errors.js';
import { decodeUtf8, invalidUtf8Error } from './files.js';
import type { RowFault, TableChunk } from './types.js';

const BATCH_ROWS = 4096;

/**
 * Reads JSON Lines: one object per line, blank lines ignored. A line that is not JSON or not an object is
 * a `bad_json` fault at its line. Columns are the keys in order of first appearance; they can only grow,
 * so a key first seen late appears in later chunks, and a row without a key holds undefined there.
 * `select` is called once, with the keys of the first chunk, and returns the keys to keep.
 */
export async function* readJsonl(
  chunks: AsyncIterable<Buffer | string>,
  file: string,
  select?: (keys: string[]) => string[],
): AsyncGenerator<TableChunk> {
  const keys: string[] = [];
  const known = new Set<string>();
  let selected: string[] | undefined;
  let objects: (Record<string, unknown> | JsonFault)[] = [];
  let lines: number[] = [];
  let line = 0;
  let rows = 0;
  let carry = '';

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
    objects.push(value as Record<string, unknown>);
    if (selected !== undefined) return;
    for (const key in value) {
      if (known.has(key)) continue;
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
      rows: objects.map((object) => (object instanceof JsonFault ? object : columns.map((key) => (Object.hasOwn(object, key) ? object[key] : undefined)))),
      lines,
    };
    objects = [];
    lines = [];
    return table;
  };

  for await (const text of decodeUtf8(chunks)) {
    const all = carry + text;
    const invalid = all.indexOf('\uFFFD');
    if (invalid !== -1) throw invalidUtf8Error(file, all, invalid, line);
    const parts = all.split('\n');
    carry = parts.pop()!;
    for (const part of parts) parse(part);
    if (objects.length >= BATCH_ROWS) yield chunk();
  }
  if (carry !== '') parse(carry);
  if (rows === 0) throw new DataError('empty file: no JSON lines', { file });
  if (objects.length > 0) yield chunk();
}

/** A class, so a parsed object can never pass for a fault. */
class JsonFault implements RowFault {
  readonly reason = 'bad_json';
  readonly column = '';
  constructor(readonly value: string) {}
}
