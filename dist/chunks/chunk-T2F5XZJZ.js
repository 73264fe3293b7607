import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  orderTests
} from "./chunk-5V7E2M3B.js";
import {
  higherIsBetter
} from "./chunk-TIRKBGY6.js";
import {
  parseDisparity
} from "./chunk-3XEZIFGU.js";
import {
  STATUS_ICON,
  formatBound,
  formatCount,
  formatDelta,
  formatEvidence,
  formatInterval,
  formatNumber,
  formatOverallInterval,
  formatPValue,
  formatStatus,
  reasonWithEvidence,
  verdictDetail
} from "./chunk-HA7OEFXU.js";
import {
  hasEvaluation,
  ownValue
} from "./chunk-GWICTQE2.js";
import {
  metricTitle
} from "./chunk-6FWDVCS2.js";
import {
  formatLocation
} from "./chunk-JUZ7LOQF.js";

// shared/report/publish.ts
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// shared/report/history.ts
var HISTORY_LENGTH = 5;
var HISTORY_PATTERN = /<!-- modelgate:history (\[[^]*?\]) -->/;
var VERDICTS = /* @__PURE__ */ new Set(["pass", "warn", "fail", "error"]);
var SHA = /^[0-9a-f]{7,64}$/i;
function runRecord(report, context) {
  const { fail, warn, inconclusive, error } = report.counts;
  return {
    sha: context.sha && SHA.test(context.sha) ? context.sha.toLowerCase() : null,
    verdict: report.verdict,
    counts: { fail, warn, inconclusive, error },
    ...context.url && isWebUrl(context.url) ? { url: context.url } : {}
  };
}
function isWebUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:";
  } catch {
    return false;
  }
}
var isCount = (value) => Number.isSafeInteger(value) && value >= 0;
function validRecord(value) {
  if (typeof value !== "object" || value === null) return null;
  const { sha, verdict, counts, url } = value;
  if (!(sha === null || typeof sha === "string" && SHA.test(sha))) return null;
  if (typeof verdict !== "string" || !VERDICTS.has(verdict)) return null;
  if (typeof counts !== "object" || counts === null) return null;
  const { fail, warn, inconclusive, error } = counts;
  if (![fail, warn, inconclusive, error].every(isCount)) return null;
  return {
    sha,
    verdict,
    counts: { fail, warn, inconclusive, error },
    ...typeof url === "string" && isWebUrl(url) ? { url } : {}
  };
}
function readHistory(body) {
  const match = body ? HISTORY_PATTERN.exec(body) : null;
  if (!match) return [];
  let parsed;
  try {
    parsed = JSON.parse(match[1]);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.map(validRecord).filter((r) => r !== null).slice(0, HISTORY_LENGTH + 1);
}
function hiddenJson(value) {
  return JSON.stringify(value).replace(/[<>&-]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function commitCell(record) {
  if (!record.sha) return "unknown commit";
  const short = `\`${record.sha.slice(0, 7)}\``;
  return record.url ? `[${short}](<${record.url.replace(/[\s<>|\\`]/g, encodeURIComponent)}>)` : short;
}
function historyBlock(current, previous) {
  const shown = previous.slice(0, HISTORY_LENGTH);
  const hidden = `<!-- modelgate:history ${hiddenJson([current, ...shown])} -->`;
  if (shown.length === 0) return hidden;
  const rows = shown.map(
    (run) => `| ${commitCell(run)} | ${STATUS_ICON[run.verdict]} ${run.verdict} | ${run.counts.fail} | ${run.counts.warn} | ${run.counts.inconclusive} | ${run.counts.error} |`
  );
  const table2 = ["| Commit | Verdict | Failed | Warnings | Inconclusive | Errors |", "| --- | --- | --- | --- | --- | --- |", ...rows].join(
    "\n"
  );
  return `<details><summary>Previous runs (${shown.length}), newest first</summary>

${table2}

</details>
${hidden}`;
}

// shared/report/charts.ts
function populationsOf(report, attribute) {
  const { groups, intersections, slices } = report.metrics;
  return ownValue(groups, attribute) ?? ownValue(intersections, attribute) ?? ownValue(slices, attribute);
}
function disparityOf(report, check, attribute) {
  if (!check.id.includes(`[${attribute}]`)) return void 0;
  return ownValue(ownValue(report.disparities, attribute), check.disparity_key ?? check.metric);
}
function comparedMetrics(disparityMetric) {
  const parsed = parseDisparity(disparityMetric);
  if (!parsed) return [];
  return parsed.base === "equalized_odds" ? ["tpr", "fpr"] : [parsed.base];
}
function disparityTitle(key, disparity) {
  const metric = disparity.metric ?? key;
  return key === metric || !key.startsWith(metric) ? metricTitle(key) : `${metricTitle(metric)}${key.slice(metric.length)}`;
}
function isDisparityOver(report, check, attribute) {
  return disparityOf(report, check, attribute) !== void 0;
}
function groupBarCharts(report) {
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
  const out = [];
  for (const { attribute, metric, checks } of charts.values()) {
    const blocks = populationsOf(report, attribute) ?? {};
    const bars = Object.entries(blocks).map(([group, block]) => ({ group, value: block[metric] })).filter((p) => typeof p.value === "number" && Number.isFinite(p.value));
    if (bars.length === 0) continue;
    const omitted = Object.keys(blocks).length - bars.length;
    const levelChecks = checks.filter((check) => check.metric === metric && !check.baseline);
    const first = levelChecks[0]?.bound;
    const sameBounds = levelChecks.every((c) => c.bound.min === first?.min && c.bound.max === first?.max);
    let bounds = sameBounds && first ? [first.min, first.max].filter((b) => b !== void 0) : [];
    let boundWords = bounds.length ? `line at the bound ${bounds.map(chartNumber).join(" and ")}` : "";
    if (bounds.length === 0) ({ bounds, boundWords } = disparityLine(report, attribute, metric, checks, bars));
    const values = [...bars.map((p) => p.value), ...bounds];
    const title = `${metricTitle(metric)} by ${attribute}` + (boundWords ? `, ${boundWords}` : "") + (omitted ? `, ${omitted} undefined not shown` : "");
    out.push({ attribute, metric, checks, bars, omitted, bounds, title, unitRange: values.every((v) => v >= 0 && v <= 1) });
  }
  return out;
}
function disparityLine(report, attribute, metric, checks, bars) {
  const none = { bounds: [], boundWords: "" };
  const disparityChecks = checks.filter((check2) => isDisparityOver(report, check2, attribute));
  if (disparityChecks.length !== 1) return none;
  const [check] = disparityChecks;
  const disparity = disparityOf(report, check, attribute);
  const parsed = parseDisparity(check.metric);
  if (!parsed || disparity.relative_to !== "between_groups" || check.bound.on !== "point") return none;
  const compared = bars.filter((bar) => !disparity.undefined_groups.includes(bar.group));
  if (compared.length < 2) return none;
  const highest = Math.max(...compared.map((bar) => bar.value));
  if (parsed.kind === "ratio" && check.bound.min !== void 0) {
    const line = check.bound.min * highest;
    return { bounds: [line], boundWords: `line at ${chartNumber(check.bound.min)} times the highest group = ${chartNumber(line)}` };
  }
  if (parsed.kind === "difference" && check.bound.max !== void 0) {
    const line = highest - check.bound.max;
    return { bounds: [line], boundWords: `line at the highest group minus ${chartNumber(check.bound.max)} = ${chartNumber(line)}` };
  }
  return none;
}
function chartNumber(value) {
  return String(Number(value.toPrecision(4)));
}
function filledCalibrationBins(report) {
  return (report.calibration ?? []).filter(
    (bin) => bin.weight > 0 && bin.meanScore !== null && bin.meanLabel !== null
  );
}
function scoreShares(report) {
  const histogram = report.score_histogram ?? [];
  const negatives = histogram.reduce((sum, bin) => sum + bin.negative, 0);
  const positives = histogram.reduce((sum, bin) => sum + bin.positive, 0);
  if (negatives === 0 && positives === 0) return [];
  return histogram.map((bin) => ({
    lower: bin.lower,
    upper: bin.upper,
    negative: negatives > 0 ? bin.negative / negatives : 0,
    positive: positives > 0 ? bin.positive / positives : 0
  }));
}
function binLabel(bin) {
  return `${chartNumber(bin.lower)}-${chartNumber(bin.upper)}`;
}
function checkSampleSizes(report, check) {
  const attribute = /\[([^\]]*)\]$/.exec(check.id)?.[1];
  const evaluation = hasEvaluation(report) ? report : null;
  const disparity = attribute === void 0 || !evaluation ? void 0 : disparityOf(evaluation, check, attribute);
  const populations = attribute === void 0 || !evaluation ? void 0 : populationsOf(evaluation, attribute);
  if (disparity && populations) {
    const names = [disparity.groups.min, disparity.groups.max].filter((g, i, all) => g !== void 0 && all.indexOf(g) === i);
    const sizes = names.map((name) => [name, ownValue(populations, name)?.n]).filter(([, n]) => n !== void 0);
    if (sizes.length > 0) return { perGroup: true, text: sizes.map(([name, n]) => `${name}=${n}`).join(", ") };
  }
  return check.n === null ? null : { perGroup: false, text: String(check.n) };
}
function sampleSizeSuffix(report, check, escape) {
  const sizes = checkSampleSizes(report, check);
  if (sizes === null || /\bn=\d/.test(check.reason)) return "";
  return sizes.perGroup ? ` (n: ${escape(sizes.text)})` : ` (n=${escape(sizes.text)})`;
}

// shared/report/comparison.ts
function diffRows(report) {
  const baseline = report.baseline;
  if (!baseline) return [];
  const rows = /* @__PURE__ */ new Map();
  for (const check of report.checks) {
    const scope = Object.entries(check.scope ?? {});
    const disparityAttribute = Object.keys(report.disparities).find((attribute) => isDisparityOver(report, check, attribute));
    let row = null;
    if (disparityAttribute !== void 0) {
      const disparity = disparityOf(report, check, disparityAttribute);
      row = {
        label: `${disparityTitle(check.disparity_key ?? check.metric, disparity)} over ${disparityAttribute}`,
        metric: check.metric,
        candidate: disparity.value,
        baseline: ownValue(ownValue(baseline.disparities, disparityAttribute), check.disparity_key ?? check.metric)?.value ?? null,
        deltaInterval: null
      };
    } else if (scope.length === 0) {
      row = {
        label: metricTitle(check.metric),
        metric: check.metric,
        candidate: report.metrics.overall[check.metric] ?? null,
        baseline: baseline.metrics[check.metric] ?? null,
        deltaInterval: null
      };
    } else if (scope.length === 1) {
      const [attribute, value] = scope[0];
      row = {
        label: `${metricTitle(check.metric)} for ${attribute}=${value}`,
        metric: check.metric,
        candidate: ownValue(populationsOf(report, attribute), value)?.[check.metric] ?? null,
        baseline: ownValue(ownValue(baseline.groups, attribute), value)?.[check.metric] ?? null,
        deltaInterval: null
      };
    }
    if (!row) continue;
    const key = JSON.stringify([row.label, row.metric]);
    const known = rows.get(key) ?? row;
    known.deltaInterval ??= check.baseline?.delta_interval ?? null;
    rows.set(key, known);
  }
  return [...rows.values()].filter((row) => row.baseline !== null);
}
function direction(metric, delta) {
  if (delta === null) return "\u2014";
  if (delta === 0) return "= same";
  const better = delta > 0 === higherIsBetter(metric);
  return `${delta > 0 ? "\u2191" : "\u2193"} ${better ? "better" : "worse"}`;
}

// shared/report/behavioral.ts
var MAX_VALUE_CHARS = 60;
function testsOf(report) {
  const section2 = report.sections?.behavioral;
  const tests = Array.isArray(section2?.tests) ? section2.tests : [];
  return orderTests(tests);
}
function valuesText(values) {
  if (!values) return "";
  return Object.entries(values).map(([key, value]) => {
    const text3 = typeof value === "string" ? value : JSON.stringify(value ?? null);
    return `${key}=${text3.length > MAX_VALUE_CHARS ? `${text3.slice(0, MAX_VALUE_CHARS)}\u2026` : text3}`;
  }).join(", ");
}
function caseRow(c, m, withBaseline) {
  const perturbed = valuesText(c.perturbed);
  return [
    withBaseline && c.new ? `${c.case} (new)` : String(c.case),
    m.text(c.at),
    m.code(valuesText(c.input)),
    perturbed ? m.code(perturbed) : "\u2014",
    m.text(c.expected),
    m.text(c.got),
    ...withBaseline ? [c.baseline_got === void 0 ? "\u2014" : m.text(c.baseline_got)] : []
  ];
}
function behavioralBlock(report, m) {
  const tests = testsOf(report);
  if (tests.length === 0) return null;
  const checkOf = (name) => {
    const own = report.checks.filter((c) => c.id === `behavioral[${name}]` || c.id === `behavioral[${name}]:fail_rate`);
    return own.find((c) => c.status === "fail" || c.status === "error") ?? own.find((c) => c.status !== "pass") ?? own[0];
  };
  const withBaseline = tests.some((t) => t.baseline !== void 0);
  const failingTests = tests.filter((t) => t.failed > 0).length;
  const counts = m.table(
    [
      "Test",
      "Type",
      "Status",
      "Cases",
      "Failed",
      "Fail rate",
      "Max fail rate",
      ...withBaseline ? ["Baseline failed", "New failures", "Max new failures"] : []
    ],
    tests.map((t) => {
      const check = checkOf(t.name);
      const rateCheck = report.checks.find((c) => c.metric === "fail_rate" && c.id.startsWith(`behavioral[${t.name}]`));
      const newCheck = report.checks.find((c) => c.id === `behavioral[${t.name}]` && c.metric === "new_failures");
      return [
        m.text(t.name),
        t.type,
        check ? m.text(formatStatus(check.status, check.raw_status)) : "\u2014",
        formatCount(t.cases),
        formatCount(t.failed),
        formatNumber(t.fail_rate),
        rateCheck?.bound.max === void 0 ? "\u2014" : formatNumber(rateCheck.bound.max),
        ...withBaseline ? [
          t.baseline ? formatCount(t.baseline.failed) : "\u2014",
          t.baseline ? formatCount(t.baseline.new_failures) : "\u2014",
          newCheck?.bound.max === void 0 ? "\u2014" : formatCount(newCheck.bound.max)
        ] : []
      ];
    })
  );
  const failing = tests.filter((t) => t.failing.length > 0).map((t) => {
    const fresh = t.baseline ? `, ${t.baseline.new_failures} new against the baseline (${t.baseline.failed} fail there), new first` : "";
    return {
      summary: `Failing cases of ${t.name} (${t.type}): ${t.failed} of ${t.cases}${fresh}${t.failing.length < t.failed ? `, the first ${t.failing.length} shown` : ""}`,
      body: m.table(
        ["Case", "At", "Input", "Perturbation", "Expected", "Got", ...withBaseline ? ["Baseline got"] : []],
        t.failing.map((c) => caseRow(c, m, withBaseline))
      )
    };
  });
  const newFailing = tests.filter((t) => (t.baseline?.new_failures ?? 0) > 0).length;
  return {
    title: `Behavioral tests: ${failingTests} of ${tests.length} with failing cases${withBaseline ? `, ${newFailing} with new failures against the baseline model` : ""}`,
    counts,
    failing
  };
}

// shared/report/escape.ts
var LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var MENTION = /@/g;
var ZERO_WIDTH_SPACE = "\u200B";
var AUTOLINK_COLON = /(?<=[a-z0-9+.-]):(?=\/\/)|(?<=\b(?:mailto|xmpp)):/gi;
var AUTOLINK_WWW = /\b(www)\./gi;
function plainLine(text3) {
  return text3.replace(LINE_BREAKS, " ").replace(INVISIBLE, "");
}
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeMarkdown(text3) {
  return plainLine(text3).replace(/[&<>"']|[\\`*_[\]()#!~|$]/g, (c) => HTML_ENTITIES[c] ?? `\\${c}`).replace(AUTOLINK_COLON, "&#58;").replace(AUTOLINK_WWW, "$1\\.").replace(MENTION, `@${ZERO_WIDTH_SPACE}`);
}
function escapeHtml(text3) {
  return plainLine(text3).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]).replace(MENTION, `@${ZERO_WIDTH_SPACE}`);
}
var NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
var XML_ENTITIES = { ...HTML_ENTITIES, "	": "&#9;", "\n": "&#10;", "\r": "&#13;" };
function escapeXml(text3, context) {
  const pattern = context === "attribute" ? /[&<>"'\t\n\r]/g : /[&<>"']/g;
  return text3.replace(NOT_XML, "").replace(pattern, (c) => XML_ENTITIES[c]);
}
function mermaidLabel(text3, maxLength = 40) {
  const kept = plainLine(text3).replace(/[^\p{L}\p{N} _.,:/+=()'-]/gu, "_").trim();
  const chars = [...kept];
  const short = chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join("")}\u2026` : kept;
  return short === "" ? "(empty)" : short;
}

// shared/shadow-compare/sections.ts
var MAX_CLASSES_SHOWN = 12;
var MAX_SEGMENTS_SHOWN = 30;
var pct = (x) => x === null || x === void 0 ? "\u2014" : `${formatNumber(100 * x)}%`;
var num = (x) => x === null || x === void 0 ? "\u2014" : formatNumber(x);
function shadowCompareSections(section2, m) {
  if (!("join" in section2)) return [replaySection(section2.replay, m)];
  const out = [joinSection(section2, m)];
  if (section2.replay) out.push(replaySection(section2.replay, m));
  const { classification, scores, latency, errors } = section2.comparison;
  if (classification) out.push(flipSection(section2, m));
  if (scores || latency || errors) out.push(shiftSection(section2, m));
  if (section2.comparison.segments.length) out.push(segmentSection(section2, m));
  if (section2.top_disagreements.length) out.push(disagreementSection(section2, m));
  return out;
}
function joinSection(section2, m) {
  const j = section2.join;
  const rows = [
    ["Production rows", formatCount(j.production), m.text(section2.data.production.files.join(", "))],
    ["Shadow rows", formatCount(j.shadow), m.text(section2.data.shadow.files.join(", "))],
    ["Pairs (same request id)", formatCount(j.pairs), `join rate ${pct(j.joinRate)}`],
    ["Production ids without a shadow answer", formatCount(j.unmatchedProduction), ""],
    ["Shadow ids without a production answer", formatCount(j.unmatchedShadow), ""],
    [
      "Repeated ids (first answer kept)",
      `${formatCount(j.duplicateProduction)} / ${formatCount(j.duplicateShadow)}`,
      "production / shadow"
    ]
  ];
  if (section2.data.labels)
    rows.push([
      "Delayed labels",
      formatCount(j.labels),
      `${m.text(section2.data.labels.files.join(", "))}; ${formatCount(j.labelledPairs)} pairs labelled, ${formatCount(j.duplicateLabels)} repeated ids`
    ]);
  for (const side of ["production", "shadow"]) {
    const events = section2.data[side].cloud_events;
    if (events)
      rows.push([
        `${side === "production" ? "Production" : "Shadow"} CloudEvents`,
        formatCount(events.requests),
        m.text(
          `${events.responses} responses; ${events.requestsWithoutResponse} requests without a response, ${events.responsesWithoutRequest} responses without a request, ${events.otherEvents} other events`
        )
      ]);
  }
  return {
    summary: escapeHtml(`Join: ${formatCount(j.pairs)} paired requests, join rate ${pct(j.joinRate)}`),
    body: m.table(["", "Count", "Detail"], rows)
  };
}
function flipSection(section2, m) {
  const c = section2.comparison.classification;
  const shown = c.classes.slice(0, MAX_CLASSES_SHOWN);
  const rows = shown.map((name, a) => [m.text(name), ...shown.map((_, b) => formatCount(c.flipMatrix[a]?.[b] ?? 0))]);
  const paragraphs = [
    m.text(
      `${formatCount(c.n)} paired predictions agree on ${pct(c.agreement)}; ${formatCount(c.flips)} flipped. Rows: production's class; columns: the shadow model's.`
    ),
    m.table(["production \\ shadow", ...shown], rows)
  ];
  if (c.classes.length > MAX_CLASSES_SHOWN)
    paragraphs.push(m.text(`\u2026 ${c.classes.length - MAX_CLASSES_SHOWN} more classes in report.json.`));
  return { summary: escapeHtml(`Agreement ${pct(c.agreement)}, ${formatCount(c.flips)} flips`), body: m.join(paragraphs) };
}
function shiftSection(section2, m) {
  const { scores, calibration, regression, latency, errors } = section2.comparison;
  const quantileText = (quantiles) => Object.entries(quantiles).map(([q, v]) => `${m.text(q)}: ${num(v)}`).join(", ");
  const rows = [];
  if (scores) {
    rows.push(["Mean score delta (shadow \u2212 production)", num(scores.meanDelta), `${formatCount(scores.n)} pairs`]);
    rows.push(["Score delta quantiles", quantileText(scores.deltaQuantiles), ""]);
  }
  if (scores?.relativeDeltaQuantiles)
    rows.push(["Relative delta quantiles ((shadow \u2212 production) / |production|)", quantileText(scores.relativeDeltaQuantiles), ""]);
  if (regression) {
    const { production: a, shadow: b, n } = regression;
    rows.push(["Mean absolute error", `${num(a.mae)} \u2192 ${num(b.mae)}`, `delta ${num(b.mae - a.mae)}, ${formatCount(n)} labelled pairs`]);
    rows.push(["Root mean squared error", `${num(a.rmse)} \u2192 ${num(b.rmse)}`, `delta ${num(b.rmse - a.rmse)}`]);
  }
  if (calibration) {
    const { production: a, shadow: b, n } = calibration;
    rows.push(["Brier score", `${num(a.brier)} \u2192 ${num(b.brier)}`, `delta ${num(b.brier - a.brier)}, ${formatCount(n)} labelled pairs`]);
    rows.push(["Expected calibration error (10 bins)", `${num(a.ece)} \u2192 ${num(b.ece)}`, `delta ${num(b.ece - a.ece)}`]);
  }
  if (latency)
    for (const q of Object.keys(latency.production))
      rows.push([
        m.text(`Latency ${q} (ms)`),
        `${num(latency.production[q])} \u2192 ${num(latency.shadow[q])}`,
        latencyDelta(latency, q, section2.options.level)
      ]);
  if (errors) rows.push(["Error rate", `${pct(errors.production)} \u2192 ${pct(errors.shadow)}`, `${formatCount(errors.n)} pairs`]);
  return { summary: "Score, calibration, latency and error shift (shadow vs production)", body: m.table(["", "Value", "Detail"], rows) };
}
function latencyDelta(latency, q, level) {
  const delta = `delta ${num(latency.shadow[q] - latency.production[q])}`;
  const interval = latency.deltaIntervals?.[q];
  return interval ? `${delta}, ${pct(level)} paired bootstrap interval [${num(interval[0])}, ${num(interval[1])}]` : delta;
}
function segmentSection(section2, m) {
  const { segments, worstSegment } = section2.comparison;
  const ordered = [...segments].sort((a, b) => (b.flipRate ?? -1) - (a.flipRate ?? -1));
  const rows = ordered.slice(0, MAX_SEGMENTS_SHOWN).map((s) => [
    m.text(`${s.attribute}=${s.value}`),
    formatCount(s.n),
    formatCount(s.flips),
    pct(s.flipRate),
    s.pValue === null ? "not tested" : formatPValue(s.pValue),
    s.pValueAdjusted === null ? "\u2014" : formatPValue(s.pValueAdjusted)
  ]);
  const method = section2.options.correction === "holm" ? "Holm" : "Benjamini-Hochberg";
  const worst = worstSegment ? `Worst: ${worstSegment.attribute}=${worstSegment.value}, flip rate ${pct(worstSegment.flipRate)}. ` : "";
  const paragraphs = [
    m.text(
      `${worst}Each tested segment's flip rate against the rest (two-proportion z), p-values ${method}-adjusted; segments under ${section2.options.min_segment_size} pairs are not tested.`
    ),
    m.table(["Segment", "Pairs", "Flips", "Flip rate", "p", `p (${method})`], rows)
  ];
  if (segments.length > MAX_SEGMENTS_SHOWN)
    paragraphs.push(m.text(`\u2026 ${segments.length - MAX_SEGMENTS_SHOWN} more segments in report.json.`));
  return {
    summary: escapeHtml(worstSegment ? `Flips by segment: worst ${worstSegment.attribute}=${worstSegment.value}` : "Flips by segment"),
    body: m.join(paragraphs)
  };
}
function disagreementSection(section2, m) {
  const names = Object.keys(section2.top_disagreements[0].segments);
  const rows = section2.top_disagreements.map((d) => [
    m.code(d.id),
    `${m.text(d.production.prediction ?? "\u2014")} / ${num(d.production.score)}`,
    `${m.text(d.shadow.prediction ?? "\u2014")} / ${num(d.shadow.score)}`,
    ...names.map((name) => m.text(d.segments[name] ?? "\u2014"))
  ]);
  const redacted = section2.redacted.length ? ` Redacted columns (${section2.redacted.join(", ")}) are not shown.` : "";
  return {
    summary: escapeHtml(`Top ${section2.top_disagreements.length} disagreements`),
    body: m.join([
      m.text(`Flips first, then the largest score differences.${redacted}`),
      m.table(["Request id", "Production (class / score)", "Shadow (class / score)", ...names], rows)
    ])
  };
}
function replaySection(replay, m) {
  const rows = ["production", "shadow"].map((side) => {
    const e = replay.endpoints[side];
    const l = e.latency_ms;
    return [
      side,
      m.code(e.endpoint),
      formatCount(e.requests),
      `${formatCount(e.failed_requests)} (${formatCount(e.failed_rows)} rows, ${pct(e.error_rate)})`,
      l ? `${num(l.p50)} / ${num(l.p95)} / ${num(l.p99)}` : "\u2014",
      m.text(e.first_error ?? "")
    ];
  });
  const failed = replay.endpoints.production.failed_requests + replay.endpoints.shadow.failed_requests;
  const budget = replay.budget_reached ? ` The request budget of ${formatCount(replay.max_requests ?? 0)} ended the replay early.` : "";
  return {
    summary: escapeHtml(`Replay: ${formatCount(replay.rows)} requests to both models, ${formatCount(failed)} failed`),
    body: m.join([
      m.text(
        `${replay.files.join(", ")}: ${formatCount(replay.rows)} recorded requests, ${replay.batch_size} per model request, ${replay.concurrency} in flight.${budget}`
      ),
      m.table(["Model", "Endpoint", "Requests", "Failed", "Latency p50 / p95 / p99 (ms)", "First failure"], rows)
    ])
  };
}

// shared/report/sections.ts
var MARKDOWN = {
  text: escapeMarkdown,
  code: (value) => markdownCode(value),
  table: (headers, rows) => markdownTable(headers.map(escapeMarkdown), rows),
  join: (paragraphs) => paragraphs.join("\n\n")
};
var HTML = {
  text: escapeHtml,
  code: (value) => `<code>${escapeHtml(value.replace(/[\r\n]+/g, " "))}</code>`,
  table: (headers, rows) => `<table><thead><tr>${headers.map((h2) => `<th>${escapeHtml(h2)}</th>`).join("")}</tr></thead><tbody>${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join("")}</tr>`).join("")}</tbody></table>`,
  join: (paragraphs) => paragraphs.map((p) => p.startsWith("<table>") ? p : `<p>${p}</p>`).join("")
};
var MAX_STRATA = 30;
function gateSections(report, m = MARKDOWN) {
  const out = [];
  const shadow = report.sections?.shadow_compare;
  if (shadow) out.push(...shadowCompareSections(shadow, m));
  const train = report.sections?.train;
  const lineage = report.sections?.lineage;
  if (train) out.push(...trainSections(train, m));
  if (lineage) out.push(lineageSection(lineage, m));
  return out;
}
function trainSections(train, m) {
  const out = [];
  const s = train.sample;
  if (s) {
    const strata = Object.entries(s.strata);
    const rows = strata.slice(0, MAX_STRATA).map(([name, c]) => [m.text(name), formatCount(c.rows), formatCount(c.sampled)]);
    const paragraphs = [
      m.text(
        `${s.method} sample, seed ${s.seed}: ${s.rows} of ${s.rows_read} rows; ${s.train_rows} to train on, ${s.holdout_rows} held out${s.cache_hit ? " (restored from the cache)" : ""}.`
      ),
      m.table(["Stratum", "Rows", "Sampled"], rows)
    ];
    if (strata.length > MAX_STRATA) paragraphs.push(m.text(`\u2026 and ${strata.length - MAX_STRATA} more strata (see manifest.json).`));
    out.push({ summary: escapeHtml(`Sample: ${s.rows} of ${s.rows_read} rows (${s.method}, seed ${s.seed})`), body: m.join(paragraphs) });
  }
  const items = [];
  if (train.trainer === "command") items.push(["Trainer", `command ${m.code(train.command ?? "")}`]);
  else {
    items.push(["Trainer", m.text(`built-in ${train.model ?? ""}`)]);
    items.push(["Backend", m.text(`${train.backend ?? ""}${train.backend_notes?.length ? ` (${train.backend_notes.join("; ")})` : ""}`)]);
  }
  if (train.features)
    items.push([
      "Features",
      m.text(
        train.features.map((f) => f.kind === "categorical" ? `${f.name} (one-hot, ${f.categories} values + unknown)` : `${f.name} (standardised)`).join(", ")
      )
    ]);
  if (train.epochs !== void 0) items.push(["Epochs", m.text(`${train.epochs}${train.stopped_early_after ? " (stopped early)" : ""}`)]);
  if (train.loss?.length)
    items.push(["Loss (first \u2192 last epoch)", `${formatNumber(train.loss[0])} \u2192 ${formatNumber(train.loss[train.loss.length - 1])}`]);
  if (train.val_loss?.length) items.push(["Validation loss (last epoch)", formatNumber(train.val_loss[train.val_loss.length - 1])]);
  if (train.weights_sha256) items.push(["Weights sha256", m.code(train.weights_sha256)]);
  const title = train.trainer === "command" ? "Training: external command" : `Training: ${train.model ?? "built-in"} on ${train.backend ?? "unknown backend"}`;
  out.push({ summary: escapeHtml(title), body: m.table(["Item", "Value"], items) });
  return out;
}
function lineageSection(lineage, m) {
  const rows = [];
  if (lineage.git) rows.push(["Commit", m.text(`${lineage.git.commit ?? "unknown"}${lineage.git.ref ? ` (${lineage.git.ref})` : ""}`)]);
  if (lineage.config) rows.push(["Config", `${m.text(lineage.config.file)} ${m.code(lineage.config.sha256)}`]);
  for (const input of lineage.inputs ?? [])
    rows.push(["Input", `${m.text(input.file)} ${m.code(input.sha256)} (${formatCount(input.bytes)} bytes)`]);
  if (lineage.sample) rows.push(["Sample", `${m.text(lineage.sample.file)} ${m.code(lineage.sample.sha256)}`]);
  if (lineage.trainer) {
    const t = lineage.trainer;
    rows.push(["Trainer", t.kind === "command" ? m.code(t.command ?? "") : `built-in spec ${m.code(t.spec_sha256 ?? "")}`]);
    if (t.versions)
      rows.push([
        "Versions",
        m.text(
          Object.entries(t.versions).map(([k, v]) => `${k} ${v}`).join(", ")
        )
      ]);
  }
  for (const file of lineage.model?.files ?? []) rows.push(["Model file", `${m.text(file.file)} ${m.code(file.sha256)}`]);
  return { summary: "Lineage (model card)", body: m.table(["Item", "Value"], rows) };
}
function markdownCode(text3) {
  const plain2 = text3.replace(/[\r\n]+/g, " ");
  const longest = Math.max(0, ...(plain2.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence} ${plain2.replace(/\|/g, "\\|")} ${fence}`;
}
function markdownTable(headers, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

// shared/report/svg.ts
var PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8C6D00", "#000000"];
var BOUND_COLOR = "#C0392B";
var WIDTH = 640;
var HEIGHT = 300;
var MARGIN = { top: 34, right: 56, bottom: 70, left: 52 };
var MAX_TICK_LABELS = 10;
var LABEL_CHARS = 18;
var px = (value) => Number(value.toFixed(1));
function shorten(text3, max = LABEL_CHARS) {
  const chars = [...text3];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}\u2026` : text3;
}
var text = (value) => escapeHtml(value);
function frame(title, body, legend, column) {
  const legendItems = legend.map((item, i) => {
    const x = column ? column.x : MARGIN.left + i * 150;
    const y = column ? column.y + i * 18 : HEIGHT - 10;
    const mark = item.dashed ? `<line x1="${x}" y1="${y - 4}" x2="${x + 16}" y2="${y - 4}" stroke="${item.color}" stroke-width="2" stroke-dasharray="4 3"/>` : `<rect x="${x}" y="${y - 9}" width="12" height="10" fill="${item.color}"/>`;
    return `${mark}<text x="${x + 20}" y="${y}" class="legend">${text(shorten(item.name, 28))}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${text(title)}"><title>${text(title)}</title><text x="${WIDTH / 2}" y="18" class="chart-title" text-anchor="middle">${text(shorten(title, 84))}</text>` + body + legendItems.join("") + "</svg>";
}
function niceCeiling(value) {
  const raw = value / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw * (1 - 1e-12));
  return Number((4 * step).toPrecision(12));
}
function yAxis(yMax, plotHeight, label) {
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const y = px(MARGIN.top + plotHeight * (1 - f));
    return `<line x1="${MARGIN.left}" y1="${y}" x2="${WIDTH - MARGIN.right}" y2="${y}" class="grid"/><text x="${MARGIN.left - 6}" y="${y + 4}" text-anchor="end" class="tick">${chartNumber(yMax * f)}</text>`;
  });
  const mid = MARGIN.top + plotHeight / 2;
  return ticks.join("") + `<text transform="translate(14 ${px(mid)}) rotate(-90)" text-anchor="middle" class="axis-label">${text(label)}</text>`;
}
function barChart(options) {
  const { title, categories, series } = options;
  const bounds = options.bounds ?? [];
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const values = series.flatMap((s) => s.values.filter((v) => v !== null));
  const yMax = options.yMax ?? niceCeiling(Math.max(...values, ...bounds, 1e-9));
  const y = (value) => MARGIN.top + plotHeight * (1 - Math.min(Math.max(value / yMax, 0), 1));
  const slot = plotWidth / Math.max(categories.length, 1);
  const barWidth = slot * 0.8 / Math.max(series.length, 1);
  const step = Math.ceil(categories.length / MAX_TICK_LABELS);
  const rotate = categories.length > 6;
  const parts = [yAxis(yMax, plotHeight, options.yLabel)];
  categories.forEach((category, c) => {
    series.forEach((s, k) => {
      const value = s.values[c];
      if (value === null || value === void 0) return;
      const x = MARGIN.left + slot * c + slot * 0.1 + barWidth * k;
      const top = y(value);
      parts.push(
        `<rect x="${px(x)}" y="${px(top)}" width="${px(Math.max(barWidth - 1, 1))}" height="${px(MARGIN.top + plotHeight - top)}" fill="${PALETTE[k % PALETTE.length]}"><title>${text(`${category}: ${s.name} ${chartNumber(value)}`)}</title></rect>`
      );
    });
    if (c % step !== 0) return;
    const cx = px(MARGIN.left + slot * (c + 0.5));
    const cy = MARGIN.top + plotHeight + 14;
    parts.push(
      rotate ? `<text transform="translate(${cx} ${cy}) rotate(-40)" text-anchor="end" class="tick">${text(shorten(category))}</text>` : `<text x="${cx}" y="${cy}" text-anchor="middle" class="tick">${text(shorten(category))}</text>`
    );
  });
  for (const bound of bounds) {
    const by = px(y(bound));
    parts.push(
      `<line x1="${MARGIN.left}" y1="${by}" x2="${WIDTH - MARGIN.right}" y2="${by}" stroke="${BOUND_COLOR}" stroke-width="2" stroke-dasharray="6 4" class="bound"/><text x="${WIDTH - MARGIN.right + 4}" y="${by + 4}" text-anchor="start" class="bound-label">${chartNumber(bound)}</text>`
    );
  }
  const legend = [
    ...series.length > 1 ? series.map((s, k) => ({ name: s.name, color: PALETTE[k % PALETTE.length] })) : [],
    ...bounds.length ? [{ name: "bound", color: BOUND_COLOR, dashed: true }] : []
  ];
  return frame(title, parts.join(""), legend);
}
function unitLineChart(options) {
  const size = HEIGHT - MARGIN.top - MARGIN.bottom;
  const left = MARGIN.left + (WIDTH - MARGIN.left - MARGIN.right - size) / 2;
  const x = (v) => px(left + size * v);
  const y = (v) => px(MARGIN.top + size * (1 - v));
  const parts = [];
  for (const f of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${x(0)}" y1="${y(f)}" x2="${x(1)}" y2="${y(f)}" class="grid"/><line x1="${x(f)}" y1="${y(0)}" x2="${x(f)}" y2="${y(1)}" class="grid"/><text x="${x(0) - 6}" y="${y(f) + 4}" text-anchor="end" class="tick">${f}</text><text x="${x(f)}" y="${y(0) + 14}" text-anchor="middle" class="tick">${f}</text>`
    );
  }
  parts.push(
    `<text x="${x(0.5)}" y="${y(0) + 30}" text-anchor="middle" class="axis-label">${text(options.xLabel)}</text><text transform="translate(${x(0) - 36} ${y(0.5)}) rotate(-90)" text-anchor="middle" class="axis-label">${text(options.yLabel)}</text>`
  );
  if (options.diagonal)
    parts.push(
      `<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#999" stroke-dasharray="2 3"><title>${text(options.diagonal)}</title></line>`
    );
  options.series.forEach((s, k) => {
    const color = PALETTE[k % PALETTE.length];
    if (s.points.length === 0) return;
    const d = s.points.map(([px_, py], i) => `${i === 0 ? "M" : "L"}${x(px_)} ${y(py)}`).join(" ");
    parts.push(
      `<path d="${d}" fill="none" stroke="${color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 3"' : ""}><title>${text(s.name)}</title></path>`
    );
    if (s.markers) for (const [mx, my] of s.points) parts.push(`<circle cx="${x(mx)}" cy="${y(my)}" r="3" fill="${color}"/>`);
  });
  const legend = options.series.map((s, k) => ({ name: s.name, color: PALETTE[k % PALETTE.length], dashed: s.dashed }));
  return frame(options.title, parts.join(""), legend, { x: x(1) + 28, y: MARGIN.top + 10 });
}

// shared/report/html.ts
var CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
var MAX_CURVES = 8;
var ATTENTION_ORDER = ["fail", "error", "inconclusive", "warn"];
var h = escapeHtml;
var STYLE = `
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
var ICON_PATHS = {
  pass: { color: "#067647", shape: '<circle cx="8" cy="8" r="7.5"/>', mark: '<path d="M4.2 8.4l2.4 2.4 5.2-5.2"/>' },
  fail: { color: "#b42318", shape: '<circle cx="8" cy="8" r="7.5"/>', mark: '<path d="M5 5l6 6M11 5l-6 6"/>' },
  warn: { color: "#b54708", shape: '<path d="M8 0.8l7.4 13.6H0.6z"/>', mark: '<path d="M8 5.5v4.2M8 11.6v0.6"/>' },
  error: { color: "#6f1d1b", shape: '<path d="M4.7 0.5h6.6l4.2 4.2v6.6l-4.2 4.2H4.7L0.5 11.3V4.7z"/>', mark: '<path d="M4.5 8h7"/>' },
  inconclusive: {
    color: "#5d6b7a",
    shape: '<circle cx="8" cy="8" r="7.5"/>',
    mark: '<path d="M6 6.2a2 2 0 1 1 2.8 1.8c-.6.3-.8.8-.8 1.4M8 11.6v.6"/>'
  }
};
function statusIcon(status) {
  const { color, shape, mark } = ICON_PATHS[status];
  return `<svg class="icon" viewBox="0 0 16 16" width="16" height="16" role="img" aria-label="${status}"><g fill="${color}" stroke="#fff" stroke-width="1">${shape}</g><g fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${mark}</g></svg>`;
}
function tableHtml(headers, rows, numeric = []) {
  const head = `<tr>${headers.map((cell) => `<th>${cell}</th>`).join("")}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell, i) => `<td${numeric[i] ? ' class="num"' : ""}>${cell}</td>`).join("")}</tr>`).join("");
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}
var section = (id, title, body) => `<section id="${id}"><h2>${title}</h2>${body}</section>`;
var folded = (summary, body, open = false) => `<details${open ? " open" : ""}><summary>${summary}</summary>${body}</details>`;
function gateSectionsHtml(report) {
  const sections = gateSections(report, HTML);
  return sections.length ? section("gate", h(`About this ${report.gate} run`), sections.map((s) => folded(s.summary, s.body)).join("")) : "";
}
function behavioralSection(report) {
  const block = behavioralBlock(report, HTML);
  if (!block) return "";
  return section("behavioral", h(block.title), block.counts + block.failing.map((f) => folded(h(f.summary), f.body, true)).join(""));
}
function attentionChecks(report) {
  return ATTENTION_ORDER.flatMap((status) => report.checks.filter((check) => check.status === status));
}
function header(report) {
  const error = report.error ? `<p class="error-line">${statusIcon("error")} ${h(report.error.kind)}${report.error.file ? ` at ${h(formatLocation({ file: report.error.file, line: report.error.line, column: report.error.column }))}` : ""}: ${h(report.error.message)}</p>` : "";
  return `<header id="verdict" class="verdict v-${report.verdict}"><h1>${statusIcon(report.verdict)} modelgate ${h(report.gate)}: ${report.verdict}</h1><p>${h(verdictDetail(report))}</p>${error}</header>`;
}
function attentionList(report, checks, total) {
  if (checks.length === 0) return total === 1 ? "<p>The 1 check passed.</p>" : total ? `<p>All ${total} checks passed.</p>` : "";
  const items = checks.map((check) => {
    const where = check.rule.file ? ` <span class="where">rule at ${h(formatLocation({ file: check.rule.file, line: check.rule.line }))}</span>` : "";
    const n = sampleSizeSuffix(report, check, h);
    return `<li class="s-${check.status}">${statusIcon(check.status)} <strong>${formatStatus(check.status, check.raw_status)}</strong> ${h(reasonWithEvidence(check))}${n}${where}</li>`;
  });
  return section("attention", "Needs attention", `<ul class="attention">${items.join("")}</ul>`);
}
function checkRows(report, checks) {
  return checks.map((check) => [
    `${statusIcon(check.status)} ${formatStatus(check.status, check.raw_status)}`,
    h(check.title),
    check.value === null ? "\u2014 (undefined)" : formatNumber(check.value),
    h(formatBound(check.bound)),
    formatInterval(check.interval),
    // A disparity's n is that of the two groups it compares, as in the Markdown, not the overall n.
    h(checkSampleSizes(report, check)?.text ?? formatCount(check.n)),
    check.baseline ? `${formatNumber(check.baseline.value)} (\u0394 ${formatDelta(check.baseline.delta)}${check.baseline.delta_interval ? ` ${formatInterval(check.baseline.delta_interval)}` : ""})` : "\u2014",
    h(reasonWithEvidence(check))
  ]);
}
function checksSection(report, attention) {
  if (report.checks.length === 0) return "";
  const passing = report.checks.filter((check) => !attention.includes(check));
  const headers = ["Status", "Check", "Value", "Bound", "Interval", "n", "Baseline", "Reason"];
  const numeric = [false, false, true, false, true, true, false, false];
  const parts = [];
  if (attention.length) parts.push(tableHtml(headers, checkRows(report, attention), numeric));
  if (passing.length) parts.push(folded(`Passing checks (${passing.length})`, tableHtml(headers, checkRows(report, passing), numeric)));
  return section("checks", "Checks", parts.join(""));
}
function baselineSection(report) {
  const rows = diffRows(report);
  if (rows.length === 0) return "";
  const cells = rows.map((row) => {
    const delta = row.candidate === null || row.baseline === null ? null : row.candidate - row.baseline;
    const change = direction(row.metric, delta);
    const cls = change.endsWith("better") ? "better" : change.endsWith("worse") ? "worse" : "";
    return [
      h(row.label),
      formatNumber(row.candidate),
      formatNumber(row.baseline),
      `${formatDelta(delta)} ${row.deltaInterval ? formatInterval(row.deltaInterval) : ""}`,
      `<span class="${cls}">${change}</span>`
    ];
  });
  const intro = report.baseline ? `<p>Baseline ${h(report.baseline.file)}, rows joined by ${h(report.baseline.join)}.</p>` : "";
  return section(
    "baseline",
    "Candidate vs baseline",
    intro + tableHtml(["Metric", "Candidate", "Baseline", "\u0394 [interval]", "Change"], cells, [false, true, true, true, false])
  );
}
function groupChartsSection(report) {
  const charts = groupBarCharts(report).map(
    (chart) => barChart({
      title: chart.title,
      yLabel: metricTitle(chart.metric),
      categories: chart.bars.map((bar) => bar.group),
      series: [{ name: metricTitle(chart.metric), values: chart.bars.map((bar) => bar.value) }],
      bounds: chart.bounds,
      yMax: chart.unitRange ? 1 : void 0
    })
  );
  return charts.length ? section("group-charts", "Groups against their bounds", `<div class="charts">${charts.join("")}</div>`) : "";
}
function calibrationSection(report) {
  const charts = [];
  const bins = filledCalibrationBins(report);
  if (bins.length) {
    charts.push(
      unitLineChart({
        title: "Reliability diagram: observed positive rate per score bin",
        xLabel: "mean score in bin",
        yLabel: "observed positive rate",
        series: [{ name: "model", points: bins.map((bin) => [bin.meanScore, bin.meanLabel]), markers: true }],
        diagonal: "perfect calibration"
      })
    );
  }
  const shares = scoreShares(report);
  if (shares.length) {
    charts.push(
      barChart({
        title: "Score distribution by true label (share of each class per bin)",
        yLabel: "share of the class",
        categories: shares.map(binLabel),
        series: [
          { name: "label 0", values: shares.map((s) => s.negative) },
          { name: "label 1", values: shares.map((s) => s.positive) }
        ]
      })
    );
  }
  return charts.length ? section("calibration", "Calibration and score distribution", `<div class="charts">${charts.join("")}</div>`) : "";
}
function curveSeries(report, attribute, byGroup, pick) {
  const blocks = populationsOf(report, attribute) ?? {};
  const groups = Object.keys(byGroup).filter((g) => pick(byGroup[g]).length > 0).sort((a, b) => (blocks[b]?.n ?? 0) - (blocks[a]?.n ?? 0) || (a < b ? -1 : 1));
  const shown = groups.slice(0, MAX_CURVES);
  const overall = report.curves ? pick(report.curves.overall) : [];
  const series = [
    ...overall.length ? [{ name: "overall", points: overall, dashed: true }] : [],
    ...shown.map((group) => ({ name: `${attribute}=${group}`, points: pick(byGroup[group]) }))
  ];
  return { series, left: groups.length - shown.length };
}
var rocPoints = (c) => c.roc.fpr.map((x, i) => [x, c.roc.tpr[i]]);
var prPoints = (c) => c.pr.recall.map((x, i) => [x, c.pr.precision[i]]);
function curvesSection(report) {
  const curves = report.curves;
  if (!curves) return "";
  const charts = [];
  const attributes = Object.keys(curves.groups);
  const tables = attributes.length ? attributes.map((a) => [a, curves.groups[a]]) : [["", {}]];
  for (const [attribute, byGroup] of tables) {
    const by = attribute ? ` by ${attribute}` : "";
    const roc = curveSeries(report, attribute, byGroup, rocPoints);
    const pr = curveSeries(report, attribute, byGroup, prPoints);
    const note = (left) => left ? ` (${left} smaller groups not drawn)` : "";
    if (roc.series.length)
      charts.push(
        unitLineChart({
          title: `ROC curve${by}${note(roc.left)}`,
          xLabel: "false positive rate",
          yLabel: "true positive rate",
          series: roc.series,
          diagonal: "chance"
        })
      );
    if (pr.series.length)
      charts.push(
        unitLineChart({ title: `Precision-recall curve${by}${note(pr.left)}`, xLabel: "recall", yLabel: "precision", series: pr.series })
      );
  }
  return charts.length ? section("curves", "ROC and precision-recall curves", `<div class="charts">${charts.join("")}</div>`) : "";
}
var metricKeys = (block) => Object.keys(block).filter((key) => key !== "n" && key !== "weighted_n");
function populationTables(report) {
  const kinds = [
    ["Groups", report.metrics.groups],
    ["Intersection", report.metrics.intersections],
    ["Slices", report.metrics.slices]
  ];
  const parts = [];
  for (const [word, table2] of kinds) {
    for (const [attribute, blocks] of Object.entries(table2)) {
      const metrics = [...new Set(Object.values(blocks).flatMap(metricKeys))];
      const intervals = ownValue(report.intervals.groups, attribute);
      const rows = Object.entries(blocks).map(([group, block]) => [
        h(group),
        formatCount(block.n),
        formatCount(block.weighted_n),
        ...metrics.map((m) => {
          const interval = ownValue(intervals, group)?.[m];
          return interval && block[m] !== null && block[m] !== void 0 ? `${formatNumber(block[m])} ${formatInterval(interval)}` : formatNumber(block[m]);
        })
      ]);
      const headers = [h(attribute), "n", "weighted n", ...metrics.map((m) => h(metricTitle(m)))];
      parts.push(
        folded(
          `${word}: ${h(attribute)} (${Object.keys(blocks).length} values)`,
          tableHtml(
            headers,
            rows,
            headers.map((_, i) => i > 0)
          )
        )
      );
    }
  }
  return parts.length ? section("groups", "Groups, intersections and slices", parts.join("")) : "";
}
function detailSection(report) {
  const overall = report.metrics.overall;
  const overallTable = tableHtml(
    ["Metric", "Value", "Interval"],
    [
      ["n", formatCount(overall.n), "\u2014"],
      ["weighted n", formatCount(overall.weighted_n), "\u2014"],
      ...metricKeys(overall).map((m) => [h(metricTitle(m)), formatNumber(overall[m]), formatOverallInterval(report.intervals, m)])
    ],
    [false, true, true]
  );
  const disparityRows = Object.entries(report.disparities).flatMap(
    ([attribute, byMetric]) => Object.entries(byMetric).map(([metric, d]) => [
      h(attribute),
      h(disparityTitle(metric, d)),
      formatNumber(d.value),
      formatInterval(d.interval),
      [
        d.groups.min !== void 0 ? `lowest: ${h(d.groups.min)}` : "",
        d.groups.max !== void 0 ? `highest: ${h(d.groups.max)}` : "",
        d.undefined_groups.length ? `undefined: ${d.undefined_groups.map(h).join(", ")}` : ""
      ].filter(Boolean).join("; ") || "\u2014",
      h(d.definition)
    ])
  );
  const data = report.data;
  const skipped = Object.entries(data.rowsSkipped).filter(([, n]) => (n ?? 0) > 0);
  const dataRows = [
    ["Files", data.files.map(h).join(", ") || "\u2014"],
    ["Format", h(data.format)],
    ["Task", h(data.task)],
    ["Rows read", formatCount(data.rowsRead)],
    ["Rows used", formatCount(data.rowsUsed)],
    ["Rows skipped", skipped.length ? skipped.map(([reason, n]) => `${h(reason)}: ${n}`).join(", ") : "0"],
    ...data.threshold_rule ? [["Threshold", h(data.threshold_rule)]] : [],
    ...report.bootstrap ? [
      [
        "Bootstrap",
        `${report.bootstrap.replicates} replicates, level ${formatNumber(report.bootstrap.level)}, seed ${report.bootstrap.seed}, ${h(report.bootstrap.method)}`
      ]
    ] : [],
    ...report.config.file || report.config.sha256 ? [
      [
        "Config",
        [report.config.file ? h(report.config.file) : "", report.config.sha256 ? `sha256 ${h(report.config.sha256)}` : ""].filter(Boolean).join(", ")
      ]
    ] : []
  ];
  const parts = [
    folded("Overall metrics", overallTable),
    disparityRows.length ? folded(
      "Disparities",
      tableHtml(["Attribute", "Metric", "Value", "Interval", "Extremes", "Definition"], disparityRows, [false, false, true, true])
    ) : "",
    folded("Data", tableHtml(["Item", "Value"], dataRows)),
    report.notes.length ? folded("Notes", `<ul>${report.notes.map((note) => `<li>${h(note)}</li>`).join("")}</ul>`) : ""
  ];
  return section("details", "Details", parts.join(""));
}
function renderHtml(report) {
  const attention = attentionChecks(report);
  const evaluation = hasEvaluation(report) ? report : null;
  const title = `modelgate ${report.gate}: ${report.verdict}`;
  return [
    "<!DOCTYPE html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${h(title)}</title><style>${STYLE}</style></head><body>`,
    header(report),
    "<main>",
    attentionList(report, attention, report.checks.length),
    behavioralSection(report),
    evaluation ? baselineSection(evaluation) : "",
    // The checks table before the charts: a reviewer reads what was held to which bound first, the pictures after.
    checksSection(report, attention),
    gateSectionsHtml(report),
    ...evaluation ? [
      groupChartsSection(evaluation),
      calibrationSection(evaluation),
      curvesSection(evaluation),
      populationTables(evaluation),
      detailSection(evaluation)
    ] : [],
    `<footer>Report schema ${report.schema_version}. Generated by modelgate; no script, no external resource.</footer>`,
    "</main></body></html>",
    ""
  ].join("\n");
}

// shared/report/mermaid.ts
function uniqueLabels(values) {
  const seen = /* @__PURE__ */ new Map();
  return values.map((value) => {
    const label = mermaidLabel(value);
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    return count === 1 ? label : `${label} (${count})`;
  });
}
function xychart(title, xLabels, yAxis2, series) {
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${mermaidLabel(title, 120)}"`,
    `  x-axis [${uniqueLabels(xLabels).map((label) => `"${label}"`).join(", ")}]`,
    `  y-axis ${yAxis2}`,
    ...series.map((s) => `  ${s}`),
    "```"
  ].join("\n");
}
var numbers = (values) => `[${values.map(chartNumber).join(", ")}]`;
function mermaidGroupBars(chart) {
  return xychart(
    chart.title,
    chart.bars.map((bar) => bar.group),
    `"${mermaidLabel(metricTitle(chart.metric))}"${chart.unitRange ? " 0 --> 1" : ""}`,
    [`bar ${numbers(chart.bars.map((bar) => bar.value))}`, ...chart.bounds.map((bound) => `line ${numbers(chart.bars.map(() => bound))}`)]
  );
}
function mermaidReliability(report) {
  const bins = filledCalibrationBins(report);
  if (bins.length === 0) return null;
  return xychart(
    "Reliability: observed positive rate (bars) vs mean score (line) per score bin",
    bins.map(binLabel),
    '"positive rate" 0 --> 1',
    [`bar ${numbers(bins.map((bin) => bin.meanLabel))}`, `line ${numbers(bins.map((bin) => bin.meanScore))}`]
  );
}
function mermaidScoreDistribution(report) {
  const shares = scoreShares(report);
  if (shares.length === 0) return null;
  const max = Math.max(...shares.flatMap((s) => [s.negative, s.positive]));
  return xychart(
    "Score distribution: share of label 1 rows (bars) and label 0 rows (line) per score bin",
    shares.map(binLabel),
    `"share of the class" 0 --> ${chartNumber(Math.min(1, Math.max(max * 1.1, 0.01)))}`,
    [`bar ${numbers(shares.map((s) => s.positive))}`, `line ${numbers(shares.map((s) => s.negative))}`]
  );
}

// shared/report/markdown.ts
var ATTENTION_ORDER2 = ["fail", "error", "inconclusive", "warn"];
var CORE_GROUP_METRICS = ["selection_rate", "tpr", "fpr", "precision", "roc_auc"];
var MAX_FILES_SHOWN = 20;
var MAX_DIFF_ROWS_SHOWN = 12;
var NULL_LEGEND = "\u2014 = undefined: a zero denominator (no positives, one class only) or no rows.";
var sizeOf = (text3) => Buffer.byteLength(text3, "utf8");
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function table(headers, rows, hasNull = false) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  const text3 = [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
  return hasNull ? `${text3}

${NULL_LEGEND}` : text3;
}
var isNull = (value) => value === null || value === void 0;
function details(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}
function verdictLine(report) {
  return `### ${STATUS_ICON[report.verdict]} modelgate ${escapeMarkdown(report.gate)}: **${report.verdict}** \u2014 ${escapeMarkdown(verdictDetail(report))}`;
}
function errorLine(error, maxMessageChars = Infinity) {
  const where = formatLocation({ file: error.file, line: error.line, column: error.column, path: error.path });
  const chars = [...error.message];
  const message = chars.length > maxMessageChars ? `${chars.slice(0, maxMessageChars).join("")}\u2026` : error.message;
  const at = where === "" ? "" : error.file ? ` at ${escapeMarkdown(where)}` : ` ${escapeMarkdown(where)}`;
  return `${STATUS_ICON.error} **${escapeMarkdown(error.kind)}**${at}: ${escapeMarkdown(message)}`;
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
function checkRow(report, check) {
  return [
    `${STATUS_ICON[check.status]} ${formatStatus(check.status, check.raw_status)}`,
    escapeMarkdown(check.title),
    valueCell(check),
    formatBound(check.bound),
    intervalCell(check),
    escapeMarkdown(checkSampleSizes(report, check)?.text ?? formatCount(check.n)),
    escapeMarkdown(reasonWithEvidence(check))
  ];
}
function attentionItem(report, check) {
  const status = `${STATUS_ICON[check.status]} **${formatStatus(check.status, check.raw_status)}**`;
  const n = sampleSizeSuffix(report, check, escapeMarkdown);
  const where = check.rule.file ? formatLocation({ file: check.rule.file, line: check.rule.line }) : "";
  return `- ${status} ${escapeMarkdown(reasonWithEvidence(check))}${n}${where ? ` \u2014 rule at ${escapeMarkdown(where)}` : ""}`;
}
function attentionChecks2(checks) {
  return ATTENTION_ORDER2.flatMap((status) => checks.filter((check) => check.status === status));
}
function populationMetrics(report, attribute, blocks) {
  const wanted = [];
  for (const check of report.checks) {
    if (ownValue(check.scope, attribute) !== void 0) wanted.push(check.metric);
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
  const intervals = ownValue(report.intervals.groups, attribute);
  const hasNull = Object.values(blocks).some((block) => metrics.some((m) => isNull(block[m])));
  return table(
    [escapeMarkdown(attribute), "n", "weighted n", ...metrics.map((m) => escapeMarkdown(metricTitle(m)))],
    Object.entries(blocks).map(([group, block]) => [
      escapeMarkdown(group),
      formatCount(block.n),
      formatCount(block.weighted_n),
      ...metrics.map((m) => valueWithInterval(block[m], ownValue(intervals, group)?.[m]))
    ]),
    hasNull
  );
}
function populationSections(report, kind, word) {
  return Object.entries(report.metrics[kind]).map(
    ([attribute, blocks]) => details(
      `${word}: ${escapeHtml(attribute)} (${plural(Object.keys(blocks).length, "value")})`,
      populationTable(report, attribute, blocks)
    )
  );
}
var metricKeys2 = (block) => Object.keys(block).filter((key) => key !== "n" && key !== "weighted_n");
function overallSection(report) {
  const overall = report.metrics.overall;
  const rows = [
    ["n", formatCount(overall.n), "\u2014"],
    ["weighted n", formatCount(overall.weighted_n), "\u2014"],
    ...metricKeys2(overall).map((m) => [
      escapeMarkdown(metricTitle(m)),
      formatNumber(overall[m]),
      formatOverallInterval(report.intervals, m)
    ])
  ];
  return details(
    "Overall metrics",
    table(
      ["Metric", "Value", "Interval"],
      rows,
      metricKeys2(overall).some((m) => isNull(overall[m]))
    )
  );
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
        escapeMarkdown(disparityTitle(metric, d)),
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
function baselineSection2(report) {
  const baseline = report.baseline;
  if (!baseline) return null;
  const candidate = report.metrics.overall;
  const overallChecks = report.checks.filter((c) => c.baseline && !c.scope);
  const rows = [
    ["n", formatCount(candidate.n), formatCount(baseline.metrics.n), "\u2014", "\u2014"],
    ...metricKeys2(baseline.metrics).map((m) => {
      const c = candidate[m] ?? null;
      const b = baseline.metrics[m] ?? null;
      const delta = c === null || b === null ? null : c - b;
      const interval = overallChecks.find((check) => check.metric === m)?.baseline?.delta_interval;
      return [escapeMarkdown(metricTitle(m)), formatNumber(c), formatNumber(b), formatDelta(delta), formatInterval(interval)];
    })
  ];
  const hasNull = metricKeys2(baseline.metrics).some((m) => isNull(candidate[m]) || isNull(baseline.metrics[m]));
  const intro = `Baseline ${escapeMarkdown(baseline.file)}, rows joined by ${escapeMarkdown(baseline.join)}.`;
  return details(
    "Baseline comparison",
    `${intro}

${table(["Metric", "Candidate", "Baseline", "Delta", "Delta interval"], rows, hasNull)}`
  );
}
function baselineDiff(report) {
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
      direction(row.metric, delta)
    ];
  });
  const text3 = table(["Metric", "Candidate", "Baseline", "\u0394 [interval]", "Change"], cells, hasNull);
  if (rows.length <= MAX_DIFF_ROWS_SHOWN) return `**Candidate vs baseline** (gated metrics)

${text3}`;
  const worse = cells.filter((row) => row[4].endsWith("worse")).length;
  return details(`Candidate vs baseline: ${plural(rows.length, "gated metric")}, ${worse} worse`, text3);
}
function calibrationSection2(report) {
  const charts = [mermaidReliability(report), mermaidScoreDistribution(report)].filter((c) => c !== null);
  return charts.length ? details("Calibration and score distribution", charts.join("\n\n")) : null;
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
    [
      "Rows skipped",
      skipped.length ? `${skippedTotal} (${skipped.map(([reason, n]) => `${escapeMarkdown(reason)}: ${n}`).join(", ")})` : "0"
    ],
    ["Bytes", formatCount(data.bytes)]
  ];
  if (data.threshold !== void 0 || data.threshold_rule !== void 0) {
    rows.push([
      "Threshold",
      [data.threshold !== void 0 ? formatNumber(data.threshold) : "", data.threshold_rule ? escapeMarkdown(data.threshold_rule) : ""].filter(Boolean).join(": ")
    ]);
  }
  if (report.bootstrap) {
    const b = report.bootstrap;
    rows.push(["Bootstrap", `${b.replicates} replicates, level ${formatNumber(b.level)}, seed ${b.seed}, ${escapeMarkdown(b.method)}`]);
  }
  if (report.config.file || report.config.sha256) {
    rows.push([
      "Config",
      [
        report.config.file ? escapeMarkdown(report.config.file) : "",
        report.config.sha256 ? `sha256 ${escapeMarkdown(report.config.sha256)}` : ""
      ].filter(Boolean).join(", ")
    ]);
  }
  let body = table(["Item", "Value"], rows);
  if (data.skippedSamples.length) {
    body += `

First skipped rows:

${table(
      ["Where", "Column", "Value", "Reason"],
      data.skippedSamples.map((s) => [
        escapeMarkdown(formatLocation({ file: s.file, line: s.line })),
        escapeMarkdown(s.column),
        escapeMarkdown(s.value),
        escapeMarkdown(s.reason)
      ])
    )}`;
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
  { omit: ["group, intersection and slice tables", "passing checks, evidence tables and charts"] },
  {
    omit: [
      "group, intersection and slice tables",
      "passing checks, evidence tables and charts",
      "baseline comparison, overall metrics, disparities, data and notes"
    ]
  }
];
function populationDetailsOf(report) {
  return [
    ...populationSections(report, "groups", "Groups"),
    ...populationSections(report, "intersections", "Intersection"),
    ...populationSections(report, "slices", "Slices")
  ];
}
function behavioralSection2(report, withCases) {
  const block = behavioralBlock(report, MARKDOWN);
  if (!block) return null;
  const cases = withCases ? block.failing.map((f) => `<details open><summary>${escapeHtml(f.summary)}</summary>

${f.body}

</details>`) : [];
  return [`**${escapeMarkdown(block.title)}**`, block.counts, ...cases].join("\n\n");
}
function evaluationDetails(report) {
  const readNothing = Boolean(report.error) && report.data.rowsRead === 0;
  return [
    ...readNothing ? [] : [overallSection(report)],
    disparitySection(report),
    baselineSection2(report),
    ...readNothing ? [] : [dataSection(report)]
  ];
}
function renderMarkdown(report, options) {
  if (options.marker !== void 0) checkMarker(options.marker);
  const attention = attentionChecks2(report.checks);
  const attentionItems = attention.map((check) => attentionItem(report, check));
  const attentionSet = new Set(attention);
  const passing = report.checks.filter((check) => !attentionSet.has(check));
  const evaluation = hasEvaluation(report) ? report : null;
  const charts = (evaluation ? groupBarCharts(evaluation) : []).map((chart) => ({
    text: mermaidGroupBars(chart),
    attention: chart.checks.some((c) => attentionSet.has(c))
  }));
  const attentionCharts = charts.filter((c) => c.attention).map((c) => c.text);
  const otherCharts = charts.filter((c) => !c.attention).map((c) => c.text);
  const links = linksLine(options.links);
  const history = options.history ? historyBlock(options.history.current, options.history.previous) : null;
  const evidence2 = attention.length ? details(
    `Evidence: value, bound, interval and n of the ${plural(attention.length, "check")} above`,
    table(
      CHECK_HEADERS.slice(0, -1),
      attention.map((check) => checkRow(report, check).slice(0, -1))
    )
  ) : null;
  const populationDetails = [
    ...otherCharts.length ? [details("Group charts", otherCharts.join("\n\n"))] : [],
    ...evaluation ? populationDetailsOf(evaluation) : []
  ];
  const passingDetails = passing.length ? details(
    `Passing checks (${passing.length})`,
    table(
      CHECK_HEADERS,
      passing.map((check) => checkRow(report, check))
    )
  ) : null;
  const otherDetails = [
    ...gateSections(report).map((s) => details(s.summary, s.body)),
    ...evaluation ? evaluationDetails(evaluation) : [],
    notesSection(report)
  ];
  const diff = evaluation && baselineDiff(evaluation);
  const hasBehavioral = behavioralBlock(report, MARKDOWN) !== null;
  const calibration = evaluation && calibrationSection2(evaluation);
  const compose = (level, shownItems, maxMessageChars) => {
    const head = report.error ? `${verdictLine(report)}
${errorLine(report.error, maxMessageChars)}` : verdictLine(report);
    const blocks = [options.marker ?? null, head];
    if (attentionItems.length) blocks.push(shownItems > 0 ? attentionItems.slice(0, shownItems).join("\n") : null);
    else if (report.checks.length)
      blocks.push(report.checks.length === 1 ? "The 1 check passed." : `All ${report.checks.length} checks passed.`);
    if (shownItems < attentionItems.length)
      blocks.push(`\u2026 ${plural(attentionItems.length - shownItems, "more check")}, see the full report.`);
    blocks.push(links, history);
    const omitted = [...LEVELS[level].omit];
    if (level < 3) blocks.push(behavioralSection2(report, level < 2));
    if (hasBehavioral && level >= 2) omitted.push(level < 3 ? "behavioral failing cases" : "behavioral tests");
    if (level < 3) blocks.push(diff);
    if (level < 2) blocks.push(...attentionCharts, evidence2, passingDetails, calibration);
    if (level < 1) blocks.push(...populationDetails);
    if (level < 3) blocks.push(...otherDetails);
    if (omitted.length) blocks.push(`_Left out to fit the size limit: ${omitted.join("; ")}. See the full report._`);
    const [marker, ...rest] = blocks;
    const body = rest.filter((b) => b !== null).join("\n\n");
    return `${marker ? `${marker}
` : ""}${body}
`;
  };
  const fits = (text3) => sizeOf(text3) <= options.maxChars;
  for (let level = 0; level < LEVELS.length; level++) {
    const text3 = compose(level, attentionItems.length);
    if (fits(text3)) return text3;
  }
  const last = LEVELS.length - 1;
  let lo = 0;
  let hi = attentionItems.length;
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
var attr = (text3) => escapeXml(text3, "attribute");
var text2 = (value) => escapeXml(value, "text");
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
  if (check.scope)
    lines.push(
      `scope: ${Object.entries(check.scope).map(([k, v]) => `${k}=${v}`).join(", ")}`
    );
  if (check.baseline) {
    lines.push(
      `baseline: ${formatNumber(check.baseline.value)}, delta ${formatDelta(check.baseline.delta)}${check.baseline.delta_interval ? ` ${formatInterval(check.baseline.delta_interval)}` : ""}`
    );
  }
  if (check.evidence) lines.push(`evidence: ${formatEvidence(check.evidence)}`);
  const where = formatLocation(check.rule);
  lines.push(`rule: gates[${check.rule.index}]${where ? ` at ${where}` : ""}`);
  return lines.join("\n");
}
function testCase(check) {
  const details2 = text2(evidence(check));
  const message = attr(check.reason);
  switch (check.status) {
    case "pass":
      if (check.raw_status === "inconclusive") {
        return {
          name: check.id,
          outcome: "skipped",
          body: `<skipped message="${attr(`inconclusive, passed by policy: ${check.reason}`)}">${details2}</skipped>`
        };
      }
      return { name: check.id, outcome: "pass", body: "" };
    case "warn":
      return { name: check.id, outcome: "pass", body: `<system-out>${text2("warning: ")}${details2}</system-out>` };
    case "error":
      return { name: check.id, outcome: "error", body: `<error message="${message}" type="error">${details2}</error>` };
    case "fail":
      return {
        name: check.id,
        outcome: "failure",
        body: `<failure message="${message}" type="${attr(check.raw_status)}">${details2}</failure>`
      };
    case "inconclusive":
      return { name: check.id, outcome: "failure", body: `<failure message="${message}" type="inconclusive">${details2}</failure>` };
  }
}
function gateErrorCase(report) {
  const error = report.error ?? { kind: "Error", message: "the gate could not be evaluated and the report names no error" };
  const where = formatLocation({ file: error.file, line: error.line, column: error.column, path: error.path });
  const line = `${error.kind}: ${where ? `${where}: ` : ""}${error.message}`;
  return {
    name: "gate",
    outcome: "error",
    body: `<error message="${attr(error.message)}" type="${attr(error.kind)}">${text2(line)}</error>`
  };
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

// shared/report/text.ts
var ATTENTION_ORDER3 = ["fail", "error", "inconclusive", "warn"];
function plain(text3) {
  return text3.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => c === "\n" ? " " : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function checkLine(report, check) {
  const where = check.rule.file ? `${formatLocation({ file: check.rule.file, line: check.rule.line, column: check.rule.column })}: ` : "";
  const level = check.status === "warn" ? "warning" : "error";
  const status = check.raw_status && check.raw_status !== check.status ? `${check.status} (was ${check.raw_status})` : check.status;
  return plain(`${where}${level}: modelgate ${report.gate}: ${status}: ${check.reason}`);
}
function errorLine2(report, error) {
  const location = formatLocation({
    file: error.file,
    line: error.line,
    ...typeof error.column === "number" ? { column: error.column } : {}
  });
  return plain(`${location ? `${location}: ` : ""}error: modelgate ${report.gate}: ${error.kind}: ${error.message}`);
}
function renderText(report, paths) {
  const lines = [`modelgate ${report.gate}: ${report.verdict} \u2014 ${plain(verdictDetail(report))}`];
  if (report.error) lines.push(errorLine2(report, report.error));
  for (const status of ATTENTION_ORDER3) {
    for (const check of report.checks) if (check.status === status) lines.push(checkLine(report, check));
  }
  lines.push(plain(`Reports: ${paths.html} (open in a browser), ${paths.markdown}, ${paths.json}, ${paths.junit}`));
  return `${lines.join("\n")}
`;
}

// shared/report/publish.ts
var SUMMARY_LIMIT = 1024 * 1024;
var COMMENT_LIMIT = 65536;
var CHECK_SUMMARY_LIMIT = 65535;
function commentMarker(gate, name) {
  return `<!-- modelgate:${gate}${name ? `:${nameKey(name)}` : ""} -->`;
}
function reportArtifactName(gate, name) {
  return `modelgate-${gate}${name ? `-${nameKey(name)}` : ""}-report`;
}
var MAX_KEY_CHARS = 64;
function nameKey(name) {
  const escaped = [...Buffer.from(name, "utf8")].map((byte) => {
    const char = String.fromCharCode(byte);
    return /[A-Za-z0-9._-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }).join("");
  if (escaped.length <= MAX_KEY_CHARS) return escaped;
  return `${escaped.slice(0, MAX_KEY_CHARS - 13)}~${createHash("sha256").update(name).digest("hex").slice(0, 12)}`;
}
async function writeReportFiles(report, outDir) {
  await mkdir(outDir, { recursive: true });
  const files = {
    json: path.join(outDir, "report.json"),
    markdown: path.join(outDir, "summary.md"),
    junit: path.join(outDir, "junit.xml"),
    html: path.join(outDir, "report.html")
  };
  const json = renderJson(report);
  if (process.env.MODELGATE_VALIDATE_REPORT === "1") (await import("./validate-S4SLIS2S.js")).assertValidReport(JSON.parse(json));
  await writeFile(files.json, json);
  await writeFile(files.markdown, renderMarkdown(report, { maxChars: SUMMARY_LIMIT }));
  await writeFile(files.junit, renderJunit(report));
  await writeFile(files.html, renderHtml(report));
  return files;
}
async function reportLinks(report, platform, files, runUrl, name) {
  let htmlReport;
  if (platform.uploadArtifact && platform.name !== "local") {
    try {
      const uploaded = await platform.uploadArtifact(
        reportArtifactName(report.gate, name),
        [files.html, files.json, files.markdown, files.junit],
        path.dirname(files.html)
      );
      if (/^https?:\/\//.test(uploaded.location)) htmlReport = uploaded.location;
    } catch (error) {
      platform.warning(`HTML report not uploaded: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  htmlReport ??= runUrl;
  return { ...htmlReport ? { htmlReport } : {}, ...runUrl && runUrl !== htmlReport ? { run: runUrl } : {} };
}
function annotationsOf(report) {
  const annotations = report.checks.filter((check) => check.status !== "pass").map((check) => ({
    level: check.status === "warn" ? "warning" : "error",
    title: `modelgate ${report.gate}: ${check.title}`,
    message: check.reason,
    file: check.rule.file,
    line: check.rule.line,
    column: check.rule.column
  }));
  if (report.error) {
    annotations.push({
      level: "error",
      title: `modelgate ${report.gate}: ${report.error.kind}`,
      message: report.error.message,
      file: report.error.file,
      line: report.error.line,
      ...typeof report.error.column === "number" ? { column: report.error.column } : {}
    });
  }
  return annotations;
}
async function publishReport(report, platform, outDir) {
  const files = await writeReportFiles(report, outDir);
  const failed = report.checks.filter((c) => c.status === "fail" || c.status === "inconclusive" || c.status === "error");
  const context = platform.runContext?.() ?? {};
  const name = platform.instanceName?.(report.gate, outDir);
  const links = await reportLinks(report, platform, files, context.url, name);
  const annotations = annotationsOf(report);
  let unattached = annotations;
  if (platform.publishCheck) {
    const check = await platform.publishCheck({
      name: `modelgate ${report.gate}`,
      verdict: report.verdict,
      title: `${STATUS_ICON[report.verdict]} modelgate ${report.gate}: ${report.verdict} \u2014 ${verdictDetail(report)}`,
      summary: renderMarkdown(report, { maxChars: CHECK_SUMMARY_LIMIT, links }),
      annotations
    });
    if (check.outcome === "skipped") platform.info(`Check run not created: ${check.reason}`);
    else {
      platform.info(`Check run created${check.url ? `: ${check.url}` : ""}${check.reason ? ` (${check.reason})` : ""}`);
      unattached = check.unattached ?? [];
    }
  }
  const terminal = platform.name === "local";
  if (!terminal) for (const annotation of unattached) platform.annotate(annotation);
  await platform.writeSummary(terminal ? renderText(report, files) : renderMarkdown(report, { maxChars: SUMMARY_LIMIT, links }));
  const marker = commentMarker(report.gate, name);
  const previous = readHistory(platform.findReviewComment ? await platform.findReviewComment(marker) : null);
  const comment = await platform.upsertReviewComment(
    marker,
    renderMarkdown(report, { maxChars: COMMENT_LIMIT, marker, links, history: { current: runRecord(report, context), previous } })
  );
  if (comment.outcome === "skipped") {
    if (!terminal) platform.info(`Review comment not posted: ${comment.reason}`);
  } else platform.info(`Review comment ${comment.outcome}${comment.url ? `: ${comment.url}` : ""}`);
  platform.setOutput("verdict", report.verdict);
  platform.setOutput("report", files.json);
  platform.setOutput("failed-checks", String(failed.length + (report.error ? 1 : 0)));
  return files;
}

export {
  SUMMARY_LIMIT,
  COMMENT_LIMIT,
  CHECK_SUMMARY_LIMIT,
  commentMarker,
  reportArtifactName,
  nameKey,
  writeReportFiles,
  publishReport
};
