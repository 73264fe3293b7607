/**
 * Plain-text pieces of a check shared by the renderers. Metric values go through `formatValue`, the same
 * formatter the gate reasons use, so a table and its reason show the same digits. The output may embed user
 * text only where noted; callers escape for their format.
 */
import { formatValue } from '../metrics/names.js';
import { ownValue } from '../records.js';
import {
  hasEvaluation,
  type AnyReport,
  type Check,
  type CheckEvidence,
  type Bound,
  type CheckStatus,
  type Interval,
  type Report,
  type Verdict,
} from './model.js';

export const STATUS_ICON: Record<CheckStatus | Verdict, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  error: '🛑',
  inconclusive: '❔',
};

/** A metric value, or `—` when it is undefined (zero denominator, too few rows). */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : formatValue(value);
}

/** Row counts in full (no rounding to 4 digits); weighted counts like any value. */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return Number.isInteger(value) ? String(value) : formatValue(value);
}

export function formatDelta(value: number | null | undefined): string {
  return value !== null && value !== undefined && value > 0 ? `+${formatValue(value)}` : formatNumber(value);
}

export function formatInterval(interval: Interval | null | undefined): string {
  return interval ? `[${formatValue(interval[0])}, ${formatValue(interval[1])}]` : '—';
}

/** A metric's overall interval, or that it has none in this task (see Report.intervals.none; the notes say why). */
export function formatOverallInterval(
  intervals: { overall: Record<string, Interval>; none?: Record<string, string> },
  metric: string,
): string {
  const interval = ownValue(intervals.overall, metric);
  if (interval) return formatInterval(interval);
  return intervals.none && ownValue(intervals.none, metric) !== undefined ? 'none yet (point only, see notes)' : '—';
}

/** `≥ 0.8 (lower bound)`, `≤ 0.1`, `drop ≤ 0.01`, `relative drop ≤ 0.05`. */
export function formatBound(bound: Bound): string {
  const parts: string[] = [];
  if (bound.min !== undefined) parts.push(`≥ ${formatValue(bound.min)}`);
  if (bound.max !== undefined) parts.push(`≤ ${formatValue(bound.max)}`);
  if (bound.max_drop !== undefined) parts.push(`drop ≤ ${formatValue(bound.max_drop)}`);
  if (bound.max_relative_drop !== undefined) parts.push(`relative drop ≤ ${formatValue(bound.max_relative_drop)}`);
  if (parts.length === 0) return '—';
  const on = bound.on === 'lower_bound' ? ' (lower bound)' : bound.on === 'upper_bound' ? ' (upper bound)' : '';
  return parts.join(' and ') + on;
}

/** `fail`, or `warn (was fail)` when severity or the inconclusive policy changed it. */
export function formatStatus(status: CheckStatus, rawStatus: CheckStatus): string {
  return status === rawStatus ? status : `${status} (was ${rawStatus})`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `1 failed, 1 warning, 0 inconclusive of 5 checks`: the counts behind a verdict, in plain text. A gate that
 * errored before any check ran says so instead of reporting a clean-looking "0 failed".
 */
/**
 * `80 of 240 rows skipped (non_numeric_score)`, or with several reasons `(non_numeric_score: 50, missing_value: 30)`;
 * null when no row was skipped. Said next to the verdict: a pass over two thirds of the rows is not a plain pass.
 * The reasons are modelgate's own words, no user text.
 */
export function skippedRowsPhrase(data: Report['data'] | undefined): string | null {
  if (data === undefined) return null;
  const reasons = Object.entries(data.rowsSkipped).filter(([, n]) => (n ?? 0) > 0) as [string, number][];
  if (reasons.length === 0) return null;
  const skipped = reasons.reduce((sum, [, n]) => sum + n, 0);
  const why =
    reasons.length === 1
      ? reasons[0][0]
      : reasons
          .sort((a, b) => b[1] - a[1])
          .map(([reason, n]) => `${reason}: ${formatCount(n)}`)
          .join(', ');
  return `${formatCount(skipped)} of ${formatCount(data.rowsRead)} ${data.rowsRead === 1 ? 'row' : 'rows'} skipped (${why})`;
}

/** The verdict's counts, and the skipped rows when there were any. */
export function verdictDetail(report: AnyReport): string {
  const skipped = skippedRowsPhrase(hasEvaluation(report) ? report.data : undefined);
  return `${verdictCounts(report.counts, report.checks.length, Boolean(report.error))}${skipped ? ` — ${skipped}` : ''}`;
}

export function verdictCounts(counts: Record<CheckStatus, number>, checks: number, errored = false): string {
  if (errored && checks === 0) return 'the gate could not be evaluated';
  const parts = [`${counts.fail} failed`];
  if (counts.error > 0) parts.push(plural(counts.error, 'error'));
  parts.push(plural(counts.warn, 'warning'), `${counts.inconclusive} inconclusive`);
  return `${parts.join(', ')} of ${plural(checks, 'check')}`;
}

/** A check's statistical evidence in one line: test, statistic, p-value (adjusted), effect, power, samples needed. */
export function formatEvidence(evidence: CheckEvidence): string {
  const parts = [evidence.test];
  // A count-like statistic (U, W, a McNemar count) is shown whole: rounding 1376155 to 1376000 would misstate it.
  if (evidence.statistic !== null)
    parts.push(`statistic ${Number.isInteger(evidence.statistic) ? String(evidence.statistic) : formatNumber(evidence.statistic)}`);
  if (evidence.p_value !== null) {
    const adjusted =
      evidence.p_value_adjusted == null ? '' : ` (${evidence.adjustment ?? 'adjusted'} ${formatPValue(evidence.p_value_adjusted)})`;
    parts.push(`p = ${formatPValue(evidence.p_value)}${adjusted}`);
  }
  const effect = evidence.effect;
  if (effect) parts.push(`${effect.name} ${formatNumber(effect.value)}${effect.interval ? ` ${formatInterval(effect.interval)}` : ''}`);
  if (evidence.power != null) parts.push(`power ${formatNumber(evidence.power)}`);
  if (evidence.sample_size_needed != null) parts.push(`${formatCount(evidence.sample_size_needed)} samples needed`);
  return parts.join('; ');
}

/** p-values keep their magnitude: 3 significant digits, in exponent form below 0.001. */
export function formatPValue(p: number): string {
  return p !== 0 && p < 0.001 ? p.toExponential(2) : formatNumber(p);
}

/** The check's reason, then its statistical evidence when a test decided it. */
export function reasonWithEvidence(check: Check): string {
  return check.evidence ? `${check.reason} (${formatEvidence(check.evidence)})` : check.reason;
}
