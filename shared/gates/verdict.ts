/** The overall verdict is derived from the checks, never set by hand. */
import type { Check, CheckStatus, Verdict } from '../report/model.js';

const RANK: Record<CheckStatus, number> = { pass: 0, warn: 1, fail: 2, inconclusive: 2, error: 3 };
const VERDICT_OF_RANK: Verdict[] = ['pass', 'warn', 'fail', 'error'];

export function verdictOf(checks: Check[]): Verdict {
  let worst = 0;
  for (const check of checks) worst = Math.max(worst, RANK[check.status]);
  return VERDICT_OF_RANK[worst];
}

export function countStatuses(checks: Check[]): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { pass: 0, warn: 0, fail: 0, inconclusive: 0, error: 0 };
  for (const check of checks) counts[check.status] += 1;
  return counts;
}

/** Process exit code: 0 pass or warn, 1 fail, 2 the gate could not be evaluated. */
export function exitCodeOf(verdict: Verdict): number {
  return verdict === 'error' ? 2 : verdict === 'fail' ? 1 : 0;
}
