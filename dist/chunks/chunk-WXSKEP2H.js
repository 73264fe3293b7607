import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  formatValue
} from "./chunk-6FWDVCS2.js";

// shared/gates/judge.ts
var NOT_FINITE = "is not a finite number (an overflow or underflow in its sums, e.g. from extreme weights), so it cannot be checked";
var pct = (level) => level === null ? "" : `${Math.round(level * 100)}% CI `;
var showInterval = (interval, level) => interval ? ` (${pct(level)}[${formatValue(interval[0])}, ${formatValue(interval[1])}])` : "";
function scopeText(scope) {
  if (!scope) return "";
  return Object.entries(scope).map(([k, v]) => `${k}=${v}`).join(", ");
}
var isNonFinite = (value) => typeof value === "number" && !Number.isFinite(value);
function pick(on, value, interval) {
  if (on === "point") return value;
  if (!interval) return null;
  return on === "lower_bound" ? interval[0] : interval[1];
}
function boundOf(rule) {
  const bound = { on: rule.on ?? "point" };
  if (rule.min !== void 0) bound.min = rule.min;
  if (rule.max !== void 0) bound.max = rule.max;
  if (rule.max_drop !== void 0) bound.max_drop = rule.max_drop;
  if (rule.max_relative_drop !== void 0) bound.max_relative_drop = rule.max_relative_drop;
  return bound;
}
function judgeLevel(rule, held) {
  if (rule.min !== void 0 && !(held >= rule.min)) return { ok: false, words: `below the minimum ${formatValue(rule.min)}` };
  if (rule.max !== void 0 && !(held <= rule.max)) return { ok: false, words: `above the maximum ${formatValue(rule.max)}` };
  const parts = [];
  if (rule.min !== void 0) parts.push(`\u2265 ${formatValue(rule.min)}`);
  if (rule.max !== void 0) parts.push(`\u2264 ${formatValue(rule.max)}`);
  return { ok: true, words: `within ${parts.join(" and ")}` };
}
function settle(raw, rule, policy) {
  const warnOnly = (rule.severity ?? "fail") === "warn";
  switch (raw) {
    case "fail":
      return warnOnly ? "warn" : "fail";
    case "inconclusive":
      if (policy === "pass") return "pass";
      return policy === "warn" || warnOnly ? "warn" : "inconclusive";
    default:
      return raw;
  }
}
function numbersOf(raw) {
  return [
    raw.value,
    ...raw.interval ?? [],
    raw.baseline?.value,
    raw.baseline?.delta,
    ...raw.baseline?.delta_interval ?? [],
    raw.evidence?.statistic,
    raw.evidence?.p_value,
    raw.evidence?.p_value_adjusted
  ];
}
function passesOnFiniteEvidence(raw) {
  if (raw.raw_status !== "pass" || !numbersOf(raw).some(isNonFinite)) return raw;
  return { ...raw, raw_status: "inconclusive", reason: `${raw.title}: its evidence ${NOT_FINITE}` };
}
function finishChecks(judged, policy, ruleLocation) {
  const checks = [];
  const seen = /* @__PURE__ */ new Map();
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
        severity: rule.severity ?? "fail",
        rule: { index, ...ruleLocation(index) }
      });
    }
  });
  return checks;
}
function judgeMeasurement(rule, m, level) {
  const shown = {
    id: m.id,
    title: m.title,
    metric: m.metric,
    scope: m.scope,
    bound: boundOf(rule),
    value: m.value,
    interval: m.interval,
    n: m.n,
    ...m.evidence ? { evidence: m.evidence } : {}
  };
  if (m.inconclusive !== void 0) return { ...shown, raw_status: "inconclusive", reason: `${m.title}: ${m.inconclusive}` };
  if (m.value === null) return { ...shown, raw_status: "inconclusive", reason: `${m.title} is undefined here, so it cannot be checked` };
  if (!Number.isFinite(m.value)) return { ...shown, raw_status: "inconclusive", reason: `${m.title} ${NOT_FINITE}` };
  const on = rule.on ?? "point";
  const held = pick(on, m.value, m.interval);
  if (held === null)
    return {
      ...shown,
      raw_status: "error",
      reason: `${m.title}: \`on: ${on}\` needs a confidence interval, and this measurement has none`
    };
  const verdict = judgeLevel(rule, held);
  const interval = showInterval(m.interval, level);
  const what = on === "point" ? `is ${formatValue(m.value)}${interval}` : `${on.replace("_", " ")} is ${formatValue(held)} (point ${formatValue(m.value)})`;
  return {
    ...shown,
    raw_status: verdict.ok ? "pass" : "fail",
    reason: `${m.title} ${what}, ${verdict.words}${m.n === null ? "" : ` (n=${m.n})`}`
  };
}

// shared/platform/progress.ts
var BAR_WIDTH = 20;
var integerFormat;
var integer = (value) => (integerFormat ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 })).format(value);
function createProgressReporter(platform, terminal = process.stderr) {
  let drawn = false;
  const report = (progress) => {
    if (platform.interactive) {
      terminal.write(`\r${liveLine(progress)}\x1B[K`);
      drawn = true;
    } else {
      platform.info(logLine(progress));
    }
  };
  return Object.assign(report, {
    end() {
      if (drawn) terminal.write("\n");
      drawn = false;
    }
  });
}
function logLine(progress) {
  const percent = percentOf(progress);
  const size = percent === void 0 ? formatBytes(progress.bytes) : `${formatBytes(progress.bytes)}, ${percent}%`;
  return `read ${integer(progress.rows)} rows (${size})${rate(progress, " at ")}`;
}
function liveLine(progress) {
  const percent = percentOf(progress);
  const parts = [`${integer(progress.rows)} rows`, formatBytes(progress.bytes)];
  const speed = rate(progress, "");
  if (speed) parts.push(speed);
  const text = parts.join("  ");
  if (percent === void 0) return `reading ${text}`;
  const filled = Math.round(percent / 100 * BAR_WIDTH);
  return `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${String(percent).padStart(3)}%  ${text}`;
}
function percentOf({ bytes, totalBytes }) {
  if (totalBytes === void 0 || !(totalBytes > 0)) return void 0;
  return Math.min(100, Math.floor(bytes / totalBytes * 100));
}
function rate({ rowsPerSecond }, prefix) {
  return Number.isFinite(rowsPerSecond) ? `${prefix}${integer(rowsPerSecond)} rows/s` : "";
}
function formatBytes(bytes) {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

export {
  NOT_FINITE,
  pct,
  showInterval,
  scopeText,
  isNonFinite,
  pick,
  boundOf,
  judgeLevel,
  finishChecks,
  judgeMeasurement,
  createProgressReporter
};
