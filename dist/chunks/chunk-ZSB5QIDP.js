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
  if (m.value === null) {
    const why = m.undefinedWhy === void 0 ? "" : ` (${m.undefinedWhy})`;
    return { ...shown, raw_status: "inconclusive", reason: `${m.title} is undefined here${why}, so it cannot be checked` };
  }
  if (!Number.isFinite(m.value)) return { ...shown, raw_status: "inconclusive", reason: `${m.title} ${NOT_FINITE}` };
  const on = rule.on ?? "point";
  const held = pick(on, m.value, m.interval);
  if (held === null) {
    const missing = m.noInterval ?? { status: "error", reason: "needs a confidence interval, and this measurement has none" };
    return { ...shown, raw_status: missing.status, reason: `${m.title}: \`on: ${on}\` ${missing.reason}` };
  }
  const verdict = judgeLevel(rule, held);
  const interval = showInterval(m.interval, level);
  const what = on === "point" ? `is ${formatValue(m.value)}${interval}` : `${on.replace("_", " ")} is ${formatValue(held)} (point ${formatValue(m.value)}${m.interval ? `, ${pct(level)}[${formatValue(m.interval[0])}, ${formatValue(m.interval[1])}]` : ""})`;
  return {
    ...shown,
    raw_status: verdict.ok ? "pass" : "fail",
    reason: `${m.title} ${what}, ${verdict.words}${m.n === null ? "" : ` (n=${m.n})`}`
  };
}

export {
  NOT_FINITE,
  showInterval,
  scopeText,
  isNonFinite,
  pick,
  boundOf,
  judgeLevel,
  finishChecks,
  judgeMeasurement
};
