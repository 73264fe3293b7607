import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitlabPlatform } from '../../shared/platform/gitlab.js';
import { detectPlatform } from '../../shared/platform/index.js';
import { renderGitlabMetrics } from '../../shared/report/gitlab-metrics.js';
import { readHistory } from '../../shared/report/history.js';
import { commentMarker, publishReport } from '../../shared/report/publish.js';
import { sampleReport } from '../report/sample-report.js';
import { CaptureStream } from './capture-stream.js';
import { REVIEWER, TOKEN_USER, startGitlabApiServer, type GitlabApiServer } from './gitlab-api-server.js';

const ESC = '\u001b';
/** Retries as in production, without the waits. */
const FAST_RETRIES = { backoffMs: 1 };
let dir: string;
let log: CaptureStream;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'modelgate-gitlab-'));
  log = new CaptureStream();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The log without colour codes, section markers shown as `>name title` and `<name`. */
function readable(text: string): string {
  return text
    .replace(
      new RegExp(`${ESC}\\[0Ksection_start:\\d+:(\\w+)(\\[collapsed=true\\])?\\r${ESC}\\[0K`, 'g'),
      (_, name, collapsed) => `>${name}${collapsed ? '+' : ''} `,
    )
    .replace(new RegExp(`${ESC}\\[0Ksection_end:\\d+:(\\w+)\\r${ESC}\\[0K`, 'g'), '<$1')
    .replace(new RegExp(`${ESC}\\[\\d+m`, 'g'), '');
}

describe('gitlab inputs, outputs and the job log', () => {
  const platform = (env: NodeJS.ProcessEnv = {}) =>
    createGitlabPlatform({ env: { MODELGATE_DOTENV: join(dir, 'modelgate.env'), ...env }, log, now: () => 1700000000 });

  it('reads inputs from the MODELGATE_* variables the templates set, trimmed, "" when unset', () => {
    const gitlab = platform({ MODELGATE_OUT_DIR: ' reports ', MODELGATE_CONFIG: '.modelgate.yml' });
    expect(gitlab.input('out-dir')).toBe('reports');
    expect(gitlab.input('config')).toBe('.modelgate.yml');
    expect(gitlab.input('baseline')).toBe('');
    expect(gitlab.name).toBe('gitlab');
    expect(gitlab.interactive).toBe(false);
  });

  it('writes outputs to a dotenv file, one MODELGATE_ line per output, the last value winning', () => {
    const gitlab = platform();
    gitlab.setOutput('verdict', 'pass');
    gitlab.setOutput('failed-checks', '0');
    gitlab.setOutput('verdict', 'fail');
    expect(readFileSync(join(dir, 'modelgate.env'), 'utf8')).toBe('MODELGATE_VERDICT=fail\nMODELGATE_FAILED_CHECKS=0\n');
    expect(log.text).toBe('');
  });

  it('joins a multi-line output into one dotenv line and says so', () => {
    const gitlab = platform();
    gitlab.setOutput('failed-checks', 'roc_auc\nf1\r\nrecall');
    expect(readFileSync(join(dir, 'modelgate.env'), 'utf8')).toBe('MODELGATE_FAILED_CHECKS=roc_auc f1 recall\n');
    expect(readable(log.text)).toBe(
      'warning: output failed-checks has several lines; a dotenv report holds one line per variable, so they are joined with spaces\n',
    );
  });

  it('warns instead of failing when the dotenv file cannot be written', () => {
    createGitlabPlatform({ env: { MODELGATE_DOTENV: dir }, log }).setOutput('verdict', 'pass');
    expect(readable(log.text)).toMatch(/^warning: outputs not written to .*: EISDIR/);
  });

  it('writes the GitLab metrics report beside the JSON report when the report output is set', () => {
    const report = sampleReport();
    const reportFile = join(dir, 'report.json');
    writeFileSync(reportFile, JSON.stringify(report));
    platform().setOutput('report', reportFile);
    expect(readFileSync(join(dir, 'metrics.txt'), 'utf8')).toBe(renderGitlabMetrics(report));
    expect(readFileSync(join(dir, 'modelgate.env'), 'utf8')).toBe(`MODELGATE_REPORT=${reportFile}\n`);
  });

  it('warns when the JSON report cannot be read for the metrics report', () => {
    writeFileSync(join(dir, 'report.json'), '{"gate": ');
    platform().setOutput('report', join(dir, 'report.json'));
    expect(readable(log.text)).toMatch(/^warning: metrics report not written to .*metrics\.txt: .*JSON/);
  });

  it('prints the summary as plain text, with folds as collapsed sections and charts as a pointer', async () => {
    await platform().writeSummary(
      [
        '<!-- modelgate:evaluate -->',
        '### ❌ modelgate evaluate: **fail** — 1 failed',
        '',
        '| Status | Check | Reason |',
        '| --- | --- | --- |',
        '| ❌ fail | recall for race\\=b | recall is 0.6 \\(n\\=9\\), score &gt;= 0.5, by @\u200bann |',
        '',
        '```mermaid',
        'xychart-beta',
        '  title "selection rate by race"',
        '  bar [0.7, 0.4]',
        '```',
        '',
        '<details><summary>Passing checks (1) &amp; more</summary>',
        '',
        '| ✅ pass | ROC AUC |',
        '',
        '</details>',
      ].join('\n'),
    );
    expect(readable(log.text).split('\n')).toEqual([
      '>modelgate_1 modelgate summary',
      '❌ modelgate evaluate: fail — 1 failed',
      '',
      '| Status | Check | Reason |',
      '| ❌ fail | recall for race=b | recall is 0.6 (n=9), score >= 0.5, by @ann |',
      '',
      '[chart "selection rate by race": drawn in the merge request note and the HTML report]',
      '',
      '>modelgate_2+ Passing checks (1) & more',
      '',
      '| ✅ pass | ROC AUC |',
      '',
      '<modelgate_2',
      '<modelgate_1',
      '',
    ]);
    expect(log.text).toContain(`${ESC}[0Ksection_start:1700000000:modelgate_2[collapsed=true]\r${ESC}[0KPassing checks (1) & more\n`);
    expect(log.text).toContain(`${ESC}[0Ksection_end:1700000000:modelgate_1\r${ESC}[0K\n`);
  });

  it('closes folds left open by a summary cut short', async () => {
    await platform().writeSummary('verdict\n<details><summary>a</summary>\n\n<details><summary>b</summary>\n\ncut');
    expect(readable(log.text).split('\n')).toEqual([
      '>modelgate_1 modelgate summary',
      'verdict',
      '>modelgate_2+ a',
      '',
      '>modelgate_3+ b',
      '',
      'cut',
      '<modelgate_3',
      '<modelgate_2',
      '<modelgate_1',
      '',
    ]);
  });

  it('strips control characters from logged text, so data cannot end a section or hide text', () => {
    platform().info(`file ${ESC}[0Ksection_end:1:modelgate_1\r${ESC}[0K.csv\u0007`);
    expect(log.text).toBe('file [0Ksection_end:1:modelgate_1[0K.csv\n');
  });

  it('folds a group into a collapsed section, closed even when its body throws', async () => {
    const gitlab = platform();
    await expect(gitlab.group('Reading predictions', async () => 42)).resolves.toBe(42);
    await expect(gitlab.group('failing', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(readable(log.text)).toBe('>modelgate_1+ Reading predictions\n<modelgate_1\n>modelgate_2+ failing\n<modelgate_2\n');
  });

  it('logs annotations with their location, and warnings and errors in colour', () => {
    const gitlab = platform();
    gitlab.annotate({ level: 'error', message: 'roc_auc 0.71 < 0.75', title: 'roc_auc', file: '.modelgate.yml', line: 3, column: 5 });
    gitlab.annotate({ level: 'notice', message: 'all good' });
    gitlab.warning('slow');
    gitlab.error('broken');
    expect(log.text).toBe(
      `.modelgate.yml:3:5: ${ESC}[31merror${ESC}[0m: roc_auc: roc_auc 0.71 < 0.75\nnotice: all good\n` +
        `${ESC}[33mwarning: slow${ESC}[0m\n${ESC}[31merror: broken${ESC}[0m\n`,
    );
  });
});

describe('gitlab merge request notes (local server speaking the GitLab REST API)', () => {
  const MARKER = '<!-- modelgate:evaluate -->';
  const TOKEN = 'glpat-test-token';
  let server: GitlabApiServer;
  let env: NodeJS.ProcessEnv;

  const platform = () => createGitlabPlatform({ env, log, http: FAST_RETRIES });
  const calls = (method: string) => server.requests.filter((r) => r.method === method);
  const notesListed = () => calls('GET').filter((r) => r.path === NOTES);
  const requestLines = () => server.requests.map((r) => `${r.method} ${r.path}${r.query.size ? `?${r.query}` : ''}`);
  const NOTES = '/api/v4/projects/1217/merge_requests/7/notes';

  beforeEach(async () => {
    server = await startGitlabApiServer({ project: '1217', iid: 7, token: TOKEN, triggerTokens: [] });
    env = {
      GITLAB_CI: 'true',
      CI_SERVER_URL: 'https://gitlab.invalid',
      CI_API_V4_URL: `${server.url}/api/v4`,
      CI_PROJECT_ID: '1217',
      CI_PROJECT_URL: 'https://gitlab.example.com/acme/models',
      CI_MERGE_REQUEST_IID: '7',
      CI_JOB_TOKEN: 'job-token',
      MODELGATE_GITLAB_TOKEN: TOKEN,
      MODELGATE_DOTENV: join(dir, 'modelgate.env'),
    };
  });
  afterEach(() => server.close());

  it('creates the note after paging through every existing note by x-next-page', async () => {
    server.addNotes(150);
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\n### pass`);
    expect(result).toEqual({
      outcome: 'created',
      url: `https://gitlab.example.com/acme/models/-/merge_requests/7#note_${server.notes[150].id}`,
    });
    // Listed again after creating, to find a note another run created at the same time.
    expect(requestLines()).toEqual([
      'GET /api/v4/user',
      `GET ${NOTES}?page=1&per_page=100&sort=asc&order_by=created_at`,
      `GET ${NOTES}?page=2&per_page=100&sort=asc&order_by=created_at`,
      `POST ${NOTES}`,
      `GET ${NOTES}?page=1&per_page=100&sort=asc&order_by=created_at`,
      `GET ${NOTES}?page=2&per_page=100&sort=asc&order_by=created_at`,
    ]);
    expect(server.requests.every((r) => r.headers['private-token'] === TOKEN)).toBe(true);
    expect(calls('POST')[0].body).toEqual({ body: `${MARKER}\n### pass` });
    expect(server.notes).toHaveLength(151);
    expect(log.text).toBe('');
  });

  it('updates the same note in place on the second run, finding it on page 2', async () => {
    server.addNotes(150);
    const first = await platform().upsertReviewComment(MARKER, `${MARKER}\nfirst`);
    const second = await platform().upsertReviewComment(MARKER, `${MARKER}\nsecond`);
    expect(second).toEqual({ outcome: 'updated', url: first.url });
    const ours = server.notes.filter((n) => n.body.includes(MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toBe(`${MARKER}\nsecond`);
    expect(calls('PUT').map((r) => [r.path, r.body])).toEqual([[`${NOTES}/${ours[0].id}`, { body: `${MARKER}\nsecond` }]]);
    expect(calls('POST')).toHaveLength(1);
  });

  it('stops listing at the page where the marker is found', async () => {
    server.addNotes(350, (i) => (i === 120 ? `${MARKER}\nold verdict` : `note ${i}`), false, TOKEN_USER);
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\nnew verdict`)).outcome).toBe('updated');
    expect(notesListed().map((r) => r.query.get('page'))).toEqual(['1', '2']);
    expect(server.notes[120].body).toBe(`${MARKER}\nnew verdict`);
  });

  it('ignores system notes and notes of other gates', async () => {
    server.addNotes(1, () => `changed the description: ${MARKER}`, true);
    server.addNotes(1, () => '<!-- modelgate:drift -->\ndrift report');
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\nx`)).outcome).toBe('created');
    expect(server.notes.map((n) => n.body)).toEqual([
      `changed the description: ${MARKER}`,
      '<!-- modelgate:drift -->\ndrift report',
      `${MARKER}\nx`,
    ]);
  });

  it('posts to the target project of a merge request from a fork, under a relative URL root', async () => {
    await server.close();
    server = await startGitlabApiServer({ project: 'acme/models', iid: 7, token: TOKEN, triggerTokens: [] });
    env.CI_PROJECT_ID = '999';
    env.CI_MERGE_REQUEST_PROJECT_ID = 'acme/models';
    env.CI_MERGE_REQUEST_PROJECT_URL = 'https://gitlab.example.com/acme/models';
    env.CI_PROJECT_URL = 'https://gitlab.example.com/fork/models';
    delete env.CI_API_V4_URL;
    env.CI_SERVER_URL = server.url;
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\nx`);
    expect(result.outcome).toBe('created');
    expect(result.url).toMatch(/^https:\/\/gitlab\.example\.com\/acme\/models\/-\/merge_requests\/7#note_\d+$/);
    expect(server.requests[1].path).toBe('/api/v4/projects/acme%2Fmodels/merge_requests/7/notes');
  });

  it('skips with a warning naming the bad token when GitLab answers 401', async () => {
    env.MODELGATE_GITLAB_TOKEN = 'glpat-revoked';
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\nx`);
    expect(result).toEqual({
      outcome: 'skipped',
      reason: `review note not posted, GitLab answered 401: 401 Unauthorized (the token is invalid, expired or revoked) (GET ${server.url}/api/v4/user); the verdict is in the job log`,
    });
    expect(readable(log.text)).toBe(`warning: ${result.reason}\n`);
    expect(server.requests).toHaveLength(1);
  });

  it('skips with the permission hint when creating answers 403', async () => {
    server.failNext('POST', 403, '403 Forbidden');
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\nx`);
    expect(result.reason).toBe(
      `review note not posted, GitLab answered 403: 403 Forbidden (the token lacks permission (it needs the api scope and at least the Reporter role)) (POST ${server.url}${NOTES}); the verdict is in the job log`,
    );
    expect(calls('POST')).toHaveLength(1);
    expect(server.notes).toHaveLength(0);
  });

  it('skips when the merge request is not visible (404), and when updating answers 404', async () => {
    server.failNext('GET', 404, '404 Not found');
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\nx`)).reason).toMatch(
      /^review note not posted, GitLab answered 404: 404 Not found \(the project or merge request is not visible to the token\)/,
    );
    server.addNotes(1, () => `${MARKER}\nold`, false, TOKEN_USER);
    server.failNext('PUT', 404, '404 Not found');
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\nnew`);
    expect(result.outcome).toBe('skipped');
    expect(server.notes[0].body).toBe(`${MARKER}\nold`);
  });

  it('retries a listing that answers 500, and skips with the error when every try does', async () => {
    server.failNext('GET', 500, 'Internal Server Error');
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\nx`)).outcome).toBe('created');
    for (let i = 0; i < 3; i++) server.failNext('GET', 500, 'Internal Server Error');
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\ny`)).reason).toBe(
      `review note not posted, GitLab answered 500: Internal Server Error (GET ${server.url}/api/v4/user, after 3 tries); the verdict is in the job log`,
    );
  });

  it('does not retry a POST that answered 500, which may have created the note', async () => {
    server.failNext('POST', 500, 'Internal Server Error');
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\nx`)).reason).toMatch(
      /^review note not posted, GitLab answered 500: Internal Server Error \(POST [^,]*\); /,
    );
    expect(calls('POST')).toHaveLength(1);
  });

  it('skips when nothing listens at the API address', async () => {
    await server.close();
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\nx`);
    expect(result.reason).toMatch(/^review note not posted, no answer from GitLab: .*ECONNREFUSED.*; the verdict is in the job log$/);
  });

  it('says that the job token cannot write notes, and sends nothing', async () => {
    delete env.MODELGATE_GITLAB_TOKEN;
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\nx`);
    expect(result.reason).toMatch(
      /^CI_JOB_TOKEN cannot write merge request notes \(GitLab's notes API does not accept job tokens\); set MODELGATE_GITLAB_TOKEN/,
    );
    expect(readable(log.text)).toContain('warning: CI_JOB_TOKEN cannot write merge request notes');
    delete env.CI_JOB_TOKEN;
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\nx`)).reason).toMatch(/^no GitLab token/);
    expect(server.requests).toHaveLength(0);
  });

  it('skips quietly outside a merge request pipeline, and with a warning on broken CI variables', async () => {
    delete env.CI_MERGE_REQUEST_IID;
    expect(await platform().upsertReviewComment(MARKER, `${MARKER}\nx`)).toEqual({
      outcome: 'skipped',
      reason: 'not a merge request pipeline (CI_MERGE_REQUEST_IID is not set)',
    });
    expect(log.text).toBe('');
    env.CI_MERGE_REQUEST_IID = 'seven';
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\nx`)).reason).toBe(
      "CI_MERGE_REQUEST_IID is not a merge request number: 'seven'",
    );
    env.CI_MERGE_REQUEST_IID = '7';
    delete env.CI_PROJECT_ID;
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\nx`)).reason).toBe(
      'neither CI_MERGE_REQUEST_PROJECT_ID nor CI_PROJECT_ID is set',
    );
    env.CI_PROJECT_ID = '1217';
    delete env.CI_API_V4_URL;
    delete env.CI_SERVER_URL;
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\nx`)).reason).toBe('neither CI_API_V4_URL nor CI_SERVER_URL is set');
    expect(readable(log.text).match(/^warning: /gm)).toHaveLength(3);
    expect(server.requests).toHaveLength(0);
  });

  it("reads the body of this gate's note for its history, paging to it and ignoring system notes and other gates", async () => {
    server.addNotes(1, () => `changed the description: ${MARKER}`, true);
    server.addNotes(1, () => '<!-- modelgate:drift -->\ndrift report');
    server.addNotes(150, (i) => (i === 120 ? `${MARKER}\nearlier run` : `note ${i}`), false, TOKEN_USER);
    expect(await platform().findReviewComment!(MARKER)).toBe(`${MARKER}\nearlier run`);
    expect(notesListed().map((r) => r.query.get('page'))).toEqual(['1', '2']);
    expect(await platform().findReviewComment!('<!-- modelgate:train -->')).toBeNull();
    expect(notesListed().map((r) => r.query.get('page'))).toEqual(['1', '2', '1', '2']);
    expect(calls('POST').length + calls('PUT').length).toBe(0);
    expect(log.text).toBe('');
    await expect(platform().findReviewComment!('')).rejects.toThrow('marker must not be empty');
  });

  it('reads no note without a merge request or a token, and says in the log when GitLab refuses', async () => {
    server.addNotes(1, () => `${MARKER}\nearlier run`, false, TOKEN_USER);
    expect(await createGitlabPlatform({ env: { ...env, CI_MERGE_REQUEST_IID: '' }, log }).findReviewComment!(MARKER)).toBeNull();
    expect(await createGitlabPlatform({ env: { ...env, MODELGATE_GITLAB_TOKEN: '' }, log }).findReviewComment!(MARKER)).toBeNull();
    expect(server.requests).toHaveLength(0);
    expect(log.text).toBe('');
    env.MODELGATE_GITLAB_TOKEN = 'glpat-revoked';
    expect(await platform().findReviewComment!(MARKER)).toBeNull();
    expect(readable(log.text)).toBe(
      `previous review note not read, GitLab answered 401: 401 Unauthorized (the token is invalid, expired or revoked) (GET ${server.url}/api/v4/user)\n`,
    );
  });

  it("keeps the previous runs' verdicts and commits in the note, as each publish reads the one it replaces", async () => {
    const first = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
    const second = '0123456789abcdef0123456789abcdef01234567';
    const failing = sampleReport();
    const passing = sampleReport({ checks: failing.checks.filter((check) => check.status === 'pass') });
    const run = (sha: string, job: number, report: typeof failing) =>
      publishReport(
        report,
        createGitlabPlatform({
          env: {
            ...env,
            CI_COMMIT_SHA: sha,
            CI_JOB_URL: `https://gitlab.example.com/acme/models/-/jobs/${job}`,
            CI_PIPELINE_URL: 'https://gitlab.example.com/acme/models/-/pipelines/1',
          },
          log,
        }),
        join(dir, 'out'),
      );
    await run(first, 41, failing);
    await run(second, 42, passing);
    expect(server.notes).toHaveLength(1);
    const body = server.notes[0].body;
    expect(body.startsWith(commentMarker('evaluate'))).toBe(true);
    expect(body).toMatch(/^### ✅ modelgate evaluate: \*\*pass\*\*/m);
    expect(body).toContain('<details><summary>Previous runs (1), newest first</summary>');
    expect(body).toContain(`| [\`${first.slice(0, 7)}\`](<https://gitlab.example.com/acme/models/-/jobs/41>) | ❌ fail | 2 | 1 | 1 | 0 |`);
    expect(readHistory(body).map((r) => [r.sha, r.verdict, r.url])).toEqual([
      [second, 'pass', 'https://gitlab.example.com/acme/models/-/jobs/42'],
      [first, 'fail', 'https://gitlab.example.com/acme/models/-/jobs/41'],
    ]);
  });

  it("refuses a body over GitLab's 1,000,000 characters, an empty marker or a body without it", async () => {
    const fits = `${MARKER}${'a'.repeat(1_000_000 - MARKER.length)}`;
    await expect(platform().upsertReviewComment(MARKER, `${fits}a`)).rejects.toThrow(/1000001 characters, over GitLab's limit of 1000000/);
    await expect(platform().upsertReviewComment('', 'body')).rejects.toThrow('marker must not be empty');
    await expect(platform().upsertReviewComment(MARKER, 'no marker')).rejects.toThrow('must contain its marker');
    expect(server.requests).toHaveLength(0);
    expect((await platform().upsertReviewComment(MARKER, fits)).outcome).toBe('created');
  });
});

describe('gitlab notes under attack and outage (local server speaking the GitLab REST API)', () => {
  const MARKER = '<!-- modelgate:evaluate -->';
  const TOKEN = 'glpat-secret-value-1234';
  const NOTES = '/api/v4/projects/1217/merge_requests/7/notes';
  const FORGED_HISTORY = `${MARKER}\nforged <!-- modelgate:history [{"sha":"abcdef1","verdict":"pass","counts":{"fail":0,"warn":0,"inconclusive":0,"error":0},"url":"https://evil.example/"}] -->`;
  let server: GitlabApiServer;
  let env: NodeJS.ProcessEnv;
  const platform = (http = {}) => createGitlabPlatform({ env, log, http: { ...FAST_RETRIES, ...http } });
  const calls = (method: string) => server.requests.filter((r) => r.method === method);

  beforeEach(async () => {
    server = await startGitlabApiServer({ project: '1217', iid: 7, token: TOKEN, triggerTokens: [] });
    env = {
      CI_API_V4_URL: `${server.url}/api/v4`,
      CI_PROJECT_ID: '1217',
      CI_PROJECT_URL: 'https://gitlab.example.com/acme/models',
      CI_MERGE_REQUEST_IID: '7',
      MODELGATE_GITLAB_TOKEN: TOKEN,
      MODELGATE_DOTENV: join(dir, 'modelgate.env'),
    };
  });
  afterEach(() => server.close());

  it("counts only notes by the token's user: a pasted marker is neither edited nor read as history", async () => {
    server.addNotes(1, () => FORGED_HISTORY, false, REVIEWER);
    expect(await platform().findReviewComment!(MARKER)).toBeNull();
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\nours`)).outcome).toBe('created');
    expect(calls('PUT')).toHaveLength(0);
    expect(server.notes.map((n) => [n.author.username, n.body])).toEqual([
      [REVIEWER.username, FORGED_HISTORY],
      [TOKEN_USER.username, `${MARKER}\nours`],
    ]);
    expect(await platform().findReviewComment!(MARKER)).toBe(`${MARKER}\nours`);
    expect(log.text).toBe('');
  });

  it('ignores forged history when publishing: the comment shows no run it did not record', async () => {
    server.addNotes(1, () => FORGED_HISTORY, false, REVIEWER);
    await publishReport(sampleReport(), platform(), join(dir, 'out'));
    const ours = server.notes.filter((n) => n.author.id === TOKEN_USER.id);
    expect(ours).toHaveLength(1);
    expect(ours[0].body).not.toContain('evil.example');
    expect(readHistory(ours[0].body)).toHaveLength(1);
  });

  it('ends with one note when two runs list at the same time and both create one', async () => {
    server.addNotes(3);
    server.holdListings(2);
    const results = await Promise.all([
      platform().upsertReviewComment(MARKER, `${MARKER}\nrun A`),
      platform().upsertReviewComment(MARKER, `${MARKER}\nrun B`),
    ]);
    expect(calls('POST')).toHaveLength(2);
    const ours = server.notes.filter((n) => n.body.includes(MARKER));
    expect(ours).toHaveLength(1);
    expect(results.map((r) => r.url)).toEqual([
      `https://gitlab.example.com/acme/models/-/merge_requests/7#note_${ours[0].id}`,
      `https://gitlab.example.com/acme/models/-/merge_requests/7#note_${ours[0].id}`,
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['created', 'updated']);
    expect(log.text).toBe('');
  });

  it('counts the note as posted when the check for duplicates after it fails, and says so in the log', async () => {
    server.failNext('GET', 404, '404 Not found', {}, 'POST');
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\nx`);
    expect(result.outcome).toBe('created');
    expect(server.notes).toHaveLength(1);
    expect(readable(log.text)).toMatch(/^duplicate review notes not checked, GitLab answered 404: 404 Not found/);
  });

  it('keeps a note per job when the template is included twice with different job names, and one for the default name', async () => {
    const publish = (job: string) =>
      publishReport(sampleReport(), createGitlabPlatform({ env: { ...env, CI_JOB_NAME: job }, log, http: FAST_RETRIES }), join(dir, job));
    await publish('gate-credit');
    await publish('gate-fraud');
    await publish('gate-credit');
    await publish('modelgate-evaluate');
    expect(server.notes.map((n) => n.body.split('\n')[0])).toEqual([
      commentMarker('evaluate', 'gate-credit'),
      commentMarker('evaluate', 'gate-fraud'),
      '<!-- modelgate:evaluate -->',
    ]);
    expect(calls('PUT')).toHaveLength(1);
    // MODELGATE_NAME names it explicitly.
    await publishReport(
      sampleReport(),
      createGitlabPlatform({ env: { ...env, CI_JOB_NAME: 'gate-credit', MODELGATE_NAME: 'credit' }, log, http: FAST_RETRIES }),
      join(dir, 'x'),
    );
    expect(server.notes.at(-1)!.body.split('\n')[0]).toBe('<!-- modelgate:evaluate:credit -->');
  });

  it('stops an endless listing at the page cap and skips with a warning naming it', async () => {
    server.addNotes(1);
    server.endlessPages = true;
    const result = await platform({ pageCap: 4 }).upsertReviewComment(MARKER, `${MARKER}\nx`);
    expect(result.reason).toMatch(
      /^review note not posted, GitLab listing stopped after 4 pages, the most a listing may take, with the server still naming a next page \(GET .*\/notes\?page=1&/,
    );
    expect(calls('GET').filter((r) => r.path === NOTES)).toHaveLength(4);
    expect(calls('POST')).toHaveLength(0);
    expect(readable(log.text)).toContain('warning: review note not posted');
  });

  it('gives up on an API that never answers within the request timeout, and the verdict is published all the same', async () => {
    server.hangNext('GET', 10);
    const started = Date.now();
    const files = await publishReport(sampleReport(), platform({ timeoutMs: 200, retries: 1 }), join(dir, 'out'));
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(JSON.parse(readFileSync(files.json, 'utf8')).verdict).toBe(sampleReport().verdict);
    expect(readFileSync(join(dir, 'modelgate.env'), 'utf8')).toContain(`MODELGATE_VERDICT=${sampleReport().verdict}`);
    expect(readable(log.text)).toMatch(
      /warning: review note not posted, no answer from GitLab: nothing within the 0\.2 s allowed \(GET http:\/\/127\.0\.0\.1:\d+\/api\/v4\/user, after 2 tries\)/,
    );
    expect(server.notes).toHaveLength(0);
  });

  it('waits as long as Retry-After asks on a 429, and refuses to wait longer than it would', async () => {
    server.failNext('GET', 429, 'Too Many Requests', { 'retry-after': '1' });
    const started = Date.now();
    expect((await platform().upsertReviewComment(MARKER, `${MARKER}\nx`)).outcome).toBe('created');
    // The backoff here is 1 ms; only Retry-After makes it wait a second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    server.failNext('GET', 429, 'Too Many Requests', { 'retry-after': '3600' });
    const result = await platform().upsertReviewComment(MARKER, `${MARKER}\ny`);
    expect(result.reason).toMatch(/GitLab answered 429: Too Many Requests \(GET .*\/api\/v4\/user\)/);
    expect(calls('GET').filter((r) => r.path === '/api/v4/user')).toHaveLength(3);
  });

  it('names the URL without the credentials in it, and never the token', async () => {
    await server.close();
    env.CI_API_V4_URL = `http://oauth2:${TOKEN}@127.0.0.1:9/api/v4`;
    const credentialed = await platform().upsertReviewComment(MARKER, `${MARKER}\nx`);
    expect(credentialed.reason).toMatch(
      /^review note not posted, no answer from GitLab: .* \(GET http:\/\/127\.0\.0\.1:9\/api\/v4\/user, after 3 tries\)/,
    );
    expect(log.text).not.toContain(TOKEN);
    expect(log.text).not.toContain('secret-value');
  });
});

describe('gitlab pipeline trigger (local server speaking the GitLab REST API)', () => {
  let server: GitlabApiServer;
  let env: NodeJS.ProcessEnv;
  const platform = () => createGitlabPlatform({ env, log });
  const trigger = (ref: string, inputs: Record<string, string>) => platform().trigger!({ kind: 'workflow', ref, inputs });

  beforeEach(async () => {
    server = await startGitlabApiServer({ project: '1217', iid: 7, token: 'unused', triggerTokens: ['glptt-trigger', 'job-token'] });
    env = {
      CI_API_V4_URL: `${server.url}/api/v4`,
      CI_PROJECT_ID: '1217',
      MODELGATE_GITLAB_TRIGGER_TOKEN: 'glptt-trigger',
      CI_JOB_TOKEN: 'job-token',
    };
  });
  afterEach(() => server.close());

  it('triggers a pipeline on the ref with variables whose values hold & and =', async () => {
    const result = await trigger('main', { MODELGATE_REASON: 'drift: share=0.4 & psi>0.2', TRAIN: '1' });
    expect(result).toEqual({
      outcome: 'triggered',
      id: server.pipelines[0].id,
      url: `${server.url}/acme/models/-/pipelines/${server.pipelines[0].id}`,
    });
    expect(server.pipelines).toEqual([
      { id: result.id, ref: 'main', variables: { MODELGATE_REASON: 'drift: share=0.4 & psi>0.2', TRAIN: '1' } },
    ]);
    expect(server.requests[0].path).toBe('/api/v4/projects/1217/trigger/pipeline');
    expect((server.requests[0].body as Record<string, string>).token).toBe('glptt-trigger');
  });

  it('falls back to the job token, which the trigger API accepts', async () => {
    delete env.MODELGATE_GITLAB_TRIGGER_TOKEN;
    expect((await trigger('retrain', {})).outcome).toBe('triggered');
    expect((server.requests[0].body as Record<string, string>).token).toBe('job-token');
  });

  it('skips with a warning when GitLab answers 404 for a wrong token, 401 or 403', async () => {
    env.MODELGATE_GITLAB_TRIGGER_TOKEN = 'wrong';
    const wrong = await trigger('main', {});
    expect(wrong.reason).toBe(
      `pipeline not triggered, GitLab answered 404: 404 Not Found (the project is not visible to the token, or the trigger token is wrong) (POST ${server.url}/api/v4/projects/1217/trigger/pipeline)`,
    );
    server.failNext('POST', 401, '401 Unauthorized');
    expect((await trigger('main', {})).reason).toMatch(
      /^pipeline not triggered, GitLab answered 401: 401 Unauthorized \(the token is invalid or expired\) \(POST [^,]*\)$/,
    );
    server.failNext('POST', 403, '403 Forbidden');
    expect((await trigger('main', {})).reason).toMatch(
      /^pipeline not triggered, GitLab answered 403: 403 Forbidden \(the token may not run pipelines on this ref\) \(POST [^,]*\)$/,
    );
    expect(readable(log.text).match(/^warning: pipeline not triggered/gm)).toHaveLength(3);
    expect(server.pipelines).toHaveLength(0);
  });

  it('skips without a request when the project, server or token is missing', async () => {
    delete env.MODELGATE_GITLAB_TRIGGER_TOKEN;
    delete env.CI_JOB_TOKEN;
    expect((await trigger('main', {})).reason).toMatch(/^pipeline not triggered: no token/);
    delete env.CI_PROJECT_ID;
    expect((await trigger('main', {})).reason).toMatch(/^pipeline not triggered: neither MODELGATE_TRIGGER_PROJECT_ID nor CI_PROJECT_ID/);
    expect(server.requests).toHaveLength(0);
  });

  it('waits out a 429 with Retry-After and triggers once; a 500 is not retried, since the pipeline may have started', async () => {
    server.failNext('POST', 429, '429 Too Many Requests', { 'retry-after': '0' });
    expect((await trigger('main', {})).outcome).toBe('triggered');
    expect(server.pipelines).toHaveLength(1);
    server.failNext('POST', 500, '500 Internal Server Error');
    expect((await trigger('main', {})).reason).toMatch(/^pipeline not triggered, GitLab answered 500: 500 Internal Server Error \(POST /);
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'POST', 'POST']);
    expect(server.pipelines).toHaveLength(1);
  });

  it('triggers in another project when the request names one', async () => {
    await server.close();
    server = await startGitlabApiServer({ project: 'acme/retrain', iid: 7, token: 'unused', triggerTokens: ['glptt-trigger'] });
    env.CI_API_V4_URL = `${server.url}/api/v4`;
    const result = await platform().trigger!({ kind: 'workflow', ref: 'main', target: 'acme/retrain', workflow: 'ignored.yml' });
    expect(result.outcome).toBe('triggered');
    expect(server.requests[0].path).toBe('/api/v4/projects/acme%2Fretrain/trigger/pipeline');
  });

  it('skips a repository_dispatch event, which GitLab does not have, saying so and sending nothing', async () => {
    const result = await platform().trigger!({ kind: 'event', eventType: 'drift-detected', payload: { share: 0.4 } });
    expect(result).toEqual({
      outcome: 'skipped',
      reason: 'pipeline not triggered: GitLab has no repository_dispatch event ("drift-detected"); trigger a pipeline on a ref instead',
    });
    expect(readable(log.text)).toBe(`warning: ${result.reason}\n`);
    expect(server.requests).toHaveLength(0);
  });

  it('never names the trigger token or the job token in a result or the log, whatever GitLab answers', async () => {
    const reasons: string[] = [];
    for (const status of [401, 403, 404, 429, 500]) {
      server.failNext('POST', status, `${status} refused`, status === 429 ? { 'retry-after': '600' } : {});
      reasons.push((await trigger('main', { X: '1' })).reason ?? '');
    }
    await server.close();
    reasons.push((await trigger('main', {})).reason ?? '');
    expect(reasons.filter(Boolean)).toHaveLength(6);
    for (const text of [...reasons, log.text]) {
      expect(text).not.toContain('glptt-trigger');
      expect(text).not.toContain('job-token');
    }
  });

  it('refuses an empty ref or a variable name GitLab would not accept', async () => {
    await expect(trigger('', {})).rejects.toThrow('needs a ref');
    await expect(trigger('main', { 'bad name': 'x' })).rejects.toThrow('"bad name" is not a CI variable name');
    expect(server.requests).toHaveLength(0);
  });
});

describe('gitlab run context', () => {
  const context = (env: NodeJS.ProcessEnv) => createGitlabPlatform({ env, log }).runContext!();

  it("names the merge request's source commit in merged results pipelines, else the pipeline's commit", () => {
    expect(context({ CI_COMMIT_SHA: 'merge0000000', CI_MERGE_REQUEST_SOURCE_BRANCH_SHA: 'head00000000' }).sha).toBe('head00000000');
    // GitLab sets the source branch SHA empty outside merged results pipelines.
    expect(context({ CI_COMMIT_SHA: 'commit000000', CI_MERGE_REQUEST_SOURCE_BRANCH_SHA: '' }).sha).toBe('commit000000');
  });

  it('links the job page, else the pipeline page, and names nothing it does not know', () => {
    expect(
      context({ CI_JOB_URL: 'https://gitlab.example.com/a/b/-/jobs/9', CI_PIPELINE_URL: 'https://gitlab.example.com/a/b/-/pipelines/3' })
        .url,
    ).toBe('https://gitlab.example.com/a/b/-/jobs/9');
    expect(context({ CI_PIPELINE_URL: 'https://gitlab.example.com/a/b/-/pipelines/3' }).url).toBe(
      'https://gitlab.example.com/a/b/-/pipelines/3',
    );
    expect(context({})).toEqual({});
  });
});

describe('detectPlatform on GitLab', () => {
  it('picks GitLab when GITLAB_CI is "true" and passes the variables it was given', async () => {
    const gitlab = await detectPlatform({ gitlab: { log } }, { GITLAB_CI: 'true', MODELGATE_CONFIG: 'x.yml' });
    expect(gitlab.name).toBe('gitlab');
    expect(gitlab.input('config')).toBe('x.yml');
    expect((await detectPlatform({}, { GITLAB_CI: 'false' })).name).toBe('local');
    expect((await detectPlatform({}, { GITHUB_ACTIONS: 'true', GITLAB_CI: 'true' })).name).toBe('github');
  });

  it('loads no GitLab client library: the adapter speaks the REST API through the shared HTTP client', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: { entry: 'shared/platform/index.ts' },
      outdir: 'out',
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      splitting: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const external = Object.values(result.metafile.outputs).flatMap((output) =>
      output.imports.filter((edge) => edge.external).map((edge) => edge.path),
    );
    expect(external.filter((name) => name.startsWith('@gitbeaker/'))).toEqual([]);
    expect(Object.keys(result.metafile.inputs)).toContain('shared/net/http.ts');
  });
});
