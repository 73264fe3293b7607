/**
 * shadow_compare's rules -> checks, through the one rule judge: each rule names a comparison metric, overall or in
 * every segment of its `over` (or the one segment of its `where`), and each measurement is held to the rule's bound.
 */
import type { GateRule, InconclusivePolicy } from '../config/types.js';
import { finishChecks, judgeMeasurement, scopeText, type RawCheck } from '../gates/judge.js';
import type { Check } from '../report/model.js';
import type { Measurement as ComparisonMeasurement, ShadowComparison } from './compare.js';

const TITLES: Record<string, string> = {
  agreement: 'Agreement',
  flip_rate: 'Flip rate',
  cohen_kappa: "Cohen's kappa",
  mcnemar: 'McNemar p-value',
  score_delta: 'Mean score delta',
  wilcoxon: 'Wilcoxon p-value',
  ks: 'KS statistic',
  psi: 'PSI',
  brier_delta: 'Brier score delta',
  ece_delta: 'Calibration error delta',
  abs_error_delta: 'Absolute error delta',
  squared_error_delta: 'Squared error delta',
  latency_p50_delta: 'p50 latency delta',
  latency_p95_delta: 'p95 latency delta',
  latency_p99_delta: 'p99 latency delta',
  error_rate_delta: 'Error-rate delta',
  join_rate: 'Join rate',
};

function rawFor(rule: GateRule, m: ComparisonMeasurement, level: number): RawCheck {
  const title = `${TITLES[m.metric] ?? m.metric}${m.scope ? ` for ${scopeText(m.scope)}` : ''}`;
  return judgeMeasurement(rule, { ...m, id: m.scope ? `${m.metric}[${scopeText(m.scope)}]` : m.metric, title }, level);
}

/** The measurements a rule is held to: overall, or per segment of `over` / the `where` segment. */
function measurementsFor(rule: GateRule, comparison: ShadowComparison): ComparisonMeasurement[] {
  const same = comparison.measurements.filter((m) => m.metric === rule.metric);
  const where = rule.where && Object.entries(rule.where);
  if (where?.length) return same.filter((m) => m.scope && where.every(([k, v]) => Object.hasOwn(m.scope!, k) && m.scope![k] === String(v)));
  if (rule.over?.length) return same.filter((m) => m.scope && rule.over!.some((attribute) => Object.hasOwn(m.scope!, attribute)));
  return same.filter((m) => m.scope === undefined);
}

export function shadowChecks(
  rules: GateRule[],
  comparison: ShadowComparison,
  options: {
    policy: InconclusivePolicy;
    level: number;
    ruleLocation: (index: number) => { file?: string; line?: number; column?: number };
  },
): Check[] {
  const judged = rules.map((rule) => {
    const found = measurementsFor(rule, comparison);
    // A rule with nothing to measure (no predictions for flip_rate, no labels for mcnemar) never passes silently.
    const raws: RawCheck[] = found.length
      ? found.map((m) => rawFor(rule, m, options.level))
      : [
          rawFor(
            rule,
            {
              metric: rule.metric,
              value: null,
              interval: null,
              n: 0,
              inconclusive: 'the logs have nothing this rule can measure (no such column on both sides, or no pairs)',
            },
            options.level,
          ),
        ];
    return { rule, raws };
  });
  return finishChecks(judged, options.policy, options.ruleLocation);
}
