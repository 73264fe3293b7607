import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small server speaking what @actions/cache 6 calls, with the cache service's matching rules: the primary key
 * matches exactly, then each restore key as a prefix, the newest entry first, and only entries of the same
 * version (the hash of the paths and compression):
 * - v2 (ACTIONS_CACHE_SERVICE_V2, ACTIONS_RESULTS_URL): the Twirp CacheService (GetCacheEntryDownloadURL,
 *   CreateCacheEntry, FinalizeCacheEntryUpload), an Azure block-blob PUT to the signed upload URL, a GET of the
 *   signed download URL;
 * - v1 (ACTIONS_CACHE_URL): `_apis/artifactcache/` (GET cache, POST caches, PATCH chunks, POST commit).
 * Entries are immutable, as the service's are. `failNext` answers the next requests with an error status.
 */
export interface CacheEntry {
  key: string;
  version: string;
  archive: Buffer;
}

export interface ActionsCacheServer {
  url: string;
  entries: CacheEntry[];
  calls: string[];
  /** The next `count` Twirp or v1 API calls answer `status` (with these headers, e.g. Retry-After). */
  failNext(status: number, count?: number, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

const TWIRP = '/twirp/github.actions.results.api.v1.CacheService/';

export async function startActionsCacheServer(): Promise<ActionsCacheServer> {
  const entries: CacheEntry[] = [];
  const pending = new Map<string, { key: string; version: string; parts: Buffer[] }>();
  const calls: string[] = [];
  const failures: { status: number; headers: Record<string, string> }[] = [];
  let nextV1Id = 20;
  let url = '';

  const find = (key: string, restoreKeys: string[], version: string): CacheEntry | undefined => {
    const ofVersion = entries.filter((entry) => entry.version === version);
    const exact = ofVersion.find((entry) => entry.key === key);
    if (exact) return exact;
    for (const prefix of restoreKeys) {
      const newest = ofVersion.filter((entry) => entry.key.startsWith(prefix)).at(-1);
      if (newest) return newest;
    }
    return undefined;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const target = new URL(request.url ?? '/', url);
    const data = await readBody(request);
    const method = request.method ?? 'GET';
    calls.push(`${method} ${target.pathname}`);
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(value));
    };
    const isApi = target.pathname.startsWith(TWIRP) || target.pathname.startsWith('/v1/_apis/');
    const failure = isApi ? failures.shift() : undefined;
    if (failure) return json(failure.status, { code: 'unavailable', msg: `the cache service answers ${failure.status}` }, failure.headers);

    if (target.pathname.startsWith(TWIRP)) {
      const rpc = target.pathname.slice(TWIRP.length);
      const input = JSON.parse(data.toString('utf8')) as { key: string; version: string; restore_keys?: string[]; size_bytes?: string };
      if (rpc === 'GetCacheEntryDownloadURL') {
        const entry = find(input.key, input.restore_keys ?? [], input.version);
        if (!entry) return json(200, { ok: false });
        return json(200, {
          ok: true,
          signed_download_url: `${url}/blob/${encodeURIComponent(entry.key)}?sig=read`,
          matched_key: entry.key,
        });
      }
      if (rpc === 'CreateCacheEntry') {
        if (entries.some((entry) => entry.key === input.key && entry.version === input.version))
          return json(200, { ok: false, message: 'cache entry already exists' });
        pending.set(input.key, { key: input.key, version: input.version, parts: [] });
        return json(200, { ok: true, signed_upload_url: `${url}/devstoreaccount1/caches/${encodeURIComponent(input.key)}?sig=write` });
      }
      if (rpc === 'FinalizeCacheEntryUpload') {
        const upload = pending.get(input.key);
        if (!upload) return json(404, { code: 'not_found', msg: 'no upload' });
        const archive = Buffer.concat(upload.parts);
        if (input.size_bytes !== String(archive.length)) return json(400, { code: 'invalid_argument', msg: 'size mismatch' });
        entries.push({ key: upload.key, version: upload.version, archive });
        return json(200, { ok: true, entry_id: String(entries.length) });
      }
      return json(404, { code: 'bad_route', msg: rpc });
    }
    if (method === 'PUT' && target.pathname.startsWith('/devstoreaccount1/caches/')) {
      // A small archive goes up in one Put Blob.
      if (request.headers['x-ms-blob-type'] !== 'BlockBlob') return json(400, { message: 'x-ms-blob-type missing' });
      pending.get(decodeURIComponent(target.pathname.split('/').pop()!))?.parts.push(data);
      response.writeHead(201, { etag: '"1"', 'last-modified': new Date(0).toUTCString() });
      return response.end();
    }
    if (method === 'GET' && target.pathname.startsWith('/blob/')) {
      const key = decodeURIComponent(target.pathname.slice('/blob/'.length));
      const entry = entries.find((e) => e.key === key);
      if (!entry) return json(404, {});
      response.writeHead(200, { 'content-length': String(entry.archive.length), 'content-type': 'application/octet-stream' });
      return response.end(entry.archive);
    }
    // v1: the artifactcache API.
    if (method === 'GET' && target.pathname === '/v1/_apis/artifactcache/cache') {
      const [key, ...restoreKeys] = (target.searchParams.get('keys') ?? '').split(',');
      const entry = find(key, restoreKeys, target.searchParams.get('version') ?? '');
      if (!entry) {
        response.writeHead(204);
        return response.end();
      }
      return json(200, { cacheKey: entry.key, scope: 'refs/heads/main', archiveLocation: `${url}/blob/${encodeURIComponent(entry.key)}` });
    }
    if (method === 'POST' && target.pathname === '/v1/_apis/artifactcache/caches') {
      const input = JSON.parse(data.toString('utf8')) as { key: string; version: string };
      if (entries.some((entry) => entry.key === input.key)) return json(409, { message: 'already exists' });
      const id = nextV1Id++;
      pending.set(`v1-${id}`, { key: input.key, version: input.version, parts: [] });
      return json(201, { cacheId: id });
    }
    const v1 = /^\/v1\/_apis\/artifactcache\/caches\/(\d+)$/.exec(target.pathname);
    const upload = v1 ? pending.get(`v1-${v1[1]}`) : undefined;
    if (upload && method === 'PATCH') {
      upload.parts.push(data);
      response.writeHead(204);
      return response.end();
    }
    if (upload && method === 'POST') {
      entries.push({ key: upload.key, version: upload.version, archive: Buffer.concat(upload.parts) });
      response.writeHead(204);
      return response.end();
    }
    return json(404, {});
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    entries,
    calls,
    failNext: (status, count = 1, headers = {}) => failures.push(...Array.from({ length: count }, () => ({ status, headers }))),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return Buffer.concat(parts);
}
