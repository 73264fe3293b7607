/**
 * Check runs and the comment's run history, through the GitHub adapter against a local HTTP server speaking the
 * GitHub REST API (test/platform/github-api-server.ts): real requests, GitHub's limits enforced by the server.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_REQUEST } from '../../shared/platform/github-checks.js';
import { createGithubPlatform } from '../../shared/platform/github.js';
import type { Annotation } from '../../shared/platform/port.js';
import { readHistory } from '../../shared/report/history.js';
import { publishReport } from '../../shared/report/publish.js';
import { sampleCheck, sampleReport } from '../report/sample-report.js';
import { startGithubApiServer, type GithubApiServer } from './github-api-server.js';

const PR = { owner: 'octo', repo: 'models', number: 7, token: 'ghs_checks' };
const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const savedEnv = { ...process.env };
let dir: string;
let server: GithubApiServer;
let stdout: string[];
let realWrite: typeof process.stdout.write;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'modelgate-checks-'));
  for (const key of Object.keys(process.env)) if (key.startsWith('GITHUB_') || key.startsWith('INPUT_')) delete process.env[key];
  server = await startGithubApiServer(PR);
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: PR.number, head: { sha: HEAD } } }));
  mkdirSync(join(dir, 'workspace'));
  writeFileSync(join(dir, 'summary.md'), '');
  writeFileSync(join(dir, 'output'), '');
  Object.assign(process.env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: server.url,
    GITHUB_REPOSITORY: `${PR.owner}/${PR.repo}`,
    GITHUB_TOKEN: PR.token,
    GITHUB_EVENT_PATH: event,
    GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff',
    GITHUB_WORKSPACE: join(dir, 'workspace'),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_OUTPUT: join(dir, 'output'),
  });
  stdout = [];
  realWrite = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
});

afterEach(async () => {
  process.stdout.write = realWrite;
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const request = (verdict: 'pass' | 'warn' | 'fail' | 'error', annotations: Annotation[] = []) => ({
  name: 'modelgate evaluate',
  verdict,
  title: `modelgate evaluate: ${verdict}`,
  summary: '### verdict',
  annotations,
});

describe('check runs (local GitHub REST API server)', () => {
  it('creates one run on the pull request head with the conclusion of the verdict', async () => {
    const platform = createGithubPlatform();
    for (const verdict of ['pass', 'warn', 'fail', 'error'] as const)
      expect((await platform.publishCheck!(request(verdict))).outcome).toBe('created');
    expect(server.checkRuns.map((run) => [run.name, run.head_sha, run.status, run.conclusion])).toEqual([
      ['modelgate evaluate', HEAD, 'completed', 'success'],
      ['modelgate evaluate', HEAD, 'completed', 'neutral'],
      ['modelgate evaluate', HEAD, 'completed', 'failure'],
      ['modelgate evaluate', HEAD, 'completed', 'action_required'],
    ]);
    expect(server.checkRuns[3].details_url).toBe('https://github.com/octo/models/actions/runs/4242');
    expect(server.checkRuns[0].output).toEqual({ title: 'modelgate evaluate: pass', summary: '### verdict' });
  });

  it('uses GITHUB_SHA outside a pull request', async () => {
    writeFileSync(process.env.GITHUB_EVENT_PATH!, JSON.stringify({ ref: 'refs/heads/main' }));
    await createGithubPlatform().publishCheck!(request('pass'));
    expect(server.checkRuns[0].head_sha).toBe('f'.repeat(40));
  });

  it(`attaches annotations ${ANNOTATIONS_PER_REQUEST} per request, the rest by PATCH, with paths relative to the workspace`, async () => {
    const workspace = process.env.GITHUB_WORKSPACE!;
    const many: Annotation[] = Array.from({ length: 120 }, (_, i) => ({
      level: i % 2 ? 'warning' : 'error',
      message: `rule ${i}`,
      title: `check ${i}`,
      file: join(workspace, '.modelgate.yml'),
      line: i + 1,
      column: 3,
    }));
    const unplaceable: Annotation[] = [
      { level: 'error', message: 'no line', file: join(workspace, '.modelgate.yml') },
      { level: 'error', message: 'outside the workspace', file: '/etc/modelgate.yml', line: 2 },
      { level: 'error', message: 'no file' },
    ];
    const result = await createGithubPlatform().publishCheck!(request('fail', [...many, ...unplaceable]));
    expect(result).toMatchObject({ outcome: 'created', url: expect.stringMatching(/^https:\/\/github.com\/checks\/\d+$/) });
    expect(result.unattached).toEqual(unplaceable);
    const calls = server.requests
      .filter((r) => r.path.includes('/check-runs'))
      .map((r) => [r.method, (r.body as { output: { annotations: unknown[] } }).output.annotations.length]);
    expect(calls).toEqual([
      ['POST', 50],
      ['PATCH', 50],
      ['PATCH', 20],
    ]);
    const [run] = server.checkRuns;
    expect(run.annotations).toHaveLength(120);
    expect(run.annotations[1]).toEqual({
      path: '.modelgate.yml',
      start_line: 2,
      end_line: 2,
      start_column: 3,
      end_column: 3,
      annotation_level: 'warning',
      title: 'check 1',
      message: 'rule 1',
    });
    expect(run.annotations[0].annotation_level).toBe('failure');
  });

  it('skips with the reason on 403 (no `checks: write`), and never throws', async () => {
    server.failNext('POST', 403, 'Resource not accessible by integration');
    const result = await createGithubPlatform().publishCheck!(request('fail'));
    expect(result).toEqual({
      outcome: 'skipped',
      reason: expect.stringMatching(/^GitHub answered 403 \(Resource not accessible by integration.*\): the token lacks `checks: write`/),
    });
    server.failNext('POST', 500, 'boom');
    expect(await createGithubPlatform().publishCheck!(request('fail'))).toMatchObject({
      outcome: 'skipped',
      reason: expect.stringContaining('GitHub answered 500'),
    });
  });
});

describe('publishReport on GitHub: check run, annotations once, comment history (local GitHub REST API server)', () => {
  const failing = () =>
    sampleReport({
      checks: [
        sampleCheck({
          id: 'roc_auc',
          status: 'fail',
          rule: { index: 0, file: join(process.env.GITHUB_WORKSPACE!, '.modelgate.yml'), line: 12 },
        }),
      ],
    });
  const passing = () => sampleReport({ checks: [sampleCheck({ id: 'roc_auc' })] });

  it('creates the check run and leaves the annotations to it, not to workflow commands', async () => {
    await publishReport(failing(), createGithubPlatform(), join(dir, 'out'));
    expect(server.checkRuns).toHaveLength(1);
    expect(server.checkRuns[0]).toMatchObject({
      conclusion: 'failure',
      output: {
        title:
          '❌ modelgate evaluate: fail — 1 failed, 0 warnings, 0 inconclusive of 1 check — 10 of 2000 rows skipped (missing_value: 7, score_out_of_range: 3)',
      },
    });
    expect(server.checkRuns[0].output.summary.startsWith('### ❌ modelgate evaluate: **fail**')).toBe(true);
    expect(server.checkRuns[0].annotations.map((a) => [a.path, a.start_line])).toEqual([['.modelgate.yml', 12]]);
    expect(stdout.join('')).not.toContain('::error');
    // The comment links the run page, where the report artifact is.
    expect(server.comments[0].body).toContain('[HTML report](<https://github.com/octo/models/actions/runs/4242>)');
  });

  it('falls back to workflow-command annotations when the check run is refused, and the gate still publishes', async () => {
    server.failNext('POST', 403, 'Resource not accessible by integration');
    await publishReport(failing(), createGithubPlatform(), join(dir, 'out'));
    expect(server.checkRuns).toHaveLength(0);
    const printed = stdout.join('');
    expect(printed).toContain('Check run not created: GitHub answered 403');
    expect(printed).toMatch(/::error .*file=.*\.modelgate\.yml,line=12::/);
    expect(readFileSync(process.env.GITHUB_OUTPUT!, 'utf8')).toContain('fail');
  });

  it('keeps the previous runs in the updated comment, newest first, with their commits', async () => {
    await publishReport(failing(), createGithubPlatform(), join(dir, 'out'));
    const second = '0123456789abcdef0123456789abcdef01234567';
    writeFileSync(process.env.GITHUB_EVENT_PATH!, JSON.stringify({ pull_request: { number: PR.number, head: { sha: second } } }));
    process.env.GITHUB_RUN_ID = '4243';
    await publishReport(passing(), createGithubPlatform(), join(dir, 'out'));
    expect(server.comments).toHaveLength(1);
    const body = server.comments[0].body;
    expect(body.split('\n')[1]).toMatch(/^### ✅ modelgate evaluate: \*\*pass\*\*/);
    expect(body).toContain('<details><summary>Previous runs (1), newest first</summary>');
    expect(body).toContain(`| [\`${HEAD.slice(0, 7)}\`](<https://github.com/octo/models/actions/runs/4242>) | ❌ fail | 1 | 0 | 0 | 0 |`);
    expect(readHistory(body).map((r) => [r.sha, r.verdict])).toEqual([
      [second, 'pass'],
      [HEAD, 'fail'],
    ]);
  });
});
