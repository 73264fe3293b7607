import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small HTTP server speaking the part of the GitLab REST API (v4) the GitLab platform uses: list merge request
 * notes (offset pagination with the `x-page`/`x-next-page`/`x-total` headers and a Link header, as GitLab sends),
 * create and update a note, and trigger a pipeline. It keeps notes and pipelines in memory, checks tokens as GitLab
 * does (PRIVATE-TOKEN for notes, the `token` form field for triggers), records every request, and can answer the
 * next request of a method with an error.
 */
export interface Note {
  id: number;
  body: string;
  system: boolean;
  author: { username: string };
}

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

export interface GitlabApiServer {
  /** The server root, as CI_SERVER_URL; the API is under `${url}/api/v4`. */
  url: string;
  notes: Note[];
  pipelines: TriggeredPipeline[];
  requests: RecordedRequest[];
  failNext(method: string, status: number, message: string): void;
  addNotes(count: number, body?: (index: number) => string, system?: boolean): void;
  close(): Promise<void>;
}

export interface GitlabApiServerOptions {
  project: string;
  iid: number;
  /** The token the notes API accepts (PRIVATE-TOKEN header). */
  token: string;
  /** The tokens the trigger API accepts (a trigger token, a job token). */
  triggerTokens: string[];
  /** The per_page the server uses when the client asks for none; GitLab's default is 20. */
  defaultPerPage?: number;
}

export async function startGitlabApiServer(options: GitlabApiServerOptions): Promise<GitlabApiServer> {
  const notes: Note[] = [];
  const pipelines: TriggeredPipeline[] = [];
  const requests: RecordedRequest[] = [];
  const failures: { method: string; status: number; message: string }[] = [];
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
    const failure = failures.findIndex((f) => f.method === method);
    if (failure >= 0) {
      const [{ status, message }] = failures.splice(failure, 1);
      return send(status, { message });
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

    if (request.headers['private-token'] !== options.token) return send(401, { message: '401 Unauthorized' });
    if (method === 'GET' && target.pathname === notesPath) {
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
        'x-next-page': page < totalPages ? String(page + 1) : '',
        'x-prev-page': page > 1 ? String(page - 1) : '',
        'x-total': String(notes.length),
        'x-total-pages': String(totalPages),
        link: links.join(', '),
      });
    }
    if (method === 'POST' && target.pathname === notesPath) {
      const note: Note = { id: nextId++, body: (body as { body: string }).body, system: false, author: { username: 'project_1217_bot' } };
      notes.push(note);
      return send(201, note);
    }
    const update = new RegExp(`^${notesPath}/(\\d+)$`).exec(target.pathname);
    if (method === 'PUT' && update) {
      const note = notes.find((n) => n.id === Number(update[1]));
      if (!note) return send(404, { message: '404 Not found' });
      note.body = (body as { body: string }).body;
      return send(200, note);
    }
    return send(404, { message: '404 Not Found' });
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
    notes,
    pipelines,
    requests,
    failNext: (method, status, message) => failures.push({ method, status, message }),
    addNotes(count, body = (i) => `note ${i} from a reviewer`, system = false) {
      for (let i = 0; i < count; i++) notes.push({ id: nextId++, body: body(i), system, author: { username: system ? 'ghost' : 'reviewer' } });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
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
