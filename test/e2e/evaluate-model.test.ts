/**
 * `modelgate evaluate --model SPEC --dataset FILE` through the CLI bundle, against the reference model server (a
 * real process on 127.0.0.1): the scores are the served formula's, so the report equals that of a predictions file
 * holding the formula's scores; the predictions it wrote are kept and gate again without the model; a failing
 * endpoint is exit 2 naming it, never a pass.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJson, repoRoot, runCli, tempDir, writeFiles } from '../helpers/bundle.js';
import { expectedScore, MODEL, startServer } from '../model/server.js';

const N = 700;

/** Rows with features, a label that follows the score with seeded noise, an id and a group. */
function rows(): { csv: string; formula: string } {
  const header = 'id,income,debt,age,sex,label';
  const data: string[] = [header];
  const formula: string[] = ['id,sex,label,score'];
  for (let i = 0; i < N; i++) {
    const income = ((i * 37) % 101) / 25 - 2;
    const debt = ((i * 13) % 17) / 10;
    const age = 20 + (i % 45);
    const score = expectedScore({ income, debt, age });
    const label = ((i * 7919) % 1000) / 1000 < score ? 1 : 0;
    const sex = i % 3 === 0 ? 'F' : 'M';
    data.push(`r${i},${income},${debt},${age},${sex},${label}`);
    formula.push(`r${i},${sex},${label},${score}`);
  }
  return { csv: `${data.join('\n')}\n`, formula: `${formula.join('\n')}\n` };
}

function config(extra = ''): string {
  return `version: 1
data:
  label: label
  id: id
  groups: [sex]
  threshold: 0.5
${extra}evaluate:
  min_group_size: 10
  gates:
    - metric: roc_auc
      min: 0.6
    - metric: selection_rate_difference
      max: 0.9
`;
}

let dir: string;
let url: string;

beforeAll(async () => {
  url = (await startServer()).url;
  dir = tempDir();
  const { csv, formula } = rows();
  writeFiles(dir, {
    'data/rows.csv': csv,
    'data/formula.csv': formula,
    'data/missing.csv': csv.replace(/^r5,[^,]*,/m, 'r5,,'),
    'data/badlabel.csv': csv.replace(/^(r9,.*),[01]$/m, '$1,maybe'),
    'flags.yml': config(),
    'formula.yml': config().replace('data:\n', 'data:\n  predictions: data/formula.csv\n  score: score\n'),
    'configured.yml': config(`  dataset: data/rows.csv\n`).replace(
      'evaluate:\n',
      `evaluate:\n  model:\n    spec: oip+${url}/${MODEL.name}\n    batch_size: 50\n    concurrency: 3\n`,
    ),
  });
});

const evaluate = (configFile: string, out: string, ...args: string[]) =>
  runCli(['evaluate', '--config', configFile, '--out', out, ...args], dir);

describe('evaluate --model (CLI bundle, reference server on loopback)', () => {
  it("OIP v2: the report equals the one of a predictions file holding the formula's scores, and names the endpoint", async () => {
    const run = await evaluate('flags.yml', 'out/oip', '--model', `oip+${url}/${MODEL.name}`, '--dataset', 'data/rows.csv');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const fromFormula = await evaluate('formula.yml', 'out/formula');
    expect(fromFormula.code, fromFormula.stdout + fromFormula.stderr).toBe(0);
    const report = readJson(path.join(dir, 'out/oip/report.json'));
    const reference = readJson(path.join(dir, 'out/formula/report.json'));
    expect(report.metrics.overall.roc_auc).toBeGreaterThan(0.6);
    expect(report.metrics.overall.roc_auc).toBe(reference.metrics.overall.roc_auc);
    expect(report.metrics).toEqual(reference.metrics);
    expect(report.disparities).toEqual(reference.disparities);
    expect(report.checks.map((c: { status: string; value: number }) => [c.status, c.value])).toEqual(
      reference.checks.map((c: { status: string; value: number }) => [c.status, c.value]),
    );
    expect(report.data.model).toMatchObject({
      kind: 'oip',
      endpoint: `${url}/v2/models/${MODEL.name}/infer`,
      features: MODEL.features,
      dataset: ['data/rows.csv'],
      predictions: path.join('out', 'oip', 'predictions.csv'),
      rows: N,
      requests: Math.ceil(N / 64),
      batch_size: 64,
      concurrency: 4,
    });
    expect(report.notes.join('\n')).toContain(`${url}/v2/models/${MODEL.name}/infer`);
  });

  it('keeps predictions.csv (id, label, group, score), which gates again without the model to the same report', async () => {
    const written = readFileSync(path.join(dir, 'out/oip/predictions.csv'), 'utf8').split('\n');
    expect(written[0]).toBe('label,id,sex,score');
    expect(written.length).toBe(N + 2);
    const rerun = await runCli(
      ['evaluate', '--config', 'formula.yml', '--out', 'out/rerun', '--predictions', 'out/oip/predictions.csv'],
      dir,
    );
    expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
    expect(readJson(path.join(dir, 'out/rerun/report.json')).metrics).toEqual(readJson(path.join(dir, 'out/oip/report.json')).metrics);
  });

  it('TF Serving REST and the config-only form (data.dataset, evaluate.model) score the same', async () => {
    const tfs = await evaluate('flags.yml', 'out/tfs', '--model', `tfserving+${url}/${MODEL.name}`, '--dataset', 'data/rows.csv');
    expect(tfs.code, tfs.stdout + tfs.stderr).toBe(0);
    const configured = await evaluate('configured.yml', 'out/configured');
    expect(configured.code, configured.stdout + configured.stderr).toBe(0);
    const oip = readJson(path.join(dir, 'out/oip/report.json'));
    const viaTfs = readJson(path.join(dir, 'out/tfs/report.json'));
    const viaConfig = readJson(path.join(dir, 'out/configured/report.json'));
    expect(viaTfs.metrics).toEqual(oip.metrics);
    expect(viaTfs.data.model).toMatchObject({ kind: 'tfserving', endpoint: `${url}/v1/models/${MODEL.name}:predict` });
    expect(viaConfig.metrics).toEqual(oip.metrics);
    expect(viaConfig.data.model).toMatchObject({ kind: 'oip', batch_size: 50, concurrency: 3, requests: Math.ceil(N / 50) });
  });

  it('credentials in the model URL reach no report, summary or log', async () => {
    const spec = `oip+http://modeluser:s3cr3t-pass@${url.slice('http://'.length)}/${MODEL.name}`;
    const run = await evaluate('flags.yml', 'out/creds', '--model', spec, '--dataset', 'data/rows.csv');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    for (const file of ['report.json', 'summary.md', 'report.html'])
      expect(readFileSync(path.join(dir, 'out/creds', file), 'utf8')).not.toContain('s3cr3t');
    expect(run.stdout + run.stderr).not.toContain('s3cr3t');
  });
});

describe('evaluate --model: KServe V1 and a JSON API described in the config', () => {
  it('KServe V1, and json+http on the same KServe route (template {instances: $rows}, pointer /predictions), score the same', async () => {
    const kserve = (await startServer(['--v1', 'kserve', '--inputs', 'matrix'])).url;
    const model = (spec: string, extra = '') =>
      config().replace('evaluate:\n', `evaluate:\n  model:\n    spec: ${spec}\n    features: [income, debt, age]\n${extra}`);
    writeFiles(dir, {
      'kserve.yml': model(`kserve+${kserve}/${MODEL.name}`),
      'json.yml': model(
        `json+${kserve}/v1/models/${MODEL.name}:predict`,
        `    json:\n      template: {instances: $rows}\n      rows: arrays\n      output: /predictions\n`,
      ),
      'json-bad.yml': model(
        `json+${kserve}/v1/models/${MODEL.name}:predict`,
        `    json:\n      template: {instances: rows}\n      output: /predictions\n`,
      ),
      'json-missing.yml': model(`json+${kserve}/v1/models/${MODEL.name}:predict`),
    });
    const oip = readJson(path.join(dir, 'out/oip/report.json'));
    for (const [name, kind] of [
      ['kserve', 'kserve'],
      ['json', 'json'],
    ]) {
      const run = await evaluate(`${name}.yml`, `out/${name}`, '--dataset', 'data/rows.csv');
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const report = readJson(path.join(dir, `out/${name}/report.json`));
      expect(report.metrics).toEqual(oip.metrics);
      expect(report.data.model).toMatchObject({ kind, endpoint: `${kserve}/v1/models/${MODEL.name}:predict` });
    }
    const bad = await evaluate('json-bad.yml', 'out/json-bad', '--dataset', 'data/rows.csv');
    expect(bad.code).toBe(2);
    expect(readJson(path.join(dir, 'out/json-bad/report.json')).error).toMatchObject({ file: 'json-bad.yml', line: 12, column: 7 });
    const missing = await evaluate('json-missing.yml', 'out/json-missing', '--dataset', 'data/rows.csv');
    expect(missing.code).toBe(2);
    expect(readJson(path.join(dir, 'out/json-missing/report.json')).error.message).toMatch(/needs `evaluate.model.json`/);
  });
});

describe('evaluate --model: command and TF.js models', () => {
  it('a JSON Lines command model (Node) gives the same report as the server; it needs evaluate.model.features', async () => {
    cpSync(path.join(repoRoot, 'test/fixtures/model/jsonl-model.mjs'), path.join(dir, 'model.mjs'));
    writeFiles(dir, {
      'command.yml': config().replace(
        'evaluate:\n',
        `evaluate:\n  model:\n    spec: command:node model.mjs\n    features: [income, debt, age]\n`,
      ),
    });
    const run = await evaluate('command.yml', 'out/command', '--dataset', 'data/rows.csv');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const report = readJson(path.join(dir, 'out/command/report.json'));
    expect(report.metrics).toEqual(readJson(path.join(dir, 'out/oip/report.json')).metrics);
    expect(report.data.model).toMatchObject({ kind: 'command', endpoint: 'command node model.mjs', concurrency: 1 });
    const bare = await evaluate('flags.yml', 'out/bare', '--model', 'command:node model.mjs', '--dataset', 'data/rows.csv');
    expect(bare.code).toBe(2);
    expect(readJson(path.join(dir, 'out/bare/report.json')).error.message).toMatch(/needs `evaluate.model.features`/);
  });

  it("the train gate's TF.js model directory, in process: scores within 1e-6 of its formula", async () => {
    cpSync(path.join(repoRoot, 'test/fixtures/model/tfjs-logreg'), path.join(dir, 'model-tfjs'), { recursive: true });
    const formula = readJson(path.join(dir, 'model-tfjs/formula.json')) as { kernel: number[]; bias: number };
    const regions = ['north', 'south', 'atlantis'];
    const { csv } = rows();
    const lines = csv.trim().split('\n');
    const withRegion = lines.map((line, i) => `${line},${i === 0 ? 'region' : regions[i % 3]}`);
    writeFiles(dir, { 'data/regions.csv': `${withRegion.join('\n')}\n` });
    const run = await evaluate('flags.yml', 'out/tfjs', '--model', 'tfjs:model-tfjs', '--dataset', 'data/regions.csv');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(readJson(path.join(dir, 'out/tfjs/report.json')).data.model).toMatchObject({
      kind: 'tfjs',
      features: ['income', 'debt', 'age', 'region'],
      rows: N,
    });
    const written = readFileSync(path.join(dir, 'out/tfjs/predictions.csv'), 'utf8').trim().split('\n').slice(1);
    written.forEach((line, i) => {
      const [income, debt, age, , ,] = withRegion[i + 1].split(',').slice(1).map(Number);
      const region = regions[(i + 1) % 3];
      const x = [income, debt, age, region === 'north' ? 1 : 0, region === 'south' ? 1 : 0, region === 'atlantis' ? 1 : 0];
      const expected = 1 / (1 + Math.exp(-(formula.bias + x.reduce((sum, v, j) => sum + v * formula.kernel[j], 0))));
      expect(Math.abs(Number(line.split(',').at(-1)) - expected)).toBeLessThan(1e-6);
    });
  });

  it('a TF.js directory outside the workspace is refused', async () => {
    const run = await evaluate(
      'flags.yml',
      'out/outside',
      '--model',
      `tfjs:${path.join(repoRoot, 'test/fixtures/model/tfjs-logreg')}`,
      '--dataset',
      'data/rows.csv',
    );
    expect(run.code).toBe(2);
    expect(readJson(path.join(dir, 'out/outside/report.json')).error.message).toMatch(/outside/);
  });
});

describe('evaluate --model: every failure is exit 2 naming where, never a pass', () => {
  const fails = async (out: string, args: string[]) => {
    const run = await evaluate('flags.yml', out, ...args);
    expect(run.code, run.stdout + run.stderr).toBe(2);
    const report = readJson(path.join(dir, out, 'report.json'));
    expect(report.verdict).toBe('error');
    return { run, report };
  };

  it('a server answering 500 to every prediction', async () => {
    const failing = await startServer(['--fail-rate', '1']);
    const { report } = await fails('out/500', ['--model', `oip+${failing.url}/${MODEL.name}`, '--dataset', 'data/rows.csv']);
    expect(report.error.message).toContain(`${failing.url}/v2/models/${MODEL.name}/infer`);
    expect(report.error.message).toMatch(/rows 1-64/);
  });

  it('a server that dies mid-run, and one that answers a NaN', async () => {
    const dying = await startServer(['--exit-after', '3']);
    const died = await fails('out/died', ['--model', `oip+${dying.url}/${MODEL.name}`, '--dataset', 'data/rows.csv']);
    expect(died.report.error.message).toContain(dying.url);
    const nan = await startServer(['--nan-after', '2']);
    const gotNan = await fails('out/nan', ['--model', `tfserving+${nan.url}/${MODEL.name}`, '--dataset', 'data/rows.csv']);
    expect(gotNan.report.error.message).toMatch(/NaN/);
  });

  it('a port nobody listens on', async () => {
    const closed = await startServer();
    await closed.stop();
    const { report } = await fails('out/closed', ['--model', `oip+${closed.url}/${MODEL.name}`, '--dataset', 'data/rows.csv']);
    expect(report.error.message).toContain(closed.url);
  });

  it('a missing feature value: the dataset file, line and column', async () => {
    const { report } = await fails('out/missing', ['--model', `oip+${url}/${MODEL.name}`, '--dataset', 'data/missing.csv']);
    expect(report.error).toMatchObject({ kind: 'DataError', file: 'data/missing.csv', line: 7, column: 'income' });
  });

  it('a bad label: the dataset file, line and column, before the model is asked for its row', async () => {
    const { report } = await fails('out/badlabel', ['--model', `oip+${url}/${MODEL.name}`, '--dataset', 'data/badlabel.csv']);
    expect(report.error).toMatchObject({ kind: 'DataError', file: 'data/badlabel.csv', line: 11, column: 'label' });
    expect(report.error.message).toContain('"maybe" is not a label');
  });

  it("a header from the platform's token, --predictions beside --model, and --dataset without a model", async () => {
    writeFiles(dir, {
      'token.yml': config().replace(
        'evaluate:\n',
        `evaluate:\n  model:\n    spec: oip+${url}/${MODEL.name}\n    headers: {Authorization: GITHUB_TOKEN}\n`,
      ),
    });
    const refused = await runCli(['evaluate', '--config', 'token.yml', '--out', 'out/token2', '--dataset', 'data/rows.csv'], dir, {
      GITHUB_TOKEN: 'ghs_secretvalue',
    });
    expect(refused.code).toBe(2);
    expect(readJson(path.join(dir, 'out/token2/report.json')).error.message).toMatch(/GITHUB_TOKEN, the platform's token/);
    const both = await fails('out/both', [
      '--model',
      `oip+${url}/${MODEL.name}`,
      '--dataset',
      'data/rows.csv',
      '--predictions',
      'data/formula.csv',
    ]);
    expect(both.report.error.message).toMatch(/cannot be combined/);
    const noModel = await fails('out/nomodel', ['--dataset', 'data/rows.csv']);
    expect(noModel.report.error.message).toMatch(/needs a model/);
    expect(existsSync(path.join(dir, 'out/nomodel/predictions.csv'))).toBe(false);
  });
});
