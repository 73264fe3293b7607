import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../shared/config/index.js';
import { loadError, withGates, writeConfig } from './helpers.js';

// withGates(): rules start on line 9; data.groups is [sex, race], data.slices [country].

describe('semantic checks the schema cannot express', () => {
  test('an unknown metric: at the metric, with the closest name for the task', async () => {
    const error = await loadError(withGates('    - metric: roc_acu\n      min: 0.7\n'));
    expect(error.message).toBe('unknown metric `roc_acu` for a binary task');
    expect(error.location).toEqual({ file: error.file, line: 9, column: 15, path: '/evaluate/gates/0/metric' });
    expect(error.hint).toBe('did you mean `roc_auc`?');
    const disparity = await loadError(withGates('    - metric: demographic_parity_ration\n      min: 0.8\n'));
    expect(disparity.hint).toBe('did you mean `demographic_parity_ratio`?');
    const derived = await loadError(withGates('    - metric: recal_ratio\n      min: 0.8\n'));
    expect(derived.hint).toBe('did you mean `recall_ratio`?');
    const nothing = await loadError(withGates('    - metric: happiness\n      min: 0.8\n'));
    expect(nothing.hint).toMatch(
      /^binary metrics: `accuracy`, .*`ece`, their `_difference`\/`_ratio` across groups, and the named disparities$/,
    );
  });

  test('one column, one role: the score or a group may not read the label column', async () => {
    const score = await loadError(
      'version: 1\ndata:\n  label: y\n  score: y\nevaluate:\n  gates:\n    - metric: roc_auc\n      min: 0.5\n',
    );
    expect(score.message).toBe('`data.score` names the column "y", which `data.label` already reads');
    expect(score.location).toMatchObject({ line: 4, column: 10, path: '/data/score' });
    const group = await loadError(
      'version: 1\ndata:\n  label: y\n  score: p\n  groups: [sex, p]\nevaluate:\n  gates:\n    - metric: roc_auc\n      min: 0.5\n',
    );
    expect(group.message).toBe('`data.groups[1]` names the column "p", which `data.score` already reads');
    const { config } = await loadConfig(
      writeConfig(
        'version: 1\ndata:\n  label: y\n  score: p\n  id: id\n  groups: [id]\n  slices: [id]\nevaluate:\n  gates:\n    - metric: roc_auc\n      min: 0.5\n',
      ),
    );
    expect(config.data.groups).toEqual(['id']);
  });

  test('a metric of another task names that task', async () => {
    const error = await loadError(withGates('    - metric: macro_f1\n      min: 0.7\n'));
    expect(error.message).toBe('metric `macro_f1` is not available for a binary task (it is for multiclass)');
    expect(error.hint).toMatch(/^binary metrics: `accuracy`, `balanced_accuracy`/);
    const regression = await loadError(withGates('    - metric: demographic_parity_ratio\n      min: 0.8\n', '  task: regression\n'));
    expect(regression.message).toBe('metric `demographic_parity_ratio` is not available for a regression task (it is for binary)');
    expect(regression.location).toMatchObject({ line: 10, column: 15 });
  });

  test('known metrics of each task load', async () => {
    const multiclass = writeConfig(
      withGates(
        '    - metric: macro_f1\n      min: 0.7\n    - metric: accuracy_ratio\n      min: 0.9\n',
        '  task: multiclass\n  classes: [a, b, c]\n',
      ),
    );
    await expect(loadConfig(multiclass)).resolves.toBeDefined();
    const regression = writeConfig(
      withGates('    - metric: rmse\n      max: 3\n    - metric: mae_difference\n      max: 1\n', '  task: regression\n'),
    );
    await expect(loadConfig(regression)).resolves.toBeDefined();
  });

  test('`over` must name attributes from data.groups', async () => {
    const error = await loadError(withGates('    - metric: recall\n      over: [sex, rase]\n      min: 0.5\n'));
    expect(error.message).toBe('`rase` in evaluate.gates[0].over is not in data.groups');
    expect(error.location).toEqual({ file: error.file, line: 10, column: 19, path: '/evaluate/gates/0/over/1' });
    expect(error.hint).toBe('did you mean `race`?');
    const slice = await loadError(withGates('    - metric: recall\n      over: [country]\n      min: 0.5\n'));
    expect(slice.message).toBe('`country` in evaluate.gates[0].over is not in data.groups');
    expect(slice.hint).toBe('data.groups: `sex`, `race`');
  });

  test('`where` keys must be groups or slices: at the key', async () => {
    const error = await loadError(withGates('    - metric: recall\n      where:\n        sex: F\n        age: 30\n      min: 0.5\n'));
    expect(error.message).toBe('`age` in evaluate.gates[0].where is not in data.groups or data.slices');
    expect(error.location).toEqual({ file: error.file, line: 12, column: 9, path: '/evaluate/gates/0/where/age' });
    expect(error.hint).toBe('data.groups or data.slices: `sex`, `race`, `country`');
    await expect(
      loadConfig(writeConfig(withGates('    - metric: recall\n      where: {country: FR}\n      min: 0.5\n'))),
    ).resolves.toBeDefined();
  });

  test('`privileged` needs `over` and must name attributes in it', async () => {
    const error = await loadError(withGates('    - metric: disparate_impact\n      privileged: {sex: M}\n      min: 0.8\n'));
    expect(error.message).toBe('`privileged` in evaluate.gates[0] needs `over`: the attributes whose privileged groups it names');
    expect(error.location).toMatchObject({ line: 10, column: 7, path: '/evaluate/gates/0/privileged' });
    const outside = await loadError(
      withGates('    - metric: disparate_impact\n      over: [sex]\n      privileged: {race: white}\n      min: 0.8\n'),
    );
    expect(outside.message).toBe('`race` in evaluate.gates[0].privileged is not in evaluate.gates[0].over');
    expect(outside.location).toMatchObject({ line: 11, column: 20, path: '/evaluate/gates/0/privileged/race' });
    const overall = await loadError(
      withGates(
        '    - metric: disparate_impact\n      over: [sex]\n      privileged: {sex: M}\n      relative_to: overall\n      min: 0.8\n',
      ),
    );
    expect(overall.message).toBe(
      'evaluate.gates[0] sets both `privileged` and `relative_to: overall`; a disparity is relative to one of them',
    );
  });

  test('a disparity with no `over` and no data.groups is an error at the rule', async () => {
    const text = 'version: 1\ndata:\n  label: y\nevaluate:\n  gates:\n    - metric: equalized_odds_difference\n      max: 0.1\n';
    const error = await loadError(text);
    expect(error.message).toBe(
      '`equalized_odds_difference` in evaluate.gates[0] compares groups, but the rule has no `over` and `data.groups` is empty',
    );
    expect(error.location).toEqual({ file: error.file, line: 6, column: 7, path: '/evaluate/gates/0' });
  });

  test('disparity-only keys on a plain metric, and `agg` outside equalized odds', async () => {
    const plain = await loadError(withGates('    - metric: recall\n      over: [sex]\n      relative_to: overall\n      min: 0.5\n'));
    expect(plain.message).toBe('`relative_to` in evaluate.gates[0] applies only to disparity metrics, and `recall` is not one');
    expect(plain.hint).toBe('for a disparity use `recall_difference` or `recall_ratio`');
    expect(plain.location).toMatchObject({ line: 11, column: 7 });
    const agg = await loadError(withGates('    - metric: demographic_parity_ratio\n      agg: mean\n      min: 0.8\n'));
    expect(agg.message).toBe('`agg` in evaluate.gates[0] applies only to equalized_odds_difference and equalized_odds_ratio');
  });

  test("a bound outside the metric's range: at the bound, naming the range", async () => {
    const eod = await loadError(withGates('    - metric: equalized_odds_difference\n      max: 15\n'));
    expect(eod.message).toBe(
      '`max: 15` in evaluate.gates[0] is outside the range of `equalized_odds_difference`, [0, 1]: every model would pass it',
    );
    expect(eod.location).toMatchObject({ line: 10, column: 12, path: '/evaluate/gates/0/max' });
    expect(eod.hint).toBe('bound equalized_odds_difference with a value in [0, 1] (a rate is a fraction, not a percentage: 0.15, not 15)');
    const fpr = await loadError(withGates('    - metric: fpr\n      max: 30\n'));
    expect(fpr.message).toBe('`max: 30` in evaluate.gates[0] is outside the range of `fpr`, [0, 1]: every model would pass it');
    const drop = await loadError(withGates('    - metric: roc_auc\n      max_drop: 5\n'));
    expect(drop.message).toBe(
      '`max_drop: 5` in evaluate.gates[0] is more than `roc_auc` can move within its range [0, 1]: every model would pass it',
    );
    expect(drop.location).toMatchObject({ line: 10, path: '/evaluate/gates/0/max_drop' });
    const ratio = await loadError(withGates('    - metric: demographic_parity_ratio\n      min: -1\n'));
    expect(ratio.message).toBe(
      '`min: -1` in evaluate.gates[0] is outside the range of `demographic_parity_ratio`, [0, 1]: every model would pass it',
    );
    const never = await loadError(withGates('    - metric: accuracy\n      min: 2\n'));
    expect(never.message).toContain('no model would pass it');
    const overall = await loadError(withGates('    - metric: demographic_parity_difference\n      relative_to: overall\n      max: 1.5\n'));
    expect(overall.message).toBe(
      '`max: 1.5` in evaluate.gates[0] is outside the range of `demographic_parity_difference` (relative to overall), [0, 1]: every model would pass it',
    );
    const r2 = await loadError(withGates('    - metric: r2\n      min: 0.5\n      max: 2\n', '  task: regression\n'));
    expect(r2.message).toContain('`max: 2` in evaluate.gates[0] is outside the range of `r2`, [-∞, 1]');
  });

  test('bounds at or inside the range load, on every kind of metric', async () => {
    const rules = [
      '    - {metric: accuracy, min: 0, max: 1}',
      '    - {metric: mcc, min: -1}',
      '    - {metric: log_loss, max: 40}',
      '    - {metric: roc_auc, max_drop: 1}',
      '    - {metric: fpr, max_relative_drop: 5}',
      '    - {metric: disparate_impact, over: [sex], privileged: {sex: M}, min: 0.8, max: 1.25}',
      '    - {metric: demographic_parity_difference, over: [sex], privileged: {sex: M}, min: -0.1, max: 0.1}',
      '    - {metric: mcc_ratio, min: -3}',
      '    - {metric: mcc_difference, max: 2}',
    ];
    await expect(loadConfig(writeConfig(withGates(`${rules.join('\n')}\n`)))).resolves.toBeDefined();
    await expect(
      loadConfig(
        writeConfig(
          withGates(
            '    - {metric: mae, max: 1e9}\n    - {metric: r2, min: -5}\n    - {metric: mae_difference, max: 100}\n',
            '  task: regression\n',
          ),
        ),
      ),
    ).resolves.toBeDefined();
  });

  test('min above max, and a repeated rule id', async () => {
    const bounds = await loadError(withGates('    - metric: f1\n      min: 0.9\n      max: 0.8\n'));
    expect(bounds.message).toBe('evaluate.gates[0] has `min` 0.9 above `max` 0.8: no value can pass');
    expect(bounds.location).toMatchObject({ line: 10, column: 12, path: '/evaluate/gates/0/min' });
    const ids = await loadError(withGates('    - {metric: f1, id: q, min: 0.5}\n    - {metric: recall, id: q, min: 0.5}\n'));
    expect(ids.message).toBe('rule id `q` in evaluate.gates[1] is already used by evaluate.gates[0]');
    expect(ids.location).toMatchObject({ line: 10, column: 28, path: '/evaluate/gates/1/id' });
  });

  test('multiclass needs classes; binary classes are exactly two; classes are distinct as text', async () => {
    const multiclass = await loadError('version: 1\ndata:\n  label: y\n  task: multiclass\n');
    expect(multiclass.message).toBe('`data.classes` is required when `data.task` is multiclass');
    expect(multiclass.location).toEqual({ file: multiclass.file, line: 2, column: 1, path: '/data/classes' });
    const binary = await loadError('version: 1\ndata:\n  label: y\n  classes: [a, b, c]\n');
    expect(binary.message).toBe('`data.classes` must name exactly 2 labels [negative, positive] for a binary task, got 3');
    const mixed = await loadError('version: 1\ndata:\n  label: y\n  classes: [1, "1"]\n');
    expect(mixed.message).toBe('`data.classes` lists "1" more than once (values are compared as text)');
    expect(mixed.location).toMatchObject({ line: 4, column: 16, path: '/data/classes/1' });
  });

  test('a rule with max_drop loads without a baseline: the command decides', async () => {
    const { config } = await loadConfig(writeConfig(withGates('    - metric: f1\n      max_drop: 0.01\n')));
    expect(config.data.baseline).toBeUndefined();
    expect(config.evaluate.gates[0].max_drop).toBe(0.01);
  });
});
