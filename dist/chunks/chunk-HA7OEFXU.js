import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  hasEvaluation,
  ownValue
} from "./chunk-GWICTQE2.js";
import {
  formatValue
} from "./chunk-6FWDVCS2.js";

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
function formatOverallInterval(intervals, metric) {
  const interval = ownValue(intervals.overall, metric);
  if (interval) return formatInterval(interval);
  return intervals.none && ownValue(intervals.none, metric) !== void 0 ? "none yet (point only, see notes)" : "\u2014";
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
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function skippedRowsPhrase(data) {
  if (data === void 0) return null;
  const reasons = Object.entries(data.rowsSkipped).filter(([, n]) => (n ?? 0) > 0);
  if (reasons.length === 0) return null;
  const skipped = reasons.reduce((sum, [, n]) => sum + n, 0);
  const why = reasons.length === 1 ? reasons[0][0] : reasons.sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason}: ${formatCount(n)}`).join(", ");
  return `${formatCount(skipped)} of ${formatCount(data.rowsRead)} ${data.rowsRead === 1 ? "row" : "rows"} skipped (${why})`;
}
function verdictDetail(report) {
  const skipped = skippedRowsPhrase(hasEvaluation(report) ? report.data : void 0);
  return `${verdictCounts(report.counts, report.checks.length, Boolean(report.error))}${skipped ? ` \u2014 ${skipped}` : ""}`;
}
function verdictCounts(counts, checks, errored = false) {
  if (errored && checks === 0) return "the gate could not be evaluated";
  const parts = [`${counts.fail} failed`];
  if (counts.error > 0) parts.push(plural(counts.error, "error"));
  parts.push(plural(counts.warn, "warning"), `${counts.inconclusive} inconclusive`);
  return `${parts.join(", ")} of ${plural(checks, "check")}`;
}
function formatEvidence(evidence) {
  const parts = [evidence.test];
  if (evidence.statistic !== null)
    parts.push(`statistic ${Number.isInteger(evidence.statistic) ? String(evidence.statistic) : formatNumber(evidence.statistic)}`);
  if (evidence.p_value !== null) {
    const adjusted = evidence.p_value_adjusted == null ? "" : ` (${evidence.adjustment ?? "adjusted"} ${formatPValue(evidence.p_value_adjusted)})`;
    parts.push(`p = ${formatPValue(evidence.p_value)}${adjusted}`);
  }
  const effect = evidence.effect;
  if (effect) parts.push(`${effect.name} ${formatNumber(effect.value)}${effect.interval ? ` ${formatInterval(effect.interval)}` : ""}`);
  if (evidence.power != null) parts.push(`power ${formatNumber(evidence.power)}`);
  if (evidence.sample_size_needed != null) parts.push(`${formatCount(evidence.sample_size_needed)} samples needed`);
  return parts.join("; ");
}
function formatPValue(p) {
  return p !== 0 && p < 1e-3 ? p.toExponential(2) : formatNumber(p);
}
function reasonWithEvidence(check) {
  return check.evidence ? `${check.reason} (${formatEvidence(check.evidence)})` : check.reason;
}

export {
  STATUS_ICON,
  formatNumber,
  formatCount,
  formatDelta,
  formatInterval,
  formatOverallInterval,
  formatBound,
  formatStatus,
  skippedRowsPhrase,
  verdictDetail,
  formatEvidence,
  formatPValue,
  reasonWithEvidence
};
