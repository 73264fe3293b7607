/**
 * The reference model server's own surface, over real HTTP: health, metadata for both protocols, bad requests
 * answered with `{"error"}`, a weights file with versions, Prometheus metrics, and refusing bad flags.
 */
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTempDir } from '../train/helpers.js';
import { MODEL, SERVER, startServer } from './server.js';

const dir = useTempDir();

async function get(url: string): Promise<{ status: number; body: any; text: string }> {
  const response = await fetch(url);
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text };
}

async function post(url: string, body: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

describe('reference model server', async () => {
  const server = await startServer();

  test('OIP v2 health, server and model metadata', async () => {
    expect(await get(`${server.url}/v2/health/live`)).toMatchObject({ status: 200 });
    expect(await get(`${server.url}/v2/health/ready`)).toMatchObject({ status: 200 });
    expect((await get(`${server.url}/v2/models/credit/ready`)).status).toBe(200);
    expect((await get(`${server.url}/v2/models/credit`)).body).toEqual({
      name: 'credit',
      versions: ['1'],
      platform: 'modelgate-reference',
      inputs: MODEL.features.map((name) => ({ name, datatype: 'FP64', shape: [-1] })),
      outputs: [{ name: 'probability', datatype: 'FP64', shape: [-1, 1] }],
    });
  });

  test('TF Serving status and signature', async () => {
    expect((await get(`${server.url}/v1/models/credit`)).body).toEqual({
      model_version_status: [{ version: '1', state: 'AVAILABLE', status: { error_code: 'OK', error_message: '' } }],
    });
    const metadata = (await get(`${server.url}/v1/models/credit/metadata`)).body;
    expect(Object.keys(metadata.metadata.signature_def.signature_def.serving_default.inputs)).toEqual(MODEL.features);
  });

  test('KServe V1 on the /v1 routes with --v1 kserve: model list, readiness, flat predictions, no TF Serving routes', async () => {
    const kserve = await startServer(['--v1', 'kserve', '--inputs', 'matrix']);
    expect((await get(`${kserve.url}/v1/models`)).body).toEqual({ models: ['credit'] });
    expect((await get(`${kserve.url}/v1/models/credit`)).body).toEqual({ name: 'credit', ready: true });
    const answer = await post(`${kserve.url}/v1/models/credit:predict`, { instances: [[0, 0, 0]] });
    expect(answer).toEqual({ status: 200, body: { predictions: [1 / (1 + Math.exp(-MODEL.bias))] } });
    expect(await post(`${kserve.url}/v1/models/credit:predict`, { inputs: [[0, 0, 0]] })).toEqual({
      status: 400,
      body: { error: 'the request needs "instances"' },
    });
    expect((await get(`${kserve.url}/v1/models/credit/metadata`)).status).toBe(404);
    expect((await get(`${kserve.url}/metrics`)).text).toContain('protocol="kserve",code="200"} 3\n');
  });

  test('bad requests are 4xx with an {"error"} body naming the problem', async () => {
    expect(await get(`${server.url}/v2/models/other`)).toMatchObject({
      status: 404,
      body: { error: 'no model named "other"; this server serves "credit"' },
    });
    expect(await post(`${server.url}/v2/models/credit/infer`, '{not json')).toMatchObject({ status: 400 });
    expect(
      await post(`${server.url}/v2/models/credit/infer`, {
        inputs: [
          { name: 'income', shape: [1], datatype: 'FP64', data: [1] },
          { name: 'debt', shape: [1], datatype: 'FP64', data: ['x'] },
          { name: 'age', shape: [1], datatype: 'FP64', data: [3] },
        ],
      }),
    ).toEqual({ status: 400, body: { error: 'input "debt" row 0: "x" is not a finite number' } });
    expect(await post(`${server.url}/v1/models/credit:predict`, { rows: [] })).toEqual({
      status: 400,
      body: { error: 'the request needs "instances" or "inputs"' },
    });
  });

  test('Prometheus metrics in the text exposition format, counting requests by protocol and status', async () => {
    const fresh = await startServer();
    await post(`${fresh.url}/v1/models/credit:predict`, { instances: [{ income: 1, debt: 2, age: 3 }] });
    await get(`${fresh.url}/v2/models/nope`);
    const { status, text } = await get(`${fresh.url}/metrics`);
    expect(status).toBe(200);
    expect(text).toContain('# TYPE modelgate_model_requests_total counter\n');
    expect(text).toContain('modelgate_model_requests_total{model="credit",version="1",protocol="tfserving",code="200"} 1\n');
    expect(text).toContain('modelgate_model_requests_total{model="credit",version="1",protocol="oip",code="404"} 1\n');
    expect(text).toContain('modelgate_model_request_duration_seconds_count{model="credit",version="1"} 2\n');
    expect(text).toContain('modelgate_model_request_duration_seconds_bucket{model="credit",version="1",le="+Inf"} 2\n');
    expect(text).toMatch(/modelgate_model_requests_in_flight\{model="credit",version="1"\} 1\n$/);
  });

  test("a weights file names the model after itself and serves the version asked for with that version's weights", async () => {
    const file = join(dir, 'lending.json');
    writeFileSync(
      file,
      JSON.stringify({ features: ['a', 'b'], weights: [1, 2], bias: 0, versions: { '2': { weights: [0, 0], bias: 0 } } }),
    );
    const child = spawn(process.execPath, [SERVER, '--weights', file, '--port', '0', '--model-version', '2'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve) =>
        child.stdout.on('data', (d: Buffer) => resolve(/listening on (\S+)/.exec(d.toString())![1])),
      );
      const answer = await post(`${url}/v2/models/lending/versions/2/infer`, {
        inputs: [
          { name: 'a', shape: [1], datatype: 'FP64', data: [5] },
          { name: 'b', shape: [1], datatype: 'FP64', data: [7] },
        ],
      });
      expect(answer.body.outputs[0].data).toEqual([0.5]);
      expect(answer.body.model_version).toBe('2');
    } finally {
      child.kill();
    }
  });

  test.each([
    [['--features', 'a', '--coef', '1,2'], /need one finite weight per feature \(1\)/],
    [['--features', 'a', '--coef', '1', '--fail-rate', '2'], /--fail-rate must be between 0 and 1/],
    [['--features', 'a', '--coef', '1', '--port', 'x'], /--port must be a number/],
    [['--features', 'a', '--coef', '1', '--bogus', '1'], /unknown option "--bogus"/],
    [['--weights', '/nonexistent.json'], /cannot read the weights file/],
  ])('refuses %j with exit code 2', (args, message) => {
    const run = spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
