// Group rates and disparities through the real pipeline (CSV reader -> accumulators -> summary -> disparities),
// against scikit-learn rates and Fairlearn's definitions (test/fixtures/fairness/make_fixtures.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExamples } from '../../shared/data/index.js';
import type { Bindings } from '../../shared/data/types.js';
import { combineEqualizedOdds, disparity } from '../../shared/fairness/disparity.js';
import { runGates, standardDisparities } from '../../shared/gates/engine.js';
import { EvaluationAccumulator } from '../../shared/metrics/evaluation.js';
import { summarizeEvaluation, type EvaluationResult } from '../../shared/metrics/summary.js';

const FIXTURES = 'test/fixtures/fairness';
const expected = JSON.parse(readFileSync(`${FIXTURES}/expected.json`, 'utf8'));

async function evaluateFixture(weighted: boolean): Promise<EvaluationResult> {
  const bindings: Bindings = {
    task: 'binary',
    label: 'label',
    score: 'score',
    threshold: 0.5,
    id: 'id',
    groups: ['sex', 'race'],
    slices: [],
    ...(weighted ? { weight: 'weight' } : {}),
  };
  const acc = new EvaluationAccumulator({
    task: 'binary',
    classCount: 2,
    replicates: 0,
    groups: ['sex', 'race'],
    slices: [],
    intersect: true,
  });
  const read = readExamples(`${FIXTURES}/predictions.csv`, bindings, { maxBadRows: 0 });
  for await (const batch of read.batches) for (const example of batch) acc.add(example, null);
  return summarizeEvaluation(acc, { beta: 1, calibrationBins: 10 });
}

describe.each([false, true])('group rates and Fairlearn disparities (weighted: %s)', (weighted) => {
  const want = expected[weighted ? 'weighted' : 'unweighted'];

  it('matches scikit-learn per group, including the intersection', async () => {
    const result = await evaluateFixture(weighted);
    for (const [attribute, groups] of Object.entries(want.groups as Record<string, Record<string, Record<string, number>>>)) {
      expect(Object.keys(result.groups[attribute]).sort()).toEqual(Object.keys(groups).sort());
      for (const [group, metrics] of Object.entries(groups)) {
        for (const [metric, value] of Object.entries(metrics)) {
          expect(result.groups[attribute][group].metrics[metric], `${attribute}=${group} ${metric}`).toBeCloseTo(value, 9);
        }
      }
    }
  });

  it('matches Fairlearn between groups and to overall, and AIF360 disparate impact', async () => {
    const result = await evaluateFixture(weighted);
    const standard = standardDisparities(result, 1, null);
    for (const attribute of ['sex', 'race', 'sex & race']) {
      const w = want.disparities[attribute];
      for (const metric of [
        'demographic_parity_difference',
        'demographic_parity_ratio',
        'equalized_odds_difference',
        'equalized_odds_ratio',
        'equal_opportunity_difference',
        'equal_opportunity_ratio',
      ]) {
        expect(standard[attribute][metric].value, `${attribute} ${metric}`).toBeCloseTo(w[metric], 12);
      }
      const toOverall = (metric: string, kind: 'difference' | 'ratio') =>
        disparity(
          kind,
          Object.entries(result.groups[attribute]).map(([group, p]) => ({ group, value: p.metrics[metric], n: p.n })),
          {
            relativeTo: 'overall',
            minGroupSize: 1,
            overall: result.overall.metrics[metric],
          },
        ).value;
      expect(toOverall('selection_rate', 'difference')).toBeCloseTo(w.selection_rate.difference_to_overall, 12);
      expect(toOverall('selection_rate', 'ratio')).toBeCloseTo(w.selection_rate.ratio_to_overall, 12);
      expect(toOverall('tpr', 'ratio')).toBeCloseTo(w.tpr.ratio_to_overall, 12);
    }
    const { checks } = runGates({
      rules: [
        { metric: 'disparate_impact', over: ['race'], privileged: { race: 'a' }, min: 0.8 },
        { metric: 'equalized_odds_difference', over: ['race'], agg: 'mean', max: 1 },
      ],
      candidate: result,
      baseline: null,
      minGroupSize: 1,
      inconclusive: 'fail',
      level: null,
      task: 'binary',
      groupAttributes: ['sex', 'race'],
      ruleLocation: () => ({}),
    });
    expect(checks[0].value).toBeCloseTo(want.disparities.race.disparate_impact_privileged_a, 12);
    expect(checks[1].value).toBeCloseTo(want.disparities.race.equalized_odds_difference_mean, 12);
  });
});

describe('disparity edge cases', () => {
  const g = (group: string, value: number | null, n = 100) => ({ group, value, n });

  it('treats a zero-denominator group as undefined, not 0, and names it', () => {
    const result = disparity('difference', [g('a', 0.8), g('b', null), g('c', 0.6)], { relativeTo: 'between_groups', minGroupSize: 30 });
    expect(result.undefinedGroups).toEqual(['b']);
    expect(result.value).toBeCloseTo(0.2, 12);
  });

  it('lists groups below min_group_size and leaves them out of the value', () => {
    const result = disparity('ratio', [g('a', 0.8), g('b', 0.1, 5), g('c', 0.4)], { relativeTo: 'between_groups', minGroupSize: 30 });
    expect(result.smallGroups).toEqual(['b']);
    expect(result.value).toBeCloseTo(0.5, 12);
    expect(result.groups).toEqual({ min: 'c', max: 'a' });
  });

  it('is undefined with fewer than two usable groups, and for a ratio with all rates 0', () => {
    expect(disparity('difference', [g('a', 0.5)], { relativeTo: 'between_groups', minGroupSize: 1 }).value).toBeNull();
    expect(disparity('ratio', [g('a', 0), g('b', 0)], { relativeTo: 'between_groups', minGroupSize: 1 }).value).toBeNull();
  });

  it('takes the worse of TPR and FPR for equalized odds, or their mean', () => {
    const tpr = disparity('difference', [g('a', 0.9), g('b', 0.7)], { relativeTo: 'between_groups', minGroupSize: 1 });
    const fpr = disparity('difference', [g('a', 0.1), g('b', 0.4)], { relativeTo: 'between_groups', minGroupSize: 1 });
    expect(combineEqualizedOdds('difference', tpr, fpr, 'worst_case').value).toBeCloseTo(0.3, 12);
    expect(combineEqualizedOdds('difference', tpr, fpr, 'mean').value).toBeCloseTo(0.25, 12);
    const tprR = disparity('ratio', [g('a', 0.9), g('b', 0.7)], { relativeTo: 'between_groups', minGroupSize: 1 });
    const fprR = disparity('ratio', [g('a', 0.1), g('b', 0.4)], { relativeTo: 'between_groups', minGroupSize: 1 });
    expect(combineEqualizedOdds('ratio', tprR, fprR, 'worst_case').value).toBeCloseTo(0.25, 12);
  });
});
