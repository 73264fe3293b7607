/**
 * `train.baseline_manifest`: a second train run takes the held-out predictions recorded by the first run's
 * manifest as the baseline of its drop rules, only when they are on the same held-out rows and unchanged.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { train } from '../../shared/commands/train.js';
import { createLocalPlatform } from '../../shared/platform/local.js';
import { hashFiles } from '../../shared/train/lineage.js';
import { CaptureStream } from '../platform/capture-stream.js';
import { failure, loanRows, toCsv, useTempDir, write } from './helpers.js';

const dir = useTempDir();
// Data files are read inside the workspace only; here that is the temp dir.
vi.stubEnv('GITHUB_WORKSPACE', dir);
const data = write(dir, 'train.csv', toCsv(loanRows(1000)));

function platform() {
  return createLocalPlatform({
    stdout: new CaptureStream(),
    stderr: new CaptureStream(),
    interactive: false,
    artifactDir: join(dir, 'artifacts'),
    cacheDir: join(dir, 'cache'),
  });
}

let configs = 0;
function config(options: { seed?: number; epochs?: number; manifest?: string; gates?: string; baseline?: string } = {}): string {
  const { seed = 7, epochs = 2, manifest, gates = '    - metric: roc_auc\n      max_drop: 0.05\n', baseline } = options;
  return write(
    dir,
    `config-${++configs}.yml`,
    `version: 1
data:
  label: label
  id: id
  groups: [sex]
${baseline ? `  baseline: ${baseline}\n` : ''}train:
  dataset: ${data}
  sample: { method: stratified, by: [label, sex], fraction: 0.6, seed: ${seed} }
  holdout: { fraction: 0.3, seed: 7 }
  model: { type: logistic_regression, features: [x1, x2, region], epochs: ${epochs}, batch_size: 32, learning_rate: 0.1 }
  cache: false
  artifact: false
${manifest ? `  baseline_manifest: ${manifest}\n` : ''}evaluate:
  min_group_size: 5
  gates:
${gates}`,
  );
}

/** The main branch's run: its manifest and predictions, as a downloaded artifact would hold them. */
let main: { manifest: string; rocAuc: number };
beforeAll(async () => {
  const out = join(dir, 'main');
  const result = await train({ config: config({ gates: '    - metric: roc_auc\n      min: 0.5\n' }), out }, platform());
  main = { manifest: result.manifest, rocAuc: result.report.metrics.overall.roc_auc! };
});

describe('train.baseline_manifest (two real train runs)', () => {
  test('the manifest records the held-out predictions beside it with their hash, and the held-out rows by hash', async () => {
    const written = JSON.parse(readFileSync(main.manifest, 'utf8'));
    const [predictions] = await hashFiles([join(dir, 'main', 'predictions.csv')]);
    expect(written.predictions).toEqual({ file: 'predictions.csv', sha256: predictions.sha256, bytes: predictions.bytes });
    expect(written.sample.holdout_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('same data, sampling and split: the previous predictions are the baseline of max_drop', async () => {
    // A different model (more epochs) on the same held-out rows: the candidate changes, the baseline is main's.
    const { report } = await train({ config: config({ epochs: 6, manifest: main.manifest }), out: join(dir, 'pr') }, platform());
    const check = report.checks.find((c) => c.id === 'roc_auc vs baseline')!;
    expect(check.status).toBe('pass');
    expect(check.baseline!.value).toBe(main.rocAuc);
    expect(check.value).toBe(report.metrics.overall.roc_auc);
    expect(check.value).not.toBe(main.rocAuc);
    expect(check.baseline!.delta).toBeCloseTo(check.value! - main.rocAuc, 12);
    expect(report.notes).toContain(
      `Baseline: the held-out predictions recorded by ${main.manifest}, on the same held-out rows (same data, sampling and split).`,
    );
  });

  test('the action input / option overrides the config key', async () => {
    const { report } = await train(
      { config: config({ manifest: join(dir, 'nowhere.json') }), baselineManifest: main.manifest, out: join(dir, 'pr-input') },
      platform(),
    );
    expect(report.checks.find((c) => c.id === 'roc_auc vs baseline')!.baseline!.value).toBe(main.rocAuc);
  });

  test('other held-out rows (another sample seed): the drop rule errors and says what differs', async () => {
    const { report } = await train({ config: config({ seed: 8, manifest: main.manifest }), out: join(dir, 'pr-seed') }, platform());
    expect(report.verdict).toBe('error');
    const check = report.checks.find((c) => c.id === 'roc_auc vs baseline')!;
    expect(check.status).toBe('error');
    expect(check.reason).toMatch(
      new RegExp(
        `^ROC AUC vs baseline: the baseline manifest ${main.manifest} cannot be used: its held-out rows are not this run's: sample\\.seed 7 vs 8; sample\\.holdout_sha256 [0-9a-f]{12}… vs [0-9a-f]{12}…$`,
      ),
    );
  });

  test('other data: the drop rule errors naming the dataset hashes', async () => {
    const copy = join(dir, 'other-data');
    cpSync(join(dir, 'main'), copy, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
    manifest.inputs[0].sha256 = 'f'.repeat(64);
    writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
    const { report } = await train({ config: config({ manifest: join(copy, 'manifest.json') }), out: join(dir, 'pr-data') }, platform());
    const [actual] = await hashFiles([data]);
    expect(report.checks.find((c) => c.id === 'roc_auc vs baseline')!.reason).toMatch(
      new RegExp(`its held-out rows are not this run's: the dataset differs \\(sha256 ffffffffffff… vs ${actual.sha256.slice(0, 12)}…\\)$`),
    );
  });

  test('predictions changed since the manifest was written, or missing, or no manifest: the drop rule errors', async () => {
    const tampered = join(dir, 'tampered');
    cpSync(join(dir, 'main'), tampered, { recursive: true });
    const file = join(tampered, 'predictions.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/,0\.(\d)/, ',0.9$1'));
    const cases: [string, RegExp][] = [
      [
        join(tampered, 'manifest.json'),
        /cannot be used: its predictions file .*predictions\.csv has sha256 [0-9a-f]{12}…, the manifest records [0-9a-f]{12}…$/,
      ],
      [join(dir, 'absent', 'manifest.json'), /cannot be used: cannot read it: file not found: /],
    ];
    const missing = join(dir, 'missing-predictions');
    cpSync(join(dir, 'main'), missing, { recursive: true });
    writeFileSync(join(missing, 'predictions.csv'), '');
    cases.push([join(missing, 'manifest.json'), /has sha256 e3b0c44298fc…, the manifest records/]);
    for (const [manifest, reason] of cases) {
      const { report } = await train({ config: config({ manifest }), out: join(dir, 'pr-bad') }, platform());
      const check = report.checks.find((c) => c.id === 'roc_auc vs baseline')!;
      expect(check.status).toBe('error');
      expect(check.reason).toMatch(reason);
      expect(report.verdict).toBe('error');
    }
  });

  test('a predictions path that leaves the manifest directory is refused', async () => {
    const escaping = join(dir, 'escaping');
    cpSync(join(dir, 'main'), escaping, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(escaping, 'manifest.json'), 'utf8'));
    manifest.predictions.file = '../main/predictions.csv';
    writeFileSync(join(escaping, 'manifest.json'), JSON.stringify(manifest));
    const { report } = await train(
      { config: config({ manifest: join(escaping, 'manifest.json') }), out: join(dir, 'pr-escape') },
      platform(),
    );
    expect(report.checks.find((c) => c.id === 'roc_auc vs baseline')!.reason).toContain(
      'its predictions path "../main/predictions.csv" is not inside the manifest\'s directory',
    );
  });

  test('data.baseline and train.baseline_manifest together are a config error', async () => {
    const error = await failure(
      train(
        { config: config({ manifest: main.manifest, baseline: join(dir, 'main', 'predictions.csv') }), out: join(dir, 'pr-both') },
        platform(),
      ),
    );
    expect(error.kind).toBe('ConfigError');
    expect(error.message).toBe('both `data.baseline` and `train.baseline_manifest` name a baseline; set one');
  });
});
