import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small HTTP server speaking the part of the GitHub REST API that review comments use: list issue comments
 * (paginated with a Link header, as GitHub does), create, update and delete a comment (only the token's own), and
 * name the token's user (GET /user), and start workflows: `workflow_dispatch` (POST
 * /repos/{owner}/{repo}/actions/workflows/{workflow}/dispatches: 404 for an unknown workflow, 422 for an unknown ref
 * or unexpected inputs, 200 with the run when `return_run_details` is asked, else 204) and `repository_dispatch`
 * (POST /repos/{owner}/{repo}/dispatches, 204). It keeps the comments and dispatches in memory, records every
 * request, and can answer the next request of a method with an error.
 */
export interface IssueComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  headers: IncomingMessage['headers'];
  body: unknown;
}

/** A workflow run or repository_dispatch the server accepted. */
export interface Dispatch {
  kind: 'workflow_dispatch' | 'repository_dispatch';
  workflow?: string;
  ref?: string;
  inputs?: Record<string, unknown>;
  event_type?: string;
  client_payload?: unknown;
  run_id?: number;
}

/** A check run as the server keeps it: the creating request's fields, annotations appended by updates. */
export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string;
  details_url?: string;
  output: { title: string; summary: string };
  annotations: {
    path: string;
    start_line: number;
    end_line: number;
    annotation_level: string;
    message: string;
    title?: string;
    start_column?: number;
    end_column?: number;
  }[];
}

/** Who GITHUB_TOKEN comments as; GET /user answers 403 for that token, as GitHub does for installation tokens. */
export const ACTIONS_BOT = 'github-actions[bot]';

export interface GithubApiServer {
  url: string;
  /** The next `method` request is read and never answered (until close). */
  hangNext(method: string, count?: number): void;
  /** The comments listing always names a next page, as a broken or hostile server might. */
  endlessPages: boolean;
  /** Appended to every `html_url` the server answers with (a hostile or broken API's text reaching the log). */
  htmlUrlSuffix: string;
  /** The next `count` comment listings are held until all of them have arrived, as when runs list at the same time. */
  holdListings(count: number): void;
  comments: IssueComment[];
  /** Check runs created through POST /repos/{owner}/{repo}/check-runs (GitHub's limits enforced with 422). */
  checkRuns: CheckRun[];
  dispatches: Dispatch[];
  /** Workflows that can be dispatched, by file name, with the inputs they declare; default retrain.yml (reason, share). */
  workflows: Record<string, string[]>;
  /** Refs that exist; default main. */
  refs: string[];
  /** Refuses `return_run_details` as an older GitHub Enterprise Server would (422, not a permitted key). */
  noRunDetails: boolean;
  requests: RecordedRequest[];
  /**
   * The next `method` request answers `status` with GitHub's error body and these headers (e.g. Retry-After);
   * with `after`, the next one once a request of that method has been answered.
   */
  failNext(method: string, status: number, message: string, headers?: Record<string, string>, after?: string): void;
  addComments(count: number, body?: (index: number) => string, login?: string): void;
  close(): Promise<void>;
}

/**
 * `user`: the login the token belongs to (a personal access token: GET /user names it); by default the token is
 * GITHUB_TOKEN, whose comments are by github-actions[bot].
 */
export async function startGithubApiServer(pr: {
  owner: string;
  repo: string;
  number: number;
  token: string;
  user?: string;
}): Promise<GithubApiServer> {
  const comments: IssueComment[] = [];
  const checkRuns: CheckRun[] = [];
  const requests: RecordedRequest[] = [];
  const failures: { method: string; status: number; message: string; headers: Record<string, string>; after?: string }[] = [];
  const hangs: string[] = [];
  const held: (() => void)[] = [];
  let holding = 0;
  const self = pr.user ?? ACTIONS_BOT;
  let nextId = 1000;
  let url = '';

  const newComment = (body: string, login = self): IssueComment => {
    const id = nextId++;
    return {
      id,
      body,
      html_url: `https://github.com/${pr.owner}/${pr.repo}/pull/${pr.number}#issuecomment-${id}`,
      user: { login, type: 'Bot' },
    };
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const target = new URL(request.url ?? '/', url);
    const raw = await readBody(request);
    const method = request.method ?? 'GET';
    requests.push({
      method,
      path: target.pathname,
      query: target.searchParams,
      authorization: request.headers.authorization,
      headers: request.headers,
      body: raw ? JSON.parse(raw) : undefined,
    });

    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(
        JSON.stringify(data, (key, value) => (key === 'html_url' && typeof value === 'string' ? value + server.htmlUrlSuffix : value)),
      );
    };
    const hang = hangs.indexOf(method);
    if (hang >= 0) {
      hangs.splice(hang, 1);
      return;
    }
    const failure = failures.findIndex((f) => f.method === method && (!f.after || requests.slice(0, -1).some((r) => r.method === f.after)));
    if (failure >= 0) {
      const [{ status, message, headers }] = failures.splice(failure, 1);
      return send(status, { message, documentation_url: 'https://docs.github.com/rest', status: String(status) }, headers);
    }
    // Octokit sends `token X`; GitHub takes `Bearer X` as well.
    if (request.headers.authorization !== `token ${pr.token}` && request.headers.authorization !== `Bearer ${pr.token}`)
      return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });

    const repoPath = `/repos/${pr.owner}/${pr.repo}`;
    if (method === 'POST' && target.pathname.startsWith(`${repoPath}/`) && target.pathname.endsWith('/dispatches'))
      return handleDispatch(target.pathname.slice(repoPath.length), JSON.parse(raw || '{}') as Record<string, unknown>);
    if (method === 'POST' && target.pathname.endsWith('/dispatches')) return send(404, { message: 'Not Found', status: '404' });
    const listPath = `${repoPath}/issues/${pr.number}/comments`;
    if (method === 'GET' && target.pathname === '/user') {
      if (!pr.user)
        return send(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          status: '403',
        });
      return send(200, { login: pr.user, id: 4242, type: 'User' });
    }
    if (method === 'GET' && target.pathname === listPath) {
      if (holding > 0) {
        holding--;
        await new Promise<void>((resolve) => {
          held.push(resolve);
          if (holding === 0) for (const release of held.splice(0)) release();
        });
      }
      const perPage = Number(target.searchParams.get('per_page') ?? 30);
      const page = Number(target.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(comments.length / perPage));
      const links: string[] = [];
      const pageUrl = (n: number) => `${url}${listPath}?per_page=${perPage}&page=${n}`;
      if (page < last || server.endlessPages) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
      if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`);
      return send(200, comments.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
    }
    if (method === 'POST' && target.pathname === listPath) {
      const comment = newComment((JSON.parse(raw) as { body: string }).body);
      comments.push(comment);
      return send(201, comment);
    }
    if (target.pathname === `${repoPath}/check-runs` || target.pathname.startsWith(`${repoPath}/check-runs/`)) {
      return handleCheckRun(
        method,
        target.pathname.slice(`${repoPath}/check-runs`.length),
        JSON.parse(raw || '{}'),
        checkRuns,
        send,
        () => nextId++,
      );
    }
    const update = new RegExp(`^${repoPath}/issues/comments/(\\d+)$`).exec(target.pathname);
    if (method === 'PATCH' && update) {
      const comment = comments.find((c) => c.id === Number(update[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      if (comment.user.login !== self) return send(403, { message: 'Resource not accessible by integration' });
      comment.body = (JSON.parse(raw) as { body: string }).body;
      return send(200, comment);
    }
    if (method === 'DELETE' && update) {
      const index = comments.findIndex((c) => c.id === Number(update[1]));
      if (index < 0) return send(404, { message: 'Not Found' });
      if (comments[index].user.login !== self) return send(403, { message: 'Resource not accessible by integration' });
      comments.splice(index, 1);
      response.writeHead(204);
      return response.end();
    }
    return send(404, { message: 'Not Found' });

    /** The two dispatch endpoints, validating as GitHub does. */
    function handleDispatch(rest: string, body: Record<string, unknown>) {
      const invalid = (message: string) =>
        send(422, { message, documentation_url: 'https://docs.github.com/rest/actions/workflows', status: '422' });
      const noContent = () => {
        response.writeHead(204);
        response.end();
      };
      if (rest === '/dispatches') {
        const type = body.event_type;
        if (typeof type !== 'string' || type.length < 1 || type.length > 100)
          return invalid("Invalid request.\n\nFor 'properties/event_type', nil is not a string.");
        const payload = body.client_payload ?? {};
        if (typeof payload !== 'object' || Object.keys(payload).length > 10)
          return invalid('Invalid request.\n\nNo more than 10 properties are allowed; N were supplied.');
        server.dispatches.push({ kind: 'repository_dispatch', event_type: type, client_payload: payload });
        return noContent();
      }
      const match = /^\/actions\/workflows\/([^/]+)\/dispatches$/.exec(rest);
      const workflow = match ? decodeURIComponent(match[1]) : '';
      const declared = server.workflows[workflow];
      if (!declared) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
      if ('return_run_details' in body && server.noRunDetails)
        return invalid('Invalid request.\n\n"return_run_details" is not a permitted key.');
      const ref = String(body.ref ?? '');
      if (!server.refs.includes(ref.replace(/^refs\/heads\//, ''))) return invalid(`No ref found for: ${ref}`);
      const inputs = (body.inputs ?? {}) as Record<string, unknown>;
      const unexpected = Object.keys(inputs).filter((key) => !declared.includes(key));
      if (unexpected.length) return invalid(`Unexpected inputs provided: ${JSON.stringify(unexpected)}`);
      const runId = nextId++;
      server.dispatches.push({ kind: 'workflow_dispatch', workflow, ref, inputs, run_id: runId });
      if (body.return_run_details !== true) return noContent();
      return send(200, {
        workflow_run_id: runId,
        run_url: `${url}${repoPath}/actions/runs/${runId}`,
        html_url: `https://github.com/${pr.owner}/${pr.repo}/actions/runs/${runId}`,
      });
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

  const server: GithubApiServer = {
    url,
    comments,
    checkRuns,
    dispatches: [],
    workflows: { 'retrain.yml': ['reason', 'share'] },
    refs: ['main'],
    noRunDetails: false,
    requests,
    endlessPages: false,
    htmlUrlSuffix: '',
    failNext: (method, status, message, headers = {}, after) => failures.push({ method, status, message, headers, after }),
    hangNext: (method, count = 1) => hangs.push(...Array<string>(count).fill(method)),
    holdListings(count) {
      holding = count;
    },
    addComments(count, body = (i) => `comment ${i} from a reviewer`, login = 'reviewer') {
      for (let i = 0; i < count; i++) comments.push(newComment(body(i), login));
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

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

type Send = (status: number, data: unknown) => void;
type CheckOutput = { title?: string; summary?: string; annotations?: CheckRun['annotations'] };

/** The check-runs endpoints with the limits GitHub enforces: 50 annotations per request, 65,535-character summary. */
function handleCheckRun(
  method: string,
  rest: string,
  body: Record<string, unknown>,
  runs: CheckRun[],
  send: Send,
  newId: () => number,
): void {
  const output = body.output as CheckOutput | undefined;
  const invalid = (message: string) => send(422, { message: 'Validation Failed', errors: [message] });
  if (output) {
    if (typeof output.title !== 'string' || typeof output.summary !== 'string') return invalid('output needs title and summary');
    if (output.summary.length > 65_535) return invalid('output.summary is too long (maximum is 65535 characters)');
    if ((output.annotations?.length ?? 0) > 50) return invalid('only 50 annotations per request');
    for (const a of output.annotations ?? []) {
      if (
        !a.path ||
        !(a.start_line >= 1) ||
        !(a.end_line >= a.start_line) ||
        !['notice', 'warning', 'failure'].includes(a.annotation_level) ||
        !a.message
      )
        return invalid('malformed annotation');
    }
  }
  if (method === 'POST' && rest === '') {
    if (typeof body.name !== 'string' || !/^[0-9a-f]{40}$/.test(String(body.head_sha)))
      return invalid('name and a 40-hex head_sha are required');
    if (!['success', 'neutral', 'failure', 'action_required', 'cancelled', 'skipped', 'timed_out'].includes(String(body.conclusion)))
      return invalid('conclusion is not valid');
    if (body.conclusion === 'action_required' && !body.details_url)
      return invalid('details_url is required when conclusion is action_required');
    const run: CheckRun = {
      id: newId(),
      name: body.name,
      head_sha: String(body.head_sha),
      status: String(body.status),
      conclusion: String(body.conclusion),
      ...(body.details_url ? { details_url: String(body.details_url) } : {}),
      output: { title: output?.title ?? '', summary: output?.summary ?? '' },
      annotations: [...(output?.annotations ?? [])],
    };
    runs.push(run);
    return send(201, { id: run.id, html_url: `https://github.com/checks/${run.id}` });
  }
  const match = /^\/(\d+)$/.exec(rest);
  const run = match ? runs.find((r) => r.id === Number(match[1])) : undefined;
  if (method === 'PATCH' && run) {
    run.annotations.push(...(output?.annotations ?? []));
    return send(200, { id: run.id, html_url: `https://github.com/checks/${run.id}` });
  }
  return send(404, { message: 'Not Found' });
}
