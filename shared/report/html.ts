/**
 * The Report as one self-contained HTML page (`report.html`): verdict first, what needs attention, candidate vs
 * baseline, then charts drawn as inline SVG (group bars with the bound, reliability diagram, score
 * distributions, ROC and precision-recall curves per group) and the full tables folded. No script, no remote
 * resource: a Content-Security-Policy forbids both, so the page behaves the same from a laptop, an artifact
 * download or a mail attachment. Every string from data or config is escaped.
 */
import { formatLocation } from '../errors.js';
import { metricTitle } from '../metrics/names.js';
import {
  binLabel,
  checkSampleSizes,
  disparityTitle,
  filledCalibrationBins,
  groupBarCharts,
  populationsOf,
  sampleSizeSuffix,
  scoreShares,
} from './charts.js';
import { diffRows, direction } from './comparison.js';
import { behavioralBlock } from './behavioral.js';
import { gateSections, HTML } from './sections.js';
import { escapeHtml } from './escape.js';
import {
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
import {
  hasEvaluation,
  type AnyReport,
  type Check,
  type CheckStatus,
  type MetricBlock,
  type Report,
  type ScoreCurves,
  type Verdict,
} from './model.js';
import { barChart, unitLineChart, type LineSeries } from './svg.js';
import { ownValue } from '../records.js';

export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
/** Curves per chart beyond which the smaller groups are left out: more lines than colours do not read. */
const MAX_CURVES = 8;
const ATTENTION_ORDER: CheckStatus[] = ['fail', 'error', 'inconclusive', 'warn'];

const h = escapeHtml;

const STYLE = `
:root { color-scheme: light; --fail: #b42318; --warn: #b54708; --pass: #067647; --error: #6f1d1b; --muted: #555; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; background: #fafafa; }
header.verdict { padding: 18px 28px; color: #fff; }
header.verdict h1 { margin: 0; font-size: 26px; }
header.verdict p { margin: 4px 0 0; font-size: 16px; }
.v-pass { background: var(--pass); } .v-warn { background: var(--warn); } .v-fail { background: var(--fail); } .v-error { background: var(--error); }
main { padding: 8px 28px 40px; max-width: 1400px; }
h2 { font-size: 19px; margin: 22px 0 8px; }
ul.attention { padding-left: 0; list-style: none; margin: 8px 0; }
ul.attention li { margin: 4px 0; padding: 6px 10px; background: #fff; border-left: 4px solid var(--warn); }
ul.attention li.s-fail, ul.attention li.s-error { border-left-color: var(--fail); }
.where { color: var(--muted); font-size: 13px; }
table { border-collapse: collapse; background: #fff; margin: 6px 0 12px; font-size: 14px; }
th, td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.better { color: var(--pass); } .worse { color: var(--fail); }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
.charts svg { background: #fff; border: 1px solid #ddd; max-width: 100%; height: auto; }
svg text { font: 11px system-ui, sans-serif; fill: #333; }
svg .chart-title { font-size: 12px; font-weight: 600; }
svg .axis-label { font-size: 12px; }
svg .grid { stroke: #e6e6e6; }
svg .bound-label { fill: #c0392b; font-weight: 600; }
svg.icon { vertical-align: -2px; }
header.verdict svg.icon { width: 22px; height: 22px; vertical-align: -3px; }
details { margin: 6px 0; }
summary { cursor: pointer; font-weight: 600; }
.error-box { background: #fff; border-left: 4px solid var(--error); padding: 8px 12px; }
footer { color: var(--muted); font-size: 12px; margin-top: 24px; }
`;

/**
 * Status marks drawn as inline SVG: the Markdown's emoji render as empty boxes on a machine without an emoji font
 * (a CI runner's browser, many Linux desktops), and a report must read the same everywhere. Shapes differ as well
 * as colours, for readers who do not tell red from green.
 */
const ICON_PATHS: Record<CheckStatus | Verdict, { color: string; shape: string; mark: string }> = {
  pass: { color: '#067647', shape: '<circle cx="8" cy="8" r="7.5"/>', mark: '<path d="M4.2 8.4l2.4 2.4 5.2-5.2"/>' },
  fail: { color: '#b42318', shape: '<circle cx="8" cy="8" r="7.5"/>', mark: '<path d="M5 5l6 6M11 5l-6 6"/>' },
  warn: { color: '#b54708', shape: '<path d="M8 0.8l7.4 13.6H0.6z"/>', mark: '<path d="M8 5.5v4.2M8 11.6v0.6"/>' },
  error: { color: '#6f1d1b', shape: '<path d="M4.7 0.5h6.6l4.2 4.2v6.6l-4.2 4.2H4.7L0.5 11.3V4.7z"/>', mark: '<path d="M4.5 8h7"/>' },
  inconclusive: {
    color: '#5d6b7a',
    shape: '<circle cx="8" cy="8" r="7.5"/>',
    mark: '<path d="M6 6.2a2 2 0 1 1 2.8 1.8c-.6.3-.8.8-.8 1.4M8 11.6v.6"/>',
  },
};

function statusIcon(status: CheckStatus | Verdict): string {
  const { color, shape, mark } = ICON_PATHS[status];
  return (
    `<svg class="icon" viewBox="0 0 16 16" width="16" height="16" role="img" aria-label="${status}"><g fill="${color}" stroke="#fff" stroke-width="1">${shape}</g>` +
    `<g fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${mark}</g></svg>`
  );
}

function tableHtml(headers: string[], rows: string[][], numeric: boolean[] = []): string {
  const head = `<tr>${headers.map((cell) => `<th>${cell}</th>`).join('')}</tr>`;
  const body = rows
    .map((row) => `<tr>${row.map((cell, i) => `<td${numeric[i] ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

const section = (id: string, title: string, body: string) => `<section id="${id}"><h2>${title}</h2>${body}</section>`;
const folded = (summary: string, body: string, open = false) =>
  `<details${open ? ' open' : ''}><summary>${summary}</summary>${body}</details>`;

/** The gate's own sections (train: sample, training, lineage), folded as in the summary. */
function gateSectionsHtml(report: AnyReport): string {
  const sections = gateSections(report, HTML);
  return sections.length
    ? section('gate', h(`About this ${report.gate} run`), sections.map((s) => folded(s.summary, s.body)).join(''))
    : '';
}

/** Behavioral tests right after what needs attention: counts per test, then each failing test's cases, open. */
function behavioralSection(report: AnyReport): string {
  const block = behavioralBlock(report, HTML);
  if (!block) return '';
  return section('behavioral', h(block.title), block.counts + block.failing.map((f) => folded(h(f.summary), f.body, true)).join(''));
}

function attentionChecks(report: AnyReport): Check[] {
  return ATTENTION_ORDER.flatMap((status) => report.checks.filter((check) => check.status === status));
}

function header(report: AnyReport): string {
  const error = report.error
    ? `<p class="error-line">${statusIcon('error')} ${h(report.error.kind)}${report.error.file ? ` at ${h(formatLocation({ file: report.error.file, line: report.error.line, column: report.error.column }))}` : ''}: ${h(report.error.message)}</p>`
    : '';
  return (
    `<header id="verdict" class="verdict v-${report.verdict}"><h1>${statusIcon(report.verdict)} modelgate ${h(report.gate)}: ${report.verdict}</h1>` +
    `<p>${h(verdictDetail(report))}</p>${error}</header>`
  );
}

function attentionList(report: AnyReport, checks: Check[], total: number): string {
  if (checks.length === 0) return total === 1 ? '<p>The 1 check passed.</p>' : total ? `<p>All ${total} checks passed.</p>` : '';
  const items = checks.map((check) => {
    const where = check.rule.file
      ? ` <span class="where">rule at ${h(formatLocation({ file: check.rule.file, line: check.rule.line }))}</span>`
      : '';
    const n = sampleSizeSuffix(report, check, h);
    return `<li class="s-${check.status}">${statusIcon(check.status)} <strong>${formatStatus(check.status, check.raw_status)}</strong> ${h(reasonWithEvidence(check))}${n}${where}</li>`;
  });
  return section('attention', 'Needs attention', `<ul class="attention">${items.join('')}</ul>`);
}

function checkRows(report: AnyReport, checks: Check[]): string[][] {
  return checks.map((check) => [
    `${statusIcon(check.status)} ${formatStatus(check.status, check.raw_status)}`,
    h(check.title),
    check.value === null ? '— (undefined)' : formatNumber(check.value),
    h(formatBound(check.bound)),
    formatInterval(check.interval),
    // A disparity's n is that of the two groups it compares, as in the Markdown, not the overall n.
    h(checkSampleSizes(report, check)?.text ?? formatCount(check.n)),
    check.baseline
      ? `${formatNumber(check.baseline.value)} (Δ ${formatDelta(check.baseline.delta)}${check.baseline.delta_interval ? ` ${formatInterval(check.baseline.delta_interval)}` : ''})`
      : '—',
    h(reasonWithEvidence(check)),
  ]);
}

function checksSection(report: AnyReport, attention: Check[]): string {
  if (report.checks.length === 0) return '';
  const passing = report.checks.filter((check) => !attention.includes(check));
  const headers = ['Status', 'Check', 'Value', 'Bound', 'Interval', 'n', 'Baseline', 'Reason'];
  const numeric = [false, false, true, false, true, true, false, false];
  const parts = [];
  if (attention.length) parts.push(tableHtml(headers, checkRows(report, attention), numeric));
  if (passing.length) parts.push(folded(`Passing checks (${passing.length})`, tableHtml(headers, checkRows(report, passing), numeric)));
  return section('checks', 'Checks', parts.join(''));
}

function baselineSection(report: Report): string {
  const rows = diffRows(report);
  if (rows.length === 0) return '';
  const cells = rows.map((row) => {
    const delta = row.candidate === null || row.baseline === null ? null : row.candidate - row.baseline;
    const change = direction(row.metric, delta);
    const cls = change.endsWith('better') ? 'better' : change.endsWith('worse') ? 'worse' : '';
    return [
      h(row.label),
      formatNumber(row.candidate),
      formatNumber(row.baseline),
      `${formatDelta(delta)} ${row.deltaInterval ? formatInterval(row.deltaInterval) : ''}`,
      `<span class="${cls}">${change}</span>`,
    ];
  });
  const intro = report.baseline ? `<p>Baseline ${h(report.baseline.file)}, rows joined by ${h(report.baseline.join)}.</p>` : '';
  return section(
    'baseline',
    'Candidate vs baseline',
    intro + tableHtml(['Metric', 'Candidate', 'Baseline', 'Δ [interval]', 'Change'], cells, [false, true, true, true, false]),
  );
}

function groupChartsSection(report: Report): string {
  const charts = groupBarCharts(report).map((chart) =>
    barChart({
      title: chart.title,
      yLabel: metricTitle(chart.metric),
      categories: chart.bars.map((bar) => bar.group),
      series: [{ name: metricTitle(chart.metric), values: chart.bars.map((bar) => bar.value) }],
      bounds: chart.bounds,
      yMax: chart.unitRange ? 1 : undefined,
    }),
  );
  return charts.length ? section('group-charts', 'Groups against their bounds', `<div class="charts">${charts.join('')}</div>`) : '';
}

function calibrationSection(report: Report): string {
  const charts: string[] = [];
  const bins = filledCalibrationBins(report);
  if (bins.length) {
    charts.push(
      unitLineChart({
        title: 'Reliability diagram: observed positive rate per score bin',
        xLabel: 'mean score in bin',
        yLabel: 'observed positive rate',
        series: [{ name: 'model', points: bins.map((bin) => [bin.meanScore, bin.meanLabel]), markers: true }],
        diagonal: 'perfect calibration',
      }),
    );
  }
  const shares = scoreShares(report);
  if (shares.length) {
    charts.push(
      barChart({
        title: 'Score distribution by true label (share of each class per bin)',
        yLabel: 'share of the class',
        categories: shares.map(binLabel),
        series: [
          { name: 'label 0', values: shares.map((s) => s.negative) },
          { name: 'label 1', values: shares.map((s) => s.positive) },
        ],
      }),
    );
  }
  return charts.length ? section('calibration', 'Calibration and score distribution', `<div class="charts">${charts.join('')}</div>`) : '';
}

/** The groups with the most rows first, so the curves that are drawn are the best estimated. */
function curveSeries(
  report: Report,
  attribute: string,
  byGroup: Record<string, ScoreCurves>,
  pick: (c: ScoreCurves) => [number, number][],
): { series: LineSeries[]; left: number } {
  const blocks: Record<string, MetricBlock> = populationsOf(report, attribute) ?? {};
  const groups = Object.keys(byGroup)
    .filter((g) => pick(byGroup[g]).length > 0)
    .sort((a, b) => (blocks[b]?.n ?? 0) - (blocks[a]?.n ?? 0) || (a < b ? -1 : 1));
  const shown = groups.slice(0, MAX_CURVES);
  const overall = report.curves ? pick(report.curves.overall) : [];
  const series: LineSeries[] = [
    ...(overall.length ? [{ name: 'overall', points: overall, dashed: true }] : []),
    ...shown.map((group) => ({ name: `${attribute}=${group}`, points: pick(byGroup[group]) })),
  ];
  return { series, left: groups.length - shown.length };
}

const rocPoints = (c: ScoreCurves): [number, number][] => c.roc.fpr.map((x, i) => [x, c.roc.tpr[i]]);
const prPoints = (c: ScoreCurves): [number, number][] => c.pr.recall.map((x, i) => [x, c.pr.precision[i]]);

function curvesSection(report: Report): string {
  const curves = report.curves;
  if (!curves) return '';
  const charts: string[] = [];
  const attributes = Object.keys(curves.groups);
  const tables: [string, Record<string, ScoreCurves>][] = attributes.length ? attributes.map((a) => [a, curves.groups[a]]) : [['', {}]];
  for (const [attribute, byGroup] of tables) {
    const by = attribute ? ` by ${attribute}` : '';
    const roc = curveSeries(report, attribute, byGroup, rocPoints);
    const pr = curveSeries(report, attribute, byGroup, prPoints);
    const note = (left: number) => (left ? ` (${left} smaller groups not drawn)` : '');
    if (roc.series.length)
      charts.push(
        unitLineChart({
          title: `ROC curve${by}${note(roc.left)}`,
          xLabel: 'false positive rate',
          yLabel: 'true positive rate',
          series: roc.series,
          diagonal: 'chance',
        }),
      );
    if (pr.series.length)
      charts.push(
        unitLineChart({ title: `Precision-recall curve${by}${note(pr.left)}`, xLabel: 'recall', yLabel: 'precision', series: pr.series }),
      );
  }
  return charts.length ? section('curves', 'ROC and precision-recall curves', `<div class="charts">${charts.join('')}</div>`) : '';
}

const metricKeys = (block: MetricBlock) => Object.keys(block).filter((key) => key !== 'n' && key !== 'weighted_n');

function populationTables(report: Report): string {
  const kinds: [string, Record<string, Record<string, MetricBlock>>][] = [
    ['Groups', report.metrics.groups],
    ['Intersection', report.metrics.intersections],
    ['Slices', report.metrics.slices],
  ];
  const parts: string[] = [];
  for (const [word, table] of kinds) {
    for (const [attribute, blocks] of Object.entries(table)) {
      const metrics = [...new Set(Object.values(blocks).flatMap(metricKeys))];
      const intervals = ownValue(report.intervals.groups, attribute);
      const rows = Object.entries(blocks).map(([group, block]) => [
        h(group),
        formatCount(block.n),
        formatCount(block.weighted_n),
        ...metrics.map((m) => {
          const interval = ownValue(intervals, group)?.[m];
          return interval && block[m] !== null && block[m] !== undefined
            ? `${formatNumber(block[m])} ${formatInterval(interval)}`
            : formatNumber(block[m]);
        }),
      ]);
      const headers = [h(attribute), 'n', 'weighted n', ...metrics.map((m) => h(metricTitle(m)))];
      parts.push(
        folded(
          `${word}: ${h(attribute)} (${Object.keys(blocks).length} values)`,
          tableHtml(
            headers,
            rows,
            headers.map((_, i) => i > 0),
          ),
        ),
      );
    }
  }
  return parts.length ? section('groups', 'Groups, intersections and slices', parts.join('')) : '';
}

function detailSection(report: Report): string {
  const overall = report.metrics.overall;
  const overallTable = tableHtml(
    ['Metric', 'Value', 'Interval'],
    [
      ['n', formatCount(overall.n), '—'],
      ['weighted n', formatCount(overall.weighted_n), '—'],
      ...metricKeys(overall).map((m) => [h(metricTitle(m)), formatNumber(overall[m]), formatOverallInterval(report.intervals, m)]),
    ],
    [false, true, true],
  );
  const disparityRows = Object.entries(report.disparities).flatMap(([attribute, byMetric]) =>
    Object.entries(byMetric).map(([metric, d]) => [
      h(attribute),
      h(disparityTitle(metric, d)),
      formatNumber(d.value),
      formatInterval(d.interval),
      [
        d.groups.min !== undefined ? `lowest: ${h(d.groups.min)}` : '',
        d.groups.max !== undefined ? `highest: ${h(d.groups.max)}` : '',
        d.undefined_groups.length ? `undefined: ${d.undefined_groups.map(h).join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ') || '—',
      h(d.definition),
    ]),
  );
  const data = report.data;
  const skipped = Object.entries(data.rowsSkipped).filter(([, n]) => (n ?? 0) > 0);
  const dataRows = [
    ['Files', data.files.map(h).join(', ') || '—'],
    ['Format', h(data.format)],
    ['Task', h(data.task)],
    ['Rows read', formatCount(data.rowsRead)],
    ['Rows used', formatCount(data.rowsUsed)],
    ['Rows skipped', skipped.length ? skipped.map(([reason, n]) => `${h(reason)}: ${n}`).join(', ') : '0'],
    ...(data.threshold_rule ? [['Threshold', h(data.threshold_rule)]] : []),
    ...(report.bootstrap
      ? [
          [
            'Bootstrap',
            `${report.bootstrap.replicates} replicates, level ${formatNumber(report.bootstrap.level)}, seed ${report.bootstrap.seed}, ${h(report.bootstrap.method)}`,
          ],
        ]
      : []),
    ...(report.config.file || report.config.sha256
      ? [
          [
            'Config',
            [report.config.file ? h(report.config.file) : '', report.config.sha256 ? `sha256 ${h(report.config.sha256)}` : '']
              .filter(Boolean)
              .join(', '),
          ],
        ]
      : []),
  ];
  const parts = [
    folded('Overall metrics', overallTable),
    disparityRows.length
      ? folded(
          'Disparities',
          tableHtml(['Attribute', 'Metric', 'Value', 'Interval', 'Extremes', 'Definition'], disparityRows, [false, false, true, true]),
        )
      : '',
    folded('Data', tableHtml(['Item', 'Value'], dataRows)),
    report.notes.length ? folded('Notes', `<ul>${report.notes.map((note) => `<li>${h(note)}</li>`).join('')}</ul>`) : '',
  ];
  return section('details', 'Details', parts.join(''));
}

export function renderHtml(report: AnyReport): string {
  const attention = attentionChecks(report);
  // Metrics, groups, data and baseline belong to an evaluation; an error report or another gate's has none.
  const evaluation = hasEvaluation(report) ? report : null;
  const title = `modelgate ${report.gate}: ${report.verdict}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${h(title)}</title><style>${STYLE}</style></head><body>`,
    header(report),
    '<main>',
    attentionList(report, attention, report.checks.length),
    behavioralSection(report),
    evaluation ? baselineSection(evaluation) : '',
    // The checks table before the charts: a reviewer reads what was held to which bound first, the pictures after.
    checksSection(report, attention),
    gateSectionsHtml(report),
    ...(evaluation
      ? [
          groupChartsSection(evaluation),
          calibrationSection(evaluation),
          curvesSection(evaluation),
          populationTables(evaluation),
          detailSection(evaluation),
        ]
      : []),
    `<footer>Report schema ${report.schema_version}. Generated by modelgate; no script, no external resource.</footer>`,
    '</main></body></html>',
    '',
  ].join('\n');
}
