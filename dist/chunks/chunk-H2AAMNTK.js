import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  REPORT_SCHEMA_VERSION,
  countStatuses,
  exitCodeOf,
  formatValue,
  metricTitle,
  parseDisparity
} from "./chunk-R57OJ4BW.js";
import {
  ModelgateError,
  formatError,
  formatLocation
} from "./chunk-WP3TPMIS.js";

// shared/report/publish.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// shared/report/escape.ts
var LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var MENTION = /@/g;
var ZERO_WIDTH_SPACE = "\u200B";
function plainLine(text2) {
  return text2.replace(LINE_BREAKS, " ").replace(INVISIBLE, "");
}
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeMarkdown(text2) {
  return plainLine(text2).replace(/[&<>"']|[\\`*_[\]()#!~|$]/g, (c) => HTML_ENTITIES[c] ?? `\\${c}`).replace(MENTION, `@${ZERO_WIDTH_SPACE}`);
}
function escapeHtml(text2) {
  return plainLine(text2).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]).replace(MENTION, `@${ZERO_WIDTH_SPACE}`);
}
var NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
var XML_ENTITIES = { ...HTML_ENTITIES, "	": "&#9;", "\n": "&#10;", "\r": "&#13;" };
function escapeXml(text2, context) {
  const pattern = context === "attribute" ? /[&<>"'\t\n\r]/g : /[&<>"']/g;
  return text2.replace(NOT_XML, "").replace(pattern, (c) => XML_ENTITIES[c]);
}
function mermaidLabel(text2, maxLength = 40) {
  const kept = plainLine(text2).replace(/[^\p{L}\p{N} _.,:/+=()'-]/gu, "_").trim();
  const chars = [...kept];
  const short = chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join("")}\u2026` : kept;
  return short === "" ? "(empty)" : short;
}

// shared/report/format.ts
var STATUS_ICON = {
  pass: "\u2705",
  warn: "\u26A0\uFE0F",
  fail: "\u274C",
  error: "\u{1F6D1}",
  inconclusive: "\u2754"
};
function formatNumber(value) {
  return value === null || value === void 0 ? "\u2014" : formatValue(value);
}
function formatCount(value) {
  if (value === null || value === void 0) return "\u2014";
  return Number.isInteger(value) ? String(value) : formatValue(value);
}
function formatDelta(value) {
  return value !== null && value !== void 0 && value > 0 ? `+${formatValue(value)}` : formatNumber(value);
}
function formatInterval(interval) {
  return interval ? `[${formatValue(interval[0])}, ${formatValue(interval[1])}]` : "\u2014";
}
function formatBound(bound) {
  const parts = [];
  if (bound.min !== void 0) parts.push(`\u2265 ${formatValue(bound.min)}`);
  if (bound.max !== void 0) parts.push(`\u2264 ${formatValue(bound.max)}`);
  if (bound.max_drop !== void 0) parts.push(`drop \u2264 ${formatValue(bound.max_drop)}`);
  if (bound.max_relative_drop !== void 0) parts.push(`relative drop \u2264 ${formatValue(bound.max_relative_drop)}`);
  if (parts.length === 0) return "\u2014";
  const on = bound.on === "lower_bound" ? " (lower bound)" : bound.on === "upper_bound" ? " (upper bound)" : "";
  return parts.join(" and ") + on;
}
function formatStatus(status, rawStatus) {
  return status === rawStatus ? status : `${status} (was ${rawStatus})`;
}

// shared/report/markdown.ts
var ATTENTION_ORDER = ["fail", "error", "inconclusive", "warn"];
var CORE_GROUP_METRICS = ["selection_rate", "tpr", "fpr", "precision", "roc_auc"];
var MAX_FILES_SHOWN = 20;
var NULL_LEGEND = "\u2014 = undefined: a zero denominator (no positives, one class only) or no rows.";
var sizeOf = (text2) => Buffer.byteLength(text2, "utf8");
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function table(headers, rows, hasNull = false) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  const text2 = [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
  return hasNull ? `${text2}

${NULL_LEGEND}` : text2;
}
var isNull = (value) => value === null || value === void 0;
function details(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}
function verdictLine(report) {
  const c = report.counts;
  const parts = [`${c.fail} failed`];
  if (c.error > 0) parts.push(plural(c.error, "error"));
  parts.push(plural(c.warn, "warning"), `${c.inconclusive} inconclusive`);
  return `### ${STATUS_ICON[report.verdict]} modelgate ${escapeMarkdown(report.gate)}: **${report.verdict}** \u2014 ${parts.join(", ")} of ${plural(report.checks.length, "check")}`;
}
function errorLine(error, maxMessageChars = Infinity) {
  const where = formatLocation({ file: error.file, line: error.line, column: error.column, path: error.path });
  const chars = [...error.message];
  const message = chars.length > maxMessageChars ? `${chars.slice(0, maxMessageChars).join("")}\u2026` : error.message;
  return `${STATUS_ICON.error} **${escapeMarkdown(error.kind)}**${where ? ` at ${escapeMarkdown(where)}` : ""}: ${escapeMarkdown(message)}`;
}
function valueCell(check) {
  const value = check.value === null ? "\u2014 (undefined)" : formatNumber(check.value);
  if (!check.baseline) return value;
  return `${value} (baseline ${formatNumber(check.baseline.value)}, \u0394 ${formatDelta(check.baseline.delta)})`;
}
function intervalCell(check) {
  const deltaInterval = check.baseline?.delta_interval;
  return deltaInterval ? `${formatInterval(check.interval)}, \u0394 ${formatInterval(deltaInterval)}` : formatInterval(check.interval);
}
var CHECK_HEADERS = ["Status", "Check", "Value", "Bound", "Interval", "n", "Reason"];
function checkRow(check) {
  return [
    `${STATUS_ICON[check.status]} ${formatStatus(check.status, check.raw_status)}`,
    escapeMarkdown(check.title),
    valueCell(check),
    formatBound(check.bound),
    intervalCell(check),
    formatCount(check.n),
    escapeMarkdown(check.reason)
  ];
}
function attentionChecks(checks) {
  return ATTENTION_ORDER.flatMap((status) => checks.filter((check) => check.status === status));
}
function populationsOf(report, attribute) {
  const { groups, intersections, slices } = report.metrics;
  return groups[attribute] ?? intersections[attribute] ?? slices[attribute];
}
function comparedMetrics(disparityMetric) {
  const parsed = parseDisparity(disparityMetric);
  if (!parsed) return [];
  return parsed.base === "equalized_odds" ? ["tpr", "fpr"] : [parsed.base];
}
function isDisparityOver(report, check, attribute) {
  return report.disparities[attribute]?.[check.metric] !== void 0 && check.id.includes(`[${attribute}]`);
}
function groupCharts(report) {
  const charts = /* @__PURE__ */ new Map();
  const add = (attribute, metric, check) => {
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
  return [...charts.values()];
}
function uniqueLabels(values) {
  const seen = /* @__PURE__ */ new Map();
  return values.map((value) => {
    const label = mermaidLabel(value);
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    return count === 1 ? label : `${label} (${count})`;
  });
}
var chartNumber = (value) => String(Number(value.toPrecision(4)));
function mermaidChart(report, chart) {
  const blocks = populationsOf(report, chart.attribute) ?? {};
  const points = Object.entries(blocks).map(([group, block]) => ({ group, value: block[chart.metric] })).filter((p) => typeof p.value === "number" && Number.isFinite(p.value));
  if (points.length === 0) return null;
  const omitted = Object.keys(blocks).length - points.length;
  const levelChecks = chart.checks.filter((check) => check.metric === chart.metric && !check.baseline);
  const bounds = [levelChecks[0]?.bound.min, levelChecks[0]?.bound.max].filter((b) => b !== void 0);
  const sameBounds = levelChecks.every((c) => c.bound.min === levelChecks[0].bound.min && c.bound.max === levelChecks[0].bound.max);
  const lines = sameBounds ? bounds : [];
  const values = [...points.map((p) => p.value), ...lines];
  const unitRange = values.every((v) => v >= 0 && v <= 1) ? " 0 --> 1" : "";
  const title = `${metricTitle(chart.metric)} by ${chart.attribute}` + (lines.length ? `, line at the bound ${lines.map(chartNumber).join(" and ")}` : "") + (omitted ? `, ${omitted} undefined not shown` : "");
  const labels = uniqueLabels(points.map((p) => p.group)).map((label) => `"${label}"`);
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${mermaidLabel(title, 120)}"`,
    `  x-axis [${labels.join(", ")}]`,
    `  y-axis "${mermaidLabel(metricTitle(chart.metric))}"${unitRange}`,
    `  bar [${points.map((p) => chartNumber(p.value)).join(", ")}]`,
    ...lines.map((bound) => `  line [${points.map(() => chartNumber(bound)).join(", ")}]`),
    "```"
  ].join("\n");
}
function populationMetrics(report, attribute, blocks) {
  const wanted = [];
  for (const check of report.checks) {
    if (check.scope?.[attribute] !== void 0) wanted.push(check.metric);
    if (isDisparityOver(report, check, attribute)) wanted.push(...comparedMetrics(check.metric));
  }
  wanted.push(...CORE_GROUP_METRICS);
  const present = (metric) => Object.values(blocks).some((block) => metric in block);
  return [...new Set(wanted)].filter((metric) => metric !== "n" && metric !== "weighted_n" && present(metric));
}
function valueWithInterval(value, interval) {
  return interval && value !== null && value !== void 0 ? `${formatNumber(value)} ${formatInterval(interval)}` : formatNumber(value);
}
function populationTable(report, attribute, blocks) {
  const metrics = populationMetrics(report, attribute, blocks);
  const intervals = report.intervals.groups[attribute];
  const hasNull = Object.values(blocks).some((block) => metrics.some((m) => isNull(block[m])));
  return table(
    [escapeMarkdown(attribute), "n", "weighted n", ...metrics.map((m) => escapeMarkdown(metricTitle(m)))],
    Object.entries(blocks).map(([group, block]) => [
      escapeMarkdown(group),
      formatCount(block.n),
      formatCount(block.weighted_n),
      ...metrics.map((m) => valueWithInterval(block[m], intervals?.[group]?.[m]))
    ]),
    hasNull
  );
}
function populationSections(report, kind, word) {
  return Object.entries(report.metrics[kind]).map(([attribute, blocks]) => details(`${word}: ${escapeHtml(attribute)} (${plural(Object.keys(blocks).length, "value")})`, populationTable(report, attribute, blocks)));
}
var metricKeys = (block) => Object.keys(block).filter((key) => key !== "n" && key !== "weighted_n");
function overallSection(report) {
  const overall = report.metrics.overall;
  const rows = [
    ["n", formatCount(overall.n), "\u2014"],
    ["weighted n", formatCount(overall.weighted_n), "\u2014"],
    ...metricKeys(overall).map((m) => [escapeMarkdown(metricTitle(m)), formatNumber(overall[m]), formatInterval(report.intervals.overall[m])])
  ];
  return details("Overall metrics", table(["Metric", "Value", "Interval"], rows, metricKeys(overall).some((m) => isNull(overall[m]))));
}
function disparitySection(report) {
  const rows = [];
  let hasNull = false;
  for (const [attribute, byMetric] of Object.entries(report.disparities)) {
    for (const [metric, d] of Object.entries(byMetric)) {
      hasNull ||= d.value === null;
      const extremes = [
        d.groups.min !== void 0 ? `lowest: ${escapeMarkdown(d.groups.min)}` : "",
        d.groups.max !== void 0 ? `highest: ${escapeMarkdown(d.groups.max)}` : "",
        d.undefined_groups.length ? `undefined: ${d.undefined_groups.map(escapeMarkdown).join(", ")}` : ""
      ].filter(Boolean);
      rows.push([
        escapeMarkdown(attribute),
        escapeMarkdown(metricTitle(metric)),
        formatNumber(d.value),
        formatInterval(d.interval),
        extremes.join("; ") || "\u2014",
        escapeMarkdown(d.definition)
      ]);
    }
  }
  if (rows.length === 0) return null;
  return details("Disparities", table(["Attribute", "Metric", "Value", "Interval", "Extremes", "Definition"], rows, hasNull));
}
function baselineSection(report) {
  const baseline = report.baseline;
  if (!baseline) return null;
  const candidate = report.metrics.overall;
  const overallChecks = report.checks.filter((c) => c.baseline && !c.scope);
  const rows = [
    ["n", formatCount(candidate.n), formatCount(baseline.metrics.n), "\u2014", "\u2014"],
    ...metricKeys(baseline.metrics).map((m) => {
      const c = candidate[m] ?? null;
      const b = baseline.metrics[m] ?? null;
      const delta = c === null || b === null ? null : c - b;
      const interval = overallChecks.find((check) => check.metric === m)?.baseline?.delta_interval;
      return [escapeMarkdown(metricTitle(m)), formatNumber(c), formatNumber(b), formatDelta(delta), formatInterval(interval)];
    })
  ];
  const hasNull = metricKeys(baseline.metrics).some((m) => isNull(candidate[m]) || isNull(baseline.metrics[m]));
  const intro = `Baseline ${escapeMarkdown(baseline.file)}, rows joined by ${escapeMarkdown(baseline.join)}.`;
  return details("Baseline comparison", `${intro}

${table(["Metric", "Candidate", "Baseline", "Delta", "Delta interval"], rows, hasNull)}`);
}
function dataSection(report) {
  const data = report.data;
  const files = data.files.slice(0, MAX_FILES_SHOWN).map(escapeMarkdown).join(", ") + (data.files.length > MAX_FILES_SHOWN ? ` and ${data.files.length - MAX_FILES_SHOWN} more` : "");
  const skipped = Object.entries(data.rowsSkipped).filter(([, n]) => (n ?? 0) > 0);
  const skippedTotal = skipped.reduce((sum, [, n]) => sum + (n ?? 0), 0);
  const rows = [
    ["Files", files || "\u2014"],
    ["Format", escapeMarkdown(data.format)],
    ["Task", escapeMarkdown(data.task)],
    ["Rows read", formatCount(data.rowsRead)],
    ["Rows used", formatCount(data.rowsUsed)],
    ["Rows skipped", skipped.length ? `${skippedTotal} (${skipped.map(([reason, n]) => `${escapeMarkdown(reason)}: ${n}`).join(", ")})` : "0"],
    ["Bytes", formatCount(data.bytes)]
  ];
  if (data.threshold !== void 0 || data.threshold_rule !== void 0) {
    rows.push(["Threshold", [data.threshold !== void 0 ? formatNumber(data.threshold) : "", data.threshold_rule ? escapeMarkdown(data.threshold_rule) : ""].filter(Boolean).join(": ")]);
  }
  if (report.bootstrap) {
    const b = report.bootstrap;
    rows.push(["Bootstrap", `${b.replicates} replicates, level ${formatNumber(b.level)}, seed ${b.seed}, ${escapeMarkdown(b.method)}`]);
  }
  if (report.config.file || report.config.sha256) {
    rows.push(["Config", [report.config.file ? escapeMarkdown(report.config.file) : "", report.config.sha256 ? `sha256 ${escapeMarkdown(report.config.sha256)}` : ""].filter(Boolean).join(", ")]);
  }
  let body = table(["Item", "Value"], rows);
  if (data.skippedSamples.length) {
    body += `

First skipped rows:

${table(["Where", "Column", "Value", "Reason"], data.skippedSamples.map((s) => [
      escapeMarkdown(formatLocation({ file: s.file, line: s.line })),
      escapeMarkdown(s.column),
      escapeMarkdown(s.value),
      escapeMarkdown(s.reason)
    ]))}`;
  }
  return details("Data", body);
}
function notesSection(report) {
  if (report.notes.length === 0) return null;
  return details("Notes", report.notes.map((note) => `- ${escapeMarkdown(note)}`).join("\n"));
}
function link(label, url) {
  if (!/^https?:\/\//i.test(url)) return `${label}: ${escapeMarkdown(url)}`;
  const safe = url.replace(/[\s<>\\`"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return `[${label}](<${safe}>)`;
}
function linksLine(links) {
  const parts = [];
  if (links?.htmlReport) parts.push(link("HTML report", links.htmlReport));
  if (links?.run) parts.push(link("workflow run", links.run));
  return parts.length ? `Full report: ${parts.join(" \xB7 ")}` : null;
}
function checkMarker(marker) {
  if (!/^<!--[^\n]*-->$/.test(marker) || marker.indexOf("-->") !== marker.length - 3) {
    throw new TypeError(`marker must be one hidden HTML comment such as <!-- modelgate:evaluate -->, got ${JSON.stringify(marker)}`);
  }
}
var LEVELS = [
  { omit: [] },
  { omit: ["group, intersection and slice tables"] },
  { omit: ["group, intersection and slice tables", "passing checks and charts"] },
  { omit: ["group, intersection and slice tables", "passing checks and charts", "overall metrics, disparities, baseline, data and notes"] }
];
function renderMarkdown(report, options) {
  if (options.marker !== void 0) checkMarker(options.marker);
  const attention = attentionChecks(report.checks);
  const attentionRows = attention.map(checkRow);
  const attentionSet = new Set(attention);
  const passing = report.checks.filter((check) => !attentionSet.has(check));
  const charts = groupCharts(report).map((chart) => ({ text: mermaidChart(report, chart), attention: chart.checks.some((c) => attentionSet.has(c)) }));
  const attentionCharts = charts.filter((c) => c.attention && c.text).map((c) => c.text);
  const otherCharts = charts.filter((c) => !c.attention && c.text).map((c) => c.text);
  const links = linksLine(options.links);
  const populationDetails = [
    ...otherCharts.length ? [details("Group charts", otherCharts.join("\n\n"))] : [],
    ...populationSections(report, "groups", "Groups"),
    ...populationSections(report, "intersections", "Intersection"),
    ...populationSections(report, "slices", "Slices")
  ];
  const passingDetails = passing.length ? details(`Passing checks (${passing.length})`, table(CHECK_HEADERS, passing.map(checkRow))) : null;
  const otherDetails = [overallSection(report), disparitySection(report), baselineSection(report), dataSection(report), notesSection(report)];
  const compose = (level, shownRows, maxMessageChars) => {
    const head = report.error ? `${verdictLine(report)}
${errorLine(report.error, maxMessageChars)}` : verdictLine(report);
    const blocks = [options.marker ?? null, head];
    if (attentionRows.length) blocks.push(shownRows > 0 ? table(CHECK_HEADERS, attentionRows.slice(0, shownRows)) : null);
    else if (report.checks.length) blocks.push(`All ${plural(report.checks.length, "check")} passed.`);
    if (shownRows < attentionRows.length) blocks.push(`\u2026 ${plural(attentionRows.length - shownRows, "more check")}, see the full report.`);
    blocks.push(links);
    const omitted = LEVELS[level].omit;
    if (level < 2) blocks.push(...attentionCharts, passingDetails);
    if (level < 1) blocks.push(...populationDetails);
    if (level < 3) blocks.push(...otherDetails);
    if (omitted.length) blocks.push(`_Left out to fit the size limit: ${omitted.join("; ")}. See the full report._`);
    const [marker, ...rest] = blocks;
    const body = rest.filter((b) => b !== null).join("\n\n");
    return `${marker ? `${marker}
` : ""}${body}
`;
  };
  const fits = (text2) => sizeOf(text2) <= options.maxChars;
  for (let level = 0; level < LEVELS.length; level++) {
    const text2 = compose(level, attentionRows.length);
    if (fits(text2)) return text2;
  }
  const last = LEVELS.length - 1;
  let lo = 0;
  let hi = attentionRows.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(compose(last, mid))) lo = mid;
    else hi = mid - 1;
  }
  const rowsText = compose(last, lo);
  if (fits(rowsText)) return rowsText;
  const messageLength = [...report.error?.message ?? ""].length;
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

// shared/report/junit.ts
var attr = (text2) => escapeXml(text2, "attribute");
var text = (value) => escapeXml(value, "text");
function evidence(check) {
  const lines = [
    `status: ${formatStatus(check.status, check.raw_status)}`,
    `reason: ${check.reason}`,
    `metric: ${check.metric}`,
    `value: ${check.value === null ? "\u2014 (undefined)" : formatNumber(check.value)}`,
    `bound: ${formatBound(check.bound)}`,
    `interval: ${formatInterval(check.interval)}`,
    `n: ${formatCount(check.n)}`
  ];
  if (check.scope) lines.push(`scope: ${Object.entries(check.scope).map(([k, v]) => `${k}=${v}`).join(", ")}`);
  if (check.baseline) {
    lines.push(`baseline: ${formatNumber(check.baseline.value)}, delta ${formatDelta(check.baseline.delta)} ${formatInterval(check.baseline.delta_interval)}`);
  }
  const where = formatLocation(check.rule);
  lines.push(`rule: gates[${check.rule.index}]${where ? ` at ${where}` : ""}`);
  return lines.join("\n");
}
function testCase(check) {
  const details2 = text(evidence(check));
  const message = attr(check.reason);
  switch (check.status) {
    case "pass":
      if (check.raw_status === "inconclusive") {
        return { name: check.id, outcome: "skipped", body: `<skipped message="${attr(`inconclusive, passed by policy: ${check.reason}`)}">${details2}</skipped>` };
      }
      return { name: check.id, outcome: "pass", body: "" };
    case "warn":
      return { name: check.id, outcome: "pass", body: `<system-out>${text("warning: ")}${details2}</system-out>` };
    case "error":
      return { name: check.id, outcome: "error", body: `<error message="${message}" type="error">${details2}</error>` };
    case "fail":
      return { name: check.id, outcome: "failure", body: `<failure message="${message}" type="${attr(check.raw_status)}">${details2}</failure>` };
    case "inconclusive":
      return { name: check.id, outcome: "failure", body: `<failure message="${message}" type="inconclusive">${details2}</failure>` };
  }
}
function gateErrorCase(report) {
  const error = report.error ?? { kind: "Error", message: "the gate could not be evaluated and the report names no error" };
  const where = formatLocation({ file: error.file, line: error.line, column: error.column, path: error.path });
  const line = `${error.kind}: ${where ? `${where}: ` : ""}${error.message}`;
  return { name: "gate", outcome: "error", body: `<error message="${attr(error.message)}" type="${attr(error.kind)}">${text(line)}</error>` };
}
function renderJunit(report) {
  const cases = report.checks.map(testCase);
  if (report.error || report.verdict === "error" && report.checks.length === 0) cases.push(gateErrorCase(report));
  const count = (outcome) => cases.filter((c) => c.outcome === outcome).length;
  const suiteName = attr(`modelgate ${report.gate}`);
  const totals = `tests="${cases.length}" failures="${count("failure")}" errors="${count("error")}" skipped="${count("skipped")}"`;
  const classname = attr(`modelgate.${report.gate}`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="modelgate" ${totals}>`,
    `  <testsuite name="${suiteName}" ${totals}>`,
    "    <properties>",
    `      <property name="verdict" value="${attr(report.verdict)}"/>`,
    `      <property name="schema_version" value="${report.schema_version}"/>`,
    ...report.config.file ? [`      <property name="config" value="${attr(report.config.file)}"/>`] : [],
    "    </properties>",
    ...cases.map((c) => {
      const open = `    <testcase classname="${classname}" name="${attr(c.name)}"`;
      return c.body ? `${open}>
      ${c.body}
    </testcase>` : `${open}/>`;
    }),
    "  </testsuite>",
    "</testsuites>"
  ];
  return `${lines.join("\n")}
`;
}

// shared/report/index.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// shared/report/publish.ts
var SUMMARY_LIMIT = 1024 * 1024;
var COMMENT_LIMIT = 65536;
function commentMarker(gate) {
  return `<!-- modelgate:${gate} -->`;
}
async function writeReportFiles(report, outDir) {
  await mkdir(outDir, { recursive: true });
  const files = {
    json: path.join(outDir, "report.json"),
    markdown: path.join(outDir, "summary.md"),
    junit: path.join(outDir, "junit.xml")
  };
  await writeFile(files.json, renderJson(report));
  await writeFile(files.markdown, renderMarkdown(report, { maxChars: SUMMARY_LIMIT }));
  await writeFile(files.junit, renderJunit(report));
  return files;
}
async function publishReport(report, platform, outDir) {
  const files = await writeReportFiles(report, outDir);
  const failed = report.checks.filter((c) => c.status === "fail" || c.status === "inconclusive" || c.status === "error");
  for (const check of report.checks) {
    if (check.status === "pass") continue;
    platform.annotate({
      level: check.status === "warn" ? "warning" : "error",
      title: `modelgate ${report.gate}: ${check.title}`,
      message: check.reason,
      file: check.rule.file,
      line: check.rule.line,
      column: check.rule.column
    });
  }
  if (report.error) {
    platform.annotate({ level: "error", title: `modelgate ${report.gate}: ${report.error.kind}`, message: report.error.message, file: report.error.file, line: report.error.line });
  }
  await platform.writeSummary(renderMarkdown(report, { maxChars: SUMMARY_LIMIT }));
  const comment = await platform.upsertReviewComment(
    commentMarker(report.gate),
    renderMarkdown(report, { maxChars: COMMENT_LIMIT, marker: commentMarker(report.gate) })
  );
  if (comment.outcome === "skipped") platform.info(`Review comment not posted: ${comment.reason}`);
  else platform.info(`Review comment ${comment.outcome}${comment.url ? `: ${comment.url}` : ""}`);
  platform.setOutput("verdict", report.verdict);
  platform.setOutput("report", files.json);
  platform.setOutput("failed-checks", String(failed.length));
  return files;
}

// shared/commands/run.ts
function errorReport(gate, error) {
  const known = error instanceof ModelgateError ? error : null;
  const message = known ? formatError(known).replace(/^\w+: /, "") : `internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`;
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    gate,
    verdict: "error",
    counts: countStatuses([]),
    checks: [],
    metrics: { overall: { n: 0, weighted_n: 0 }, groups: {}, intersections: {}, slices: {} },
    intervals: { overall: {}, groups: {} },
    disparities: {},
    data: { files: [], format: "csv", rowsRead: 0, rowsUsed: 0, rowsSkipped: {}, skippedSamples: [], bytes: 0, task: "unknown" },
    config: {},
    notes: [],
    error: {
      kind: known?.kind ?? "InternalError",
      message,
      ...known?.location.file ? { file: known.location.file } : {},
      ...known?.location.line !== void 0 ? { line: known.location.line } : {},
      ...known?.location.column !== void 0 ? { column: known.location.column } : {},
      ...known?.location.path ? { path: known.location.path } : {}
    }
  };
}
async function runGate(gate, platform, outDir, body) {
  let report;
  try {
    const produced = await body();
    if (produced === null) return { report: null, exitCode: 0 };
    report = produced;
  } catch (error) {
    platform.error(formatError(error));
    report = errorReport(gate, error);
  }
  const files = await publishReport(report, platform, outDir);
  platform.info(`modelgate ${gate}: ${report.verdict} (report: ${files.json}, ${files.markdown}, ${files.junit})`);
  return { report, exitCode: exitCodeOf(report.verdict) };
}

export {
  errorReport,
  runGate
};
