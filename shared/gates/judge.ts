/**
 * The rule judge every gate shares: a rule's bound (`min`/`max`, `on:` the point or an end of its interval), its
 * severity, the inconclusive policy, non-finite evidence, check ids and the rule's place in the config. What a rule
 * measures is the gate's business (evaluate's populations and disparities live in engine.ts); how a measurement is
 * held to a rule is decided here, the same way for every gate.
 */
import type { GateRule, InconclusivePolicy } from '../config/types.js';
import { formatValue } from '../metrics/names.js';
import type { Bound, Check, CheckEvidence, CheckStatus, Interval } from '../report/model.js';

/** A check before severity, policy, id prefix and rule location are applied. */
export type RawCheck = Omit<Check, 'status' | 'raw_status' | 'severity' | 'rule' | 'id'> & { raw_status: CheckStatus; id: string };

export const NOT_FINITE =
  'is not a finite number (an overflow or underflow in its sums, e.g. from extreme weights), so it cannot be checked';

/** `95% CI ` for a level, nothing without one. */
export const pct = (level: number | null) => (level === null ? '' : `${Math.round(level * 100)}% CI `);

/** ` (95% CI [a, b])` after a value, or nothing without an interval. */
export const showInterval = (interval: Interval | null, level: number | null) =>
  interval ? ` (${pct(level)}[${formatValue(interval[0])}, ${formatValue(interval[1])}])` : '';

/** A population in check ids and titles: `race=b, sex=F`. */
export function scopeText(scope: Record<string, string> | undefined): string {
  if (!scope) return '';
  return Object.entries(scope)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

export const isNonFinite = (value: number | null | undefined): value is number => typeof value === 'number' && !Number.isFinite(value);

/** The number a bound is held against: the point, or an end of its interval. */
export function pick(on: Bound['on'], value: number | null, interval: Interval | null): number | null {
  if (on === 'point') return value;
  if (!interval) return null;
  return on === 'lower_bound' ? interval[0] : interval[1];
}

export function boundOf(rule: GateRule): Bound {
  const bound: Bound = { on: rule.on ?? 'point' };
  if (rule.min !== undefined) bound.min = rule.min;
  if (rule.max !== undefined) bound.max = rule.max;
  if (rule.max_drop !== undefined) bound.max_drop = rule.max_drop;
  if (rule.max_relative_drop !== undefined) bound.max_relative_drop = rule.max_relative_drop;
  return bound;
}

/** Holds `held` (the point or a bound of the interval) to min/max. */
export function judgeLevel(rule: Pick<GateRule, 'min' | 'max'>, held: number): { ok: boolean; words: string } {
  // Negated comparisons: a NaN on either side fails the bound instead of slipping past it.
  if (rule.min !== undefined && !(held >= rule.min)) return { ok: false, words: `below the minimum ${formatValue(rule.min)}` };
  if (rule.max !== undefined && !(held <= rule.max)) return { ok: false, words: `above the maximum ${formatValue(rule.max)}` };
  const parts = [];
  if (rule.min !== undefined) parts.push(`≥ ${formatValue(rule.min)}`);
  if (rule.max !== undefined) parts.push(`≤ ${formatValue(rule.max)}`);
  return { ok: true, words: `within ${parts.join(' and ')}` };
}

/**
 * The status after severity and the inconclusive policy: what the verdict is built from. An inconclusive check
 * that the policy counts as failing keeps the status `inconclusive`, so readers see why it failed.
 */
export function settle(raw: CheckStatus, rule: Pick<GateRule, 'severity'>, policy: InconclusivePolicy): CheckStatus {
  const warnOnly = (rule.severity ?? 'fail') === 'warn';
  switch (raw) {
    case 'fail':
      return warnOnly ? 'warn' : 'fail';
    case 'inconclusive':
      if (policy === 'pass') return 'pass';
      return policy === 'warn' || warnOnly ? 'warn' : 'inconclusive';
    default:
      return raw;
  }
}

/** The numbers a check shows as its evidence. */
function numbersOf(raw: RawCheck): Array<number | null | undefined> {
  return [
    raw.value,
    ...(raw.interval ?? []),
    raw.baseline?.value,
    raw.baseline?.delta,
    ...(raw.baseline?.delta_interval ?? []),
    raw.evidence?.statistic,
    raw.evidence?.p_value,
    raw.evidence?.p_value_adjusted,
  ];
}

/** Last line of defence: a pass resting on a non-finite number (NaN compares false with every bound) is inconclusive. */
export function passesOnFiniteEvidence(raw: RawCheck): RawCheck {
  if (raw.raw_status !== 'pass' || !numbersOf(raw).some(isNonFinite)) return raw;
  return { ...raw, raw_status: 'inconclusive', reason: `${raw.title}: its evidence ${NOT_FINITE}` };
}

/**
 * Every rule's raw checks into report checks: ids unique within the report (`id:` prefix from the rule, `#2` on a
 * repeat), status after severity and policy, and the rule's place in the config for annotations.
 */
export function finishChecks(
  judged: { rule: GateRule; raws: RawCheck[] }[],
  policy: InconclusivePolicy,
  ruleLocation: (index: number) => { file?: string; line?: number; column?: number },
): Check[] {
  const checks: Check[] = [];
  const seen = new Map<string, number>();
  judged.forEach(({ rule, raws }, index) => {
    for (const candidate of raws) {
      const raw = passesOnFiniteEvidence(candidate);
      let id = rule.id ? `${rule.id}: ${raw.id}` : raw.id;
      const count = (seen.get(id) ?? 0) + 1;
      seen.set(id, count);
      if (count > 1) id = `${id} #${count}`;
      checks.push({
        ...raw,
        id,
        status: settle(raw.raw_status, rule, policy),
        severity: rule.severity ?? 'fail',
        rule: { index, ...ruleLocation(index) },
      });
    }
  });
  return checks;
}

/** What a gate measured for one rule and one population: the number, its interval, n and the test behind it. */
export interface Measurement {
  /** The check's id and title: `flip_rate[region=eu]`, "Flip rate for region = eu". */
  id: string;
  title: string;
  metric: string;
  scope?: Record<string, string>;
  value: number | null;
  interval: Interval | null;
  n: number | null;
  evidence?: CheckEvidence;
  /** Why the measurement cannot decide (too few samples for the configured effect, an undefined value). */
  inconclusive?: string;
  /** Why a null value is undefined, when the gate knows (evaluate: a zero denominator). */
  undefinedWhy?: string;
  /**
   * What a bound on an interval end says when there is no interval: by default an error (the measurement has none);
   * evaluate tells the config's doing (bootstrap off, a metric without intervals) from the data's (inconclusive).
   */
  noInterval?: { status: 'error' | 'inconclusive'; reason: string };
}

/**
 * A measurement held to a level rule (`min`/`max`, `on:`), the one way every gate does it (evaluate's metrics too):
 * undefined or non-finite values and measurements that say they cannot decide are inconclusive, a missing interval
 * under an interval bound is an error that says so (or what `noInterval` says).
 */
export function judgeMeasurement(rule: GateRule, m: Measurement, level: number | null): RawCheck {
  const shown = {
    id: m.id,
    title: m.title,
    metric: m.metric,
    scope: m.scope,
    bound: boundOf(rule),
    value: m.value,
    interval: m.interval,
    n: m.n,
    ...(m.evidence ? { evidence: m.evidence } : {}),
  };
  if (m.inconclusive !== undefined) return { ...shown, raw_status: 'inconclusive', reason: `${m.title}: ${m.inconclusive}` };
  if (m.value === null) {
    const why = m.undefinedWhy === undefined ? '' : ` (${m.undefinedWhy})`;
    return { ...shown, raw_status: 'inconclusive', reason: `${m.title} is undefined here${why}, so it cannot be checked` };
  }
  if (!Number.isFinite(m.value)) return { ...shown, raw_status: 'inconclusive', reason: `${m.title} ${NOT_FINITE}` };
  const on = rule.on ?? 'point';
  const held = pick(on, m.value, m.interval);
  if (held === null) {
    const missing = m.noInterval ?? { status: 'error', reason: 'needs a confidence interval, and this measurement has none' };
    return { ...shown, raw_status: missing.status, reason: `${m.title}: \`on: ${on}\` ${missing.reason}` };
  }
  const verdict = judgeLevel(rule, held);
  const interval = showInterval(m.interval, level);
  const what =
    on === 'point'
      ? `is ${formatValue(m.value)}${interval}`
      : `${on.replace('_', ' ')} is ${formatValue(held)} (point ${formatValue(m.value)}${m.interval ? `, ${pct(level)}[${formatValue(m.interval[0])}, ${formatValue(m.interval[1])}]` : ''})`;
  return {
    ...shown,
    raw_status: verdict.ok ? 'pass' : 'fail',
    reason: `${m.title} ${what}, ${verdict.words}${m.n === null ? '' : ` (n=${m.n})`}`,
  };
}
