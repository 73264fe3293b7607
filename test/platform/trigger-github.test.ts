import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGithubPlatform } from '../../shared/platform/github.js';
import { startGithubApiServer, type GithubApiServer } from './github-api-server.js';

const TOKEN = 'ghs_trigger-token-value-0123456789';
// @actions/core writes warnings to process.stdout as workflow commands, and reads the environment at call time.
const savedEnv = { ...process.env };
let stdout: string[];
let realWrite: typeof process.stdout.write;
let server: GithubApiServer;

beforeEach(async () => {
  for (const key of Object.keys(process.env)) if (key.startsWith('GITHUB_') || key.startsWith('INPUT_')) delete process.env[key];
  stdout = [];
  realWrite = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  server = await startGithubApiServer({ owner: 'acme', repo: 'models', number: 7, token: TOKEN });
  Object.assign(process.env, { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'acme/models', GITHUB_TOKEN: TOKEN });
});

afterEach(async () => {
  process.stdout.write = realWrite;
  await server.close();
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
});

/** Retries as in production, without the waits. */
const platform = () => createGithubPlatform({ retryDelayMs: 1 });
const printed = () => stdout.join('');

describe('GitHub trigger (against a local server speaking the GitHub REST API)', () => {
  it('workflow_dispatch starts the workflow on the ref with its inputs and names the run GitHub returns', async () => {
    const result = await platform().trigger!({
      kind: 'workflow',
      workflow: 'retrain.yml',
      ref: 'main',
      inputs: { reason: 'drift: share=0.4 & psi>0.2' },
    });
    const runId = server.dispatches[0].run_id!;
    expect(result).toEqual({ outcome: 'triggered', id: runId, url: `https://github.com/acme/models/actions/runs/${runId}` });
    expect(server.dispatches).toEqual([
      { kind: 'workflow_dispatch', workflow: 'retrain.yml', ref: 'main', inputs: { reason: 'drift: share=0.4 & psi>0.2' }, run_id: runId },
    ]);
    const request = server.requests[0];
    expect(request.path).toBe('/repos/acme/models/actions/workflows/retrain.yml/dispatches');
    expect(request.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request.headers['x-github-api-version']).toBe('2022-11-28');
    expect(request.headers.accept).toBe('application/vnd.github+json');
    expect(printed()).toBe('');
  });

  it('sends the dispatch again without return_run_details when the server does not know it (older GHES), and triggers once', async () => {
    server.noRunDetails = true;
    expect(await platform().trigger!({ kind: 'workflow', workflow: 'retrain.yml', ref: 'main' })).toEqual({ outcome: 'triggered' });
    expect(server.requests.map((r) => (r.body as Record<string, unknown>).return_run_details)).toEqual([true, undefined]);
    expect(server.dispatches).toHaveLength(1);
  });

  it('repository_dispatch sends the event type and client payload', async () => {
    const result = await platform().trigger!({ kind: 'event', eventType: 'drift-detected', payload: { share: 0.4, features: ['age'] } });
    expect(result).toEqual({ outcome: 'triggered' });
    expect(server.dispatches).toEqual([
      { kind: 'repository_dispatch', event_type: 'drift-detected', client_payload: { share: 0.4, features: ['age'] } },
    ]);
    expect(server.requests[0].path).toBe('/repos/acme/models/dispatches');
  });

  it('dispatches in another repository when the request names one', async () => {
    await server.close();
    server = await startGithubApiServer({ owner: 'acme', repo: 'retrain', number: 1, token: TOKEN });
    process.env.GITHUB_API_URL = server.url;
    const result = await platform().trigger!({ kind: 'event', eventType: 'retrain', target: 'acme/retrain' });
    expect(result.outcome).toBe('triggered');
    expect(server.requests[0].path).toBe('/repos/acme/retrain/dispatches');
  });

  it('skips with a warning saying what GitHub answered: 404 unknown workflow, 422 unknown ref or inputs, 401, 403', async () => {
    const reasons: string[] = [];
    const trigger = async (request: Parameters<NonNullable<ReturnType<typeof platform>['trigger']>>[0]) => {
      const result = await platform().trigger!(request);
      expect(result.outcome).toBe('skipped');
      reasons.push(result.reason!);
    };
    await trigger({ kind: 'workflow', workflow: 'missing.yml', ref: 'main' });
    await trigger({ kind: 'workflow', workflow: 'retrain.yml', ref: 'no-such-branch' });
    await trigger({ kind: 'workflow', workflow: 'retrain.yml', ref: 'main', inputs: { typo: 'x' } });
    server.failNext('POST', 403, 'Resource not accessible by integration');
    await trigger({ kind: 'event', eventType: 'x' });
    process.env.GITHUB_TOKEN = 'ghs_wrong';
    await trigger({ kind: 'event', eventType: 'x' });
    const api = server.url;
    expect(reasons).toEqual([
      `workflow not triggered: GitHub answered 404: Not Found (the repository or workflow is not visible to the token) (POST ${api}/repos/acme/models/actions/workflows/missing.yml/dispatches)`,
      `workflow not triggered: GitHub answered 422: No ref found for: no-such-branch (the workflow has no workflow_dispatch trigger, the ref does not exist, or the inputs do not match its inputs) (POST ${api}/repos/acme/models/actions/workflows/retrain.yml/dispatches)`,
      `workflow not triggered: GitHub answered 422: Unexpected inputs provided: ["typo"] (the workflow has no workflow_dispatch trigger, the ref does not exist, or the inputs do not match its inputs) (POST ${api}/repos/acme/models/actions/workflows/retrain.yml/dispatches)`,
      `repository_dispatch not sent: GitHub answered 403: Resource not accessible by integration (the token lacks permission: workflow_dispatch needs actions: write, repository_dispatch contents: write) (POST ${api}/repos/acme/models/dispatches)`,
      `repository_dispatch not sent: GitHub answered 401: Bad credentials (the token is invalid or expired) (POST ${api}/repos/acme/models/dispatches)`,
    ]);
    expect(printed().match(/^::warning::/gm)).toHaveLength(5);
    expect(server.dispatches).toHaveLength(0);
  });

  it('waits out a 429 with Retry-After and dispatches once; a 500 is not retried, since the run may have started', async () => {
    server.failNext('POST', 429, 'API rate limit exceeded', { 'retry-after': '0' });
    expect((await platform().trigger!({ kind: 'event', eventType: 'x' })).outcome).toBe('triggered');
    expect(server.requests).toHaveLength(2);
    server.failNext('POST', 500, 'Server Error');
    const failed = await platform().trigger!({ kind: 'event', eventType: 'x' });
    expect(failed.reason).toMatch(/^repository_dispatch not sent: GitHub answered 500: Server Error \(POST /);
    expect(server.requests).toHaveLength(3);
    expect(server.dispatches).toHaveLength(1);
  });

  it('skips without a request when there is no token or repository', async () => {
    delete process.env.GITHUB_TOKEN;
    expect((await platform().trigger!({ kind: 'event', eventType: 'x' })).reason).toBe(
      'repository_dispatch not sent: no GitHub token (set the github-token input or GITHUB_TOKEN)',
    );
    process.env.GITHUB_TOKEN = TOKEN;
    delete process.env.GITHUB_REPOSITORY;
    expect((await platform().trigger!({ kind: 'workflow', workflow: 'retrain.yml', ref: 'main' })).reason).toBe(
      'workflow not triggered: the repository is not owner/repo: ""',
    );
    expect(server.requests).toHaveLength(0);
  });

  it('throws for a malformed request, before any request', async () => {
    const github = platform();
    await expect(github.trigger!({ kind: 'workflow', workflow: 'retrain.yml', ref: '' })).rejects.toThrow('needs a ref');
    await expect(github.trigger!({ kind: 'workflow', ref: 'main' })).rejects.toThrow('file name (retrain.yml) or numeric id');
    await expect(github.trigger!({ kind: 'workflow', workflow: '../../x.yml', ref: 'main' })).rejects.toThrow('file name');
    await expect(github.trigger!({ kind: 'workflow', workflow: 'a.yml', ref: 'main', inputs: { 'bad name': 'x' } })).rejects.toThrow(
      'is not an input name',
    );
    await expect(github.trigger!({ kind: 'event', eventType: 'x'.repeat(101) })).rejects.toThrow('1 to 100 characters');
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]));
    await expect(github.trigger!({ kind: 'event', eventType: 'x', payload: eleven })).rejects.toThrow('at most 10 top-level properties');
    expect(server.requests).toHaveLength(0);
  });

  it('never names the token in a result or the log, whatever GitHub answers or when nothing answers', async () => {
    const reasons: string[] = [];
    for (const status of [400, 401, 403, 404, 422, 429, 500, 502]) {
      server.failNext('POST', status, `refused ${status}`, status === 429 ? { 'retry-after': '3600' } : {});
      reasons.push((await platform().trigger!({ kind: 'workflow', workflow: 'retrain.yml', ref: 'main' })).reason ?? '');
    }
    process.env.GITHUB_API_URL = `http://x-access-token:${TOKEN}@127.0.0.1:9`;
    reasons.push((await platform().trigger!({ kind: 'event', eventType: 'x' })).reason ?? '');
    expect(reasons.filter(Boolean)).toHaveLength(9);
    for (const text of [...reasons, printed()]) expect(text).not.toContain(TOKEN);
  });
});
