import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../shared/config/index.js';
import { formatError } from '../../shared/errors.js';
import { loadError, withGates, writeConfig } from './helpers.js';

// Verbatim from DESIGN.md, "Data in": it must keep loading as the schema grows.
const SMALLEST = `version: 1
data:
  predictions: eval/predictions.csv   # action input / --predictions overrides
  label: label
  score: score
  threshold: 0.5
  groups: [sex, race]
evaluate:
  gates:
    - metric: roc_auc
      min: 0.75
`;

const FULL = `$schema: ../schema/modelgate.schema.json
version: 1
data:
  predictions: [eval/a.csv, eval/b.csv.gz]
  baseline: eval/baseline.csv
  format: csv
  delimiter: ";"
  task: binary
  label: outcome
  score: p
  prediction: yhat
  threshold: 0.3
  positive_label: approved
  classes: [rejected, approved]
  id: request_id
  groups: [sex, race]
  slices: [country]
  weight: w
  max_bad_rows: 5
  allow_outside_workspace: true
evaluate:
  gates:
    - metric: roc_auc
      id: auc-floor
      min: 0.8
      on: lower_bound
      severity: warn
    - metric: f1
      max_drop: 0.01
      max_relative_drop: 0.05
    - metric: recall
      over: [sex]
      intersect: true
      min: 0.6
    - metric: accuracy
      where: {sex: F, country: 7}
      min: 0.7
      max: 1
    - metric: disparate_impact
      over: [sex, race]
      privileged: {sex: M, race: 1}
      min: 0.8
    - metric: equalized_odds_difference
      over: [race]
      relative_to: overall
      agg: mean
      max: 0.1
  min_group_size: 50
  inconclusive: warn
  intersect: true
  bootstrap:
    replicates: 1000
    level: 0.9
    seed: 42
  calibration_bins: 15
  beta: 2
train:
  dataset: data/train.csv
  sample: {method: stratified, by: [outcome, sex], fraction: 0.1, seed: 7}
  model: {features: [age, country], epochs: 5}
shadow_compare: {}
canary: {steps: [{weight: 1}, {weight: 10, bake: 10m}, {weight: 50}]}
drift:
  features: [age]
`;

describe('loadConfig: valid files', () => {
  test('the smallest config from DESIGN.md loads unchanged, with every default applied', async () => {
    const file = writeConfig(SMALLEST);
    const loaded = await loadConfig(file);
    expect(loaded.file).toBe(file);
    expect(loaded.config).toEqual({
      version: 1,
      data: {
        predictions: 'eval/predictions.csv',
        label: 'label',
        score: 'score',
        threshold: 0.5,
        groups: ['sex', 'race'],
        task: 'binary',
        slices: [],
        max_bad_rows: 0,
        max_line_bytes: 16777216,
        max_field_bytes: 1048576,
        max_group_values: 500,
        allow_outside_workspace: false,
      },
      evaluate: {
        gates: [{ metric: 'roc_auc', min: 0.75, on: 'point', severity: 'fail' }],
        min_group_size: 30,
        inconclusive: 'fail',
        intersect: false,
        bootstrap: { replicates: 0, level: 0.95, seed: 0 },
        calibration_bins: 10,
        beta: 1,
        behavioral: [],
      },
    });
  });

  test('defaults fill a config without an evaluate section, and threshold and groups when absent', async () => {
    const { config } = await loadConfig(writeConfig('version: 1\ndata:\n  label: y\n'));
    expect(config.data).toEqual({
      label: 'y',
      task: 'binary',
      threshold: 0.5,
      groups: [],
      slices: [],
      max_bad_rows: 0,
      max_line_bytes: 16777216,
      max_field_bytes: 1048576,
      max_group_values: 500,
      allow_outside_workspace: false,
    });
    expect(config.evaluate).toEqual({
      gates: [],
      min_group_size: 30,
      inconclusive: 'fail',
      intersect: false,
      bootstrap: { replicates: 0, level: 0.95, seed: 0 },
      calibration_bins: 10,
      beta: 1,
      behavioral: [],
    });
  });

  test('a config using every key loads as written, with values compared as text stringified', async () => {
    const { config } = await loadConfig(writeConfig(FULL));
    expect(config.data).toEqual({
      predictions: ['eval/a.csv', 'eval/b.csv.gz'],
      baseline: 'eval/baseline.csv',
      format: 'csv',
      delimiter: ';',
      task: 'binary',
      label: 'outcome',
      score: 'p',
      prediction: 'yhat',
      threshold: 0.3,
      positive_label: 'approved',
      classes: ['rejected', 'approved'],
      id: 'request_id',
      groups: ['sex', 'race'],
      slices: ['country'],
      weight: 'w',
      max_bad_rows: 5,
      max_line_bytes: 16777216,
      max_field_bytes: 1048576,
      max_group_values: 500,
      allow_outside_workspace: true,
    });
    expect(config.evaluate.gates).toEqual([
      { metric: 'roc_auc', id: 'auc-floor', min: 0.8, on: 'lower_bound', severity: 'warn' },
      { metric: 'f1', max_drop: 0.01, max_relative_drop: 0.05, on: 'point', severity: 'fail' },
      { metric: 'recall', over: ['sex'], intersect: true, min: 0.6, on: 'point', severity: 'fail' },
      { metric: 'accuracy', where: { sex: 'F', country: '7' }, min: 0.7, max: 1, on: 'point', severity: 'fail' },
      { metric: 'disparate_impact', over: ['sex', 'race'], privileged: { sex: 'M', race: '1' }, min: 0.8, on: 'point', severity: 'fail' },
      { metric: 'equalized_odds_difference', over: ['race'], relative_to: 'overall', agg: 'mean', max: 0.1, on: 'point', severity: 'fail' },
    ]);
    expect(config.evaluate).toMatchObject({
      min_group_size: 50,
      inconclusive: 'warn',
      intersect: true,
      bootstrap: { replicates: 1000, level: 0.9, seed: 42 },
      calibration_bins: 15,
      beta: 2,
    });
    expect(config.train).toMatchObject({
      dataset: 'data/train.csv',
      sample: { method: 'stratified', by: ['outcome', 'sex'], fraction: 0.1, seed: 7, min_per_stratum: 30 },
      model: { features: ['age', 'country'], epochs: 5, type: 'logistic_regression' },
    });
    expect(config.canary).toEqual({ steps: [{ weight: 1 }, { weight: 10, bake: '10m' }, { weight: 50 }], gates: [] });
    expect(config.$schema).toBe('../schema/modelgate.schema.json');
  });

  test('numeric and boolean label values become text, as the readers present column values', async () => {
    const { config } = await loadConfig(
      writeConfig('version: 1\ndata:\n  label: y\n  positive_label: true\n  task: multiclass\n  classes: [0, 1, 2]\n'),
    );
    expect(config.data.positive_label).toBe('true');
    expect(config.data.classes).toEqual(['0', '1', '2']);
  });

  test('a disparity rule without `over` compares all of data.groups', async () => {
    const { config } = await loadConfig(
      writeConfig(withGates('    - metric: demographic_parity_ratio\n      min: 0.8\n    - metric: roc_auc\n      min: 0.7\n')),
    );
    expect(config.evaluate.gates[0].over).toEqual(['sex', 'race']);
    expect(config.evaluate.gates[1].over).toBeUndefined();
  });

  test('sha256 is the hash of the file bytes', async () => {
    const file = writeConfig(SMALLEST);
    const { sha256 } = await loadConfig(file);
    expect(sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('the source map gives the line and column of every rule and key', async () => {
    const { sourceMap } = await loadConfig(writeConfig(SMALLEST));
    expect(sourceMap.get('/evaluate/gates/0')).toEqual({ line: 10, column: 7 });
    expect(sourceMap.get('/evaluate/gates/0/min')).toEqual({ line: 11, column: 12 });
    expect(sourceMap.get('/data')).toEqual({ line: 2, column: 1 });
    expect(sourceMap.get('/data/groups')).toEqual({ line: 7, column: 3 });
    expect(sourceMap.get('/data/groups/1')).toEqual({ line: 7, column: 17 });
    expect(sourceMap.get('/data/threshold')).toEqual({ line: 6, column: 14 });
    // Defaults are not in the file.
    expect(sourceMap.has('/data/task')).toBe(false);
  });

  test('a JSON file loads, and a UTF-8 byte order mark is accepted', async () => {
    const json = `{
  "version": 1,
  "data": {"label": "y", "task": "regression", "groups": ["g"]},
  "evaluate": {
    "gates": [
      {"metric": "mae", "max": 3}
    ]
  }
}
`;
    const { config, sourceMap } = await loadConfig(writeConfig(json, '.json'));
    expect(config.data.groups).toEqual(['g']);
    expect(config.evaluate.gates[0]).toEqual({ metric: 'mae', max: 3, on: 'point', severity: 'fail' });
    expect(sourceMap.get('/evaluate/gates/0')).toEqual({ line: 6, column: 7 });
    expect(sourceMap.get('/evaluate/gates/0/max')).toEqual({ line: 6, column: 32 });
    const bom = await loadConfig(
      writeConfig(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('version: 1\ndata:\n  label: y\n')])),
    );
    expect(bom.config.data.label).toBe('y');
  });
});

describe('loadConfig: overrides', () => {
  test('predictions, baseline and data keys are replaced before validation', async () => {
    const { config, sourceMap } = await loadConfig(writeConfig(SMALLEST), {
      predictions: ['a.csv', 'b.csv'],
      baseline: ['base.csv'],
      threshold: 0.7,
      'evaluate.min_group_size': 10,
      score: undefined,
    });
    expect(config.data.predictions).toEqual(['a.csv', 'b.csv']);
    expect(config.data.baseline).toEqual(['base.csv']);
    expect(config.data.threshold).toBe(0.7);
    expect(config.data.score).toBe('score');
    expect(config.evaluate.min_group_size).toBe(10);
    // The file's position no longer describes the value in use.
    expect(sourceMap.has('/data/threshold')).toBe(false);
    expect(sourceMap.has('/data/predictions')).toBe(false);
    expect(sourceMap.get('/data/label')).toEqual({ line: 4, column: 10 });
  });

  test('an empty list override means "not given"', async () => {
    const { config } = await loadConfig(writeConfig(SMALLEST), { predictions: [], baseline: [] });
    expect(config.data.predictions).toBe('eval/predictions.csv');
    expect(config.data.baseline).toBeUndefined();
  });

  test('a bad override value is validated and reported as an override, without a file position', async () => {
    const error = await loadError(SMALLEST, '.yml', { threshold: 2 });
    expect(error.message).toBe('`data.threshold` must be a number between 0 and 1, got 2 (set by an override)');
    expect(error.location).toEqual({ file: error.file, path: '/data/threshold' });
  });

  test('an unknown override key is an unknown key', async () => {
    const error = await loadError(SMALLEST, '.yml', { treshold: 0.4 });
    expect(error.message).toBe('unknown key `treshold` in data (set by an override)');
    expect(error.hint).toBe('did you mean `threshold`?');
  });

  test('an override key that could reach the object prototype is refused', async () => {
    const error = await loadError(SMALLEST, '.yml', { '__proto__.polluted': true });
    expect(error.message).toBe('invalid override key `__proto__.polluted`');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('loadConfig: errors with their place in the file', () => {
  test('unknown key: at the key, with the closest known key', async () => {
    const error = await loadError(withGates('    - metric: roc_auc\n      mni: 0.8\n'));
    expect(error.message).toBe('unknown key `mni` in evaluate.gates[0]');
    expect(error.location).toEqual({ file: error.file, line: 10, column: 7, path: '/evaluate/gates/0/mni' });
    expect(error.hint).toBe('did you mean `min`?');
  });

  test('a bound written out (`minimum`, `maximum`) suggests the short key, and is the only issue', async () => {
    const error = await loadError(withGates('    - metric: roc_auc\n      minimum: 0.8\n'));
    expect(error.message).toBe('unknown key `minimum` in evaluate.gates[0]');
    expect(error.hint).toBe('did you mean `min`?');
    const max = await loadError(withGates('    - metric: fpr\n      maximum: 0.2\n'));
    expect(max.hint).toBe('did you mean `max`?');
  });

  test('unknown key with nothing close lists the known keys', async () => {
    const error = await loadError('version: 1\ndata:\n  label: y\nevaluat:\n  gates: []\nzzz: 1\n');
    expect(error.message).toBe('unknown key `evaluat` at the top level\n  also at line 6, column 1: unknown key `zzz` at the top level');
    expect(error.location).toEqual({ file: error.file, line: 4, column: 1, path: '/evaluat' });
    expect(error.hint).toBe('did you mean `evaluate`?');
    const far = await loadError('version: 1\ndata:\n  label: y\n  colour: red\n');
    expect(far.hint).toMatch(
      /^known keys: `predictions`, `baseline`, `dataset`, `format`, .*`max_bad_rows`, `max_line_bytes`, `max_field_bytes`, `max_group_values`, `allow_outside_workspace`$/,
    );
  });

  test('wrong type: at the value, saying what is allowed and what was found', async () => {
    const error = await loadError('version: 1\ndata:\n  label: y\n  threshold: high\n');
    expect(error.message).toBe('`data.threshold` must be a number between 0 and 1, got "high"');
    expect(error.location).toEqual({ file: error.file, line: 4, column: 14, path: '/data/threshold' });
    expect(error.hint).toBeUndefined();
  });

  test('a number spelt in hexadecimal or octal: at the value, asking for decimal', async () => {
    const hex = await loadError('version: 1\ndata:\n  label: y\n  threshold: 0x1\n');
    expect(hex.message).toBe('0x1 is a hexadecimal number; write numbers in decimal');
    expect(hex.location).toMatchObject({ line: 4, column: 14 });
    expect(hex.hint).toBe('write 1, or quote the value if it is text');
    const octal = await loadError(withGates('    - metric: roc_auc\n      min: 0o1\n'));
    expect(octal.message).toBe('0o1 is an octal number; write numbers in decimal');
  });

  test('wrong type of a list item and of a union', async () => {
    const item = await loadError('version: 1\ndata:\n  label: y\n  groups: [sex, 3]\n');
    expect(item.message).toBe('`data.groups[1]` must be a non-empty string, got 3');
    expect(item.location).toMatchObject({ line: 4, column: 17, path: '/data/groups/1' });
    const union = await loadError('version: 1\ndata:\n  label: y\n  predictions:\n    a: b\n');
    expect(union.message).toBe('`data.predictions` must be a non-empty string or a non-empty list of strings, got a mapping');
    expect(union.location).toMatchObject({ line: 4, column: 3, path: '/data/predictions' });
  });

  test('enum: the allowed values, and a guess when one is close', async () => {
    const error = await loadError('version: 1\ndata:\n  label: y\nevaluate:\n  inconclusive: wran\n');
    expect(error.message).toBe('`evaluate.inconclusive` must be one of `fail`, `warn`, `pass`, got "wran"');
    expect(error.location).toMatchObject({ line: 5, column: 17, path: '/evaluate/inconclusive' });
    expect(error.hint).toBe('did you mean `warn`? allowed: `fail`, `warn`, `pass`');
    const far = await loadError('version: 1\ndata:\n  label: y\n  format: xlsx\n');
    expect(far.hint).toBe('allowed: `csv`, `jsonl`, `parquet`');
  });

  test('out of range: integers, exclusive bounds, string length', async () => {
    const group = await loadError('version: 1\ndata:\n  label: y\nevaluate:\n  min_group_size: 0\n');
    expect(group.message).toBe('`evaluate.min_group_size` must be an integer >= 1, got 0');
    expect(group.location).toMatchObject({ line: 5, column: 19 });
    const fraction = await loadError('version: 1\ndata:\n  label: y\nevaluate:\n  min_group_size: 2.5\n');
    expect(fraction.message).toBe('`evaluate.min_group_size` must be an integer >= 1, got 2.5');
    const level = await loadError('version: 1\ndata:\n  label: y\nevaluate:\n  bootstrap: {level: 1}\n');
    expect(level.message).toBe('`evaluate.bootstrap.level` must be a number > 0 and < 1, got 1');
    expect(level.location).toMatchObject({ line: 5, column: 22, path: '/evaluate/bootstrap/level' });
    const delimiter = await loadError('version: 1\ndata:\n  label: y\n  delimiter: "::"\n');
    expect(delimiter.message).toBe('`data.delimiter` must be a single character, got "::"');
    const drop = await loadError(withGates('    - metric: f1\n      max_drop: -0.1\n'));
    expect(drop.message).toBe('`evaluate.gates[0].max_drop` must be a number >= 0, got -0.1');
    const nan = await loadError(withGates('    - metric: f1\n      min: .nan\n'));
    expect(nan.message).toBe('`evaluate.gates[0].min` must be a number, got NaN');
  });

  test('missing label: at the parent, with what the key is for', async () => {
    const error = await loadError('version: 1\ndata:\n  score: s\n');
    expect(error.message).toBe('evaluate needs `data.label`');
    expect(error.location).toEqual({ file: error.file, line: 2, column: 1, path: '/data/label' });
    expect(error.hint).toBe('`label`: Column with the true label (binary, multiclass) or the true value (regression).');
  });

  test('missing or wrong version', async () => {
    const missing = await loadError('data:\n  label: y\n');
    expect(missing.message).toBe('missing required key `version` at the top level');
    expect(missing.location).toMatchObject({ line: 1, column: 1, path: '/version' });
    expect(missing.hint).toBe('add `version: 1`');
    const wrong = await loadError('version: 2\ndata:\n  label: y\n');
    expect(wrong.message).toBe('`version` must be 1, got 2');
    expect(wrong.location).toMatchObject({ line: 1, column: 10 });
  });

  test('a rule without a bound', async () => {
    const error = await loadError(withGates('    - metric: f1\n      severity: warn\n'));
    expect(error.message).toBe('`evaluate.gates[0]` needs at least one of `min`, `max`, `max_drop`, `max_relative_drop`');
    expect(error.location).toMatchObject({ line: 9, column: 7, path: '/evaluate/gates/0' });
  });

  test('a repeated list item: at the repetition', async () => {
    const error = await loadError('version: 1\ndata:\n  label: y\n  groups:\n    - sex\n    - race\n    - sex\n');
    expect(error.message).toBe('`data.groups` lists "sex" more than once');
    expect(error.location).toMatchObject({ line: 7, column: 7, path: '/data/groups/2' });
  });

  test('an empty file and a file that is not a mapping', async () => {
    const empty = await loadError('# nothing yet\n');
    expect(empty.message).toBe('`the config` must be a mapping, got an empty value');
    const list = await loadError('- version: 1\n');
    expect(list.message).toBe('`the config` must be a mapping, got a list');
    expect(list.location).toMatchObject({ line: 1, column: 1, path: '' });
  });

  test('all problems are reported in file order: the first in full, five more listed, then a count', async () => {
    const error = await loadError(`version: 1
data:
  label: y
  a1: 1
  a2: 2
  a3: 3
  a4: 4
  a5: 5
  a6: 6
  a7: 7
`);
    expect(error.message).toBe(
      'unknown key `a1` in data\n' +
        '  also at line 5, column 3: unknown key `a2` in data\n' +
        '  also at line 6, column 3: unknown key `a3` in data\n' +
        '  also at line 7, column 3: unknown key `a4` in data\n' +
        '  also at line 8, column 3: unknown key `a5` in data\n' +
        '  also at line 9, column 3: unknown key `a6` in data\n' +
        '  ... and 1 more',
    );
    expect(error.location).toMatchObject({ line: 4, column: 3 });
    expect(formatError(error)).toContain(`ConfigError: ${error.file}:4:3 at /data/a1: unknown key \`a1\` in data`);
  });

  test("YAML syntax error: the parser's line and column", async () => {
    const error = await loadError('version: 1\ndata:\n  label: y\n  groups: [sex, race\nevaluate: {}\n');
    expect(error.message).toMatch(/^YAML syntax error: /);
    expect(error.location.file).toBe(error.file);
    expect(error.location.line).toBe(5);
    expect(error.location.column).toBe(1);
    const duplicate = await loadError('version: 1\ndata:\n  label: y\n  label: z\n');
    expect(duplicate.message).toBe('YAML syntax error: Map keys must be unique');
    expect(duplicate.location).toEqual({ file: duplicate.file, line: 4, column: 3 });
  });

  test('JSON file: syntax and schema errors at their JSON line and column', async () => {
    const syntax = await loadError('{\n  "version": 1,\n  "data": {"label": y}\n}\n', '.json');
    expect(syntax.message).toBe('JSON syntax error: Unresolved plain scalar "y"');
    expect(syntax.location).toEqual({ file: syntax.file, line: 3, column: 21 });
    const schema = await loadError('{\n  "version": 1,\n  "data": {\n    "label": "y",\n    "threshold": "0.5"\n  }\n}\n', '.json');
    expect(schema.message).toBe('`data.threshold` must be a number between 0 and 1, got "0.5"');
    expect(schema.location).toEqual({ file: schema.file, line: 5, column: 18, path: '/data/threshold' });
  });

  test('missing file, directory, and bytes that are not UTF-8', async () => {
    const missing = join(import.meta.dirname, 'no-such-config.yml');
    await expect(loadConfig(missing)).rejects.toMatchObject({
      kind: 'ConfigError',
      message: `config file not found: ${missing}`,
      location: { file: missing },
    });
    await expect(loadConfig(import.meta.dirname)).rejects.toMatchObject({
      kind: 'ConfigError',
      message: `config path is a directory, not a file: ${import.meta.dirname}`,
    });
    const latin1 = writeConfig(Buffer.from([0x76, 0x65, 0x72, 0x3a, 0x20, 0xe9, 0x0a]));
    await expect(loadConfig(latin1)).rejects.toMatchObject({
      kind: 'ConfigError',
      message: `config file ${latin1} is not valid UTF-8 text`,
    });
  });
});
