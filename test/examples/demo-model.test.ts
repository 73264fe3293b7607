/**
 * The demo's model and behavioral steps (examples/demo.mjs), on its own configs and data in a scratch workspace:
 * the train step's real TF.js model scores examples/lending/data/features.csv identically through the reference
 * model server (OIP v2) and in process, and the behavioral suite against the copy that reads sex fails exactly one
 * test, the counterfactual swap of sex, which summary.md explains case by case. Also the copy itself: men's
 * scores unchanged, women's logit lowered by the penalty.
 */
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSexBiasedModel } from '../../examples/lending/sex-biased-model.mjs';
import { openModel } from '../../shared/model/spec.js';
import { readJson, repoRoot, runCli, tempDir } from '../helpers/bundle.js';
import { featureRows, serve } from '../model/server.js';

const logit = (p: number) => Math.log(p / (1 - p));

/** id and score of each row of a predictions.csv evaluate wrote (plain values, no quoting). */
function predictions(file: string): { ids: string[]; scores: number[] } {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const columns = header.split(',');
  const rows = lines.map((line) => line.split(','));
  return { ids: rows.map((r) => r[columns.indexOf('id')]), scores: rows.map((r) => Number(r[columns.indexOf('score')])) };
}

describe('sex-biased-model.mjs', () => {
  it("keeps the model's scores for sex=M and lowers the logit by the penalty for sex=F", async () => {
    const dir = tempDir('modelgate-demo-copy-');
    const fixture = fileURLToPath(new URL('../fixtures/model/tfjs-logreg', import.meta.url));
    writeSexBiasedModel(fixture, path.join(dir, 'biased'), 0.9);
    const rows = featureRows(40).map((r, i) => ({ ...r, region: i % 2 ? 'north' : 'south', sex: i % 3 ? 'M' : 'F' }));
    const original = await openModel(`tfjs:${fixture}`);
    const biased = await openModel(`tfjs:${path.join(dir, 'biased')}`);
    expect(biased.features).toEqual([...original.features, 'sex']);
    const before = (await original.predict(rows)).scores;
    const after = (await biased.predict(rows)).scores;
    rows.forEach((row, i) => {
      if (row.sex === 'M') expect(after[i]).toBe(before[i]);
      else expect(Math.abs(logit(after[i]) - (logit(before[i]) - 0.9))).toBeLessThan(1e-4);
    });
  });
});

describe('the demo: model step and behavioral step (CLI bundle, reference server on loopback)', () => {
  const dir = tempDir('modelgate-demo-');
  const modelDir = 'modelgate-report/demo/train/model';
  const env = { MODELGATE_ARTIFACT_DIR: path.join(dir, 'artifacts'), MODELGATE_CACHE_DIR: path.join(dir, 'cache') };

  beforeAll(async () => {
    for (const file of ['data/features.csv', 'train.modelgate.yml', 'model.modelgate.yml', 'behavioral.modelgate.yml'])
      cpSync(path.join(repoRoot, 'examples/lending', file), path.join(dir, 'examples/lending', file));
    const train = await runCli(
      ['train', '--config', 'examples/lending/train.modelgate.yml', '--out', 'modelgate-report/demo/train'],
      dir,
      env,
    );
    expect(train.code, train.stdout + train.stderr).toBe(0);
  }, 120_000);

  it('scores the lending dataset identically over OIP v2 (the reference server) and in process', async () => {
    const server = await serve(['--model', path.join(dir, modelDir), '--name', 'lending']);
    const served = await runCli(
      ['evaluate', '--config', 'examples/lending/model.modelgate.yml', '--model', `oip+${server.url}/lending`, '--out', 'out/served'],
      dir,
    );
    expect(served.code, served.stdout + served.stderr).toBe(0);
    const local = await runCli(['evaluate', '--config', 'examples/lending/model.modelgate.yml', '--out', 'out/tfjs'], dir);
    expect(local.code, local.stdout + local.stderr).toBe(0);
    expect(readJson(path.join(dir, 'out/tfjs/report.json')).data.model).toMatchObject({ kind: 'tfjs' });
    const overHttp = predictions(path.join(dir, 'out/served/predictions.csv'));
    const inProcess = predictions(path.join(dir, 'out/tfjs/predictions.csv'));
    expect(overHttp.ids).toHaveLength(20_000);
    expect(overHttp.ids).toEqual(inProcess.ids);
    expect(overHttp.scores).toEqual(inProcess.scores);
  }, 60_000);

  it('fails exactly one behavioral test, the swap of sex, and the summary explains it case by case', async () => {
    writeSexBiasedModel(path.join(dir, modelDir), path.join(dir, 'modelgate-report/demo/lending-sex'), 0.9);
    const server = await serve(['--model', path.join(dir, 'modelgate-report/demo/lending-sex')]);
    const run = await runCli(
      [
        'evaluate',
        '--config',
        'examples/lending/behavioral.modelgate.yml',
        '--model',
        `oip+${server.url}/lending-sex`,
        '--out',
        'out/suite',
      ],
      dir,
    );
    expect(run.code, run.stdout + run.stderr).toBe(1);
    const report = readJson(path.join(dir, 'out/suite/report.json'));
    const failing = report.checks.filter((c: { status: string }) => c.status !== 'pass').map((c: { id: string }) => c.id);
    expect(failing).toEqual(['behavioral[sex-swap-invariance]']);
    expect(report.checks.filter((c: { id: string }) => c.id.startsWith('behavioral['))).toHaveLength(5);
    const [first] = report.sections.behavioral.tests;
    expect(first).toMatchObject({ name: 'sex-swap-invariance', type: 'INV', cases: 500 });
    expect(first.failed).toBeGreaterThan(0);
    expect(Object.keys(first.failing[0].perturbed)).toEqual(['sex']);
    const summary = readFileSync(path.join(dir, 'out/suite/summary.md'), 'utf8');
    const cases = summary.indexOf('Failing cases of sex-swap-invariance (INV)');
    expect(cases).toBeGreaterThan(0);
    expect(cases).toBeLessThan(summary.indexOf('Passing checks'));
    expect(summary).toContain('| Case | At | Input | Perturbation | Expected | Got |');
  }, 60_000);
});
