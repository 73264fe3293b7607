/**
 * The sticky comment's memory of earlier runs, so a reviewer sees a fix take effect. The runs travel inside the
 * comment itself as a hidden HTML comment holding JSON; a run reads them from the comment it replaces. The
 * comment is editable by people, so what is read back is validated entry by entry and anything odd is dropped:
 * history is context for readers, never evidence for the verdict.
 */
import { STATUS_ICON } from './format.js';
import type { AnyReport, Verdict } from './model.js';

/** Previous runs shown under the current one. */
export const HISTORY_LENGTH = 5;

export interface RunRecord {
  /** The commit the run judged: the pull request's head, else the pushed commit. */
  sha: string | null;
  verdict: Verdict;
  counts: { fail: number; warn: number; inconclusive: number; error: number };
  /** The CI run's page. */
  url?: string;
}

const HISTORY_PATTERN = /<!-- modelgate:history (\[[^]*?\]) -->/;
const VERDICTS = new Set<string>(['pass', 'warn', 'fail', 'error']);
const SHA = /^[0-9a-f]{7,64}$/i;

export function runRecord(report: AnyReport, context: { sha?: string; url?: string }): RunRecord {
  const { fail, warn, inconclusive, error } = report.counts;
  return {
    sha: context.sha && SHA.test(context.sha) ? context.sha.toLowerCase() : null,
    verdict: report.verdict,
    counts: { fail, warn, inconclusive, error },
    ...(context.url && isWebUrl(context.url) ? { url: context.url } : {}),
  };
}

function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function validRecord(value: unknown): RunRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const { sha, verdict, counts, url } = value as Record<string, unknown>;
  if (!(sha === null || (typeof sha === 'string' && SHA.test(sha)))) return null;
  if (typeof verdict !== 'string' || !VERDICTS.has(verdict)) return null;
  if (typeof counts !== 'object' || counts === null) return null;
  const { fail, warn, inconclusive, error } = counts as Record<string, unknown>;
  if (![fail, warn, inconclusive, error].every(isCount)) return null;
  return {
    sha: sha as string | null,
    verdict: verdict as Verdict,
    counts: { fail: fail as number, warn: warn as number, inconclusive: inconclusive as number, error: error as number },
    ...(typeof url === 'string' && isWebUrl(url) ? { url } : {}),
  };
}

/** The runs recorded in an earlier comment body, newest first; [] when there is none or it is unreadable. */
export function readHistory(body: string | null): RunRecord[] {
  const match = body ? HISTORY_PATTERN.exec(body) : null;
  if (!match) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(match[1]);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed
    .map(validRecord)
    .filter((r): r is RunRecord => r !== null)
    .slice(0, HISTORY_LENGTH + 1);
}

/**
 * JSON that cannot end or break the HTML comment around it: `<`, `>`, `&` and `-` become \u escapes, which
 * JSON.parse turns back into the same characters.
 */
function hiddenJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&-]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function commitCell(record: RunRecord): string {
  if (!record.sha) return 'unknown commit';
  const short = `\`${record.sha.slice(0, 7)}\``;
  // Only URLs that passed isWebUrl get here; angle brackets let them hold parentheses.
  return record.url ? `[${short}](<${record.url.replace(/[\s<>|\\`]/g, encodeURIComponent)}>)` : short;
}

/**
 * The folded "Previous runs" table (when there were any) and the hidden record of this run and the last
 * HISTORY_LENGTH before it, which the next run reads back.
 */
export function historyBlock(current: RunRecord, previous: RunRecord[]): string {
  const shown = previous.slice(0, HISTORY_LENGTH);
  const hidden = `<!-- modelgate:history ${hiddenJson([current, ...shown])} -->`;
  if (shown.length === 0) return hidden;
  const rows = shown.map(
    (run) =>
      `| ${commitCell(run)} | ${STATUS_ICON[run.verdict]} ${run.verdict} | ${run.counts.fail} | ${run.counts.warn} | ${run.counts.inconclusive} | ${run.counts.error} |`,
  );
  const table = ['| Commit | Verdict | Failed | Warnings | Inconclusive | Errors |', '| --- | --- | --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
  return `<details><summary>Previous runs (${shown.length}), newest first</summary>\n\n${table}\n\n</details>\n${hidden}`;
}
