import { readFileSync } from 'node:fs';
import { appendFile, stat } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import type { getOctokit } from '@actions/github';
import { SourceError } from '../errors.js';
import { DEFAULT_HTTP_OPTIONS, retryAfterMs, type HttpOptions } from '../net/http.js';
import { createCheckRun } from './github-checks.js';
import { commandText, logLine } from './log-text.js';
import { triggerGithub } from './trigger-github.js';
import type { Annotation, CheckRunRequest, CheckRunResult, CommentResult, Platform, RunContext } from './port.js';

/** GitHub's limit for one step's job summary. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** GitHub's limit for an issue comment body. */
const COMMENT_LIMIT_CHARS = 65_536;
const SUMMARY_IN_JOB = 'the verdict is in the job summary';
/** The actions' `out-dir` default: a gate writing there needs no name of its own. */
const DEFAULT_OUT_DIR = 'modelgate-report';
/**
 * Who writes comments with GITHUB_TOKEN. GitHub answers GET /user with 403 for that token (an app installation
 * token), so its comments are recognised by this login; other tokens name their user.
 */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface GithubPlatformOptions {
  /** Token for the review comment; else the `github-token` input, else `GITHUB_TOKEN`. */
  token?: string;
  /** Pause before the one retry of a failed comment request; default 1000 ms. */
  retryDelayMs?: number;
  /** Bound on each API request and the most pages a listing may take; default DEFAULT_HTTP_OPTIONS. */
  http?: Pick<HttpOptions, 'timeoutMs' | 'pageCap' | 'maxRetryAfterMs'>;
}

type Octokit = ReturnType<typeof getOctokit>;

interface PullRequest {
  owner: string;
  repo: string;
  number: number;
}

export function createGithubPlatform(options: GithubPlatformOptions = {}): Platform {
  let summaryWrites: Promise<void> = Promise.resolve();

  const platform: Platform = {
    name: 'github',
    interactive: false,
    input: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    writeSummary(markdown) {
      // Serialized so that two concurrent writes cannot both pass the size check.
      summaryWrites = summaryWrites.then(() => appendSummary(markdown));
      return summaryWrites;
    },
    upsertReviewComment: (marker, body) => upsertReviewComment(marker, body, options),
    findReviewComment: (marker) => findReviewComment(marker, options),
    runContext,
    instanceName: (_gate, outDir) => {
      const dir = path.normalize(outDir).replace(/[\\/]+$/, '');
      return core.getInput('name') || (dir === DEFAULT_OUT_DIR ? undefined : dir);
    },
    publishCheck: (check) => publishCheck(check, options),
    annotate: (annotation) => annotate(annotation),
    info,
    warning,
    error: (message) => core.error(commandText(message)),
    debug: (message) => core.debug(commandText(message)),
    group: (title, body) => core.group(commandText(title), body),
    // Loaded on first use: the artifact and cache clients are large and only the train gate needs them.
    uploadArtifact: async (name, files, root) => (await import('./artifacts-github.js')).uploadGithubArtifact(name, files, root),
    restoreCache: async (paths, key) => (await import('./cache-github.js')).restoreGithubCache(paths, key, warning),
    saveCache: async (paths, key) => (await import('./cache-github.js')).saveGithubCache(paths, key, warning),
    saveState: async (name, bytes) => (await import('./state-github.js')).saveGithubState(name, bytes),
    loadState: async (name) => (await import('./state-github.js')).loadGithubState(name),
    trigger: (request) =>
      triggerGithub(request, {
        token: tokenOf(options),
        env: process.env,
        http: { ...options.http, ...(options.retryDelayMs === undefined ? {} : { backoffMs: options.retryDelayMs }) },
        warn: warning,
      }),
  };
  return platform;
}

/** The log calls of this adapter: every text passes log-text.ts on its way out (see there why). */
function info(message: string): void {
  core.info(logLine(message));
}

function warning(message: string): void {
  core.warning(commandText(message));
}

async function appendSummary(markdown: string): Promise<void> {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) {
    warning('job summary not written: $GITHUB_STEP_SUMMARY is not set');
    return;
  }
  const text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
  try {
    const written = await sizeOf(path);
    const adding = Buffer.byteLength(text, 'utf8');
    if (written + adding > SUMMARY_LIMIT_BYTES) {
      // The runner drops an oversized summary entirely ("upload aborted"), so even the verdict would be lost.
      warning(
        `job summary not written: ${adding} bytes on top of ${written} already written would exceed GitHub's limit of ` +
          `${SUMMARY_LIMIT_BYTES} bytes (1 MiB) per step; the summary must be shortened`,
      );
      return;
    }
    await appendFile(path, text, 'utf8');
  } catch (error) {
    // Like the review comment, the summary is never what fails a gate.
    warning(`job summary not written to ${path}: ${messageOf(error)}`);
  }
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}

function annotate({ level, message, title, file, line, column }: Annotation): void {
  const properties: core.AnnotationProperties = {};
  if (title !== undefined) properties.title = commandText(title);
  if (file !== undefined) properties.file = commandText(file);
  if (line !== undefined) {
    properties.startLine = line;
    // GitHub accepts a column only together with a line.
    if (column !== undefined) properties.startColumn = column;
  }
  core[level](commandText(message), properties);
}

async function upsertReviewComment(marker: string, body: string, options: GithubPlatformOptions): Promise<CommentResult> {
  // Caller mistakes, not outside conditions: an empty marker matches every comment, and a body without
  // the marker would be posted anew on every run.
  if (!marker) throw new Error('review comment marker must not be empty');
  if (!body.includes(marker)) throw new Error('review comment body must contain its marker, or it cannot be found again');
  if (body.length > COMMENT_LIMIT_CHARS) {
    throw new Error(
      `review comment is ${body.length} characters, over GitHub's limit of ${COMMENT_LIMIT_CHARS}: shorten it before posting`,
    );
  }

  const target = pullRequestFromEnvironment();
  if (typeof target === 'string') return { outcome: 'skipped', reason: target };

  const token = options.token || core.getInput('github-token') || process.env.GITHUB_TOKEN || '';
  if (!token) return skipWithWarning(`no GitHub token (set the github-token input or GITHUB_TOKEN); ${SUMMARY_IN_JOB}`);

  const octokit = await octokitFor(token, options);
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeComment(octokit, target, marker, body, options);
    } catch (error) {
      // Ours (a listing past the page cap): not a failure a retry would mend.
      if (error instanceof SourceError) return skipWithWarning(`review comment not posted, ${error.message}; ${SUMMARY_IN_JOB}`);
      const status = statusOf(error);
      const message = messageOf(error);
      const detail = status === undefined ? `no answer from GitHub: ${message}` : `GitHub answered ${status}: ${message}`;
      // A rate limit (429, or 403 for GitHub's secondary limits) says when to come back; waited for if not too long.
      const retryAfter = retryAfterMs(retryAfterOf(error));
      const maxWait = options.http?.maxRetryAfterMs ?? DEFAULT_HTTP_OPTIONS.maxRetryAfterMs;
      if ((status === 403 || status === 404) && retryAfter === undefined) {
        return skipWithWarning(`${detail}; read-only token (pull request from a fork?); ${SUMMARY_IN_JOB}`);
      }
      if (attempt === 1 && (isTransient(status) || retryAfter !== undefined) && (retryAfter ?? 0) <= maxWait) {
        await new Promise((resolve) => setTimeout(resolve, retryAfter ?? options.retryDelayMs ?? 1000));
        continue;
      }
      const tries = attempt === 1 ? '' : ' (after one retry)';
      return skipWithWarning(`review comment not posted, ${detail}${tries}; ${SUMMARY_IN_JOB}`);
    }
  }
}

/** Finds the existing comment by re-listing, so a retry after a lost response updates rather than duplicates. */
async function writeComment(
  octokit: Octokit,
  pr: PullRequest,
  marker: string,
  body: string,
  options: GithubPlatformOptions,
): Promise<CommentResult> {
  const { owner, repo } = pr;
  const me = await ownLogin(octokit);
  const existing = await findOwnComment(octokit, pr, marker, me, options);
  if (existing !== undefined) {
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return { outcome: 'updated', url: data.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: pr.number, body });
  try {
    return await keepOldestComment(octokit, pr, marker, me, { id: data.id, url: data.html_url }, body, options);
  } catch (error) {
    // The comment is posted; at worst a duplicate from a concurrent run is left beside it.
    core.info(`duplicate review comments not checked: ${messageOf(error)}`);
    return { outcome: 'created', url: data.html_url };
  }
}

/**
 * Two runs that list at once both find no comment and both create one; afterwards each lists again, keeps the
 * oldest of ours and deletes the others, so the pull request ends with one. A run whose own comment was not the
 * oldest writes its body into the one kept.
 */
async function keepOldestComment(
  octokit: Octokit,
  pr: PullRequest,
  marker: string,
  me: string,
  created: { id: number; url: string },
  body: string,
  options: GithubPlatformOptions,
): Promise<CommentResult> {
  const { owner, repo } = pr;
  const ours: { id: number; html_url: string }[] = [];
  for await (const page of commentPages(octokit, pr, options)) ours.push(...page.filter((comment) => isOwnComment(comment, marker, me)));
  ours.sort((a, b) => a.id - b.id);
  const oldest = ours[0] ?? { id: created.id, html_url: created.url };
  const remove = async (id: number) => {
    try {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id });
    } catch (error) {
      // Another run deleted it first.
      if (statusOf(error) !== 404) throw error;
    }
  };
  for (const comment of ours.slice(1)) await remove(comment.id);
  if (oldest.id === created.id) return { outcome: 'created', url: created.url };
  if (!ours.some((comment) => comment.id === created.id)) await remove(created.id);
  const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body });
  return { outcome: 'updated', url: data.html_url };
}

interface ListedComment {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login?: string } | null;
}

/** A comment is ours when the token's identity wrote it: anyone can paste the marker into a comment of their own. */
function isOwnComment(comment: ListedComment, marker: string, me: string): comment is ListedComment & { body: string } {
  return comment.user?.login === me && typeof comment.body === 'string' && comment.body.includes(marker);
}

/** The login the token comments as. */
async function ownLogin(octokit: Octokit): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    if (statusOf(error) === 403) return ACTIONS_BOT_LOGIN;
    throw error;
  }
}

/** The pull request's comments, oldest first, page by page; refused after the page cap rather than followed without end. */
async function* commentPages(octokit: Octokit, pr: PullRequest, options: GithubPlatformOptions): AsyncGenerator<ListedComment[]> {
  const cap = options.http?.pageCap ?? DEFAULT_HTTP_OPTIONS.pageCap;
  let pages = 0;
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  })) {
    yield page.data;
    if (++pages >= cap && page.headers.link?.includes('rel="next"')) {
      throw new SourceError(
        `listing the comments of pull request #${pr.number} stopped after ${cap} pages, the most a listing may take, with GitHub still naming a next page`,
      );
    }
  }
}

async function findOwnComment(
  octokit: Octokit,
  pr: PullRequest,
  marker: string,
  me: string,
  options: GithubPlatformOptions,
): Promise<(ListedComment & { body: string }) | undefined> {
  for await (const page of commentPages(octokit, pr, options)) {
    const found = page.find((comment) => isOwnComment(comment, marker, me));
    if (found) return found;
  }
  return undefined;
}

/** The pull request this run belongs to, or why there is none. */
function pullRequestFromEnvironment(): PullRequest | string {
  const eventPath = process.env.GITHUB_EVENT_PATH;
  if (!eventPath) return 'not a pull request event (no event payload: GITHUB_EVENT_PATH is not set)';
  let payload: EventPayload;
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8')) as EventPayload;
  } catch (error) {
    const reason = `cannot read the event payload ${eventPath}: ${messageOf(error)}`;
    warning(reason);
    return reason;
  }
  // issue_comment events on a pull request carry the number under `issue`, marked by `issue.pull_request`.
  const number = payload?.pull_request?.number ?? (payload?.issue?.pull_request ? payload.issue.number : undefined);
  if (!Number.isInteger(number) || (number as number) <= 0) return 'not a pull request event';

  const [owner, repo, ...rest] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0) {
    const reason = `GITHUB_REPOSITORY is not owner/repo: '${process.env.GITHUB_REPOSITORY ?? ''}'`;
    warning(reason);
    return reason;
  }
  return { owner, repo, number: number as number };
}

interface EventPayload {
  pull_request?: { number?: number; head?: { sha?: string } };
  issue?: { number?: number; pull_request?: unknown };
}

function skipWithWarning(reason: string): CommentResult {
  warning(reason);
  return { outcome: 'skipped', reason };
}

/** The HTTP status GitHub answered with; undefined when it did not answer (Octokit labels those 500 without a response). */
function statusOf(error: unknown): number | undefined {
  const { status, response } = (error ?? {}) as { status?: unknown; response?: unknown };
  return typeof status === 'number' && response !== undefined ? status : undefined;
}

function retryAfterOf(error: unknown): string | null {
  const headers = (error as { response?: { headers?: Record<string, unknown> } } | null)?.response?.headers;
  const value = headers?.['retry-after'];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

function isTransient(status: number | undefined): boolean {
  return status === undefined || status === 429 || status >= 500;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function tokenOf(options: GithubPlatformOptions): string {
  return options.token || core.getInput('github-token') || process.env.GITHUB_TOKEN || '';
}

/** Octokit is loaded on first use: it is large, and start-up should not wait for it. Each request is time-bound. */
async function octokitFor(token: string, options: GithubPlatformOptions): Promise<Octokit> {
  const [{ getOctokit }, { defaults }] = await Promise.all([import('@actions/github'), import('@actions/github/lib/utils')]);
  // The runner's proxy-aware fetch, each call bounded in time (octokit's options replace, not merge, its defaults).
  const proxyFetch = (defaults.request?.fetch ?? fetch) as typeof fetch;
  const timeoutMs = options.http?.timeoutMs ?? DEFAULT_HTTP_OPTIONS.timeoutMs;
  const timedFetch: typeof fetch = (url, init) => proxyFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  return getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com', request: { fetch: timedFetch } });
}

/** The existing comment's body, for the run history it carries; null when there is none or it cannot be read. */
async function findReviewComment(marker: string, options: GithubPlatformOptions): Promise<string | null> {
  if (!marker) throw new Error('review comment marker must not be empty');
  const target = pullRequestFromEnvironment();
  const token = tokenOf(options);
  if (typeof target === 'string' || !token) return null;
  try {
    const octokit = await octokitFor(token, options);
    return (await findOwnComment(octokit, target, marker, await ownLogin(octokit), options))?.body ?? null;
  } catch (error) {
    // Only the history is lost; posting the comment reports its own problems.
    info(`previous review comment not read: ${messageOf(error)}`);
  }
  return null;
}

function readEvent(): EventPayload | null {
  const eventPath = process.env.GITHUB_EVENT_PATH;
  if (!eventPath) return null;
  try {
    return JSON.parse(readFileSync(eventPath, 'utf8')) as EventPayload;
  } catch {
    return null;
  }
}

/** The pull request's head commit (GITHUB_SHA is the merge commit there), else GITHUB_SHA; the run's page. */
function runContext(): RunContext {
  const env = process.env;
  const sha = readEvent()?.pull_request?.head?.sha || env.GITHUB_SHA || undefined;
  const url =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  return { ...(sha ? { sha } : {}), ...(url ? { url } : {}) };
}

async function publishCheck(check: CheckRunRequest, options: GithubPlatformOptions): Promise<CheckRunResult> {
  const [owner, repo, ...rest] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0)
    return { outcome: 'skipped', reason: `GITHUB_REPOSITORY is not owner/repo: '${process.env.GITHUB_REPOSITORY ?? ''}'` };
  const { sha, url } = runContext();
  if (!sha) return { outcome: 'skipped', reason: 'no commit to attach it to (no pull_request.head.sha in the event, GITHUB_SHA unset)' };
  const token = tokenOf(options);
  if (!token) return { outcome: 'skipped', reason: 'no GitHub token (set the github-token input or GITHUB_TOKEN)' };
  return createCheckRun(
    await octokitFor(token, options),
    { owner, repo, headSha: sha, detailsUrl: url, workspace: process.env.GITHUB_WORKSPACE || process.cwd() },
    check,
  );
}
