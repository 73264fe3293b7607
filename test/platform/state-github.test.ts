/**
 * GitHub state through the real @actions/cache (real tar archives, zstd or gzip) against a local server speaking
 * the Actions cache service (actions-cache-server.ts), pointed at by the variables the runner sets.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cache from '@actions/cache';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SourceError, UsageError } from '../../shared/errors.js';
import { createGithubPlatform } from '../../shared/platform/github.js';
import { encodeState, MAX_STATE_BYTES } from '../../shared/platform/state.js';
import { startActionsCacheServer, type ActionsCacheServer } from './actions-cache-server.js';

const RUNTIME_TOKEN = 'runtime-token-value-0123456789abcdef';
const savedEnv = { ...process.env };
let dir: string;
let server: ActionsCacheServer;
let stdout: string[];
let realWrite: typeof process.stdout.write;

const text = (bytes: Uint8Array | null) => (bytes === null ? null : new TextDecoder().decode(bytes));
const bytesOf = (value: string) => new TextEncoder().encode(value);
const github = () => createGithubPlatform();
const staged = (name: string) => join(dir, '.modelgate-state', `${name}.state`);

function useService(version: 'v1' | 'v2'): void {
  if (version === 'v2') {
    process.env.ACTIONS_CACHE_SERVICE_V2 = 'true';
    process.env.ACTIONS_RESULTS_URL = `${server.url}/`;
    delete process.env.ACTIONS_CACHE_URL;
  } else {
    delete process.env.ACTIONS_CACHE_SERVICE_V2;
    delete process.env.ACTIONS_RESULTS_URL;
    process.env.ACTIONS_CACHE_URL = `${server.url}/v1/`;
  }
}

/** The library retries failed calls with waits of seconds; fake timers make them instant, the HTTP stays real. */
async function settle<T>(promise: Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  try {
    let done = false;
    void promise.finally(() => (done = true)).catch(() => undefined);
    while (!done) {
      await new Promise((resolve) => setImmediate(resolve));
      vi.advanceTimersByTime(20_000);
    }
    return await promise;
  } finally {
    vi.useRealTimers();
  }
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'modelgate-state-github-'));
  server = await startActionsCacheServer();
  for (const key of Object.keys(process.env)) if (key.startsWith('GITHUB_') || key.startsWith('ACTIONS_')) delete process.env[key];
  Object.assign(process.env, {
    ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: dir,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    RUNNER_TEMP: join(dir, 'runner-temp'),
  });
  useService('v2');
  stdout = [];
  realWrite = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
});

afterEach(async () => {
  process.stdout.write = realWrite;
  vi.useRealTimers();
  await server.close();
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
  rmSync(dir, { recursive: true, force: true });
});

describe.each(['v2', 'v1'] as const)(
  'GitHub state in the Actions cache (against a local server speaking the cache service %s API)',
  (version) => {
    it('a missing state is null; each save is a new entry and a load gets the newest; nothing is left in the workspace', async () => {
      useService(version);
      expect(await github().loadState!('canary')).toBeNull();
      await github().saveState!('canary', bytesOf('{"step":1}'));
      await github().saveState!('canary', bytesOf('{"step":2}'));
      expect(text(await github().loadState!('canary'))).toBe('{"step":2}');
      expect(server.entries.map((e) => e.key)).toEqual([
        expect.stringMatching(/^modelgate-state:canary:main:4242-1-[0-9a-f]{8}$/),
        expect.stringMatching(/^modelgate-state:canary:main:4242-1-[0-9a-f]{8}$/),
      ]);
      expect(existsSync(join(dir, '.modelgate-state'))).toBe(false);
    });
  },
);

describe('GitHub state in the Actions cache (against a local server speaking the cache service v2 API)', () => {
  it("keeps refs apart: a pull request's run neither reads nor overwrites its base branch's state", async () => {
    await github().saveState!('drift', bytesOf('main'));
    process.env.GITHUB_REF = 'refs/pull/7/merge';
    expect(await github().loadState!('drift')).toBeNull();
    await github().saveState!('drift', bytesOf('pull request'));
    expect(text(await github().loadState!('drift'))).toBe('pull request');
    process.env.GITHUB_REF = 'refs/heads/main';
    expect(text(await github().loadState!('drift'))).toBe('main');
  });

  it('a name is never a prefix of another: drift does not read drift-main', async () => {
    await github().saveState!('drift-main', bytesOf('other'));
    expect(await github().loadState!('drift')).toBeNull();
  });

  it('an entry under a modelgate key that is not this state is a clear error: foreign bytes, or no state file at all', async () => {
    // Someone else's file saved at the state's path under a key with the state's prefix.
    mkdirSync(join(dir, '.modelgate-state'), { recursive: true });
    writeFileSync(staged('canary'), 'not ours');
    await cache.saveCache([staged('canary')], 'modelgate-state:canary:main:planted');
    await expect(github().loadState!('canary')).rejects.toThrow(
      'the Actions cache entry modelgate-state:canary:main:planted is not a modelgate state',
    );
    // An archive holding another state's file, under the version of this one's path.
    await github().saveState!('other', bytesOf('x'));
    const [planted, other] = [server.entries[0], server.entries[1]];
    server.entries.push({ key: 'modelgate-state:canary:main:empty', version: planted.version, archive: other.archive });
    await expect(github().loadState!('canary')).rejects.toThrow(
      'the Actions cache entry modelgate-state:canary:main:empty holds no state file: something else was saved under a modelgate key',
    );
    // A state file of another name.
    writeFileSync(staged('canary'), encodeState('drift', bytesOf('x')));
    await cache.saveCache([staged('canary')], 'modelgate-state:canary:main:renamed');
    await expect(github().loadState!('canary')).rejects.toThrow('holds the state "drift", not "canary"');
  });

  it('retries a 500 and then reads the state', async () => {
    await github().saveState!('canary', bytesOf('v1'));
    server.failNext(500, 2);
    expect(text(await settle(github().loadState!('canary')))).toBe('v1');
  });

  it('a restore the library fails (429 with Retry-After, 500 five times, reads not permitted) is a SourceError, not "no state"', async () => {
    await github().saveState!('canary', bytesOf('v1'));
    server.failNext(429, 1, { 'retry-after': '30' });
    await expect(github().loadState!('canary')).rejects.toThrow(
      /^state canary not loaded from the Actions cache: Failed to restore: .*Rate limited: Failed request: \(429\)/,
    );
    server.failNext(500, 5);
    const down = await settle(github().loadState!('canary')).catch((e: unknown) => e);
    expect(down).toBeInstanceOf(SourceError);
    expect((down as Error).message).toMatch(/Failed to make request after 5 attempts: Failed request: \(500\)/);
    process.env.ACTIONS_CACHE_MODE = 'none';
    await expect(github().loadState!('canary')).rejects.toThrow(
      /Cache restore skipped: the effective cache-mode 'none' does not permit reads/,
    );
    // The library's own lines still reach the log.
    expect(stdout.join('')).toMatch(/^::warning::Failed to restore: /m);
  });

  it('a save the cache does not take (service down, writes not permitted) is a SourceError', async () => {
    server.failNext(500, 5);
    await expect(settle(github().saveState!('canary', bytesOf('v1')))).rejects.toThrow(
      /^state canary not saved: the Actions cache did not take entry modelgate-state:canary:main:4242-1-[0-9a-f]{8}/,
    );
    process.env.ACTIONS_CACHE_MODE = 'read';
    await expect(github().saveState!('canary', bytesOf('v1'))).rejects.toThrow(SourceError);
    expect(server.entries).toHaveLength(0);
  });

  it('without a cache service or a ref, says so; bad names and sizes are refused before any call', async () => {
    delete process.env.ACTIONS_CACHE_SERVICE_V2;
    delete process.env.ACTIONS_RESULTS_URL;
    await expect(github().loadState!('canary')).rejects.toThrow(
      'state canary not loaded: the Actions cache is not available on this runner',
    );
    useService('v2');
    delete process.env.GITHUB_REF;
    await expect(github().saveState!('canary', bytesOf('x'))).rejects.toThrow('GITHUB_REF is not set');
    process.env.GITHUB_REF = 'refs/heads/main';
    await expect(github().loadState!('../x')).rejects.toThrow(UsageError);
    await expect(github().saveState!('big', new Uint8Array(MAX_STATE_BYTES + 1))).rejects.toThrow(UsageError);
    expect(server.calls).toEqual([]);
  });

  it('never names the runtime token in an error or the log', async () => {
    const messages: string[] = [];
    const collect = (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        (e: unknown) => void messages.push(String(e), (e as Error).stack ?? ''),
      );
    for (const status of [401, 403, 429, 500]) {
      server.failNext(status, 5);
      await collect(settle(github().loadState!('s')));
      server.failNext(status, 5);
      await collect(settle(github().saveState!('s', bytesOf('x'))));
    }
    expect(messages.length).toBeGreaterThanOrEqual(8);
    for (const message of [...messages, stdout.join('')]) expect(message).not.toContain(RUNTIME_TOKEN);
  });
});
