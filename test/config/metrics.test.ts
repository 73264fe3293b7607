import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isDisparityMetric, metricNamesFor, parseDisparity } from '../../shared/config/index.js';

describe('metric names', () => {
  test('metricNamesFor lists the plain metrics of each task', () => {
    expect(metricNamesFor('binary')).toEqual([
      'accuracy',
      'balanced_accuracy',
      'precision',
      'recall',
      'tpr',
      'specificity',
      'tnr',
      'fpr',
      'fnr',
      'f1',
      'fbeta',
      'mcc',
      'selection_rate',
      'roc_auc',
      'average_precision',
      'log_loss',
      'brier',
      'ece',
    ]);
    expect(metricNamesFor('multiclass')).toContain('roc_auc_ovr');
    expect(metricNamesFor('multiclass')).not.toContain('roc_auc');
    expect(metricNamesFor('regression')).toEqual(['mae', 'mse', 'rmse', 'r2', 'mape']);
  });

  test('named disparities decompose into their base metric', () => {
    expect(parseDisparity('demographic_parity_difference')).toEqual({ base: 'selection_rate', kind: 'difference' });
    expect(parseDisparity('demographic_parity_ratio')).toEqual({ base: 'selection_rate', kind: 'ratio' });
    expect(parseDisparity('equal_opportunity_difference')).toEqual({ base: 'tpr', kind: 'difference' });
    expect(parseDisparity('equal_opportunity_ratio')).toEqual({ base: 'tpr', kind: 'ratio' });
    expect(parseDisparity('equalized_odds_difference')).toEqual({ base: 'equalized_odds', kind: 'difference' });
    expect(parseDisparity('equalized_odds_ratio')).toEqual({ base: 'equalized_odds', kind: 'ratio' });
    expect(parseDisparity('disparate_impact')).toEqual({ base: 'selection_rate', kind: 'ratio' });
  });

  test('<metric>_difference and <metric>_ratio work for any known metric, and only those', () => {
    expect(parseDisparity('recall_ratio')).toEqual({ base: 'recall', kind: 'ratio' });
    expect(parseDisparity('macro_f1_difference')).toEqual({ base: 'macro_f1', kind: 'difference' });
    expect(parseDisparity('mae_difference')).toEqual({ base: 'mae', kind: 'difference' });
    expect(parseDisparity('recall')).toBeNull();
    expect(parseDisparity('happiness_ratio')).toBeNull();
    expect(parseDisparity('demographic_parity_ratio_ratio')).toBeNull();
    expect(parseDisparity('_ratio')).toBeNull();
    expect(isDisparityMetric('f1_ratio')).toBe(true);
    expect(isDisparityMetric('f1')).toBe(false);
  });

  test('parseDisparity returns a fresh object each call', () => {
    const first = parseDisparity('disparate_impact')!;
    first.base = 'changed';
    expect(parseDisparity('disparate_impact')!.base).toBe('selection_rate');
  });

  test('the schema describes the same metric names as metricNamesFor', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schema/modelgate.schema.json', import.meta.url), 'utf8'));
    const description: string = schema.$defs.rule.properties.metric.description;
    const listed = (label: string) => new RegExp(`${label}: ([a-z0-9_ ]+)\\.`).exec(description)?.[1].split(' ');
    expect(listed('Binary')).toEqual(metricNamesFor('binary'));
    expect(listed('Multiclass')).toEqual(metricNamesFor('multiclass'));
    expect(listed('Regression')).toEqual(metricNamesFor('regression'));
    const named = /between the groups of `over`: ([a-z_ ]+), and/.exec(description)?.[1].split(' ');
    expect(named?.sort()).toEqual([
      'demographic_parity_difference',
      'demographic_parity_ratio',
      'disparate_impact',
      'equal_opportunity_difference',
      'equal_opportunity_ratio',
      'equalized_odds_difference',
      'equalized_odds_ratio',
    ]);
    for (const name of named ?? []) expect(isDisparityMetric(name)).toBe(true);
  });
});
