/**
 * The shadow-compare gate end to end: the committed CLI bundle and the action bundle (run as a GitHub runner runs
 * it, against a local server speaking the GitHub REST API) on the fixture logs of test/fixtures/shadow, whose
 * statistics test/shadow-compare checks against SciPy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertValidReport } from '../../shared/report/validate.js';
import { startGithubApiServer, type GithubApiServer } from '../platform/github-api-server.js';
import { readJson, repoRoot, runBundle, runCli, tempDir, writeFiles } from '../helpers/bundle.js';
import { runAction, type PullRequestContext } from '../helpers/github-runner.js';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'shadow');
const production = readFileSync(path.join(fixtures, 'production.csv'), 'utf8');
const shadow = readFileSync(path.join(fixtures, 'shadow.csv'), 'utf8');

const CONFIG = `version: 1
shadow_compare:
  production: logs/production.csv
  shadow: logs/shadow.csv
  id: id
  score: score
  prediction: prediction
  label: label
  latency: latency_ms
  error: error
  segments: [region]
  min_join_rate: 0.9
  gates:
    - id: flips
      metric: flip_rate
      max: 0.05
    - metric: agreement
      min: 0.9
      on: lower_bound
    - id: flips-by-region
      metric: flip_rate
      over: [region]
      max: 0.1
    - metric: psi
      max: 0.1
    - metric: latency_p95_delta
      max: 5
    - metric: mcnemar
      min: 0.01
`;

/** A workspace with the fixture logs under logs/ and the config (edited by `edit`) at .modelgate.yml. */
function workspace(edit: (config: string) => string = (c) => c, files: Record<string, string> = {}): string {
  const dir = tempDir('modelgate-shadow-');
  writeFiles(dir, { '.modelgate.yml': edit(CONFIG), 'logs/production.csv': production, 'logs/shadow.csv': shadow, ...files });
  return dir;
}

const report = (dir: string, out = 'modelgate-report') => readJson(path.join(dir, out, 'report.json'));
const text = (dir: string, file: string) => readFileSync(path.join(dir, 'modelgate-report', file), 'utf8');

describe.concurrent('modelgate shadow-compare (CLI bundle)', () => {
  it('fails on the fixture logs for the flips in one region, the p95 latency and McNemar, and says why', async () => {
    const dir = workspace();
    const run = await runCli(['shadow-compare'], dir);
    expect(run.code, run.stderr).toBe(1);
    const r = report(dir);
    expect(r.gate).toBe('shadow-compare');
    expect(r.checks.filter((c: any) => c.status === 'fail').map((c: any) => c.id)).toEqual([
      'flips-by-region: flip_rate[region=apac]',
      'latency_p95_delta',
      'mcnemar',
    ]);
    // The same numbers as test/shadow-compare/checks.test.ts, which checks them against SciPy.
    expect(r.checks.find((c: any) => c.id === 'flips: flip_rate')).toMatchObject({ status: 'pass', n: 2920 });
    expect(r.checks.find((c: any) => c.id === 'mcnemar').evidence).toMatchObject({ test: 'McNemar (exact)', statistic: 45 });
    const section = r.sections.shadow_compare;
    expect(section.join).toMatchObject({ pairs: 2920, unmatchedProduction: 40, unmatchedShadow: 40 });
    expect(section.comparison.worstSegment).toMatchObject({ attribute: 'region', value: 'apac' });
    expect(section.top_disagreements).toHaveLength(20);
    const summary = text(dir, 'summary.md');
    for (const heading of [
      'Join: 2920 paired requests',
      'Agreement 95.51%, 131 flips',
      'Flips by segment: worst region=apac',
      'Top 20 disagreements',
    ])
      expect(summary).toContain(heading);
    expect(text(dir, 'report.html')).toContain('Flips by segment: worst region=apac');
    expect(text(dir, 'junit.xml')).toContain('flips-by-region: flip_rate[region=apac]');
    // The section is typed in schema/report.schema.json: the report passes it, a broken section does not.
    assertValidReport(r);
    expect(() => assertValidReport({ ...r, sections: { shadow_compare: { ...section, join: { ...section.join, joinRate: 2 } } } })).toThrow(
      /joinRate/,
    );
    const { top_disagreements: _top, ...withoutTop } = section;
    expect(() => assertValidReport({ ...r, sections: { shadow_compare: withoutTop } })).toThrow(/top_disagreements/);
  });

  it('joins delayed labels from their own file by request id, for McNemar', async () => {
    const labels = production
      .trim()
      .split('\n')
      .map((line) => line.split(','))
      .map((f) => `${f[0]},${f[3]}`)
      .join('\n');
    const withoutLabels = production.replace(/^([^,]*,[^,]*,[^,]*),[^,]*,/gm, '$1,,');
    const dir = workspace((c) => c.replace('  shadow: logs/shadow.csv\n', '  shadow: logs/shadow.csv\n  labels: logs/labels.csv\n'), {
      'logs/production.csv': withoutLabels,
      'logs/labels.csv': `${labels}\n`,
    });
    const run = await runCli(['shadow-compare'], dir);
    expect(run.code, run.stderr).toBe(1);
    const r = report(dir);
    expect(r.checks.find((c: any) => c.id === 'mcnemar').evidence).toMatchObject({ test: 'McNemar (exact)', statistic: 45 });
    expect(r.sections.shadow_compare.join).toMatchObject({ labels: 2962, labelledPairs: 2920 });
  });

  it('compares regression outputs against numeric labels: MAE and RMSE per side, the error deltas held to their rules', async () => {
    const dir = tempDir('modelgate-shadow-regression-');
    const read = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');
    writeFiles(dir, {
      '.modelgate.yml': `version: 1
data:
  task: regression
shadow_compare:
  production: logs/production.csv
  shadow: logs/shadow.csv
  id: id
  score: score
  label: price
  gates:
    - metric: abs_error_delta
      max: 0
      on: upper_bound
    - metric: squared_error_delta
      max: -1000
`,
      'logs/production.csv': read('regression-production.csv'),
      'logs/shadow.csv': read('regression-shadow.csv'),
    });
    const run = await runCli(['shadow-compare'], dir);
    expect(run.code, run.stderr).toBe(1);
    const r = report(dir);
    assertValidReport(r);
    const expected = JSON.parse(read('expected.json')).regression;
    expect(r.sections.shadow_compare.comparison.regression.n).toBe(expected.n);
    expect(r.sections.shadow_compare.comparison.regression.shadow.mae).toBeCloseTo(expected.mae.shadow, 9);
    const status = (id: string) => r.checks.find((c: any) => c.id === id).status;
    expect([status('abs_error_delta'), status('squared_error_delta')]).toEqual(['pass', 'fail']);
    expect(text(dir, 'summary.md')).toContain('Mean absolute error');
  });

  it('gives the same report, byte for byte, with the paired tests (latency bootstrap, signed-rank) on a second thread (MODELGATE_METRICS_WORKER=1) as on one', async () => {
    const dir = workspace((c) => c.replace('gates:\n', 'gates:\n    - metric: wilcoxon\n      min: 0\n'));
    const run = (worker: string) => runCli(['shadow-compare', '--out', `out-${worker}`], dir, { MODELGATE_METRICS_WORKER: worker });
    const [two, one] = await Promise.all([run('1'), run('0')]);
    expect(two.code, two.stderr).toBe(1);
    expect(one.code, one.stderr).toBe(1);
    const written = (worker: string) => readFileSync(path.join(dir, `out-${worker}`, 'report.json'), 'utf8');
    expect(written('1')).toBe(written('0'));
    const report = JSON.parse(written('1'));
    const { latency } = report.sections.shadow_compare.comparison;
    expect(latency.deltaIntervals.p95).toHaveLength(2);
    expect(latency.n).toBeGreaterThan(0);
    const signedRank = report.checks.find((check: { metric: string }) => check.metric === 'wilcoxon');
    expect(signedRank.evidence.test).toMatch(/^Wilcoxon signed-rank/);
    expect(signedRank.n).toBeGreaterThan(0);
  });

  it('errors (exit 2), never passes, when too few requests are in both logs', async () => {
    const half = shadow.split('\n').slice(0, 1200).join('\n');
    const dir = workspace((c) => c.replace(/gates:[\s\S]*/, 'gates:\n    - metric: flip_rate\n      max: 1\n'), {
      'logs/shadow.csv': `${half}\n`,
    });
    const run = await runCli(['shadow-compare'], dir);
    expect(run.code).toBe(2);
    const r = report(dir);
    expect(r.verdict).toBe('error');
    expect(r.error.message).toMatch(/% of the requests are in both logs, below shadow_compare\.min_join_rate 0\.9/);
    expect(r.error).toMatchObject({ file: '.modelgate.yml', line: 12, column: 18 });
  });

  it('errors on an empty shadow log, and on logs that share no request id', async () => {
    const empty = workspace((c) => c, { 'logs/shadow.csv': 'id,score,prediction,latency_ms,error\n' });
    expect((await runCli(['shadow-compare'], empty)).code).toBe(2);
    expect(report(empty).verdict).toBe('error');
    const other = workspace((c) => c.replace('min_join_rate: 0.9', 'min_join_rate: 0'), {
      'logs/shadow.csv': shadow.replace(/^req-/gm, 'other-'),
    });
    expect((await runCli(['shadow-compare'], other)).code).toBe(2);
    expect(report(other).error.message).toMatch(/^no request id is in both logs/);
  });

  it('keeps redacted ids and scores out of every report file, and a bad redacted value out of the error', async () => {
    const dir = workspace((c) => c.replace('  min_join_rate: 0.9\n', '  min_join_rate: 0.9\n  redact: [id, score]\n'));
    await runCli(['shadow-compare'], dir);
    const scores = [...shadow.matchAll(/^[^,]*,(0\.\d{6,})/gm)].map((m) => m[1]).slice(0, 200);
    for (const file of ['report.json', 'summary.md', 'report.html', 'junit.xml']) {
      const written = text(dir, file);
      expect(written, file).not.toMatch(/req-\d/);
      expect(
        scores.filter((score) => written.includes(score)),
        file,
      ).toEqual([]);
    }
    expect(report(dir).sections.shadow_compare.redacted).toEqual(['id', 'score']);
    const bad = workspace((c) => c.replace('  min_join_rate: 0.9\n', '  min_join_rate: 0.9\n  redact: [score]\n'), {
      'logs/shadow.csv': shadow.replace(/^(req-\d+),[^,]*,/m, '$1,secret-4111,'),
    });
    expect((await runCli(['shadow-compare'], bad)).code).toBe(2);
    const error = report(bad).error;
    expect(error.message).toBe('the value (redacted) in column "score" is not a finite decimal number');
    expect(JSON.stringify(report(bad))).not.toContain('secret-4111');
  });

  it('escapes a hostile segment value in Markdown and HTML', async () => {
    const hostile = '<img src=x onerror=alert(1)>|**x**';
    const dir = workspace((c) => c, { 'logs/production.csv': production.replace(/,apac,/g, `,"${hostile}",`) });
    await runCli(['shadow-compare'], dir);
    expect(text(dir, 'report.html')).not.toContain('<img');
    expect(text(dir, 'summary.md')).not.toContain('<img src');
    expect(report(dir).sections.shadow_compare.comparison.worstSegment.value).toBe(hostile);
  });

  it('pairs KServe CloudEvents logs (request and response by event id) on both sides', async () => {
    const events = (model: string, flip: (i: number) => boolean) =>
      Array.from({ length: 2000 }, (_, i) => {
        const common = {
          specversion: '1.0',
          id: `e${i}`,
          source: `http://${model}/`,
          datacontenttype: 'application/json',
          inferenceservicename: model,
        };
        const at = (ms: number) => new Date(Date.UTC(2026, 11, 1, 10, 0, 0, 0) + i * 1000 + ms).toISOString();
        const prediction = (i % 3 === 0) !== flip(i) ? 1 : 0;
        return [
          {
            ...common,
            type: 'org.kubeflow.serving.inference.request',
            time: at(0),
            metadata: { 'x-request-id': [`r-${i}`] },
            data: { instances: [[i]] },
          },
          { ...common, type: 'org.kubeflow.serving.inference.response', time: at(20 + (i % 7)), data: { predictions: [prediction] } },
        ]
          .map((e) => JSON.stringify(e))
          .join('\n');
      }).join('\n');
    const dir = workspace(
      () =>
        'version: 1\nshadow_compare:\n  production: logs/production.jsonl\n  shadow: logs/shadow.jsonl\n  id: id\n  prediction: prediction\n  gates:\n    - metric: flip_rate\n      max: 0.02\n',
      { 'logs/production.jsonl': `${events('prod', () => false)}\n`, 'logs/shadow.jsonl': `${events('shadow', (i) => i % 100 === 0)}\n` },
    );
    const run = await runCli(['shadow-compare'], dir);
    expect(run.code, run.stderr).toBe(0);
    const r = report(dir);
    expect(r.checks[0]).toMatchObject({ status: 'pass', value: 0.01, n: 2000 });
    expect(r.sections.shadow_compare.data.production.cloud_events).toMatchObject({ requests: 2000, responses: 2000 });
  });

  it("refuses a log of another model's schema and a score that is not a number, naming file, line and column", async () => {
    const other = workspace((c) => c, { 'logs/shadow.csv': shadow.replace(/^id,score,/, 'id,probability,') });
    expect((await runCli(['shadow-compare'], other)).code).toBe(2);
    expect(report(other).error).toMatchObject({
      kind: 'DataError',
      file: 'logs/shadow.csv',
      message: expect.stringMatching(/no column "score"/),
    });
    const lines = shadow.split('\n');
    lines[5] = lines[5].replace(/^([^,]*),[^,]*,/, '$1,NaN,');
    const nan = workspace((c) => c, { 'logs/shadow.csv': lines.join('\n') });
    expect((await runCli(['shadow-compare'], nan)).code).toBe(2);
    expect(report(nan).error).toMatchObject({ kind: 'DataError', file: 'logs/shadow.csv', line: 6, column: 'score' });
  });

  it('takes prototype keys as plain class and segment names, and counts a shadow answer of a third class as a flip', async () => {
    const hostileProduction = production.replace(/,apac,/g, ',__proto__,').replace(/,eu,/g, ',constructor,');
    const threeClasses = shadow
      .split('\n')
      .map((line, i) => (i > 0 && i % 10 === 0 ? line.replace(/^([^,]*,[^,]*),[^,]*,/, '$1,toString,') : line))
      .join('\n');
    const dir = workspace((c) => c, { 'logs/production.csv': hostileProduction, 'logs/shadow.csv': threeClasses });
    await runCli(['shadow-compare'], dir);
    const r = report(dir);
    const { classification, segments } = r.sections.shadow_compare.comparison;
    expect(classification.classes).toContain('toString');
    expect(classification.flips).toBeGreaterThan(131 + 250);
    expect(segments.map((s: any) => s.value)).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
    expect(({} as any).polluted).toBeUndefined();
    expect(r.checks.find((c: any) => c.id === 'flips-by-region: flip_rate[region=__proto__]')).toBeDefined();
  });

  it('says which log is missing', async () => {
    const dir = workspace((c) => c.replace('  shadow: logs/shadow.csv\n', ''));
    expect((await runCli(['shadow-compare'], dir)).code).toBe(2);
    expect(report(dir).error).toMatchObject({
      kind: 'ConfigError',
      message: expect.stringMatching(/^no shadow log to compare .*--shadow/),
    });
  });
});

describe('shadow-compare action bundle', () => {
  const servers: GithubApiServer[] = [];
  afterAll(() => Promise.all(servers.map((server) => server.close())));
  const pr: PullRequestContext = { owner: 'acme', repo: 'fraud-model', number: 7, token: 'ghs_shadowtoken' };

  it('fails the step, sets the outputs, writes the summary and keeps one sticky comment per gate', async () => {
    const server = await startGithubApiServer(pr);
    servers.push(server);
    const dir = workspace((c) => c.replace('  production: logs/production.csv\n', ''));
    writeFileSync(path.join(dir, 'logs', 'copy.csv'), production);
    const run = () =>
      runAction('shadow-compare', {
        workspace: dir,
        with: { production: 'logs/copy.csv' },
        pr,
        apiUrl: server.url,
        runnerTemp: tempDir('modelgate-runner-'),
      });
    const first = await run();
    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(first.outputs).toMatchObject({ verdict: 'fail', 'failed-checks': '3' });
    expect(first.summary).toMatch(/^### ❌ modelgate shadow-compare: \*\*fail\*\*/);
    expect(first.summary).toContain('Flips by segment: worst region=apac');
    await run();
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0].body).toContain('<!-- modelgate:shadow-compare -->');
  });
});

describe('the shadow-compare example (examples/shadow)', () => {
  it("generates the same logs on every run, and its gate fails on APAC's flips as its config says", async () => {
    const dir = tempDir('modelgate-shadow-example-');
    const generator = path.join(dir, 'examples', 'shadow', 'generate.mjs');
    writeFiles(dir, {
      'examples/shadow/generate.mjs': readFileSync(path.join(repoRoot, 'examples', 'shadow', 'generate.mjs')),
      'examples/shadow/.modelgate.yml': readFileSync(path.join(repoRoot, 'examples', 'shadow', '.modelgate.yml')),
      'examples/lending/random.mjs': readFileSync(path.join(repoRoot, 'examples', 'lending', 'random.mjs')),
    });
    await runBundle(generator, [], { cwd: dir });
    const first = readFileSync(path.join(dir, 'examples', 'shadow', 'logs', 'shadow.csv'), 'utf8');
    await runBundle(generator, [], { cwd: dir });
    expect(readFileSync(path.join(dir, 'examples', 'shadow', 'logs', 'shadow.csv'), 'utf8')).toBe(first);
    const run = await runCli(['shadow-compare', '--config', 'examples/shadow/.modelgate.yml'], dir);
    expect(run.code, run.stderr).toBe(1);
    const r = report(dir);
    expect(r.checks.filter((c: any) => c.status !== 'pass').map((c: any) => [c.id, c.status])).toEqual([
      ['flips-by-segment: flip_rate[region=apac]', 'fail'],
      ['tail-latency: latency_p99_delta', 'warn'],
    ]);
    expect(r.sections.shadow_compare.join).toMatchObject({ production: 20000, shadow: 19940, pairs: 19940 });
  });
});
