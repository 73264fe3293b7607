import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// shared/gates/verdict.ts
var RANK = { pass: 0, warn: 1, fail: 2, inconclusive: 2, error: 3 };
var VERDICT_OF_RANK = ["pass", "warn", "fail", "error"];
function verdictOf(checks) {
  let worst = 0;
  for (const check of checks) worst = Math.max(worst, RANK[check.status]);
  return VERDICT_OF_RANK[worst];
}
function countStatuses(checks) {
  const counts = { pass: 0, warn: 0, fail: 0, inconclusive: 0, error: 0 };
  for (const check of checks) counts[check.status] += 1;
  return counts;
}
function exitCodeOf(verdict) {
  return verdict === "error" ? 2 : verdict === "fail" ? 1 : 0;
}

export {
  verdictOf,
  countStatuses,
  exitCodeOf
};
