/**
 * The Report as GitHub-flavoured Markdown, for the job summary and the sticky review comment: the verdict first,
 * the checks that need attention, then everything else folded. Every string that came from data or config is
 * escaped. Output longer than `maxChars` loses detail in a fixed order, never the verdict or the error.
 */
import { formatLocation } from '../errors.js';
import { metricTitle } from '../metrics/names.js';
import { checkSampleSizes, comparedMetrics, disparityTitle, groupBarCharts, isDisparityOver, sampleSizeSuffix } from './charts.js';
import { diffRows, direction } from './comparison.js';
import { escapeHtml, escapeMarkdown } from './escape.js';
import {
  STATUS_ICON,
  formatBound,
  formatCount,
  formatDelta,
  formatInterval,
  formatOverallInterval,
  formatNumber,
  formatStatus,
  reasonWithEvidence,
  verdictDetail,
} from './format.js';
import { historyBlock, type RunRecord } from './history.js';
import { mermaidGroupBars, mermaidReliability, mermaidScoreDistribution } from './mermaid.js';
import { behavioralBlock } from './behavioral.js';
import { gateSections, MARKDOWN } from './sections.js';
import { hasEvaluation, type AnyReport, type Check, type CheckStatus, type Interval, type MetricBlock, type Report } from './model.js';
import { ownValue } from '../records.js';

export interface MarkdownOptions {
  /**
   * Size limit, counted in UTF-8 bytes: never fewer than characters, so it holds both for GitHub's comment
   * limit (65,536 characters) and its job-summary limit (1 MiB).
   */
  maxChars: number;
  /** A hidden HTML comment put first, by which the sticky comment is found again: `<!-- modelgate:evaluate -->`. */
  marker?: string;
  links?: { htmlReport?: string; run?: string };
  /** For the sticky comment: this run and the runs before it, kept in a folded block and a hidden record. */
  history?: { current: RunRecord; previous: RunRecord[] };
}

const ATTENTION_ORDER: CheckStatus[] = ['fail', 'error', 'inconclusive', 'warn'];
/** Shown in group tables besides the gated metrics, when the report has them. */
const CORE_GROUP_METRICS = ['selection_rate', 'tpr', 'fpr', 'precision', 'roc_auc'];
const MAX_FILES_SHOWN = 20;
/** A longer baseline diff is folded: past this it no longer reads at a glance. */
const MAX_DIFF_ROWS_SHOWN = 12;
const NULL_LEGEND = '— = undefined: a zero denominator (no positives, one class only) or no rows.';

const sizeOf = (text: string) => Buffer.byteLength(text, 'utf8');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Cells are already escaped. `hasNull`: some value in it is undefined, so the `—` needs explaining. */
function table(headers: string[], rows: string[][], hasNull = false): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const text = [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
  return hasNull ? `${text}\n\n${NULL_LEGEND}` : text;
}

const isNull = (value: number | null | undefined) => value === null || value === undefined;

/** `summary` is already escaped for HTML. The blank lines let GitHub parse the body as Markdown. */
function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function verdictLine(report: AnyReport): string {
  return `### ${STATUS_ICON[report.verdict]} modelgate ${escapeMarkdown(report.gate)}: **${report.verdict}** — ${escapeMarkdown(verdictDetail(report))}`;
}

function errorLine(error: NonNullable<Report['error']>, maxMessageChars = Infinity): string {
  const where = formatLocation({ file: error.file, line: error.line, column: error.column, path: error.path });
  const chars = [...error.message];
  const message = chars.length > maxMessageChars ? `${chars.slice(0, maxMessageChars).join('')}…` : error.message;
  // formatLocation writes a pointer alone as "at /data/score" already.
  const at = where === '' ? '' : error.file ? ` at ${escapeMarkdown(where)}` : ` ${escapeMarkdown(where)}`;
  return `${STATUS_ICON.error} **${escapeMarkdown(error.kind)}**${at}: ${escapeMarkdown(message)}`;
}

function valueCell(check: Check): string {
  const value = check.value === null ? '— (undefined)' : formatNumber(check.value);
  if (!check.baseline) return value;
  return `${value} (baseline ${formatNumber(check.baseline.value)}, Δ ${formatDelta(check.baseline.delta)})`;
}

function intervalCell(check: Check): string {
  const deltaInterval = check.baseline?.delta_interval;
  return deltaInterval ? `${formatInterval(check.interval)}, Δ ${formatInterval(deltaInterval)}` : formatInterval(check.interval);
}

const CHECK_HEADERS = ['Status', 'Check', 'Value', 'Bound', 'Interval', 'n', 'Reason'];

function checkRow(report: AnyReport, check: Check): string[] {
  return [
    `${STATUS_ICON[check.status]} ${formatStatus(check.status, check.raw_status)}`,
    escapeMarkdown(check.title),
    valueCell(check),
    formatBound(check.bound),
    intervalCell(check),
    escapeMarkdown(checkSampleSizes(report, check)?.text ?? formatCount(check.n)),
    escapeMarkdown(reasonWithEvidence(check)),
  ];
}

/**
 * One line per check that needs attention, in words first: the gate's reason already says what was measured,
 * its value and interval and the bound it missed; the sample size and the rule's place in the config follow.
 */
function attentionItem(report: AnyReport, check: Check): string {
  const status = `${STATUS_ICON[check.status]} **${formatStatus(check.status, check.raw_status)}**`;
  const n = sampleSizeSuffix(report, check, escapeMarkdown);
  const where = check.rule.file ? formatLocation({ file: check.rule.file, line: check.rule.line }) : '';
  return `- ${status} ${escapeMarkdown(reasonWithEvidence(check))}${n}${where ? ` — rule at ${escapeMarkdown(where)}` : ''}`;
}

function attentionChecks(checks: Check[]): Check[] {
  return ATTENTION_ORDER.flatMap((status) => checks.filter((check) => check.status === status));
}

/** Gated metrics of this attribute first (in check order), then the core ones, each only if the report has it. */
function populationMetrics(report: Report, attribute: string, blocks: Record<string, MetricBlock>): string[] {
  const wanted: string[] = [];
  for (const check of report.checks) {
    if (ownValue(check.scope, attribute) !== undefined) wanted.push(check.metric);
    if (isDisparityOver(report, check, attribute)) wanted.push(...comparedMetrics(check.metric));
  }
  wanted.push(...CORE_GROUP_METRICS);
  const present = (metric: string) => Object.values(blocks).some((block) => metric in block);
  return [...new Set(wanted)].filter((metric) => metric !== 'n' && metric !== 'weighted_n' && present(metric));
}

function valueWithInterval(value: number | null | undefined, interval: Interval | undefined): string {
  return interval && value !== null && value !== undefined ? `${formatNumber(value)} ${formatInterval(interval)}` : formatNumber(value);
}

function populationTable(report: Report, attribute: string, blocks: Record<string, MetricBlock>): string {
  const metrics = populationMetrics(report, attribute, blocks);
  const intervals = ownValue(report.intervals.groups, attribute);
  const hasNull = Object.values(blocks).some((block) => metrics.some((m) => isNull(block[m])));
  return table(
    [escapeMarkdown(attribute), 'n', 'weighted n', ...metrics.map((m) => escapeMarkdown(metricTitle(m)))],
    Object.entries(blocks).map(([group, block]) => [
      escapeMarkdown(group),
      formatCount(block.n),
      formatCount(block.weighted_n),
      ...metrics.map((m) => valueWithInterval(block[m], ownValue(intervals, group)?.[m])),
    ]),
    hasNull,
  );
}

function populationSections(report: Report, kind: 'groups' | 'intersections' | 'slices', word: string): string[] {
  return Object.entries(report.metrics[kind]).map(([attribute, blocks]) =>
    details(
      `${word}: ${escapeHtml(attribute)} (${plural(Object.keys(blocks).length, 'value')})`,
      populationTable(report, attribute, blocks),
    ),
  );
}

const metricKeys = (block: MetricBlock) => Object.keys(block).filter((key) => key !== 'n' && key !== 'weighted_n');

function overallSection(report: Report): string {
  const overall = report.metrics.overall;
  const rows = [
    ['n', formatCount(overall.n), '—'],
    ['weighted n', formatCount(overall.weighted_n), '—'],
    ...metricKeys(overall).map((m) => [
      escapeMarkdown(metricTitle(m)),
      formatNumber(overall[m]),
      formatOverallInterval(report.intervals, m),
    ]),
  ];
  return details(
    'Overall metrics',
    table(
      ['Metric', 'Value', 'Interval'],
      rows,
      metricKeys(overall).some((m) => isNull(overall[m])),
    ),
  );
}

function disparitySection(report: Report): string | null {
  const rows: string[][] = [];
  let hasNull = false;
  for (const [attribute, byMetric] of Object.entries(report.disparities)) {
    for (const [metric, d] of Object.entries(byMetric)) {
      hasNull ||= d.value === null;
      const extremes = [
        d.groups.min !== undefined ? `lowest: ${escapeMarkdown(d.groups.min)}` : '',
        d.groups.max !== undefined ? `highest: ${escapeMarkdown(d.groups.max)}` : '',
        d.undefined_groups.length ? `undefined: ${d.undefined_groups.map(escapeMarkdown).join(', ')}` : '',
      ].filter(Boolean);
      rows.push([
        escapeMarkdown(attribute),
        escapeMarkdown(disparityTitle(metric, d)),
        formatNumber(d.value),
        formatInterval(d.interval),
        extremes.join('; ') || '—',
        escapeMarkdown(d.definition),
      ]);
    }
  }
  if (rows.length === 0) return null;
  return details('Disparities', table(['Attribute', 'Metric', 'Value', 'Interval', 'Extremes', 'Definition'], rows, hasNull));
}

function baselineSection(report: Report): string | null {
  const baseline = report.baseline;
  if (!baseline) return null;
  const candidate = report.metrics.overall;
  const overallChecks = report.checks.filter((c) => c.baseline && !c.scope);
  const rows = [
    ['n', formatCount(candidate.n), formatCount(baseline.metrics.n), '—', '—'],
    ...metricKeys(baseline.metrics).map((m) => {
      const c = candidate[m] ?? null;
      const b = baseline.metrics[m] ?? null;
      const delta = c === null || b === null ? null : c - b;
      const interval = overallChecks.find((check) => check.metric === m)?.baseline?.delta_interval;
      return [escapeMarkdown(metricTitle(m)), formatNumber(c), formatNumber(b), formatDelta(delta), formatInterval(interval)];
    }),
  ];
  const hasNull = metricKeys(baseline.metrics).some((m) => isNull(candidate[m]) || isNull(baseline.metrics[m]));
  const intro = `Baseline ${escapeMarkdown(baseline.file)}, rows joined by ${escapeMarkdown(baseline.join)}.`;
  return details(
    'Baseline comparison',
    `${intro}\n\n${table(['Metric', 'Candidate', 'Baseline', 'Delta', 'Delta interval'], rows, hasNull)}`,
  );
}

/** Every gated metric, candidate against baseline: the comparison a reviewer looks for first after the verdict. */
function baselineDiff(report: Report): string | null {
  const rows = diffRows(report);
  if (rows.length === 0) return null;
  let hasNull = false;
  const cells = rows.map((row) => {
    const delta = row.candidate === null || row.baseline === null ? null : row.candidate - row.baseline;
    hasNull ||= delta === null;
    return [
      escapeMarkdown(row.label),
      formatNumber(row.candidate),
      formatNumber(row.baseline),
      row.deltaInterval ? `${formatDelta(delta)} ${formatInterval(row.deltaInterval)}` : formatDelta(delta),
      direction(row.metric, delta),
    ];
  });
  const text = table(['Metric', 'Candidate', 'Baseline', 'Δ [interval]', 'Change'], cells, hasNull);
  if (rows.length <= MAX_DIFF_ROWS_SHOWN) return `**Candidate vs baseline** (gated metrics)\n\n${text}`;
  const worse = cells.filter((row) => row[4].endsWith('worse')).length;
  return details(`Candidate vs baseline: ${plural(rows.length, 'gated metric')}, ${worse} worse`, text);
}

function calibrationSection(report: Report): string | null {
  const charts = [mermaidReliability(report), mermaidScoreDistribution(report)].filter((c): c is string => c !== null);
  return charts.length ? details('Calibration and score distribution', charts.join('\n\n')) : null;
}

function dataSection(report: Report): string {
  const data = report.data;
  const files =
    data.files.slice(0, MAX_FILES_SHOWN).map(escapeMarkdown).join(', ') +
    (data.files.length > MAX_FILES_SHOWN ? ` and ${data.files.length - MAX_FILES_SHOWN} more` : '');
  const skipped = Object.entries(data.rowsSkipped).filter(([, n]) => (n ?? 0) > 0);
  const skippedTotal = skipped.reduce((sum, [, n]) => sum + (n ?? 0), 0);
  const rows = [
    ['Files', files || '—'],
    ['Format', escapeMarkdown(data.format)],
    ['Task', escapeMarkdown(data.task)],
    ['Rows read', formatCount(data.rowsRead)],
    ['Rows used', formatCount(data.rowsUsed)],
    [
      'Rows skipped',
      skipped.length ? `${skippedTotal} (${skipped.map(([reason, n]) => `${escapeMarkdown(reason)}: ${n}`).join(', ')})` : '0',
    ],
    ['Bytes', formatCount(data.bytes)],
  ];
  if (data.threshold !== undefined || data.threshold_rule !== undefined) {
    rows.push([
      'Threshold',
      [data.threshold !== undefined ? formatNumber(data.threshold) : '', data.threshold_rule ? escapeMarkdown(data.threshold_rule) : '']
        .filter(Boolean)
        .join(': '),
    ]);
  }
  if (report.bootstrap) {
    const b = report.bootstrap;
    rows.push(['Bootstrap', `${b.replicates} replicates, level ${formatNumber(b.level)}, seed ${b.seed}, ${escapeMarkdown(b.method)}`]);
  }
  if (report.config.file || report.config.sha256) {
    rows.push([
      'Config',
      [
        report.config.file ? escapeMarkdown(report.config.file) : '',
        report.config.sha256 ? `sha256 ${escapeMarkdown(report.config.sha256)}` : '',
      ]
        .filter(Boolean)
        .join(', '),
    ]);
  }
  let body = table(['Item', 'Value'], rows);
  if (data.skippedSamples.length) {
    body += `\n\nFirst skipped rows:\n\n${table(
      ['Where', 'Column', 'Value', 'Reason'],
      data.skippedSamples.map((s) => [
        escapeMarkdown(formatLocation({ file: s.file, line: s.line })),
        escapeMarkdown(s.column),
        escapeMarkdown(s.value),
        escapeMarkdown(s.reason),
      ]),
    )}`;
  }
  return details('Data', body);
}

function notesSection(report: AnyReport): string | null {
  if (report.notes.length === 0) return null;
  return details('Notes', report.notes.map((note) => `- ${escapeMarkdown(note)}`).join('\n'));
}

/** Only http(s) links; `<...>` lets the URL hold parentheses, and characters that could end it are percent-encoded. */
function link(label: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return `${label}: ${escapeMarkdown(url)}`;
  const safe = url.replace(/[\s<>\\`"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${label}](<${safe}>)`;
}

function linksLine(links: MarkdownOptions['links']): string | null {
  const parts: string[] = [];
  if (links?.htmlReport) parts.push(link('HTML report', links.htmlReport));
  if (links?.run) parts.push(link('workflow run', links.run));
  return parts.length ? `Full report: ${parts.join(' · ')}` : null;
}

function checkMarker(marker: string): void {
  if (!/^<!--[^\n]*-->$/.test(marker) || marker.indexOf('-->') !== marker.length - 3) {
    throw new TypeError(`marker must be one hidden HTML comment such as <!-- modelgate:evaluate -->, got ${JSON.stringify(marker)}`);
  }
}

/** What goes in, from most to least detail; each level leaves out one more kind of section. */
const LEVELS = [
  { omit: [] as string[] },
  { omit: ['group, intersection and slice tables'] },
  { omit: ['group, intersection and slice tables', 'passing checks, evidence tables and charts'] },
  {
    omit: [
      'group, intersection and slice tables',
      'passing checks, evidence tables and charts',
      'baseline comparison, overall metrics, disparities, data and notes',
    ],
  },
];

function populationDetailsOf(report: Report): string[] {
  return [
    ...populationSections(report, 'groups', 'Groups'),
    ...populationSections(report, 'intersections', 'Intersection'),
    ...populationSections(report, 'slices', 'Slices'),
  ];
}

/**
 * Behavioral tests, right under what needs attention: counts per test, then each failing test's cases open
 * (`withCases`), so the summary explains a failing test without a click.
 */
function behavioralSection(report: AnyReport, withCases: boolean): string | null {
  const block = behavioralBlock(report, MARKDOWN);
  if (!block) return null;
  const cases = withCases
    ? block.failing.map((f) => `<details open><summary>${escapeHtml(f.summary)}</summary>\n\n${f.body}\n\n</details>`)
    : [];
  return [`**${escapeMarkdown(block.title)}**`, block.counts, ...cases].join('\n\n');
}

/** An evaluation's folded sections: overall metrics, disparities, baseline, data (not when it read nothing). */
function evaluationDetails(report: Report): (string | null)[] {
  const readNothing = Boolean(report.error) && report.data.rowsRead === 0;
  return [
    ...(readNothing ? [] : [overallSection(report)]),
    disparitySection(report),
    baselineSection(report),
    ...(readNothing ? [] : [dataSection(report)]),
  ];
}

export function renderMarkdown(report: AnyReport, options: MarkdownOptions): string {
  if (options.marker !== undefined) checkMarker(options.marker);
  const attention = attentionChecks(report.checks);
  const attentionItems = attention.map((check) => attentionItem(report, check));
  const attentionSet = new Set(attention);
  const passing = report.checks.filter((check) => !attentionSet.has(check));
  // Metrics, groups, data and baseline belong to an evaluation; an error report or another gate's has its sections only.
  const evaluation = hasEvaluation(report) ? report : null;
  const charts = (evaluation ? groupBarCharts(evaluation) : []).map((chart) => ({
    text: mermaidGroupBars(chart),
    attention: chart.checks.some((c) => attentionSet.has(c)),
  }));
  const attentionCharts = charts.filter((c) => c.attention).map((c) => c.text);
  const otherCharts = charts.filter((c) => !c.attention).map((c) => c.text);
  const links = linksLine(options.links);
  const history = options.history ? historyBlock(options.history.current, options.history.previous) : null;

  const evidence = attention.length
    ? details(
        `Evidence: value, bound, interval and n of the ${plural(attention.length, 'check')} above`,
        table(
          CHECK_HEADERS.slice(0, -1),
          attention.map((check) => checkRow(report, check).slice(0, -1)),
        ),
      )
    : null;
  const populationDetails = [
    ...(otherCharts.length ? [details('Group charts', otherCharts.join('\n\n'))] : []),
    ...(evaluation ? populationDetailsOf(evaluation) : []),
  ];
  const passingDetails = passing.length
    ? details(
        `Passing checks (${passing.length})`,
        table(
          CHECK_HEADERS,
          passing.map((check) => checkRow(report, check)),
        ),
      )
    : null;
  // A gate that stopped before reading anything has no metrics or data to show, only its error.
  const otherDetails = [
    ...gateSections(report).map((s) => details(s.summary, s.body)),
    ...(evaluation ? evaluationDetails(evaluation) : []),
    notesSection(report),
  ];
  const diff = evaluation && baselineDiff(evaluation);
  const hasBehavioral = behavioralBlock(report, MARKDOWN) !== null;
  const calibration = evaluation && calibrationSection(evaluation);

  const compose = (level: number, shownItems: number, maxMessageChars?: number): string => {
    // The error sits on the line right under the verdict: one block, read together.
    const head = report.error ? `${verdictLine(report)}\n${errorLine(report.error, maxMessageChars)}` : verdictLine(report);
    const blocks: (string | null)[] = [options.marker ?? null, head];
    if (attentionItems.length) blocks.push(shownItems > 0 ? attentionItems.slice(0, shownItems).join('\n') : null);
    else if (report.checks.length)
      blocks.push(report.checks.length === 1 ? 'The 1 check passed.' : `All ${report.checks.length} checks passed.`);
    if (shownItems < attentionItems.length)
      blocks.push(`… ${plural(attentionItems.length - shownItems, 'more check')}, see the full report.`);
    blocks.push(links, history);
    const omitted = [...LEVELS[level].omit];
    if (level < 3) blocks.push(behavioralSection(report, level < 2));
    if (hasBehavioral && level >= 2) omitted.push(level < 3 ? 'behavioral failing cases' : 'behavioral tests');
    if (level < 3) blocks.push(diff);
    if (level < 2) blocks.push(...attentionCharts, evidence, passingDetails, calibration);
    if (level < 1) blocks.push(...populationDetails);
    if (level < 3) blocks.push(...otherDetails);
    if (omitted.length) blocks.push(`_Left out to fit the size limit: ${omitted.join('; ')}. See the full report._`);
    // The marker shares the verdict's line block so a blank line never separates the comment from its heading.
    const [marker, ...rest] = blocks;
    const body = rest.filter((b): b is string => b !== null).join('\n\n');
    return `${marker ? `${marker}\n` : ''}${body}\n`;
  };

  const fits = (text: string) => sizeOf(text) <= options.maxChars;
  for (let level = 0; level < LEVELS.length; level++) {
    const text = compose(level, attentionItems.length);
    if (fits(text)) return text;
  }
  const last = LEVELS.length - 1;
  // The most attention items that fit: size grows with the row count, so bisect.
  let lo = 0;
  let hi = attentionItems.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(compose(last, mid))) lo = mid;
    else hi = mid - 1;
  }
  const rowsText = compose(last, lo);
  if (fits(rowsText)) return rowsText;
  // Only the error message itself is still too long: keep as much of it as fits.
  const messageLength = [...(report.error?.message ?? '')].length;
  let keep = 0;
  let top = messageLength;
  while (keep < top) {
    const mid = Math.ceil((keep + top) / 2);
    if (fits(compose(last, 0, mid))) keep = mid;
    else top = mid - 1;
  }
  const shortest = compose(last, 0, keep);
  if (!fits(shortest)) throw new RangeError(`maxChars ${options.maxChars} is too small for the verdict line (${sizeOf(shortest)} bytes)`);
  return shortest;
}
