import { appendFileSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { readExampleColumns, readExamples, readTable } from '../../shared/data/index.js';
import type { Bindings, Progress, ReadOptions } from '../../shared/data/index.js';
import { ConfigError, DataError } from '../../shared/errors.js';
import { drain, failure, useTempDir, write } from './helpers.js';

const dir = useTempDir();
const BINARY: Bindings = { task: 'binary', label: 'label', score: 'score', threshold: 0.5, groups: [], slices: [] };

async function examples(paths: string | string[], bindings: Partial<Bindings> = {}, options: Partial<ReadOptions> = {}) {
  const read = readExamples(paths, { ...BINARY, ...bindings }, { maxBadRows: 0, ...options });
  const all = (await drain(read.batches)).flat();
  return { examples: all, summary: read.summary() };
}

describe('readExamples: binary', () => {
  it('binds columns by name and builds typed examples', async () => {
    const path = write(dir, 'basic.csv', 'id,sex,score,label,region,w\nr1,F,0.9,1,north,2\nr2,M,0.5,0,south,0.5\nr3,F,0.1,1,north,0\n');
    const { examples: rows, summary } = await examples(path, { id: 'id', groups: ['sex'], slices: ['region'], weight: 'w' });
    expect(rows).toEqual([
      { label: 1, score: 0.9, scores: undefined, prediction: 1, weight: 2, id: 'r1', position: 0, groups: ['F'], slices: ['north'] },
      { label: 0, score: 0.5, scores: undefined, prediction: 1, weight: 0.5, id: 'r2', position: 1, groups: ['M'], slices: ['south'] },
      { label: 1, score: 0.1, scores: undefined, prediction: 0, weight: 0, id: 'r3', position: 2, groups: ['F'], slices: ['north'] },
    ]);
    expect(summary).toEqual({
      files: [path],
      format: 'csv',
      rowsRead: 3,
      rowsUsed: 3,
      rowsSkipped: {},
      skippedSamples: [],
      bytes: statSync(path).size,
    });
  });

  it('reads scores written in any decimal form the same as Number does', async () => {
    const path = write(dir, 'forms.csv', 'label,score\n1,1e-3\n0," 0.25 "\n1,.5\n0,0.0\n1,1\n');
    const { examples: rows } = await examples(path);
    expect(rows.map((row) => row.score)).toEqual([0.001, 0.25, 0.5, 0, 1]);
  });

  it('reads decimal numbers only: 0x1, 0b1, 0o1 and Infinity are not numbers, in any format', async () => {
    const csv = write(dir, 'hex.csv', 'label,score\n1,0.5\n0x1,0.5\n1,0x1\n0b1,0.5\n1,0o1\n1,Infinity\n0,1E0\n');
    const { examples: rows, summary } = await examples(csv, {}, { maxBadRows: 10 });
    expect(rows.map((row) => [row.label, row.score])).toEqual([
      [1, 0.5],
      [0, 1],
    ]);
    expect(summary.rowsSkipped).toEqual({ unknown_label: 2, non_numeric_score: 3 });
    const jsonl = write(dir, 'hex.jsonl', '{"label":"0x1","score":0.5}\n{"label":1,"score":"0x0"}\n{"label":"1","score":"0.5"}\n');
    const fromJson = await examples(jsonl, {}, { maxBadRows: 10 });
    expect(fromJson.examples).toHaveLength(1);
    expect(fromJson.summary.rowsSkipped).toEqual({ unknown_label: 1, non_numeric_score: 1 });
    const parquet = join(dir, 'hex.parquet');
    parquetWriteFile({
      filename: parquet,
      columnData: [
        { name: 'label', data: ['0x1', '1'], type: 'STRING' },
        { name: 'score', data: ['0.5', '0x1'], type: 'STRING' },
      ],
    });
    expect((await examples(parquet, {}, { maxBadRows: 10 })).summary.rowsSkipped).toEqual({ unknown_label: 1, non_numeric_score: 1 });
  });

  it('fails on a Parquet file with two columns of one name, as on a CSV header or a JSON line with a name twice', async () => {
    const parquet = join(dir, 'twice.parquet');
    parquetWriteFile({
      filename: parquet,
      columnData: [
        { name: 'label', data: [1, 0], type: 'INT32' },
        { name: 'score', data: [0.5, 0.2], type: 'DOUBLE' },
        { name: 'label', data: [0, 1], type: 'INT32' },
      ],
    });
    const error = await failure(drain(readExamples(parquet, BINARY, { maxBadRows: 0 }).batches));
    expect(error.message).toBe('duplicate column name "label" in the Parquet schema');
    expect(error.location).toEqual({ file: parquet, column: 'label' });
  });

  it('fails past data.max_group_values distinct values of a group or slice, naming the column and the line', async () => {
    const path = write(
      dir,
      'distinct-groups.csv',
      `label,score,g,r\n${Array.from({ length: 30 }, (_, i) => `1,0.5,${i % 3},r${i}`).join('\n')}\n`,
    );
    const error = await failure(examples(path, { groups: ['g'], slices: ['r'] }, { maxGroupValues: 20 }));
    expect(error.message).toBe('column "r" (data.slices) has more than data.max_group_values = 20 distinct values');
    expect(error.location).toEqual({ file: path, line: 22, column: 'r' });
    expect(error.hint).toMatch(/bucket/);
    expect((await examples(path, { groups: ['g'], slices: ['r'] }, { maxGroupValues: 30 })).examples).toHaveLength(30);
  });

  it('refuses a group or slice value holding an invisible or control character, naming file, line and column', async () => {
    for (const [char, code] of [
      ['\u200b', '200B'],
      ['\ufeff', 'FEFF'],
      ['\u061c', '061C'],
      ['\u2060', '2060'],
      ['\u200f', '200F'],
      ['\u0007', '0007'],
      ['\u001b', '001B'],
      ['\t', '0009'],
    ] as const) {
      const path = write(dir, `invisible-${code}.csv`, `label,score,g,r\n1,0.5,F,x\n0,0.5,F${char},x\n`);
      const error = await failure(examples(path, { groups: ['g'], slices: ['r'] }));
      expect(error, code).toBeInstanceOf(DataError);
      expect(error.message).toBe(`a value of column "g" (data.groups) holds an invisible or control character, U+${code} at character 2`);
      expect(error.location).toEqual({ file: path, line: 3, column: 'g' });
      const slice = write(dir, `invisible-slice-${code}.jsonl`, `{"label":1,"score":0.5,"r":"${JSON.stringify(char).slice(1, -1)}x"}\n`);
      expect((await failure(examples(slice, { slices: ['r'] }))).message, code).toContain(
        `(data.slices) holds an invisible or control character, U+${code} at character 1`,
      );
    }
    // Visible non-ASCII is a value like any other.
    const path = write(dir, 'visible.csv', 'label,score,g\n1,0.5,Zoë\n0,0.5,日本\n');
    expect((await examples(path, { groups: ['g'] })).examples.map((row) => row.groups[0])).toEqual(['Zoë', '日本']);
  });

  it('quotes a bad value nested 100,000 deep without overflowing the stack', async () => {
    const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    const path = write(dir, 'deep.jsonl', `{"label":${deep},"score":0.5}\n{"label":1,"score":0.5}\n`);
    const error = await failure(examples(path));
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toBe(
      'bad row (unknown_label) in column "label": "(nested too deeply to show)"; 1 bad rows, more than data.max_bad_rows = 0',
    );
    const { summary } = await examples(path, {}, { maxBadRows: 1 });
    expect(summary.skippedSamples[0].value).toBe('(nested too deeply to show)');
  });

  it('accepts 0/1, true/false, yes/no and 1.0/0.0 labels, and JSON booleans', async () => {
    const csv = write(dir, 'labels.csv', 'label,score\n1,0.5\n0,0.5\ntrue,0.5\nFalse,0.5\nyes,0.5\nNO,0.5\n1.0,0.5\n0.0,0.5\n');
    expect((await examples(csv)).examples.map((row) => row.label)).toEqual([1, 0, 1, 0, 1, 0, 1, 0]);
    const jsonl = write(
      dir,
      'labels.jsonl',
      '{"label":true,"score":0.5}\n{"label":false,"score":0.5}\n{"label":1,"score":0.5}\n{"label":"0","score":0.5}\n',
    );
    expect((await examples(jsonl)).examples.map((row) => row.label)).toEqual([1, 0, 1, 0]);
  });

  it('reads labels named by classes [negative, positive] as exactly those strings', async () => {
    const path = write(dir, 'classes.csv', 'label,score\npos,0.9\nneg,0.2\n1,0.3\n');
    const { examples: rows, summary } = await examples(path, { classes: ['neg', 'pos'] }, { maxBadRows: 1 });
    expect(rows.map((row) => row.label)).toEqual([1, 0]);
    expect(summary.skippedSamples).toEqual([{ reason: 'unknown_label', file: path, line: 4, column: 'label', value: '1' }]);
  });

  it('with a positive label, reads the one other value as negative and a third as unknown', async () => {
    const path = write(dir, 'spam.csv', 'label,score\nham,0.1\nspam,0.9\nham,0.2\neggs,0.3\n');
    const { examples: rows, summary } = await examples(path, { positiveLabel: 'spam' }, { maxBadRows: 1 });
    expect(rows.map((row) => row.label)).toEqual([0, 1, 0]);
    expect(summary.rowsSkipped).toEqual({ unknown_label: 1 });
  });

  it('takes the prediction from a bound column instead of the threshold', async () => {
    const path = write(dir, 'pred.csv', 'label,score,pred\n1,0.9,0\n0,0.1,1\n');
    expect((await examples(path, { prediction: 'pred' })).examples.map((row) => row.prediction)).toEqual([0, 1]);
  });

  it('reads a hard prediction alone, with the score NaN', async () => {
    const path = write(dir, 'pred-only.csv', 'label,pred\n1,1\n0,1\n');
    const { examples: rows } = await examples(path, { score: undefined, prediction: 'pred' });
    expect(rows.map((row) => [row.label, row.prediction, row.score])).toEqual([
      [1, 1, NaN],
      [0, 1, NaN],
    ]);
  });
});

describe('readExamples: bad rows', () => {
  const csv = [
    'id,label,score,g,s,w',
    'a,1,0.5,x,y,1', // 2 good
    'b,1,abc,x,y,1', // 3 non_numeric_score
    'c,1,,x,y,1', // 4 non_numeric_score (empty)
    'd,1,1.5,x,y,1', // 5 score_out_of_range
    'e,2,0.5,x,y,1', // 6 unknown_label
    'f,1,0.5,,y,1', // 7 missing_value (group)
    'g,1,0.5,x,,1', // 8 missing_value (slice)
    ',1,0.5,x,y,1', // 9 missing_value (id)
    'h,1,0.5,x,y,-1', // 10 bad_weight
    'i,1,0.5,x,y,heavy', // 11 bad_weight
    'j,1,0.5,x', // 12 ragged_row
    'k,,0.5,x,y,1', // 13 missing_value (label)
    'l,0,NaN,x,y,1', // 14 non_numeric_score
    'm,0,-0.1,x,y,1', // 15 score_out_of_range
    `n,0,${'9'.repeat(60)},x,y,1`, // 16 score_out_of_range, value shortened
    'o,0,0.25,x,y,1', // 17 good
  ].join('\n');
  const path = write(dir, 'bad.csv', csv);
  const bindings: Partial<Bindings> = { id: 'id', groups: ['g'], slices: ['s'], weight: 'w' };

  it('skips and counts each kind of bad row within the budget, keeping the first five as samples', async () => {
    const { examples: rows, summary } = await examples(path, bindings, { maxBadRows: 100 });
    expect(rows.map((row) => [row.id, row.position])).toEqual([
      ['a', 0],
      ['o', 1],
    ]);
    expect(summary.rowsRead).toBe(16);
    expect(summary.rowsUsed).toBe(2);
    expect(summary.rowsSkipped).toEqual({
      non_numeric_score: 3,
      score_out_of_range: 3,
      unknown_label: 1,
      missing_value: 4,
      bad_weight: 2,
      ragged_row: 1,
    });
    expect(summary.skippedSamples).toEqual([
      { reason: 'non_numeric_score', file: path, line: 3, column: 'score', value: 'abc' },
      { reason: 'non_numeric_score', file: path, line: 4, column: 'score', value: '' },
      { reason: 'score_out_of_range', file: path, line: 5, column: 'score', value: '1.5' },
      { reason: 'unknown_label', file: path, line: 6, column: 'label', value: '2' },
      { reason: 'missing_value', file: path, line: 7, column: 'g', value: '' },
    ]);
  });

  it('shortens long values in samples to 40 characters', async () => {
    const long = write(dir, 'long.csv', `label,score\n1,${'9'.repeat(60)}\n`);
    const { summary } = await examples(long, {}, { maxBadRows: 1 });
    expect(summary.skippedSamples[0].value).toBe(`${'9'.repeat(39)}…`);
  });

  it('fails once skipped rows exceed max_bad_rows, at the row that broke the budget', async () => {
    const error = await failure(examples(path, bindings, { maxBadRows: 4 }));
    expect(error).toBeInstanceOf(DataError);
    expect(error.location).toEqual({ file: path, line: 7, column: 'g' });
    expect(error.message).toBe('bad row (missing_value) in column "g": ""; 5 bad rows, more than data.max_bad_rows = 4');
    expect(error.hint).toMatch(/data\.max_bad_rows/);
    expect(error.samples).toHaveLength(5);
  });

  it('names the real fix for string labels and percent scores, and says when every row so far is bad', async () => {
    const labels = write(dir, 'diagnosis.csv', 'label,score\nmalignant,0.9\nbenign,0.2\nmalignant,0.7\n');
    const percent = write(dir, 'percent.csv', 'label,score\n1,87.5\n0,12.5\n');
    const mixed = write(dir, 'mixed.csv', 'label,score\n1,0.9\n0,0.1\nbenign,0.2\n');
    for (const columnar of [true, false]) {
      const read = (file: string, maxBadRows = 0) => failure(drain(readExampleColumns(file, BINARY, { maxBadRows }, columnar).batches));
      const label = await read(labels);
      expect(label.hint).toMatch(/data\.positive_label/);
      expect(label.hint).toMatch(/data\.classes/);
      expect(label.hint).toMatch(
        /^every row read so far is bad \(1 of 1\), so skipping them with data\.max_bad_rows would leave no usable rows/,
      );
      expect((await read(labels, 1)).hint).toMatch(/^every row read so far is bad \(2 of 2\)/);
      const score = await read(percent);
      expect(score.message).toMatch(/^bad row \(score_out_of_range\)/);
      expect(score.hint).toMatch(/probabilities in \[0, 1\]/);
      expect(score.hint).toMatch(/percent/);
      expect(score.hint).not.toMatch(/allow skipping/);
      // With usable rows before it, skipping the odd bad row is a fair way out.
      const some = await read(mixed);
      expect(some.hint).toMatch(/data\.positive_label/);
      expect(some.hint).toMatch(/allow skipping them with data\.max_bad_rows/);
      expect(some.hint).not.toMatch(/every row/);
    }
  });

  it('stops at a missing group value with a hint naming data.missing_group, which makes those rows a group', async () => {
    const file = write(dir, 'missing-group.csv', 'label,score,sex\n1,0.9,F\n0,0.2,\n1,0.7,M\n0,0.4,unknown\n');
    for (const columnar of [true, false]) {
      const strict = await failure(drain(readExampleColumns(file, { ...BINARY, groups: ['sex'] }, { maxBadRows: 0 }, columnar).batches));
      expect(strict.message).toMatch(/^bad row \(missing_value\) in column "sex"/);
      expect(strict.hint).toMatch(/data\.missing_group: "<label>"/);
      const read = readExampleColumns(file, { ...BINARY, groups: ['sex'], missingGroup: 'unknown' }, { maxBadRows: 0 }, columnar);
      const batches = await drain(read.batches);
      const values = batches.flatMap((b) => Array.from(b.groups[0], (code) => b.groupValues[0][code]));
      expect(values).toEqual(['F', 'unknown', 'M', 'unknown']);
      expect(read.summary().rowsSkipped).toEqual({});
    }
  });

  it('fails on the first bad row with the default budget of 0', async () => {
    const error = await failure(examples(path, bindings));
    expect(error.location).toEqual({ file: path, line: 3, column: 'score' });
    expect(error.message).toMatch(/^bad row \(non_numeric_score\)/);
  });

  it('refuses a weight outside 0 or [1e-12, 1e6], naming the row, the column and the range, on either read path', async () => {
    for (const [weight, line] of [
      ['1e308', 3],
      ['5e-324', 3],
      ['1000001', 3],
      ['1e-13', 3],
    ] as const) {
      const heavy = write(dir, 'heavy.csv', `label,score,w\n1,0.5,1\n0,0.25,${weight}\n1,0.75,1\n`);
      for (const columnar of [true, false]) {
        const error = await failure(drain(readExampleColumns(heavy, { ...BINARY, weight: 'w' }, { maxBadRows: 0 }, columnar).batches));
        expect(error.kind).toBe('DataError');
        expect(error.location).toEqual({ file: heavy, line, column: 'w' });
        expect(error.message).toContain('bad row (bad_weight) in column "w"');
        expect(error.message).toContain('a weight must be 0 or a number from 1e-12 to 1000000');
      }
    }
    const edges = write(dir, 'edges.csv', 'label,score,w\n1,0.5,1e6\n0,0.25,1e-12\n1,0.75,0\n');
    expect((await examples(edges, { weight: 'w' })).examples.map((e) => e.weight)).toEqual([1e6, 1e-12, 0]);
  });

  it('counts a ragged row against the budget at its line', async () => {
    const ragged = write(dir, 'ragged.csv', 'label,score\n1,0.5\n1,0.5,extra\n');
    const error = await failure(examples(ragged));
    expect(error.location).toEqual({ file: ragged, line: 3 });
    expect(error.message).toBe('bad row (ragged_row): "3 fields, header has 2"; 1 bad rows, more than data.max_bad_rows = 0');
  });

  it('counts JSON lines that are not objects, and keys a line lacks', async () => {
    const jsonl = write(
      dir,
      'bad.jsonl',
      '{"label":1,"score":0.5,"g":"a"}\n{"label":1,\n{"label":0,"score":0.5}\n{"label":0,"score":"0.75","g":"b"}\n',
    );
    const { examples: rows, summary } = await examples(jsonl, { groups: ['g'] }, { maxBadRows: 2 });
    expect(rows.map((row) => [row.score, row.groups])).toEqual([
      [0.5, ['a']],
      [0.75, ['b']],
    ]);
    expect(summary.skippedSamples).toEqual([
      { reason: 'bad_json', file: jsonl, line: 2, column: '', value: '{"label":1,' },
      { reason: 'missing_value', file: jsonl, line: 3, column: 'g', value: '' },
    ]);
  });
});

describe('readExamples: a file that changes while it is read', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => `${i % 2},0.${(i % 9) + 1}`).join('\n');

  for (const [how, change] of [
    ['grown', (path: string) => appendFileSync(path, `${rows(10)}\n`)],
    ['cut', (path: string) => truncateSync(path, 1000)],
  ] as const) {
    it(`fails when it is ${how} during the read, naming the file`, async () => {
      const path = write(dir, `changing-${how}.csv`, `label,score\n${rows(100_000)}\n`);
      const read = readExamples(path, BINARY, { maxBadRows: 10 });
      const error = await failure(
        (async () => {
          let first = true;
          for await (const _ of read.batches) {
            if (first) change(path);
            first = false;
          }
        })(),
      );
      expect(error.message).toMatch(new RegExp(`^the file changed while it was read \\(${how} from \\d+ to \\d+ bytes\\)`));
      expect(error.location).toEqual({ file: path });
    });
  }
});

describe('readExamples: data.id must be unique', () => {
  it('fails on the first repeated id, naming it and its two lines, in CSV and JSON Lines', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `r${i},${i % 2},0.5`);
    lines.splice(3000, 0, 'r17,1,0.5', 'r3001,0,0.5');
    const csv = write(dir, 'ids.csv', `id,label,score\n${lines.join('\n')}\n`);
    const error = await failure(examples(csv, { id: 'id' }));
    expect(error.message).toBe('data.id is not unique: "r17" is the id of lines 19 and 3002');
    expect(error.location).toEqual({ file: csv, line: 3002, column: 'id' });
    const jsonl = write(
      dir,
      'ids.jsonl',
      '{"id":7,"label":1,"score":0.5}\n{"id":8,"label":0,"score":0.5}\n{"id":"7","label":0,"score":0.5}\n',
    );
    expect((await failure(examples(jsonl, { id: 'id' }))).message).toBe('data.id is not unique: "7" is the id of lines 1 and 3');
  });

  it('names both files when the repeat is in another file of the dataset, and reads unique ids', async () => {
    const a = write(dir, 'ids-a.csv', 'id,label,score\nx,1,0.5\ny,0,0.5\n');
    const b = write(dir, 'ids-b.csv', 'id,label,score\nz,1,0.5\ny,0,0.5\n');
    expect((await failure(examples([a, b], { id: 'id' }))).message).toBe(`data.id is not unique: "y" is the id of ${a}:3 and ${b}:3`);
    const unique = Array.from({ length: 50_000 }, (_, i) => `${i},${i % 2},0.5`).join('\n');
    expect((await examples(write(dir, 'ids-unique.csv', `id,label,score\n${unique}\n`), { id: 'id' })).examples).toHaveLength(50_000);
  });
});

describe('readExamples: columns', () => {
  it('quotes at most 10 header names of at most 64 characters, and none that is not text', async () => {
    const names = Array.from({ length: 25 }, (_, i) => `c${i}`);
    const many = write(dir, 'many.csv', `${names.join(',')},${'x'.repeat(500)}\n${names.map(() => '1').join(',')},1\n`);
    const error = await failure(examples(many));
    expect(error.message).toBe(`no column "label" (data.label) in ${many}; its columns are: ${names.slice(0, 10).join(', ')} and 16 more`);

    const long = write(dir, 'long.csv', `label,${'y'.repeat(500)}\n1,0.5\n`);
    const cut = await failure(examples(long));
    expect(cut.message).toBe(`no column "score" (data.score) in ${long}; its columns are: label, ${'y'.repeat(63)}…`);

    // A binary file's first line (NUL itself is refused earlier, for every CSV).
    const secret = 'ghs_abcdefghijklmnopqrstuvwxyz0123456789';
    const binary = write(dir, 'binary.csv', `PATH=/bin\u0001GITHUB_TOKEN=${secret}\u0002\n`);
    const hidden = await failure(examples(binary));
    expect(hidden.message).toBe(`no column "label" (data.label) in ${binary}; its columns are: 1 name, none of them text`);
    expect(JSON.stringify(hidden)).not.toContain(secret);
    expect(hidden.hint).not.toContain(secret);

    const mixed = write(dir, 'mixed.csv', `label,sco\u001bre,sc\u0007ore\n1,0.5,0.5\n`);
    const near = await failure(examples(mixed));
    expect(near.message).toBe(`no column "score" (data.score) in ${mixed}; its columns are: label and 2 more (2 not text)`);
    expect(near.hint).toBe('every file of the dataset must have every bound column');
  });

  it('fails on a missing bound column, naming the file, the column and the columns there are, with a close match', async () => {
    const path = write(dir, 'typo.csv', 'label,Score,sex\n1,0.5,F\n');
    const error = await failure(examples(path, { groups: ['sex'] }));
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toBe(`no column "score" (data.score) in ${path}; its columns are: label, Score, sex`);
    expect(error.location).toEqual({ file: path, line: 1, column: 'score' });
    expect(error.hint).toBe('did you mean "Score"?');

    const far = await failure(examples(path, { groups: ['race'], score: 'Score' }));
    expect(far.message).toMatch(/no column "race" \(data\.groups\)/);
    expect(far.hint).toBe('every file of the dataset must have every bound column');

    const edit = await failure(examples(path, { score: 'Scroe' }));
    expect(edit.hint).toBe('did you mean "Score"?');
  });

  it('says which delimiter a one-column header looks like', async () => {
    const semicolon = write(dir, 'semicolon.csv', 'label;score\n1;0,5\n');
    const error = await failure(examples(semicolon));
    expect(error.message).toBe('the header is one column, "label;score": looks like delimiter ";"; set data.delimiter');
    expect(error.location).toEqual({ file: semicolon, line: 1 });
    expect(error.hint).toBe('data.delimiter: ";"');

    const tab = write(dir, 'tab.csv', 'label\tscore\n1\t0.5\n');
    expect((await failure(examples(tab))).message).toMatch(/looks like delimiter "\\t"/);
    expect((await examples(tab, {}, { delimiter: '\t' })).examples).toHaveLength(1);
    const tsv = write(dir, 'tab.tsv', 'label\tscore\n1\t0.5\n');
    expect((await examples(tsv)).examples).toHaveLength(1);
  });

  it('reads several files as one dataset, matching columns by name in each', async () => {
    write(dir, 'many-2.csv', 'score,label,g\n0.2,0,b\n');
    write(dir, 'many-1.csv', 'label,score,g\n1,0.9,a\n0,0.4,a\n');
    write(dir, 'many-3.csv.gz', gzipSync('g,label,score\nc,1,0.7\n'));
    const { examples: rows, summary } = await examples(join(dir, 'many-*'), { groups: ['g'] });
    expect(rows.map((row) => [row.position, row.label, row.score, row.groups[0]])).toEqual([
      [0, 1, 0.9, 'a'],
      [1, 0, 0.4, 'a'],
      [2, 0, 0.2, 'b'],
      [3, 1, 0.7, 'c'],
    ]);
    expect(summary.files).toEqual(['many-1.csv', 'many-2.csv', 'many-3.csv.gz'].map((name) => join(dir, name)));
    expect(summary.bytes).toBe(summary.files.reduce((sum, file) => sum + statSync(file).size, 0));
  });

  it('fails when one file of the dataset lacks a bound column, naming that file', async () => {
    write(dir, 'part-1.csv', 'label,score,g\n1,0.9,a\n');
    const second = write(dir, 'part-2.csv', 'label,score\n1,0.9\n');
    const error = await failure(examples(join(dir, 'part-*.csv'), { groups: ['g'] }));
    expect(error.message).toBe(`no column "g" (data.groups) in ${second}; its columns are: label, score`);
  });

  it('reads gzipped JSON Lines', async () => {
    const path = write(dir, 'preds.jsonl.gz', gzipSync('{"label":1,"score":0.75}\n{"label":0,"score":0.25}\n'));
    const { examples: rows, summary } = await examples(path);
    expect(rows.map((row) => [row.label, row.score])).toEqual([
      [1, 0.75],
      [0, 0.25],
    ]);
    expect(summary.format).toBe('jsonl');
  });

  it('rejects bindings that cannot make examples', async () => {
    const path = write(dir, 'any.csv', 'label,score\n1,0.5\n');
    expect(await failure(examples(path, { score: undefined }))).toBeInstanceOf(ConfigError);
    expect(await failure(examples(path, { task: 'multiclass' }))).toBeInstanceOf(ConfigError);
    expect(await failure(examples(path, { task: 'multiclass', classes: ['a', 'b', 'c'], score: ['p_a', 'p_b'] }))).toBeInstanceOf(
      ConfigError,
    );
    expect(await failure(examples(path, { score: ['a', 'b'] }))).toBeInstanceOf(ConfigError);
    expect(await failure(examples(path, { classes: ['a', 'b', 'c'] }))).toBeInstanceOf(ConfigError);
  });
});

describe('readExampleColumns: reuseBatches', () => {
  it("makes each batch in the last one's arrays, the same values as new arrays when read batch by batch", async () => {
    const lines = Array.from({ length: 30000 }, (_, i) => `${i % 3 === 0 ? 'F' : 'M'},${(i % 1000) / 1000},${i % 2}`);
    const path = write(dir, 'reused.csv', `sex,score,label\n${lines.join('\n')}\n`);
    const bindings = { ...BINARY, groups: ['sex'] };
    const copies = async (reuseBatches: boolean) => {
      const seen: { rows: number[][]; buffers: ArrayBufferLike[] } = { rows: [], buffers: [] };
      for await (const batch of readExampleColumns(path, bindings, { maxBadRows: 0, reuseBatches }).batches) {
        seen.buffers.push(batch.score.buffer);
        for (let i = 0; i < batch.length; i++) seen.rows.push([batch.label[i], batch.score[i], batch.prediction[i], batch.groups[0][i]]);
      }
      return seen;
    };
    const [reused, fresh] = await Promise.all([copies(true), copies(false)]);
    expect(reused.rows).toEqual(fresh.rows);
    expect(reused.rows).toHaveLength(30000);
    expect(fresh.buffers.length).toBeGreaterThan(2);
    expect(new Set(fresh.buffers).size).toBe(fresh.buffers.length);
    // Batches after the first of the largest size take its arrays.
    expect(new Set(reused.buffers).size).toBeLessThan(reused.buffers.length);
  });
});

describe('readExamples: multiclass', () => {
  const classes = ['cat', 'dog', 'bird'];

  it('reads one score column per class, argmax (first max on ties) as the prediction', async () => {
    const path = write(dir, 'multi.csv', 'label,p_cat,p_dog,p_bird\ndog,0.2,0.7,0.1\ncat,0.4,0.4,0.2\nbird,0.1,0.3,0.6\n');
    const { examples: rows } = await examples(path, { task: 'multiclass', classes, score: ['p_cat', 'p_dog', 'p_bird'] });
    expect(rows.map((row) => [row.label, row.prediction, row.score, [...row.scores!]])).toEqual([
      [1, 1, 0.7, [0.2, 0.7, 0.1]],
      [0, 0, 0.4, [0.4, 0.4, 0.2]],
      [2, 2, 0.6, [0.1, 0.3, 0.6]],
    ]);
  });

  it('reads scores from one column holding a JSON array (CSV) or an array (JSONL), and a bound prediction', async () => {
    const csv = write(dir, 'multi-array.csv', 'label,scores,pred\ndog,"[0.2,0.7,0.1]",bird\n');
    const fromCsv = await examples(csv, { task: 'multiclass', classes, score: 'scores', prediction: 'pred' });
    expect(fromCsv.examples.map((row) => [row.label, row.prediction, row.score, [...row.scores!]])).toEqual([[1, 2, 0.1, [0.2, 0.7, 0.1]]]);
    const jsonl = write(dir, 'multi.jsonl', '{"label":"bird","scores":[0.1,0.2,0.7]}\n');
    const fromJsonl = await examples(jsonl, { task: 'multiclass', classes, score: 'scores' });
    expect(fromJsonl.examples.map((row) => [row.label, row.prediction])).toEqual([[2, 2]]);
  });

  it('skips unknown labels, unknown predictions and malformed score arrays', async () => {
    const path = write(
      dir,
      'multi-bad.csv',
      'label,scores,pred\nfish,"[0.2,0.7,0.1]",dog\ndog,"[0.2,0.7]",dog\ndog,"[0.2,""x"",0.1]",dog\ndog,not json,dog\ndog,"[0.2,0.7,0.1]",fish\ndog,"[0.2,0.7,0.1]",dog\n',
    );
    const { examples: rows, summary } = await examples(
      path,
      { task: 'multiclass', classes, score: 'scores', prediction: 'pred' },
      { maxBadRows: 10 },
    );
    expect(rows).toHaveLength(1);
    expect(summary.rowsSkipped).toEqual({ unknown_label: 2, non_numeric_score: 3 });
    expect(summary.skippedSamples.map((row) => [row.line, row.column])).toEqual([
      [2, 'label'],
      [3, 'scores'],
      [4, 'scores'],
      [5, 'scores'],
      [6, 'pred'],
    ]);
  });

  it('reads list columns from Parquet across row groups', async () => {
    const path = join(dir, 'multi.parquet');
    parquetWriteFile({
      filename: path,
      rowGroupSize: 2,
      columnData: [
        { name: 'label', data: ['cat', 'dog', 'bird', 'dog', 'cat'], type: 'STRING' },
        {
          name: 'scores',
          data: [
            [0.8, 0.1, 0.1],
            [0.1, 0.8, 0.1],
            [0.1, 0.1, 0.8],
            [0.5, 0.3, 0.2],
            [0.3, 0.3, 0.4],
          ],
        },
        { name: 'unused', data: [1, 2, 3, 4, 5], type: 'DOUBLE' },
      ],
    });
    const { examples: rows, summary } = await examples(path, { task: 'multiclass', classes, score: 'scores' });
    expect(rows.map((row) => [row.position, row.label, row.prediction])).toEqual([
      [0, 0, 0],
      [1, 1, 1],
      [2, 2, 2],
      [3, 1, 0],
      [4, 0, 2],
    ]);
    expect(summary).toMatchObject({ format: 'parquet', rowsRead: 5, rowsUsed: 5, bytes: statSync(path).size });
  });
});

describe('readExamples: regression', () => {
  it('reads numeric labels and predictions, skipping non-numeric ones', async () => {
    const path = write(dir, 'reg.csv', 'y,yhat\n3.5,3\n-2,-1.25\n1e3,999\nabc,1\n2,\n2,Infinity\n');
    const { examples: rows, summary } = await examples(path, { task: 'regression', label: 'y', score: 'yhat' }, { maxBadRows: 3 });
    expect(rows.map((row) => [row.label, row.score, row.prediction])).toEqual([
      [3.5, 3, 3],
      [-2, -1.25, -1.25],
      [1000, 999, 999],
    ]);
    expect(summary.rowsSkipped).toEqual({ non_numeric_label: 1, non_numeric_score: 2 });
  });
});

describe('readExamples: progress', () => {
  const path = write(dir, 'progress.csv', `label,score\n${'1,0.5\n'.repeat(10_000)}`);

  it('reports rows, bytes and rate after each chunk with an interval of 0, and once at the end', async () => {
    const seen: Progress[] = [];
    await examples(path, {}, { onProgress: (progress) => seen.push(progress), progressIntervalMs: 0 });
    const size = statSync(path).size;
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toMatchObject({ file: path, rows: 10_000, bytes: size, totalBytes: size });
    expect(seen.at(-1)!.rowsPerSecond).toBeGreaterThan(0);
    for (let i = 1; i < seen.length; i++) expect(seen[i].rows).toBeGreaterThanOrEqual(seen[i - 1].rows);
  });

  it('reports only the end of a read shorter than the interval', async () => {
    const seen: Progress[] = [];
    await examples(path, {}, { onProgress: (progress) => seen.push(progress) });
    expect(seen.map((progress) => progress.rows)).toEqual([10_000]);
  });
});

describe('readTable', () => {
  it('reads generic rows with their columns and lines, skipping ragged rows within the budget', async () => {
    const path = write(dir, 'table.csv', 'a,b\n1,x\n2\n3,z\n');
    const read = readTable(path, { maxBadRows: 1 });
    const batches = await drain(read);
    expect(batches).toEqual([
      {
        file: path,
        columns: ['a', 'b'],
        rows: [
          ['1', 'x'],
          ['3', 'z'],
        ],
        lines: [2, 4],
      },
    ]);
    expect(read.summary()).toMatchObject({ rowsRead: 3, rowsUsed: 2, rowsSkipped: { ragged_row: 1 } });
    expect((await failure(drain(readTable(path, { maxBadRows: 0 })))).location).toEqual({ file: path, line: 3 });
  });

  it('keeps only the named columns and fails on a file without one', async () => {
    const path = write(dir, 'table-cols.csv', 'a,b,c\n1,2,3\n');
    expect(await drain(readTable(path, { maxBadRows: 0 }, ['c', 'a']))).toEqual([
      { file: path, columns: ['a', 'c'], rows: [['1', '3']], lines: [2] },
    ]);
    const error = await failure(drain(readTable(path, { maxBadRows: 0 }, ['d'])));
    expect(error.message).toBe(`no column "d" in ${path}; its columns are: a, b, c`);
  });

  it('reads Parquet and JSON Lines rows as typed values', async () => {
    const parquet = join(dir, 'table.parquet');
    parquetWriteFile({
      filename: parquet,
      columnData: [
        { name: 'x', data: [1.5, 2.5], type: 'DOUBLE' },
        { name: 'k', data: ['a', 'b'], type: 'STRING' },
      ],
    });
    expect(await drain(readTable(parquet, { maxBadRows: 0 }))).toEqual([
      {
        file: parquet,
        columns: ['x', 'k'],
        rows: [
          [1.5, 'a'],
          [2.5, 'b'],
        ],
        lines: [1, 2],
      },
    ]);
    const jsonl = write(dir, 'table.jsonl', '{"x":1,"k":"a"}\nnot json\n{"x":2}\n');
    const read = readTable(jsonl, { maxBadRows: 1 });
    expect(await drain(read)).toEqual([
      {
        file: jsonl,
        columns: ['x', 'k'],
        rows: [
          [1, 'a'],
          [2, undefined],
        ],
        lines: [1, 3],
      },
    ]);
    expect(read.summary().rowsSkipped).toEqual({ bad_json: 1 });
  });

  it('yields batches of a few thousand rows from a large file', async () => {
    const path = write(dir, 'table-big.csv', `a,b\n${'123,456\n'.repeat(50_000)}`);
    const sizes = (await drain(readTable(path, { maxBadRows: 0 }))).map((batch) => batch.rows.length);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(50_000);
    expect(Math.max(...sizes)).toBeLessThan(20_000);
    expect(sizes.length).toBeGreaterThan(2);
  });
});
