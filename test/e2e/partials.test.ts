/**
 * Sharded evaluation through the CLI bundle: four shards each write a partial (`--emit-partial`), a merge run
 * gates the whole (`--partials`), and the report equals a single pass over all rows: counts exactly, floating
 * results (bootstrap intervals included, since replicate weights come from a hash of the id) to 1e-9.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lendingRows, readJson, runCli, tempDir, writeFiles, type BundleRun } from '../helpers/bundle.js';

const SHARDS = 4;
const ROWS = 400;

function config(options: { groups?: string; id?: boolean } = {}): string {
  return `version: 1
data:
  predictions: data/candidate.csv
  baseline: data/baseline.csv
  label: label
  score: score
  threshold: 0.5
${options.id === false ? '' : '  id: id\n'}  groups: ${options.groups ?? '[sex, race]'}
  slices: [region]
evaluate:
  bootstrap: {replicates: 60, level: 0.95, seed: 5}
  min_group_size: 30
  gates:
    - metric: roc_auc
      min: 0.7
      on: lower_bound
    - metric: roc_auc
      max_drop: 0.0
    - metric: demographic_parity_ratio
      over: [race]
      min: 0.8
    - metric: average_precision
      over: [sex]
      min: 0.5
`;
}

/** Splits a CSV text round-robin into `count` CSV texts with the same header. */
function shardsOf(csv: string, count: number): string[] {
  const [header, ...rows] = csv.trim().split('\n');
  return Array.from({ length: count }, (_, shard) => `${[header, ...rows.filter((_, i) => i % count === shard)].join('\n')}\n`);
}

/** Asserts `actual` equals `expected` with numbers within `tolerance`, naming the first differing path. */
function expectClose(actual: unknown, expected: unknown, tolerance: number, at = ''): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Number.isNaN(expected)) return expect(actual, at).toBeNaN();
    expect(Math.abs(actual - expected), `${at}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual, at).toBeTypeOf('object');
    expect(Object.keys(actual as object).sort(), at).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected))
      expectClose((actual as Record<string, unknown>)[key], value, tolerance, `${at}/${key}`);
  } else {
    expect(actual, at).toEqual(expected);
  }
}

let dir: string;
const candidate = lendingRows('candidate', ROWS);
const baseline = lendingRows('baseline', ROWS);
const evaluate = (args: string[]) => runCli(['evaluate', ...args], dir);

/** Runs shard `i`'s --emit-partial job. */
function emitShard(i: number, partial: string, options: { config?: string; baseline?: string } = {}): Promise<BundleRun> {
  return evaluate([
    '--config',
    options.config ?? 'gate.yml',
    '--predictions',
    `shards/candidate-${i}.csv`,
    '--baseline',
    options.baseline ?? `shards/baseline-${i}.csv`,
    '--emit-partial',
    partial,
  ]);
}

/** A partials folder holding the good partials of every shard but `except`. */
function partialsExcept(folder: string, except: number): void {
  mkdirSync(path.join(dir, folder), { recursive: true });
  for (let i = 0; i < SHARDS; i++)
    if (i !== except) copyFileSync(path.join(dir, `partials/shard-${i}.json`), path.join(dir, folder, `shard-${i}.json`));
}

let single: BundleRun;
let shardRuns: BundleRun[];
let merged: BundleRun;

beforeAll(async () => {
  dir = tempDir();
  writeFiles(dir, {
    'gate.yml': config(),
    'data/candidate.csv': candidate,
    'data/baseline.csv': baseline,
    ...Object.fromEntries(shardsOf(candidate, SHARDS).map((text, i) => [`shards/candidate-${i}.csv`, text])),
    ...Object.fromEntries(shardsOf(baseline, SHARDS).map((text, i) => [`shards/baseline-${i}.csv`, text])),
  });
  // Concurrently, as a CI matrix runs them.
  [single, ...shardRuns] = await Promise.all([
    evaluate(['--config', 'gate.yml', '--out', 'out/single']),
    ...Array.from({ length: SHARDS }, (_, i) => emitShard(i, `partials/shard-${i}.json`)),
  ]);
  merged = await evaluate(['--config', 'gate.yml', '--partials', 'partials/*.json', '--out', 'out/merged']);
});

describe('evaluate over shards (CLI bundle)', () => {
  it('writes one partial per shard with exit 0 and no report', () => {
    shardRuns.forEach((run, i) => {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain(`partial written: partials/shard-${i}.json`);
      expect(readJson(path.join(dir, `partials/shard-${i}.json`)).modelgate_partial).toBe(1);
    });
    expect(existsSync(path.join(dir, 'modelgate-report'))).toBe(false);
  });

  it('merges to the single-pass report: counts exact, metrics and bootstrap intervals to 1e-9, same verdict', () => {
    expect(single.code, single.stderr).toBe(1);
    expect(merged.code, merged.stderr).toBe(single.code);
    const one = readJson(path.join(dir, 'out/single/report.json'));
    const all = readJson(path.join(dir, 'out/merged/report.json'));
    expect(all.verdict).toBe(one.verdict);
    expect(all.counts).toEqual(one.counts);
    expect(all.metrics.overall.n).toBe(ROWS);
    for (const key of ['rowsRead', 'rowsUsed', 'rowsSkipped'] as const) expect(all.data[key]).toEqual(one.data[key]);
    expect(all.data.files).toEqual(shardsOf(candidate, SHARDS).map((_, i) => `shards/candidate-${i}.csv`));
    expect(all.intervals.overall.roc_auc).toHaveLength(2);
    expect(all.intervals.overall.average_precision).toHaveLength(2);
    expectClose(all.metrics, one.metrics, 1e-9, 'metrics');
    expectClose(all.intervals, one.intervals, 1e-9, 'intervals');
    expectClose(all.disparities, one.disparities, 1e-9, 'disparities');
    expectClose(all.baseline.metrics, one.baseline.metrics, 1e-9, 'baseline');
    const checks = (report: { checks: { rule: unknown; reason: string }[] }) =>
      report.checks.map(({ rule: _, reason: __, ...check }) => check);
    expectClose(checks(all), checks(one), 1e-9, 'checks');
  });

  it("merges row-store partials on two threads, the merge of their chunks itself split between them, into one thread's report", async () => {
    const rows = { MODELGATE_SCORE_STORE: 'rows' };
    const emitted = await Promise.all(
      Array.from({ length: SHARDS }, (_, i) =>
        runCli(
          [
            'evaluate',
            '--config',
            'gate.yml',
            '--predictions',
            `shards/candidate-${i}.csv`,
            '--baseline',
            `shards/baseline-${i}.csv`,
          ].concat(['--emit-partial', `rows-partials/shard-${i}.json`]),
          dir,
          rows,
        ),
      ),
    );
    for (const run of emitted) expect(run.code, run.stderr).toBe(0);
    const mergeOn = (worker: string) =>
      runCli(['evaluate', '--config', 'gate.yml', '--partials', 'rows-partials/*.json', '--out', `out/rows-${worker}`], dir, {
        ...rows,
        MODELGATE_METRICS_WORKER: worker,
      });
    const [two, one] = await Promise.all([mergeOn('1'), mergeOn('0')]);
    expect(two.code, two.stderr).toBe(single.code);
    expect(one.code, one.stderr).toBe(single.code);
    const report = (worker: string) => readFileSync(path.join(dir, `out/rows-${worker}/report.json`), 'utf8');
    expect(report('1')).toBe(report('0'));
    const all = JSON.parse(report('1'));
    expect(all.metrics.overall.n).toBe(ROWS);
    expectClose(all.intervals, readJson(path.join(dir, 'out/single/report.json')).intervals, 1e-9, 'intervals');
  });

  it('refuses a partial computed with a different config (other groups), exit 2', async () => {
    writeFiles(dir, { 'more-groups.yml': config({ groups: '[sex, race, age_band]' }) });
    partialsExcept('mixed', 0);
    const odd = await emitShard(0, 'mixed/shard-0.json', { config: 'more-groups.yml' });
    expect(odd.code, odd.stderr).toBe(0);
    const run = await evaluate(['--config', 'gate.yml', '--partials', 'mixed/*.json', '--out', 'out/mixed']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('mixed/shard-0.json');
    expect(run.stdout).toContain('computed with a different configuration');
    expect(readJson(path.join(dir, 'out/mixed/report.json')).error).toMatchObject({ kind: 'ConfigError', file: 'mixed/shard-0.json' });
  });

  it('takes every --partials given, and the same file named twice once', async () => {
    mkdirSync(path.join(dir, 'split/a'), { recursive: true });
    mkdirSync(path.join(dir, 'split/b'), { recursive: true });
    for (let i = 0; i < SHARDS; i++)
      copyFileSync(path.join(dir, `partials/shard-${i}.json`), path.join(dir, i < 2 ? 'split/a' : 'split/b', `shard-${i}.json`));
    const run = await evaluate([
      '--config',
      'gate.yml',
      '--partials',
      'split/a/*.json',
      '--partials',
      'split/b/*.json',
      '--partials',
      'split/b/shard-3.json',
      '--out',
      'out/split',
    ]);
    expect(run.code, run.stderr).toBe(single.code);
    expect(readJson(path.join(dir, 'out/split/report.json')).metrics).toEqual(readJson(path.join(dir, 'out/merged/report.json')).metrics);
  });

  it('refuses the same partial twice, two shards that read the same file, and a partial of another release, exit 2', async () => {
    partialsExcept('twice', -1);
    copyFileSync(path.join(dir, 'partials/shard-1.json'), path.join(dir, 'twice/shard-1-again.json'));
    const twice = await evaluate(['--config', 'gate.yml', '--partials', 'twice/*.json', '--out', 'out/twice']);
    expect(twice.code).toBe(2);
    expect(twice.stdout + twice.stderr).toContain('twice/shard-1.json is the same partial as twice/shard-1-again.json');

    partialsExcept('overlap', -1);
    const again = await emitShard(1, 'overlap/shard-1-rerun.json', { baseline: 'shards/baseline-1.csv' });
    expect(again.code, again.stderr).toBe(0);
    const rerun = readJson(path.join(dir, 'overlap/shard-1-rerun.json'));
    writeFileSync(
      path.join(dir, 'overlap/shard-1-rerun.json'),
      JSON.stringify({
        ...rerun,
        candidate: { ...rerun.candidate, data: { ...rerun.candidate.data, bytes: rerun.candidate.data.bytes + 1 } },
      }),
    );
    const overlap = await evaluate(['--config', 'gate.yml', '--partials', 'overlap/*.json', '--out', 'out/overlap']);
    expect(overlap.code).toBe(2);
    expect(overlap.stdout + overlap.stderr).toMatch(
      /overlap\/shard-1(-rerun)?\.json and overlap\/shard-1(-rerun)?\.json both read shards\/candidate-1\.csv/,
    );

    partialsExcept('release', -1);
    const old = JSON.parse(readFileSync(path.join(dir, 'release/shard-0.json'), 'utf8'));
    writeFileSync(path.join(dir, 'release/shard-0.json'), JSON.stringify({ ...old, modelgate_version: '0.0.9' }));
    const release = await evaluate(['--config', 'gate.yml', '--partials', 'release/*.json', '--out', 'out/release']);
    expect(release.code).toBe(2);
    expect(release.stdout + release.stderr).toMatch(/written by modelgate "0\.0\.9", and the merge runs modelgate \d+\.\d+\.\d+/);
  });

  it('errors with exit 2 when no partial matches the glob', async () => {
    const run = await evaluate(['--config', 'gate.yml', '--partials', 'nowhere/*.json', '--out', 'out/nowhere']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('no partial files match nowhere/*.json');
  });

  it('refuses bootstrap with --emit-partial when no id column is bound, exit 2', async () => {
    writeFiles(dir, { 'no-id.yml': config({ id: false }) });
    const run = await evaluate([
      '--config',
      'no-id.yml',
      '--predictions',
      'shards/candidate-0.csv',
      '--emit-partial',
      'no-id/shard-0.json',
      '--out',
      'out/no-id',
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('bootstrap over shards needs an id column');
    expect(existsSync(path.join(dir, 'no-id/shard-0.json'))).toBe(false);
  });

  it('refuses a baseline that does not cover the candidate rows, single pass and merged, exit 2', async () => {
    const dropRow = (text: string) =>
      text
        .split('\n')
        .filter((_, line) => line !== 5)
        .join('\n');
    writeFiles(dir, {
      'data/baseline-short.csv': dropRow(baseline),
      'shards/baseline-short-2.csv': dropRow(shardsOf(baseline, SHARDS)[2]),
    });
    partialsExcept('short', 2);
    const [one, shard] = await Promise.all([
      evaluate(['--config', 'gate.yml', '--baseline', 'data/baseline-short.csv', '--out', 'out/short']),
      emitShard(2, 'short/shard-2.json', { baseline: 'shards/baseline-short-2.csv' }),
    ]);
    expect(shard.code, shard.stderr).toBe(0);
    const all = await evaluate(['--config', 'gate.yml', '--partials', 'short/*.json', '--out', 'out/short-merged']);
    for (const run of [one, all]) {
      expect(run.code).toBe(2);
      expect(run.stdout).toContain('do not cover the same rows');
      expect(run.stdout).toContain(`the candidate has ${ROWS} rows and the baseline ${ROWS - 1}`);
    }
  });
});

describe('evaluate over shards: multiclass and regression bootstrap intervals (CLI bundle)', () => {
  /** Rows of both tasks from one deterministic generator: a 3-class score vector and a regression prediction. */
  function taskRows(task: 'multiclass' | 'regression', count: number): string {
    let state = 7;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
    const lines = [task === 'multiclass' ? 'id,label,p_a,p_b,p_c,sex,region' : 'id,label,pred,sex,region'];
    for (let i = 0; i < count; i++) {
      const sex = next() < 0.5 ? 'F' : 'M';
      const region = ['north', 'south'][Math.floor(next() * 2)];
      if (task === 'multiclass') {
        const label = Math.floor(next() * 3);
        const raw = [0, 1, 2].map((k) => next() + (k === label ? 0.5 : 0));
        const sum = raw[0] + raw[1] + raw[2];
        lines.push(`r${i},${'abc'[label]},${raw.map((v) => v / sum).join(',')},${sex},${region}`);
      } else {
        const label = 20 + 10 * next();
        lines.push(`r${i},${label},${label + 4 * (next() - 0.5)},${sex},${region}`);
      }
    }
    return `${lines.join('\n')}\n`;
  }

  const taskConfig = (task: 'multiclass' | 'regression') => `version: 1
data:
  predictions: data/${task}.csv
  task: ${task}
${task === 'multiclass' ? '  classes: [a, b, c]\n  score: [p_a, p_b, p_c]\n' : '  score: pred\n'}  label: label
  id: id
  groups: [sex]
  slices: [region]
evaluate:
  bootstrap: {replicates: 40, seed: 3}
  gates:
    - metric: ${task === 'multiclass' ? 'macro_f1' : 'mae'}
      ${task === 'multiclass' ? 'min: 0.1\n      on: lower_bound' : 'max: 10\n      on: upper_bound'}
      over: [sex]
    - metric: ${task === 'multiclass' ? 'log_loss' : 'r2'}
      ${task === 'multiclass' ? 'max: 5\n      on: upper_bound' : 'min: -10\n      on: lower_bound'}
      where: {region: north}
`;

  for (const task of ['multiclass', 'regression'] as const) {
    it(`${task}: three shards merge into the single pass's intervals in every population${task === 'multiclass' ? ', to the bit' : ''}`, async () => {
      const folder = tempDir();
      const rows = taskRows(task, 600);
      writeFiles(folder, {
        'gate.yml': taskConfig(task),
        [`data/${task}.csv`]: rows,
        ...Object.fromEntries(shardsOf(rows, 3).map((text, i) => [`shards/${i}.csv`, text])),
      });
      const run = (args: string[]) => runCli(['evaluate', '--config', 'gate.yml', ...args], folder);
      const [one, ...shards] = await Promise.all([
        run(['--out', 'out/single']),
        ...[0, 1, 2].map((i) => run(['--predictions', `shards/${i}.csv`, '--emit-partial', `partials/${i}.json`])),
      ]);
      for (const shard of shards) expect(shard.code, shard.stderr).toBe(0);
      const all = await run(['--partials', 'partials/*.json', '--out', 'out/merged']);
      expect(one.code, one.stderr).toBe(0);
      expect(all.code, all.stderr).toBe(0);
      const single = readJson(path.join(folder, 'out/single/report.json'));
      const merged = readJson(path.join(folder, 'out/merged/report.json'));
      expect(single.checks.map((c: { status: string }) => c.status)).toEqual(['pass', 'pass', 'pass']);
      for (const check of single.checks) expect(check.interval).toHaveLength(2);
      expect(Object.keys(single.intervals.groups.sex)).toEqual(['F', 'M']);
      expect(single.intervals.overall[task === 'multiclass' ? 'log_loss' : 'r2']).toHaveLength(2);
      if (task === 'multiclass') {
        expect(single.intervals.overall.roc_auc_ovr).toHaveLength(2);
        expect(single.intervals.groups.sex.F.roc_auc_ovr).toHaveLength(2);
        expect(merged.metrics).toEqual(single.metrics);
        expect(merged.intervals).toEqual(single.intervals);
        expect(merged.checks.map((c: { interval: unknown }) => c.interval)).toEqual(
          single.checks.map((c: { interval: unknown }) => c.interval),
        );
      } else {
        // Running means and M2 merge by Chan's formula: equal to rounding, not to the bit.
        expectClose(merged.metrics, single.metrics, 1e-9, 'metrics');
        expectClose(merged.intervals, single.intervals, 1e-9, 'intervals');
      }
    });
  }
});
