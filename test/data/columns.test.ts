import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleAt, readExampleColumns } from '../../shared/data/index.js';
import type { Bindings, ExampleColumns } from '../../shared/data/index.js';
import { readCsv } from '../../shared/data/csv.js';
import { chunksOf, drain, failure, useTempDir, write } from './helpers.js';

const dir = useTempDir();
const BINDINGS: Bindings = {
  task: 'binary',
  label: 'label',
  score: 'score',
  threshold: 0.5,
  id: 'id',
  weight: 'w',
  groups: ['sex', 'race'],
  slices: ['region'],
};

/** Good rows filling more than one 64 KiB read block, so later lines take the column path. */
function filler(rows: number, from = 0): string {
  const lines: string[] = [];
  for (let i = from; i < from + rows; i++) {
    lines.push(
      `r${i},${i % 3 === 0 ? 1 : 0},${((i * 37) % 10001) / 10000},${i % 2 ? 'F' : 'M'},${'abcde'[i % 5]},${['north', 'south', 'é-east'][i % 3]},${i % 4},x${i}`,
    );
  }
  return lines.join('\n');
}

const HEADER = 'id,label,score,sex,race,region,w,note';
/**
 * Rows every check of the reader has to judge, after the filler: each either makes an example or is skipped.
 * No quotes among them, so their block is parsed into columns; a quoted row comes later, in another block.
 */
const TRICKY = [
  'q2,2,0.5,F,a,north,1,x',
  'q3,,0.5,F,a,north,1,x',
  'q4,1,1.5,F,a,north,1,x',
  'q5,1,abc,F,a,north,1,x',
  'q6,1,1e-1,F,a,north,1,x',
  'q7,1,0.5,,a,north,1,x',
  'q8,1,0.5,F,a,,1,x',
  'q9,1,0.5,F,a,north,-1,x',
  'q10,1,0.5,F,a,north,0.5,x',
  ',1,0.5,F,a,north,1,x',
  'q12,true,0.5,F,a,north,1,x',
  'q13,1,0.5,F,a,north,1',
  'q14,1,0.5,F,a,north,1,x,extra',
  '',
  'q16,0,0.0,M,b,south,2,x\r',
  'q17,1,-0,M,b,south,0,x',
];

async function both(path: string | string[], bindings: Bindings = BINDINGS, maxBadRows = 100, maxGroupValues?: number) {
  const read = async (columnar: boolean) => {
    const reading = readExampleColumns(path, bindings, { maxBadRows, maxGroupValues }, columnar);
    const batches = await drain(reading.batches);
    return {
      batches,
      examples: batches.flatMap((batch) => Array.from({ length: batch.length }, (_, i) => exampleAt(batch, i))),
      summary: reading.summary(),
    };
  };
  return { columns: await read(true), rows: await read(false) };
}

describe('readExampleColumns', () => {
  it('parses blocks of plain lines into columns and makes the same examples, skips and samples as rows do', async () => {
    const quoted = 'q1,1,0.25,F,a,north,1,"quoted, note"';
    const path = write(dir, 'tricky.csv', `${HEADER}\n${filler(3000)}\n${TRICKY.join('\n')}\n${filler(3000, 3000)}\n${quoted}\n`);
    const { columns, rows } = await both(path);
    expect(columns.examples).toEqual(rows.examples);
    expect(columns.summary).toEqual(rows.summary);
    expect(columns.examples).toHaveLength(6000 + 6);
    expect(columns.summary.rowsSkipped).toEqual({
      unknown_label: 1,
      missing_value: 4,
      score_out_of_range: 1,
      non_numeric_score: 1,
      bad_weight: 1,
      ragged_row: 2,
    });
    // The column path did run: the file's later read blocks became column chunks.
    const bytes = readFileSync(path);
    const blocks = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, k) => bytes.subarray(k * 65536, (k + 1) * 65536));
    const chunks = await drain(
      readCsv(chunksOf(blocks), path, { select: (header) => header, numbers: new Set(['score']), columnar: true }),
    );
    expect(chunks.filter((chunk) => 'codes' in chunk).length).toBeGreaterThan(1);
  });

  it('keeps group codes stable across batches and files', async () => {
    const a = write(dir, 'a.csv', `${HEADER}\n${filler(4000)}\n`);
    const b = write(dir, 'b.csv', `${HEADER}\n${filler(4000, 4000)}\n`);
    const { columns, rows } = await both([a, b]);
    expect(columns.examples).toEqual(rows.examples);
    const reading = readExampleColumns([a, b], BINDINGS, { maxBadRows: 0 });
    const batches: ExampleColumns[] = await drain(reading.batches);
    expect(batches.length).toBeGreaterThan(2);
    expect(new Set(batches.map((batch) => batch.groupValues)).size).toBe(1);
    expect(batches[0].groupValues[0].slice().sort()).toEqual(['F', 'M']);
    expect(batches.flatMap((batch) => Array.from({ length: batch.length }, (_, i) => batch.position + i))).toEqual(
      Array.from({ length: 8000 }, (_, i) => i),
    );
  });

  it('reads blocks of much shorter lines than the blocks before them (the columns grow)', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `l${i},${i % 2},0.25,F,a,north,1,${'n'.repeat(600)}`);
    const short = Array.from({ length: 20000 }, (_, i) => `s${i},${i % 2},0.5,M,b,south,1,`);
    const path = write(dir, 'shrinking.csv', `${HEADER}\n${long.join('\n')}\n${short.join('\n')}\n`);
    const { columns, rows } = await both(path);
    expect(columns.examples).toEqual(rows.examples);
    expect(columns.examples).toHaveLength(20400);
  });

  it('reads a column of more distinct values than it interns (ids) without losing any', async () => {
    const lines = Array.from({ length: 9000 }, (_, i) => `u${i},${i % 2},0.5,g${i},a,north,1,x`);
    const path = write(dir, 'distinct.csv', `${HEADER}\n${lines.join('\n')}\n`);
    const { columns, rows } = await both(path, BINDINGS, 100, 10_000);
    expect(columns.examples).toEqual(rows.examples);
    expect(new Set(columns.examples.map((e) => e.groups[0])).size).toBe(9000);
    expect(columns.examples.at(-1)!.id).toBe('u8999');
  });

  it('fails on the same bad row, past max_bad_rows, either way', async () => {
    const path = write(dir, 'bad.csv', `${HEADER}\n${filler(3000)}\nq1,7,0.5,F,a,north,1,x\n`);
    const fromColumns = await failure(drain(readExampleColumns(path, BINDINGS, { maxBadRows: 0 }, true).batches));
    const fromRows = await failure(drain(readExampleColumns(path, BINDINGS, { maxBadRows: 0 }, false).batches));
    expect(fromColumns.message).toBe(fromRows.message);
    expect(fromColumns.location).toEqual({ file: path, line: 3002, column: 'label' });
  });

  it('fails on bytes that are not UTF-8 in a later block, at their line', async () => {
    const path = write(
      dir,
      'latin1.csv',
      Buffer.concat([Buffer.from(`${HEADER}\n${filler(3000)}\n`), Buffer.from('z,1,0.5,F,a,M\xfcnchen,1,x\n', 'latin1')]),
    );
    const error = await failure(drain(readExampleColumns(path, BINDINGS, { maxBadRows: 0 }).batches));
    expect(error.message).toMatch(/not valid UTF-8/);
    expect(error.location).toEqual({ file: path, line: 3002, column: 14 });
  });
});
