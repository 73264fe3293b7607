import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  MAX_STORED_STATE_BYTES,
  checkStateName,
  decodeState,
  encodeState,
  refScope
} from "./chunk-UGDNZUZH.js";
import {
  HttpError,
  describeHttpFailure,
  httpPages,
  httpRequest,
  redactUrl
} from "./chunk-XD5TKENX.js";
import {
  SourceError,
  formatLocation
} from "./chunk-JUZ7LOQF.js";
import "./chunk-ZGDBGMMU.js";

// shared/platform/gitlab.ts
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// shared/report/gitlab-metrics.ts
var NAME_UNSAFE = /[^\p{L}\p{N}_.:=,+\-/[\]]/gu;
function renderGitlabMetrics(report) {
  const gate = safeName(report.gate);
  const lines = [`${gate}.verdict ${report.verdict}`];
  const used = /* @__PURE__ */ new Set([`${gate}.verdict`]);
  for (const check of report.checks) {
    const base = `${gate}.${safeName(check.id)}`;
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}_${i}`;
    used.add(name);
    lines.push(`${name} ${check.value === null ? check.status : String(check.value)}`);
  }
  return `${lines.join("\n")}
`;
}
function safeName(text) {
  return text.replace(NAME_UNSAFE, "_") || "_";
}

// shared/platform/state-gitlab.ts
var PACKAGE = "modelgate-state";
var DOWNLOAD_REDIRECTS = 3;
var MEANING = {
  400: "GitLab refused the package (a project that refuses duplicate generic packages must allow them for modelgate-state)",
  401: "the token is invalid or expired",
  403: "the token may not write packages here, or the project refuses duplicate generic packages (allow them for modelgate-state)",
  404: "the project is not visible to the token, or its package registry is disabled"
};
function whereOf(env, host, name) {
  const fail = (why) => new SourceError(`state ${name}: ${why}`);
  if (!host) throw fail("neither CI_API_V4_URL nor CI_SERVER_URL is set");
  const project = env.CI_PROJECT_ID;
  if (!project) throw fail("CI_PROJECT_ID is not set");
  const ref = env.CI_COMMIT_REF_NAME;
  if (!ref) throw fail("CI_COMMIT_REF_NAME is not set, so there is no ref to keep the state under");
  const headers = env.CI_JOB_TOKEN ? { "JOB-TOKEN": env.CI_JOB_TOKEN } : env.MODELGATE_GITLAB_TOKEN ? { "PRIVATE-TOKEN": env.MODELGATE_GITLAB_TOKEN } : void 0;
  if (!headers) throw fail("no token (CI_JOB_TOKEN is not set and neither is MODELGATE_GITLAB_TOKEN)");
  return { api: `${host}/api/v4`, project, ref, headers };
}
function fileUrl(where, name) {
  return `${where.api}/projects/${encodeURIComponent(where.project)}/packages/generic/${PACKAGE}/${encodeURIComponent(refScope(where.ref))}/${checkStateName(name)}.state`;
}
async function saveGitlabState(name, bytes, env, host, http) {
  const blob = encodeState(name, bytes);
  const where = whereOf(env, host, name);
  try {
    await httpRequest(
      { method: "PUT", url: fileUrl(where, name), headers: { ...where.headers, "content-type": "application/octet-stream" }, body: blob },
      http
    );
  } catch (error) {
    throw new SourceError(
      `state ${name} not saved for ${where.ref}, ${describeHttpFailure(error, "GitLab", MEANING)}`,
      {},
      { cause: error }
    );
  }
}
async function loadGitlabState(name, env, host, http) {
  checkStateName(name);
  const where = whereOf(env, host, name);
  const url = fileUrl(where, name);
  let blob;
  try {
    const response = await httpRequest(
      { url, headers: where.headers, binary: { maxBytes: MAX_STORED_STATE_BYTES }, redirects: DOWNLOAD_REDIRECTS },
      http
    );
    blob = response.bytes ?? Buffer.alloc(0);
  } catch (error) {
    if (error instanceof HttpError && error.status === 404 && !/project not found/i.test(error.detail)) return null;
    throw new SourceError(
      `state ${name} not loaded for ${where.ref}, ${describeHttpFailure(error, "GitLab", MEANING)}`,
      {},
      { cause: error }
    );
  }
  return decodeState(name, blob, `the GitLab package file ${PACKAGE}/${refScope(where.ref)}/${name}.state`);
}

// shared/platform/gitlab.ts
var NOTE_LIMIT_CHARS = 1e6;
var NOTES_PER_PAGE = 100;
var VERDICT_IN_LOG = "the verdict is in the job log";
var METRICS_FILE = "metrics.txt";
var DEFAULT_DOTENV_FILE = "modelgate.env";
var ESC = "\x1B";
var COLOR = { red: `${ESC}[31m`, yellow: `${ESC}[33m`, bold: `${ESC}[1m`, reset: `${ESC}[0m` };
function createGitlabPlatform(options = {}) {
  const env = options.env ?? process.env;
  const log = options.log ?? process.stdout;
  const now = options.now ?? (() => Math.floor(Date.now() / 1e3));
  const http = options.http ?? {};
  const outputs = /* @__PURE__ */ new Map();
  let sections = 0;
  const write = (text) => {
    log.write(text);
  };
  const line = (text) => write(`${logSafe(text)}
`);
  const colored = (color, text) => write(`${color}${logSafe(text)}${COLOR.reset}
`);
  const warn = (message) => colored(COLOR.yellow, `warning: ${message}`);
  const section = (title, collapsed) => {
    const name = `modelgate_${++sections}`;
    write(`${ESC}[0Ksection_start:${now()}:${name}${collapsed ? "[collapsed=true]" : ""}\r${ESC}[0K${logSafe(title)}
`);
    return () => write(`${ESC}[0Ksection_end:${now()}:${name}\r${ESC}[0K
`);
  };
  return {
    name: "gitlab",
    interactive: false,
    input: (name) => (env[variableName(name)] ?? "").trim(),
    setOutput(name, value) {
      outputs.set(variableName(name), dotenvValue(name, value, warn));
      writeDotenv(env.MODELGATE_DOTENV || DEFAULT_DOTENV_FILE, outputs, warn);
      if (name === "report") writeMetricsBeside(value, warn);
    },
    async writeSummary(markdown) {
      const close = section("modelgate summary", false);
      const open = [];
      for (const item of markdownToLog(markdown)) {
        if (item.kind === "line") line(item.text);
        else if (item.kind === "open") open.push(section(item.title, true));
        else open.pop()?.();
      }
      while (open.length) open.pop()();
      close();
    },
    upsertReviewComment: (marker, body) => upsertNote(marker, body, env, http, warn, line),
    findReviewComment: (marker) => findNoteBody(marker, env, http, line),
    runContext: () => runContextOf(env),
    // The templates name the job `modelgate-<gate>` unless told otherwise; a template included twice needs two names.
    instanceName: (gate) => (env.MODELGATE_NAME ?? "").trim() || (env.CI_JOB_NAME && env.CI_JOB_NAME !== `modelgate-${gate}` ? env.CI_JOB_NAME : void 0),
    annotate: (annotation) => write(`${annotationLine(annotation)}
`),
    info: line,
    warning: warn,
    error: (message) => colored(COLOR.red, `error: ${message}`),
    debug: (message) => {
      if (env.MODELGATE_DEBUG === "1") line(`debug: ${message}`);
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
    loadState: (name) => loadGitlabState(name, env, hostOf(env), http)
  };
}
function variableName(name) {
  return `MODELGATE_${name.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;
}
function logSafe(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}
function annotationLine({ level, message, title, file, line, column }) {
  const where = file ? `${logSafe(formatLocation({ file, line, column }))}: ` : "";
  const color = level === "error" ? COLOR.red : level === "warning" ? COLOR.yellow : "";
  return `${where}${color}${level}${color ? COLOR.reset : ""}: ${logSafe(`${title ? `${title}: ` : ""}${message}`)}`;
}
function dotenvValue(name, value, warn) {
  if (!/[\r\n]/.test(value)) return value;
  warn(`output ${name} has several lines; a dotenv report holds one line per variable, so they are joined with spaces`);
  return value.split(/\r?\n|\r/).join(" ");
}
function writeDotenv(file, outputs, warn) {
  try {
    writeFileSync(file, [...outputs].map(([key, value]) => `${key}=${value}
`).join(""));
  } catch (error) {
    warn(`outputs not written to ${file}: ${messageOf(error)}`);
  }
}
function writeMetricsBeside(reportFile, warn) {
  const target = path.join(path.dirname(reportFile), METRICS_FILE);
  try {
    const report = JSON.parse(readFileSync(reportFile, "utf8"));
    writeFileSync(target, renderGitlabMetrics(report));
  } catch (error) {
    warn(`metrics report not written to ${target}: ${messageOf(error)}`);
  }
}
function markdownToLog(markdown) {
  const items = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    const fold = /^<details><summary>(.*)<\/summary>$/.exec(text.trim());
    if (fold) {
      items.push({ kind: "open", title: plainText(fold[1]) });
    } else if (text.trim() === "</details>") {
      items.push({ kind: "close" });
    } else if (text.trim() === "```mermaid") {
      let title = "";
      for (i++; i < lines.length && lines[i].trim() !== "```"; i++) {
        title ||= /^\s*title\s+"(.*)"\s*$/.exec(lines[i])?.[1] ?? "";
      }
      items.push({ kind: "line", text: `[chart${title ? ` "${title}"` : ""}: drawn in the merge request note and the HTML report]` });
    } else if (/^\s*<!--.*-->\s*$/.test(text) || /^\|(\s*:?-+:?\s*\|)+$/.test(text.trim())) {
      continue;
    } else {
      items.push({ kind: "line", text: plainText(text.replace(/^#{1,6}\s+/, "")) });
    }
  }
  return items.filter(
    (item, k) => !(item.kind === "line" && item.text === "" && (k === 0 || items[k - 1].kind === "line" && items[k - 1].text === ""))
  );
}
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
function plainText(text) {
  return text.replace(/\*\*(.*?)\*\*/g, "$1").replace(/\\([!-/:-@[-`{-~])/g, "$1").replace(/&(amp|lt|gt|quot|#39);/g, (_, name) => ENTITIES[name]).replace(/@\u200b/g, "@");
}
function mergeRequestOf(env) {
  const iid = Number(env.CI_MERGE_REQUEST_IID);
  if (!env.CI_MERGE_REQUEST_IID) return { skip: "not a merge request pipeline (CI_MERGE_REQUEST_IID is not set)", warn: false };
  if (!Number.isInteger(iid) || iid <= 0)
    return { skip: `CI_MERGE_REQUEST_IID is not a merge request number: '${env.CI_MERGE_REQUEST_IID}'`, warn: true };
  const project = env.CI_MERGE_REQUEST_PROJECT_ID || env.CI_PROJECT_ID;
  if (!project) return { skip: "neither CI_MERGE_REQUEST_PROJECT_ID nor CI_PROJECT_ID is set", warn: true };
  const host = hostOf(env);
  if (!host) return { skip: "neither CI_API_V4_URL nor CI_SERVER_URL is set", warn: true };
  const projectUrl = env.CI_MERGE_REQUEST_PROJECT_URL || env.CI_PROJECT_URL;
  return { host, project, iid, webUrl: projectUrl ? `${projectUrl}/-/merge_requests/${iid}` : void 0 };
}
function hostOf(env) {
  const api = env.CI_API_V4_URL?.replace(/\/+$/, "");
  if (api) return api.replace(/\/api\/v4$/, "");
  return env.CI_SERVER_URL?.replace(/\/+$/, "") || void 0;
}
async function upsertNote(marker, body, env, http, warn, info) {
  if (!marker) throw new Error("review comment marker must not be empty");
  if (!body.includes(marker)) throw new Error("review comment body must contain its marker, or it cannot be found again");
  if (body.length > NOTE_LIMIT_CHARS) {
    throw new Error(`review comment is ${body.length} characters, over GitLab's limit of ${NOTE_LIMIT_CHARS}: shorten it before posting`);
  }
  const skip = (reason) => {
    warn(reason);
    return { outcome: "skipped", reason };
  };
  const mr = mergeRequestOf(env);
  if ("skip" in mr) return mr.warn ? skip(mr.skip) : { outcome: "skipped", reason: mr.skip };
  const token = env.MODELGATE_GITLAB_TOKEN;
  if (!token) {
    return skip(
      env.CI_JOB_TOKEN ? `CI_JOB_TOKEN cannot write merge request notes (GitLab's notes API does not accept job tokens); set MODELGATE_GITLAB_TOKEN to a project access token with the api scope to get the note; ${VERDICT_IN_LOG}` : `no GitLab token (set MODELGATE_GITLAB_TOKEN to a project access token with the api scope); ${VERDICT_IN_LOG}`
    );
  }
  const api = notesApi(mr, token, http);
  try {
    const me = await api.userId();
    const existing = await findOwnNote(api, marker, me);
    if (existing !== void 0) {
      await api.send("PUT", existing.id, body);
      return { outcome: "updated", url: noteUrl(mr, existing.id) };
    }
    const created = await api.send("POST", void 0, body);
    try {
      const kept = await keepOldestNote(api, marker, me, created, body);
      return { outcome: kept === created ? "created" : "updated", url: noteUrl(mr, kept) };
    } catch (error) {
      info(`duplicate review notes not checked, ${failureOf(error)}`);
      return { outcome: "created", url: noteUrl(mr, created) };
    }
  } catch (error) {
    return skip(`review note not posted, ${failureOf(error)}; ${VERDICT_IN_LOG}`);
  }
}
function noteUrl(mr, id) {
  return mr.webUrl ? `${mr.webUrl}#note_${id}` : void 0;
}
async function keepOldestNote(api, marker, me, created, body) {
  const ours = (await ownNotes(api, marker, me)).map((note) => note.id).sort((a, b) => a - b);
  const oldest = ours[0] ?? created;
  for (const id of ours.slice(1)) await api.remove(id);
  if (oldest !== created) {
    if (!ours.includes(created)) await api.remove(created);
    await api.send("PUT", oldest, body);
  }
  return oldest;
}
async function findNoteBody(marker, env, http, info) {
  if (!marker) throw new Error("review comment marker must not be empty");
  const mr = mergeRequestOf(env);
  const token = env.MODELGATE_GITLAB_TOKEN;
  if ("skip" in mr || !token) return null;
  try {
    const api = notesApi(mr, token, http);
    return (await findOwnNote(api, marker, await api.userId()))?.body ?? null;
  } catch (error) {
    info(`previous review note not read, ${failureOf(error)}`);
    return null;
  }
}
function runContextOf(env) {
  const sha = env.CI_MERGE_REQUEST_SOURCE_BRANCH_SHA || env.CI_COMMIT_SHA;
  const url = env.CI_JOB_URL || env.CI_PIPELINE_URL;
  return { ...sha ? { sha } : {}, ...url ? { url } : {} };
}
function notesApi(mr, token, http) {
  const api = `${mr.host}/api/v4`;
  const notes = `${api}/projects/${encodeURIComponent(mr.project)}/merge_requests/${mr.iid}/notes`;
  const headers = { "PRIVATE-TOKEN": token };
  const json = { ...headers, "content-type": "application/json" };
  let user;
  return {
    userId() {
      user ??= httpRequest({ url: `${api}/user`, headers }, http).then((response) => {
        const id = parseJson(response.text)?.id;
        if (!Number.isSafeInteger(id)) throw new HttpError(`GET ${redactUrl(`${api}/user`)}`, void 0, "the answer names no user id");
        return id;
      });
      return user;
    },
    async *pages() {
      const first = `${notes}?page=1&per_page=${NOTES_PER_PAGE}&sort=asc&order_by=created_at`;
      const nextOf = (response) => {
        const next = Number(response.headers.get("x-next-page") || NaN);
        return Number.isSafeInteger(next) && next > 0 ? first.replace("page=1&", `page=${next}&`) : null;
      };
      for await (const response of httpPages({ url: first, headers }, nextOf, http)) {
        const page = parseJson(response.text);
        if (!Array.isArray(page)) throw new HttpError(`GET ${redactUrl(first)}`, void 0, "the answer is not a list of notes");
        yield page;
      }
    },
    async send(method, id, body) {
      const response = await httpRequest(
        { method, url: id === void 0 ? notes : `${notes}/${id}`, headers: json, body: JSON.stringify({ body }) },
        http
      );
      const noteId = parseJson(response.text)?.id;
      return Number.isSafeInteger(noteId) ? noteId : id ?? 0;
    },
    async remove(id) {
      try {
        await httpRequest({ method: "DELETE", url: `${notes}/${id}`, headers }, http);
      } catch (error) {
        if (!(error instanceof HttpError && error.status === 404)) throw error;
      }
    }
  };
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
function isOwnNote(note, marker, me) {
  return !note.system && note.author?.id === me && typeof note.body === "string" && note.body.includes(marker);
}
async function findOwnNote(api, marker, me) {
  for await (const page of api.pages()) {
    const note = page.find((n) => isOwnNote(n, marker, me));
    if (note) return { id: note.id, body: note.body };
  }
  return void 0;
}
async function ownNotes(api, marker, me) {
  const ours = [];
  for await (const page of api.pages()) ours.push(...page.filter((n) => isOwnNote(n, marker, me)));
  return ours;
}
var MEANING2 = {
  401: "the token is invalid, expired or revoked",
  403: "the token lacks permission (it needs the api scope and at least the Reporter role)",
  404: "the project or merge request is not visible to the token"
};
function failureOf(error) {
  return describeHttpFailure(error, "GitLab", MEANING2);
}
async function triggerPipeline(request, env, http, warn) {
  const skip = (reason) => {
    warn(reason);
    return { outcome: "skipped", reason };
  };
  if (request.kind === "event") {
    return skip(
      `pipeline not triggered: GitLab has no repository_dispatch event (${JSON.stringify(String(request.eventType).slice(0, 100))}); trigger a pipeline on a ref instead`
    );
  }
  const { ref } = request;
  const variables = request.inputs ?? {};
  if (typeof ref !== "string" || !ref) throw new Error("pipeline trigger needs a ref");
  for (const [key, value] of Object.entries(variables)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new Error(`pipeline variable name ${JSON.stringify(key)} is not a CI variable name`);
    if (typeof value !== "string") throw new Error(`pipeline variable ${key} must be a string`);
  }
  const project = request.target || env.MODELGATE_TRIGGER_PROJECT_ID || env.CI_PROJECT_ID;
  if (!project) return skip("pipeline not triggered: neither MODELGATE_TRIGGER_PROJECT_ID nor CI_PROJECT_ID is set");
  const host = hostOf(env);
  if (!host) return skip("pipeline not triggered: neither CI_API_V4_URL nor CI_SERVER_URL is set");
  const token = env.MODELGATE_GITLAB_TRIGGER_TOKEN || env.CI_JOB_TOKEN;
  if (!token)
    return skip(
      "pipeline not triggered: no token (set MODELGATE_GITLAB_TRIGGER_TOKEN to a pipeline trigger token, or run in a job that has CI_JOB_TOKEN)"
    );
  const form = new URLSearchParams({ token, ref });
  for (const [key, value] of Object.entries(variables)) form.append(`variables[${key}]`, value);
  const url = `${host}/api/v4/projects/${encodeURIComponent(project)}/trigger/pipeline`;
  try {
    const response = await httpRequest({ method: "POST", url, body: form }, http);
    const pipeline = parseJson(response.text) ?? {};
    return { outcome: "triggered", id: pipeline.id, url: pipeline.web_url };
  } catch (error) {
    return skip(
      `pipeline not triggered, ${describeHttpFailure(error, "GitLab", {
        401: "the token is invalid or expired",
        403: "the token may not run pipelines on this ref",
        404: "the project is not visible to the token, or the trigger token is wrong"
      })}`
    );
  }
}
function messageOf(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  return cause instanceof Error && cause.message && !error.message.includes(cause.message) ? `${error.message} (${cause.message})` : error.message;
}
export {
  METRICS_FILE,
  createGitlabPlatform
};
