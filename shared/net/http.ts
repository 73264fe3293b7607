/**
 * The one HTTP client for talking to the outside (platform APIs): every request has a time bound, transient
 * failures are retried a bounded number of times with backoff (honouring `Retry-After`), paginated listings stop
 * at a page cap, and every failure is a SourceError whose message names the URL without credentials.
 */
import { SourceError } from '../errors.js';

export interface HttpOptions {
  /** Bound on one request, response body included; default 30 s. */
  timeoutMs?: number;
  /** Retries after the first attempt for transient failures; default 2. */
  retries?: number;
  /** First pause between attempts, doubled each retry; default 1000 ms. */
  backoffMs?: number;
  /** The longest `Retry-After` waited for; a server asking for more fails the request instead; default 60 s. */
  maxRetryAfterMs?: number;
  /** Pages a listing may take before it is refused; default 50. */
  pageCap?: number;
}

export const DEFAULT_HTTP_OPTIONS: Required<HttpOptions> = {
  timeoutMs: 30_000,
  retries: 2,
  backoffMs: 1000,
  maxRetryAfterMs: 60_000,
  pageCap: 50,
};

export interface HttpRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string | URLSearchParams | Uint8Array;
  /** The answer is read as bytes (HttpResponse.bytes, `text` left empty), and refused past `maxBytes`. */
  binary?: { maxBytes: number };
  /**
   * Redirects to follow, at most; default 0, a redirect is an error. A hop to another origin (a package download
   * sent on to signed object storage) goes without the request's headers, since any of them may hold a token.
   */
  redirects?: number;
  /** A POST that may be sent twice without harm (a model's predict), so retried like a GET after a timeout or a 5xx. */
  idempotent?: boolean;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  /** With `binary`: the answer's bytes. */
  bytes?: Buffer;
}

/** A failed request: `status` when the server answered with an error, undefined when nothing (usable) answered. */
export class HttpError extends SourceError {
  /** `GET https://host/path`, without credentials. */
  readonly request: string;
  readonly status?: number;
  /** The server's own words (its JSON `message`, else the start of the body), or why nothing answered. */
  readonly detail: string;
  /** Attempts made, retries included. */
  readonly tries: number;
  readonly retryAfter: string | null;
  /** Refused by this client (a listing past its page cap), not a failure of the server to answer. */
  readonly stopped: boolean;
  /** The connection closed before any answer came: the request may never have reached the server (see httpRequest). */
  readonly closedBeforeAnswer: boolean;

  constructor(
    request: string,
    status: number | undefined,
    detail: string,
    extra: {
      tries?: number;
      retryAfter?: string | null;
      cause?: unknown;
      note?: string;
      stopped?: boolean;
      closedBeforeAnswer?: boolean;
    } = {},
  ) {
    const tries = extra.tries ?? 1;
    const what = extra.stopped ? '' : status === undefined ? 'no answer' : `answered ${status}`;
    const after = [tries > 1 ? `after ${tries} tries` : '', extra.note ?? ''].filter(Boolean).join('; ');
    super(
      `${request}: ${[what, detail].filter(Boolean).join(': ')}${after ? ` (${after})` : ''}`,
      {},
      extra.cause === undefined ? {} : { cause: extra.cause },
    );
    this.stopped = extra.stopped ?? false;
    this.closedBeforeAnswer = extra.closedBeforeAnswer ?? false;
    this.request = request;
    this.status = status;
    this.detail = detail;
    this.tries = tries;
    this.retryAfter = extra.retryAfter ?? null;
  }
}

/** One line for a log: `GitHub answered 422: Validation Failed (POST https://…)` or `no answer from GitHub: … (GET …, after 3 tries)`. */
export function describeHttpFailure(error: unknown, service: string, meaning: Partial<Record<number, string>> = {}): string {
  if (!(error instanceof HttpError)) return `no answer from ${service}: ${error instanceof Error ? error.message : String(error)}`;
  const where = [error.request, error.tries > 1 ? `after ${error.tries} tries` : ''].filter(Boolean).join(', ');
  if (error.stopped) return `${service} listing ${error.detail} (${where})`;
  if (error.status === undefined) return `no answer from ${service}: ${error.detail} (${where})`;
  const hint = meaning[error.status];
  return `${service} answered ${error.status}: ${error.detail}${hint ? ` (${hint})` : ''} (${where})`;
}

const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE']);
const SECRET_QUERY = /token|secret|key|password|passwd|auth|sig|credential|code/i;

/** The URL as it may be logged: no user or password, and the values of query parameters that may hold secrets masked. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '(unparseable URL)';
  }
  parsed.username = '';
  parsed.password = '';
  for (const name of [...new Set(parsed.searchParams.keys())]) {
    if (SECRET_QUERY.test(name)) parsed.searchParams.set(name, '***');
  }
  return parsed.toString();
}

/**
 * Sends one request and returns a 2xx response. A network error, a timeout or a 429/5xx answer is retried (a POST
 * or PATCH only on 429 and 503, which say the request was not processed); any other answer, or the last failure,
 * throws HttpError.
 *
 * An idempotent request whose connection closes before any answer is sent once more at once, beyond `retries`:
 * fetch keeps connections alive, and a server may close an idle one just as a request goes out on it (the race
 * RFC 9112 section 9.3.1 describes, where a client may retry an idempotent request on a new connection). Closing
 * pooled connections before the server's keep-alive timeout cannot prevent it: fetch already does (the server's
 * `Keep-Alive: timeout` hint less a margin), and a busy event loop runs that timer late.
 */
export async function httpRequest(request: HttpRequest, options: HttpOptions = {}): Promise<HttpResponse> {
  const settings = { ...DEFAULT_HTTP_OPTIONS, ...options };
  const method = request.method ?? 'GET';
  const idempotent = request.idempotent ?? IDEMPOTENT.has(method);
  const where = `${method} ${redactUrl(request.url)}`;
  // The resend below is not one of the `retries`, and waits for no backoff: the server has not failed, its idle
  // connection closed; fetch has dropped that connection, so the resend goes out on another or a new one.
  let resent = 0;
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(request, method, where, settings.timeoutMs);
    if (!(outcome instanceof HttpError)) return outcome;
    if (outcome.closedBeforeAnswer && idempotent && resent === 0) {
      resent = 1;
      attempt--;
      continue;
    }
    const retryable =
      outcome.status === undefined ? idempotent : outcome.status === 429 || outcome.status === 503 || (outcome.status >= 500 && idempotent);
    const again = (note?: string) =>
      new HttpError(where, outcome.status, outcome.detail, {
        tries: attempt + resent,
        cause: outcome.cause,
        note,
        closedBeforeAnswer: outcome.closedBeforeAnswer,
      });
    if (!retryable || attempt > settings.retries) throw again();
    const asked = retryAfterMs(outcome.retryAfter);
    if (asked !== undefined && asked > settings.maxRetryAfterMs) {
      throw again(
        `the server asks to retry after ${Math.ceil(asked / 1000)} s, longer than the ${Math.ceil(settings.maxRetryAfterMs / 1000)} s waited for`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, asked ?? settings.backoffMs * 2 ** (attempt - 1)));
  }
}

/** What a connection closed under a request says, from fetch's cause: undici's `other side closed`, a reset, a broken pipe. */
const CLOSED = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

async function attemptOnce(request: HttpRequest, method: string, where: string, timeoutMs: number): Promise<HttpResponse | HttpError> {
  let response: Response | undefined;
  let text = '';
  let bytes: Buffer | undefined;
  try {
    // One time bound for every hop and the body.
    const signal = AbortSignal.timeout(timeoutMs);
    response = await fetchFollowing(request, method, signal);
    if (request.binary && response.ok) {
      bytes = await readCapped(response, request.binary.maxBytes);
      if (bytes === undefined)
        return new HttpError(where, response.status, `the answer is longer than the ${request.binary.maxBytes} bytes allowed`);
    } else text = await response.text();
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
    return new HttpError(where, undefined, timedOut ? `nothing within the ${timeoutMs / 1000} s allowed` : scrubUrls(reasonOf(error)), {
      cause: error,
      closedBeforeAnswer: response === undefined && !timedOut && typeof code === 'string' && CLOSED.has(code),
    });
  }
  if (response.ok) return { status: response.status, headers: response.headers, text, ...(bytes ? { bytes } : {}) };
  return new HttpError(where, response.status, detailOf(text), { retryAfter: response.headers.get('retry-after') });
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** fetch with at most `request.redirects` hops; a hop to another origin carries no header of the request. */
async function fetchFollowing(request: HttpRequest, method: string, signal: AbortSignal): Promise<Response> {
  const hops = request.redirects ?? 0;
  let url = request.url;
  let headers = request.headers;
  let init: { method: string; body?: HttpRequest['body'] } = { method, body: request.body };
  for (let hop = 0; ; hop++) {
    // A Buffer is a Uint8Array over an ArrayBufferLike, which the DOM typing of BodyInit does not name; fetch takes it.
    const body = init.body as BodyInit | undefined;
    const response = await fetch(url, { method: init.method, body, headers, signal, redirect: hops === 0 ? 'error' : 'manual' });
    const location = response.headers.get('location');
    if (hops === 0 || !REDIRECTS.has(response.status) || location === null) return response;
    await response.body?.cancel();
    if (hop >= hops) throw new Error(`more than ${hops} redirects`);
    const next = new URL(location, url);
    if (next.protocol !== 'https:' && next.protocol !== 'http:') throw new Error(`redirected to a ${next.protocol} URL`);
    if (next.origin !== new URL(url).origin) headers = undefined;
    // As browsers do: a 303, or a 301/302 after a POST, goes on as a GET without the body.
    if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) init = { method: 'GET' };
    url = next.toString();
  }
}

/** The body's bytes, or undefined as soon as they pass `maxBytes` (a declared length past it is refused unread). */
async function readCapped(response: Response, maxBytes: number): Promise<Buffer | undefined> {
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body === null) return Buffer.alloc(0);
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Text that may quote a URL (fetch's own messages do) without the credentials in it. */
export function scrubUrls(text: string): string {
  return text
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]*@/gi, '$1')
    .replace(/([?&][^=\s&#]*=)([^&\s#]*)/g, (whole, name: string, value: string) =>
      SECRET_QUERY.test(name) && value ? `${name}***` : whole,
    );
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The server's message from a JSON error body (GitHub and GitLab both use `message`), else the start of the text. */
function detailOf(body: string): string {
  let text: string;
  try {
    const parsed = JSON.parse(body) as { message?: unknown; error?: unknown };
    const message = parsed?.message ?? parsed?.error;
    text = typeof message === 'string' ? message : JSON.stringify(message ?? parsed);
  } catch {
    text = body;
  }
  // Bounded and on one line: the body is the server's, and it ends up in logs.
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** fetch hides the reason (ECONNREFUSED, ...) in its cause. */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error && cause.message && !error.message.includes(cause.message)
    ? `${error.message} (${cause.message})`
    : error.message;
}

/**
 * The pages of a listing, first to last, following `nextOf` (which gives the next page's URL or null). Stops with
 * an HttpError after `pageCap` pages, or when a server sends a page it already sent, rather than loop without end.
 */
export async function* httpPages(
  first: HttpRequest,
  nextOf: (response: HttpResponse, url: string) => string | null,
  options: HttpOptions = {},
): AsyncGenerator<HttpResponse> {
  const cap = options.pageCap ?? DEFAULT_HTTP_OPTIONS.pageCap;
  const seen = new Set<string>();
  let url: string | null = first.url;
  for (let pages = 0; url !== null; pages++) {
    if (pages >= cap) {
      throw new HttpError(
        `GET ${redactUrl(first.url)}`,
        undefined,
        `stopped after ${cap} pages, the most a listing may take, with the server still naming a next page`,
        { stopped: true },
      );
    }
    seen.add(url);
    const response: HttpResponse = await httpRequest({ ...first, url }, options);
    yield response;
    const next = nextOf(response, url);
    if (next !== null && seen.has(next)) {
      throw new HttpError(`GET ${redactUrl(first.url)}`, undefined, `stopped: the server named page ${redactUrl(next)} again`, {
        stopped: true,
      });
    }
    url = next;
  }
}
