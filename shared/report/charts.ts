/**
 * What the charts of a report show, independent of how they are drawn: Mermaid in Markdown (mermaid.ts) and
 * inline SVG in the HTML report (svg.ts) read the same data, so both pictures always agree. Labels here are
 * raw user text; each renderer escapes them for its format.
 */
import { parseDisparity } from '../config/metrics.js';
import { metricTitle } from '../metrics/names.js';
import { hasEvaluation, type AnyReport, type Check, type DisparityValue, type MetricBlock, type Report } from './model.js';
import { ownValue } from '../records.js';

/** The population table (groups, intersection or slices) an attribute's values live in. */
export function populationsOf(report: Report, attribute: string): Record<string, MetricBlock> | undefined {
  const { groups, intersections, slices } = report.metrics;
  return ownValue(groups, attribute) ?? ownValue(intersections, attribute) ?? ownValue(slices, attribute);
}

/** The disparity a disparity check over `attribute` measured (its id names the attribute: `demographic_parity_ratio[sex]`). */
export function disparityOf(report: Report, check: Check, attribute: string): DisparityValue | undefined {
  if (!check.id.includes(`[${attribute}]`)) return undefined;
  return ownValue(ownValue(report.disparities, attribute), check.disparity_key ?? check.metric);
}

/** The per-group metrics a disparity compares: `equalized_odds` stands for both TPR and FPR. */
export function comparedMetrics(disparityMetric: string): string[] {
  const parsed = parseDisparity(disparityMetric);
  if (!parsed) return [];
  return parsed.base === 'equalized_odds' ? ['tpr', 'fpr'] : [parsed.base];
}

/** Words for the disparity kept under `key`: the metric's title, and how it was measured when the key says more. */
export function disparityTitle(key: string, disparity: DisparityValue): string {
  const metric = disparity.metric ?? key;
  return key === metric || !key.startsWith(metric) ? metricTitle(key) : `${metricTitle(metric)}${key.slice(metric.length)}`;
}

/** A disparity check over `attribute`: its id names the attribute (`demographic_parity_ratio[sex]`). */
export function isDisparityOver(report: Report, check: Check, attribute: string): boolean {
  return disparityOf(report, check, attribute) !== undefined;
}

export interface GroupBarChart {
  attribute: string;
  metric: string;
  /** The checks this chart is evidence for. */
  checks: Check[];
  /** Groups with a defined value, in the report's order. */
  bars: { group: string; value: number }[];
  /** Groups whose value is undefined, left out of the bars. */
  omitted: number;
  /** Reference lines where the checks hold each group's value to a bound. */
  bounds: number[];
  /** Title in words, with raw group and attribute names. */
  title: string;
  /** Every value lies in [0, 1], so the axis can be fixed to it. */
  unitRange: boolean;
}

/** One chart per (attribute, metric) a group-scoped check or a disparity check is about, in check order. */
export function groupBarCharts(report: Report): GroupBarChart[] {
  const charts = new Map<string, { attribute: string; metric: string; checks: Check[] }>();
  const add = (attribute: string, metric: string, check: Check) => {
    const key = JSON.stringify([attribute, metric]);
    const chart = charts.get(key) ?? { attribute, metric, checks: [] };
    chart.checks.push(check);
    charts.set(key, chart);
  };
  for (const check of report.checks) {
    const scope = Object.keys(check.scope ?? {});
    if (scope.length === 1 && populationsOf(report, scope[0])) add(scope[0], check.metric, check);
    for (const attribute of Object.keys(report.disparities)) {
      if (isDisparityOver(report, check, attribute)) for (const metric of comparedMetrics(check.metric)) add(attribute, metric, check);
    }
  }
  const out: GroupBarChart[] = [];
  for (const { attribute, metric, checks } of charts.values()) {
    const blocks = populationsOf(report, attribute) ?? {};
    const bars = Object.entries(blocks)
      .map(([group, block]) => ({ group, value: block[metric] }))
      .filter((p): p is { group: string; value: number } => typeof p.value === 'number' && Number.isFinite(p.value));
    if (bars.length === 0) continue;
    const omitted = Object.keys(blocks).length - bars.length;
    // A bound line only when the checks behind the chart hold the group values themselves to one and the same bound.
    const levelChecks = checks.filter((check) => check.metric === metric && !check.baseline);
    const first = levelChecks[0]?.bound;
    const sameBounds = levelChecks.every((c) => c.bound.min === first?.min && c.bound.max === first?.max);
    let bounds = sameBounds && first ? [first.min, first.max].filter((b): b is number => b !== undefined) : [];
    let boundWords = bounds.length ? `line at the bound ${bounds.map(chartNumber).join(' and ')}` : '';
    if (bounds.length === 0) ({ bounds, boundWords } = disparityLine(report, attribute, metric, checks, bars));
    const values = [...bars.map((p) => p.value), ...bounds];
    const title =
      `${metricTitle(metric)} by ${attribute}` +
      (boundWords ? `, ${boundWords}` : '') +
      (omitted ? `, ${omitted} undefined not shown` : '');
    out.push({ attribute, metric, checks, bars, omitted, bounds, title, unitRange: values.every((v) => v >= 0 && v <= 1) });
  }
  return out;
}

/**
 * Where a between-groups disparity bound puts the groups' own values: a ratio of at least m needs every group at
 * m times the highest; a difference of at most d needs every group within d of the highest. One line, when a
 * single point-bound disparity check is behind the chart.
 */
function disparityLine(
  report: Report,
  attribute: string,
  metric: string,
  checks: Check[],
  bars: { group: string; value: number }[],
): { bounds: number[]; boundWords: string } {
  const none = { bounds: [], boundWords: '' };
  const disparityChecks = checks.filter((check) => isDisparityOver(report, check, attribute));
  if (disparityChecks.length !== 1) return none;
  const [check] = disparityChecks;
  const disparity = disparityOf(report, check, attribute)!;
  const parsed = parseDisparity(check.metric);
  if (!parsed || disparity.relative_to !== 'between_groups' || check.bound.on !== 'point') return none;
  const compared = bars.filter((bar) => !disparity.undefined_groups.includes(bar.group));
  if (compared.length < 2) return none;
  const highest = Math.max(...compared.map((bar) => bar.value));
  if (parsed.kind === 'ratio' && check.bound.min !== undefined) {
    const line = check.bound.min * highest;
    return { bounds: [line], boundWords: `line at ${chartNumber(check.bound.min)} times the highest group = ${chartNumber(line)}` };
  }
  if (parsed.kind === 'difference' && check.bound.max !== undefined) {
    const line = highest - check.bound.max;
    return { bounds: [line], boundWords: `line at the highest group minus ${chartNumber(check.bound.max)} = ${chartNumber(line)}` };
  }
  return none;
}

/** Four significant digits: what a chart label or axis can show. */
export function chartNumber(value: number): string {
  return String(Number(value.toPrecision(4)));
}

/** Reliability-diagram bins that hold rows; empty bins have no mean to draw. */
export function filledCalibrationBins(report: Report) {
  return (report.calibration ?? []).filter(
    (bin): bin is typeof bin & { meanScore: number; meanLabel: number } =>
      bin.weight > 0 && bin.meanScore !== null && bin.meanLabel !== null,
  );
}

/** Each histogram bin's share of all negatives and of all positives, so classes of different sizes compare. */
export function scoreShares(report: Report): { lower: number; upper: number; negative: number; positive: number }[] {
  const histogram = report.score_histogram ?? [];
  const negatives = histogram.reduce((sum, bin) => sum + bin.negative, 0);
  const positives = histogram.reduce((sum, bin) => sum + bin.positive, 0);
  if (negatives === 0 && positives === 0) return [];
  return histogram.map((bin) => ({
    lower: bin.lower,
    upper: bin.upper,
    negative: negatives > 0 ? bin.negative / negatives : 0,
    positive: positives > 0 ? bin.positive / positives : 0,
  }));
}

/** `0.1-0.2`: a bin's range as an axis label. */
export function binLabel(bin: { lower: number; upper: number }): string {
  return `${chartNumber(bin.lower)}-${chartNumber(bin.upper)}`;
}

/**
 * The sample sizes behind a check, as plain text (group names are user text: escape for the medium): for a
 * disparity, the n of the two groups it compares (`c=1200, b=8000`), not the overall n the check carries.
 */
export function checkSampleSizes(report: AnyReport, check: Check): { perGroup: boolean; text: string } | null {
  const attribute = /\[([^\]]*)\]$/.exec(check.id)?.[1];
  const evaluation = hasEvaluation(report) ? report : null;
  const disparity = attribute === undefined || !evaluation ? undefined : disparityOf(evaluation, check, attribute);
  const populations = attribute === undefined || !evaluation ? undefined : populationsOf(evaluation, attribute);
  if (disparity && populations) {
    const names = [disparity.groups.min, disparity.groups.max].filter((g, i, all): g is string => g !== undefined && all.indexOf(g) === i);
    const sizes = names.map((name) => [name, ownValue(populations, name)?.n] as const).filter(([, n]) => n !== undefined);
    if (sizes.length > 0) return { perGroup: true, text: sizes.map(([name, n]) => `${name}=${n}`).join(', ') };
  }
  return check.n === null ? null : { perGroup: false, text: String(check.n) };
}

/** ` (n=400)` or, for a disparity, ` (n: c=1200, b=8000)`; empty when the reason already gives n. `escape` is for the medium. */
export function sampleSizeSuffix(report: AnyReport, check: Check, escape: (text: string) => string): string {
  const sizes = checkSampleSizes(report, check);
  if (sizes === null || /\bn=\d/.test(check.reason)) return '';
  return sizes.perGroup ? ` (n: ${escape(sizes.text)})` : ` (n=${escape(sizes.text)})`;
}
