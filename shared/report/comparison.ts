/**
 * Candidate against baseline for every gated metric: overall values, one group's value, or a disparity,
 * with the paired delta interval where a check compared the two. Shared by the Markdown and HTML reports.
 */
import { higherIsBetter } from '../metrics/direction.js';
import { metricTitle } from '../metrics/names.js';
import { disparityOf, disparityTitle, isDisparityOver, populationsOf } from './charts.js';
import type { Interval, Report } from './model.js';
import { ownValue } from '../records.js';

export interface DiffRow {
  label: string;
  metric: string;
  candidate: number | null;
  baseline: number | null;
  deltaInterval: Interval | null;
}

/** Candidate and baseline values of what each check is about (overall, one group, or a disparity), where the baseline has one. */
export function diffRows(report: Report): DiffRow[] {
  const baseline = report.baseline;
  if (!baseline) return [];
  const rows = new Map<string, DiffRow>();
  for (const check of report.checks) {
    const scope = Object.entries(check.scope ?? {});
    const disparityAttribute = Object.keys(report.disparities).find((attribute) => isDisparityOver(report, check, attribute));
    let row: DiffRow | null = null;
    if (disparityAttribute !== undefined) {
      const disparity = disparityOf(report, check, disparityAttribute)!;
      row = {
        label: `${disparityTitle(check.disparity_key ?? check.metric, disparity)} over ${disparityAttribute}`,
        metric: check.metric,
        candidate: disparity.value,
        baseline: ownValue(ownValue(baseline.disparities, disparityAttribute), check.disparity_key ?? check.metric)?.value ?? null,
        deltaInterval: null,
      };
    } else if (scope.length === 0) {
      row = {
        label: metricTitle(check.metric),
        metric: check.metric,
        candidate: report.metrics.overall[check.metric] ?? null,
        baseline: baseline.metrics[check.metric] ?? null,
        deltaInterval: null,
      };
    } else if (scope.length === 1) {
      const [attribute, value] = scope[0];
      row = {
        label: `${metricTitle(check.metric)} for ${attribute}=${value}`,
        metric: check.metric,
        candidate: ownValue(populationsOf(report, attribute), value)?.[check.metric] ?? null,
        baseline: ownValue(ownValue(baseline.groups, attribute), value)?.[check.metric] ?? null,
        deltaInterval: null,
      };
    }
    if (!row) continue;
    const key = JSON.stringify([row.label, row.metric]);
    const known = rows.get(key) ?? row;
    // The paired interval exists only where a check compared with the baseline.
    known.deltaInterval ??= check.baseline?.delta_interval ?? null;
    rows.set(key, known);
  }
  // Without a baseline value there is nothing to compare; such rows would only be noise.
  return [...rows.values()].filter((row) => row.baseline !== null);
}

/** `↑ better`, `↓ worse`, `= same`, following whether more of the metric is better. */
export function direction(metric: string, delta: number | null): string {
  if (delta === null) return '—';
  if (delta === 0) return '= same';
  const better = delta > 0 === higherIsBetter(metric);
  return `${delta > 0 ? '↑' : '↓'} ${better ? 'better' : 'worse'}`;
}
