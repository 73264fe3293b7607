import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../shared/config/index.js';
import { ConfigError } from '../../shared/errors.js';
import { writeConfig } from './helpers.js';

const driftOnly = join(import.meta.dirname, '..', 'fixtures', 'config', 'drift-only.yml');

/** Loads `text` for `gate` and returns the ConfigError it must raise. */
async function gateError(
  text: string,
  gate: 'evaluate' | 'train' | 'shadow_compare' | 'drift' | 'canary',
): Promise<ConfigError & { file: string }> {
  const file = writeConfig(text);
  const error = await loadConfig(file, {}, gate).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return Object.assign(error as ConfigError, { file });
}

describe('each gate section validates on its own', () => {
  test('a file with only `version` and `drift:` is valid for drift, with its defaults filled in', async () => {
    const { config, sourceMap } = await loadConfig(driftOnly, {}, 'drift');
    expect(config.data).toBeUndefined();
    expect(config.drift).toEqual({
      reference: 'data/train.parquet',
      current: 'logs/requests-*.jsonl.gz',
      features: ['income', 'age', 'region'],
      tests: { income: 'psi', region: 'chi_square' },
      bins: 20,
      max_drifted_share: 0.25,
      gates: [
        { metric: 'psi', max: 0.2, where: { feature: 'income' }, on: 'point', severity: 'fail' },
        { metric: 'drifted_share', max: 0.34, on: 'point', severity: 'warn' },
      ],
      trigger: { workflow: 'retrain.yml', ref: 'main', on: 'fail' },
    });
    expect(sourceMap.get('/drift/gates/1/max')).toEqual({ line: 17, column: 12 });
  });

  test('the same drift-only file is not enough for evaluate, which says what it needs and where', async () => {
    const error = await loadConfig(driftOnly).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      kind: 'ConfigError',
      message: 'evaluate needs `data`: the columns of the predictions and the label',
      location: { file: driftOnly, line: 2, column: 1, path: '/data' },
    });
    const train = await gateError('version: 1\ndata:\n  score: p\ndrift: {}\n', 'train');
    expect(train.message).toBe('train needs `data.label`');
    expect(train.location).toEqual({ file: train.file, line: 2, column: 1, path: '/data/label' });
  });

  test("a gate without its section runs on the section's defaults", async () => {
    const { config } = await loadConfig(writeConfig('version: 1\n'), {}, 'drift');
    expect(config.drift).toEqual({ tests: {}, bins: 10, gates: [] });
  });

  test("another gate's section is held to the schema, not to its gate's cross-key checks", async () => {
    // canary without steps is unusable for canary, but a drift run does not read it.
    const file = writeConfig('version: 1\ndrift: {}\ncanary:\n  gates: [{metric: error_rate, max: 0.01}]\n');
    await expect(loadConfig(file, {}, 'drift')).resolves.toBeDefined();
    const wrongType = await gateError('version: 1\ndrift: {}\ncanary:\n  steps: 3\n', 'drift');
    expect(wrongType.message).toMatch(/^`canary.steps` must be a non-empty list/);
    expect(wrongType.location).toMatchObject({ line: 4, column: 10, path: '/canary/steps' });
  });
});

describe('drift checks', () => {
  test('tests and rules name listed features; one trigger kind', async () => {
    const error = await gateError(
      'version: 1\ndrift:\n  features: [income, age]\n  tests: {incme: psi}\n  gates:\n    - {metric: ks, max: 0.1, where: {feature: region}}\n    - {metric: drifted_share, max: 0.5, where: {feature: age}}\n    - {metric: psi_max, max: 0.2}\n  trigger: {workflow: a.yml, event_type: drift}\n',
      'drift',
    );
    expect(error.message.split('\n')).toEqual([
      '`incme` in drift.tests is not in drift.features',
      '  also at line 6, column 47: `region` in drift.gates[0].where is not in drift.features',
      '  also at line 7, column 41: `drifted_share` in drift.gates[1] is a share of all features; it cannot be restricted to one',
      '  also at line 8, column 16: unknown metric `psi_max` for drift',
      '  also at line 9, column 30: `drift.trigger` sets both `workflow` (workflow_dispatch) and `event_type` (repository_dispatch); set one',
    ]);
    expect(error.location).toEqual({ file: error.file, line: 4, column: 11, path: '/drift/tests/incme' });
    expect(error.hint).toBe('did you mean `income`?');
  });

  test('feature names are plain keys: `constructor` and `__proto__` neither read nor set Object.prototype', async () => {
    const { config } = await loadConfig(
      writeConfig('version: 1\ndrift:\n  features: [__proto__, constructor, toString]\n  tests: {__proto__: psi, toString: js}\n'),
      {},
      'drift',
    );
    expect(Object.getPrototypeOf(config.drift.tests)).toBeNull();
    expect(Object.keys(config.drift.tests)).toEqual(['__proto__', 'toString']);
    expect(config.drift.tests.constructor).toBeUndefined();
    expect(({} as Record<string, unknown>).psi).toBeUndefined();
  });

  test('a per-feature test outside the five is a schema error at its value', async () => {
    const error = await gateError('version: 1\ndrift:\n  tests: {income: t_test}\n', 'drift');
    expect(error.location).toMatchObject({ line: 3, column: 19, path: '/drift/tests/income' });
    expect(error.message).toMatch(/ks.*psi.*wasserstein.*chi_square.*js/);
  });
});

describe('shadow_compare checks', () => {
  test('columns default to the data: binding of the same role; segments to groups and slices', async () => {
    const { config } = await loadConfig(
      writeConfig(
        'version: 1\ndata:\n  id: request_id\n  score: p\n  groups: [sex]\n  slices: [country]\nshadow_compare:\n  latency: ms\n  gates:\n    - {metric: flip_rate, max: 0.02, over: [country]}\n',
      ),
      {},
      'shadow_compare',
    );
    expect(config.shadow_compare).toMatchObject({
      id: 'request_id',
      score: 'p',
      latency: 'ms',
      segments: ['sex', 'country'],
      min_join_rate: 0.95,
      max_error_rate: 0.01,
      correction: 'holm',
      redact: [],
    });
    expect(config.shadow_compare.gates[0]).toEqual({ metric: 'flip_rate', max: 0.02, over: ['country'], on: 'point', severity: 'fail' });
  });

  test('own columns win over data:, and a file without data: works', async () => {
    const { config } = await loadConfig(writeConfig('version: 1\nshadow_compare:\n  id: rid\n  prediction: cls\n'), {}, 'shadow_compare');
    expect(config.shadow_compare).toMatchObject({ id: 'rid', prediction: 'cls' });
    expect(config.shadow_compare.score).toBeUndefined();
  });

  test("an id and something to compare are required; rules use the same keys, minus evaluate's own", async () => {
    const error = await gateError(
      'version: 1\nshadow_compare:\n  segments: [country]\n  redact: [email, country]\n  gates:\n    - {metric: agreement, min: 0.98, over: [sex]}\n    - {metric: mcnemar, min: 0.05}\n    - {metric: flip_rate, max_drop: 0.01}\n    - {metric: agreemnt, min: 0.9}\n',
      'shadow_compare',
    );
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('shadow_compare needs the request id column both logs are joined by: set `shadow_compare.id` or `data.id`');
    expect(error.location).toEqual({ file: error.file, line: 2, column: 1, path: '/shadow_compare/id' });
    expect(lines.slice(1)).toEqual([
      '  also at line 2, column 1: shadow_compare needs a `score` or a `prediction` column to compare (under `shadow_compare:` or `data:`)',
      '  also at line 4, column 19: `country` is both redacted and a segment of shadow_compare, whose values the report shows',
      '  also at line 6, column 45: `sex` in shadow_compare.gates[0].over is not in shadow_compare.segments',
      '  also at line 7, column 16: `mcnemar` in shadow_compare.gates[1] compares correctness, which needs labels: set `shadow_compare.labels` and a label column',
      "  also at line 8, column 27: `max_drop` in shadow_compare.gates[2] applies only to evaluate's rules",
      '  ... and 1 more',
    ]);
  });

  test('replay mode needs both models and no answer columns; a model without a replay file, or logs beside one, is refused', async () => {
    const { config } = await loadConfig(
      writeConfig(
        'version: 1\nshadow_compare:\n  id: rid\n  replay: req.csv\n  production_model: oip+http://127.0.0.1:1/m\n  shadow_model: tfjs:model\n',
      ),
      {},
      'shadow_compare',
    );
    expect(config.shadow_compare).toMatchObject({ batch_size: 1, concurrency: 8, timeout_ms: 30000, retries: 2, max_error_rate: 0.01 });
    expect(config.shadow_compare.max_requests).toBeUndefined();
    const missing = await gateError('version: 1\nshadow_compare:\n  id: rid\n  replay: req.csv\n  shadow: s.csv\n', 'shadow_compare');
    expect(missing.message.split('\n')).toEqual([
      'replay mode needs `shadow_compare.production_model`: the model the recorded requests are sent to',
      '  also at line 2, column 1: replay mode needs `shadow_compare.shadow_model`: the model the recorded requests are sent to',
      '  also at line 5, column 3: `shadow_compare.shadow` is a log to compare, and `replay` asks the models instead: give one or the other',
    ]);
    const stray = await gateError('version: 1\nshadow_compare:\n  id: rid\n  score: s\n  shadow_model: tfjs:m\n', 'shadow_compare');
    expect(stray.message).toBe('`shadow_compare.shadow_model` is for replay mode, and no `replay` file of recorded requests is set');
    expect(stray.location).toMatchObject({ line: 5, column: 3 });
  });

  test('correction is holm or bh', async () => {
    const error = await gateError('version: 1\nshadow_compare:\n  id: rid\n  score: s\n  correction: bonferroni\n', 'shadow_compare');
    expect(error.location).toMatchObject({ line: 5, column: 15, path: '/shadow_compare/correction' });
  });
});

describe('canary checks', () => {
  const valid =
    'version: 1\ncanary:\n  provider: {command: "kubectl argo rollouts set weight m {weight}"}\n  steps:\n    - {weight: 10, bake: 10m, max_duration: 1h}\n    - {weight: 50}\n  metrics:\n    source: prometheus\n    url: http://127.0.0.1:9090\n    queries: {error_rate: "sum(rate(errors[5m]))"}\n  gates:\n    - {metric: error_rate, max: 0.01}\n';

  test('a complete canary section loads', async () => {
    const { config } = await loadConfig(writeConfig(valid), {}, 'canary');
    expect(config.canary.steps).toEqual([{ weight: 10, bake: '10m', max_duration: '1h' }, { weight: 50 }]);
    expect(config.canary.gates).toEqual([{ metric: 'error_rate', max: 0.01, on: 'point', severity: 'fail' }]);
  });

  test('steps move forward within their time; the source has what it needs; rules name a query', async () => {
    const error = await gateError(
      'version: 1\ncanary:\n  provider: {command: "set {weight}"}\n  steps:\n    - {weight: 50, bake: 2h, max_duration: 1h}\n    - {weight: 10}\n  metrics:\n    source: command\n    url: http://127.0.0.1:9090\n    queries: {error_rate: ""}\n  gates:\n    - {metric: latency_p99, max: 300, over: [pod]}\n',
      'canary',
    );
    expect(error.message.split('\n')).toEqual([
      'canary.steps[0] bakes for 2h, longer than its `max_duration` 1h',
      '  also at line 6, column 16: canary.steps[1] has weight 10, not more than the step before (50): traffic only moves forward',
      '  also at line 7, column 3: canary.metrics with `source: command` needs `command`',
      '  also at line 9, column 5: `url` in canary.metrics applies only to `source: prometheus`',
      '  also at line 12, column 16: unknown metric `latency_p99` for canary',
      '  also at line 12, column 39: `over` in canary.gates[0] does not apply: a canary metric is one number per step',
    ]);
    expect(error.location).toMatchObject({ line: 5, column: 44, path: '/canary/steps/0/max_duration' });
  });

  test('without steps, provider and metrics the canary gate cannot run', async () => {
    const error = await gateError('version: 1\n', 'canary');
    expect(error.message.split('\n')[0]).toBe('canary needs `canary.provider`');
  });

  test('a bad duration is a schema error', async () => {
    const error = await gateError(valid.replace('bake: 10m', 'bake: 10 minutes'), 'canary');
    expect(error.location).toMatchObject({ line: 5, column: 26, path: '/canary/steps/0/bake' });
  });
});
