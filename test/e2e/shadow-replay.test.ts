/**
 * shadow-compare in replay mode, end to end through the CLI bundle: recorded requests sent over OIP v2 to two
 * reference model servers (examples/model-server/server.mjs) on 127.0.0.1 serving different model versions, whose
 * scores are known in closed form, so the report's flips and score deltas are checked against the formula.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidReport } from '../../shared/report/validate.js';
import { readJson, runCli, tempDir, writeFiles } from '../helpers/bundle.js';
import { expectedScore, featureRows, MODEL, numeric, startServer } from '../model/server.js';

const ROWS = 1600;
const REGIONS = ['eu', 'us', 'apac'];

function requestsCsv(n: number, edit: (line: string, i: number) => string = (line) => line): string {
  const lines = featureRows(n).map((r, i) => edit(`req-${i},${r.income},${r.debt},${r.age},${REGIONS[i % 3]}`, i));
  return `id,income,debt,age,region\n${lines.join('\n')}\n`;
}

function config(extra = ''): string {
  return `version: 1
shadow_compare:
  replay: requests.csv
  id: id
  segments: [region]
  batch_size: 16
  concurrency: 4
  retries: 0
${extra}  gates:
    - id: flips
      metric: flip_rate
      max: 0.02
    - metric: score_delta
      max: 1
`;
}

function workspace(extra = '', requests = requestsCsv(ROWS)): string {
  const dir = tempDir('modelgate-replay-');
  writeFiles(dir, { '.modelgate.yml': config(extra), 'requests.csv': requests });
  return dir;
}

const spec = (url: string, version: number) => `oip+${url}/credit@${version}`;
const report = (dir: string) => readJson(path.join(dir, 'modelgate-report', 'report.json'));

// CLI runs of 1600 requests a side: a loaded runner needs longer than the default 30 s.
describe('modelgate shadow-compare --replay (CLI bundle, reference servers on 127.0.0.1)', { timeout: 120_000 }, async () => {
  const [v1, v2] = await Promise.all([startServer(['--model-version', '1']), startServer(['--model-version', '2'])]);

  it('finds the flips and the score shift of model version 2 against version 1, as the formula gives them', async () => {
    const dir = workspace();
    const run = await runCli(['shadow-compare', `--production-model=${spec(v1.url, 1)}`, `--shadow-model=${spec(v2.url, 2)}`], dir);
    expect(run.code, run.stderr).toBe(1);
    const r = report(dir);
    assertValidReport(r);
    const rows = featureRows(ROWS).map(numeric);
    const flips = rows.filter((row) => expectedScore(row, 1) >= 0.5 !== expectedScore(row, 2) >= 0.5).length;
    const meanDelta = rows.reduce((sum, row) => sum + expectedScore(row, 2) - expectedScore(row, 1), 0) / ROWS;
    expect(flips).toBeGreaterThan(50);
    const section = r.sections.shadow_compare;
    expect(section.comparison.classification).toMatchObject({ n: ROWS, flips });
    expect(section.comparison.scores.meanDelta).toBeCloseTo(meanDelta, 12);
    expect(r.checks.find((c: any) => c.id === 'flips: flip_rate')).toMatchObject({ status: 'fail', value: flips / ROWS, n: ROWS });
    expect(section.join).toMatchObject({ pairs: ROWS, joinRate: 1 });
    expect(section.replay).toMatchObject({ rows: ROWS, batch_size: 16, concurrency: 4, budget_reached: false });
    for (const [side, url] of [
      ['production', v1.url],
      ['shadow', v2.url],
    ] as const) {
      expect(section.replay.endpoints[side]).toMatchObject({
        kind: 'oip',
        endpoint: `${url}/v2/models/credit/versions/${side === 'production' ? 1 : 2}/infer`,
        features: ['income', 'debt', 'age'],
        requests: ROWS / 16,
        failed_requests: 0,
        rows: ROWS,
        error_rate: 0,
        first_error: null,
      });
      expect(r.checks.find((c: any) => c.id === `endpoint_error_rate[${side}]`)).toMatchObject({ status: 'pass', value: 0 });
    }
    // Latency per row is its request's time spread over its rows: every pair has one on both sides.
    expect(section.comparison.latency.n).toBe(ROWS);
    const summary = readFileSync(path.join(dir, 'modelgate-report', 'summary.md'), 'utf8');
    expect(summary).toContain(`Replay: ${ROWS} requests to both models, 0 failed`);
  });

  it('compares an OIP server with a command model (one request at a time), which needs the features named', async () => {
    const model = `import { createInterface } from 'node:readline';
const [w, b] = [${JSON.stringify(MODEL.weights)}, ${MODEL.bias} + 0.5];
for await (const line of createInterface({ input: process.stdin })) {
  const r = JSON.parse(line);
  process.stdout.write(JSON.stringify(1 / (1 + Math.exp(-(b + w[0] * r.income + w[1] * r.debt + w[2] * r.age)))) + '\\n');
}
`;
    const dir = workspace();
    writeFiles(dir, { 'model.mjs': model });
    const command = `command:${process.execPath} model.mjs`;
    const refused = await runCli(['shadow-compare', `--production-model=${spec(v1.url, 1)}`, `--shadow-model=${command}`], dir);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('the shadow model is a command: name the columns to send it in `shadow_compare.features`');
    writeFiles(dir, { '.modelgate.yml': config('  features: [income, debt, age]\n') });
    const run = await runCli(['shadow-compare', `--production-model=${spec(v1.url, 1)}`, `--shadow-model=${command}`], dir);
    expect(run.code, run.stdout).toBe(1);
    const rows = featureRows(ROWS).map(numeric);
    const flips = rows.filter((row) => expectedScore(row, 1) >= 0.5 !== expectedScore(row, 2) >= 0.5).length;
    const section = report(dir).sections.shadow_compare;
    expect(section.comparison.classification).toMatchObject({ n: ROWS, flips });
    expect(section.replay.endpoints.shadow).toMatchObject({ kind: 'command', requests: ROWS / 16, failed_requests: 0 });
  });

  it("streams a command model's stderr to the log during the replay, named by its side, as evaluate does", async () => {
    const model = `import { createInterface } from 'node:readline';
let n = 0;
for await (const line of createInterface({ input: process.stdin })) {
  JSON.parse(line);
  if (n++ === 3) process.stderr.write('replay-diagnostic: row 4 seen\\n');
  process.stdout.write('0.25\\n');
}
`;
    const dir = workspace('  features: [income, debt, age]\n', requestsCsv(48));
    writeFiles(dir, { 'model.mjs': model });
    const command = `command:${process.execPath} model.mjs`;
    const run = await runCli(['shadow-compare', `--production-model=${command}`, `--shadow-model=${spec(v1.url, 1)}`], dir);
    expect(run.code, run.stdout + run.stderr).not.toBe(2);
    expect(run.stderr).toContain('production model: replay-diagnostic: row 4 seen');
    expect(report(dir).sections.shadow_compare.replay.endpoints.production).toMatchObject({ kind: 'command', failed_requests: 0 });
  });

  it('stops at the request budget and says so', async () => {
    const dir = workspace('  max_requests: 10\n');
    const run = await runCli(['shadow-compare', `--production-model=${spec(v1.url, 1)}`, `--shadow-model=${spec(v1.url, 1)}`], dir);
    expect(run.code, run.stderr).not.toBe(2);
    const r = report(dir);
    expect(r.sections.shadow_compare.replay).toMatchObject({ rows: 160, max_requests: 10, budget_reached: true });
    expect(r.sections.shadow_compare.replay.endpoints.production.requests).toBe(10);
    expect(r.notes.join(' ')).toContain('The request budget (max_requests 10) ended the replay after 160 requests');
  });

  it('a server killed mid-replay is an error (exit 2) naming the endpoint, never a pass', async () => {
    const dying = await startServer(['--model-version', '2', '--exit-after', '20']);
    const dir = workspace();
    const run = await runCli(['shadow-compare', `--production-model=${spec(v1.url, 1)}`, `--shadow-model=${spec(dying.url, 2)}`], dir);
    expect(run.code, run.stdout).toBe(2);
    expect(run.stdout).toContain(`${dying.url}/v2/models/credit/versions/2/infer failed 10 requests in a row`);
    const r = report(dir);
    assertValidReport(r);
    expect(r.verdict).toBe('error');
    expect(r.error.kind).toBe('SourceError');
    // The counts up to the stop reach the report, not only the message: the server answered 20 requests, then none.
    const replay = r.sections.shadow_compare.replay;
    expect(r.sections.shadow_compare).toEqual({ replay });
    expect(replay).toMatchObject({ files: ['requests.csv'], batch_size: 16, concurrency: 4, budget_reached: false });
    expect(replay.rows).toBeLessThan(ROWS);
    const shadow = replay.endpoints.shadow;
    expect(shadow).toMatchObject({
      kind: 'oip',
      endpoint: `${dying.url}/v2/models/credit/versions/2/infer`,
      failed_rows: 16 * shadow.failed_requests,
    });
    expect(shadow.requests - shadow.failed_requests).toBe(20);
    expect(shadow.failed_requests).toBeGreaterThanOrEqual(10);
    expect(shadow.first_error).toMatch(/^POST .*\/v2\/models\/credit\/versions\/2\/infer \(rows \d+-\d+\)/);
    expect(replay.endpoints.production).toMatchObject({ kind: 'oip', endpoint: `${v1.url}/v2/models/credit/versions/1/infer` });
    expect(replay.endpoints.production.requests).toBeGreaterThanOrEqual(20);
    // The message counts when the tenth failure in a row stopped the replay; the report also has the requests that
    // were in flight then, which ended after it.
    const [, failed, sent] = /\((\d+) of (\d+) so far\)/.exec(r.error.message)!.map(Number);
    expect(shadow.failed_requests).toBeGreaterThanOrEqual(failed);
    expect(shadow.requests).toBeGreaterThanOrEqual(sent);
    const summary = readFileSync(path.join(dir, 'modelgate-report', 'summary.md'), 'utf8');
    expect(summary).toContain(`Replay: ${replay.rows} requests to both models, ${shadow.failed_requests} failed`);
    expect(summary).toContain(`${dying.url}/v2/models/credit/versions/2/infer`);
  });

  it('an endpoint answering 500 to a share of requests past max_error_rate fails the gate, and its errors are counted', async () => {
    const flaky = await startServer(['--model-version', '1', '--fail-rate', '0.25', '--seed', '7']);
    const dir = workspace('  max_error_rate: 0.05\n');
    const run = await runCli(['shadow-compare', `--production-model=${spec(v1.url, 1)}`, `--shadow-model=${spec(flaky.url, 1)}`], dir);
    expect(run.code, run.stderr).toBe(1);
    const r = report(dir);
    assertValidReport(r);
    const shadow = r.sections.shadow_compare.replay.endpoints.shadow;
    expect(shadow.failed_requests).toBeGreaterThan(5);
    expect(shadow.failed_rows).toBe(16 * shadow.failed_requests);
    expect(shadow.first_error).toContain('answered 500');
    const check = r.checks.find((c: any) => c.id === 'endpoint_error_rate[shadow]');
    expect(check).toMatchObject({ status: 'fail', value: shadow.failed_rows / ROWS, n: ROWS });
    expect(check.reason).toContain('shadow_compare.max_error_rate');
    expect(r.checks.find((c: any) => c.id === 'endpoint_error_rate[production]')).toMatchObject({ status: 'pass' });
    // The failed requests are errors of the shadow side in the comparison too; the agreement is over answered pairs.
    expect(r.sections.shadow_compare.comparison.errors).toMatchObject({ production: 0, shadow: shadow.failed_rows / ROWS });
    expect(r.sections.shadow_compare.comparison.classification).toMatchObject({ n: ROWS - shadow.failed_rows, flips: 0 });
  });

  it('an endpoint that answers too late times out on every request: an error naming it, not a pass', async () => {
    const slow = await startServer(['--model-version', '2', '--delay-ms', '3000']);
    const dir = workspace('  timeout_ms: 1000\n', requestsCsv(400));
    const run = await runCli(['shadow-compare', `--production-model=${spec(v1.url, 1)}`, `--shadow-model=${spec(slow.url, 2)}`], dir);
    expect(run.code, run.stdout).toBe(2);
    expect(run.stdout).toContain(`${slow.url}/v2/models/credit/versions/2/infer failed 10 requests in a row`);
    expect(run.stdout).toMatch(/first failure: POST .*\(rows \d+-\d+\): no answer/);
    expect(report(dir).verdict).toBe('error');
  });

  it('a bad value in a redacted feature is an error naming file, line and column, never the value', async () => {
    const dir = workspace(
      '  redact: [income]\n',
      requestsCsv(40, (line, i) => (i === 7 ? line.replace(/^(req-7),[^,]*/, '$1,SECRET-4711') : line)),
    );
    const run = await runCli(['shadow-compare', `--production-model=${spec(v1.url, 1)}`, `--shadow-model=${spec(v2.url, 2)}`], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('requests.csv:9: error: modelgate shadow-compare: DataError: feature "income" has a value (redacted)');
    expect(run.stderr + run.stdout).not.toContain('SECRET-4711');
    expect(readFileSync(path.join(dir, 'modelgate-report', 'report.json'), 'utf8')).not.toContain('SECRET-4711');
  });

  it('refuses replay mode without both models, and with logs besides', async () => {
    const dir = workspace();
    const one = await runCli(['shadow-compare', `--production-model=${spec(v1.url, 1)}`], dir);
    expect(one.code).toBe(2);
    expect(one.stdout).toContain('replay mode needs `shadow_compare.shadow_model`');
    const both = await runCli(
      ['shadow-compare', '--production=requests.csv', `--production-model=${spec(v1.url, 1)}`, `--shadow-model=${spec(v2.url, 2)}`],
      dir,
    );
    expect(both.code).toBe(2);
    expect(both.stdout).toContain('`shadow_compare.production` is a log to compare');
  });
});
