import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  SourceError
} from "./chunk-JUZ7LOQF.js";

// shared/net/http.ts
var DEFAULT_HTTP_OPTIONS = {
  timeoutMs: 3e4,
  retries: 2,
  backoffMs: 1e3,
  maxRetryAfterMs: 6e4,
  pageCap: 50
};
var HttpError = class extends SourceError {
  /** `GET https://host/path`, without credentials. */
  request;
  status;
  /** The server's own words (its JSON `message`, else the start of the body), or why nothing answered. */
  detail;
  /** Attempts made, retries included. */
  tries;
  retryAfter;
  /** Refused by this client (a listing past its page cap), not a failure of the server to answer. */
  stopped;
  /** The connection closed before any answer came: the request may never have reached the server (see httpRequest). */
  closedBeforeAnswer;
  constructor(request, status, detail, extra = {}) {
    const tries = extra.tries ?? 1;
    const what = extra.stopped ? "" : status === void 0 ? "no answer" : `answered ${status}`;
    const after = [tries > 1 ? `after ${tries} tries` : "", extra.note ?? ""].filter(Boolean).join("; ");
    super(
      `${request}: ${[what, detail].filter(Boolean).join(": ")}${after ? ` (${after})` : ""}`,
      {},
      extra.cause === void 0 ? {} : { cause: extra.cause }
    );
    this.stopped = extra.stopped ?? false;
    this.closedBeforeAnswer = extra.closedBeforeAnswer ?? false;
    this.request = request;
    this.status = status;
    this.detail = detail;
    this.tries = tries;
    this.retryAfter = extra.retryAfter ?? null;
  }
};
function describeHttpFailure(error, service, meaning = {}) {
  if (!(error instanceof HttpError)) return `no answer from ${service}: ${error instanceof Error ? error.message : String(error)}`;
  const where = [error.request, error.tries > 1 ? `after ${error.tries} tries` : ""].filter(Boolean).join(", ");
  if (error.stopped) return `${service} listing ${error.detail} (${where})`;
  if (error.status === void 0) return `no answer from ${service}: ${error.detail} (${where})`;
  const hint = meaning[error.status];
  return `${service} answered ${error.status}: ${error.detail}${hint ? ` (${hint})` : ""} (${where})`;
}
var IDEMPOTENT = /* @__PURE__ */ new Set(["GET", "PUT", "DELETE"]);
var SECRET_QUERY = /token|secret|key|password|passwd|auth|sig|credential|code/i;
function redactUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return "(unparseable URL)";
  }
  parsed.username = "";
  parsed.password = "";
  for (const name of [...new Set(parsed.searchParams.keys())]) {
    if (SECRET_QUERY.test(name)) parsed.searchParams.set(name, "***");
  }
  return parsed.toString();
}
async function httpRequest(request, options = {}) {
  const settings = { ...DEFAULT_HTTP_OPTIONS, ...options };
  const method = request.method ?? "GET";
  const idempotent = request.idempotent ?? IDEMPOTENT.has(method);
  const where = `${method} ${redactUrl(request.url)}`;
  let resent = 0;
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(request, method, where, settings.timeoutMs);
    if (!(outcome instanceof HttpError)) return outcome;
    if (outcome.closedBeforeAnswer && idempotent && resent === 0) {
      resent = 1;
      attempt--;
      continue;
    }
    const retryable = outcome.status === void 0 ? idempotent : outcome.status === 429 || outcome.status === 503 || outcome.status >= 500 && idempotent;
    const again = (note) => new HttpError(where, outcome.status, outcome.detail, {
      tries: attempt + resent,
      cause: outcome.cause,
      note,
      closedBeforeAnswer: outcome.closedBeforeAnswer
    });
    if (!retryable || attempt > settings.retries) throw again();
    const asked = retryAfterMs(outcome.retryAfter);
    if (asked !== void 0 && asked > settings.maxRetryAfterMs) {
      throw again(
        `the server asks to retry after ${Math.ceil(asked / 1e3)} s, longer than the ${Math.ceil(settings.maxRetryAfterMs / 1e3)} s waited for`
      );
    }
    await new Promise((resolve) => setTimeout(resolve, asked ?? settings.backoffMs * 2 ** (attempt - 1)));
  }
}
var CLOSED = /* @__PURE__ */ new Set(["UND_ERR_SOCKET", "ECONNRESET", "EPIPE"]);
async function attemptOnce(request, method, where, timeoutMs) {
  let response;
  let text = "";
  let bytes;
  try {
    const signal = AbortSignal.timeout(timeoutMs);
    response = await fetchFollowing(request, method, signal);
    if (request.binary && response.ok) {
      bytes = await readCapped(response, request.binary.maxBytes);
      if (bytes === void 0)
        return new HttpError(where, response.status, `the answer is longer than the ${request.binary.maxBytes} bytes allowed`);
    } else text = await response.text();
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    const code = error?.cause?.code;
    return new HttpError(where, void 0, timedOut ? `nothing within the ${timeoutMs / 1e3} s allowed` : scrubUrls(reasonOf(error)), {
      cause: error,
      closedBeforeAnswer: response === void 0 && !timedOut && typeof code === "string" && CLOSED.has(code)
    });
  }
  if (response.ok) return { status: response.status, headers: response.headers, text, ...bytes ? { bytes } : {} };
  return new HttpError(where, response.status, detailOf(text), { retryAfter: response.headers.get("retry-after") });
}
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
async function fetchFollowing(request, method, signal) {
  const hops = request.redirects ?? 0;
  let url = request.url;
  let headers = request.headers;
  let init = { method, body: request.body };
  for (let hop = 0; ; hop++) {
    const body = init.body;
    const response = await fetch(url, { method: init.method, body, headers, signal, redirect: hops === 0 ? "error" : "manual" });
    const location = response.headers.get("location");
    if (hops === 0 || !REDIRECTS.has(response.status) || location === null) return response;
    await response.body?.cancel();
    if (hop >= hops) throw new Error(`more than ${hops} redirects`);
    const next = new URL(location, url);
    if (next.protocol !== "https:" && next.protocol !== "http:") throw new Error(`redirected to a ${next.protocol} URL`);
    if (next.origin !== new URL(url).origin) headers = void 0;
    if (response.status === 303 || (response.status === 301 || response.status === 302) && method === "POST") init = { method: "GET" };
    url = next.toString();
  }
}
async function readCapped(response, maxBytes) {
  if (Number(response.headers.get("content-length") ?? 0) > maxBytes) {
    await response.body?.cancel();
    return void 0;
  }
  const chunks = [];
  let size = 0;
  if (response.body === null) return Buffer.alloc(0);
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      await response.body.cancel().catch(() => void 0);
      return void 0;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
function scrubUrls(text) {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]*@/gi, "$1").replace(
    /([?&][^=\s&#]*=)([^&\s#]*)/g,
    (whole, name, value) => SECRET_QUERY.test(name) && value ? `${name}***` : whole
  );
}
function retryAfterMs(header, now = Date.now()) {
  if (header === null || header.trim() === "") return void 0;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1e3;
  const date = Date.parse(text);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function detailOf(body) {
  let text;
  try {
    const parsed = JSON.parse(body);
    const message = parsed?.message ?? parsed?.error;
    text = typeof message === "string" ? message : JSON.stringify(message ?? parsed);
  } catch {
    text = body;
  }
  return text.replace(/\s+/g, " ").trim().slice(0, 300);
}
function reasonOf(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  return cause instanceof Error && cause.message && !error.message.includes(cause.message) ? `${error.message} (${cause.message})` : error.message;
}
async function* httpPages(first, nextOf, options = {}) {
  const cap = options.pageCap ?? DEFAULT_HTTP_OPTIONS.pageCap;
  const seen = /* @__PURE__ */ new Set();
  let url = first.url;
  for (let pages = 0; url !== null; pages++) {
    if (pages >= cap) {
      throw new HttpError(
        `GET ${redactUrl(first.url)}`,
        void 0,
        `stopped after ${cap} pages, the most a listing may take, with the server still naming a next page`,
        { stopped: true }
      );
    }
    seen.add(url);
    const response = await httpRequest({ ...first, url }, options);
    yield response;
    const next = nextOf(response, url);
    if (next !== null && seen.has(next)) {
      throw new HttpError(`GET ${redactUrl(first.url)}`, void 0, `stopped: the server named page ${redactUrl(next)} again`, {
        stopped: true
      });
    }
    url = next;
  }
}

export {
  DEFAULT_HTTP_OPTIONS,
  HttpError,
  describeHttpFailure,
  redactUrl,
  httpRequest,
  retryAfterMs,
  httpPages
};
