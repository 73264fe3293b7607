/**
 * The CSV reading thread of the bundle (dist/workers/read.js, used for large CSV files): the same accumulators,
 * counts and errors as reading on the main thread. MODELGATE_READ_WORKER=1 forces it on a small file, =0 off.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir, writeFiles } from '../helpers/bundle.js';

const HEADER = 'id,label,score,sex,race,region,w';
const rows = (from: number, count: number) =>
  Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return `r${i},${i % 3 === 0 ? 1 : 0},${((i * 37) % 10001) / 10000},${i % 2 ? 'F' : 'M'},${'abcde'[i % 5]},${['north', 'south'][i % 2]},${i % 4}`;
  }).join('\n');
const BAD = ['b1,7,0.5,F,a,north,1', 'b2,1,0.5,,a,north,1', 'b3,1,0.5,F,a,north', 'b4,1,"0.5",F,a,north,1'].join('\n');

const config = (maxBadRows: number, bootstrap = true) => `version: 1
data:
  predictions: data.csv
  label: label
  score: score
  threshold: 0.5
  id: id
  weight: w
  groups: [sex, race]
  slices: [region]
  max_bad_rows: ${maxBadRows}
evaluate:
  intersect: true
${bootstrap ? '  bootstrap: {replicates: 4, level: 0.9, seed: 3}\n' : ''}  gates:
    - metric: roc_auc
      min: 0
`;

let dir: string;
beforeAll(() => {
  dir = tempDir('modelgate-worker-');
  writeFiles(dir, {
    'data.csv': `${HEADER}\n${rows(0, 3000)}\n${BAD}\n${rows(3000, 3000)}\n`,
    'ok.yml': config(10),
    'point.yml': config(10, false),
    'strict.yml': config(0),
  });
});

const partialOf = async (worker: string, env: Record<string, string> = {}, name = worker, config = 'ok.yml') => {
  const out = `partial-${name}.json`;
  const run = await runCli(['evaluate', '--config', config, '--emit-partial', out], dir, { MODELGATE_READ_WORKER: worker, ...env });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(readFileSync(path.join(dir, out), 'utf8'));
};

describe('reading CSV on a worker thread', () => {
  it('gives the same accumulators, row counts and skipped rows as the main thread, with bootstrap (examples made there) or not', async () => {
    for (const config of ['ok.yml', 'point.yml']) {
      const [onWorker, onMain] = await Promise.all([partialOf('1', {}, `1-${config}`, config), partialOf('0', {}, `0-${config}`, config)]);
      expect(onWorker, config).toEqual(onMain);
      expect(onWorker.candidate.data.rowsUsed).toBe(6001);
      expect(onWorker.candidate.data.rowsSkipped).toEqual({ unknown_label: 1, missing_value: 1, ragged_row: 1 });
    }
  });

  it('reads alike where code generation from strings is off (WebAssembly still compiles; both threads)', async () => {
    const strict = { NODE_OPTIONS: '--disallow-code-generation-from-strings' };
    const [usual, onWorker, onMain] = await Promise.all([
      partialOf('1'),
      partialOf('1', strict, 'strict-1'),
      partialOf('0', strict, 'strict-0'),
    ]);
    expect(onWorker).toEqual(usual);
    expect(onMain).toEqual(usual);
  });

  it('fails with the same error and exit code as the main thread', async () => {
    const run = (worker: string) =>
      runCli(['evaluate', '--config', 'strict.yml', '--out', `out-${worker}`], dir, { MODELGATE_READ_WORKER: worker });
    const [onWorker, onMain] = await Promise.all([run('1'), run('0')]);
    expect(onWorker.code).toBe(2);
    expect(onWorker.code).toBe(onMain.code);
    expect(onWorker.stdout).toMatch(/data\.csv:3002: error: .*DataError: bad row \(unknown_label\) in column "label"/);
    expect(onWorker.stdout.replaceAll('out-1', 'out-0')).toBe(onMain.stdout);
  });

  it('reads several files of many chunks alike, each file with its own column order and order of first values', async () => {
    // Over 256 KiB each, so that values first met in a later chunk (west, then east in the second file) cross as texts
    // added to the earlier ones', and the second file's parser starts its own.
    const line = (i: number, late: string) => [
      `r${i}`,
      i % 3 === 0 ? 1 : 0,
      ((i * 7919) % 100003) / 100003,
      i % 2 ? 'F' : 'M',
      'abcde'[i % 5],
      i > 20000 && i % 7 === 0 ? late : ['north', 'south'][i % 2],
      1,
    ];
    const first = Array.from({ length: 30000 }, (_, i) => line(i, 'west').join(','));
    // The second file: columns in another order, region values first met in another order, one of them new.
    const second = Array.from({ length: 30000 }, (_, i) => {
      const [id, label, score, sex, race, region, w] = line(30000 + i, 'east');
      return [region === 'north' ? 'south' : region === 'south' ? 'north' : region, race, w, score, id, sex, label].join(',');
    });
    writeFiles(dir, {
      'first.csv': `${HEADER}\n${first.join('\n')}\n`,
      'second.csv': `region,race,w,score,id,sex,label\n${second.join('\n')}\n`,
      'two.yml': config(10).replace('predictions: data.csv', 'predictions: [first.csv, second.csv]'),
      'two-point.yml': config(10, false).replace('predictions: data.csv', 'predictions: [first.csv, second.csv]'),
    });
    for (const config of ['two.yml', 'two-point.yml']) {
      const [onWorker, onMain] = await Promise.all([partialOf('1', {}, `1-${config}`, config), partialOf('0', {}, `0-${config}`, config)]);
      expect(onWorker, config).toEqual(onMain);
      expect(onWorker.candidate.data.rowsUsed).toBe(60000);
      expect(JSON.stringify(onWorker)).toMatch(/"east"/);
    }
  });
});
