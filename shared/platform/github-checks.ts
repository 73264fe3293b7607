/**
 * A GitHub check run per gate (`POST /repos/{owner}/{repo}/check-runs`): its conclusion follows the verdict and its
 * annotations point at the config line of each rule that did not pass. GitHub takes at most 50 annotations per
 * request, so the rest follow in PATCH requests on the same run. Like the review comment, a check run is a
 * courtesy: a token without `checks: write` (403), or any other failure, is logged and skipped, never a failed gate.
 */
import path from 'node:path';
import type { Annotation, CheckRunRequest, CheckRunResult } from './port.js';
import { commandText } from './log-text.js';

export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit for the output summary (and text) of a check run. */
export const CHECK_SUMMARY_LIMIT = 65_535;
/** GitHub's limits for an annotation's title and message. */
const TITLE_LIMIT = 255;
const MESSAGE_LIMIT = 64 * 1024;

const CONCLUSIONS = { pass: 'success', warn: 'neutral', fail: 'failure', error: 'action_required' } as const;
const LEVELS = { error: 'failure', warning: 'warning', notice: 'notice' } as const;

export interface CheckRunTarget {
  owner: string;
  repo: string;
  headSha: string;
  /** The workflow run's page: where "details" leads, required in spirit for `action_required`. */
  detailsUrl?: string;
  /** Annotation paths are made relative to it; files outside it cannot be annotated. */
  workspace: string;
}

/** The part of Octokit this module uses, so any client with the same REST shape works. */
export interface ChecksClient {
  request(route: string, parameters: Record<string, unknown>): Promise<{ data: { id: number; html_url?: string | null } }>;
}

interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title?: string;
  message: string;
}

function cut(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/** An annotation GitHub can place: a file inside the workspace, in `/` form relative to it, and a line. */
function checkAnnotation(annotation: Annotation, workspace: string): CheckAnnotation | null {
  if (!annotation.file || annotation.line === undefined || !(annotation.line >= 1)) return null;
  const relative = path.relative(workspace, path.resolve(workspace, annotation.file));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return {
    path: relative.split(path.sep).join('/'),
    start_line: annotation.line,
    end_line: annotation.line,
    // GitHub accepts columns only on a one-line annotation; both ends are needed.
    ...(annotation.column !== undefined && annotation.column >= 1
      ? { start_column: annotation.column, end_column: annotation.column }
      : {}),
    annotation_level: LEVELS[annotation.level],
    ...(annotation.title ? { title: cut(commandText(annotation.title), TITLE_LIMIT) } : {}),
    message: cut(commandText(annotation.message), MESSAGE_LIMIT),
  };
}

function statusOf(error: unknown): number | undefined {
  const { status, response } = (error ?? {}) as { status?: unknown; response?: unknown };
  return typeof status === 'number' && response !== undefined ? status : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function createCheckRun(client: ChecksClient, target: CheckRunTarget, check: CheckRunRequest): Promise<CheckRunResult> {
  const placed = check.annotations.map((a) => ({ source: a, placed: checkAnnotation(a, target.workspace) }));
  const annotations = placed.flatMap((p) => (p.placed ? [p.placed] : []));
  const unplaced = placed.filter((p) => !p.placed).map((p) => p.source);
  const sources = placed.filter((p) => p.placed).map((p) => p.source);
  const output = (batch: CheckAnnotation[]) => ({
    title: cut(check.title, TITLE_LIMIT),
    summary: cut(check.summary, CHECK_SUMMARY_LIMIT),
    annotations: batch,
  });
  const { owner, repo } = target;
  let created: { id: number; html_url?: string | null };
  try {
    ({ data: created } = await client.request('POST /repos/{owner}/{repo}/check-runs', {
      owner,
      repo,
      name: check.name,
      head_sha: target.headSha,
      status: 'completed',
      conclusion: CONCLUSIONS[check.verdict],
      ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
      output: output(annotations.slice(0, ANNOTATIONS_PER_REQUEST)),
    }));
  } catch (error) {
    const status = statusOf(error);
    if (status === 403) {
      return {
        outcome: 'skipped',
        reason: `GitHub answered 403 (${messageOf(error)}): the token lacks \`checks: write\`; the verdict is in the job summary and the comment`,
      };
    }
    const detail = status === undefined ? `no answer from GitHub: ${messageOf(error)}` : `GitHub answered ${status}: ${messageOf(error)}`;
    return { outcome: 'skipped', reason: `check run not created, ${detail}` };
  }
  const url = created.html_url ? { url: created.html_url } : {};
  let attached = Math.min(annotations.length, ANNOTATIONS_PER_REQUEST);
  for (; attached < annotations.length; attached += ANNOTATIONS_PER_REQUEST) {
    try {
      // An update appends its annotations to the run's; title and summary are required with them and stay the same.
      await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        owner,
        repo,
        check_run_id: created.id,
        output: output(annotations.slice(attached, attached + ANNOTATIONS_PER_REQUEST)),
      });
    } catch (error) {
      return {
        outcome: 'created',
        ...url,
        unattached: [...unplaced, ...sources.slice(attached)],
        reason: `only ${attached} of ${annotations.length} annotations attached: ${messageOf(error)}`,
      };
    }
  }
  return { outcome: 'created', ...url, unattached: unplaced };
}
