/**
 * Bad rows through the CLI bundle: without a budget the gate errors at the row's file:line and column; with
 * `data.max_bad_rows` it runs and the report counts the skipped row. The quoted two-line field before the bad
 * row checks that the line is the physical line an editor jumps to, not the record number.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJson, runCli, tempDir, writeFiles } from '../helpers/bundle.js';

const predictions = [
  'id,label,score,sex,note',
  '1,1,0.9,F,"a note',
  'on two lines"',
  '2,0,0.2,M,x',
  '3,1,high,F,y', // line 5
  '4,0,0.1,M,z',
  '5,1,0.7,M,z',
  '6,0,0.4,F,z',
].join('\n');

function config(extra = ''): string {
  return `version: 1
data:
  predictions: eval/predictions.csv
  label: label
  score: score
  groups: [sex]
${extra}evaluate:
  gates:
    - metric: roc_auc
      min: 0.5
`;
}

let dir: string;
beforeAll(() => {
  dir = tempDir();
  writeFiles(dir, { 'eval/predictions.csv': `${predictions}\n`, 'strict.yml': config(), 'budget.yml': config('  max_bad_rows: 5\n') });
  writeFiles(dir, {
    'eval/percent.csv': 'label,score,sex\n1,87.5,F\n0,12.5,M\n1,60,M\n',
    'percent.yml': config('  max_bad_rows: 100\n').replace('eval/predictions.csv', 'eval/percent.csv'),
  });
});

describe('bad rows (CLI bundle)', () => {
  it('errors with exit 2 at file:line and the column name when no bad rows are allowed', async () => {
    const run = await runCli(['evaluate', '--config', 'strict.yml', '--out', 'out/strict'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^eval\/predictions\.csv:5: error: .*DataError: .*column "score".*"high"/m);
    const report = readJson(path.join(dir, 'out/strict/report.json'));
    expect(report.verdict).toBe('error');
    expect(report.error).toMatchObject({ kind: 'DataError', file: 'eval/predictions.csv', line: 5, column: 'score' });
    expect(readFileSync(path.join(dir, 'out/strict/summary.md'), 'utf8')).toContain('at eval/predictions.csv:5:score:');
  });

  it('skips and counts the row within data.max_bad_rows, and gates the rest', async () => {
    const run = await runCli(['evaluate', '--config', 'budget.yml', '--out', 'out/budget'], dir);
    expect(run.code, run.stderr).toBe(0);
    const report = readJson(path.join(dir, 'out/budget/report.json'));
    expect(report.verdict).toBe('pass');
    expect(report.data).toMatchObject({ rowsRead: 6, rowsUsed: 5, rowsSkipped: { non_numeric_score: 1 } });
    expect(report.data.skippedSamples).toEqual([
      { reason: 'non_numeric_score', file: 'eval/predictions.csv', line: 5, column: 'score', value: 'high' },
    ]);
    expect(report.metrics.overall.n).toBe(5);
    // Said next to the verdict, not only in the folded Data section.
    expect(run.stdout).toMatch(
      /^modelgate evaluate: pass — 0 failed, 0 warnings, 0 inconclusive of 1 check — 1 of 6 rows skipped \(non_numeric_score\)$/m,
    );
    expect(readFileSync(path.join(dir, 'out/budget/summary.md'), 'utf8').split('\n')[0]).toMatch(
      / — 1 of 6 rows skipped \\\(non\\_numeric\\_score\\\)$/,
    );
  });

  it('when every row was skipped, names the reason and the real fix, not a bigger budget', async () => {
    const run = await runCli(['evaluate', '--config', 'percent.yml', '--out', 'out/percent'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/no usable rows: every row was skipped \(3 score_out_of_range\)/);
    expect(run.stdout).toMatch(/probabilities in \[0, 1\]/);
    expect(run.stdout + run.stderr).not.toMatch(/allow skipping/);
  });
});
