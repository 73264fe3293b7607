import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGithubPlatform } from '../../shared/platform/github.js';
import type { Platform } from '../../shared/platform/port.js';
import { commentMarker, nameKey, publishReport } from '../../shared/report/publish.js';
import { sampleReport } from '../report/sample-report.js';
import { ACTIONS_BOT, startGithubApiServer, type GithubApiServer } from './github-api-server.js';

// @actions/core reads the environment and writes workflow commands to process.stdout at call time, so each
// test sets real variables and files, and reads what the runner would read.
const savedEnv = { ...process.env };
const savedCwd = process.cwd();
let dir: string;
let stdout: string[];
let realWrite: typeof process.stdout.write;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'modelgate-github-'));
  for (const key of Object.keys(process.env)) {
    if (key.startsWith('GITHUB_') || key.startsWith('INPUT_')) delete process.env[key];
  }
  stdout = [];
  realWrite = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
});

afterEach(() => {
  process.stdout.write = realWrite;
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
  rmSync(dir, { recursive: true, force: true });
});

const printed = () => stdout.join('');

describe('github inputs, outputs, logs and annotations', () => {
  it('reads inputs from INPUT_* variables, trimmed, and "" when unset', () => {
    process.env['INPUT_GITHUB-TOKEN'] = '  abc  ';
    process.env.INPUT_MIN_AUC = '0.8';
    const platform = createGithubPlatform();
    expect(platform.input('github-token')).toBe('abc');
    expect(platform.input('min auc')).toBe('0.8');
    expect(platform.input('missing')).toBe('');
    expect(platform.name).toBe('github');
    expect(platform.interactive).toBe(false);
  });

  it('writes outputs to the GITHUB_OUTPUT file', () => {
    const outputFile = join(dir, 'output');
    writeFileSync(outputFile, '');
    process.env.GITHUB_OUTPUT = outputFile;
    const platform = createGithubPlatform();
    platform.setOutput('verdict', 'fail');
    platform.setOutput('failed-checks', 'roc_auc\nf1');
    const text = readFileSync(outputFile, 'utf8');
    expect(text).toMatch(/^verdict<<(ghadelimiter_[\w-]+)\nfail\n\1\n/);
    expect(text).toMatch(/failed-checks<<(ghadelimiter_[\w-]+)\nroc_auc\nf1\n\1\n$/);
    expect(printed()).toBe('');
  });

  it('annotates with file, line and column as workflow commands', () => {
    const platform = createGithubPlatform();
    platform.annotate({ level: 'error', message: 'roc_auc 0.71 < 0.75', title: 'roc_auc', file: 'eval/p.csv', line: 3, column: 5 });
    platform.annotate({ level: 'warning', message: 'column without line is dropped', file: 'a.csv', column: 2 });
    platform.annotate({ level: 'notice', message: 'all good' });
    expect(printed().split('\n')).toEqual([
      '::error title=roc_auc,file=eval/p.csv,line=3,col=5::roc_auc 0.71 < 0.75',
      '::warning file=a.csv::column without line is dropped',
      '::notice::all good',
      '',
    ]);
  });

  it('logs info, warnings and errors, and folds a group even when its body throws', async () => {
    const platform = createGithubPlatform();
    platform.info('reading data');
    platform.warning('slow source');
    platform.error('broken');
    await expect(platform.group('evaluate', async () => 42)).resolves.toBe(42);
    await expect(platform.group('failing', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(printed().split('\n')).toEqual([
      'reading data',
      '::warning::slow source',
      '::error::broken',
      '::group::evaluate',
      '::endgroup::',
      '::group::failing',
      '::endgroup::',
      '',
    ]);
  });
});

describe('github job summary (real GITHUB_STEP_SUMMARY file)', () => {
  const LIMIT = 1024 * 1024;
  let summaryFile: string;
  beforeEach(() => {
    summaryFile = join(dir, 'summary.md');
    writeFileSync(summaryFile, '');
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
  });

  it('appends markdown, ending each write with a newline', async () => {
    const platform = createGithubPlatform();
    await platform.writeSummary('## Verdict: pass');
    await platform.writeSummary('| a | b |\n');
    expect(readFileSync(summaryFile, 'utf8')).toBe('## Verdict: pass\n| a | b |\n');
  });

  it('refuses a write that would take the file over 1 MiB, and warns', async () => {
    const before = 'x'.repeat(LIMIT - 10);
    writeFileSync(summaryFile, before);
    const platform = createGithubPlatform();
    // 10 bytes with the newline fit exactly; one byte more does not.
    await platform.writeSummary('é'.repeat(5));
    expect(readFileSync(summaryFile, 'utf8')).toBe(before);
    expect(printed()).toMatch(
      /^::warning::job summary not written: 11 bytes on top of 1048566 already written would exceed GitHub's limit of 1048576 bytes/,
    );
    await platform.writeSummary('123456789');
    expect(readFileSync(summaryFile).length).toBe(LIMIT);
  });

  it('refuses a single write larger than 1 MiB into an empty file', async () => {
    const platform = createGithubPlatform();
    await platform.writeSummary('y'.repeat(LIMIT));
    expect(readFileSync(summaryFile, 'utf8')).toBe('');
    expect(printed()).toContain('::warning::job summary not written');
  });

  it('keeps concurrent writes under the limit', async () => {
    writeFileSync(summaryFile, 'x'.repeat(LIMIT - 1000));
    const platform = createGithubPlatform();
    await Promise.all([platform.writeSummary('a'.repeat(599)), platform.writeSummary('b'.repeat(599))]);
    const text = readFileSync(summaryFile, 'utf8');
    expect(text.length).toBe(LIMIT - 400);
    expect(printed().match(/::warning::job summary not written/g)).toHaveLength(1);
  });

  it('warns instead of failing when the summary file cannot be written', async () => {
    process.env.GITHUB_STEP_SUMMARY = dir;
    const platform = createGithubPlatform();
    await platform.writeSummary('# a');
    expect(printed()).toMatch(/^::warning::job summary not written to .*EISDIR/);
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
    await platform.writeSummary('# b');
    expect(readFileSync(summaryFile, 'utf8')).toBe('# b\n');
  });

  it('warns instead of failing when GITHUB_STEP_SUMMARY is not set', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    await createGithubPlatform().writeSummary('# hi');
    expect(printed()).toContain('::warning::job summary not written: $GITHUB_STEP_SUMMARY is not set');
  });
});

describe('github comments (local server speaking the GitHub REST API)', () => {
  const MARKER = '<!-- modelgate:evaluate -->';
  const TOKEN = 'ghs_test_token';
  let server: GithubApiServer;

  const writeEvent = (payload: unknown) => {
    const eventFile = join(dir, 'event.json');
    writeFileSync(eventFile, JSON.stringify(payload));
    process.env.GITHUB_EVENT_PATH = eventFile;
  };
  const platform = () => createGithubPlatform({ token: TOKEN, retryDelayMs: 1 });
  const calls = (method: string) => server.requests.filter((r) => r.method === method);
  const listings = () => calls('GET').filter((r) => r.path.endsWith('/comments'));

  beforeEach(async () => {
    server = await startGithubApiServer({ owner: 'acme', repo: 'models', number: 7, token: TOKEN });
    process.env.GITHUB_API_URL = server.url;
    process.env.GITHUB_REPOSITORY = 'acme/models';
    writeEvent({ action: 'synchronize', number: 7, pull_request: { number: 7 } });
  });
  afterEach(() => server.close());

  it('creates the comment on the first call after paging through all existing comments', async () => {
    server.addComments(150);
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\n## Verdict: pass`);
    expect(result).toEqual({ outcome: 'created', url: expect.stringContaining('#issuecomment-') });
    // Who the token is, then the listing; listed again after creating, to find a comment another run created at the same time.
    expect(server.requests.map((r) => `${r.method} ${r.path}?${r.query}`)).toEqual([
      'GET /user?',
      'GET /repos/acme/models/issues/7/comments?per_page=100',
      'GET /repos/acme/models/issues/7/comments?per_page=100&page=2',
      'POST /repos/acme/models/issues/7/comments?',
      'GET /repos/acme/models/issues/7/comments?per_page=100',
      'GET /repos/acme/models/issues/7/comments?per_page=100&page=2',
    ]);
    expect(server.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    expect(calls('POST')[0].body).toEqual({ body: `${MARKER}\n## Verdict: pass` });
    expect(server.comments).toHaveLength(151);
  });

  it('updates the same comment in place on the second call, finding it on page 2', async () => {
    server.addComments(150);
    const first = await platform().upsertReviewComment(MARKER, `${MARKER}\nfirst`);
    const second = await platform().upsertReviewComment(MARKER, `${MARKER}\nsecond`);
    expect(second).toEqual({ outcome: 'updated', url: first.url });
    const ours = server.comments.filter((c) => c.body.includes(MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toBe(`${MARKER}\nsecond`);
    expect(calls('PATCH').map((r) => r.path)).toEqual([`/repos/acme/models/issues/comments/${ours[0].id}`]);
    expect(calls('POST')).toHaveLength(1);
  });

  it('stops listing at the page where the marker is found', async () => {
    server.addComments(250, (i) => (i === 120 ? `${MARKER}\nold verdict` : `comment ${i}`), ACTIONS_BOT);
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\nnew verdict`);
    expect(result.outcome).toBe('updated');
    expect(listings().map((r) => r.query.get('page'))).toEqual([null, '2']);
    expect(server.comments[120].body).toBe(`${MARKER}\nnew verdict`);
  });

  it('leaves comments of other gates alone', async () => {
    server.addComments(1, () => '<!-- modelgate:drift -->\ndrift report');
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\nx`)).outcome).toBe('created');
    expect(server.comments[0].body).toBe('<!-- modelgate:drift -->\ndrift report');
  });

  it('skips with the fork message and a warning when creating answers 403', async () => {
    server.failNext('POST', 403, 'Resource not accessible by integration');
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\nx`);
    expect(result.outcome).toBe('skipped');
    expect(result.reason).toMatch(
      /^GitHub answered 403: Resource not accessible by integration.*; read-only token \(pull request from a fork\?\); the verdict is in the job summary$/,
    );
    expect(printed()).toContain('::warning::GitHub answered 403');
    expect(calls('POST')).toHaveLength(1);
  });

  it('skips with the fork message when the pull request answers 404', async () => {
    server.failNext('GET', 404, 'Not Found');
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\nx`);
    expect(result).toEqual({
      outcome: 'skipped',
      reason: expect.stringMatching(/^GitHub answered 404: Not Found.*read-only token \(pull request from a fork\?\)/),
    });
    expect(server.requests).toHaveLength(1);
  });

  it('retries once after a 500 and then succeeds', async () => {
    server.failNext('GET', 500, 'Server Error');
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\nx`);
    expect(result.outcome).toBe('created');
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /user',
      'GET /user',
      'GET /repos/acme/models/issues/7/comments',
      'POST /repos/acme/models/issues/7/comments',
      'GET /repos/acme/models/issues/7/comments',
    ]);
    expect(printed()).toBe('');
  });

  it('skips with a warning when the retry fails too', async () => {
    server.failNext('POST', 502, 'Bad Gateway');
    server.failNext('POST', 503, 'Service Unavailable');
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\nx`);
    expect(result.outcome).toBe('skipped');
    expect(result.reason).toMatch(
      /^review comment not posted, GitHub answered 503: Service Unavailable.* \(after one retry\); the verdict is in the job summary$/,
    );
    expect(calls('POST')).toHaveLength(2);
    expect(printed()).toContain('::warning::review comment not posted');
  });

  it('does not retry other client errors', async () => {
    server.failNext('POST', 422, 'Validation Failed');
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\nx`);
    expect(result.reason).toMatch(
      /^review comment not posted, GitHub answered 422: Validation Failed.*; the verdict is in the job summary$/,
    );
    expect(calls('POST')).toHaveLength(1);
  });

  it('skips after one retry when nothing listens at the API address', async () => {
    await server.close();
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\nx`);
    expect(result.outcome).toBe('skipped');
    expect(result.reason).toMatch(
      /^review comment not posted, no answer from GitHub: .*ECONNREFUSED.* \(after one retry\); the verdict is in the job summary$/,
    );
  });

  it('skips without a request on an event that is not a pull request', async () => {
    writeEvent({ ref: 'refs/heads/main', commits: [] });
    expect(await platform().upsertReviewComment(MARKER, `${MARKER}\nx`)).toEqual({
      outcome: 'skipped',
      reason: 'not a pull request event',
    });
    writeEvent({ action: 'opened', issue: { number: 7 } });
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\nx`)).reason).toBe('not a pull request event');
    delete process.env.GITHUB_EVENT_PATH;
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\nx`)).reason).toMatch(/^not a pull request event/);
    expect(server.requests).toHaveLength(0);
  });

  it('skips with a warning when the event payload is unreadable or the repository malformed', async () => {
    writeFileSync(join(dir, 'event.json'), '{"pull_request": ');
    const unreadable = await platform().upsertReviewComment(MARKER, `${MARKER}\nx`);
    expect(unreadable.reason).toMatch(/^cannot read the event payload .*event\.json: .*JSON/);
    writeEvent({ pull_request: { number: 7 } });
    process.env.GITHUB_REPOSITORY = 'acme';
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\nx`)).reason).toBe("GITHUB_REPOSITORY is not owner/repo: 'acme'");
    expect(printed().match(/^::warning::/gm)).toHaveLength(2);
    expect(server.requests).toHaveLength(0);
  });

  it('finds the pull request of an issue_comment event', async () => {
    writeEvent({ action: 'created', issue: { number: 7, pull_request: { url: 'https://api.github.com/repos/acme/models/pulls/7' } } });
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\nx`)).outcome).toBe('created');
    expect(server.requests[1].path).toBe('/repos/acme/models/issues/7/comments');
  });

  it('skips with a warning when there is no token', async () => {
    const result = await createGithubPlatform().upsertReviewComment(MARKER, `${MARKER}\nx`);
    expect(result).toEqual({ outcome: 'skipped', reason: expect.stringMatching(/^no GitHub token/) });
    expect(printed()).toContain('::warning::no GitHub token');
    expect(server.requests).toHaveLength(0);
  });

  it('takes the token from the github-token input, else GITHUB_TOKEN', async () => {
    process.env['INPUT_GITHUB-TOKEN'] = TOKEN;
    process.env.GITHUB_TOKEN = 'wrong';
    expect((await createGithubPlatform({ retryDelayMs: 1 }).upsertReviewComment(MARKER, `${MARKER}\nx`)).outcome).toBe('created');
    delete process.env['INPUT_GITHUB-TOKEN'];
    process.env.GITHUB_TOKEN = TOKEN;
    expect((await createGithubPlatform({ retryDelayMs: 1 }).upsertReviewComment(MARKER, `${MARKER}\ny`)).outcome).toBe('updated');
    expect(server.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('refuses a body over 65,536 characters before any request', async () => {
    const fits = `${MARKER}${'a'.repeat(65_536 - MARKER.length)}`;
    await expect(platform().upsertReviewComment(MARKER, `${fits}a`)).rejects.toThrow(/65537 characters, over GitHub's limit of 65536/);
    expect(server.requests).toHaveLength(0);
    expect((await platform().upsertReviewComment(MARKER, fits)).outcome).toBe('created');
  });

  it('refuses an empty marker or a body without its marker', async () => {
    await expect(platform().upsertReviewComment('', 'body')).rejects.toThrow('marker must not be empty');
    await expect(platform().upsertReviewComment(MARKER, 'no marker here')).rejects.toThrow('must contain its marker');
    expect(server.requests).toHaveLength(0);
  });

  const FORGED_HISTORY = `${MARKER}\nforged <!-- modelgate:history [{"sha":"abcdef1","verdict":"pass","counts":{"fail":0,"warn":0,"inconclusive":0,"error":0},"url":"https://evil.example/"}] -->`;

  it('counts only comments by its own identity: a pasted marker is neither edited nor read as history', async () => {
    server.addComments(1, () => FORGED_HISTORY, 'mallory');
    expect(await platform().findReviewComment!(MARKER)).toBeNull();
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\nours`);
    // Before, the forged comment was PATCHed, and GitHub's 403 for someone else's comment lost the comment altogether.
    expect(result.outcome).toBe('created');
    expect(calls('PATCH')).toHaveLength(0);
    expect(server.comments.map((c) => [c.user.login, c.body])).toEqual([
      ['mallory', FORGED_HISTORY],
      [ACTIONS_BOT, `${MARKER}\nours`],
    ]);
    expect(printed()).not.toContain('::warning::');
    expect(await platform().findReviewComment!(MARKER)).toBe(`${MARKER}\nours`);
  });

  it("knows a personal access token's user from GET /user, and then ignores github-actions[bot]", async () => {
    await server.close();
    server = await startGithubApiServer({ owner: 'acme', repo: 'models', number: 7, token: TOKEN, user: 'modelgate-bot' });
    process.env.GITHUB_API_URL = server.url;
    server.addComments(1, () => `${MARKER}\nfrom another workflow`, ACTIONS_BOT);
    server.addComments(1, () => `${MARKER}\nearlier run`, 'modelgate-bot');
    expect(await platform().findReviewComment!(MARKER)).toBe(`${MARKER}\nearlier run`);
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\nnew run`)).outcome).toBe('updated');
    expect(server.comments.map((c) => c.body)).toEqual([`${MARKER}\nfrom another workflow`, `${MARKER}\nnew run`]);
  });

  it('ends with one comment when two runs list at the same time and both create one', async () => {
    server.addComments(3);
    server.holdListings(2);
    const results = await Promise.all([
      platform().upsertReviewComment(MARKER, `${MARKER}\nrun A`),
      platform().upsertReviewComment(MARKER, `${MARKER}\nrun B`),
    ]);
    expect(calls('POST')).toHaveLength(2);
    const ours = server.comments.filter((c) => c.body.includes(MARKER));
    expect(ours).toHaveLength(1);
    // The oldest is kept; the run whose comment was deleted wrote its body into it.
    expect(results.map((r) => r.url).every((url) => url === ours[0].html_url)).toBe(true);
    expect(results.map((r) => r.outcome).sort()).toEqual(['created', 'updated']);
    expect(printed()).not.toContain('::warning::');
  });

  it('counts the comment as posted when the check for duplicates after it fails, and says so in the log', async () => {
    server.failNext('GET', 404, 'Not Found', {}, 'POST');
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\nx`);
    expect(result.outcome).toBe('created');
    expect(server.comments).toHaveLength(1);
    expect(calls('POST')).toHaveLength(1);
    expect(printed()).toMatch(/^duplicate review comments not checked: Not Found/m);
  });

  it('stops an endless listing at the page cap and skips with a warning', async () => {
    server.addComments(1);
    server.endlessPages = true;
    const result = await createGithubPlatform({ token: TOKEN, retryDelayMs: 1, http: { pageCap: 4 } }).upsertReviewComment(
      MARKER,
      `${MARKER}\nx`,
    );
    expect(result.reason).toMatch(/^review comment not posted, listing the comments of pull request #7 stopped after 4 pages/);
    expect(listings()).toHaveLength(4);
    expect(calls('POST')).toHaveLength(0);
    expect(printed()).toContain('::warning::review comment not posted');
  });

  it('waits as long as Retry-After asks on a rate limit (429, or 403 for a secondary limit), and not longer than it would', async () => {
    server.failNext('POST', 429, 'API rate limit exceeded', { 'retry-after': '1' });
    const started = Date.now();
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\nx`)).outcome).toBe('created');
    // The retry delay here is 1 ms; only Retry-After makes it wait a second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    server.failNext('PATCH', 403, 'You have exceeded a secondary rate limit', { 'retry-after': '1' });
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\ny`)).outcome).toBe('updated');
    server.failNext('PATCH', 429, 'API rate limit exceeded', { 'retry-after': '3600' });
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\nz`);
    expect(result.reason).toMatch(/^review comment not posted, GitHub answered 429: API rate limit exceeded/);
    expect(calls('PATCH')).toHaveLength(3);
  });

  it('gives up on an API that never answers within the request timeout, with a warning', async () => {
    server.hangNext('GET', 2);
    const started = Date.now();
    const result = await createGithubPlatform({ token: TOKEN, retryDelayMs: 1, http: { timeoutMs: 200 } }).upsertReviewComment(
      MARKER,
      `${MARKER}\nx`,
    );
    expect(result.reason).toMatch(/^review comment not posted, no answer from GitHub: .*timeout.* \(after one retry\)/);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(printed()).toContain('::warning::review comment not posted');
  });

  describe('two gates of one kind on the same pull request', () => {
    /** The GitHub platform with its artifact upload recorded: the real one needs the runner's artifact service. */
    const recording = (uploads: string[]): Platform => ({
      ...platform(),
      uploadArtifact: async (name) => {
        uploads.push(name);
        return { location: `https://github.com/acme/models/actions/runs/1/artifacts/${uploads.length}`, size: 1 };
      },
    });
    const publish = (uploads: string[], outDir: string, name = '') => {
      process.env.INPUT_NAME = name;
      return publishReport(sampleReport(), recording(uploads), join(dir, outDir));
    };

    it('keep a comment and an artifact each when named by the name input, and each name updates its own', async () => {
      const uploads: string[] = [];
      await publish(uploads, 'out', 'credit model');
      await publish(uploads, 'out', 'fraud model');
      await publish(uploads, 'out', 'credit model');
      const ours = server.comments.filter((c) => c.body.includes('<!-- modelgate:evaluate'));
      expect(ours.map((c) => c.body.split('\n')[0])).toEqual([
        commentMarker('evaluate', 'credit model'),
        commentMarker('evaluate', 'fraud model'),
      ]);
      expect(commentMarker('evaluate', 'credit model')).toBe('<!-- modelgate:evaluate:credit%20model -->');
      expect(uploads).toEqual([
        'modelgate-evaluate-credit%20model-report',
        'modelgate-evaluate-fraud%20model-report',
        'modelgate-evaluate-credit%20model-report',
      ]);
      expect(
        calls('PATCH')
          .filter((r) => r.path.includes('/issues/comments/'))
          .map((r) => r.path),
      ).toEqual([`/repos/acme/models/issues/comments/${ours[0].id}`]);
    });

    it('are told apart by their out-dir without a name; the default out-dir keeps the plain marker', async () => {
      const uploads: string[] = [];
      await publish(uploads, 'reports/a');
      await publish(uploads, 'reports/b');
      process.chdir(dir);
      try {
        await publishReport(sampleReport(), recording(uploads), './modelgate-report/');
      } finally {
        process.chdir(savedCwd);
      }
      const markers = server.comments.map((c) => c.body.split('\n')[0]);
      expect(markers).toEqual([
        commentMarker('evaluate', join(dir, 'reports/a')),
        commentMarker('evaluate', join(dir, 'reports/b')),
        '<!-- modelgate:evaluate -->',
      ]);
      expect(uploads[2]).toBe('modelgate-evaluate-report');
    });
  });
});

describe('the name that keys a comment marker and an artifact', () => {
  it('keeps letters, digits, dot, underscore and dash, and escapes every other byte, so no name can end the comment', () => {
    expect(nameKey('model-a_1.2')).toBe('model-a_1.2');
    expect(nameKey('a --> <b>')).toBe('a%20--%3E%20%3Cb%3E');
    expect(nameKey('é/%')).toBe('%C3%A9%2F%25');
    expect(commentMarker('evaluate', 'x -->')).toBe('<!-- modelgate:evaluate:x%20--%3E -->');
    // Distinct names, distinct keys: the escape character itself is escaped.
    expect(nameKey('a b')).not.toBe(nameKey('a%20b'));
  });

  it('cuts a long name and completes it with a hash of the whole, so long names stay apart', () => {
    const a = nameKey(`${'x'.repeat(100)}a`);
    const b = nameKey(`${'x'.repeat(100)}b`);
    expect(a).toHaveLength(64);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^x{51}~[0-9a-f]{12}$/);
  });
});
