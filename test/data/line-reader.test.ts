import { describe, expect, it } from 'vitest';
import { readCsv, type ColumnChunk, type CsvOptions } from '../../shared/data/csv.js';
import { KEEP_NUMBER, KEEP_TEXT, LineReader } from '../../shared/data/line-reader.js';
import type { RowFault, TableChunk } from '../../shared/data/types.js';
import { lcg } from '../helpers/seeded.js';
import { chunksOf, drain } from './helpers.js';

const HEADER = ['id', 'group', 'score', 'skipped', 'wide', 'last'];
const KEPT = ['id', 'group', 'score', 'wide', 'last'];
const OPTIONS: CsvOptions = { select: () => KEPT, numbers: new Set(['score']) };

type Row = (string | number)[] | RowFault;

/** Every row of a read, as rows: a column chunk's fields by their codes (texts, overflow) or numbers. */
async function rowsOf(
  pieces: Buffer[],
  columnar: boolean,
): Promise<{ rows: Row[]; lines: number[]; texts: string[][]; viaColumns: boolean[] }> {
  const rows: Row[] = [];
  const lines: number[] = [];
  const viaColumns: boolean[] = [];
  let texts: string[][] = [];
  for (const chunk of await drain(readCsv(chunksOf(pieces), 'lines.csv', { ...OPTIONS, columnar }))) {
    if (!('codes' in chunk)) {
      rows.push(...((chunk as TableChunk).rows as Row[]));
      lines.push(...chunk.lines);
      viaColumns.push(...chunk.lines.map(() => false));
      continue;
    }
    const columns = chunk as ColumnChunk;
    texts = columns.texts.map((values) => [...values]);
    for (let i = 0; i < columns.length; i++) {
      lines.push(columns.lines[i]);
      viaColumns.push(true);
      const fault = columns.faults?.get(i);
      rows.push(fault ?? columns.codes.map((codes, k) => fieldOf(columns, k, codes[i], i)));
    }
  }
  return { rows, lines, texts, viaColumns };
}

function fieldOf(chunk: ColumnChunk, k: number, code: number, i: number): string | number {
  if (code === -1) return chunk.numbers[k]![i];
  return code >= 0 ? chunk.texts[k][code] : chunk.overflow[k][-2 - code];
}

/** `bytes` as 64 KiB blocks, as a file is read. */
function blocks(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += 1 << 16) out.push(bytes.subarray(at, at + (1 << 16)));
  return out;
}

/**
 * Lines that take every path of the line reader and around it: scores of 1 to 21 digits (long ones left to Number),
 * group values with multi-byte characters and empty ones, a column of 3,000 values (past the reader's cache of 2,048)
 * and one of unique ids (past the Interner's 4,096), and unusual lines: CRLF, ragged, blank, signed, exponent, empty.
 */
function messyCsv(rows: number): Buffer {
  const random = lcg(7);
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
  const score = (): string => {
    const kind = Math.floor(random() * 12);
    if (kind === 0) return `0.${digits(1 + Math.floor(random() * 4))}`;
    if (kind === 1) return `0.${digits(19 + Math.floor(random() * 3))}`;
    if (kind === 2) return `${digits(2)}.${digits(3)}`;
    if (kind === 3) {
      // Unusual numbers (the general loop reads them), and decimals near or at a tie between two doubles.
      const odd = [
        '-0.5',
        '1e-3',
        '',
        '.',
        '5.',
        '.5',
        '1.2.3',
        'abc',
        '0',
        '9007199254740993',
        '0.059980169896348137',
        '1152921504606847104',
      ];
      return odd[Math.floor(random() * odd.length)];
    }
    if (kind === 4) return `0.${'0'.repeat(Math.floor(random() * 25))}${digits(6)}`;
    return String(random());
  };
  const groups = ['a', 'b', 'é', 'ünï', '', 'grüße'];
  const lines = [HEADER.join(',')];
  for (let i = 0; i < rows; i++) {
    const fields = [`r${i}`, groups[Math.floor(random() * groups.length)], score(), 'x', `w${Math.floor(random() * 3000)}`, `l${i % 7}`];
    const shape = Math.floor(random() * 40);
    if (shape === 0) lines.push(`${fields.join(',')}\r`);
    else if (shape === 1) lines.push(fields.slice(0, 4).join(','));
    else if (shape === 2) lines.push(`${fields.join(',')},extra`);
    else if (shape === 3) lines.push('');
    else lines.push(fields.join(','));
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

describe('the WebAssembly line reader (column chunks)', () => {
  it('reads every line, number and text as the row reader does (ties, misses, unusual lines, full caches)', async () => {
    const csv = blocks(messyCsv(60000));
    const [columns, rows] = await Promise.all([rowsOf(csv, true), rowsOf(csv, false)]);
    expect(columns.viaColumns.filter(Boolean).length).toBeGreaterThan(50000);
    expect(columns.lines).toEqual(rows.lines);
    expect(columns.rows.length).toBe(rows.rows.length);
    for (let i = 0; i < rows.rows.length; i++) {
      const expected = rows.rows[i];
      const actual = columns.rows[i];
      if (!Array.isArray(expected)) {
        expect(actual, `line ${rows.lines[i]}`).toEqual(expected);
        continue;
      }
      expect((actual as unknown[]).length, `line ${rows.lines[i]}`).toBe(expected.length);
      expected.forEach((value, k) => {
        const got = (actual as unknown[])[k];
        if (typeof value === 'number')
          expect(Object.is(got, value), `line ${rows.lines[i]}, ${KEPT[k]}: ${String(got)} vs ${value}`).toBe(true);
        else expect(got, `line ${rows.lines[i]}, ${KEPT[k]}`).toBe(value);
      });
    }
    // Each column's values are coded in the order they first appear in the lines of the column chunks (the header's
    // block comes as rows), ragged lines' fields included, as the Interner codes them without the reader.
    const text = Buffer.concat(csv).toString('utf8').split('\n');
    const fieldsOf = (line: number) => text[line - 1].replace(/\r$/, '').split(',').slice(0, HEADER.length);
    const columnLines = columns.lines.filter((_, i) => columns.viaColumns[i]);
    for (const [k, name] of KEPT.entries()) {
      if (name === 'score') continue;
      const physical = HEADER.indexOf(name);
      const firstSeen = [...new Set(columnLines.map(fieldsOf).flatMap((fields) => (physical < fields.length ? [fields[physical]] : [])))];
      expect(columns.texts[k], name).toEqual(firstSeen.slice(0, columns.texts[k].length));
    }
    expect(columns.texts[KEPT.indexOf('wide')].length).toBe(3000);
    expect(columns.texts[KEPT.indexOf('id')].length).toBe(4096);
  });

  it('sizes a large block by its lines (a long line carried over), a small one by its bytes', () => {
    const reader = new LineReader(Uint8Array.of(KEEP_TEXT, KEEP_NUMBER), Int32Array.of(0, 1), 44, false);
    const long = Buffer.from(`a,1\n${'x'.repeat(8 << 20)},2\nb,3\n`);
    const columns = reader.load(long);
    expect(columns.capacity).toBe(4);
    expect(reader.read(0, long.length, 0, columns.capacity, 0)).toBe(3);
    expect(Array.from(columns.numbers[1]!.subarray(0, 3))).toEqual([1, 2, 3]);
    expect(Array.from(columns.lines.subarray(0, 3))).toEqual([1, 2, 3]);
    expect([...reader.misses()].map((miss) => long.toString('latin1', miss.start, miss.end).length)).toEqual([1, 8 << 20, 1]);
    expect(reader.load(Buffer.from('a,1\nb,2\n')).capacity).toBe(5);
  });

  it('takes a header of 300,000 columns (its tables as wide; no call with an argument a column)', () => {
    const width = 300000;
    const kinds = new Uint8Array(width);
    const keptIndex = new Int32Array(width).fill(-1);
    kinds[5] = KEEP_TEXT;
    keptIndex[5] = 0;
    kinds[width - 1] = KEEP_NUMBER;
    keptIndex[width - 1] = 1;
    const reader = new LineReader(kinds, keptIndex, 44, false);
    const line = Buffer.from(`${Array.from({ length: width }, (_, k) => (k === 5 ? 'g' : k === width - 1 ? '0.25' : '')).join(',')}\n`);
    const columns = reader.load(line);
    expect(reader.read(0, line.length, 0, columns.capacity, 0)).toBe(1);
    expect(columns.numbers[1]![0]).toBe(0.25);
    expect([...reader.misses()].map((miss) => line.toString('latin1', miss.start, miss.end))).toEqual(['g']);
  });

  it('stops at a usual line when its misses fill the list (4,096), and reads on from there when called again', () => {
    const reader = new LineReader(Uint8Array.of(KEEP_TEXT, KEEP_NUMBER), Int32Array.of(0, 1), 44, false);
    const rows = 5000;
    const block = Buffer.from(Array.from({ length: rows }, (_, i) => `v${i},${i}\n`).join(''));
    const columns = reader.load(block);
    const first = reader.read(0, block.length, 0, columns.capacity, 0);
    expect(reader.full).toBe(true);
    expect(first).toBeLessThan(rows);
    expect([...reader.misses()]).toHaveLength(first);
    expect(block.toString('latin1', reader.stop, reader.stop + 6)).toBe(`v${first},`);
    const second = reader.read(reader.stop, block.length, first, columns.capacity, first);
    expect(reader.full).toBe(false);
    expect(first + second).toBe(rows);
    expect(reader.stop).toBe(block.length);
    expect(Array.from(columns.numbers[1]!.subarray(0, rows))).toEqual(Array.from({ length: rows }, (_, i) => i));
    expect(columns.lines[rows - 1]).toBe(rows);
  });

  it('drops the misses of a line it stops at, which the general loop reads (or skips, when blank) on its own', async () => {
    // The blank line's first field (empty, new, so a miss) is met before the line turns out not usual: it must not be
    // coded, as the general loop skips the line. The ragged line's fields are coded by the general loop, as before.
    const lines = 'new1,a,0.5,x,w,l\n\nnew2,b,0.25,x,w\nnew3,c,0.75,x,w,l\n';
    const { rows, texts, viaColumns } = await rowsOf([Buffer.from(`${HEADER.join(',')}\n`), Buffer.from(lines)], true);
    expect(viaColumns).toEqual([true, true, true]);
    expect(rows).toEqual([
      ['new1', 'a', 0.5, 'w', 'l'],
      { reason: 'ragged_row', column: '', value: '5 fields, header has 6' },
      ['new3', 'c', 0.75, 'w', 'l'],
    ]);
    expect(texts[0]).toEqual(['new1', 'new2', 'new3']);
  });
});
