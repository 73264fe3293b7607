/**
 * Hostile data through the CLI bundle: inputs that once took quadratic time or all the memory end in exit 2 with a
 * one-line reason at file:line, and a report.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJson, runCli, tempDir, writeFiles } from '../helpers/bundle.js';

function config(predictions: string, extra = '', groups = '[sex]'): string {
  return `version: 1
data:
  predictions: ${predictions}
  label: label
  score: score
  groups: ${groups}
${extra}evaluate:
  gates:
    - metric: roc_auc
      min: 0.5
`;
}

const rows = ['label,score,sex', '1,0.9,F', '0,0.2,M', '1,0.7,M', '0,0.4,F'];

let dir: string;
beforeAll(() => {
  dir = tempDir();
  writeFiles(dir, {
    'ok.csv': `${rows.join('\n')}\n`,
    'nul.csv': `${rows.join('\n')}\n1,0.6,F\0\n`,
    'hex.csv': `${rows.join('\n')}\n0x1,0.6,F\n`,
    'many.csv': `label,score,sex\n${Array.from({ length: 600 }, (_, i) => `${i % 2},0.${(i % 9) + 1},g${i}`).join('\n')}\n`,
    'long.yml': config('long.csv'),
    'long-gz.yml': config('zeros.csv.gz'),
    'nul.yml': config('nul.csv'),
    'hex.yml': config('hex.csv'),
    'many.yml': config('many.csv'),
    'many-raised.yml': config('many.csv', '  max_group_values: 1000\n'),
    'threshold.yml': config('ok.csv'),
    'ids.csv': 'id,label,score,sex\na,1,0.9,F\nb,0,0.2,M\na,1,0.7,M\nc,0,0.4,F\n',
    'ids.yml': config('ids.csv', '  id: id\n'),
  });
  // A 20 MB line (the score field), written in pieces rather than committed.
  writeFileSync(
    path.join(dir, 'long.csv'),
    Buffer.concat([Buffer.from(`${rows.join('\n')}\n1,`), Buffer.alloc(20 * 2 ** 20, '7'), Buffer.from(',F\n')]),
  );
  // 64 MB of NUL bytes in a 64 KB gzip: stopped at the line cap, not after decompressing it all.
  writeFileSync(path.join(dir, 'zeros.csv.gz'), gzipSync(Buffer.concat([Buffer.from('label,score,sex\n'), Buffer.alloc(64 * 2 ** 20)])));
});

describe('caps on hostile data (CLI bundle)', () => {
  it('a 20 MB line: exit 2 at its line, naming the cap and the key that raises it, with a report', async () => {
    const run = await runCli(['evaluate', '--config', 'long.yml', '--out', 'out/long'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /^long\.csv:6: error: .*DataError: line 6 is longer than data\.max_line_bytes \(16777216 bytes\).*raise data\.max_line_bytes/m,
    );
    expect(readJson(path.join(dir, 'out/long/report.json')).error).toMatchObject({ kind: 'DataError', file: 'long.csv', line: 6 });
  });

  it('a gzip of NUL bytes ends at the first line cap or NUL, exit 2', async () => {
    const run = await runCli(['evaluate', '--config', 'long-gz.yml', '--out', 'out/gz'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/zeros\.csv\.gz:2: error: .*DataError: (line 2 is longer than data\.max_line_bytes|a NUL byte)/);
  });

  it('a NUL byte: exit 2 at its line and column', async () => {
    const run = await runCli(['evaluate', '--config', 'nul.yml', '--out', 'out/nul'], dir);
    expect(run.code).toBe(2);
    expect(readJson(path.join(dir, 'out/nul/report.json')).error).toMatchObject({ kind: 'DataError', file: 'nul.csv', line: 6, column: 8 });
  });

  it('a label of 0x1 is not the number 1', async () => {
    const run = await runCli(['evaluate', '--config', 'hex.yml', '--out', 'out/hex'], dir);
    expect(run.code).toBe(2);
    expect(readJson(path.join(dir, 'out/hex/report.json')).error).toMatchObject({
      kind: 'DataError',
      file: 'hex.csv',
      line: 6,
      column: 'label',
    });
  });

  it('--threshold takes decimal numbers only', async () => {
    const hex = await runCli(['evaluate', '--config', 'threshold.yml', '--threshold', '0x0', '--out', 'out/t'], dir);
    expect(hex.code).toBe(2);
    expect(hex.stdout).toMatch(/--threshold must be a decimal number, got "0x0"/);
    const decimal = await runCli(['evaluate', '--config', 'threshold.yml', '--threshold', '.5', '--out', 'out/t'], dir);
    expect(decimal.code, decimal.stderr).toBe(0);
  });

  it('more distinct group values than data.max_group_values: exit 2 naming the column, the cap and bucketing; a report', async () => {
    const run = await runCli(['evaluate', '--config', 'many.yml', '--out', 'out/many'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /many\.csv:502: error: .*column "sex" \(data\.groups\) has more than data\.max_group_values = 500 distinct values.*bucket/,
    );
    expect(readJson(path.join(dir, 'out/many/report.json')).error).toMatchObject({
      kind: 'DataError',
      file: 'many.csv',
      line: 502,
      column: 'sex',
    });
    const raised = await runCli(['evaluate', '--config', 'many-raised.yml', '--out', 'out/raised'], dir);
    expect(raised.code, raised.stderr).not.toBe(2);
  });

  it('a repeated data.id: exit 2 naming the id and its two lines', async () => {
    const run = await runCli(['evaluate', '--config', 'ids.yml', '--out', 'out/ids'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^ids\.csv:4: error: .*DataError: data\.id is not unique: "a" is the id of lines 2 and 4/m);
  });

  it('past the memory budget while reading: exit 2 saying it ran out of memory and what to do, with a report', async () => {
    // Node itself takes more than 30 MB, so the first check while reading stops the read.
    const run = await runCli(['evaluate', '--config', 'threshold.yml', '--out', 'out/budget'], dir, { MODELGATE_MEMORY_LIMIT_MB: '30' });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /^ok\.csv:5: error: .*DataError: modelgate ran out of memory while reading: it uses \d+ MB, over its limit of 30 MB.*shard the data/m,
    );
    expect(readJson(path.join(dir, 'out/budget/report.json')).error).toMatchObject({ kind: 'DataError', file: 'ok.csv' });
  });

  it('--memory-limit sets the same budget from the command line; a limit that is not a number of MB is a usage error', async () => {
    const run = await runCli(['evaluate', '--config', 'threshold.yml', '--out', 'out/flag', '--memory-limit', '30'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /^ok\.csv:5: error: .*DataError: modelgate ran out of memory while reading: it uses \d+ MB, over its limit of 30 MB/m,
    );
    const bad = await runCli(['evaluate', '--config', 'threshold.yml', '--out', 'out/flag2', '--memory-limit', '2GB'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stdout + bad.stderr).toMatch(/--memory-limit takes a whole number of megabytes, got "2GB"/);
  });

  it('a V8 out-of-memory abort inside the gate still ends in exit 2 with a one-line reason and a report', async () => {
    // A 4 MB heap: the gate's process aborts while loading (SIGABRT, what a 100 MB value did); the CLI watching it stays.
    const run = await runCli(['evaluate', '--config', 'threshold.yml', '--out', 'out/oom'], dir, { MODELGATE_MEMORY_LIMIT_MB: '4' });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /^error: modelgate evaluate: DataError: modelgate ran out of memory \(limit 4 MB, MODELGATE_MEMORY_LIMIT_MB\) and was stopped \(SIGABRT\); shard the data/m,
    );
    const report = readJson(path.join(dir, 'out/oom/report.json'));
    expect(report.verdict).toBe('error');
    expect(report.error.message).toMatch(/^modelgate ran out of memory/);
  });
});
