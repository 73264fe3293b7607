/**
 * The reference model server serving a TF.js model directory (`--model DIR`, through dist/model-server-tfjs.js):
 * the train gate's layout (model.json, weights.bin, preprocessing.json; the fixture written by
 * test/fixtures/model/make-tfjs-logreg.mjs) is served with its raw feature columns as inputs, and its scores over
 * OIP v2 and TF Serving are exactly those of the `tfjs` adapter in process; a TF.js model without preprocessing is
 * served as its own input tensor.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { openModel } from '../../shared/model/spec.js';
import { tempDir } from '../helpers/bundle.js';
import { featureRows, serve, SERVER } from './server.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/model/tfjs-logreg', import.meta.url));
const formula = JSON.parse(readFileSync(`${FIXTURE}/formula.json`, 'utf8')) as { kernel: number[]; bias: number };
const REGIONS = ['north', 'south', 'atlantis'];
const rows = featureRows(300).map((r, i) => ({ ...r, region: REGIONS[i % 3] }));

function encoded(row: Record<string, unknown>): number[] {
  const region = String(row.region);
  return [
    Number(row.income),
    Number(row.debt),
    Number(row.age),
    region === 'north' ? 1 : 0,
    region === 'south' ? 1 : 0,
    REGIONS.indexOf(region) === 2 ? 1 : 0,
  ];
}

function formulaScore(x: number[]): number {
  return 1 / (1 + Math.exp(-(formula.bias + x.reduce((sum, v, j) => sum + v * formula.kernel[j], 0))));
}

const dir = tempDir('modelgate-serve-tfjs-');
// The served name defaults to the directory's name.
const modelDir = path.join(dir, 'credit-tfjs');
cpSync(FIXTURE, modelDir, { recursive: true });
const bareDir = path.join(dir, 'bare');
cpSync(FIXTURE, bareDir, { recursive: true });
rmSync(path.join(bareDir, 'preprocessing.json'));

describe('model server --model DIR (a TF.js directory)', async () => {
  const server = await serve(['--model', modelDir]);

  test("OIP v2 and TF Serving metadata list the model's real inputs: its feature columns, numbers FP64 and categories BYTES", async () => {
    const oip = await (await fetch(`${server.url}/v2/models/credit-tfjs`)).json();
    expect(oip).toMatchObject({
      name: 'credit-tfjs',
      versions: ['1'],
      inputs: [
        { name: 'income', datatype: 'FP64', shape: [-1] },
        { name: 'debt', datatype: 'FP64', shape: [-1] },
        { name: 'age', datatype: 'FP64', shape: [-1] },
        { name: 'region', datatype: 'BYTES', shape: [-1] },
      ],
      outputs: [{ name: 'probability', datatype: 'FP32', shape: [-1, 1] }],
    });
    const tfs = await (await fetch(`${server.url}/v1/models/credit-tfjs/metadata`)).json();
    const inputs = tfs.metadata.signature_def.signature_def.serving_default.inputs;
    expect(Object.fromEntries(Object.entries(inputs).map(([name, t]) => [name, (t as { dtype: string }).dtype]))).toEqual({
      income: 'DT_DOUBLE',
      debt: 'DT_DOUBLE',
      age: 'DT_DOUBLE',
      region: 'DT_STRING',
    });
  });

  test('scores over OIP v2 and TF Serving (rows and columns) are exactly those of the tfjs adapter in process', async () => {
    const local = await openModel(`tfjs:${modelDir}`, { batchSize: 64 });
    const inProcess = (await local.predict(rows)).scores;
    await local.close();
    // Exact, not within a tolerance: the same code encodes the rows and runs the same float32 model on the same
    // backend, and JSON carries each float32 score (a double) digit for digit.
    for (const [spec, options] of [
      [`oip+${server.url}/credit-tfjs`, {}],
      [`tfserving+${server.url}/credit-tfjs`, {}],
      [`tfserving+${server.url}/credit-tfjs`, { format: 'inputs' as const }],
    ] as const) {
      const remote = await openModel(spec, { batchSize: 64, concurrency: 3, ...options });
      expect(remote.features).toEqual(['income', 'debt', 'age', 'region']);
      expect((await remote.predict(rows)).scores, spec).toEqual(inProcess);
    }
    // And both are the model's formula, to float32 precision.
    inProcess.forEach((s, i) => expect(Math.abs(s - formulaScore(encoded(rows[i])))).toBeLessThan(1e-6));
  });

  test('a value of the wrong type is a 400 naming the input and row; the requests are counted in /metrics', async () => {
    const response = await fetch(`${server.url}/v2/models/credit-tfjs/infer`, {
      method: 'POST',
      body: JSON.stringify({
        inputs: [
          { name: 'income', shape: [1], datatype: 'FP64', data: [1] },
          { name: 'debt', shape: [1], datatype: 'FP64', data: [1] },
          { name: 'age', shape: [1], datatype: 'FP64', data: [30] },
          { name: 'region', shape: [1], datatype: 'BYTES', data: [7] },
        ],
      }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'input "region" row 0: 7 is not a string' });
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/modelgate_model_requests_total\{model="credit-tfjs",version="1",protocol="oip",code="400"\} 1\n/);
  });

  test('a TF.js model without preprocessing is served as its own input tensor, [-1, 6] of FP32', async () => {
    const bare = await serve(['--model', bareDir, '--name', 'raw']);
    const metadata = await (await fetch(`${bare.url}/v2/models/raw`)).json();
    expect(metadata.inputs).toHaveLength(1);
    expect(metadata.inputs[0]).toMatchObject({ datatype: 'FP32', shape: [-1, 6] });
    const columns = ['x0', 'x1', 'x2', 'x3', 'x4', 'x5'];
    const matrixRows = rows.map((r) => Object.fromEntries(encoded(r).map((v, j) => [columns[j], v])));
    const remote = await openModel(`oip+${bare.url}/raw`, { features: columns, batchSize: 100 });
    const { scores } = await remote.predict(matrixRows);
    scores.forEach((s, i) => expect(Math.abs(s - formulaScore(encoded(rows[i])))).toBeLessThan(1e-6));
  });

  test('refused: a directory that is not a model, and --model with the flags of the built-in model', () => {
    const missing = spawnSync(process.execPath, [SERVER, '--port', '0', '--model', path.join(dir, 'nope')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot serve the model in .*nope: DataError: .*cannot read the model/);
    const both = spawnSync(process.execPath, [SERVER, '--port', '0', '--model', modelDir, '--weights', 'w.json'], { encoding: 'utf8' });
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/--model serves a TF.js directory; drop --weights/);
  });
});
