/**
 * Starting a workflow on GitHub through the REST API and the shared HTTP client:
 * - `workflow_dispatch`: `POST /repos/{owner}/{repo}/actions/workflows/{workflow}/dispatches` with `ref` and
 *   `inputs`. Asked with `return_run_details`, GitHub answers 200 with the run's id and page; a server that does
 *   not know the parameter yet (GitHub Enterprise Server) refuses it with 400/422, and the request is sent once more
 *   without it (its answer is then 204, no run named).
 * - `repository_dispatch`: `POST /repos/{owner}/{repo}/dispatches` with `event_type` and `client_payload`; 204.
 * Both are among the few events GITHUB_TOKEN may start runs with (its other events start none), given the
 * permission: `actions: write` for workflow_dispatch, `contents: write` for repository_dispatch.
 */
import { describeHttpFailure, httpRequest, HttpError, type HttpOptions } from '../net/http.js';
import type { TriggerRequest, TriggerResult } from './port.js';

const API_VERSION = '2022-11-28';
/** GitHub's own limits, checked before sending so a caller mistake is an error, not a skipped trigger. */
const MAX_EVENT_TYPE_CHARS = 100;
const MAX_PAYLOAD_PROPERTIES = 10;

const MEANING: Record<number, string> = {
  401: 'the token is invalid or expired',
  403: 'the token lacks permission: workflow_dispatch needs actions: write, repository_dispatch contents: write',
  404: 'the repository or workflow is not visible to the token',
  422: 'the workflow has no workflow_dispatch trigger, the ref does not exist, or the inputs do not match its inputs',
};

export interface GithubTriggerContext {
  token: string;
  env: NodeJS.ProcessEnv;
  http: HttpOptions;
  warn: (message: string) => void;
}

export async function triggerGithub(request: TriggerRequest, context: GithubTriggerContext): Promise<TriggerResult> {
  const what = request.kind === 'workflow' ? 'workflow not triggered' : 'repository_dispatch not sent';
  const skip = (reason: string): TriggerResult => {
    context.warn(`${what}: ${reason}`);
    return { outcome: 'skipped', reason: `${what}: ${reason}` };
  };
  checkRequest(request);
  const repository = request.target || context.env.GITHUB_REPOSITORY || '';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) return skip(`the repository is not owner/repo: ${JSON.stringify(repository.slice(0, 200))}`);
  if (!context.token) return skip('no GitHub token (set the github-token input or GITHUB_TOKEN)');
  const api = (context.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${context.token}`,
    'content-type': 'application/json',
    'user-agent': 'modelgate',
    'x-github-api-version': API_VERSION,
  };
  // POSTs: retried by the client only on 429 and 503, which say nothing was started; a 500 or no answer may have
  // started a run, and a second would run the workflow twice.
  const post = (url: string, body: unknown) => httpRequest({ method: 'POST', url, headers, body: JSON.stringify(body) }, context.http);
  try {
    if (request.kind === 'event') {
      await post(`${api}/repos/${repository}/dispatches`, { event_type: request.eventType, client_payload: request.payload ?? {} });
      return { outcome: 'triggered' };
    }
    const url = `${api}/repos/${repository}/actions/workflows/${encodeURIComponent(request.workflow!)}/dispatches`;
    const body = { ref: request.ref, inputs: request.inputs ?? {} };
    let response;
    try {
      response = await post(url, { ...body, return_run_details: true });
    } catch (error) {
      if (!(error instanceof HttpError && (error.status === 400 || error.status === 422) && /return_run_details/.test(error.detail)))
        throw error;
      response = await post(url, body);
    }
    return { outcome: 'triggered', ...runOf(response.text) };
  } catch (error) {
    return skip(describeHttpFailure(error, 'GitHub', MEANING));
  }
}

/** Caller mistakes (an empty ref, an input GitHub would refuse) throw rather than skip. */
function checkRequest(request: TriggerRequest): void {
  if (request.kind === 'event') {
    if (typeof request.eventType !== 'string' || !request.eventType || request.eventType.length > MAX_EVENT_TYPE_CHARS)
      throw new Error(`repository_dispatch needs an event type of 1 to ${MAX_EVENT_TYPE_CHARS} characters`);
    const payload = request.payload ?? {};
    if (typeof payload !== 'object' || Array.isArray(payload) || Object.keys(payload).length > MAX_PAYLOAD_PROPERTIES)
      throw new Error(`repository_dispatch client_payload must be an object of at most ${MAX_PAYLOAD_PROPERTIES} top-level properties`);
    return;
  }
  if (request.kind !== 'workflow')
    throw new Error(`trigger kind ${JSON.stringify(String((request as { kind?: unknown }).kind))} is not workflow or event`);
  if (typeof request.ref !== 'string' || !request.ref) throw new Error('workflow trigger needs a ref');
  if (typeof request.workflow !== 'string' || !/^(\d+|[\w.-]+\.ya?ml)$/.test(request.workflow))
    throw new Error('workflow_dispatch needs the workflow as its file name (retrain.yml) or numeric id');
  for (const [key, value] of Object.entries(request.inputs ?? {})) {
    if (!/^[A-Za-z_][\w-]*$/.test(key)) throw new Error(`workflow input name ${JSON.stringify(key.slice(0, 100))} is not an input name`);
    if (typeof value !== 'string') throw new Error(`workflow input ${key} must be a string`);
  }
}

/** The run GitHub names in a 200 answer to return_run_details; nothing for a 204. */
function runOf(text: string): { id?: number; url?: string } {
  let parsed: { workflow_run_id?: unknown; html_url?: unknown };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    return {};
  }
  const id = Number.isSafeInteger(parsed?.workflow_run_id) ? (parsed.workflow_run_id as number) : undefined;
  const url = typeof parsed?.html_url === 'string' && /^https?:\/\//.test(parsed.html_url) ? parsed.html_url : undefined;
  return { ...(id === undefined ? {} : { id }), ...(url === undefined ? {} : { url }) };
}
