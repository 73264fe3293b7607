import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceError, UsageError } from '../../shared/errors.js';
import { createGitlabPlatform } from '../../shared/platform/gitlab.js';
import { detectPlatform } from '../../shared/platform/index.js';
import { encodeState, MAX_STATE_BYTES } from '../../shared/platform/state.js';
import { CaptureStream } from './capture-stream.js';
import { startGitlabApiServer, type GitlabApiServer } from './gitlab-api-server.js';

const JOB_TOKEN = 'glcbt-64_job-token-value-xyz';
const PROJECT_TOKEN = 'glpat-project-token-value-abc';
/** Retries as in production, without the waits. */
const FAST = { backoffMs: 1 };
const text = (bytes: Uint8Array | null) => (bytes === null ? null : new TextDecoder().decode(bytes));
const bytesOf = (value: string) => new TextEncoder().encode(value);

describe('GitLab state in the generic package registry (against a local server speaking the GitLab REST API)', () => {
  let server: GitlabApiServer;
  let env: NodeJS.ProcessEnv;
  let log: CaptureStream;
  const platform = () => createGitlabPlatform({ env, log, http: FAST });

  beforeEach(async () => {
    server = await startGitlabApiServer({ project: '1217', iid: 7, token: PROJECT_TOKEN, triggerTokens: [], jobTokens: [JOB_TOKEN] });
    env = { CI_API_V4_URL: `${server.url}/api/v4`, CI_PROJECT_ID: '1217', CI_COMMIT_REF_NAME: 'main', CI_JOB_TOKEN: JOB_TOKEN };
    log = new CaptureStream();
  });
  afterEach(() => server.close());

  it('a missing state is null (GitLab answers 404); save then load returns the newest bytes, with the job token', async () => {
    expect(await platform().loadState!('canary')).toBeNull();
    await platform().saveState!('canary', bytesOf('{"step":1}'));
    await platform().saveState!('canary', bytesOf('{"step":2}'));
    expect(text(await platform().loadState!('canary'))).toBe('{"step":2}');
    expect(server.packageFiles.map((f) => `${f.name}/${f.version}/${f.file}`)).toEqual([
      'modelgate-state/main/canary.state',
      'modelgate-state/main/canary.state',
    ]);
    const put = server.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe('/api/v4/projects/1217/packages/generic/modelgate-state/main/canary.state');
    expect(put.headers['job-token']).toBe(JOB_TOKEN);
    expect(put.headers['private-token']).toBeUndefined();
  });

  it('keeps each ref apart: a branch with a slash gets a package version GitLab accepts', async () => {
    await platform().saveState!('drift', bytesOf('main state'));
    env.CI_COMMIT_REF_NAME = 'feature/new-model';
    expect(await platform().loadState!('drift')).toBeNull();
    await platform().saveState!('drift', bytesOf('feature state'));
    expect(text(await platform().loadState!('drift'))).toBe('feature state');
    expect(server.packageFiles[1].version).toMatch(/^feature-new-model-[0-9a-f]{12}$/);
    env.CI_COMMIT_REF_NAME = 'main';
    expect(text(await platform().loadState!('drift'))).toBe('main state');
  });

  it('uses MODELGATE_GITLAB_TOKEN as PRIVATE-TOKEN when there is no job token', async () => {
    delete env.CI_JOB_TOKEN;
    env.MODELGATE_GITLAB_TOKEN = PROJECT_TOKEN;
    await platform().saveState!('s', bytesOf('x'));
    expect(server.requests[0].headers['private-token']).toBe(PROJECT_TOKEN);
    delete env.MODELGATE_GITLAB_TOKEN;
    await expect(platform().loadState!('s')).rejects.toThrow(
      'state s: no token (CI_JOB_TOKEN is not set and neither is MODELGATE_GITLAB_TOKEN)',
    );
  });

  it('follows a download sent on to object storage, without the token on the other hop', async () => {
    await platform().saveState!('canary', bytesOf('stored'));
    server.objectStorage = true;
    expect(text(await platform().loadState!('canary'))).toBe('stored');
    const hop = server.requests.find((r) => r.path.startsWith('/object-storage/'))!;
    // Same server here, so the same origin: the point is only that the redirect is followed. The header rule for
    // another origin is tested in test/net/http.test.ts.
    expect(hop.method).toBe('GET');
  });

  it('retries a GET after 500 and after 429 with Retry-After, then succeeds', async () => {
    await platform().saveState!('canary', bytesOf('v1'));
    server.failNext('GET', 500, '500 Internal Server Error');
    server.failNext('GET', 429, 'Retry later', { 'retry-after': '0' });
    expect(text(await platform().loadState!('canary'))).toBe('v1');
    expect(server.requests.filter((r) => r.method === 'GET')).toHaveLength(3);
    server.failNext('PUT', 503, 'Service Unavailable');
    await platform().saveState!('canary', bytesOf('v2'));
    expect(text(await platform().loadState!('canary'))).toBe('v2');
  });

  it('a 401, a 403 for refused duplicates, a project the token cannot see, or a server that keeps failing is a SourceError saying so', async () => {
    server.failNext('GET', 401, '401 Unauthorized');
    await expect(platform().loadState!('canary')).rejects.toThrow(
      /^state canary not loaded for main, GitLab answered 401: 401 Unauthorized \(the token is invalid or expired\) \(GET http:/,
    );
    await platform().saveState!('canary', bytesOf('v1'));
    server.allowDuplicates = false;
    await expect(platform().saveState!('canary', bytesOf('v2'))).rejects.toThrow(
      /Duplicate package is not allowed \(the token may not write/,
    );
    env.CI_PROJECT_ID = '999';
    await expect(platform().loadState!('canary')).rejects.toThrow(/answered 404: 404 Project Not Found \(the project is not visible/);
    env.CI_PROJECT_ID = '1217';
    for (let i = 0; i < 3; i++) server.failNext('GET', 500, 'boom');
    const error = await platform().loadState!('canary').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toMatch(/GitLab answered 500: boom .*after 3 tries/);
  });

  it('a package file that is not this state (foreign, another name, cut short) is a clear error, not bytes', async () => {
    const put = (file: string, body: Buffer) =>
      fetch(`${server.url}/api/v4/projects/1217/packages/generic/modelgate-state/main/${file}`, {
        method: 'PUT',
        headers: { 'JOB-TOKEN': JOB_TOKEN },
        body: new Uint8Array(body),
      });
    await put('canary.state', Buffer.from('PK\u0003\u0004 a zip someone uploaded'));
    await expect(platform().loadState!('canary')).rejects.toThrow(
      'the GitLab package file modelgate-state/main/canary.state is not a modelgate state',
    );
    await put('drift.state', encodeState('canary', bytesOf('x')));
    await expect(platform().loadState!('drift')).rejects.toThrow('holds the state "canary", not "drift"');
    await put('cut.state', encodeState('cut', bytesOf('0123456789')).subarray(0, -3));
    await expect(platform().loadState!('cut')).rejects.toThrow(/is corrupt/);
  });

  it('refuses an answer larger than a state may be without reading it all, and bad names and sizes before any request', async () => {
    server.packageFiles.push({
      id: 1,
      name: 'modelgate-state',
      version: 'main',
      file: 'big.state',
      bytes: Buffer.alloc(MAX_STATE_BYTES + 4096),
    });
    await expect(platform().loadState!('big')).rejects.toThrow(/the answer is longer than the \d+ bytes allowed/);
    const before = server.requests.length;
    await expect(platform().loadState!('../../../user')).rejects.toThrow(UsageError);
    await expect(platform().saveState!('a/b', bytesOf('x'))).rejects.toThrow(UsageError);
    await expect(platform().saveState!('huge', new Uint8Array(MAX_STATE_BYTES + 1))).rejects.toThrow(UsageError);
    expect(server.requests.length).toBe(before);
  });

  it('says what is missing when the job has no API URL, project or ref', async () => {
    await expect(createGitlabPlatform({ env: { CI_JOB_TOKEN: JOB_TOKEN }, log }).loadState!('s')).rejects.toThrow(
      'state s: neither CI_API_V4_URL nor CI_SERVER_URL is set',
    );
    delete env.CI_COMMIT_REF_NAME;
    await expect(platform().saveState!('s', bytesOf('x'))).rejects.toThrow('CI_COMMIT_REF_NAME is not set');
  });

  it('never names a token in an error or the log, whatever GitLab answers or when nothing answers', async () => {
    const messages: string[] = [];
    const collect = (promise: Promise<unknown>) =>
      promise.then(() => undefined).catch((e: unknown) => void messages.push(String(e), (e as Error).stack ?? ''));
    for (const status of [400, 401, 403, 404, 429, 500, 502]) {
      server.failNext('PUT', status, `${status} nope`, status === 429 ? { 'retry-after': '3600' } : {});
      await collect(platform().saveState!('s', bytesOf('x')));
      server.failNext('GET', status, `${status} nope`, status === 429 ? { 'retry-after': '3600' } : {});
      await collect(platform().loadState!('s'));
    }
    env.CI_API_V4_URL = `http://oauth2:${PROJECT_TOKEN}@127.0.0.1:9/api/v4`;
    await collect(platform().loadState!('s'));
    expect(messages.length).toBeGreaterThanOrEqual(10);
    for (const message of [...messages, log.text]) {
      expect(message).not.toContain(JOB_TOKEN);
      expect(message).not.toContain(PROJECT_TOKEN);
    }
  });

  it('is what detectPlatform gives on GitLab', async () => {
    const gitlab = await detectPlatform({ gitlab: { log, http: FAST } }, { GITLAB_CI: 'true', ...env });
    await gitlab.saveState!('via-detect', bytesOf('ok'));
    expect(text(await gitlab.loadState!('via-detect'))).toBe('ok');
  });
});
