/**
 * `node dist/cli.js` as a user runs it: report files, exit codes, determinism, overrides and input formats.
 * Paths in the config (data.predictions) are relative to the working directory the CLI runs in.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lendingRows, readJson, repoRoot, runCli, tempDir, writeFiles, type BundleRun } from '../helpers/bundle.js';
import { writeGzip, writeJsonl, writeParquet } from '../helpers/predictions.js';

const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

function config(options: { predictions?: string; min?: number; extra?: string } = {}): string {
  return `version: 1
data:
  predictions: ${options.predictions ?? 'data/predictions.csv'}
  label: label
  score: score
  threshold: 0.5
  id: id
  groups: [sex, race]
evaluate:
  bootstrap: {replicates: 50, level: 0.9, seed: 11}
  gates:
    - id: auc
      metric: roc_auc
      min: ${options.min ?? 0.7}
      on: lower_bound
    - metric: selection_rate
      min: 0.1
${options.extra ?? ''}`;
}

let dir: string;
const csv = lendingRows('candidate', 400);
/** The passing run over the CSV, the reference the other tests compare with. */
let passRun: BundleRun;

beforeAll(async () => {
  dir = tempDir();
  writeFiles(dir, {
    'data/predictions.csv': csv,
    'pass.yml': config(),
    'fail.yml': config({ min: 0.95 }),
    'typo.yml': config({ extra: '  min_grop_size: 30\n' }),
  });
  passRun = await evaluate('pass.yml', 'out/pass');
});

const evaluate = (configFile: string, out: string, ...args: string[]) =>
  runCli(['evaluate', '--config', configFile, '--out', out, ...args], dir);

describe('modelgate evaluate (CLI bundle)', () => {
  it('passes with exit 0, writes report.json, summary.md and junit.xml, and prints a plain-text summary on stdout', async () => {
    const run = passRun;
    expect(run.code, run.stderr).toBe(0);
    const report = readJson(path.join(dir, 'out/pass/report.json'));
    expect(report).toMatchObject({ gate: 'evaluate', verdict: 'pass', data: { rowsRead: 400, rowsUsed: 400 } });
    expect(report.checks.map((c: { status: string }) => c.status)).toEqual(['pass', 'pass']);
    const summary = readFileSync(path.join(dir, 'out/pass/summary.md'), 'utf8');
    expect(summary).toMatch(/^### ✅ modelgate evaluate: \*\*pass\*\*/);
    // The terminal gets plain text: no Markdown, no mermaid, no HTML entities, no review-comment notice.
    expect(run.stdout).toBe(
      [
        'modelgate evaluate: pass — 0 failed, 0 warnings, 0 inconclusive of 2 checks',
        'Reports: out/pass/report.html (open in a browser), out/pass/summary.md, out/pass/report.json, out/pass/junit.xml',
        '',
      ].join('\n'),
    );
    expect(run.stderr).not.toContain('Review comment');
    const junit = readFileSync(path.join(dir, 'out/pass/junit.xml'), 'utf8');
    expect(junit).toContain('tests="2" failures="0" errors="0"');
    expect(run.stdout).toContain('modelgate evaluate: pass');
  });

  it('fails with exit 1 when a bound is not met, and junit.xml counts the failure', async () => {
    const run = await evaluate('fail.yml', 'out/fail');
    expect(run.code).toBe(1);
    const report = readJson(path.join(dir, 'out/fail/report.json'));
    expect(report.verdict).toBe('fail');
    expect(report.checks.find((c: { id: string }) => c.id.startsWith('auc')).status).toBe('fail');
    expect(readFileSync(path.join(dir, 'out/fail/junit.xml'), 'utf8')).toContain('tests="2" failures="1" errors="0"');
    expect(run.stdout.split('\n')[0]).toMatch(/^modelgate evaluate: fail — 1 failed/);
    expect(run.stdout).toMatch(/^fail\.yml:\d+:\d+: error: modelgate evaluate: /m);
  });

  it('errors with exit 2 on a bad config, still writing an error report', async () => {
    const run = await evaluate('typo.yml', 'out/typo');
    expect(run.code).toBe(2);
    const report = readJson(path.join(dir, 'out/typo/report.json'));
    expect(report.verdict).toBe('error');
    expect(report.error).toMatchObject({ kind: 'ConfigError', file: 'typo.yml', line: 18, column: 3 });
    expect(report.error.message).toMatch(/^unknown key `min_grop_size`/);
    expect(readFileSync(path.join(dir, 'out/typo/junit.xml'), 'utf8')).toContain('errors="1"');
    expect(run.stdout).toContain('typo.yml:18:3: error:');
    // Printed once: not again as an annotation on stderr.
    expect(run.stderr).not.toContain('min_grop_size');
    expect(run.stdout.match(/min_grop_size/g)).toHaveLength(1);
  });

  it('mistyped flags suggest the closest one', async () => {
    const run = await runCli(['evaluate', '--tresHold', '0.3'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('did you mean --threshold?');
  });

  it('places a bindings error found while reading at its key in the config file', async () => {
    writeFiles(dir, {
      'data/three.csv': 'label,a,b,c\ncat,0.2,0.3,0.5\n',
      'classes.yml':
        'version: 1\ndata:\n  predictions: data/three.csv\n  label: label\n  task: multiclass\n  classes: [cat, dog]\n  score: [a, b, c]\nevaluate:\n  gates:\n    - metric: accuracy\n      min: 0.5\n',
    });
    const run = await evaluate('classes.yml', 'out/classes');
    expect(run.code).toBe(2);
    expect(readJson(path.join(dir, 'out/classes/report.json')).error).toMatchObject({
      kind: 'ConfigError',
      file: 'classes.yml',
      line: 7,
      column: 3,
      path: '/data/score',
    });
    expect(run.stdout).toContain('classes.yml:7:3: error:');
    const summary = readFileSync(path.join(dir, 'out/classes/summary.md'), 'utf8');
    expect(summary).toContain('at classes.yml:7:3 at /data/score: data.score names 3 columns for 2 classes');
    expect(summary).not.toContain('at at');
  });

  it('errors with exit 2 when the config file does not exist', async () => {
    const run = await evaluate('nowhere.yml', 'out/nowhere');
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('config file not found: nowhere.yml');
  });

  it('prints help with exit 0, the version, and rejects an unknown command or flag with exit 2', async () => {
    const [help, versionRun, unknown, badFlag, bare] = await Promise.all([
      runCli(['--help'], dir),
      runCli(['--version'], dir),
      runCli(['evaulate'], dir),
      runCli(['evaluate', '--predictoins', 'x.csv'], dir),
      runCli([], dir),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('modelgate evaluate [--config .modelgate.yml]');
    expect(help.stdout).toContain('Exit codes: 0 pass or warn, 1 fail, 2');
    expect(versionRun.stdout.trim()).toBe(version);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "evaulate"');
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain("'--predictoins'");
    expect(badFlag.stderr).toContain('did you mean --predictions?');
    expect(unknown.stderr).toContain('did you mean evaluate?');
    expect(bare.code).toBe(2);
    expect(bare.stdout).toContain('Usage:');
  });

  it('writes a byte-identical report.json on two runs with the same seed, bootstrap included', async () => {
    const [a, b] = await Promise.all([evaluate('pass.yml', 'out/det-a'), evaluate('pass.yml', 'out/det-b')]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const first = readFileSync(path.join(dir, 'out/det-a/report.json'));
    expect(readJson(path.join(dir, 'out/det-a/report.json')).intervals.overall.roc_auc).toHaveLength(2);
    expect(first.equals(readFileSync(path.join(dir, 'out/det-b/report.json')))).toBe(true);
  });

  it('gives every multiclass metric a bootstrap interval, roc_auc_ovr included', async () => {
    const rows = [
      'id,label,p_a,p_b,p_c,sex',
      ...Array.from({ length: 90 }, (_, i) => {
        const label = ['a', 'b', 'c'][i % 3];
        // Every fifth row's highest score is on the wrong class, so accuracy is 0.8, not 1.
        const top = i % 5 === 0 ? (i + 1) % 3 : i % 3;
        const scores = [0.2, 0.2, 0.2].map((base, k) => (k === top ? 0.6 : base));
        return `${i},${label},${scores.join(',')},${i % 2 ? 'F' : 'M'}`;
      }),
    ].join('\n');
    const gates = (on: string) =>
      `version: 1\ndata:\n  predictions: data/multiclass.csv\n  task: multiclass\n  classes: [a, b, c]\n  label: label\n  score: [p_a, p_b, p_c]\n  id: id\n  groups: [sex]\nevaluate:\n  bootstrap: {replicates: 50, seed: 1}\n  gates:\n    - metric: accuracy\n      min: 0.5\n      on: lower_bound\n    - metric: log_loss\n      max: 2\n      on: upper_bound\n      over: [sex]\n    - metric: roc_auc_ovr\n      min: 0.5\n      on: ${on}\n`;
    writeFiles(dir, {
      'data/multiclass.csv': `${rows}\n`,
      'multiclass.yml': gates('lower_bound'),
      'multiclass-point.yml': gates('point'),
    });
    const [run, point] = await Promise.all([
      evaluate('multiclass.yml', 'out/multiclass'),
      evaluate('multiclass-point.yml', 'out/multiclass-point'),
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(point.code, point.stderr).toBe(0);
    const report = readJson(path.join(dir, 'out/multiclass/report.json'));
    const [accuracy, ...rest] = report.checks;
    expect(accuracy.status).toBe('pass');
    expect(accuracy.interval).toHaveLength(2);
    expect(accuracy.interval[0]).toBeLessThanOrEqual(0.8);
    expect(accuracy.interval[1]).toBeGreaterThanOrEqual(0.8);
    expect(accuracy.reason).toContain('lower bound is');
    const groupLoss = rest.filter((check: { metric: string }) => check.metric === 'log_loss');
    expect(groupLoss).toHaveLength(2);
    for (const check of groupLoss) expect(check.interval).toHaveLength(2);
    const auc = rest.find((check: { metric: string }) => check.metric === 'roc_auc_ovr');
    expect(auc.status).toBe('pass');
    expect(auc.interval).toHaveLength(2);
    expect(auc.interval[0]).toBeLessThanOrEqual(report.metrics.overall.roc_auc_ovr);
    expect(auc.interval[1]).toBeGreaterThanOrEqual(report.metrics.overall.roc_auc_ovr);
    expect(report.intervals.overall.macro_f1).toHaveLength(2);
    expect(report.intervals.groups.sex.F.log_loss).toHaveLength(2);
    expect(report.intervals.groups.sex.F.roc_auc_ovr).toHaveLength(2);
    expect(report.intervals.none).toBeUndefined();
    expect(report.notes.join('\n')).not.toContain('No interval for');
    const summary = readFileSync(path.join(dir, 'out/multiclass/summary.md'), 'utf8');
    expect(summary).not.toContain('none yet');
    expect(summary).toMatch(/ROC AUC \\\(one-vs-rest\\\) \| [0-9.]+ \| \[?[0-9.]+/);
  });

  it('applies --threshold over data.threshold', async () => {
    const run = await evaluate('pass.yml', 'out/threshold', '--threshold', '0.8');
    expect(run.code, run.stderr).toBe(0);
    const report = readJson(path.join(dir, 'out/threshold/report.json'));
    const base = readJson(path.join(dir, 'out/pass/report.json'));
    expect(report.data.threshold).toBe(0.8);
    expect(base.data.threshold).toBe(0.5);
    const rows = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => Number(line.split(',')[2]));
    expect(report.metrics.overall.selection_rate).toBeCloseTo(rows.filter((s) => s >= 0.8).length / rows.length, 12);
    expect(report.metrics.overall.roc_auc).toBe(base.metrics.overall.roc_auc);
  });

  it('gives the same metrics and intervals for the predictions as CSV, JSON Lines, Parquet and gzip', async () => {
    writeJsonl(path.join(dir, 'data/predictions.jsonl'), csv);
    writeParquet(path.join(dir, 'data/predictions.parquet'), csv);
    writeGzip(path.join(dir, 'data/predictions.csv.gz'), csv);
    const formats = ['jsonl', 'parquet', 'csv.gz'];
    writeFiles(dir, Object.fromEntries(formats.map((f) => [`${f}.yml`, config({ predictions: `data/predictions.${f}` })])));
    const runs = await Promise.all(formats.map((f) => evaluate(`${f}.yml`, `out/${f}`)));
    const csvReport = readJson(path.join(dir, 'out/pass/report.json'));
    expect(csvReport.metrics.overall.n).toBe(400);
    formats.forEach((format, i) => {
      expect(runs[i].code, `${format}: ${runs[i].stderr}`).toBe(0);
      const report = readJson(path.join(dir, `out/${format}/report.json`));
      expect(report.data.format, format).toBe(format === 'csv.gz' ? 'csv' : format);
      expect(report.data.files, format).toEqual([`data/predictions.${format}`]);
      for (const key of ['metrics', 'intervals', 'disparities', 'counts', 'verdict']) {
        expect(report[key], `${format} ${key}`).toEqual(csvReport[key]);
      }
      // The checks point at their own config file; all else in them must match.
      const withoutRule = (checks: { rule: unknown }[]) => checks.map(({ rule: _, ...check }) => check);
      expect(withoutRule(report.checks), `${format} checks`).toEqual(withoutRule(csvReport.checks));
    });
  });
});
