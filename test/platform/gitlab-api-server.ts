import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small HTTP server speaking the part of the GitLab REST API (v4) the GitLab platform uses: list merge request
 * notes (offset pagination with the `x-page`/`x-next-page`/`x-total` headers and a Link header, as GitLab sends),
 * create, update and delete a note, name the token's user (GET /user), trigger a pipeline, and publish and download
 * generic package files (PUT/GET /projects/:id/packages/generic/:name/:version/:file, the newest of duplicates
 * served, downloads optionally sent on to "object storage" by a 302 as GitLab does without proxy_download). It keeps
 * notes, pipelines and package files in memory, checks tokens as GitLab does (PRIVATE-TOKEN for notes, the `token`
 * form field for triggers, JOB-TOKEN or PRIVATE-TOKEN for packages), records every request, and can answer the next
 * request of a method with an error.
 */
export interface Note {
  id: number;
  body: string;
  system: boolean;
  author: { id: number; username: string };
}

/** The user the token acts as (GET /user); notes created through the API are written by it. */
export const TOKEN_USER = { id: 1217, username: 'project_1217_bot' };
/** Another user of the project, who can paste anything into a note. */
export const REVIEWER = { id: 42, username: 'reviewer' };

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** JSON bodies parsed; form bodies (urlencoded or multipart) as their fields. */
  body: unknown;
}

export interface TriggeredPipeline {
  id: number;
  ref: string;
  variables: Record<string, string>;
}

export interface PackageFile {
  id: number;
  name: string;
  version: string;
  file: string;
  bytes: Buffer;
}

export interface GitlabApiServer {
  /** The server root, as CI_SERVER_URL; the API is under `${url}/api/v4`. */
  url: string;
  notes: Note[];
  pipelines: TriggeredPipeline[];
  packageFiles: PackageFile[];
  /** Package downloads answer 302 to a signed URL on this server's /object-storage/, which checks no token. */
  objectStorage: boolean;
  /** False: a second upload of the same file to a package version is refused, as with the project setting off. */
  allowDuplicates: boolean;
  requests: RecordedRequest[];
  /**
   * The next `method` request answers `status` with GitLab's error body and these headers (e.g. Retry-After);
   * with `after`, the next one once a request of that method has been answered.
   */
  failNext(method: string, status: number, message: string, headers?: Record<string, string>, after?: string): void;
  /** The next `method` request is read and never answered (until close). */
  hangNext(method: string, count?: number): void;
  /** The notes listing always names a next page, as a broken or hostile server might. */
  endlessPages: boolean;
  /** The next `count` notes listings are held until all of them have arrived, as when runs list at the same time. */
  holdListings(count: number): void;
  addNotes(count: number, body?: (index: number) => string, system?: boolean, author?: Note['author']): void;
  close(): Promise<void>;
}

export interface GitlabApiServerOptions {
  project: string;
  iid: number;
  /** The token the notes API accepts (PRIVATE-TOKEN header). */
  token: string;
  /** The tokens the trigger API accepts (a trigger token, a job token). */
  triggerTokens: string[];
  /** The job tokens the package registry accepts (JOB-TOKEN header); it also takes `token` as PRIVATE-TOKEN. */
  jobTokens?: string[];
  /** The per_page the server uses when the client asks for none; GitLab's default is 20. */
  defaultPerPage?: number;
}

export async function startGitlabApiServer(options: GitlabApiServerOptions): Promise<GitlabApiServer> {
  const notes: Note[] = [];
  const pipelines: TriggeredPipeline[] = [];
  const packageFiles: PackageFile[] = [];
  const requests: RecordedRequest[] = [];
  const failures: { method: string; status: number; message: string; headers: Record<string, string>; after?: string }[] = [];
  const hangs: string[] = [];
  const held: (() => void)[] = [];
  let holding = 0;
  let nextId = 500;
  let url = '';
  const projectPath = `/api/v4/projects/${encodeURIComponent(options.project)}`;
  const notesPath = `${projectPath}/merge_requests/${options.iid}/notes`;

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const target = new URL(request.url ?? '/', url);
    const raw = await readBody(request);
    const method = request.method ?? 'GET';
    const body = await parseBody(url, request, raw);
    requests.push({ method, path: target.pathname, query: target.searchParams, headers: request.headers, body });

    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(data));
    };
    const hang = hangs.indexOf(method);
    if (hang >= 0) {
      hangs.splice(hang, 1);
      return;
    }
    const failure = failures.findIndex((f) => f.method === method && (!f.after || requests.slice(0, -1).some((r) => r.method === f.after)));
    if (failure >= 0) {
      const [{ status, message, headers }] = failures.splice(failure, 1);
      return send(status, { message }, headers);
    }

    if (method === 'POST' && target.pathname === `${projectPath}/trigger/pipeline`) {
      const fields = { ...(body as Record<string, string>), ...Object.fromEntries(target.searchParams) };
      if (!options.triggerTokens.includes(fields.token)) return send(404, { message: '404 Not Found' });
      if (!fields.ref) return send(400, { message: { base: ['Reference not found'] } });
      const variables: Record<string, string> = {};
      for (const [key, value] of Object.entries(fields)) {
        const name = /^variables\[(.+)\]$/.exec(key)?.[1];
        if (name) variables[name] = value;
      }
      const pipeline = { id: nextId++, ref: fields.ref, variables };
      pipelines.push(pipeline);
      return send(201, { id: pipeline.id, ref: pipeline.ref, status: 'created', web_url: `${url}/acme/models/-/pipelines/${pipeline.id}` });
    }

    const packages = new RegExp(`^/api/v4/projects/([^/]+)/packages/generic/([^/]+)/([^/]+)/([^/]+)$`).exec(target.pathname);
    if (packages) return handlePackage(method, packages, raw);
    const stored = /^\/object-storage\/(\d+)$/.exec(target.pathname);
    if (method === 'GET' && stored) {
      const file = packageFiles.find((f) => f.id === Number(stored[1]));
      if (!file || !target.searchParams.get('X-Amz-Signature')) return send(403, { message: 'AccessDenied' });
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(file.bytes.length) });
      return response.end(file.bytes);
    }

    if (request.headers['private-token'] !== options.token) return send(401, { message: '401 Unauthorized' });
    if (method === 'GET' && target.pathname === `/api/v4/user`)
      return send(200, { ...TOKEN_USER, name: 'modelgate bot', state: 'active', bot: true });
    if (method === 'GET' && target.pathname === notesPath) {
      if (holding > 0) {
        holding--;
        await new Promise<void>((resolve) => {
          held.push(resolve);
          if (holding === 0) for (const release of held.splice(0)) release();
        });
      }
      const perPage = Number(target.searchParams.get('per_page') ?? options.defaultPerPage ?? 20);
      const page = Number(target.searchParams.get('page') ?? 1);
      const sorted = target.searchParams.get('sort') === 'asc' ? notes : [...notes].reverse();
      const totalPages = Math.max(1, Math.ceil(notes.length / perPage));
      const pageUrl = (n: number) => `${url}${notesPath}?page=${n}&per_page=${perPage}`;
      const links = [`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(totalPages)}>; rel="last"`];
      if (page < totalPages) links.unshift(`<${pageUrl(page + 1)}>; rel="next"`);
      if (page > 1) links.unshift(`<${pageUrl(page - 1)}>; rel="prev"`);
      return send(200, sorted.slice((page - 1) * perPage, page * perPage), {
        'x-page': String(page),
        'x-per-page': String(perPage),
        'x-next-page': page < totalPages || server.endlessPages ? String(page + 1) : '',
        'x-prev-page': page > 1 ? String(page - 1) : '',
        'x-total': String(notes.length),
        'x-total-pages': String(totalPages),
        link: links.join(', '),
      });
    }
    if (method === 'POST' && target.pathname === notesPath) {
      const note: Note = { id: nextId++, body: (body as { body: string }).body, system: false, author: TOKEN_USER };
      notes.push(note);
      return send(201, note);
    }
    const update = new RegExp(`^${notesPath}/(\\d+)$`).exec(target.pathname);
    if (method === 'PUT' && update) {
      const note = notes.find((n) => n.id === Number(update[1]));
      if (!note) return send(404, { message: '404 Not found' });
      if (note.author.id !== TOKEN_USER.id) return send(403, { message: '403 Forbidden' });
      note.body = (body as { body: string }).body;
      return send(200, note);
    }
    if (method === 'DELETE' && update) {
      const index = notes.findIndex((n) => n.id === Number(update[1]));
      if (index < 0) return send(404, { message: '404 Not found' });
      if (notes[index].author.id !== TOKEN_USER.id) return send(403, { message: '403 Forbidden' });
      notes.splice(index, 1);
      response.writeHead(204);
      return response.end();
    }
    return send(404, { message: '404 Not Found' });

    /** GitLab's generic packages API: its name, version and file name patterns, its auth, duplicates, newest first. */
    function handlePackage(verb: string, [, project, name, version, file]: RegExpExecArray, bytes: Buffer) {
      const jobToken = request.headers['job-token'];
      const authorized =
        request.headers['private-token'] === options.token ||
        (typeof jobToken === 'string' && (options.jobTokens ?? []).includes(jobToken));
      if (!authorized) return send(401, { message: '401 Unauthorized' });
      if (decodeURIComponent(project) !== options.project) return send(404, { message: '404 Project Not Found' });
      const [pkg, ver, name_] = [name, version, file].map(decodeURIComponent);
      if (!/^[A-Za-z0-9._-]+$/.test(pkg) || !/^(\.?[\w+-]+\.?)+$/.test(ver) || !/^[A-Za-z0-9._~+-]+$/.test(name_))
        return send(400, { error: 'package_name, package_version or file_name is invalid' });
      const matching = packageFiles.filter((f) => f.name === pkg && f.version === ver && f.file === name_);
      if (verb === 'PUT') {
        if (!server.allowDuplicates && matching.length > 0)
          return send(403, { message: '403 Forbidden - Duplicate package is not allowed' });
        packageFiles.push({ id: nextId++, name: pkg, version: ver, file: name_, bytes });
        return send(201, { message: '201 Created' });
      }
      if (verb !== 'GET') return send(405, { message: '405 Method Not Allowed' });
      const newest = matching.at(-1);
      if (!newest) return send(404, { message: '404 Package Not Found' });
      if (server.objectStorage) {
        response.writeHead(302, { location: `${url}/object-storage/${newest.id}?X-Amz-Credential=AKIA&X-Amz-Signature=abc123` });
        return response.end();
      }
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(newest.bytes.length) });
      return response.end(newest.bytes);
    }
  };

  const http = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  const server: GitlabApiServer = {
    url,
    notes,
    pipelines,
    packageFiles,
    objectStorage: false,
    allowDuplicates: true,
    requests,
    endlessPages: false,
    failNext: (method, status, message, headers = {}, after) => failures.push({ method, status, message, headers, after }),
    hangNext: (method, count = 1) => hangs.push(...Array<string>(count).fill(method)),
    holdListings(count) {
      holding = count;
    },
    addNotes(count, body = (i) => `note ${i} from a reviewer`, system = false, author = system ? { id: 1, username: 'ghost' } : REVIEWER) {
      for (let i = 0; i < count; i++) notes.push({ id: nextId++, body: body(i), system, author });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!http.listening) return resolve();
        http.closeAllConnections();
        http.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return server;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** JSON, urlencoded and multipart bodies, the three a GitLab client sends. */
async function parseBody(base: string, request: IncomingMessage, raw: Buffer): Promise<unknown> {
  if (raw.length === 0) return undefined;
  const type = request.headers['content-type'] ?? '';
  if (type.startsWith('application/json')) return JSON.parse(raw.toString('utf8'));
  if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
    const form = await new Request(base, { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(raw) }).formData();
    return Object.fromEntries([...form.entries()].map(([key, value]) => [key, String(value)]));
  }
  return raw.toString('utf8');
}
