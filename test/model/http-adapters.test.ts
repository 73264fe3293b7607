/**
 * The OIP v2, TF Serving and KServe V1 adapters against the reference model server, a real process on 127.0.0.1: scores
 * equal the served model's formula in every request layout, and every fault is an error naming the endpoint and
 * the rows of the failing request.
 */
import { createServer } from 'node:net';
import { describe, expect, test } from 'vitest';
import { ConfigError, DataError, SourceError } from '../../shared/errors.js';
import type { AdapterOptions } from '../../shared/model/adapter.js';
import { openModel } from '../../shared/model/spec.js';
import { expectedScore, featureRows, MODEL, numeric, startServer } from './server.js';

const rows = featureRows(150);
const expected = rows.map((r) => expectedScore(numeric(r)));
const FAST: AdapterOptions = { retries: 0, backoffMs: 1, timeoutMs: 10_000 };

async function failure(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome, 'expected a failure').toBeInstanceOf(Error);
  return outcome as Error;
}

describe('OIP v2 adapter', async () => {
  const columns = await startServer();
  const matrix = await startServer(['--inputs', 'matrix']);

  test('one tensor per feature, as the metadata declares: scores equal the formula, one request per batch', async () => {
    const model = await openModel(`oip+${columns.url}/${MODEL.name}`, { batchSize: 64, concurrency: 3 });
    expect(model.kind).toBe('oip');
    expect(model.features).toEqual(MODEL.features);
    expect(model.endpoint).toBe(`${columns.url}/v2/models/credit/infer`);
    const { scores, requests } = await model.predict(rows);
    expect(Array.from(scores)).toEqual(expected);
    expect(requests.map((r) => [r.first, r.rows])).toEqual([
      [0, 64],
      [64, 64],
      [128, 22],
    ]);
    expect(requests.every((r) => r.ms >= 0)).toBe(true);
    await model.close();
  });

  test('one [n, k] matrix, when the metadata declares a single input, filled from the features named in order', async () => {
    const model = await openModel(`${matrix.url}/v2/models/${MODEL.name}`, { features: MODEL.features, batchSize: 50 });
    expect(Array.from((await model.predict(rows)).scores)).toEqual(expected);
  });

  test('a matrix model without the feature order, or with a different width, is a ConfigError before any request', async () => {
    expect(await failure(openModel(`oip+${matrix.url}/${MODEL.name}`))).toBeInstanceOf(ConfigError);
    const wide = await failure(openModel(`oip+${matrix.url}/${MODEL.name}`, { features: ['income', 'debt'] }));
    expect(wide.message).toMatch(/input "input" is 3 wide, and 2 features are given/);
    const unknown = await failure(openModel(`oip+${columns.url}/${MODEL.name}`, { features: ['income', 'debt', 'salary'] }));
    expect(unknown).toBeInstanceOf(ConfigError);
    expect(unknown.message).toMatch(/no input named "salary"/);
  });

  test('a version in the spec reaches the server; a version it does not serve is a clear error', async () => {
    const v2 = await startServer(['--model-version', '2']);
    const model = await openModel(`oip+${v2.url}/${MODEL.name}@2`);
    expect(Array.from((await model.predict(rows.slice(0, 10))).scores)).toEqual(rows.slice(0, 10).map((r) => expectedScore(numeric(r), 2)));
    const wrong = await failure(openModel(`oip+${v2.url}/${MODEL.name}@1`));
    expect(wrong).toBeInstanceOf(SourceError);
    expect(wrong.message).toBe(
      `cannot read the model metadata (GET ${v2.url}/v2/models/credit/versions/1): GET ${v2.url}/v2/models/credit/versions/1: answered 404: model "credit" has no version "1"; this server serves version "2"`,
    );
  });

  test('a value that is not a number is a DataError naming the row and column; nothing is sent', async () => {
    const model = await openModel(`oip+${columns.url}/${MODEL.name}`);
    const bad = rows.slice(0, 5).map((r, i) => (i === 3 ? { ...r, debt: 'n/a' } : r));
    const error = await failure(
      model.predict(
        bad,
        bad.map((_, i) => ({ file: 'data.csv', line: i + 2 })),
      ),
    );
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toBe('feature "debt" is numeric, and "n/a" is not a finite number');
    expect((error as DataError).location).toEqual({ file: 'data.csv', line: 5, column: 'debt' });
    const missing = await failure(model.predict([{ income: 1, age: 3 }]));
    expect(missing.message).toBe('row 1: feature "debt" is missing');
  });

  test('the request budget refuses a prediction that would take more requests, before sending any', async () => {
    const model = await openModel(`oip+${columns.url}/${MODEL.name}`, { batchSize: 50, maxRequests: 3 });
    await model.predict(rows.slice(0, 100));
    const error = await failure(model.predict(rows.slice(0, 100)));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/would take 2 more requests, past the budget of 3 \(2 used\)/);
  });
});

describe('OIP v2 faults', () => {
  test('HTTP 500 on every request: a SourceError naming the endpoint, the first rows and the tries', async () => {
    const server = await startServer(['--fail-rate', '1']);
    const model = await openModel(`oip+${server.url}/${MODEL.name}`, { ...FAST, retries: 2, batchSize: 40, concurrency: 1 });
    const error = await failure(model.predict(rows));
    expect(error).toBeInstanceOf(SourceError);
    expect(error.message).toBe(
      `POST ${server.url}/v2/models/credit/infer (rows 1-40): answered 500: injected failure (request 3) (after 3 tries)`,
    );
  });

  test('a transient 500 is retried and the scores are still exact', async () => {
    // Seed 1 at rate 0.3 fails some of the first requests, never three in a row.
    const server = await startServer(['--fail-rate', '0.3']);
    const model = await openModel(`oip+${server.url}/${MODEL.name}`, { retries: 3, backoffMs: 1, batchSize: 10, concurrency: 1 });
    expect(Array.from((await model.predict(rows)).scores)).toEqual(expected);
  });

  test('an answer that is not JSON, after the first two requests', async () => {
    const server = await startServer(['--non-json-after', '2']);
    const model = await openModel(`oip+${server.url}/${MODEL.name}`, { ...FAST, batchSize: 30, concurrency: 1 });
    const error = await failure(model.predict(rows));
    expect(error).toBeInstanceOf(SourceError);
    expect(error.message).toBe(
      `POST ${server.url}/v2/models/credit/infer (rows 61-90): the answer is not JSON: "<html>upstream proxy error</html>"`,
    );
  });

  test('one score fewer than rows sent: wrong output shape', async () => {
    const server = await startServer(['--wrong-shape-after', '0']);
    const model = await openModel(`oip+${server.url}/${MODEL.name}`, { ...FAST, batchSize: 30 });
    const error = await failure(model.predict(rows));
    expect(error.message).toBe(
      `POST ${server.url}/v2/models/credit/infer (rows 1-30): output "probability" has shape [29, 1] for the 30 rows sent (wrong output shape)`,
    );
  });

  test('a NaN score names the row', async () => {
    const server = await startServer(['--nan-after', '1']);
    const model = await openModel(`oip+${server.url}/${MODEL.name}`, { ...FAST, batchSize: 30, concurrency: 1 });
    const error = await failure(model.predict(rows));
    expect(error.message).toBe(`POST ${server.url}/v2/models/credit/infer (rows 31-60): row 31 scored NaN`);
  });

  test('a slow server: the per-request timeout', async () => {
    const server = await startServer(['--delay-ms', '2000']);
    const model = await openModel(`oip+${server.url}/${MODEL.name}`, { ...FAST, timeoutMs: 200, batchSize: 100 });
    const error = await failure(model.predict(rows.slice(0, 5)));
    expect(error.message).toBe(`POST ${server.url}/v2/models/credit/infer (rows 1-5): no answer: nothing within the 0.2 s allowed`);
  });

  test('a server that dies mid-run: the request it dropped is the error, later ones are refused', async () => {
    const server = await startServer(['--exit-after', '2']);
    const model = await openModel(`oip+${server.url}/${MODEL.name}`, { retries: 1, backoffMs: 50, batchSize: 30, concurrency: 1 });
    const error = await failure(model.predict(rows));
    expect(error).toBeInstanceOf(SourceError);
    // A connection closed before any answer is sent once more at once (it may be a kept-alive connection the server
    // had just closed: shared/net/http.ts), then retried once: three tries.
    expect(error.message).toMatch(
      new RegExp(`^POST ${server.url}/v2/models/credit/infer \\(rows 61-90\\): no answer: .*\\(after 3 tries\\)$`),
    );
    // The retry meets either the closed port or, when the process has not quite gone, another dropped connection.
    const code = server.child.exitCode ?? (await new Promise((resolve) => server.child.once('exit', resolve)));
    expect(code).toBe(3);
  });

  test('nothing listening: connection refused, naming the metadata request, without the credentials of the URL', async () => {
    const port = await freePort();
    const error = await failure(openModel(`oip+http://user:hunter2@127.0.0.1:${port}/credit`, FAST));
    expect(error).toBeInstanceOf(SourceError);
    expect(error.message).toMatch(
      new RegExp(`^cannot read the model metadata \\(GET http://127.0.0.1:${port}/v2/models/credit\\): .*ECONNREFUSED`),
    );
    expect(error.message).not.toContain('hunter2');
  });
});

describe('TF Serving adapter', async () => {
  const columns = await startServer();
  const matrix = await startServer(['--inputs', 'matrix']);

  test.each([
    ['instances', 'columns'],
    ['inputs', 'columns'],
    ['instances', 'matrix'],
    ['inputs', 'matrix'],
  ] as const)('%s format, %s layout: scores equal the formula', async (format, layout) => {
    const server = layout === 'matrix' ? matrix : columns;
    const model = await openModel(`tfserving+${server.url}/${MODEL.name}`, { format, features: MODEL.features, batchSize: 64 });
    expect(model.kind).toBe('tfserving');
    expect(model.endpoint).toBe(`${server.url}/v1/models/credit:predict`);
    const { scores, requests } = await model.predict(rows);
    expect(Array.from(scores)).toEqual(expected);
    expect(requests).toHaveLength(3);
  });

  test('the layout and features from the serving signature when not given', async () => {
    const model = await openModel(`tfserving+${columns.url}/v1/models/${MODEL.name}:predict`);
    expect(model.features).toEqual(MODEL.features);
    expect(Array.from((await model.predict(rows.slice(0, 7))).scores)).toEqual(expected.slice(0, 7));
  });

  test('a version that is not available is refused at open', async () => {
    const error = await failure(openModel(`tfserving+${columns.url}/${MODEL.name}@9`));
    expect(error.message).toMatch(/GET .*\/v1\/models\/credit\/versions\/9\): GET .*: answered 404: model "credit" has no version "9"/);
  });

  test('a bare NaN in the predictions (as TF Serving writes it) is read and reported as NaN for its row', async () => {
    const server = await startServer(['--nan-after', '0']);
    const model = await openModel(`tfserving+${server.url}/${MODEL.name}`, { ...FAST, batchSize: 20 });
    const error = await failure(model.predict(rows.slice(0, 20)));
    expect(error.message).toBe(`POST ${server.url}/v1/models/credit:predict (rows 1-20): row 1 scored NaN`);
  });

  test('wrong shape, 500 and non-JSON answers', async () => {
    const shape = await startServer(['--wrong-shape-after', '0']);
    const model = await openModel(`tfserving+${shape.url}/${MODEL.name}`, { ...FAST, batchSize: 20 });
    expect((await failure(model.predict(rows.slice(0, 20)))).message).toBe(
      `POST ${shape.url}/v1/models/credit:predict (rows 1-20): 19 scores for the 20 rows sent (wrong output shape)`,
    );
    const broken = await startServer(['--fail-rate', '1']);
    const failing = await openModel(`tfserving+${broken.url}/${MODEL.name}`, FAST);
    expect((await failure(failing.predict(rows.slice(0, 3)))).message).toBe(
      `POST ${broken.url}/v1/models/credit:predict (rows 1-3): answered 500: injected failure (request 1)`,
    );
    const text = await startServer(['--non-json-after', '0']);
    const garbled = await openModel(`tfserving+${text.url}/${MODEL.name}`, FAST);
    expect((await failure(garbled.predict(rows.slice(0, 3)))).message).toMatch(/rows 1-3\): the answer is not JSON/);
  });
});

describe('KServe V1 adapter', async () => {
  const matrix = await startServer(['--v1', 'kserve', '--inputs', 'matrix']);
  const objects = await startServer(['--v1', 'kserve']);

  test('rows as lists of the named features (the default): scores equal the formula, one request per batch', async () => {
    const model = await openModel(`kserve+${matrix.url}/${MODEL.name}`, { features: MODEL.features, batchSize: 64, concurrency: 2 });
    expect(model.kind).toBe('kserve');
    expect(model.endpoint).toBe(`${matrix.url}/v1/models/credit:predict`);
    const { scores, requests } = await model.predict(rows);
    expect(Array.from(scores)).toEqual(expected);
    expect(requests.map((r) => r.rows)).toEqual([64, 64, 22]);
  });

  test("rows as objects (layout columns), from the model's own :predict URL", async () => {
    const model = await openModel(`kserve+${objects.url}/v1/models/${MODEL.name}:predict`, { features: MODEL.features, layout: 'columns' });
    expect(Array.from((await model.predict(rows.slice(0, 9))).scores)).toEqual(expected.slice(0, 9));
  });

  test('KServe V1 does not declare inputs: without the features the open is a ConfigError, before any prediction', async () => {
    const error = await failure(openModel(`kserve+${matrix.url}/${MODEL.name}`));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(`${matrix.url}/v1/models/credit:predict: KServe V1 does not say a model's inputs`);
  });

  test('a TF Serving status is not a KServe readiness answer; an unknown model is the 404 with its {"error"} body', async () => {
    const tfserving = await startServer();
    const status = await failure(openModel(`kserve+${tfserving.url}/${MODEL.name}`, { features: MODEL.features }));
    expect(status).toBeInstanceOf(SourceError);
    expect(status.message).toMatch(/^GET .*\/v1\/models\/credit: the answer is not a KServe V1 model status/);
    const unknown = await failure(openModel(`kserve+${matrix.url}/other`, { ...FAST, features: MODEL.features }));
    expect(unknown.message).toBe(
      `cannot read the model status (GET ${matrix.url}/v1/models/other): GET ${matrix.url}/v1/models/other: answered 404: no model named "other"; this server serves "credit"`,
    );
  });

  test('500, an answer that is not JSON, and the wrong number of predictions: errors naming the endpoint and rows', async () => {
    const broken = await startServer(['--v1', 'kserve', '--inputs', 'matrix', '--fail-rate', '1']);
    const failing = await openModel(`kserve+${broken.url}/${MODEL.name}`, { ...FAST, features: MODEL.features });
    expect((await failure(failing.predict(rows.slice(0, 3)))).message).toBe(
      `POST ${broken.url}/v1/models/credit:predict (rows 1-3): answered 500: injected failure (request 1)`,
    );
    const text = await startServer(['--v1', 'kserve', '--inputs', 'matrix', '--non-json-after', '1']);
    const garbled = await openModel(`kserve+${text.url}/${MODEL.name}`, {
      ...FAST,
      features: MODEL.features,
      batchSize: 10,
      concurrency: 1,
    });
    expect((await failure(garbled.predict(rows.slice(0, 30)))).message).toBe(
      `POST ${text.url}/v1/models/credit:predict (rows 11-20): the answer is not JSON: "<html>upstream proxy error</html>"`,
    );
    const shape = await startServer(['--v1', 'kserve', '--inputs', 'matrix', '--wrong-shape-after', '0']);
    const short = await openModel(`kserve+${shape.url}/${MODEL.name}`, { ...FAST, features: MODEL.features, batchSize: 20 });
    expect((await failure(short.predict(rows.slice(0, 20)))).message).toBe(
      `POST ${shape.url}/v1/models/credit:predict (rows 1-20): 19 scores for the 20 rows sent (wrong output shape)`,
    );
  });

  test('a feature the server cannot use comes back as its 400 {"error"} message, naming the rows', async () => {
    const model = await openModel(`kserve+${matrix.url}/${MODEL.name}`, { ...FAST, features: ['income', 'debt'] });
    expect((await failure(model.predict(rows.slice(0, 4)))).message).toBe(
      `POST ${matrix.url}/v1/models/credit:predict (rows 1-4): answered 400: instance 0 "input" must be a list of 3 values`,
    );
  });

  test('the columnar "inputs" format is refused: KServe V1 takes instances', async () => {
    const error = await failure(openModel(`kserve+${matrix.url}/${MODEL.name}`, { features: MODEL.features, format: 'inputs' }));
    expect(error).toBeInstanceOf(ConfigError);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
