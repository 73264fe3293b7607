// shadow_compare rules judged by the one rule judge, on the pandas/SciPy fixture logs.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { GateRule } from '../../shared/config/types.js';
import { shadowChecks } from '../../shared/shadow-compare/checks.js';
import { compareShadow } from '../../shared/shadow-compare/compare.js';
import { ShadowJoin } from '../../shared/shadow-compare/join.js';
import { readSide } from '../../shared/shadow-compare/logs.js';

const dir = new URL('../fixtures/shadow/', import.meta.url);
const columns = { id: 'id', score: 'score', prediction: 'prediction', label: 'label', latency: 'latency_ms', error: 'error' };

async function comparison() {
  const join = new ShadowJoin(['region']);
  const file = (name: string) => fileURLToPath(new URL(name, dir));
  await readSide(file('production.csv'), { ...columns, segments: ['region'] }, { maxBadRows: 0 }, (id, a) => join.addProduction(id, a));
  await readSide(file('shadow.csv'), { ...columns, label: undefined, segments: [] }, { maxBadRows: 0 }, (id, a) => join.addShadow(id, a));
  return compareShadow(join.pairs());
}

const judge = async (rules: GateRule[], policy: 'fail' | 'warn' | 'pass' = 'fail') =>
  shadowChecks(rules, await comparison(), { policy, level: 0.95, ruleLocation: (index) => ({ file: '.modelgate.yml', line: 10 + index }) });

describe('shadow_compare checks', () => {
  it('holds each comparison metric to its bound, with the test in the evidence', async () => {
    const checks = await judge([
      { metric: 'flip_rate', max: 0.02 },
      { metric: 'agreement', min: 0.9, on: 'lower_bound' },
      { metric: 'psi', max: 0.1 },
      { metric: 'mcnemar', min: 0.01 },
    ]);
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['flip_rate', 'fail'],
      ['agreement', 'pass'],
      ['psi', 'pass'],
      ['mcnemar', 'fail'],
    ]);
    expect(checks[0].reason).toMatch(/^Flip rate is 0\.04486 \(95% CI \[.*\]\), above the maximum 0\.02 \(n=2920\)$/);
    expect(checks[3].evidence).toMatchObject({ test: 'McNemar (exact)', statistic: 45 });
    expect(checks[1].rule).toEqual({ index: 1, file: '.modelgate.yml', line: 11 });
  });

  it('over a segment: one check per segment value, severity warn turning a fail into a warning', async () => {
    const checks = await judge([{ metric: 'flip_rate', over: ['region'], max: 0.05, severity: 'warn' }]);
    expect(checks.map((c) => c.id).sort()).toEqual([
      'flip_rate[region=apac]',
      'flip_rate[region=eu]',
      'flip_rate[region=latam]',
      'flip_rate[region=us]',
    ]);
    const apac = checks.find((c) => c.id === 'flip_rate[region=apac]')!;
    expect([apac.raw_status, apac.status]).toEqual(['fail', 'warn']);
    expect(apac.evidence?.adjustment).toBe('Holm');
  });

  it('a rule with nothing to measure, or over a name that is no segment, is inconclusive and fails under the default policy', async () => {
    const checks = await judge([{ metric: 'latency_p99_delta', over: ['constructor'], max: 5 }]);
    expect(checks).toHaveLength(1);
    expect(checks[0].status).toBe('inconclusive');
    expect(checks[0].reason).toMatch(/nothing this rule can measure/);
  });

  it('an interval bound on a measurement without an interval is an error that says so', async () => {
    const [check] = await judge([{ metric: 'psi', max: 0.1, on: 'upper_bound' }]);
    expect(check.status).toBe('error');
    expect(check.reason).toMatch(/needs a confidence interval/);
  });
});
