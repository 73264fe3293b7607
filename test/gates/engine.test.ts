import { describe, expect, it } from 'vitest';
import type { GateRule } from '../../shared/config/types.js';
import { runGates, type GateContext } from '../../shared/gates/engine.js';
import { countStatuses, exitCodeOf, verdictOf } from '../../shared/gates/verdict.js';
import type { EvaluationResult, PopulationResult } from '../../shared/metrics/summary.js';

const pop = (
  metrics: Record<string, number | null>,
  n = 1000,
  replicates: Record<string, number | null>[] | null = null,
): PopulationResult => ({ n, weightedN: n, metrics, replicates });

/** 100 replicates spread evenly around the point, so the 90% percentile interval is known. */
const spread = (metric: string, center: number, width: number) =>
  Array.from({ length: 101 }, (_, i) => ({ [metric]: center - width + (2 * width * i) / 100 }));

function result(overall: PopulationResult, groups: EvaluationResult['groups'] = {}): EvaluationResult {
  return { overall, groups, slices: { region: { north: pop({ recall: 0.5 }, 400) } }, intersections: [] };
}

function gate(rules: GateRule[], candidate: EvaluationResult, extra: Partial<GateContext> = {}) {
  return runGates({
    rules,
    candidate,
    baseline: null,
    minGroupSize: 30,
    inconclusive: 'fail',
    level: 0.9,
    task: 'binary',
    groupAttributes: Object.keys(candidate.groups),
    ruleLocation: (i) => ({ file: '.modelgate.yml', line: 10 + i, column: 7 }),
    ...extra,
  }).checks;
}

describe('level rules', () => {
  it('passes and fails on the point, and says why in words', () => {
    const [pass, fail] = gate(
      [
        { metric: 'roc_auc', min: 0.8 },
        { metric: 'roc_auc', min: 0.9 },
      ],
      result(pop({ roc_auc: 0.85 })),
    );
    expect(pass.status).toBe('pass');
    expect(fail.status).toBe('fail');
    expect(fail.id).toBe('roc_auc #2');
    expect(fail.reason).toBe('ROC AUC is 0.85, below the minimum 0.9 (n=1000)');
    expect(fail.rule).toEqual({ index: 1, file: '.modelgate.yml', line: 11, column: 7 });
  });

  it('holds the bound against the lower end of the interval with on: lower_bound', () => {
    const candidate = result(pop({ roc_auc: 0.85 }, 1000, spread('roc_auc', 0.85, 0.1)));
    const [point, lower] = gate(
      [
        { metric: 'roc_auc', min: 0.8 },
        { metric: 'roc_auc', min: 0.8, on: 'lower_bound' },
      ],
      candidate,
    );
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

  it('names the metric when bootstrap ran but gives it no interval: undefined replicates are inconclusive (roc_auc_ovr has intervals now)', () => {
    const replicates = Array.from({ length: 50 }, (_, i) => ({
      accuracy: 0.8 + i / 1000,
      roc_auc_ovr: null,
      recall: i === 0 ? 0.5 : null,
    }));
    const candidate = result(pop({ accuracy: 0.82, roc_auc_ovr: 0.9, recall: 0.5 }, 1000, replicates));
    const [accuracy, auc, recall] = gate(
      [
        { metric: 'accuracy', min: 0.5, on: 'lower_bound' },
        { metric: 'roc_auc_ovr', min: 0.5, on: 'lower_bound' },
        { metric: 'recall', min: 0.1, on: 'lower_bound' },
      ],
      candidate,
      { task: 'multiclass', inconclusive: 'warn' },
    );
    expect(accuracy.status).toBe('pass');
    expect(auc.raw_status).toBe('inconclusive');
    expect(auc.reason).toContain('roc_auc_ovr (ROC AUC (one-vs-rest)) has none here: fewer than two bootstrap replicates define it');
    expect(auc.reason).not.toContain('bootstrap.replicates');
    expect(recall.raw_status).toBe('inconclusive');
    expect(recall.reason).toContain('recall (recall) has none here: fewer than two bootstrap replicates define it');
  });

  it('checks every group with over, and small or undefined groups are inconclusive', () => {
    const candidate = result(pop({ recall: 0.8 }), {
      race: { a: pop({ recall: 0.9 }), b: pop({ recall: 0.6 }), c: pop({ recall: 0.95 }, 12), d: pop({ recall: null }) },
    });
    const checks = gate([{ metric: 'recall', over: ['race'], min: 0.7 }], candidate);
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['recall[race=a]', 'pass'],
      ['recall[race=b]', 'fail'],
      ['recall[race=c]', 'inconclusive'],
      ['recall[race=d]', 'inconclusive'],
    ]);
    expect(checks[1].reason).toBe('recall for race=b is 0.6, below the minimum 0.7 (n=1000)');
    expect(checks[2].reason).toContain('12 rows, fewer than min_group_size 30');
  });

  it('applies severity warn and the inconclusive policy', () => {
    const candidate = result(pop({ recall: 0.5, precision: null }));
    const rules: GateRule[] = [
      { metric: 'recall', min: 0.7, severity: 'warn' },
      { metric: 'precision', min: 0.5 },
    ];
    expect(gate(rules, candidate).map((c) => c.status)).toEqual(['warn', 'inconclusive']);
    expect(gate(rules, candidate, { inconclusive: 'warn' }).map((c) => c.status)).toEqual(['warn', 'warn']);
    const lenient = gate(rules, candidate, { inconclusive: 'pass' });
    expect(lenient.map((c) => [c.status, c.raw_status])).toEqual([
      ['warn', 'fail'],
      ['pass', 'inconclusive'],
    ]);
  });

  it('reads a slice population with where, and errors on an unknown attribute', () => {
    const checks = gate(
      [
        { metric: 'recall', where: { region: 'north' }, min: 0.6 },
        { metric: 'recall', where: { planet: 'mars' }, min: 0.6 },
      ],
      result(pop({ recall: 0.8 })),
    );
    expect(checks[0]).toMatchObject({ id: 'recall[region=north]', status: 'fail', n: 400 });
    expect(checks[1].status).toBe('error');
  });
});

describe('baseline rules', () => {
  it("measures the drop in the metric's direction, with a paired interval", () => {
    const candidate = result(pop({ roc_auc: 0.8, log_loss: 0.4 }, 1000, spread('roc_auc', 0.8, 0.02)));
    const baseline = result(pop({ roc_auc: 0.82, log_loss: 0.45 }, 1000, spread('roc_auc', 0.82, 0.02)));
    const [auc, loss] = gate(
      [
        { metric: 'roc_auc', max_drop: 0.01 },
        { metric: 'log_loss', max_drop: 0 },
      ],
      candidate,
      { baseline },
    );
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
    expect(
      gate([{ metric: 'mae', max_relative_drop: 0.05 }], result(pop({ mae: 0.1 })), { baseline: result(pop({ mae: 0 })) })[0].status,
    ).toBe('fail');
  });

  it('errors when a drop rule has no baseline', () => {
    const [check] = gate([{ metric: 'roc_auc', max_drop: 0.01 }], result(pop({ roc_auc: 0.9 })));
    expect(check.status).toBe('error');
    expect(check.reason).toContain('no baseline predictions were given');
  });
});

describe('disparity rules', () => {
  const groups = { sex: { F: pop({ selection_rate: 0.3, tpr: 0.8, fpr: 0.1 }), M: pop({ selection_rate: 0.5, tpr: 0.9, fpr: 0.2 }) } };

  it("shows the baseline's own disparity beside the candidate's when there is a baseline", () => {
    const baselineGroups = { sex: { F: pop({ selection_rate: 0.45 }), M: pop({ selection_rate: 0.5 }) } };
    const [check] = gate([{ metric: 'demographic_parity_ratio', over: ['sex'], min: 0.8 }], result(pop({ selection_rate: 0.4 }), groups), {
      baseline: result(pop({ selection_rate: 0.47 }), baselineGroups),
    });
    expect(check.baseline!.value).toBeCloseTo(0.9, 12);
    expect(check.baseline!.delta).toBeCloseTo(-0.3, 12);
    expect(check.status).toBe('fail');
    const [alone] = gate([{ metric: 'demographic_parity_ratio', over: ['sex'], min: 0.8 }], result(pop({ selection_rate: 0.4 }), groups));
    expect(alone.baseline).toBeUndefined();
  });

  it('bounds the Fairlearn ratio and names the extreme groups', () => {
    const [check] = gate([{ metric: 'demographic_parity_ratio', over: ['sex'], min: 0.8 }], result(pop({ selection_rate: 0.4 }), groups));
    expect(check).toMatchObject({ id: 'demographic_parity_ratio[sex]', status: 'fail' });
    expect(check.value).toBeCloseTo(0.6, 12);
    expect(check.reason).toBe('demographic parity ratio over sex is 0.6 (F vs M), below the minimum 0.8');
  });

  it('is inconclusive when a group is undefined or small, and errors for an unknown attribute', () => {
    const withSmall = { sex: { ...groups.sex, X: pop({ selection_rate: 0.9 }, 3) } };
    const checks = gate(
      [
        { metric: 'demographic_parity_difference', over: ['sex'], max: 0.5 },
        { metric: 'demographic_parity_difference', over: ['race'], max: 0.5 },
      ],
      result(pop({}), withSmall),
    );
    expect(checks[0].status).toBe('inconclusive');
    expect(checks[0].reason).toContain('X (n < 30)');
    expect(checks[1].status).toBe('error');
  });
});

describe('verdict', () => {
  it('is the worst status, with exit codes 0, 1, 2', () => {
    const candidate = result(pop({ roc_auc: 0.85 }));
    const checks = gate(
      [
        { metric: 'roc_auc', min: 0.8 },
        { metric: 'roc_auc', min: 0.9, severity: 'warn' },
      ],
      candidate,
    );
    expect(verdictOf(checks)).toBe('warn');
    expect(exitCodeOf(verdictOf(checks))).toBe(0);
    const failing = gate(
      [
        { metric: 'roc_auc', min: 0.9 },
        { metric: 'roc_auc', max_drop: 0 },
      ],
      candidate,
    );
    expect(countStatuses(failing)).toMatchObject({ fail: 1, error: 1 });
    expect(verdictOf(failing)).toBe('error');
    expect(exitCodeOf('fail')).toBe(1);
    expect(exitCodeOf('error')).toBe(2);
    expect(verdictOf([])).toBe('pass');
  });
});

describe('non-finite numbers never pass (an overflow is not evidence)', () => {
  const BAD = [NaN, Infinity, -Infinity];
  const level: GateRule[] = [
    { metric: 'accuracy', min: 0.99 },
    { metric: 'accuracy', max: 0.01 },
    { metric: 'accuracy', min: 0, max: 1 },
    { metric: 'accuracy', min: 0.5, on: 'lower_bound' },
    { metric: 'accuracy', max: 0.5, on: 'upper_bound' },
  ];
  const drop: GateRule[] = [
    { metric: 'accuracy', max_drop: 0 },
    { metric: 'accuracy', max_drop: 1 },
    { metric: 'accuracy', max_relative_drop: 1 },
    { metric: 'accuracy', max_drop: 1, on: 'lower_bound' },
    { metric: 'accuracy', max_drop: 1, on: 'upper_bound' },
  ];
  const fine = (value: number) => spread('accuracy', value, 0.01);
  const notPassing = (checks: ReturnType<typeof gate>) => checks.map((c) => c.raw_status).filter((s) => s === 'pass');

  it.each(BAD)('a level rule on a point value of %s', (bad) => {
    const checks = gate(level, result(pop({ accuracy: bad }, 1000, fine(0.5))));
    expect(notPassing(checks)).toEqual([]);
    expect(checks[0].reason).toContain('not a finite number');
  });

  it.each(BAD)('a level rule with a replicate (interval bound) of %s', (bad) => {
    const replicates = fine(0.5);
    replicates[50] = { accuracy: bad };
    expect(notPassing(gate(level, result(pop({ accuracy: 0.5 }, 1000, replicates))))).toEqual([]);
  });

  it.each(BAD)('a drop rule with a candidate, baseline or paired-delta value of %s', (bad) => {
    for (const [candidate, baseline] of [
      [bad, 0.5],
      [0.5, bad],
    ]) {
      const checks = gate(drop, result(pop({ accuracy: candidate }, 1000, fine(0.5))), {
        baseline: result(pop({ accuracy: baseline }, 1000, fine(0.5))),
      });
      expect(notPassing(checks)).toEqual([]);
    }
    const replicates = fine(0.5);
    replicates[3] = { accuracy: bad };
    const checks = gate(drop, result(pop({ accuracy: 0.5 }, 1000, replicates)), {
      baseline: result(pop({ accuracy: 0.5 }, 1000, fine(0.5))),
    });
    expect(notPassing(checks)).toEqual([]);
  });

  it.each(BAD)('a disparity over a group rate, the overall rate or a replicate of %s', (bad) => {
    const rules: GateRule[] = [
      { metric: 'demographic_parity_difference', over: ['sex'], max: 1 },
      { metric: 'demographic_parity_ratio', over: ['sex'], min: 0 },
      { metric: 'demographic_parity_difference', over: ['sex'], max: 1, relative_to: 'overall' },
      { metric: 'demographic_parity_ratio', over: ['sex'], min: 0, relative_to: 'overall' },
      { metric: 'disparate_impact', over: ['sex'], privileged: { sex: 'M' }, min: 0 },
      { metric: 'demographic_parity_difference', over: ['sex'], max: 1, on: 'upper_bound' },
    ];
    const rates = (value: number) => Array.from({ length: 101 }, () => ({ selection_rate: value }));
    const badGroup = { sex: { F: pop({ selection_rate: bad }, 1000, rates(0.3)), M: pop({ selection_rate: 0.5 }, 1000, rates(0.5)) } };
    expect(notPassing(gate(rules, result(pop({ selection_rate: 0.4 }, 1000, rates(0.4)), badGroup)))).toEqual([]);
    const good = { sex: { F: pop({ selection_rate: 0.3 }, 1000, rates(0.3)), M: pop({ selection_rate: 0.5 }, 1000, rates(0.5)) } };
    expect(notPassing(gate(rules.slice(2, 4), result(pop({ selection_rate: bad }, 1000, rates(0.4)), good)))).toEqual([]);
    const badReplicates = rates(0.3);
    badReplicates.fill({ selection_rate: bad }, 0, 50);
    const withBadReplicates = { sex: { F: pop({ selection_rate: 0.3 }, 1000, badReplicates), M: good.sex.M } };
    expect(notPassing(gate(rules.slice(5), result(pop({ selection_rate: 0.4 }, 1000, rates(0.4)), withBadReplicates)))).toEqual([]);
  });

  it('a bound of NaN (a YAML .nan) fails instead of comparing false', () => {
    const checks = gate(
      [
        { metric: 'accuracy', min: NaN },
        { metric: 'accuracy', max: NaN },
        { metric: 'accuracy', max_drop: NaN },
      ],
      result(pop({ accuracy: 0.5 })),
      { baseline: result(pop({ accuracy: 0.6 })) },
    );
    expect(notPassing(checks)).toEqual([]);
  });
});

describe('disparity replicates in which a group has no rate', () => {
  // C is defined at the point but has no selection rate in some replicates: measured over A and B alone, those
  // replicates would show a smaller max - min (0.1 instead of 0.5) and pull the interval in the model's favour.
  const withHoles = (holes: number) => {
    const rates = (value: number) => Array.from({ length: 200 }, () => ({ selection_rate: value as number | null }));
    const c = rates(0.9);
    for (let r = 0; r < holes; r++) c[r] = { selection_rate: null };
    return result(pop({ selection_rate: 0.5 }, 1000, rates(0.5)), {
      g: {
        A: pop({ selection_rate: 0.4 }, 1000, rates(0.4)),
        B: pop({ selection_rate: 0.5 }, 1000, rates(0.5)),
        C: pop({ selection_rate: 0.9 }, 40, c),
      },
    });
  };
  const rules: GateRule[] = [
    { metric: 'demographic_parity_difference', over: ['g'], max: 0.6, on: 'upper_bound' },
    { metric: 'demographic_parity_difference', over: ['g'], max: 0.6 },
  ];

  it('are counted, and past 1% leave no interval and an inconclusive check on its bound', () => {
    const [bound, point] = gate(rules, withHoles(10));
    expect(bound.status).toBe('inconclusive');
    expect(bound.reason).toContain("10 bootstrap replicates (5%, more than the 1% allowed) leave a group's rate undefined");
    expect(bound.interval).toBeNull();
    expect(point.status).toBe('pass');
    expect(point.reason).toContain('has no confidence interval');
    const { disparities } = runGates({
      rules,
      candidate: withHoles(10),
      baseline: null,
      minGroupSize: 30,
      inconclusive: 'fail',
      level: 0.9,
      task: 'binary',
      groupAttributes: ['g'],
      ruleLocation: () => ({}),
    });
    expect(disparities.g.demographic_parity_difference.undefined_replicates).toEqual({ count: 10, share: 0.05 });
  });

  it('up to 1% are left out of the interval, not measured over the other groups', () => {
    const [bound] = gate(rules, withHoles(2));
    expect(bound.status).toBe('pass');
    expect(bound.interval![0]).toBeCloseTo(0.5, 12);
    expect(bound.reason).toContain(
      "(2 bootstrap replicates, 1%, left a group's rate undefined and are not in the interval; at most 1% may)",
    );
  });
});
