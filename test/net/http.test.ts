import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceError } from '../../shared/errors.js';
import { HttpError, httpPages, httpRequest, redactUrl, retryAfterMs, scrubUrls } from '../../shared/net/http.js';

/** A loopback server answering each request with the next scripted reply (then 200 "ok"); `hang` never answers. */
type Reply = { status: number; body?: string; headers?: Record<string, string> } | 'hang';
let replies: Reply[];
let seen: { method: string; url: string }[];
let base: string;
let close: () => Promise<void>;

beforeEach(async () => {
  replies = [];
  seen = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    seen.push({ method: request.method ?? '', url: request.url ?? '' });
    const reply = replies.shift() ?? { status: 200, body: 'ok' };
    if (reply === 'hang') return;
    response.writeHead(reply.status, reply.headers ?? {});
    response.end(reply.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
});
afterEach(() => close());

const FAST = { backoffMs: 1 };

describe('httpRequest', () => {
  it('retries a GET after 5xx answers and returns the first success', async () => {
    replies = [{ status: 502 }, { status: 503 }];
    const response = await httpRequest({ url: `${base}/a` }, FAST);
    expect(response).toMatchObject({ status: 200, text: 'ok' });
    expect(seen).toHaveLength(3);
  });

  it("stops after the bounded retries with a SourceError naming the request, the status and the server's message", async () => {
    replies = Array<Reply>(5).fill({ status: 500, body: '{"message":"boom"}' });
    const error = await httpRequest({ url: `${base}/a?page=2` }, { ...FAST, retries: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).kind).toBe('SourceError');
    expect((error as HttpError).message).toBe(`GET ${base}/a?page=2: answered 500: boom (after 3 tries)`);
    expect(seen).toHaveLength(3);
  });

  it('does not retry a POST after a 500 or no answer (it may have been done), but does after 429 and 503', async () => {
    replies = [{ status: 500 }];
    await expect(httpRequest({ method: 'POST', url: `${base}/p`, body: 'x' }, FAST)).rejects.toMatchObject({ status: 500, tries: 1 });
    replies = [{ status: 429 }, { status: 503 }];
    await expect(httpRequest({ method: 'POST', url: `${base}/p`, body: 'x' }, FAST)).resolves.toMatchObject({ status: 200 });
    expect(seen.map((r) => r.method)).toEqual(['POST', 'POST', 'POST', 'POST']);
  });

  it('retries a POST marked idempotent (a model predict) after a 500 and after no answer', async () => {
    replies = [{ status: 500 }, 'hang', { status: 200, body: 'done' }];
    const response = await httpRequest({ method: 'POST', url: `${base}/p`, body: 'x', idempotent: true }, { ...FAST, timeoutMs: 200 });
    expect(response).toMatchObject({ status: 200, text: 'done' });
    expect(seen).toHaveLength(3);
  });

  it('does not retry a 4xx other than 429', async () => {
    replies = [{ status: 404, body: 'not here' }];
    await expect(httpRequest({ url: `${base}/x` }, FAST)).rejects.toMatchObject({ status: 404, detail: 'not here', tries: 1 });
    expect(seen).toHaveLength(1);
  });

  it('bounds every request in time, retries included', async () => {
    replies = ['hang', 'hang'];
    const started = Date.now();
    const error = await httpRequest({ url: `${base}/slow` }, { ...FAST, timeoutMs: 100, retries: 1 }).catch((e: unknown) => e as HttpError);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error).toMatchObject({ status: undefined, tries: 2 });
    expect((error as HttpError).message).toBe(`GET ${base}/slow: no answer: nothing within the 0.1 s allowed (after 2 tries)`);
  });

  it('waits as Retry-After asks, and fails at once when it asks for more than it would wait', async () => {
    replies = [{ status: 429, headers: { 'retry-after': '1' } }];
    const started = Date.now();
    await httpRequest({ url: `${base}/r` }, FAST);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    replies = [{ status: 503, headers: { 'retry-after': '120' } }];
    await expect(httpRequest({ url: `${base}/r` }, { ...FAST, maxRetryAfterMs: 5000 })).rejects.toThrow(
      /answered 503 \(the server asks to retry after 120 s, longer than the 5 s waited for\)$/,
    );
    expect(seen).toHaveLength(3);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

describe('httpPages', () => {
  const linkNext = (response: { headers: Headers }) => response.headers.get('x-next') || null;

  it('follows next pages to the end', async () => {
    replies = [
      { status: 200, body: '1', headers: { 'x-next': `${base}/list?page=2` } },
      { status: 200, body: '2' },
    ];
    const pages: string[] = [];
    for await (const page of httpPages({ url: `${base}/list?page=1` }, linkNext, FAST)) pages.push(page.text);
    expect(pages).toEqual(['1', '2']);
  });

  it('stops an endless listing at the page cap with a SourceError saying so', async () => {
    replies = Array.from({ length: 20 }, (_, i) => ({ status: 200, body: String(i), headers: { 'x-next': `${base}/list?page=${i + 2}` } }));
    const pages: string[] = [];
    const listing = (async () => {
      for await (const page of httpPages({ url: `${base}/list?page=1` }, linkNext, { ...FAST, pageCap: 5 })) pages.push(page.text);
    })();
    await expect(listing).rejects.toThrow(new RegExp(`^GET ${base}/list\\?page=1: stopped after 5 pages, the most a listing may take`));
    expect(pages).toHaveLength(5);
    expect(seen).toHaveLength(5);
  });

  it('stops when the server names a page it already sent', async () => {
    replies = [
      { status: 200, headers: { 'x-next': `${base}/list?page=2` } },
      { status: 200, headers: { 'x-next': `${base}/list?page=1` } },
    ];
    const listing = (async () => {
      for await (const _ of httpPages({ url: `${base}/list?page=1` }, linkNext, FAST)) void _;
    })();
    await expect(listing).rejects.toThrow(/: stopped: the server named page .*page=1 again$/);
  });
});

describe('URLs in messages', () => {
  it('drop user and password, and mask query values that may be secrets', () => {
    expect(redactUrl('https://oauth2:glpat-abc@gitlab.example.com/api/v4/user?private_token=glpat-abc&page=2')).toBe(
      'https://gitlab.example.com/api/v4/user?private_token=***&page=2',
    );
    expect(redactUrl('not a url')).toBe('(unparseable URL)');
    expect(scrubUrls('cannot fetch http://u:p4ss@h.example/x?access_token=s3cret&per_page=100 now')).toBe(
      'cannot fetch http://h.example/x?access_token=***&per_page=100 now',
    );
  });

  it('never carry the credentials of a URL fetch refuses', async () => {
    const error = (await httpRequest({ url: `http://user:hunter2@127.0.0.1:9/x?token=hunter3` }, { ...FAST, retries: 0 }).catch(
      (e: unknown) => e,
    )) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.message).not.toMatch(/hunter/);
    expect(error.message).toMatch(/^GET http:\/\/127\.0\.0\.1:9\/x\?token=\*\*\*: no answer: /);
  });
});

describe('binary answers and redirects', () => {
  /** A second loopback server, another origin (another port), that records the headers it was sent. */
  async function otherOrigin(body: Buffer): Promise<{ url: string; headers: IncomingMessage['headers'][]; close: () => Promise<void> }> {
    const headers: IncomingMessage['headers'][] = [];
    const server = createServer((request, response) => {
      headers.push(request.headers);
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      headers,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }

  it('reads a binary answer byte for byte, bytes that are not UTF-8 included', async () => {
    const bytes = Buffer.from([0, 0xff, 0xfe, 0x80, 10, 13]);
    // response.end takes a Buffer as well as a string.
    replies = [{ status: 200, body: bytes as unknown as string, headers: { 'content-type': 'application/octet-stream' } }];
    const response = await httpRequest({ url: `${base}/blob`, binary: { maxBytes: 6 } }, FAST);
    expect(response.bytes).toEqual(bytes);
    expect(response.text).toBe('');
  });

  it('refuses an answer longer than maxBytes, declared or streamed, without retrying', async () => {
    replies = [{ status: 200, body: 'x'.repeat(100) }];
    await expect(httpRequest({ url: `${base}/big`, binary: { maxBytes: 99 } }, FAST)).rejects.toThrow(
      `GET ${base}/big: answered 200: the answer is longer than the 99 bytes allowed`,
    );
    replies = [{ status: 200, body: 'y'.repeat(100), headers: { 'transfer-encoding': 'chunked' } }];
    await expect(httpRequest({ url: `${base}/big`, binary: { maxBytes: 50 } }, FAST)).rejects.toMatchObject({ tries: 1 });
    expect(seen).toHaveLength(2);
  });

  it('refuses a redirect unless asked to follow; a hop to another origin goes without the headers that may hold a token', async () => {
    const storage = await otherOrigin(Buffer.from('state bytes'));
    try {
      const redirect = { status: 302, headers: { location: `${storage.url}/signed?X-Amz-Signature=abc` } };
      replies = [redirect];
      const refused = httpRequest({ url: `${base}/download`, headers: { 'PRIVATE-TOKEN': 'glpat-secret' } }, { ...FAST, retries: 0 });
      await expect(refused).rejects.toBeInstanceOf(HttpError);
      replies = [redirect];
      const response = await httpRequest(
        { url: `${base}/download`, headers: { 'PRIVATE-TOKEN': 'glpat-secret' }, redirects: 2, binary: { maxBytes: 100 } },
        FAST,
      );
      expect(response.bytes?.toString()).toBe('state bytes');
      expect(storage.headers).toHaveLength(1);
      expect(storage.headers[0]['private-token']).toBeUndefined();
    } finally {
      await storage.close();
    }
  });

  it('keeps the headers on a hop within the origin, and stops after the redirects allowed', async () => {
    replies = [
      { status: 307, headers: { location: '/moved' } },
      { status: 200, body: 'here' },
    ];
    const response = await httpRequest({ url: `${base}/first`, redirects: 1 }, FAST);
    expect(response.text).toBe('here');
    expect(seen.map((r) => r.url)).toEqual(['/first', '/moved']);
    replies = [
      { status: 302, headers: { location: '/a' } },
      { status: 302, headers: { location: '/b' } },
    ];
    await expect(httpRequest({ url: `${base}/loop`, redirects: 1 }, { ...FAST, retries: 0 })).rejects.toThrow(/more than 1 redirects/);
  });
});
