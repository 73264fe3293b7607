/**
 * The Platform on GitLab CI: inputs from `MODELGATE_*` job variables (the templates set them), outputs to a dotenv
 * file (`artifacts: reports: dotenv`), the summary as plain text in the job log with collapsible sections, one
 * sticky merge request note per gate, pipeline triggers for drift, and named state in the package registry.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatLocation } from '../errors.js';
import { describeHttpFailure, HttpError, httpPages, httpRequest, redactUrl, type HttpOptions, type HttpResponse } from '../net/http.js';
import { renderGitlabMetrics } from '../report/gitlab-metrics.js';
import type { Report } from '../report/model.js';
import { loadGitlabState, saveGitlabState } from './state-gitlab.js';
import type { Annotation, CommentResult, Platform, RunContext, TriggerRequest, TriggerResult } from './port.js';

/** GitLab's limit for a note body (characters). */
const NOTE_LIMIT_CHARS = 1_000_000;
const NOTES_PER_PAGE = 100;
const VERDICT_IN_LOG = 'the verdict is in the job log';
/** The metrics report the templates declare under `artifacts: reports: metrics`, written beside report.json. */
export const METRICS_FILE = 'metrics.txt';
const DEFAULT_DOTENV_FILE = 'modelgate.env';

const ESC = '\u001b';
const COLOR = { red: `${ESC}[31m`, yellow: `${ESC}[33m`, bold: `${ESC}[1m`, reset: `${ESC}[0m` };

export interface GitlabPlatformOptions {
  /** The CI variables; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** The job log; default process.stdout. GitLab interleaves stdout and stderr, so one stream keeps the order. */
  log?: NodeJS.WritableStream;
  /** Seconds since the epoch, for the section markers; default the clock. */
  now?: () => number;
  /** Timeouts, retries and page cap of API calls; default DEFAULT_HTTP_OPTIONS. */
  http?: HttpOptions;
}

export function createGitlabPlatform(options: GitlabPlatformOptions = {}): Platform {
  const env = options.env ?? process.env;
  const log = options.log ?? process.stdout;
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const http = options.http ?? {};
  const outputs = new Map<string, string>();
  let sections = 0;

  const write = (text: string) => {
    log.write(text);
  };
  const line = (text: string) => write(`${logSafe(text)}\n`);
  // Colour codes go around text already made safe, since making safe would strip them.
  const colored = (color: string, text: string) => write(`${color}${logSafe(text)}${COLOR.reset}\n`);
  const warn = (message: string) => colored(COLOR.yellow, `warning: ${message}`);

  /** Opens a section; returns the function that closes it. */
  const section = (title: string, collapsed: boolean): (() => void) => {
    const name = `modelgate_${++sections}`;
    write(`${ESC}[0Ksection_start:${now()}:${name}${collapsed ? '[collapsed=true]' : ''}\r${ESC}[0K${logSafe(title)}\n`);
    return () => write(`${ESC}[0Ksection_end:${now()}:${name}\r${ESC}[0K\n`);
  };

  return {
    name: 'gitlab',
    interactive: false,
    input: (name) => (env[variableName(name)] ?? '').trim(),
    setOutput(name, value) {
      outputs.set(variableName(name), dotenvValue(name, value, warn));
      writeDotenv(env.MODELGATE_DOTENV || DEFAULT_DOTENV_FILE, outputs, warn);
      if (name === 'report') writeMetricsBeside(value, warn);
    },
    async writeSummary(markdown) {
      const close = section('modelgate summary', false);
      const open: (() => void)[] = [];
      for (const item of markdownToLog(markdown)) {
        if (item.kind === 'line') line(item.text);
        else if (item.kind === 'open') open.push(section(item.title, true));
        else open.pop()?.();
      }
      // A summary cut short by its size limit can end inside a fold.
      while (open.length) open.pop()!();
      close();
    },
    upsertReviewComment: (marker, body) => upsertNote(marker, body, env, http, warn, line),
    findReviewComment: (marker) => findNoteBody(marker, env, http, line),
    runContext: () => runContextOf(env),
    // The templates name the job `modelgate-<gate>` unless told otherwise; a template included twice needs two names.
    instanceName: (gate) =>
      (env.MODELGATE_NAME ?? '').trim() || (env.CI_JOB_NAME && env.CI_JOB_NAME !== `modelgate-${gate}` ? env.CI_JOB_NAME : undefined),
    annotate: (annotation) => write(`${annotationLine(annotation)}\n`),
    info: line,
    warning: warn,
    error: (message) => colored(COLOR.red, `error: ${message}`),
    debug: (message) => {
      if (env.MODELGATE_DEBUG === '1') line(`debug: ${message}`);
    },
    async group(title, body) {
      const close = section(title, true);
      try {
        return await body();
      } finally {
        close();
      }
    },
    trigger: (request) => triggerPipeline(request, env, http, warn),
    saveState: (name, bytes) => saveGitlabState(name, bytes, env, hostOf(env), http),
    loadState: (name) => loadGitlabState(name, env, hostOf(env), http),
  };
}

/** `out-dir` -> `MODELGATE_OUT_DIR`: the job variable a template sets for an input, and the dotenv name of an output. */
function variableName(name: string): string {
  return `MODELGATE_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** Control characters would let a value from data start or end a log section, or hide text; our own codes are added after. */
function logSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- these control characters are what the pattern exists to find
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** `file:line:column: error: title: message`, as editors link it, with the level in colour. */
function annotationLine({ level, message, title, file, line, column }: Annotation): string {
  const where = file ? `${logSafe(formatLocation({ file, line, column }))}: ` : '';
  const color = level === 'error' ? COLOR.red : level === 'warning' ? COLOR.yellow : '';
  return `${where}${color}${level}${color ? COLOR.reset : ''}: ${logSafe(`${title ? `${title}: ` : ''}${message}`)}`;
}

/** GitLab's dotenv report takes one `NAME=value` per line; a value cannot span lines. */
function dotenvValue(name: string, value: string, warn: (message: string) => void): string {
  if (!/[\r\n]/.test(value)) return value;
  warn(`output ${name} has several lines; a dotenv report holds one line per variable, so they are joined with spaces`);
  return value.split(/\r?\n|\r/).join(' ');
}

function writeDotenv(file: string, outputs: ReadonlyMap<string, string>, warn: (message: string) => void): void {
  try {
    writeFileSync(file, [...outputs].map(([key, value]) => `${key}=${value}\n`).join(''));
  } catch (error) {
    warn(`outputs not written to ${file}: ${messageOf(error)}`);
  }
}

/**
 * GitLab reads its merge request widgets from files the job leaves behind, so when a gate names its JSON report
 * the GitLab metrics report is written beside it. Like the note, it never decides the gate.
 */
function writeMetricsBeside(reportFile: string, warn: (message: string) => void): void {
  const target = path.join(path.dirname(reportFile), METRICS_FILE);
  try {
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
    writeFileSync(target, renderGitlabMetrics(report));
  } catch (error) {
    warn(`metrics report not written to ${target}: ${messageOf(error)}`);
  }
}

type LogItem = { kind: 'line'; text: string } | { kind: 'open'; title: string } | { kind: 'close' };

/**
 * The summary Markdown as job-log text: `<details>` folds become collapsed sections, Mermaid charts (which a log
 * cannot draw) a one-line pointer, Markdown escapes and entities are undone, table rulers and hidden comments dropped.
 */
function markdownToLog(markdown: string): LogItem[] {
  const items: LogItem[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    const fold = /^<details><summary>(.*)<\/summary>$/.exec(text.trim());
    if (fold) {
      items.push({ kind: 'open', title: plainText(fold[1]) });
    } else if (text.trim() === '</details>') {
      items.push({ kind: 'close' });
    } else if (text.trim() === '```mermaid') {
      let title = '';
      for (i++; i < lines.length && lines[i].trim() !== '```'; i++) {
        title ||= /^\s*title\s+"(.*)"\s*$/.exec(lines[i])?.[1] ?? '';
      }
      items.push({ kind: 'line', text: `[chart${title ? ` "${title}"` : ''}: drawn in the merge request note and the HTML report]` });
    } else if (/^\s*<!--.*-->\s*$/.test(text) || /^\|(\s*:?-+:?\s*\|)+$/.test(text.trim())) {
      continue;
    } else {
      items.push({ kind: 'line', text: plainText(text.replace(/^#{1,6}\s+/, '')) });
    }
  }
  // No runs of blank lines where folds and charts were taken out.
  return items.filter(
    (item, k) =>
      !(
        item.kind === 'line' &&
        item.text === '' &&
        (k === 0 || (items[k - 1].kind === 'line' && (items[k - 1] as { text: string }).text === ''))
      ),
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

function plainText(text: string): string {
  return (
    text
      .replace(/\*\*(.*?)\*\*/g, '$1')
      // CommonMark: a backslash before any ASCII punctuation is an escape.
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
      .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name])
      .replace(/@\u200b/g, '@')
  );
}

interface MergeRequest {
  host: string;
  project: string;
  iid: number;
  webUrl?: string;
}

/** The merge request this pipeline runs for, or why there is none. */
function mergeRequestOf(env: NodeJS.ProcessEnv): MergeRequest | { skip: string; warn: boolean } {
  const iid = Number(env.CI_MERGE_REQUEST_IID);
  if (!env.CI_MERGE_REQUEST_IID) return { skip: 'not a merge request pipeline (CI_MERGE_REQUEST_IID is not set)', warn: false };
  if (!Number.isInteger(iid) || iid <= 0)
    return { skip: `CI_MERGE_REQUEST_IID is not a merge request number: '${env.CI_MERGE_REQUEST_IID}'`, warn: true };
  // A merge request from a fork lives in the target project, which CI_MERGE_REQUEST_PROJECT_ID names.
  const project = env.CI_MERGE_REQUEST_PROJECT_ID || env.CI_PROJECT_ID;
  if (!project) return { skip: 'neither CI_MERGE_REQUEST_PROJECT_ID nor CI_PROJECT_ID is set', warn: true };
  const host = hostOf(env);
  if (!host) return { skip: 'neither CI_API_V4_URL nor CI_SERVER_URL is set', warn: true };
  const projectUrl = env.CI_MERGE_REQUEST_PROJECT_URL || env.CI_PROJECT_URL;
  return { host, project, iid, webUrl: projectUrl ? `${projectUrl}/-/merge_requests/${iid}` : undefined };
}

/** The server root, from CI_API_V4_URL (which keeps a relative URL root such as /gitlab) or CI_SERVER_URL. */
function hostOf(env: NodeJS.ProcessEnv): string | undefined {
  const api = env.CI_API_V4_URL?.replace(/\/+$/, '');
  if (api) return api.replace(/\/api\/v4$/, '');
  return env.CI_SERVER_URL?.replace(/\/+$/, '') || undefined;
}

async function upsertNote(
  marker: string,
  body: string,
  env: NodeJS.ProcessEnv,
  http: HttpOptions,
  warn: (message: string) => void,
  info: (message: string) => void,
): Promise<CommentResult> {
  // Caller mistakes, not outside conditions: an empty marker matches every note, and a body without its marker
  // would be posted anew on every run.
  if (!marker) throw new Error('review comment marker must not be empty');
  if (!body.includes(marker)) throw new Error('review comment body must contain its marker, or it cannot be found again');
  if (body.length > NOTE_LIMIT_CHARS) {
    throw new Error(`review comment is ${body.length} characters, over GitLab's limit of ${NOTE_LIMIT_CHARS}: shorten it before posting`);
  }
  const skip = (reason: string): CommentResult => {
    warn(reason);
    return { outcome: 'skipped', reason };
  };

  const mr = mergeRequestOf(env);
  if ('skip' in mr) return mr.warn ? skip(mr.skip) : { outcome: 'skipped', reason: mr.skip };
  const token = env.MODELGATE_GITLAB_TOKEN;
  if (!token) {
    // The job token authenticates only a few endpoints (artifacts, packages, pipeline triggers); notes are not among them.
    return skip(
      env.CI_JOB_TOKEN
        ? `CI_JOB_TOKEN cannot write merge request notes (GitLab's notes API does not accept job tokens); set MODELGATE_GITLAB_TOKEN to a project access token with the api scope to get the note; ${VERDICT_IN_LOG}`
        : `no GitLab token (set MODELGATE_GITLAB_TOKEN to a project access token with the api scope); ${VERDICT_IN_LOG}`,
    );
  }

  const api = notesApi(mr, token, http);
  try {
    const me = await api.userId();
    const existing = await findOwnNote(api, marker, me);
    if (existing !== undefined) {
      await api.send('PUT', existing.id, body);
      return { outcome: 'updated', url: noteUrl(mr, existing.id) };
    }
    const created = await api.send('POST', undefined, body);
    try {
      const kept = await keepOldestNote(api, marker, me, created, body);
      return { outcome: kept === created ? 'created' : 'updated', url: noteUrl(mr, kept) };
    } catch (error) {
      // The note is posted; at worst a duplicate from a concurrent run is left beside it.
      info(`duplicate review notes not checked, ${failureOf(error)}`);
      return { outcome: 'created', url: noteUrl(mr, created) };
    }
  } catch (error) {
    return skip(`review note not posted, ${failureOf(error)}; ${VERDICT_IN_LOG}`);
  }
}

function noteUrl(mr: MergeRequest, id: number): string | undefined {
  return mr.webUrl ? `${mr.webUrl}#note_${id}` : undefined;
}

/**
 * Two runs that list at once both find no note and both create one; afterwards each lists again, keeps the oldest
 * of ours and deletes the others, so the merge request ends with one. A run whose own note was not the oldest
 * writes its body into the one kept. Returns the id kept.
 */
async function keepOldestNote(api: NotesApi, marker: string, me: number, created: number, body: string): Promise<number> {
  const ours = (await ownNotes(api, marker, me)).map((note) => note.id).sort((a, b) => a - b);
  const oldest = ours[0] ?? created;
  for (const id of ours.slice(1)) await api.remove(id);
  if (oldest !== created) {
    if (!ours.includes(created)) await api.remove(created);
    await api.send('PUT', oldest, body);
  }
  return oldest;
}

/**
 * The body of this gate's note, for the run history it carries; null when there is none or it cannot be read.
 * Says nothing when there is no merge request or token: posting the note reports those.
 */
async function findNoteBody(
  marker: string,
  env: NodeJS.ProcessEnv,
  http: HttpOptions,
  info: (message: string) => void,
): Promise<string | null> {
  if (!marker) throw new Error('review comment marker must not be empty');
  const mr = mergeRequestOf(env);
  const token = env.MODELGATE_GITLAB_TOKEN;
  if ('skip' in mr || !token) return null;
  try {
    const api = notesApi(mr, token, http);
    return (await findOwnNote(api, marker, await api.userId()))?.body ?? null;
  } catch (error) {
    // Only the history is lost; posting the note reports its own problems.
    info(`previous review note not read, ${failureOf(error)}`);
    return null;
  }
}

/** The commit the merge request pipeline judges (its source branch head in merged results pipelines) and the job page. */
function runContextOf(env: NodeJS.ProcessEnv): RunContext {
  const sha = env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA || env.CI_COMMIT_SHA;
  const url = env.CI_JOB_URL || env.CI_PIPELINE_URL;
  return { ...(sha ? { sha } : {}), ...(url ? { url } : {}) };
}

interface ApiNote {
  id: number;
  body?: unknown;
  system?: boolean;
  author?: { id?: unknown };
}

interface NotesApi {
  /** The id of the user the token acts as: only notes by that user are ours. */
  userId(): Promise<number>;
  /** Notes of the merge request, oldest first, page by page. */
  pages(): AsyncGenerator<ApiNote[]>;
  /** Creates (no id) or replaces a note's body; the note's id. */
  send(method: 'POST' | 'PUT', id: number | undefined, body: string): Promise<number>;
  /** Deletes a note; one already gone is fine. */
  remove(id: number): Promise<void>;
}

function notesApi(mr: MergeRequest, token: string, http: HttpOptions): NotesApi {
  const api = `${mr.host}/api/v4`;
  const notes = `${api}/projects/${encodeURIComponent(mr.project)}/merge_requests/${mr.iid}/notes`;
  const headers = { 'PRIVATE-TOKEN': token };
  const json = { ...headers, 'content-type': 'application/json' };
  let user: Promise<number> | undefined;
  return {
    userId() {
      user ??= httpRequest({ url: `${api}/user`, headers }, http).then((response) => {
        const id = (parseJson(response.text) as { id?: unknown } | null)?.id;
        if (!Number.isSafeInteger(id)) throw new HttpError(`GET ${redactUrl(`${api}/user`)}`, undefined, 'the answer names no user id');
        return id as number;
      });
      return user;
    },
    async *pages() {
      const first = `${notes}?page=1&per_page=${NOTES_PER_PAGE}&sort=asc&order_by=created_at`;
      // GitLab names the next page in `x-next-page`; a server that repeats a page is stopped by httpPages.
      const nextOf = (response: HttpResponse) => {
        const next = Number(response.headers.get('x-next-page') || NaN);
        return Number.isSafeInteger(next) && next > 0 ? first.replace('page=1&', `page=${next}&`) : null;
      };
      for await (const response of httpPages({ url: first, headers }, nextOf, http)) {
        const page = parseJson(response.text);
        if (!Array.isArray(page)) throw new HttpError(`GET ${redactUrl(first)}`, undefined, 'the answer is not a list of notes');
        yield page as ApiNote[];
      }
    },
    async send(method, id, body) {
      const response = await httpRequest(
        { method, url: id === undefined ? notes : `${notes}/${id}`, headers: json, body: JSON.stringify({ body }) },
        http,
      );
      const noteId = (parseJson(response.text) as { id?: unknown } | null)?.id;
      return Number.isSafeInteger(noteId) ? (noteId as number) : (id ?? 0);
    },
    async remove(id) {
      try {
        await httpRequest({ method: 'DELETE', url: `${notes}/${id}`, headers }, http);
      } catch (error) {
        if (!(error instanceof HttpError && error.status === 404)) throw error;
      }
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A note is ours when the token's user wrote it: anyone can paste the marker into a note of their own. */
function isOwnNote(note: ApiNote, marker: string, me: number): note is ApiNote & { body: string } {
  return !note.system && note.author?.id === me && typeof note.body === 'string' && note.body.includes(marker);
}

/** Our note with this marker; stops at the page that holds it. */
async function findOwnNote(api: NotesApi, marker: string, me: number): Promise<{ id: number; body: string } | undefined> {
  for await (const page of api.pages()) {
    const note = page.find((n) => isOwnNote(n, marker, me));
    if (note) return { id: note.id, body: note.body as string };
  }
  return undefined;
}

async function ownNotes(api: NotesApi, marker: string, me: number): Promise<ApiNote[]> {
  const ours: ApiNote[] = [];
  for await (const page of api.pages()) ours.push(...page.filter((n) => isOwnNote(n, marker, me)));
  return ours;
}

const MEANING: Record<number, string> = {
  401: 'the token is invalid, expired or revoked',
  403: 'the token lacks permission (it needs the api scope and at least the Reporter role)',
  404: 'the project or merge request is not visible to the token',
};

/** What went wrong, in words for the log: the status with what it usually means, or that nothing answered. */
function failureOf(error: unknown): string {
  return describeHttpFailure(error, 'GitLab', MEANING);
}

/**
 * A pipeline through the trigger API (`POST /projects/:id/trigger/pipeline` with token, ref and variables), which
 * unlike the rest of the API takes the job token. GitLab has no counterpart of GitHub's repository_dispatch, so an
 * `event` is skipped, saying so.
 */
async function triggerPipeline(
  request: TriggerRequest,
  env: NodeJS.ProcessEnv,
  http: HttpOptions,
  warn: (message: string) => void,
): Promise<TriggerResult> {
  const skip = (reason: string): TriggerResult => {
    warn(reason);
    return { outcome: 'skipped', reason };
  };
  if (request.kind === 'event') {
    return skip(
      `pipeline not triggered: GitLab has no repository_dispatch event (${JSON.stringify(String(request.eventType).slice(0, 100))}); trigger a pipeline on a ref instead`,
    );
  }
  const { ref } = request;
  const variables = request.inputs ?? {};
  if (typeof ref !== 'string' || !ref) throw new Error('pipeline trigger needs a ref');
  for (const [key, value] of Object.entries(variables)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new Error(`pipeline variable name ${JSON.stringify(key)} is not a CI variable name`);
    if (typeof value !== 'string') throw new Error(`pipeline variable ${key} must be a string`);
  }
  const project = request.target || env.MODELGATE_TRIGGER_PROJECT_ID || env.CI_PROJECT_ID;
  if (!project) return skip('pipeline not triggered: neither MODELGATE_TRIGGER_PROJECT_ID nor CI_PROJECT_ID is set');
  const host = hostOf(env);
  if (!host) return skip('pipeline not triggered: neither CI_API_V4_URL nor CI_SERVER_URL is set');
  // The trigger API accepts a trigger token or, unlike the notes API, the job token.
  const token = env.MODELGATE_GITLAB_TRIGGER_TOKEN || env.CI_JOB_TOKEN;
  if (!token)
    return skip(
      'pipeline not triggered: no token (set MODELGATE_GITLAB_TRIGGER_TOKEN to a pipeline trigger token, or run in a job that has CI_JOB_TOKEN)',
    );

  // Posted as a plain form: @gitbeaker/rest's trigger() builds its form by splitting on `&` and `=`, which corrupts
  // any variable value that contains them.
  const form = new URLSearchParams({ token, ref });
  for (const [key, value] of Object.entries(variables)) form.append(`variables[${key}]`, value);
  const url = `${host}/api/v4/projects/${encodeURIComponent(project)}/trigger/pipeline`;
  try {
    // Not retried when nothing answered: the pipeline may have started, and a retry would start a second one.
    const response = await httpRequest({ method: 'POST', url, body: form }, http);
    const pipeline = (parseJson(response.text) ?? {}) as { id?: number; web_url?: string };
    return { outcome: 'triggered', id: pipeline.id, url: pipeline.web_url };
  } catch (error) {
    return skip(
      `pipeline not triggered, ${describeHttpFailure(error, 'GitLab', {
        401: 'the token is invalid or expired',
        403: 'the token may not run pipelines on this ref',
        404: 'the project is not visible to the token, or the trigger token is wrong',
      })}`,
    );
  }
}

function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // fetch hides the reason (ECONNREFUSED, ...) in its cause.
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error && cause.message && !error.message.includes(cause.message)
    ? `${error.message} (${cause.message})`
    : error.message;
}
