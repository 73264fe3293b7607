/**
 * shadow-compare's report sections, for a Medium (Markdown or HTML): the join, agreement and flips, the score and
 * latency shift, segments and the top disagreements. Every value from the logs or config is escaped by the medium.
 */
import type { ShadowCompareErrorSection, ShadowCompareSection } from '../commands/shadow-compare.js';
import type { ReplayRecord } from './replay.js';
import { escapeHtml } from '../report/escape.js';
import { formatCount, formatNumber, formatPValue } from '../report/format.js';
import type { FoldedSection, Medium } from '../report/sections.js';

/** Classes of a flip matrix and segments shown; the report.json keeps them all. */
const MAX_CLASSES_SHOWN = 12;
const MAX_SEGMENTS_SHOWN = 30;

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : `${formatNumber(100 * x)}%`);
const num = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : formatNumber(x));

export function shadowCompareSections(section: ShadowCompareSection | ShadowCompareErrorSection, m: Medium): FoldedSection[] {
  // An error report of a replay stopped mid-way has the replay's counts and nothing compared.
  if (!('join' in section)) return [replaySection(section.replay, m)];
  const out: FoldedSection[] = [joinSection(section, m)];
  if (section.replay) out.push(replaySection(section.replay, m));
  const { classification, scores, latency, errors } = section.comparison;
  if (classification) out.push(flipSection(section, m));
  if (scores || latency || errors) out.push(shiftSection(section, m));
  if (section.comparison.segments.length) out.push(segmentSection(section, m));
  if (section.top_disagreements.length) out.push(disagreementSection(section, m));
  return out;
}

function joinSection(section: ShadowCompareSection, m: Medium): FoldedSection {
  const j = section.join;
  const rows = [
    ['Production rows', formatCount(j.production), m.text(section.data.production.files.join(', '))],
    ['Shadow rows', formatCount(j.shadow), m.text(section.data.shadow.files.join(', '))],
    ['Pairs (same request id)', formatCount(j.pairs), `join rate ${pct(j.joinRate)}`],
    ['Production ids without a shadow answer', formatCount(j.unmatchedProduction), ''],
    ['Shadow ids without a production answer', formatCount(j.unmatchedShadow), ''],
    [
      'Repeated ids (first answer kept)',
      `${formatCount(j.duplicateProduction)} / ${formatCount(j.duplicateShadow)}`,
      'production / shadow',
    ],
  ];
  if (section.data.labels)
    rows.push([
      'Delayed labels',
      formatCount(j.labels),
      `${m.text(section.data.labels.files.join(', '))}; ${formatCount(j.labelledPairs)} pairs labelled, ${formatCount(j.duplicateLabels)} repeated ids`,
    ]);
  for (const side of ['production', 'shadow'] as const) {
    const events = section.data[side].cloud_events;
    if (events)
      rows.push([
        `${side === 'production' ? 'Production' : 'Shadow'} CloudEvents`,
        formatCount(events.requests),
        m.text(
          `${events.responses} responses; ${events.requestsWithoutResponse} requests without a response, ${events.responsesWithoutRequest} responses without a request, ${events.otherEvents} other events`,
        ),
      ]);
  }
  return {
    summary: escapeHtml(`Join: ${formatCount(j.pairs)} paired requests, join rate ${pct(j.joinRate)}`),
    body: m.table(['', 'Count', 'Detail'], rows),
  };
}

function flipSection(section: ShadowCompareSection, m: Medium): FoldedSection {
  const c = section.comparison.classification!;
  const shown = c.classes.slice(0, MAX_CLASSES_SHOWN);
  const rows = shown.map((name, a) => [m.text(name), ...shown.map((_, b) => formatCount(c.flipMatrix[a]?.[b] ?? 0))]);
  const paragraphs = [
    m.text(
      `${formatCount(c.n)} paired predictions agree on ${pct(c.agreement)}; ${formatCount(c.flips)} flipped. Rows: production's class; columns: the shadow model's.`,
    ),
    m.table(['production \\ shadow', ...shown], rows),
  ];
  if (c.classes.length > MAX_CLASSES_SHOWN)
    paragraphs.push(m.text(`… ${c.classes.length - MAX_CLASSES_SHOWN} more classes in report.json.`));
  return { summary: escapeHtml(`Agreement ${pct(c.agreement)}, ${formatCount(c.flips)} flips`), body: m.join(paragraphs) };
}

function shiftSection(section: ShadowCompareSection, m: Medium): FoldedSection {
  const { scores, calibration, regression, latency, errors } = section.comparison;
  const quantileText = (quantiles: Record<string, number>) =>
    Object.entries(quantiles)
      .map(([q, v]) => `${m.text(q)}: ${num(v)}`)
      .join(', ');
  const rows: string[][] = [];
  if (scores) {
    rows.push(['Mean score delta (shadow − production)', num(scores.meanDelta), `${formatCount(scores.n)} pairs`]);
    rows.push(['Score delta quantiles', quantileText(scores.deltaQuantiles), '']);
  }
  if (scores?.relativeDeltaQuantiles)
    rows.push(['Relative delta quantiles ((shadow − production) / |production|)', quantileText(scores.relativeDeltaQuantiles), '']);
  if (regression) {
    const { production: a, shadow: b, n } = regression;
    rows.push(['Mean absolute error', `${num(a.mae)} → ${num(b.mae)}`, `delta ${num(b.mae - a.mae)}, ${formatCount(n)} labelled pairs`]);
    rows.push(['Root mean squared error', `${num(a.rmse)} → ${num(b.rmse)}`, `delta ${num(b.rmse - a.rmse)}`]);
  }
  if (calibration) {
    const { production: a, shadow: b, n } = calibration;
    rows.push(['Brier score', `${num(a.brier)} → ${num(b.brier)}`, `delta ${num(b.brier - a.brier)}, ${formatCount(n)} labelled pairs`]);
    rows.push(['Expected calibration error (10 bins)', `${num(a.ece)} → ${num(b.ece)}`, `delta ${num(b.ece - a.ece)}`]);
  }
  if (latency)
    for (const q of Object.keys(latency.production))
      rows.push([
        m.text(`Latency ${q} (ms)`),
        `${num(latency.production[q])} → ${num(latency.shadow[q])}`,
        latencyDelta(latency, q, section.options.level),
      ]);
  if (errors) rows.push(['Error rate', `${pct(errors.production)} → ${pct(errors.shadow)}`, `${formatCount(errors.n)} pairs`]);
  return { summary: 'Score, calibration, latency and error shift (shadow vs production)', body: m.table(['', 'Value', 'Detail'], rows) };
}

/** The delta with its paired bootstrap interval, when there is one. */
function latencyDelta(latency: NonNullable<ShadowCompareSection['comparison']['latency']>, q: string, level: number): string {
  const delta = `delta ${num(latency.shadow[q] - latency.production[q])}`;
  const interval = latency.deltaIntervals?.[q];
  return interval ? `${delta}, ${pct(level)} paired bootstrap interval [${num(interval[0])}, ${num(interval[1])}]` : delta;
}

function segmentSection(section: ShadowCompareSection, m: Medium): FoldedSection {
  const { segments, worstSegment } = section.comparison;
  const ordered = [...segments].sort((a, b) => (b.flipRate ?? -1) - (a.flipRate ?? -1));
  const rows = ordered
    .slice(0, MAX_SEGMENTS_SHOWN)
    .map((s) => [
      m.text(`${s.attribute}=${s.value}`),
      formatCount(s.n),
      formatCount(s.flips),
      pct(s.flipRate),
      s.pValue === null ? 'not tested' : formatPValue(s.pValue),
      s.pValueAdjusted === null ? '—' : formatPValue(s.pValueAdjusted),
    ]);
  const method = section.options.correction === 'holm' ? 'Holm' : 'Benjamini-Hochberg';
  const worst = worstSegment ? `Worst: ${worstSegment.attribute}=${worstSegment.value}, flip rate ${pct(worstSegment.flipRate)}. ` : '';
  const paragraphs = [
    m.text(
      `${worst}Each tested segment's flip rate against the rest (two-proportion z), p-values ${method}-adjusted; segments under ${section.options.min_segment_size} pairs are not tested.`,
    ),
    m.table(['Segment', 'Pairs', 'Flips', 'Flip rate', 'p', `p (${method})`], rows),
  ];
  if (segments.length > MAX_SEGMENTS_SHOWN)
    paragraphs.push(m.text(`… ${segments.length - MAX_SEGMENTS_SHOWN} more segments in report.json.`));
  return {
    summary: escapeHtml(worstSegment ? `Flips by segment: worst ${worstSegment.attribute}=${worstSegment.value}` : 'Flips by segment'),
    body: m.join(paragraphs),
  };
}

function disagreementSection(section: ShadowCompareSection, m: Medium): FoldedSection {
  const names = Object.keys(section.top_disagreements[0].segments);
  const rows = section.top_disagreements.map((d) => [
    m.code(d.id),
    `${m.text(d.production.prediction ?? '—')} / ${num(d.production.score)}`,
    `${m.text(d.shadow.prediction ?? '—')} / ${num(d.shadow.score)}`,
    ...names.map((name) => m.text(d.segments[name] ?? '—')),
  ]);
  const redacted = section.redacted.length ? ` Redacted columns (${section.redacted.join(', ')}) are not shown.` : '';
  return {
    summary: escapeHtml(`Top ${section.top_disagreements.length} disagreements`),
    body: m.join([
      m.text(`Flips first, then the largest score differences.${redacted}`),
      m.table(['Request id', 'Production (class / score)', 'Shadow (class / score)', ...names], rows),
    ]),
  };
}

function replaySection(replay: ReplayRecord, m: Medium): FoldedSection {
  const rows = (['production', 'shadow'] as const).map((side) => {
    const e = replay.endpoints[side];
    const l = e.latency_ms;
    return [
      side,
      m.code(e.endpoint),
      formatCount(e.requests),
      `${formatCount(e.failed_requests)} (${formatCount(e.failed_rows)} rows, ${pct(e.error_rate)})`,
      l ? `${num(l.p50)} / ${num(l.p95)} / ${num(l.p99)}` : '—',
      m.text(e.first_error ?? ''),
    ];
  });
  const failed = replay.endpoints.production.failed_requests + replay.endpoints.shadow.failed_requests;
  const budget = replay.budget_reached ? ` The request budget of ${formatCount(replay.max_requests ?? 0)} ended the replay early.` : '';
  return {
    summary: escapeHtml(`Replay: ${formatCount(replay.rows)} requests to both models, ${formatCount(failed)} failed`),
    body: m.join([
      m.text(
        `${replay.files.join(', ')}: ${formatCount(replay.rows)} recorded requests, ${replay.batch_size} per model request, ${replay.concurrency} in flight.${budget}`,
      ),
      m.table(['Model', 'Endpoint', 'Requests', 'Failed', 'Latency p50 / p95 / p99 (ms)', 'First failure'], rows),
    ]),
  };
}
