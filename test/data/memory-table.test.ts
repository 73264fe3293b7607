import { describe, expect, it } from 'vitest';
import { readExampleColumns, readExamples, readTable } from '../../shared/data/index.js';
import type { Bindings, MemoryTable } from '../../shared/data/index.js';
import { drain, failure, useTempDir, write } from './helpers.js';

const dir = useTempDir();
const BINDINGS: Bindings = {
  task: 'binary',
  label: 'label',
  score: 'score',
  threshold: 0.5,
  id: 'id',
  groups: ['sex'],
  slices: ['region'],
  weight: 'w',
};

/** Rows as a reader of each format gives them (CSV text, JSONL numbers and booleans), with the scores as a typed array. */
const ROWS: unknown[][] = [
  ['r1', '1', 'F', 'north', '2'],
  ['r2', 0, 'M', 'south', 0.5],
  ['r3', true, 'F', 'north', 1],
  ['r4', 'no', 'M', 'east', '1'],
  ['r5', 1, 'F', 'south', 3],
];
const SCORES = new Float64Array([0.9, 0.5, 0.1, 0.30000000000000004, 1]);
const COLUMNS = ['id', 'label', 'sex', 'region', 'w'];

function table(
  rows: unknown[][] = ROWS,
  scores = SCORES,
  origins = rows.map((_, i) => ({ file: 'data/a.csv', line: i + 2 })),
): MemoryTable {
  return {
    name: 'held-out rows (in memory)',
    columns: [...COLUMNS, 'score'],
    values: [...COLUMNS.map((_, k) => rows.map((row) => row[k])), scores],
    origins,
  };
}

/** The same rows written as a CSV file, as train wrote them before it kept them in memory. */
function csvOf(rows: unknown[][], scores: Float64Array): string {
  return `${[...COLUMNS, 'score'].join(',')}\n${rows.map((row, i) => [...row.map(String), String(scores[i])].join(',')).join('\n')}\n`;
}

describe('readExamples on a MemoryTable', () => {
  it('gives the examples and counts the same rows give from a CSV file, with the table named as the data source', async () => {
    const file = write(dir, 'same.csv', csvOf(ROWS, SCORES));
    const fromFile = readExamples(file, BINDINGS, { maxBadRows: 0 });
    const fromMemory = readExamples(table(), BINDINGS, { maxBadRows: 0 });
    const [a, b] = [(await drain(fromFile.batches)).flat(), (await drain(fromMemory.batches)).flat()];
    expect(b).toEqual(a);
    expect(b.map((e) => e.label)).toEqual([1, 0, 1, 0, 1]);
    expect(b[3].score).toBe(0.30000000000000004);
    const { files, format, bytes, ...counts } = fromMemory.summary();
    expect({ files, format, bytes }).toEqual({ files: ['held-out rows (in memory)'], format: 'memory', bytes: 0 });
    const { files: _f, format: _m, bytes: _b, ...fileCounts } = fromFile.summary();
    expect(counts).toEqual(fileCounts);
  });

  it('draws the same bootstrap weights as from the file (they go by id)', async () => {
    const file = write(dir, 'weights.csv', csvOf(ROWS, SCORES));
    const options = { maxBadRows: 0, bootstrap: { seed: 5, replicates: 20 } };
    const weights = async (read: ReturnType<typeof readExampleColumns>) =>
      (await drain(read.batches)).flatMap((batch) => [...batch.replicateWeights!]);
    expect(await weights(readExampleColumns(table(), BINDINGS, options))).toEqual(
      await weights(readExampleColumns(file, BINDINGS, options)),
    );
  });

  it('names a bad row by its origin, the file and line it came from, not the table', async () => {
    const rows = ROWS.map((row) => row.slice());
    rows[2][1] = 'maybe';
    const origins = rows.map((_, i) => ({ file: i < 2 ? 'data/a.csv' : 'data/b.csv', line: 10 + i }));
    const error = await failure(drain(readExamples(table(rows, SCORES, origins), BINDINGS, { maxBadRows: 0 }).batches));
    expect(error.message).toMatch(/^bad row \(unknown_label\) in column "label": "maybe"/);
    expect(error.location).toEqual({ file: 'data/b.csv', line: 12, column: 'label' });

    const lenient = readExamples(table(rows, SCORES, origins), BINDINGS, { maxBadRows: 1 });
    expect((await drain(lenient.batches)).flat()).toHaveLength(4);
    expect(lenient.summary().skippedSamples).toEqual([
      { reason: 'unknown_label', file: 'data/b.csv', line: 12, column: 'label', value: 'maybe' },
    ]);
  });

  it('finds a repeated id and names both origins', async () => {
    const rows = ROWS.map((row) => row.slice());
    rows[4][0] = 'r2';
    const origins = rows.map((_, i) => ({ file: i === 4 ? 'data/b.csv' : 'data/a.csv', line: i + 2 }));
    const error = await failure(drain(readExamples(table(rows, SCORES, origins), BINDINGS, { maxBadRows: 0 }).batches));
    expect(error.message).toBe('data.id is not unique: "r2" is the id of data/a.csv:3 and data/b.csv:6');
  });

  it('says a bound column the table lacks, naming the table', async () => {
    const error = await failure(drain(readExamples(table(), { ...BINDINGS, groups: ['race'] }, { maxBadRows: 0 }).batches));
    expect(error.message).toMatch(/^no column "race" \(data.groups\) in held-out rows \(in memory\); its columns are: id, label/);
  });

  it('hands readTable the rows of the columns asked for, a chunk per origin file, with their lines', async () => {
    const origins = ROWS.map((_, i) => ({ file: i < 3 ? 'a.csv' : 'b.csv', line: 2 + i }));
    const read = readTable(table(ROWS, SCORES, origins), { maxBadRows: 0 }, ['score', 'id']);
    const batches = await drain(read);
    expect(batches.map((b) => [b.file, b.columns, b.lines])).toEqual([
      ['a.csv', ['score', 'id'], [2, 3, 4]],
      ['b.csv', ['score', 'id'], [5, 6]],
    ]);
    expect(batches[1].rows).toEqual([
      [0.30000000000000004, 'r4'],
      [1, 'r5'],
    ]);
    expect(read.summary().rowsRead).toBe(5);
  });
});
