/**
 * shadow-compare replay mode through every model adapter, end to end through the CLI bundle against real servers on
 * 127.0.0.1: production over OIP v2 (the reference server, examples/model-server/server.mjs) against a shadow
 * model over TF Serving REST, KServe V1, a JSON API of its own (json+http, with its request template and an auth
 * header from the environment) and a TF.js directory loaded in process. The scores are known in closed form (the
 * served formula) or from the TF.js model itself, so the report's flips and score deltas are checked exactly:
 * the same model on both sides gives no flip and no delta, another version the flips the formula gives.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openModel } from '../../shared/model/spec.js';
import { assertValidReport } from '../../shared/report/validate.js';
import { readJson, runCli, tempDir, writeFiles } from '../helpers/bundle.js';
import { expectedScore, featureRows, numeric, serve, startServer } from '../model/server.js';

// Enough pairs for the flip-rate check's power guard to tell a rate of 0.01 from none (1522).
const ROWS = 1600;
const REGIONS = ['north', 'south', 'atlantis'];
const TFJS_FIXTURE = fileURLToPath(new URL('../fixtures/model/tfjs-logreg', import.meta.url));
const rows = featureRows(ROWS);
const numericRows = rows.map(numeric);

function requestsCsv(): string {
  const lines = rows.map((r, i) => `req-${i},${r.income},${r.debt},${r.age},${REGIONS[i % 3]}`);
  return `id,income,debt,age,region\n${lines.join('\n')}\n`;
}

function workspace(models: string): string {
  const dir = tempDir('modelgate-replay-adapters-');
  writeFiles(dir, {
    '.modelgate.yml': `version: 1
shadow_compare:
  replay: requests.csv
  id: id
  segments: [region]
  batch_size: 16
  concurrency: 4
  retries: 0
${models}  gates:
    - id: flips
      metric: flip_rate
      max: 0
`,
    'requests.csv': requestsCsv(),
  });
  return dir;
}

const report = (dir: string) => readJson(path.join(dir, 'modelgate-report', 'report.json'));
const oip = (url: string, version: number) => `oip+${url}/credit@${version}`;

/** Flips and mean score delta (shadow minus production) the scores give. */
function expectedComparison(production: ArrayLike<number>, shadow: ArrayLike<number>): { flips: number; meanDelta: number } {
  let flips = 0;
  let sum = 0;
  for (let i = 0; i < production.length; i++) {
    if (production[i] >= 0.5 !== shadow[i] >= 0.5) flips++;
    sum += shadow[i] - production[i];
  }
  return { flips, meanDelta: sum / production.length };
}

const formulaScores = (version: number) => numericRows.map((row) => expectedScore(row, version));

function expectComparison(dir: string, expected: { flips: number; meanDelta: number }, shadowKind: string): any {
  const r = report(dir);
  assertValidReport(r);
  const section = r.sections.shadow_compare;
  expect(section.comparison.classification).toMatchObject({ n: ROWS, flips: expected.flips });
  if (expected.meanDelta === 0) expect(section.comparison.scores.meanDelta).toBe(0);
  else expect(section.comparison.scores.meanDelta).toBeCloseTo(expected.meanDelta, 12);
  expect(section.replay.endpoints.production).toMatchObject({ kind: 'oip', requests: ROWS / 16, failed_requests: 0, rows: ROWS });
  expect(section.replay.endpoints.shadow).toMatchObject({ kind: shadowKind, failed_requests: 0, rows: ROWS, error_rate: 0 });
  expect(r.verdict).toBe(expected.flips === 0 ? 'pass' : 'fail');
  return r;
}

// Two or three CLI runs of 1600 requests a side each: a loaded runner needs longer than the default 30 s.
describe(
  'shadow-compare --replay through TF Serving, KServe V1 and TF.js against OIP v2 (CLI bundle, 127.0.0.1)',
  { timeout: 120_000 },
  async () => {
    const [v1, v2, kserve1, kserve2] = await Promise.all([
      startServer(['--model-version', '1']),
      startServer(['--model-version', '2']),
      startServer(['--model-version', '1', '--v1', 'kserve', '--inputs', 'matrix']),
      startServer(['--model-version', '2', '--v1', 'kserve', '--inputs', 'matrix']),
    ]);

    it('TF Serving REST: the same model as over OIP v2 gives no flip and no delta; version 2 the flips of the formula', async () => {
      const same = workspace('');
      const run = await runCli(
        ['shadow-compare', `--production-model=${oip(v1.url, 1)}`, `--shadow-model=tfserving+${v1.url}/credit@1`],
        same,
      );
      expect(run.code, run.stdout).toBe(0);
      const r = expectComparison(same, { flips: 0, meanDelta: 0 }, 'tfserving');
      expect(r.sections.shadow_compare.replay.endpoints.shadow.endpoint).toBe(`${v1.url}/v1/models/credit/versions/1:predict`);

      const other = workspace('');
      const shifted = await runCli(
        ['shadow-compare', `--production-model=${oip(v1.url, 1)}`, `--shadow-model=tfserving+${v2.url}/credit@2`],
        other,
      );
      expect(shifted.code, shifted.stdout).toBe(1);
      const expected = expectedComparison(formulaScores(1), formulaScores(2));
      expect(expected.flips).toBeGreaterThan(10);
      expectComparison(other, expected, 'tfserving');
    });

    it('KServe V1: refused without the features, then no flip against the same model and the formula flips against version 2', async () => {
      const bare = workspace('');
      const refused = await runCli(
        ['shadow-compare', `--production-model=${oip(v1.url, 1)}`, `--shadow-model=kserve+${kserve1.url}/credit`],
        bare,
      );
      expect(refused.code).toBe(2);
      expect(refused.stdout).toContain('the shadow model is a KServe V1 model: name the columns to send it in `shadow_compare.features`');

      // The features given for the KServe side alone: the OIP side still reads its own from its metadata.
      const side = (url: string) => `  shadow_model:\n    spec: kserve+${url}/credit\n    features: [income, debt, age]\n`;
      const same = workspace(side(kserve1.url));
      const run = await runCli(['shadow-compare', `--production-model=${oip(v1.url, 1)}`], same);
      expect(run.code, run.stdout).toBe(0);
      const r = expectComparison(same, { flips: 0, meanDelta: 0 }, 'kserve');
      expect(r.sections.shadow_compare.replay.endpoints.shadow).toMatchObject({
        endpoint: `${kserve1.url}/v1/models/credit:predict`,
        features: ['income', 'debt', 'age'],
      });

      const other = workspace(side(kserve2.url));
      const shifted = await runCli(['shadow-compare', `--production-model=${oip(v1.url, 1)}`], other);
      expect(shifted.code, shifted.stdout).toBe(1);
      expectComparison(other, expectedComparison(formulaScores(1), formulaScores(2)), 'kserve');
    });

    it('a TF.js directory in process against the same directory served over OIP v2: no flip, no delta; a shifted bias flips as the model says', async () => {
      const dir = workspace('');
      cpSync(TFJS_FIXTURE, path.join(dir, 'model'), { recursive: true });
      // The same model with its bias moved from -0.4 to 0.1 (weights.bin: six float32 kernel weights, then the bias).
      cpSync(TFJS_FIXTURE, path.join(dir, 'model-v2'), { recursive: true });
      const weights = readFileSync(path.join(dir, 'model-v2', 'weights.bin'));
      weights.writeFloatLE(0.1, 24);
      writeFileSync(path.join(dir, 'model-v2', 'weights.bin'), weights);
      const served = await serve(['--model', path.join(dir, 'model'), '--name', 'credit']);

      const run = await runCli(['shadow-compare', `--production-model=${oip(served.url, 1)}`, '--shadow-model=tfjs:model'], dir);
      expect(run.code, run.stdout).toBe(0);
      const r = expectComparison(dir, { flips: 0, meanDelta: 0 }, 'tfjs');
      expect(r.sections.shadow_compare.replay.endpoints.shadow.features).toEqual(['income', 'debt', 'age', 'region']);

      const records = rows.map((row, i) => ({ ...row, region: REGIONS[i % 3] }));
      const score = async (spec: string) => {
        const model = await openModel(spec, { batchSize: 64 });
        try {
          return (await model.predict(records)).scores;
        } finally {
          await model.close();
        }
      };
      const expected = expectedComparison(
        await score(`tfjs:${path.join(dir, 'model')}`),
        await score(`tfjs:${path.join(dir, 'model-v2')}`),
      );
      expect(expected.flips).toBeGreaterThan(10);
      const shifted = await runCli(['shadow-compare', `--production-model=${oip(served.url, 1)}`, '--shadow-model=tfjs:model-v2'], dir);
      expect(shifted.code, shifted.stdout).toBe(1);
      expectComparison(dir, expected, 'tfjs');
    });
  },
);

/**
 * A JSON API of its own on 127.0.0.1: `POST /api/score` with `{"model": NAME, "data": {"rows": [...]}}`, answered
 * `{"result": {"scores": [...]}}` with the served formula's version 2, and only with the right bearer token.
 */
const TOKEN = 'Bearer r3play-s3cret';
let api = '';
const seen = { authorized: 0, refused: 0 };

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const reply = (status: number, body: unknown) =>
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  if (request.headers.authorization !== TOKEN) {
    seen.refused++;
    return void reply(401, { error: 'unauthorized' });
  }
  seen.authorized++;
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { model: string; data: { rows: Record<string, number>[] } };
  if (request.url !== '/api/score' || body.model !== 'credit') return void reply(404, { error: 'no such model' });
  reply(200, { result: { scores: body.data.rows.map((row) => expectedScore(row, 2)) } });
}

const server = createServer((request, response) => void handle(request, response));
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe(
  'shadow-compare --replay through a json+http model configured per side (CLI bundle, 127.0.0.1)',
  { timeout: 120_000 },
  async () => {
    const v1 = await startServer(['--model-version', '1']);
    const jsonSide = (spec: string, headers = 'Authorization: SHADOW_TOKEN') => `  shadow_model:
    spec: ${spec}
    features: [income, debt, age]
    json:
      template: {model: credit, data: {rows: $rows}}
      output: /result/scores
    headers: {${headers}}
`;

    it('sends the template with the auth header from the environment; the flips are those of the formula', async () => {
      const dir = workspace(jsonSide(`json+${api}/api/score`));
      const before = { ...seen };
      const run = await runCli(['shadow-compare', `--production-model=${oip(v1.url, 1)}`], dir, { SHADOW_TOKEN: TOKEN });
      expect(run.code, run.stdout).toBe(1);
      const r = expectComparison(dir, expectedComparison(formulaScores(1), formulaScores(2)), 'json');
      expect(r.sections.shadow_compare.replay.endpoints.shadow).toMatchObject({ endpoint: `${api}/api/score`, requests: ROWS / 16 });
      expect(seen.authorized - before.authorized).toBe(ROWS / 16);
      expect(seen.refused).toBe(before.refused);
      for (const file of ['report.json', 'summary.md', 'report.html'])
        expect(readFileSync(path.join(dir, 'modelgate-report', file), 'utf8')).not.toContain('r3play-s3cret');
      expect(run.stdout + run.stderr).not.toContain('r3play-s3cret');
    });

    it('--shadow-model names another spec and keeps the template, features and headers of the config', async () => {
      // The config's spec is a port nothing listens on: the flag's spec is the one asked.
      const dir = workspace(jsonSide('json+http://127.0.0.1:9/api/score'));
      const run = await runCli(['shadow-compare', `--production-model=${oip(v1.url, 1)}`, `--shadow-model=json+${api}/api/score`], dir, {
        SHADOW_TOKEN: TOKEN,
      });
      expect(run.code, run.stdout).toBe(1);
      expectComparison(dir, expectedComparison(formulaScores(1), formulaScores(2)), 'json');
    });

    it('a json+http spec without its template, an unset variable or a platform token: an error naming the config line', async () => {
      const bare = workspace(`  shadow_model: json+${api}/api/score\n  features: [income, debt, age]\n`);
      const noJson = await runCli(['shadow-compare', `--production-model=${oip(v1.url, 1)}`], bare);
      expect(noJson.code).toBe(2);
      expect(noJson.stdout).toMatch(
        /\.modelgate\.yml:9:\d+: error: .*the shadow model is a json\+http model: it needs `shadow_compare\.shadow_model\.json`/,
      );

      const unset = await runCli(['shadow-compare', `--production-model=${oip(v1.url, 1)}`], workspace(jsonSide(`json+${api}/api/score`)));
      expect(unset.code).toBe(2);
      expect(unset.stdout).toMatch(
        /\.modelgate\.yml:15:\d+: error: .*the header Authorization takes its value from SHADOW_TOKEN, which is not set/,
      );

      const token = workspace(jsonSide(`json+${api}/api/score`, 'Authorization: GITHUB_TOKEN'));
      const refused = await runCli(['shadow-compare', `--production-model=${oip(v1.url, 1)}`], token, { GITHUB_TOKEN: 'ghs_x' });
      expect(refused.code).toBe(2);
      expect(refused.stdout).toContain(
        "`shadow_compare.shadow_model.headers` names GITHUB_TOKEN, the platform's token: a model never gets it",
      );

      // A json section on a model of another kind is a mistake, not ignored.
      const misplaced = workspace(jsonSide(oip(v1.url, 2)));
      const wrong = await runCli(['shadow-compare', `--production-model=${oip(v1.url, 1)}`], misplaced, { SHADOW_TOKEN: TOKEN });
      expect(wrong.code).toBe(2);
      expect(wrong.stdout).toContain('`shadow_compare.shadow_model.json` describes a json+http model, and the shadow model is oip');
    });
  },
);
