/**
 * The JSON API adapter (json+http) against a small custom scoring API served from this file on 127.0.0.1 (real
 * HTTP, a made-up but documented-looking API: `POST /api/v1/score` with `{"model", "data": {"rows": [...]}}`,
 * answered `{"outputs": [{"name", "data": [...]}]}`): the request template filled with the rows, the scores read
 * at the JSON pointer, and every hostile or broken answer an error naming the endpoint and the pointer.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../shared/config/index.js';
import { configPosition } from '../../shared/config/positions.js';
import { ConfigError, DataError, SourceError } from '../../shared/errors.js';
import { checkJsonRequest, pointerTokens, resolvePointer } from '../../shared/model/json-http.js';
import { openModel, parseModelSpec } from '../../shared/model/spec.js';
import { loadError, writeConfig } from '../config/helpers.js';
import { expectedScore, featureRows, MODEL, numeric } from './server.js';

const rows = featureRows(150);
const expected = rows.map((r) => expectedScore(numeric(r)));
const FAST = { retries: 0, backoffMs: 1, timeoutMs: 10_000 };
const json = { template: { model: 'credit', data: { rows: '$rows' } }, output: '/outputs/0/data' };

let base = '';
const bodies: unknown[] = [];

/** The custom API: scores rows given as objects or lists; some paths answer the ways real services go wrong. */
async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: { rows?: unknown[] } };
  bodies.push(body);
  const given = body.data?.rows ?? (body as unknown as unknown[]);
  const scores = given.map((row) =>
    expectedScore(
      Array.isArray(row) ? Object.fromEntries(MODEL.features.map((f, j) => [f, row[j] as number])) : (row as Record<string, number>),
    ),
  );
  const reply = (status: number, text: string) => response.writeHead(status, { 'content-type': 'application/json' }).end(text);
  switch (request.url) {
    case '/api/v1/score':
      return void reply(200, JSON.stringify({ outputs: [{ name: 'probability', data: scores }], took_ms: 1 }));
    case '/api/v1/bare':
      return void reply(200, JSON.stringify(scores.map((s) => [1 - s, s])));
    case '/api/v1/labels':
      return void reply(200, JSON.stringify({ outputs: [{ data: scores.map((s) => (s >= 0.5 ? 'approve' : 'deny')) }] }));
    case '/api/v1/short':
      return void reply(200, JSON.stringify({ outputs: [{ data: scores.slice(1) }] }));
    case '/api/v1/broken':
      return void reply(200, '{"outputs": [{"data": [0.5,');
    case '/api/v1/down':
      return void reply(503, JSON.stringify({ error: 'model is reloading' }));
    default:
      return void reply(404, JSON.stringify({ error: `no route ${request.url}` }));
  }
}

const server = createServer((request, response) => void handle(request, response));
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function failure(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome, 'expected a failure').toBeInstanceOf(Error);
  return outcome as Error;
}

describe('JSON API adapter (json+http), against a custom scoring API served by this test', () => {
  test('rows as objects in the template, scores at /outputs/0/data: equal to the formula, one request per batch', async () => {
    bodies.length = 0;
    const model = await openModel(`json+${base}/api/v1/score`, { features: MODEL.features, json, batchSize: 64, concurrency: 2 });
    expect(model.kind).toBe('json');
    expect(model.endpoint).toBe(`${base}/api/v1/score`);
    const { scores, requests } = await model.predict(rows);
    expect(Array.from(scores)).toEqual(expected);
    expect(requests.map((r) => r.rows)).toEqual([64, 64, 22]);
    // Decimal text from a CSV goes as a number; the template's other keys go as written.
    expect(bodies[0]).toEqual({
      model: 'credit',
      data: { rows: rows.slice(0, 64).map((r) => Object.fromEntries(MODEL.features.map((f) => [f, Number(r[f])]))) },
    });
  });

  test('rows as lists in features order, the rows themselves as the body, two class probabilities at ""', async () => {
    bodies.length = 0;
    const model = await openModel(`json+${base}/api/v1/bare`, { features: MODEL.features, json: { rows: 'arrays', output: '' } });
    expect(Array.from((await model.predict(rows.slice(0, 5))).scores)).toEqual(expected.slice(0, 5));
    expect(bodies[0]).toEqual(rows.slice(0, 5).map((r) => MODEL.features.map((f) => Number(r[f]))));
  });

  test('a template key named __proto__ is sent as a key and pollutes nothing', async () => {
    bodies.length = 0;
    const template = JSON.parse('{"__proto__": {"polluted": true}, "data": {"rows": "$rows"}}') as unknown;
    const model = await openModel(`json+${base}/api/v1/score`, { features: MODEL.features, json: { template, output: '/outputs/0/data' } });
    await model.predict(rows.slice(0, 2));
    expect(Object.keys(bodies[0] as object)).toEqual(['__proto__', 'data']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.each([
    ['/__proto__', /nothing at the output pointer "\/__proto__"/],
    ['/constructor/prototype', /nothing at the output pointer "\/constructor\/prototype"/],
    ['/outputs/length', /nothing at the output pointer "\/outputs\/length"/],
    ['/outputs/00/data', /nothing at the output pointer "\/outputs\/00\/data"/],
    ['/outputs/1/data', /nothing at the output pointer "\/outputs\/1\/data"/],
  ])(
    'the pointer %s names nothing in the answer (own keys and canonical indices only): an error naming the endpoint',
    async (output, message) => {
      const model = await openModel(`json+${base}/api/v1/score`, { ...FAST, features: MODEL.features, json: { ...json, output } });
      const error = await failure(model.predict(rows.slice(0, 3)));
      expect(error).toBeInstanceOf(SourceError);
      expect(error.message).toMatch(new RegExp(`^POST ${base}/api/v1/score \\(rows 1-3\\): `));
      expect(error.message).toMatch(message);
    },
  );

  test('non-numeric outputs, the wrong number of scores, a truncated answer and a 503: errors naming the request', async () => {
    const open = (path: string) => openModel(`json+${base}${path}`, { ...FAST, features: MODEL.features, json });
    expect((await failure((await open('/api/v1/labels')).predict(rows.slice(0, 3)))).message).toBe(
      `POST ${base}/api/v1/labels (rows 1-3), output "/outputs/0/data": row 1 has no numeric score (got "deny")`,
    );
    expect((await failure((await open('/api/v1/short')).predict(rows.slice(0, 3)))).message).toBe(
      `POST ${base}/api/v1/short (rows 1-3), output "/outputs/0/data": 2 scores for the 3 rows sent (wrong output shape)`,
    );
    expect((await failure((await open('/api/v1/broken')).predict(rows.slice(0, 3)))).message).toMatch(
      new RegExp(`^POST ${base}/api/v1/broken \\(rows 1-3\\): the answer is not JSON`),
    );
    expect((await failure((await open('/api/v1/down')).predict(rows.slice(0, 3)))).message).toBe(
      `POST ${base}/api/v1/down (rows 1-3): answered 503: model is reloading`,
    );
  });

  test('a missing feature value is a DataError before anything is sent; credentials become a header, never shown', async () => {
    const model = await openModel(`json+http://u:s3cr3t@${base.slice('http://'.length)}/api/v1/score`, { features: MODEL.features, json });
    expect(model.endpoint).toBe(`${base}/api/v1/score`);
    expect(parseModelSpec(`json+http://u:s3cr3t@h:1/p?x=1`)).toEqual({
      kind: 'json',
      url: 'http://h:1/p?x=1',
      headers: { Authorization: `Basic ${Buffer.from('u:s3cr3t').toString('base64')}` },
    });
    const error = await failure(model.predict([{ income: 1, age: 3 }]));
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toBe('row 1: feature "debt" is missing');
  });

  test('without features, a template, or a valid pointer: ConfigError at open', async () => {
    const noFeatures = await failure(openModel(`json+${base}/api/v1/score`, { json }));
    expect(noFeatures.message).toMatch(/a JSON API does not say its inputs/);
    expect((await failure(openModel(`json+${base}/api/v1/score`, { features: MODEL.features }))).message).toMatch(
      /needs its request template and the JSON pointer/,
    );
    const twice = { template: { a: '$rows', b: ['$rows'] }, output: '' };
    expect((await failure(openModel(`json+${base}/x`, { features: MODEL.features, json: twice }))).message).toMatch(/holds it 2 times/);
    const none = { template: { rows: 'rows' }, output: '' };
    expect((await failure(openModel(`json+${base}/x`, { features: MODEL.features, json: none }))).message).toMatch(/holds it 0 times/);
    const bad = await failure(openModel(`json+${base}/x`, { features: MODEL.features, json: { output: 'outputs/0' } }));
    expect(bad).toBeInstanceOf(ConfigError);
    expect(bad.message).toBe('"outputs/0" is not a JSON pointer (RFC 6901)');
  });
});

describe('JSON pointers (RFC 6901)', () => {
  test('escapes ~1 and ~0, in that order; canonical array indices; own keys only', () => {
    expect(pointerTokens('/a~1b/m~0n/~01')).toEqual(['a/b', 'm~n', '~1']);
    expect(pointerTokens('')).toEqual([]);
    expect(pointerTokens('/')).toEqual(['']);
    const doc = JSON.parse('{"a/b": {"m~n": [10, 20]}, "": 1, "__proto__": {"x": 2}}') as unknown;
    expect(resolvePointer(doc, pointerTokens('/a~1b/m~0n/1'))).toBe(20);
    expect(resolvePointer(doc, pointerTokens('/'))).toBe(1);
    // An own "__proto__" key in the answer is data like any other; an inherited one is nothing.
    expect(resolvePointer(doc, pointerTokens('/__proto__/x'))).toBe(2);
    expect(resolvePointer({}, pointerTokens('/__proto__'))).toBeUndefined();
    expect(resolvePointer({}, pointerTokens('/toString'))).toBeUndefined();
    expect(resolvePointer([1], pointerTokens('/-'))).toBeUndefined();
    for (const bad of ['a', '/~2', '/~', '#/a']) expect(() => pointerTokens(bad)).toThrow(ConfigError);
  });
});

describe('evaluate.model.json in the config', () => {
  const config = (jsonBlock: string) => `version: 1
data:
  label: label
evaluate:
  model:
    spec: json+http://127.0.0.1:9/api/v1/score
    features: [income, debt, age]
${jsonBlock}`;

  test('an output that is not a JSON pointer is a schema error at its line and column', async () => {
    const error = await loadError(config(`    json:\n      template: {data: {rows: $rows}}\n      output: outputs/0/data\n`));
    expect(error.message).toMatch(/evaluate\.model\.json\.output/);
    expect(error.location).toMatchObject({ line: 10, column: 15 });
  });

  test('rows other than objects or arrays, and unknown keys, are schema errors', async () => {
    expect((await loadError(config(`    json:\n      rows: csv\n      output: /p\n`))).location).toMatchObject({ line: 9, column: 13 });
    expect((await loadError(config(`    json:\n      output: /p\n      pointer: /q\n`))).message).toMatch(/pointer/);
  });

  test('a template without "$rows" is an error at the template, by line and column; defaults fill the rest', async () => {
    const file = writeConfig(config(`    json:\n      template:\n        data: rows\n      output: /outputs/0/data\n`));
    const loaded = await loadConfig(file);
    expect(loaded.config.evaluate.model!.json).toEqual({ template: { data: 'rows' }, rows: 'objects', output: '/outputs/0/data' });
    let error: unknown;
    try {
      checkJsonRequest(loaded.config.evaluate.model!.json, (pointer) => configPosition(loaded, `/evaluate/model/json${pointer}`));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).location).toMatchObject({ file, line: 9, column: 7 });
    const defaults = await loadConfig(writeConfig(config(`    json:\n      output: ""\n`)));
    expect(defaults.config.evaluate.model!.json).toEqual({ template: '$rows', rows: 'objects', output: '' });
  });
});
