/**
 * The GitHub cache adapter against a local server that speaks what @actions/cache 6 calls:
 * - v2 (ACTIONS_CACHE_SERVICE_V2, ACTIONS_RESULTS_URL): the Twirp CacheService (GetCacheEntryDownloadURL,
 *   CreateCacheEntry, FinalizeCacheEntryUpload), an Azure block-blob PUT to the signed upload URL and a GET of the
 *   signed download URL;
 * - v1 (ACTIONS_CACHE_URL): `_apis/artifactcache/` (GET cache, POST caches, PATCH chunks, POST commit).
 * The archives are real: the library runs /usr/bin/tar with zstd (installed here; it falls back to gzip without it).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { restoreGithubCache, saveGithubCache } from '../../shared/platform/cache-github.js';
import { useTempDir } from './helpers.js';
import { SYSTEM_TOOLS, missingPackages, skipNote } from '../helpers/system.js';

const dir = useTempDir();
const TWIRP = '/twirp/github.actions.results.api.v1.CacheService/';
/** key -> the version the library computed (paths + compression) and the archive bytes. */
const entries = new Map<string, { version: string; archive: Buffer }>();
const pending = new Map<string, { key: string; version: string; parts: Buffer[] }>();
const calls: string[] = [];
let failing = false;
let server: Server;
let base = '';
const saved: Record<string, string | undefined> = {};

async function body(request: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

function json(response: import('node:http').ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(value));
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const url = new URL(request.url!, 'http://localhost');
    const data = await body(request);
    calls.push(`${request.method} ${url.pathname}`);
    if (failing) return json(response, 500, { msg: 'the cache service is down' });
    if (url.pathname.startsWith(TWIRP)) {
      const method = url.pathname.slice(TWIRP.length);
      const input = JSON.parse(data.toString('utf8'));
      if (method === 'GetCacheEntryDownloadURL') {
        const entry = entries.get(input.key);
        if (!entry || entry.version !== input.version) return json(response, 200, { ok: false });
        return json(response, 200, { ok: true, signed_download_url: `${base}/blob/${input.key}?sig=read`, matched_key: input.key });
      }
      if (method === 'CreateCacheEntry') {
        if (entries.has(input.key)) return json(response, 200, { ok: false, message: 'cache entry already exists' });
        pending.set(input.key, { key: input.key, version: input.version, parts: [] });
        return json(response, 200, { ok: true, signed_upload_url: `${base}/devstoreaccount1/caches/${input.key}?sig=write` });
      }
      if (method === 'FinalizeCacheEntryUpload') {
        const upload = pending.get(input.key)!;
        const archive = Buffer.concat(upload.parts);
        expect(input.size_bytes).toBe(String(archive.length));
        entries.set(input.key, { version: upload.version, archive });
        return json(response, 200, { ok: true, entry_id: '17' });
      }
      return json(response, 404, { code: 'bad_route', msg: method });
    }
    if (url.pathname.startsWith('/devstoreaccount1/caches/') && request.method === 'PUT') {
      // A small archive goes up in one Put Blob; a large one as blocks (not needed for this size).
      expect(request.headers['x-ms-blob-type']).toBe('BlockBlob');
      pending.get(decodeURIComponent(url.pathname.split('/').pop()!))!.parts.push(data);
      response.writeHead(201, { etag: '"1"', 'last-modified': new Date(0).toUTCString() });
      return response.end();
    }
    if (url.pathname.startsWith('/blob/') && request.method === 'GET') {
      const archive = entries.get(decodeURIComponent(url.pathname.slice('/blob/'.length)))!.archive;
      response.writeHead(200, { 'content-length': archive.length, 'content-type': 'application/octet-stream' });
      return response.end(archive);
    }
    // v1: the artifactcache API.
    if (url.pathname === '/v1/_apis/artifactcache/cache' && request.method === 'GET') {
      const key = url.searchParams.get('keys')!.split(',')[0];
      const entry = entries.get(key);
      if (!entry || entry.version !== url.searchParams.get('version')) {
        response.writeHead(204);
        return response.end();
      }
      return json(response, 200, { cacheKey: key, scope: 'refs/heads/main', archiveLocation: `${base}/blob/${encodeURIComponent(key)}` });
    }
    if (url.pathname === '/v1/_apis/artifactcache/caches' && request.method === 'POST') {
      const input = JSON.parse(data.toString('utf8'));
      if (entries.has(input.key)) return json(response, 409, { message: 'already exists' });
      pending.set('v1', { key: input.key, version: input.version, parts: [] });
      return json(response, 201, { cacheId: 23 });
    }
    if (url.pathname === '/v1/_apis/artifactcache/caches/23') {
      const upload = pending.get('v1')!;
      if (request.method === 'PATCH') {
        const [, start] = /^bytes (\d+)-(\d+)\/\*$/.exec(String(request.headers['content-range']))!;
        expect(Number(start)).toBe(Buffer.concat(upload.parts).length);
        upload.parts.push(data);
        response.writeHead(204);
        return response.end();
      }
      const archive = Buffer.concat(upload.parts);
      expect(JSON.parse(data.toString('utf8'))).toEqual({ size: archive.length });
      entries.set(upload.key, { version: upload.version, archive });
      response.writeHead(204);
      return response.end();
    }
    json(response, 404, {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const key of [
    'ACTIONS_CACHE_SERVICE_V2',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RUNTIME_TOKEN',
    'GITHUB_SERVER_URL',
    'GITHUB_WORKSPACE',
    'ACTIONS_CACHE_MODE',
    'RUNNER_TEMP',
  ]) {
    saved[key] = process.env[key];
  }
  Object.assign(process.env, {
    ACTIONS_RUNTIME_TOKEN: 'token',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: join(dir, 'runner-temp'),
  });
  delete process.env.ACTIONS_CACHE_MODE;
});

afterAll(() => {
  server?.close();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  failing = false;
  calls.length = 0;
  vi.useRealTimers();
});

function useService(version: 'v1' | 'v2'): void {
  if (version === 'v2') {
    process.env.ACTIONS_CACHE_SERVICE_V2 = 'true';
    process.env.ACTIONS_RESULTS_URL = `${base}/`;
    delete process.env.ACTIONS_CACHE_URL;
  } else {
    delete process.env.ACTIONS_CACHE_SERVICE_V2;
    delete process.env.ACTIONS_RESULTS_URL;
    process.env.ACTIONS_CACHE_URL = `${base}/v1/`;
  }
}

/** A sample directory like the train gate caches: a CSV and its metadata. */
function sampleDir(name: string): { path: string; csv: string; meta: string } {
  const path = join(dir, name, 'sample');
  rmSync(join(dir, name), { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
  const csv = `id,label,x1\n${Array.from({ length: 500 }, (_, i) => `${i},${i % 2},${(i * 0.37).toFixed(2)}`).join('\n')}\n`;
  const meta = '{"columns":["id","label","x1"]}';
  writeFileSync(join(path, 'sample.csv'), csv);
  writeFileSync(join(path, 'sample.json'), meta);
  return { path, csv, meta };
}

/** The library's workflow commands (::warning::, ::error::) of the current test; its log is kept off the test output. */
let commands: string[] = [];
beforeEach(() => {
  commands = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    commands.push(
      ...String(chunk)
        .split('\n')
        .filter((l) => l.startsWith('::warning::') || l.startsWith('::error::')),
    );
    return true;
  });
});

describe.each(['v2', 'v1'] as const)('GitHub cache adapter (local server speaking the cache service %s API)', (version) => {
  const missing = missingPackages(SYSTEM_TOOLS.zstd);
  test.skipIf(missing.length > 0)(
    `a miss restores nothing; save then restore brings back the same files through a real tar + zstd archive${skipNote(missing)}`,
    async () => {
      useService(version);
      const key = `modelgate-train-sample-${version}-roundtrip`;
      const { path, csv, meta } = sampleDir(`round-${version}`);
      const warnings: string[] = [];
      const warn = (m: string) => warnings.push(m);

      expect(await restoreGithubCache([path], key, warn)).toBeUndefined();
      expect(calls[0]).toBe(version === 'v2' ? `POST ${TWIRP}GetCacheEntryDownloadURL` : 'GET /v1/_apis/artifactcache/cache');

      await saveGithubCache([path], key, warn);
      expect(warnings).toEqual([]);
      const archive = entries.get(key)!.archive;
      expect(archive.subarray(0, 4)).toEqual(Buffer.from([0x28, 0xb5, 0x2f, 0xfd])); // the zstd frame magic
      expect(archive.length).toBeLessThan(csv.length);

      rmSync(join(dir, `round-${version}`), { recursive: true, force: true });
      expect(await restoreGithubCache([path], key, warn)).toBe(key);
      expect(readFileSync(join(path, 'sample.csv'), 'utf8')).toBe(csv);
      expect(readFileSync(join(path, 'sample.json'), 'utf8')).toBe(meta);
      expect(warnings).toEqual([]);

      // Entries are immutable: a second save of the key is a warning, and the entry is unchanged.
      await saveGithubCache([path], key, warn);
      expect(warnings).toEqual([
        `the cache entry ${key} was not saved (the cache messages above say why); the next run draws the sample again`,
      ]);
      expect(entries.get(key)!.archive).toEqual(archive);
      if (version === 'v2') expect(commands).toContain('::warning::Cache reservation failed: cache entry already exists');
    },
  );
});

describe('GitHub cache adapter (local server speaking the cache service v2 API) when the service answers 500', () => {
  test('restore and save retry, then warn and go on without the cache: no throw', async () => {
    useService('v2');
    const { path } = sampleDir('down');
    const warnings: string[] = [];
    failing = true;
    // The library retries 5 times with 3 s+ backoff; fake clocks make the waits instant, the HTTP stays real.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const settle = async <T>(promise: Promise<T>): Promise<T> => {
      let done = false;
      void promise.finally(() => (done = true)).catch(() => undefined);
      while (!done) {
        await new Promise((resolve) => setImmediate(resolve));
        vi.advanceTimersByTime(20_000);
      }
      return promise;
    };
    expect(await settle(restoreGithubCache([path], 'modelgate-down', (m) => warnings.push(m)))).toBeUndefined();
    expect(calls).toEqual(Array(5).fill(`POST ${TWIRP}GetCacheEntryDownloadURL`));
    // The library logs the failure itself (a warning: its wrapped error is no HttpClientError); the adapter adds none.
    expect(warnings).toEqual([]);
    expect(commands).toEqual([
      '::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Failed to make request after 5 attempts: Failed request: (500) Internal Server Error: the cache service is down',
    ]);

    calls.length = 0;
    await settle(saveGithubCache([path], 'modelgate-down', (m) => warnings.push(m)));
    expect(calls).toEqual(Array(5).fill(`POST ${TWIRP}CreateCacheEntry`));
    expect(warnings).toEqual([
      'the cache entry modelgate-down was not saved (the cache messages above say why); the next run draws the sample again',
    ]);
    expect(entries.has('modelgate-down')).toBe(false);
  });

  test('without a cache service on the runner, restore warns and misses, and save does nothing', async () => {
    delete process.env.ACTIONS_CACHE_SERVICE_V2;
    delete process.env.ACTIONS_CACHE_URL;
    const warnings: string[] = [];
    expect(await restoreGithubCache([join(dir, 'none')], 'modelgate-none', (m) => warnings.push(m))).toBeUndefined();
    await saveGithubCache([join(dir, 'none')], 'modelgate-none', (m) => warnings.push(m));
    expect(warnings).toEqual(['the Actions cache is not available on this runner; the sample is drawn again']);
    expect(calls).toEqual([]);
  });
});
