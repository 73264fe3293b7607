// The rule judge every gate shares, on measurements that are not evaluate's.
import { describe, expect, it } from 'vitest';
import { finishChecks, judgeMeasurement, type Measurement } from '../../shared/gates/judge.js';

const drift: Measurement = {
  id: 'psi[income]',
  title: 'PSI of income',
  metric: 'psi',
  scope: { feature: 'income' },
  value: 0.31,
  interval: [0.27, 0.35],
  n: 5000,
};
const where = () => ({ file: 'drift.yml', line: 4, column: 7 });

describe('judgeMeasurement and finishChecks', () => {
  it('holds the point or an interval end to min/max, and says which', () => {
    expect(judgeMeasurement({ metric: 'psi', max: 0.25 }, drift, 0.95)).toMatchObject({
      raw_status: 'fail',
      reason: 'PSI of income is 0.31 (95% CI [0.27, 0.35]), above the maximum 0.25 (n=5000)',
    });
    expect(judgeMeasurement({ metric: 'psi', max: 0.36, on: 'upper_bound' }, drift, 0.95)).toMatchObject({
      raw_status: 'pass',
      reason: 'PSI of income upper bound is 0.35 (point 0.31, 95% CI [0.27, 0.35]), within ≤ 0.36 (n=5000)',
    });
  });

  it('a measurement that cannot decide, an undefined or non-finite value: inconclusive; an interval bound without one: error', () => {
    expect(judgeMeasurement({ metric: 'psi', max: 1 }, { ...drift, inconclusive: 'about 800 rows are needed' }, 0.95).raw_status).toBe(
      'inconclusive',
    );
    expect(judgeMeasurement({ metric: 'psi', max: 1 }, { ...drift, value: null }, 0.95).raw_status).toBe('inconclusive');
    expect(judgeMeasurement({ metric: 'psi', max: 1 }, { ...drift, value: NaN }, 0.95).raw_status).toBe('inconclusive');
    expect(judgeMeasurement({ metric: 'psi', max: 1, on: 'lower_bound' }, { ...drift, interval: null }, 0.95).raw_status).toBe('error');
  });

  it("says why a value is undefined and why an interval is missing when the gate knows (evaluate's metrics are judged here too)", () => {
    expect(judgeMeasurement({ metric: 'psi', max: 1 }, { ...drift, value: null, undefinedWhy: 'no rows in the bins' }, 0.95).reason).toBe(
      'PSI of income is undefined here (no rows in the bins), so it cannot be checked',
    );
    const noInterval = { status: 'inconclusive' as const, reason: 'needs a confidence interval, and the replicates leave it undefined' };
    expect(judgeMeasurement({ metric: 'psi', max: 1, on: 'upper_bound' }, { ...drift, interval: null, noInterval }, 0.95)).toMatchObject({
      raw_status: 'inconclusive',
      reason: 'PSI of income: `on: upper_bound` needs a confidence interval, and the replicates leave it undefined',
    });
  });

  it('a pass resting on a non-finite p-value in its evidence is inconclusive', () => {
    const raw = judgeMeasurement(
      { metric: 'ks', max: 0.5 },
      { ...drift, metric: 'ks', value: 0.1, evidence: { test: 'KS', statistic: 0.1, p_value: NaN } },
      0.95,
    );
    const [check] = finishChecks([{ rule: { metric: 'ks', max: 0.5 }, raws: [raw] }], 'fail', where);
    expect(check.status).toBe('inconclusive');
  });

  it('severity, the inconclusive policy, id prefixes, repeated ids and rule locations, as for evaluate', () => {
    const fail = judgeMeasurement({ metric: 'psi', max: 0.25 }, drift, 0.95);
    const unsure = judgeMeasurement({ metric: 'psi', max: 0.25 }, { ...drift, value: null }, 0.95);
    const checks = finishChecks(
      [
        { rule: { metric: 'psi', max: 0.25, severity: 'warn', id: 'stability' }, raws: [fail, fail] },
        { rule: { metric: 'psi', max: 0.25 }, raws: [unsure] },
      ],
      'warn',
      where,
    );
    expect(checks.map((c) => [c.id, c.status, c.rule.index])).toEqual([
      ['stability: psi[income]', 'warn', 0],
      ['stability: psi[income] #2', 'warn', 0],
      ['psi[income]', 'warn', 1],
    ]);
    expect(checks[0].rule).toEqual({ index: 0, file: 'drift.yml', line: 4, column: 7 });
  });
});
