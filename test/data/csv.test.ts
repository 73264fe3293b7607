import { describe, expect, it } from 'vitest';
import { readCsv } from '../../shared/data/csv.js';
import type { CsvOptions } from '../../shared/data/csv.js';
import { ConfigError, DataError } from '../../shared/errors.js';
import { chunksOf, drain, failure } from './helpers.js';

interface Parsed {
  columns: string[];
  rows: unknown[];
  lines: number[];
}

async function parse(input: string | Buffer | (string | Buffer)[], options?: CsvOptions): Promise<Parsed> {
  const parsed: Parsed = { columns: [], rows: [], lines: [] };
  for await (const chunk of readCsv(chunksOf(Array.isArray(input) ? input : [input]), 'test.csv', options)) {
    if ('codes' in chunk) throw new Error('a column chunk without options.columnar');
    parsed.columns = chunk.columns;
    parsed.rows.push(...chunk.rows);
    parsed.lines.push(...chunk.lines);
  }
  return parsed;
}

describe('readCsv: RFC 4180', () => {
  it('reads a header and rows, numbering records by physical line', async () => {
    expect(await parse('a,b\n1,2\n3,4\n')).toEqual({
      columns: ['a', 'b'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
      lines: [2, 3],
    });
  });

  it('reads a last record without a final newline', async () => {
    expect((await parse('a,b\n1,2\n3,4')).rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('ends records at CRLF as well as LF', async () => {
    expect(await parse('a,b\r\n1,2\r\n3,4\r\n')).toEqual({
      columns: ['a', 'b'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
      lines: [2, 3],
    });
    expect((await parse('a,b\r\n1,2\n3,4\r\n')).rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps delimiters inside quotes and unescapes doubled quotes', async () => {
    const parsed = await parse('a,b\n"x,y",2\n"he said ""hi""",""""\n');
    expect(parsed.rows).toEqual([
      ['x,y', '2'],
      ['he said "hi"', '"'],
    ]);
  });

  it('keeps LF and CRLF newlines inside quoted fields, and numbers the record by its first line', async () => {
    const parsed = await parse('id,text\n1,"one\ntwo"\n2,"three\r\nfour\r\n"\r\n3,end\n');
    expect(parsed.rows).toEqual([
      ['1', 'one\ntwo'],
      ['2', 'three\r\nfour\r\n'],
      ['3', 'end'],
    ]);
    expect(parsed.lines).toEqual([2, 4, 7]);
  });

  it('reads empty fields, quoted empty fields and a trailing delimiter', async () => {
    expect((await parse('a,b,c\n,,\n"",x,""\n1,2,\n')).rows).toEqual([
      ['', '', ''],
      ['', 'x', ''],
      ['1', '2', ''],
    ]);
  });

  it('reads quoted header names', async () => {
    expect((await parse('"a","b ""x"""\n1,2\n')).columns).toEqual(['a', 'b "x"']);
  });

  it('strips a UTF-8 BOM', async () => {
    const parsed = await parse(Buffer.from('\uFEFFa,b\n1,2\n'));
    expect(parsed.columns).toEqual(['a', 'b']);
  });

  it('reads other one-character delimiters', async () => {
    expect(await parse('a;b\n"1;x";2\n', { delimiter: ';' })).toMatchObject({ columns: ['a', 'b'], rows: [['1;x', '2']] });
    expect(await parse('a\tb\n1,5\t2\n', { delimiter: '\t' })).toMatchObject({ columns: ['a', 'b'], rows: [['1,5', '2']] });
  });

  it('reads a quote inside an unquoted field as data', async () => {
    expect((await parse('a,b\nx"y,2\n')).rows).toEqual([['x"y', '2']]);
  });

  it('skips blank lines between records without losing the line count', async () => {
    expect(await parse('a,b\n\n1,2\n\r\n3,4\n\n')).toMatchObject({
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
      lines: [3, 5],
    });
  });

  it('reads a lone CR as data', async () => {
    expect((await parse('a,b\n1\r2,3\n')).rows).toEqual([['1\r2', '3']]);
  });

  it('reads multi-byte UTF-8 in fields', async () => {
    expect((await parse('name,emoji\n"Zoë, Ångström",😀\n')).rows).toEqual([['Zoë, Ångström', '😀']]);
  });
});

describe('readCsv: errors', () => {
  it('reports an unterminated quote at the line and column where it opened', async () => {
    const error = await failure(parse('a,b\n1,2\n3,"abc\n4,5\n'));
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toMatch(/unterminated quoted field/);
    expect(error.location).toEqual({ file: 'test.csv', line: 3, column: 3 });
  });

  it('reports an unterminated quote on the last line without a newline', async () => {
    expect((await failure(parse('a,b\n"x'))).location).toEqual({ file: 'test.csv', line: 2, column: 1 });
  });

  it('reports text after a closing quote at its column', async () => {
    const error = await failure(parse('a,b\n1,2\n"x"y,2\n'));
    expect(error.message).toMatch(/after a closing quote/);
    expect(error.location).toEqual({ file: 'test.csv', line: 3, column: 4 });
  });

  it('turns a row with the wrong field count into a ragged_row fault at its line, not an error', async () => {
    const parsed = await parse('a,b\n1,2,3\n4\n5,6\n"7",8,9\n');
    expect(parsed.rows).toEqual([
      { reason: 'ragged_row', column: '', value: '3 fields, header has 2' },
      { reason: 'ragged_row', column: '', value: '1 fields, header has 2' },
      ['5', '6'],
      { reason: 'ragged_row', column: '', value: '3 fields, header has 2' },
    ]);
    expect(parsed.lines).toEqual([2, 3, 4, 5]);
  });

  it('finds ragged rows when only some columns are kept', async () => {
    const select = () => ['b'];
    const parsed = await parse('a,b,c\n1,2,3\n1,2\n1,2,3,4\n', { select });
    expect(parsed.rows).toEqual([
      ['2'],
      { reason: 'ragged_row', column: '', value: '2 fields, header has 3' },
      { reason: 'ragged_row', column: '', value: '4 fields, header has 3' },
    ]);
  });

  it('fails on a duplicate header name', async () => {
    const error = await failure(parse('id,score,id\n1,2,3\n'));
    expect(error.message).toBe('duplicate column name "id" in the header (columns 1 and 3)');
    expect(error.location).toEqual({ file: 'test.csv', line: 1, column: 'id' });
    const long = 'k'.repeat(10_000);
    const cut = await failure(parse(`${long},${long}\n1,2\n`));
    expect(cut.message).toBe(`duplicate column name "${'k'.repeat(63)}…" in the header (columns 1 and 2)`);
  });

  it('fails on an empty file, a BOM alone and blank lines alone', async () => {
    for (const input of ['', '\uFEFF', '\n\r\n\n']) {
      const error = await failure(parse(Buffer.from(input)));
      expect(error.message).toMatch(/^empty file/);
      expect(error.location).toEqual({ file: 'test.csv' });
    }
  });

  it('fails on a header without data rows', async () => {
    const error = await failure(parse('a,b\n\n'));
    expect(error.message).toMatch(/^no data rows/);
    expect(error.location).toEqual({ file: 'test.csv', line: 1 });
  });

  it('fails on bytes that are not UTF-8, at their line and column', async () => {
    const latin1 = Buffer.from('name,city\nA,Paris\nB,Mo\xe9nchen\n', 'latin1');
    const error = await failure(parse(latin1));
    expect(error.message).toMatch(/not valid UTF-8/);
    expect(error.location).toEqual({ file: 'test.csv', line: 3, column: 5 });
  });

  it('rejects a delimiter that is not one plain character', async () => {
    for (const delimiter of ['', ';;', '"', '\n']) {
      expect(await failure(parse('a\n1\n', { delimiter }))).toBeInstanceOf(ConfigError);
    }
  });
});

describe('readCsv: chunk boundaries', () => {
  const tricky =
    '\uFEFFid,"na,me",note\r\n' +
    '1,Zoë,plain\r\n' +
    '2,"Ång ""q"" 😀","multi\r\nline, with \u00e9"\r\n' +
    '\r\n' +
    '3,"",\n' +
    '4,"a\nb\n\nc",x"y\n' +
    '5,€,"😀"\r\n' +
    '6,7,8';
  const bytes = Buffer.from(tricky);

  it('parses the same records wherever one chunk boundary falls, including inside quotes, CRLF and characters', async () => {
    const whole = await parse(bytes);
    expect(whole.rows).toHaveLength(6);
    expect(whole.lines).toEqual([2, 3, 6, 7, 11, 12]);
    for (let at = 0; at <= bytes.length; at++) {
      expect(await parse([bytes.subarray(0, at), bytes.subarray(at)]), `split at byte ${at}`).toEqual(whole);
    }
  });

  it('parses the same records from one-byte chunks', async () => {
    const whole = await parse(bytes);
    const single = [...bytes].map((byte) => Buffer.from([byte]));
    expect(await parse(single)).toEqual(whole);
  });

  it('parses the same kept columns wherever the boundary falls, on the plain-line path too', async () => {
    const plain = Buffer.from('id,label,score,group\r\n1,0,0.25,a\r\n2,1,-1.5e3,b\n3,1,,c\r\n4,0,0.75,d,extra\n5,1,1,é');
    const options: CsvOptions = { select: () => ['score', 'group'], numbers: new Set(['score']) };
    const whole = await parse(plain, options);
    expect(whole.rows).toEqual([
      [0.25, 'a'],
      ['-1.5e3', 'b'],
      ['', 'c'],
      { reason: 'ragged_row', column: '', value: '5 fields, header has 4' },
      [1, 'é'],
    ]);
    for (let at = 0; at <= plain.length; at++) {
      expect(await parse([plain.subarray(0, at), plain.subarray(at)], options), `split at byte ${at}`).toEqual(whole);
    }
  });
});

describe('readCsv: kept columns and numbers', () => {
  it('keeps only the selected columns, in header order', async () => {
    const parsed = await parse('a,b,c\n1,2,3\n', { select: (header) => (expect(header).toEqual(['a', 'b', 'c']), ['c', 'a']) });
    expect(parsed).toEqual({ columns: ['a', 'c'], rows: [['1', '3']], lines: [2] });
  });

  it('reads plain decimals exactly as Number does and leaves everything else as text', async () => {
    const decimals = [
      '0',
      '1',
      '-0',
      '0.5',
      '-12.25',
      '.5',
      '5.',
      '007',
      '0.1',
      '0.3',
      '123456789012345',
      '0.000000000000001',
      '0.0000000000000000000001',
      '-999999.99999999',
      '-0.0',
    ];
    // Up to 7 integer and 8 fraction digits: within the 15 digits the exact path takes.
    for (let i = 0; i < 3000; i++) decimals.push((Math.random() * 10 ** (i % 7) * (i % 2 ? -1 : 1)).toFixed(i % 9));
    const texts = [
      '1e5',
      ' 1',
      '1 ',
      '-',
      '.',
      '1.2.3',
      'abc',
      '+1',
      'NaN',
      'Infinity',
      '0x10',
      '1234567890123456',
      '0.00000000000000000000001',
      '',
    ];
    const csv = `x,v\n${[...decimals, ...texts].map((value) => `0,${value}`).join('\n')}\n`;
    const parsed = await parse(csv, { select: () => ['v'], numbers: new Set(['v']) });
    const values = parsed.rows.map((row) => (row as unknown[])[0]);
    expect(values.slice(0, decimals.length)).toEqual(decimals.map(Number));
    expect(values.slice(decimals.length)).toEqual(texts);
  });
});

describe('readCsv: scores at full float64 precision in column chunks', () => {
  it("reads 16- and 17-digit decimals exactly as Number does, on the line reader's path", async () => {
    // Seeded doubles as models print them (shortest round trip, often 17 significant digits), and at toPrecision(17).
    let state = 12345;
    const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32 + state / 2 ** 64) % 1;
    const texts = Array.from({ length: 20000 }, (_, i) => (i % 2 ? String(next()) : next().toPrecision(17)));
    const csv = Buffer.from(`id,score\n${texts.map((t, i) => `${i},${t}`).join('\n')}\n`);
    const chunks = await drain(
      readCsv(chunksOf(blocks(csv)), 'scores.csv', { select: () => ['score'], numbers: new Set(['score']), columnar: true }),
    );
    const values: number[] = [];
    let viaColumns = 0;
    for (const chunk of chunks) {
      if ('codes' in chunk) {
        for (let i = 0; i < chunk.length; i++) {
          expect(chunk.codes[0][i]).toBe(-1);
          values.push(chunk.numbers[0]![i]);
          viaColumns++;
        }
      } else values.push(...chunk.rows.map((row) => Number((row as unknown[])[0])));
    }
    expect(texts.filter((t) => t.replace(/^0\.0*/, '').replace('.', '').length > 15).length).toBeGreaterThan(10000);
    expect(viaColumns).toBeGreaterThan(15000);
    expect(values).toEqual(texts.map(Number));
  });
});

/** `text` as 64 KiB byte blocks, as a file is read. */
function blocks(text: string | Buffer): Buffer[] {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += 1 << 16) out.push(bytes.subarray(at, at + (1 << 16)));
  return out;
}

describe('readCsv: caps on lines and fields, and NUL bytes', () => {
  it('stops a line past data.max_line_bytes (default 16 MiB) at that line, before reading the rest of it', async () => {
    const long = 'x'.repeat(20 * 2 ** 20);
    const error = await failure(parse(blocks(`a,b\n1,2\n3,${long}\n4,5\n`)));
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toBe(`line 3 is longer than data.max_line_bytes (${16 * 2 ** 20} bytes)`);
    expect(error.location).toEqual({ file: 'test.csv', line: 3 });
    expect(error.hint).toMatch(/raise data\.max_line_bytes/);
  });

  it('stops a line without any newline (one huge block of a decompressed file) at the cap', async () => {
    const error = await failure(parse(Buffer.alloc(3 * 2 ** 20, 'y'), { maxLineBytes: 2 ** 20 }));
    expect(error.location).toEqual({ file: 'test.csv', line: 1 });
  });

  it('applies the line cap to a long line inside one block too, and to the header', async () => {
    const error = await failure(parse(`a,b\n1,${'z'.repeat(5000)}\n`, { maxLineBytes: 4096, maxFieldBytes: 1024 }));
    expect(error.message).toMatch(/^line 2 is longer than data.max_line_bytes \(4096 bytes\)/);
    const header = await failure(parse(`a,${'h'.repeat(3000)}\n1,2\n`, { maxFieldBytes: 1024 }));
    expect(header.message).toMatch(/longer than data.max_field_bytes \(1024 bytes\)/);
    expect(header.location).toEqual({ file: 'test.csv', line: 1, column: 2 });
  });

  it('reads a long line within the caps whole, however it is split into blocks', async () => {
    const fields = Array.from({ length: 12 }, (_, k) => String.fromCharCode(97 + k).repeat(700_000));
    const parsed = await parse(blocks(`${fields.map((_, k) => `c${k}`).join(',')}\n${fields.join(',')}\n1,2,3,4,5,6,7,8,9,10,11,12\n`));
    expect(parsed.rows).toHaveLength(2);
    expect((parsed.rows[0] as string[]).map((field) => field.length)).toEqual(fields.map((field) => field.length));
    expect(parsed.lines).toEqual([2, 3]);
  });

  it('stops a field past data.max_field_bytes at its line and column name, quoted or not', async () => {
    const big = 'v'.repeat(2 ** 20 + 1);
    const plain = await failure(parse(blocks(`id,note\n1,ok\n2,${big}\n`)));
    expect(plain.message).toBe(`a value is longer than data.max_field_bytes (${2 ** 20} bytes)`);
    expect(plain.location).toEqual({ file: 'test.csv', line: 3, column: 'note' });
    expect(plain.hint).toMatch(/raise data\.max_field_bytes/);
    // Quoted, with delimiters and newlines inside: the field is what counts, not its pieces.
    const quoted = await failure(parse(`id,note\n1,"${'a,b\n'.repeat(300)}"\n`, { maxFieldBytes: 1024 }));
    expect(quoted.location).toEqual({ file: 'test.csv', line: 2, column: 'note' });
  });

  it('holds a record of quoted fields over many lines to the line cap', async () => {
    const error = await failure(parse(`a,b\n1,"${'short\n'.repeat(2000)}"\n`, { maxLineBytes: 4096, maxFieldBytes: 100_000 }));
    expect(error.message).toMatch(/^line 2 is longer than data.max_line_bytes/);
  });

  it('refuses a NUL byte at its line and column', async () => {
    for (const options of [undefined, { select: () => ['a'], columnar: true }] as CsvOptions[]) {
      const error = await failure(parse(`a,b\n1,2\n3,x\0y\n`, options));
      expect(error).toBeInstanceOf(DataError);
      expect(error.message).toMatch(/NUL byte/);
      expect(error.location).toEqual({ file: 'test.csv', line: 3, column: 4 });
    }
    // 2 GB of NUL bytes gzip to 2 MB: such a file ends at the line cap, not after reading it all.
    const zeros = await failure(parse(blocks(Buffer.alloc(17 * 2 ** 20))));
    expect(zeros.message).toMatch(/longer than data.max_line_bytes|NUL byte/);
  });

  it("reads a header of 3,000 columns (the line reader's column tables as wide)", async () => {
    const names = Array.from({ length: 3000 }, (_, k) => `c${k}`);
    const line = (r: number) => names.map((_, k) => (k === 2999 ? `0.${r}` : k === 5 ? `g${r % 2}` : '')).join(',');
    const text = `${names.join(',')}\n${Array.from({ length: 200 }, (_, r) => line(r)).join('\n')}\n`;
    const columns: unknown[][] = [];
    for await (const chunk of readCsv(chunksOf(blocks(text)), 'wide.csv', {
      select: () => ['c5', 'c2999'],
      numbers: new Set(['c2999']),
      columnar: true,
    })) {
      if ('codes' in chunk) for (let i = 0; i < chunk.length; i++) columns.push([chunk.texts[0][chunk.codes[0][i]], chunk.numbers[1]![i]]);
      else columns.push(...(chunk.rows as unknown[][]));
    }
    expect(columns).toHaveLength(200);
    expect(columns[7]).toEqual(['g1', 0.7]);
  });
});
