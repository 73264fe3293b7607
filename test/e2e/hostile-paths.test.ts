/**
 * A pull request's config naming files that are not its data: the runner's environment (/proc), system files, devices,
 * FIFOs and paths leaving the checkout. Each is refused with a one-line reason naming the path, and no token in the
 * environment reaches any output, through the real CLI bundle.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lendingRows, readJson, runCli, tempDir, writeFiles } from '../helpers/bundle.js';

const TOKEN = 'ghs_hostilePathsTestToken0123456789abcdef';
const GITLAB = 'glpat-hostilePathsGitlab0123';
const env = { GITHUB_TOKEN: TOKEN, MODELGATE_GITLAB_TOKEN: GITLAB };

function config(predictions: string, extra = ''): string {
  return `version: 1
data:
  predictions: ${JSON.stringify(predictions)}
  label: label
  score: score
${extra}evaluate:
  gates:
    - metric: roc_auc
      min: 0.5
`;
}

/** The workspace two levels below the temp dir, so `../../x` leaves it. */
function workspace(): { dir: string; outside: string } {
  const root = tempDir();
  const dir = path.join(root, 'a', 'ws');
  writeFiles(dir, { 'data/predictions.csv': lendingRows('candidate', 50) });
  writeFiles(root, { 'outside.csv': lendingRows('candidate', 50) });
  return { dir, outside: path.join(root, 'outside.csv') };
}

function outputs(dir: string): string {
  const out = path.join(dir, 'out');
  return readdirSync(out)
    .map((name) => readFileSync(path.join(out, name), 'utf8'))
    .join('\n');
}

describe('data paths a config may not name (CLI bundle)', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    ['/proc/self/environ', () => '/proc/self/environ', /is a system file, not data/],
    ['/etc/passwd', () => '/etc/passwd', /outside the workspace/],
    ['/dev/zero', () => '/dev/zero', /not a (regular )?file/],
    ['a FIFO', (dir) => (execFileSync('mkfifo', [path.join(dir, 'data/pipe.csv')]), 'data/pipe.csv'), /not a (regular )?file/],
    [
      'a symlink to /etc/passwd',
      (dir) => (symlinkSync('/etc/passwd', path.join(dir, 'data/link.csv')), 'data/link.csv'),
      /resolves to \/etc\/passwd, outside the workspace/,
    ],
    [
      'a symlink to /proc/self/environ',
      (dir) => (symlinkSync('/proc/self/environ', path.join(dir, 'data/env.csv')), 'data/env.csv'),
      /is a system file/,
    ],
    ['../../etc/passwd', () => '../../etc/passwd', /file not found|outside the workspace/],
    ['a relative path out of the workspace', () => '../../outside.csv', /outside the workspace/],
  ];
  for (const [name, setup, reason] of cases) {
    it(`refuses ${name}: exit 2, one line naming the path, no token anywhere`, async () => {
      const { dir } = workspace();
      const predictions = setup(dir);
      writeFiles(dir, { '.modelgate.yml': config(predictions) });
      const run = await runCli(['evaluate', '--out', 'out'], dir, env);
      expect(run.code, run.stderr).toBe(2);
      const report = readJson(path.join(dir, 'out/report.json'));
      expect(report.error.kind).toBe('DataError');
      expect(report.error.message).toMatch(reason);
      expect(report.error.message).toContain(predictions);
      expect(report.error.message).not.toContain('\n');
      for (const text of [outputs(dir), run.stdout, run.stderr]) {
        expect(text).not.toContain(TOKEN);
        expect(text).not.toContain(GITLAB);
        expect(text).not.toContain('root:x:0:0');
      }
    });
  }

  it('reads a file outside the workspace when data.allow_outside_workspace is true', async () => {
    const { dir, outside } = workspace();
    writeFiles(dir, { '.modelgate.yml': config(outside), 'allow.yml': config(outside, '  allow_outside_workspace: true\n') });
    const refused = await runCli(['evaluate', '--out', 'out'], dir, env);
    expect(refused.code).toBe(2);
    const allowed = await runCli(['evaluate', '--config', 'allow.yml', '--out', 'out'], dir, env);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(readJson(path.join(dir, 'out/report.json')).data.rowsRead).toBe(50);
  });

  it('takes GITHUB_WORKSPACE as the workspace over the working directory', async () => {
    const { dir, outside } = workspace();
    writeFiles(dir, { '.modelgate.yml': config(outside) });
    const run = await runCli(['evaluate', '--out', 'out'], dir, { ...env, GITHUB_WORKSPACE: path.dirname(outside) });
    expect(run.code, run.stderr).toBe(0);
  });

  it('masks a token that reaches a report anyway (here: a column name in the config)', async () => {
    const { dir } = workspace();
    writeFiles(dir, { '.modelgate.yml': config('data/predictions.csv').replace('label: label', `label: ${TOKEN}`) });
    const run = await runCli(['evaluate', '--out', 'out'], dir, env);
    expect(run.code).toBe(2);
    expect(readJson(path.join(dir, 'out/report.json')).error.message).toContain('no column "***"');
    for (const text of [outputs(dir), run.stdout, run.stderr]) expect(text).not.toContain(TOKEN);
  });
});
