import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  core_exports,
  debug,
  error,
  getInput,
  group,
  info,
  setOutput,
  warning
} from "./chunk-J6FYXDA3.js";
import {
  DEFAULT_HTTP_OPTIONS,
  HttpError,
  describeHttpFailure,
  httpRequest,
  retryAfterMs
} from "./chunk-XD5TKENX.js";
import {
  SourceError
} from "./chunk-JUZ7LOQF.js";

// shared/platform/github.ts
import { readFileSync } from "node:fs";
import { appendFile, stat } from "node:fs/promises";
import path2 from "node:path";

// shared/platform/github-checks.ts
import path from "node:path";

// shared/platform/log-text.ts
var CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
function commandText(text) {
  return text.replace(CONTROLS, "");
}
function logLine(text) {
  const line = commandText(text).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  return line.startsWith("::") ? ` ${line}` : line;
}

// shared/platform/github-checks.ts
var ANNOTATIONS_PER_REQUEST = 50;
var CHECK_SUMMARY_LIMIT = 65535;
var TITLE_LIMIT = 255;
var MESSAGE_LIMIT = 64 * 1024;
var CONCLUSIONS = { pass: "success", warn: "neutral", fail: "failure", error: "action_required" };
var LEVELS = { error: "failure", warning: "warning", notice: "notice" };
function cut(text, limit) {
  return text.length > limit ? `${text.slice(0, limit - 1)}\u2026` : text;
}
function checkAnnotation(annotation, workspace) {
  if (!annotation.file || annotation.line === void 0 || !(annotation.line >= 1)) return null;
  const relative = path.relative(workspace, path.resolve(workspace, annotation.file));
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return null;
  return {
    path: relative.split(path.sep).join("/"),
    start_line: annotation.line,
    end_line: annotation.line,
    // GitHub accepts columns only on a one-line annotation; both ends are needed.
    ...annotation.column !== void 0 && annotation.column >= 1 ? { start_column: annotation.column, end_column: annotation.column } : {},
    annotation_level: LEVELS[annotation.level],
    ...annotation.title ? { title: cut(commandText(annotation.title), TITLE_LIMIT) } : {},
    message: cut(commandText(annotation.message), MESSAGE_LIMIT)
  };
}
function statusOf(error2) {
  const { status, response } = error2 ?? {};
  return typeof status === "number" && response !== void 0 ? status : void 0;
}
function messageOf(error2) {
  return error2 instanceof Error ? error2.message : String(error2);
}
async function createCheckRun(client, target, check) {
  const placed = check.annotations.map((a) => ({ source: a, placed: checkAnnotation(a, target.workspace) }));
  const annotations = placed.flatMap((p) => p.placed ? [p.placed] : []);
  const unplaced = placed.filter((p) => !p.placed).map((p) => p.source);
  const sources = placed.filter((p) => p.placed).map((p) => p.source);
  const output = (batch) => ({
    title: cut(check.title, TITLE_LIMIT),
    summary: cut(check.summary, CHECK_SUMMARY_LIMIT),
    annotations: batch
  });
  const { owner, repo } = target;
  let created;
  try {
    ({ data: created } = await client.request("POST /repos/{owner}/{repo}/check-runs", {
      owner,
      repo,
      name: check.name,
      head_sha: target.headSha,
      status: "completed",
      conclusion: CONCLUSIONS[check.verdict],
      ...target.detailsUrl ? { details_url: target.detailsUrl } : {},
      output: output(annotations.slice(0, ANNOTATIONS_PER_REQUEST))
    }));
  } catch (error2) {
    const status = statusOf(error2);
    if (status === 403) {
      return {
        outcome: "skipped",
        reason: `GitHub answered 403 (${messageOf(error2)}): the token lacks \`checks: write\`; the verdict is in the job summary and the comment`
      };
    }
    const detail = status === void 0 ? `no answer from GitHub: ${messageOf(error2)}` : `GitHub answered ${status}: ${messageOf(error2)}`;
    return { outcome: "skipped", reason: `check run not created, ${detail}` };
  }
  const url = created.html_url ? { url: created.html_url } : {};
  let attached = Math.min(annotations.length, ANNOTATIONS_PER_REQUEST);
  for (; attached < annotations.length; attached += ANNOTATIONS_PER_REQUEST) {
    try {
      await client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
        owner,
        repo,
        check_run_id: created.id,
        output: output(annotations.slice(attached, attached + ANNOTATIONS_PER_REQUEST))
      });
    } catch (error2) {
      return {
        outcome: "created",
        ...url,
        unattached: [...unplaced, ...sources.slice(attached)],
        reason: `only ${attached} of ${annotations.length} annotations attached: ${messageOf(error2)}`
      };
    }
  }
  return { outcome: "created", ...url, unattached: unplaced };
}

// shared/platform/trigger-github.ts
var API_VERSION = "2022-11-28";
var MAX_EVENT_TYPE_CHARS = 100;
var MAX_PAYLOAD_PROPERTIES = 10;
var MEANING = {
  401: "the token is invalid or expired",
  403: "the token lacks permission: workflow_dispatch needs actions: write, repository_dispatch contents: write",
  404: "the repository or workflow is not visible to the token",
  422: "the workflow has no workflow_dispatch trigger, the ref does not exist, or the inputs do not match its inputs"
};
async function triggerGithub(request, context) {
  const what = request.kind === "workflow" ? "workflow not triggered" : "repository_dispatch not sent";
  const skip = (reason) => {
    context.warn(`${what}: ${reason}`);
    return { outcome: "skipped", reason: `${what}: ${reason}` };
  };
  checkRequest(request);
  const repository = request.target || context.env.GITHUB_REPOSITORY || "";
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) return skip(`the repository is not owner/repo: ${JSON.stringify(repository.slice(0, 200))}`);
  if (!context.token) return skip("no GitHub token (set the github-token input or GITHUB_TOKEN)");
  const api = (context.env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
  const headers = {
    accept: "application/vnd.github+json",
    authorization: `Bearer ${context.token}`,
    "content-type": "application/json",
    "user-agent": "modelgate",
    "x-github-api-version": API_VERSION
  };
  const post = (url, body) => httpRequest({ method: "POST", url, headers, body: JSON.stringify(body) }, context.http);
  try {
    if (request.kind === "event") {
      await post(`${api}/repos/${repository}/dispatches`, { event_type: request.eventType, client_payload: request.payload ?? {} });
      return { outcome: "triggered" };
    }
    const url = `${api}/repos/${repository}/actions/workflows/${encodeURIComponent(request.workflow)}/dispatches`;
    const body = { ref: request.ref, inputs: request.inputs ?? {} };
    let response;
    try {
      response = await post(url, { ...body, return_run_details: true });
    } catch (error2) {
      if (!(error2 instanceof HttpError && (error2.status === 400 || error2.status === 422) && /return_run_details/.test(error2.detail)))
        throw error2;
      response = await post(url, body);
    }
    return { outcome: "triggered", ...runOf(response.text) };
  } catch (error2) {
    return skip(describeHttpFailure(error2, "GitHub", MEANING));
  }
}
function checkRequest(request) {
  if (request.kind === "event") {
    if (typeof request.eventType !== "string" || !request.eventType || request.eventType.length > MAX_EVENT_TYPE_CHARS)
      throw new Error(`repository_dispatch needs an event type of 1 to ${MAX_EVENT_TYPE_CHARS} characters`);
    const payload = request.payload ?? {};
    if (typeof payload !== "object" || Array.isArray(payload) || Object.keys(payload).length > MAX_PAYLOAD_PROPERTIES)
      throw new Error(`repository_dispatch client_payload must be an object of at most ${MAX_PAYLOAD_PROPERTIES} top-level properties`);
    return;
  }
  if (request.kind !== "workflow")
    throw new Error(`trigger kind ${JSON.stringify(String(request.kind))} is not workflow or event`);
  if (typeof request.ref !== "string" || !request.ref) throw new Error("workflow trigger needs a ref");
  if (typeof request.workflow !== "string" || !/^(\d+|[\w.-]+\.ya?ml)$/.test(request.workflow))
    throw new Error("workflow_dispatch needs the workflow as its file name (retrain.yml) or numeric id");
  for (const [key, value] of Object.entries(request.inputs ?? {})) {
    if (!/^[A-Za-z_][\w-]*$/.test(key)) throw new Error(`workflow input name ${JSON.stringify(key.slice(0, 100))} is not an input name`);
    if (typeof value !== "string") throw new Error(`workflow input ${key} must be a string`);
  }
}
function runOf(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  const id = Number.isSafeInteger(parsed?.workflow_run_id) ? parsed.workflow_run_id : void 0;
  const url = typeof parsed?.html_url === "string" && /^https?:\/\//.test(parsed.html_url) ? parsed.html_url : void 0;
  return { ...id === void 0 ? {} : { id }, ...url === void 0 ? {} : { url } };
}

// shared/platform/github.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
var COMMENT_LIMIT_CHARS = 65536;
var SUMMARY_IN_JOB = "the verdict is in the job summary";
var DEFAULT_OUT_DIR = "modelgate-report";
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
function createGithubPlatform(options = {}) {
  let summaryWrites = Promise.resolve();
  const platform = {
    name: "github",
    interactive: false,
    input: (name) => getInput(name),
    setOutput: (name, value) => setOutput(name, value),
    writeSummary(markdown) {
      summaryWrites = summaryWrites.then(() => appendSummary(markdown));
      return summaryWrites;
    },
    upsertReviewComment: (marker, body) => upsertReviewComment(marker, body, options),
    findReviewComment: (marker) => findReviewComment(marker, options),
    runContext,
    instanceName: (_gate, outDir) => {
      const dir = path2.normalize(outDir).replace(/[\\/]+$/, "");
      return getInput("name") || (dir === DEFAULT_OUT_DIR ? void 0 : dir);
    },
    publishCheck: (check) => publishCheck(check, options),
    annotate: (annotation) => annotate(annotation),
    info: info2,
    warning: warning2,
    error: (message) => error(commandText(message)),
    debug: (message) => debug(commandText(message)),
    group: (title, body) => group(commandText(title), body),
    // Loaded on first use: the artifact and cache clients are large and only the train gate needs them.
    uploadArtifact: async (name, files, root) => (await import("./artifacts-github-QGW3XGXN.js")).uploadGithubArtifact(name, files, root),
    restoreCache: async (paths, key) => (await import("./cache-github-PWXSFZTI.js")).restoreGithubCache(paths, key, warning2),
    saveCache: async (paths, key) => (await import("./cache-github-PWXSFZTI.js")).saveGithubCache(paths, key, warning2),
    saveState: async (name, bytes) => (await import("./state-github-TCK7NUIV.js")).saveGithubState(name, bytes),
    loadState: async (name) => (await import("./state-github-TCK7NUIV.js")).loadGithubState(name),
    trigger: (request) => triggerGithub(request, {
      token: tokenOf(options),
      env: process.env,
      http: { ...options.http, ...options.retryDelayMs === void 0 ? {} : { backoffMs: options.retryDelayMs } },
      warn: warning2
    })
  };
  return platform;
}
function info2(message) {
  info(logLine(message));
}
function warning2(message) {
  warning(commandText(message));
}
async function appendSummary(markdown) {
  const path3 = process.env.GITHUB_STEP_SUMMARY;
  if (!path3) {
    warning2("job summary not written: $GITHUB_STEP_SUMMARY is not set");
    return;
  }
  const text = markdown.endsWith("\n") ? markdown : `${markdown}
`;
  try {
    const written = await sizeOf(path3);
    const adding = Buffer.byteLength(text, "utf8");
    if (written + adding > SUMMARY_LIMIT_BYTES) {
      warning2(
        `job summary not written: ${adding} bytes on top of ${written} already written would exceed GitHub's limit of ${SUMMARY_LIMIT_BYTES} bytes (1 MiB) per step; the summary must be shortened`
      );
      return;
    }
    await appendFile(path3, text, "utf8");
  } catch (error2) {
    warning2(`job summary not written to ${path3}: ${messageOf2(error2)}`);
  }
}
async function sizeOf(path3) {
  try {
    return (await stat(path3)).size;
  } catch (error2) {
    if (error2.code === "ENOENT") return 0;
    throw error2;
  }
}
function annotate({ level, message, title, file, line, column }) {
  const properties = {};
  if (title !== void 0) properties.title = commandText(title);
  if (file !== void 0) properties.file = commandText(file);
  if (line !== void 0) {
    properties.startLine = line;
    if (column !== void 0) properties.startColumn = column;
  }
  core_exports[level](commandText(message), properties);
}
async function upsertReviewComment(marker, body, options) {
  if (!marker) throw new Error("review comment marker must not be empty");
  if (!body.includes(marker)) throw new Error("review comment body must contain its marker, or it cannot be found again");
  if (body.length > COMMENT_LIMIT_CHARS) {
    throw new Error(
      `review comment is ${body.length} characters, over GitHub's limit of ${COMMENT_LIMIT_CHARS}: shorten it before posting`
    );
  }
  const target = pullRequestFromEnvironment();
  if (typeof target === "string") return { outcome: "skipped", reason: target };
  const token = options.token || getInput("github-token") || process.env.GITHUB_TOKEN || "";
  if (!token) return skipWithWarning(`no GitHub token (set the github-token input or GITHUB_TOKEN); ${SUMMARY_IN_JOB}`);
  const octokit = await octokitFor(token, options);
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeComment(octokit, target, marker, body, options);
    } catch (error2) {
      if (error2 instanceof SourceError) return skipWithWarning(`review comment not posted, ${error2.message}; ${SUMMARY_IN_JOB}`);
      const status = statusOf2(error2);
      const message = messageOf2(error2);
      const detail = status === void 0 ? `no answer from GitHub: ${message}` : `GitHub answered ${status}: ${message}`;
      const retryAfter = retryAfterMs(retryAfterOf(error2));
      const maxWait = options.http?.maxRetryAfterMs ?? DEFAULT_HTTP_OPTIONS.maxRetryAfterMs;
      if ((status === 403 || status === 404) && retryAfter === void 0) {
        return skipWithWarning(`${detail}; read-only token (pull request from a fork?); ${SUMMARY_IN_JOB}`);
      }
      if (attempt === 1 && (isTransient(status) || retryAfter !== void 0) && (retryAfter ?? 0) <= maxWait) {
        await new Promise((resolve) => setTimeout(resolve, retryAfter ?? options.retryDelayMs ?? 1e3));
        continue;
      }
      const tries = attempt === 1 ? "" : " (after one retry)";
      return skipWithWarning(`review comment not posted, ${detail}${tries}; ${SUMMARY_IN_JOB}`);
    }
  }
}
async function writeComment(octokit, pr, marker, body, options) {
  const { owner, repo } = pr;
  const me = await ownLogin(octokit);
  const existing = await findOwnComment(octokit, pr, marker, me, options);
  if (existing !== void 0) {
    const { data: data2 } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    return { outcome: "updated", url: data2.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: pr.number, body });
  try {
    return await keepOldestComment(octokit, pr, marker, me, { id: data.id, url: data.html_url }, body, options);
  } catch (error2) {
    info(`duplicate review comments not checked: ${messageOf2(error2)}`);
    return { outcome: "created", url: data.html_url };
  }
}
async function keepOldestComment(octokit, pr, marker, me, created, body, options) {
  const { owner, repo } = pr;
  const ours = [];
  for await (const page of commentPages(octokit, pr, options)) ours.push(...page.filter((comment) => isOwnComment(comment, marker, me)));
  ours.sort((a, b) => a.id - b.id);
  const oldest = ours[0] ?? { id: created.id, html_url: created.url };
  const remove = async (id) => {
    try {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id });
    } catch (error2) {
      if (statusOf2(error2) !== 404) throw error2;
    }
  };
  for (const comment of ours.slice(1)) await remove(comment.id);
  if (oldest.id === created.id) return { outcome: "created", url: created.url };
  if (!ours.some((comment) => comment.id === created.id)) await remove(created.id);
  const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body });
  return { outcome: "updated", url: data.html_url };
}
function isOwnComment(comment, marker, me) {
  return comment.user?.login === me && typeof comment.body === "string" && comment.body.includes(marker);
}
async function ownLogin(octokit) {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch (error2) {
    if (statusOf2(error2) === 403) return ACTIONS_BOT_LOGIN;
    throw error2;
  }
}
async function* commentPages(octokit, pr, options) {
  const cap = options.http?.pageCap ?? DEFAULT_HTTP_OPTIONS.pageCap;
  let pages = 0;
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100
  })) {
    yield page.data;
    if (++pages >= cap && page.headers.link?.includes('rel="next"')) {
      throw new SourceError(
        `listing the comments of pull request #${pr.number} stopped after ${cap} pages, the most a listing may take, with GitHub still naming a next page`
      );
    }
  }
}
async function findOwnComment(octokit, pr, marker, me, options) {
  for await (const page of commentPages(octokit, pr, options)) {
    const found = page.find((comment) => isOwnComment(comment, marker, me));
    if (found) return found;
  }
  return void 0;
}
function pullRequestFromEnvironment() {
  const eventPath = process.env.GITHUB_EVENT_PATH;
  if (!eventPath) return "not a pull request event (no event payload: GITHUB_EVENT_PATH is not set)";
  let payload;
  try {
    payload = JSON.parse(readFileSync(eventPath, "utf8"));
  } catch (error2) {
    const reason = `cannot read the event payload ${eventPath}: ${messageOf2(error2)}`;
    warning2(reason);
    return reason;
  }
  const number = payload?.pull_request?.number ?? (payload?.issue?.pull_request ? payload.issue.number : void 0);
  if (!Number.isInteger(number) || number <= 0) return "not a pull request event";
  const [owner, repo, ...rest] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo || rest.length > 0) {
    const reason = `GITHUB_REPOSITORY is not owner/repo: '${process.env.GITHUB_REPOSITORY ?? ""}'`;
    warning2(reason);
    return reason;
  }
  return { owner, repo, number };
}
function skipWithWarning(reason) {
  warning2(reason);
  return { outcome: "skipped", reason };
}
function statusOf2(error2) {
  const { status, response } = error2 ?? {};
  return typeof status === "number" && response !== void 0 ? status : void 0;
}
function retryAfterOf(error2) {
  const headers = error2?.response?.headers;
  const value = headers?.["retry-after"];
  return typeof value === "string" || typeof value === "number" ? String(value) : null;
}
function isTransient(status) {
  return status === void 0 || status === 429 || status >= 500;
}
function messageOf2(error2) {
  return error2 instanceof Error ? error2.message : String(error2);
}
function tokenOf(options) {
  return options.token || getInput("github-token") || process.env.GITHUB_TOKEN || "";
}
async function octokitFor(token, options) {
  const [{ getOctokit }, { defaults }] = await Promise.all([import("./github-VMC32BCM.js"), import("./utils-5FJHPTR2.js")]);
  const proxyFetch = defaults.request?.fetch ?? fetch;
  const timeoutMs = options.http?.timeoutMs ?? DEFAULT_HTTP_OPTIONS.timeoutMs;
  const timedFetch = (url, init) => proxyFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  return getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || "https://api.github.com", request: { fetch: timedFetch } });
}
async function findReviewComment(marker, options) {
  if (!marker) throw new Error("review comment marker must not be empty");
  const target = pullRequestFromEnvironment();
  const token = tokenOf(options);
  if (typeof target === "string" || !token) return null;
  try {
    const octokit = await octokitFor(token, options);
    return (await findOwnComment(octokit, target, marker, await ownLogin(octokit), options))?.body ?? null;
  } catch (error2) {
    info2(`previous review comment not read: ${messageOf2(error2)}`);
  }
  return null;
}
function readEvent() {
  const eventPath = process.env.GITHUB_EVENT_PATH;
  if (!eventPath) return null;
  try {
    return JSON.parse(readFileSync(eventPath, "utf8"));
  } catch {
    return null;
  }
}
function runContext() {
  const env = process.env;
  const sha = readEvent()?.pull_request?.head?.sha || env.GITHUB_SHA || void 0;
  const url = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL.replace(/\/+$/, "")}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  return { ...sha ? { sha } : {}, ...url ? { url } : {} };
}
async function publishCheck(check, options) {
  const [owner, repo, ...rest] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo || rest.length > 0)
    return { outcome: "skipped", reason: `GITHUB_REPOSITORY is not owner/repo: '${process.env.GITHUB_REPOSITORY ?? ""}'` };
  const { sha, url } = runContext();
  if (!sha) return { outcome: "skipped", reason: "no commit to attach it to (no pull_request.head.sha in the event, GITHUB_SHA unset)" };
  const token = tokenOf(options);
  if (!token) return { outcome: "skipped", reason: "no GitHub token (set the github-token input or GITHUB_TOKEN)" };
  return createCheckRun(
    await octokitFor(token, options),
    { owner, repo, headSha: sha, detailsUrl: url, workspace: process.env.GITHUB_WORKSPACE || process.cwd() },
    check
  );
}

export {
  ACTIONS_BOT_LOGIN,
  createGithubPlatform
};
