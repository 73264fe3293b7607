import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { train } from '../../shared/commands/train.js';
import { createLocalPlatform } from '../../shared/platform/local.js';
import { loadTfjsModel } from '../../shared/model/tfjs.js';
import { CaptureStream } from '../platform/capture-stream.js';
import { failure, loanRows, toCsv, useTempDir, write } from './helpers.js';
import { SYSTEM_TOOLS, missingPackages, skipNote } from '../helpers/system.js';

const dir = useTempDir();
// Data files are read inside the workspace only; here that is the temp dir.
vi.stubEnv('GITHUB_WORKSPACE', dir);
const data = write(dir, 'train.csv', toCsv(loanRows(1200)));

function platform() {
  const stderr = new CaptureStream();
  return {
    platform: createLocalPlatform({
      stdout: new CaptureStream(),
      stderr,
      interactive: false,
      artifactDir: join(dir, 'artifacts'),
      cacheDir: join(dir, 'cache'),
    }),
    stderr,
  };
}

let configs = 0;
function config(
  train: string,
  gates = '    - metric: roc_auc\n      min: 0.7\n',
  data_ = '  label: label\n  id: id\n  groups: [sex]\n',
): string {
  return write(
    dir,
    `config-${++configs}.yml`,
    `version: 1\ndata:\n${data_}train:\n${train}evaluate:\n  min_group_size: 5\n  gates:\n${gates}`,
  );
}

const BUILTIN = `  dataset: ${data}
  sample: { method: stratified, by: [label, sex], fraction: 0.5, seed: 7 }
  holdout: { fraction: 0.3, seed: 7 }
  model: { type: logistic_regression, features: [x1, x2, region], epochs: 2, batch_size: 32, learning_rate: 0.1 }
`;

describe('modelgate train with the built-in trainer', () => {
  test('samples, trains, gates the held-out predictions like evaluate, and writes model, manifest and report', async () => {
    const out = join(dir, 'out-builtin');
    const { platform: p } = platform();
    const { report, manifest, modelDir } = await train({ config: config(`${BUILTIN}  reproducible: true\n`), out }, p);
    expect(report.gate).toBe('train');
    expect(report.verdict).toBe('pass');
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['roc_auc', 'pass'],
      ['reproducible', 'pass'],
    ]);
    expect(report.checks[0].value).toBeGreaterThan(0.7);
    const section = report.sections!.train as Record<string, any>;
    expect(section.backend).toMatch(/^(wasm|cpu|tensorflow)$/);
    expect(section.sample).toMatchObject({ method: 'stratified', seed: 7, rows_read: 1200 });
    // Half of every label x sex stratum, rounded per stratum, and at least the floor of 30.
    const strata = new Map<string, number>();
    for (const r of loanRows(1200)) strata.set(`${r.label}${r.sex}`, (strata.get(`${r.label}${r.sex}`) ?? 0) + 1);
    expect(section.sample.rows).toBe([...strata.values()].reduce((sum, n) => sum + Math.min(n, Math.max(30, Math.round(n / 2))), 0));
    expect(section.sample.train_rows + section.sample.holdout_rows).toBe(section.sample.rows);
    expect(section.features).toEqual([
      { name: 'x1', kind: 'numeric' },
      { name: 'x2', kind: 'numeric' },
      { name: 'region', kind: 'categorical', categories: 4 },
    ]);
    expect(section.loss).toHaveLength(2);

    // Lineage: hashes of the input, the sample and the model files; the trainer spec and backend.
    const written = JSON.parse(readFileSync(manifest, 'utf8'));
    expect(written).toEqual(report.sections!.lineage);
    expect(written.inputs).toEqual([{ file: data, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), bytes: readFileSync(data).length }]);
    expect(written.sample).toMatchObject({
      method: 'stratified',
      by: ['label', 'sex'],
      min_per_stratum: 30,
      holdout: { fraction: 0.3, seed: 7 },
    });
    expect(Object.values(written.sample.strata as Record<string, { sampled: number }>).reduce((s, x) => s + x.sampled, 0)).toBe(
      section.sample.rows,
    );
    expect(written.trainer).toMatchObject({
      kind: 'built-in',
      spec_sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      backend: section.backend,
    });
    expect(written.model.files.map((f: { file: string }) => f.file)).toEqual(['model.json', 'preprocessing.json', 'weights.bin']);
    expect(written.metrics.roc_auc).toBe(report.metrics.overall.roc_auc);

    // The saved model, loaded by the tfjs adapter, gives the held-out scores the gate evaluated.
    const model = await loadTfjsModel(modelDir!);
    const [header, ...lines] = readFileSync(join(out, 'predictions.csv'), 'utf8').trim().split('\n');
    expect(header).toBe('label,id,sex,score');
    const predictions = lines.map((l) => l.split(','));
    const byId = new Map(loanRows(1200).map((r) => [String(r.id), r]));
    const held = predictions.map(([, id]) => byId.get(id)!);
    const scores = model.score(
      held.map((r) => [r.x1, r.x2, r.region]),
      ['x1', 'x2', 'region'],
      held.map((r) => ({ file: data, line: r.id + 1 })),
    );
    predictions.forEach((row, i) => expect(Number(row[row.length - 1])).toBeCloseTo(scores[i], 6));
    model.dispose();

    // The artifact (local platform: a directory) holds the model, the manifest and the report.
    // One folder per run under the artifact's name.
    const runs = readdirSync(join(dir, 'artifacts', 'modelgate-model'));
    expect(runs).toHaveLength(1);
    const artifact = join(dir, 'artifacts', 'modelgate-model', runs[0]);
    expect(readFileSync(join(artifact, 'manifest.json'), 'utf8')).toBe(readFileSync(manifest, 'utf8'));
    for (const name of [
      'report.json',
      'summary.md',
      'junit.xml',
      'predictions.csv',
      'model/model.json',
      'model/weights.bin',
      'model/preprocessing.json',
    ]) {
      expect(existsSync(join(artifact, name))).toBe(true);
    }
    const summary = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(summary).toContain('modelgate train: **pass**');
    expect(summary).toMatch(/<summary>Sample: \d+ of 1200 rows \(stratified, seed 7\)<\/summary>/);
    expect(summary).toContain('<summary>Lineage (model card)</summary>');
  });

  test('the same config twice gives the same sample, weights and report; the second run restores the sample from the local cache', async () => {
    const file = config(BUILTIN.replace('fraction: 0.5', 'fraction: 0.4'));
    const a = await train({ config: file, out: join(dir, 'out-a') }, platform().platform);
    const b = await train({ config: file, out: join(dir, 'out-b') }, platform().platform);
    const lineage = (r: typeof a) => r.report.sections!.lineage as Record<string, any>;
    expect(lineage(a).sample.cache).toEqual({ key: expect.stringMatching(/^modelgate-train-sample-[0-9a-f]{40}$/), hit: false });
    expect(lineage(b).sample.cache).toEqual({ key: lineage(a).sample.cache.key, hit: true });
    expect(existsSync(join(dir, 'cache', lineage(a).sample.cache.key, '0', 'sample.csv'))).toBe(true);
    expect(lineage(b).sample.sha256).toBe(lineage(a).sample.sha256);
    expect(lineage(b).sample.strata).toEqual(lineage(a).sample.strata);
    expect(lineage(b).model.files).toEqual(lineage(a).model.files);
    expect(b.report.checks).toEqual(a.report.checks);
  });

  test('a failing gate still writes the model and says fail; an error leaves no model directory', async () => {
    const failing = await train(
      { config: config(BUILTIN, '    - metric: roc_auc\n      min: 0.99\n'), out: join(dir, 'out-fail') },
      platform().platform,
    );
    expect(failing.report.verdict).toBe('fail');
    expect(failing.artifact).toBe('modelgate-model-failed');
    const out = join(dir, 'out-error');
    await train({ config: config(BUILTIN), out }, platform().platform);
    expect(existsSync(join(out, 'model', 'model.json'))).toBe(true);
    const bad = write(dir, 'nan.csv', toCsv(loanRows(200)).replace(/\n(\d+),1,M,north,([-\d.]+),/g, '\n$1,1,M,north,,'));
    const error = await failure(train({ config: config(BUILTIN.replace(data, bad)), out }, platform().platform));
    expect(error.message).toBe('feature "x1" has a missing value ("")');
    expect(error.hint).toBe('fix the data, or set train.model.impute to `mean` or `zero`');
    expect(error.location).toMatchObject({ file: bad, column: 'x1' });
    expect(existsSync(join(out, 'model'))).toBe(false);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
    const imputed = await train(
      { config: config(BUILTIN.replace(data, bad).replace('epochs: 2', 'epochs: 2, impute: mean')), out },
      platform().platform,
    );
    expect(imputed.report.verdict).not.toBe('error');
  });

  test('a sample with one class cannot train', async () => {
    const one = write(dir, 'one-class.csv', toCsv(loanRows(300).map((r) => ({ ...r, label: 1 }))));
    const error = await failure(train({ config: config(BUILTIN.replace(data, one)), out: join(dir, 'out-one') }, platform().platform));
    expect(error.message).toBe('the training rows hold one class only ("1"): a model cannot be trained');
  });

  test('gates the held-out rows in memory: the report names them, a bad held-out label its own file and line; predictions.csv is written, not read', async () => {
    const lines = toCsv(loanRows(300, 2)).split('\n');
    lines[11] = lines[11].replace(/^(\d+),[01],/, '$1,maybe,');
    const heldOut = write(dir, 'held-out.csv', lines.join('\n'));
    const withHoldout = (maxBad: number) =>
      config(
        BUILTIN.replace('holdout: { fraction: 0.3, seed: 7 }', `holdout: { file: ${heldOut} }`),
        undefined,
        `  label: label\n  id: id\n  groups: [sex]\n  max_bad_rows: ${maxBad}\n`,
      );
    const out = join(dir, 'out-in-memory');
    const { report } = await train({ config: withHoldout(1), out }, platform().platform);
    expect(report.data).toMatchObject({
      files: [`held-out predictions in memory (rows of ${heldOut})`],
      format: 'memory',
      bytes: 0,
      rowsRead: 300,
      rowsUsed: 299,
      skippedSamples: [{ reason: 'unknown_label', file: heldOut, line: 12, column: 'label', value: 'maybe' }],
    });
    // The artifact holds every held-out row with its score, the bad one too.
    const written = readFileSync(join(out, 'predictions.csv'), 'utf8').trim().split('\n');
    expect(written).toHaveLength(301);
    expect(written[11]).toMatch(/^maybe,11,[FM],0\.\d+/);

    const error = await failure(train({ config: withHoldout(0), out: join(dir, 'out-in-memory-strict') }, platform().platform));
    expect(error.message).toMatch(/^bad row \(unknown_label\) in column "label": "maybe"/);
    expect(error.location).toMatchObject({ file: heldOut, line: 12, column: 'label' });
  });

  test('config errors: no trainer, both trainers, reservoir without n, a feature that is the label', async () => {
    const out = join(dir, 'out-config');
    const cases: [string, string][] = [
      [`  dataset: ${data}\n`, '`train` needs a `model` (the built-in trainer) or a `command` (your own trainer)'],
      [`${BUILTIN}  command: python3 train.py\n`, '`train` sets both `model` and `command`; set one trainer'],
      [
        BUILTIN.replace('method: stratified, by: [label, sex], fraction: 0.5', 'method: reservoir'),
        'reservoir sampling keeps a fixed number of rows: set `train.sample.n`',
      ],
      [BUILTIN.replace('features: [x1,', 'features: [label, x1,'), 'the label column `label` cannot be a feature'],
    ];
    for (const [text, message] of cases) {
      const error = await failure(train({ config: config(text), out }, platform().platform));
      expect(error.kind).toBe('ConfigError');
      expect(error.message).toBe(message);
    }
    const schema = await failure(
      train({ config: config(BUILTIN.replace('method: stratified', 'method: systematic')), out }, platform().platform),
    );
    expect(schema.message).toContain('train.sample.method');
  });
});

describe("the external trainer's environment", () => {
  // A trainer in node: a 0.5 score for every held-out row, and which variables it was given, on its stdout.
  const script = write(
    dir,
    'env-trainer.mjs',
    `import { readFileSync, writeFileSync } from 'node:fs';
const [holdout, predictions] = process.argv.slice(2);
const rows = readFileSync(holdout, 'utf8').trim().split('\\n').length - 1;
writeFileSync(predictions, 'score\\n' + '0.5\\n'.repeat(rows));
console.log('GITHUB_TOKEN=' + (process.env.GITHUB_TOKEN ?? 'unset'), 'HF_HOME=' + (process.env.HF_HOME ?? 'unset'), 'PATH=' + (process.env.PATH ? 'set' : 'unset'), 'LC_ALL=' + (process.env.LC_ALL ?? 'unset'));
`,
  );
  const command = (extra = '') => `  dataset: ${data}
  sample: { method: uniform, fraction: 0.5, seed: 3 }
  holdout: { fraction: 0.25 }
  command: ${process.execPath} ${script} {holdout} {predictions}
${extra}`;

  test('is an allow-list: PATH, locale and what train.env names, never GITHUB_TOKEN', async () => {
    vi.stubEnv('GITHUB_TOKEN', 'ghs_trainerMustNotSeeThis0123456789');
    vi.stubEnv('HF_HOME', '/cache/hf');
    vi.stubEnv('LC_ALL', 'C.UTF-8');
    try {
      const plain = platform();
      await train({ config: config(command(), '    - metric: accuracy\n      min: 0\n'), out: join(dir, 'out-env-1') }, plain.platform);
      expect(plain.stderr.text).toContain('[trainer] GITHUB_TOKEN=unset HF_HOME=unset PATH=set LC_ALL=C.UTF-8');
      const listed = platform();
      await train(
        { config: config(command('  env: [HF_HOME]\n'), '    - metric: accuracy\n      min: 0\n'), out: join(dir, 'out-env-2') },
        listed.platform,
      );
      expect(listed.stderr.text).toContain('[trainer] GITHUB_TOKEN=unset HF_HOME=/cache/hf PATH=set');
      expect(listed.stderr.text).not.toContain('ghs_trainerMustNotSeeThis');
    } finally {
      vi.unstubAllEnvs();
      vi.stubEnv('GITHUB_WORKSPACE', dir);
    }
    const error = await failure(
      train({ config: config(command('  env: [HF_HOME, GITHUB_TOKEN]\n')), out: join(dir, 'out-env-3') }, platform().platform),
    );
    expect(error.message).toBe("`train.env` names GITHUB_TOKEN, the platform's token: the trainer never gets it");
    expect(error.location).toMatchObject({ path: '/train/env/1' });
  });

  test("the trainer's scores come from its file; the gate reads them with the held-out rows in memory, not predictions.csv", async () => {
    const out = join(dir, 'out-command-memory');
    const { report } = await train(
      // Not from the cache, whose rows would name the cached sample file as their origin.
      { config: config(command('  cache: false\n'), '    - metric: accuracy\n      min: 0\n'), out },
      platform().platform,
    );
    expect(report.data).toMatchObject({ files: [`held-out predictions in memory (rows of ${data})`], format: 'memory', bytes: 0 });
    const written = readFileSync(join(out, 'predictions.csv'), 'utf8').trim().split('\n');
    expect(written.slice(1).every((line) => line.endsWith(',0.5'))).toBe(true);
    expect(written.length - 1).toBe(report.data.rowsRead);
  });
});

const missingSklearn = missingPackages(SYSTEM_TOOLS.sklearn);

describe.skipIf(missingSklearn.length > 0)(
  `modelgate train with an external trainer (scikit-learn through /usr/bin/python3)${skipNote(missingSklearn)}`,
  () => {
    const script = join(import.meta.dirname, 'fixtures', 'sklearn_train.py');
    const command = (extra = '') => `  dataset: ${data}
  sample: { method: uniform, fraction: 0.8, seed: 3 }
  holdout: { fraction: 0.25 }
  command: /usr/bin/python3 ${script} --data {sample} --test {holdout} --out {predictions} --model {model_dir} --label label --features x1,x2,region${extra}
`;

    test("its held-out predictions are gated like the built-in trainer's, and its output is streamed to the log", async () => {
      const { platform: p, stderr } = platform();
      const out = join(dir, 'out external');
      const { report, modelDir } = await train({ config: config(command()), out }, p);
      expect(report.verdict).toBe('pass');
      expect(report.checks[0].value).toBeGreaterThan(0.75);
      const sample = (report.sections!.train as any).sample;
      expect(sample.rows).toBe(960);
      expect(report.metrics.overall.n).toBe(sample.holdout_rows);
      expect(Math.abs(sample.holdout_rows - 240)).toBeLessThanOrEqual(1);
      expect(stderr.text).toContain(`[trainer] trained on ${sample.train_rows} rows, 2 numeric and 1 categorical features`);
      expect(stderr.text).toContain(`[trainer stderr] wrote ${sample.holdout_rows} predictions to`);
      expect((report.sections!.lineage as any).trainer).toMatchObject({
        kind: 'command',
        argv: expect.arrayContaining([join(out, 'train.csv')]),
      });
      expect(JSON.parse(readFileSync(join(modelDir!, 'model.json'), 'utf8')).coef[0]).toHaveLength(6);
      // The trainer never sees the held-out labels.
      expect(readFileSync(join(out, 'holdout.csv'), 'utf8').split('\n')[0]).toBe('id,sex,region,x1,x2,day');
    });

    test('a trainer that exits non-zero errors the gate and leaves no model', async () => {
      const out = join(dir, 'out-external-fail');
      const error = await failure(train({ config: config(command(' --fail')), out }, platform().platform));
      expect(error.message).toBe('the trainer command exited with code 3; its last error output: refusing to train: --fail given');
      expect(existsSync(join(out, 'model'))).toBe(false);
    });
  },
);
