import { describe, expect, it } from 'vitest';
import type { GateRule } from '../../shared/config/types.js';
import { runGates, type GateContext } from '../../shared/gates/engine.js';
import { countStatuses, exitCodeOf, verdictOf } from '../../shared/gates/verdict.js';
import type { EvaluationResult, PopulationResult } from '../../shared/metrics/summary.js';

const pop = (metrics: Record<string, number | null>, n = 1000, replicates: Record<string, number | null>[] | null = null): PopulationResult =>
  ({ n, weightedN: n, metrics, replicates });

/** 100 replicates spread evenly around the point, so the 90% percentile interval is known. */
const spread = (metric: string, center: number, width: number) =>
  Array.from({ length: 101 }, (_, i) => ({ [metric]: center - width + (2 * width * i) / 100 }));

function result(overall: PopulationResult, groups: EvaluationResult['groups'] = {}): EvaluationResult {
  return { overall, groups, slices: { region: { north: pop({ recall: 0.5 }, 400) } } };
}

function gate(rules: GateRule[], candidate: EvaluationResult, extra: Partial<GateContext> = {}) {
  return runGates({
    rules, candidate, baseline: null, minGroupSize: 30, inconclusive: 'fail', level: 0.9, groupAttributes: Object.keys(candidate.groups),
    ruleLocation: (i) => ({ file: '.modelgate.yml', line: 10 + i, column: 7 }), ...extra,
  }).checks;
}

describe('level rules', () => {
  it('passes and fails on the point, and says why in words', () => {
    const [pass, fail] = gate([{ metric: 'roc_auc', min: 0.8 }, { metric: 'roc_auc', min: 0.9 }], result(pop({ roc_auc: 0.85 })));
    expect(pass.status).toBe('pass');
    expect(fail.status).toBe('fail');
    expect(fail.id).toBe('roc_auc #2');
    expect(fail.reason).toBe('ROC AUC is 0.85, below the minimum 0.9 (n=1000)');
    expect(fail.rule).toEqual({ index: 1, file: '.modelgate.yml', line: 11, column: 7 });
  });

  it('holds the bound against the lower end of the interval with on: lower_bound', () => {
    const candidate = result(pop({ roc_auc: 0.85 }, 1000, spread('roc_auc', 0.85, 0.1)));
    const [point, lower] = gate([{ metric: 'roc_auc', min: 0.8 }, { metric: 'roc_auc', min: 0.8, on: 'lower_bound' }], candidate);
    expect(point.status).toBe('pass');
    expect(lower.interval![0]).toBeCloseTo(0.76, 9);
    expect(lower.status).toBe('fail');
    expect(lower.reason).toContain('lower bound is 0.76');
  });

  it('errors (never passes) when a bound needs an interval and there is none', () => {
    const [check] = gate([{ metric: 'roc_auc', min: 0.5, on: 'lower_bound' }], result(pop({ roc_auc: 0.9 })), { level: null });
    expect(check.status).toBe('error');
    expect(check.reason).toContain('set evaluate.bootstrap.replicates');
  });

  it('checks every group with over, and small or undefined groups are inconclusive', () => {
    const candidate = result(pop({ recall: 0.8 }), { race: { a: pop({ recall: 0.9 }), b: pop({ recall: 0.6 }), c: pop({ recall: 0.95 }, 12), d: pop({ recall: null }) } });
    const checks = gate([{ metric: 'recall', over: ['race'], min: 0.7 }], candidate);
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['recall[race=a]', 'pass'], ['recall[race=b]', 'fail'], ['recall[race=c]', 'inconclusive'], ['recall[race=d]', 'inconclusive'],
    ]);
    expect(checks[1].reason).toBe('recall for race=b is 0.6, below the minimum 0.7 (n=1000)');
    expect(checks[2].reason).toContain('12 rows, fewer than min_group_size 30');
  });

  it('applies severity warn and the inconclusive policy', () => {
    const candidate = result(pop({ recall: 0.5, precision: null }));
    const rules: GateRule[] = [{ metric: 'recall', min: 0.7, severity: 'warn' }, { metric: 'precision', min: 0.5 }];
    expect(gate(rules, candidate).map((c) => c.status)).toEqual(['warn', 'inconclusive']);
    expect(gate(rules, candidate, { inconclusive: 'warn' }).map((c) => c.status)).toEqual(['warn', 'warn']);
    const lenient = gate(rules, candidate, { inconclusive: 'pass' });
    expect(lenient.map((c) => [c.status, c.raw_status])).toEqual([['warn', 'fail'], ['pass', 'inconclusive']]);
  });

  it('reads a slice population with where, and errors on an unknown attribute', () => {
    const checks = gate([{ metric: 'recall', where: { region: 'north' }, min: 0.6 }, { metric: 'recall', where: { planet: 'mars' }, min: 0.6 }], result(pop({ recall: 0.8 })));
    expect(checks[0]).toMatchObject({ id: 'recall[region=north]', status: 'fail', n: 400 });
    expect(checks[1].status).toBe('error');
  });
});

describe('baseline rules', () => {
  it('measures the drop in the metric\'s direction, with a paired interval', () => {
    const candidate = result(pop({ roc_auc: 0.80, log_loss: 0.40 }, 1000, spread('roc_auc', 0.80, 0.02)));
    const baseline = result(pop({ roc_auc: 0.82, log_loss: 0.45 }, 1000, spread('roc_auc', 0.82, 0.02)));
    const [auc, loss] = gate([{ metric: 'roc_auc', max_drop: 0.01 }, { metric: 'log_loss', max_drop: 0 }], candidate, { baseline });
    expect(auc.status).toBe('fail');
    expect(auc.baseline!.delta).toBeCloseTo(-0.02, 12);
    // Same shifts in every replicate: the paired delta interval is a point.
    expect(auc.baseline!.delta_interval![0]).toBeCloseTo(-0.02, 12);
    expect(auc.reason).toContain('drop 0.02 exceeds max_drop 0.01');
    expect(loss.status).toBe('pass');
  });

  it('defines a relative drop against a baseline of 0', () => {
    const rule: GateRule = { metric: 'recall', max_relative_drop: 0.05 };
    const zero = result(pop({ recall: 0 }));
    expect(gate([rule], result(pop({ recall: 0 })), { baseline: zero })[0].status).toBe('pass');
    expect(gate([{ metric: 'mae', max_relative_drop: 0.05 }], result(pop({ mae: 0.1 })), { baseline: result(pop({ mae: 0 })) })[0].status).toBe('fail');
  });

  it('errors when a drop rule has no baseline', () => {
    const [check] = gate([{ metric: 'roc_auc', max_drop: 0.01 }], result(pop({ roc_auc: 0.9 })));
    expect(check.status).toBe('error');
    expect(check.reason).toContain('no baseline predictions were given');
  });
});

describe('disparity rules', () => {
  const groups = { sex: { F: pop({ selection_rate: 0.3, tpr: 0.8, fpr: 0.1 }), M: pop({ selection_rate: 0.5, tpr: 0.9, fpr: 0.2 }) } };

  it('bounds the Fairlearn ratio and names the extreme groups', () => {
    const [check] = gate([{ metric: 'demographic_parity_ratio', over: ['sex'], min: 0.8 }], result(pop({ selection_rate: 0.4 }), groups));
    expect(check).toMatchObject({ id: 'demographic_parity_ratio[sex]', status: 'fail' });
    expect(check.value).toBeCloseTo(0.6, 12);
    expect(check.reason).toBe('demographic parity ratio over sex is 0.6 (F vs M), below the minimum 0.8');
  });

  it('is inconclusive when a group is undefined or small, and errors for an unknown attribute', () => {
    const withSmall = { sex: { ...groups.sex, X: pop({ selection_rate: 0.9 }, 3) } };
    const checks = gate([{ metric: 'demographic_parity_difference', over: ['sex'], max: 0.5 }, { metric: 'demographic_parity_difference', over: ['race'], max: 0.5 }], result(pop({}), withSmall));
    expect(checks[0].status).toBe('inconclusive');
    expect(checks[0].reason).toContain('X (n < 30)');
    expect(checks[1].status).toBe('error');
  });
});

describe('verdict', () => {
  it('is the worst status, with exit codes 0, 1, 2', () => {
    const candidate = result(pop({ roc_auc: 0.85 }));
    const checks = gate([{ metric: 'roc_auc', min: 0.8 }, { metric: 'roc_auc', min: 0.9, severity: 'warn' }], candidate);
    expect(verdictOf(checks)).toBe('warn');
    expect(exitCodeOf(verdictOf(checks))).toBe(0);
    const failing = gate([{ metric: 'roc_auc', min: 0.9 }, { metric: 'roc_auc', max_drop: 0 }], candidate);
    expect(countStatuses(failing)).toMatchObject({ fail: 1, error: 1 });
    expect(verdictOf(failing)).toBe('error');
    expect(exitCodeOf('fail')).toBe(1);
    expect(exitCodeOf('error')).toBe(2);
    expect(verdictOf([])).toBe('pass');
  });
});
