#!/usr/bin/env node
/**
 * A reference model server with no dependencies: one small deterministic model, a logistic regression
 * `score = 1 / (1 + exp(-(bias + Σ weight_i · x_i)))`, served over both the Open Inference Protocol v2 (KServe,
 * Triton, MLServer) and TensorFlow Serving's REST API, so every modelgate adapter and gate can be tried against
 * a real endpoint on loopback. The tests start it as a process; so can a demo or a developer.
 *
 *   node examples/model-server/server.mjs --weights model.json [--name NAME] [--port 0] [--model-version 2]
 *   node examples/model-server/server.mjs --features income,debt --coef 0.8,-1.5 --bias 0.2
 *   node examples/model-server/server.mjs --features income,debt --coef 0.8,-1.5 --v1 kserve   (KServe V1 on /v1)
 *
 * The weights file is `{"features": [...], "weights": [...], "bias": b, "versions": {"2": {"weights": [...], "bias": b}}}`.
 * `--model-version V` serves the file's version V, or (when the file has no such entry and V is a whole number)
 * the base weights with the bias moved by 0.5 × (V − 1): a different model whose scores differ predictably.
 *
 * OIP v2:     GET /v2, /v2/health/live, /v2/health/ready, /v2/models/NAME[/versions/V][/ready]
 *             POST /v2/models/NAME[/versions/V]/infer
 * TF Serving: GET /v1/models/NAME[/versions/V][/metadata]
 *             POST /v1/models/NAME[/versions/V]:predict   ({"instances": ...} rows or {"inputs": ...} columns)
 * KServe V1 (with `--v1 kserve`, in place of TF Serving on the same routes):
 *             GET /v1/models, /v1/models/NAME ({"name": NAME, "ready": true})
 *             POST /v1/models/NAME:predict   ({"instances": ...} answered {"predictions": [score, ...]})
 * Prometheus: GET /metrics (requests by protocol, version and status code; latency histogram; in-flight gauge)
 *
 * `--inputs matrix` declares one input tensor `input` of shape [-1, k] (features in order); `--inputs columns`
 * (the default) one tensor per feature, named after it, of shape [-1].
 *
 * Faults for tests and demos, counted over prediction requests (infer and :predict) from 1:
 *   --delay-ms N (alias --latency-ms)   wait N ms before answering each prediction
 *   --fail-rate R (alias --error-rate)  answer 500 to a fraction R of predictions (seeded by --seed, default 1)
 *   --non-json-after N                  after N predictions, answer with text that is not JSON
 *   --wrong-shape-after N               after N predictions, return one score fewer than rows sent
 *   --nan-after N                       after N predictions, return a bare NaN (as TF Serving writes it) for the first row
 *   --exit-after N                      after N predictions, drop the next request's connection and exit (code 3)
 *
 * On start it prints one line, `listening on http://HOST:PORT`, to stdout; `--port 0` picks a free port.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const MAX_BODY = 16 * 1024 * 1024;
const BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function fail(message) {
  process.stderr.write(`model-server: ${message}\n`);
  process.exit(2);
}

const FLAGS = {
  '--weights': 'weights',
  '--features': 'features',
  '--coef': 'coef',
  '--bias': 'bias',
  '--name': 'name',
  '--port': 'port',
  '--host': 'host',
  '--model-version': 'version',
  '--version': 'version',
  '--inputs': 'inputs',
  '--v1': 'v1',
  '--delay-ms': 'delayMs',
  '--latency-ms': 'delayMs',
  '--fail-rate': 'failRate',
  '--error-rate': 'failRate',
  '--seed': 'seed',
  '--non-json-after': 'nonJsonAfter',
  '--wrong-shape-after': 'wrongShapeAfter',
  '--nan-after': 'nanAfter',
  '--exit-after': 'exitAfter',
};
const NUMERIC = ['port', 'delayMs', 'failRate', 'seed', 'nonJsonAfter', 'wrongShapeAfter', 'nanAfter', 'exitAfter'];

function parseArgs(argv) {
  const options = { host: '127.0.0.1', port: 8080, version: '1', inputs: 'columns', v1: 'tfserving', delayMs: 0, failRate: 0, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const key = FLAGS[flag];
    if (!key) fail(`unknown option ${JSON.stringify(argv[i])}`);
    const value = inline ?? argv[++i];
    if (value === undefined) fail(`${flag} needs a value`);
    if (NUMERIC.includes(key)) {
      const number = Number(value);
      if (value.trim() === '' || !Number.isFinite(number) || number < 0)
        fail(`${flag} must be a number >= 0, got ${JSON.stringify(value)}`);
      options[key] = number;
    } else options[key] = value;
  }
  if (options.failRate > 1) fail('--fail-rate must be between 0 and 1');
  if (!['matrix', 'columns'].includes(options.inputs)) fail('--inputs must be matrix or columns');
  if (!['tfserving', 'kserve'].includes(options.v1)) fail('--v1 must be tfserving or kserve');
  if (!NAME_PATTERN.test(options.version)) fail(`--model-version ${JSON.stringify(options.version)} is not a plain version name`);
  return options;
}

/** The served model: features, weights and bias of the chosen version. */
function loadModel(options) {
  let spec;
  if (options.weights) {
    try {
      spec = JSON.parse(readFileSync(options.weights, 'utf8'));
    } catch (error) {
      fail(`cannot read the weights file ${options.weights}: ${error.message}`);
    }
  } else if (options.features && options.coef) {
    spec = { features: options.features.split(','), weights: options.coef.split(',').map(Number), bias: Number(options.bias ?? 0) };
  } else fail('give --weights FILE, or --features and --coef (and --bias)');
  const name = options.name ?? (options.weights ? path.basename(options.weights).replace(/\.json$/, '') : 'model');
  if (!NAME_PATTERN.test(name)) fail(`the model name ${JSON.stringify(name)} is not a plain name`);
  const entry = spec.versions?.[options.version];
  let weights = entry?.weights ?? spec.weights;
  let bias = entry?.bias ?? spec.bias ?? 0;
  if (!entry && options.version !== '1') {
    if (!/^\d+$/.test(options.version)) fail(`the weights have no version ${JSON.stringify(options.version)}`);
    bias += 0.5 * (Number(options.version) - 1);
  }
  const features = spec.features;
  if (!Array.isArray(features) || features.length === 0 || !features.every((f) => typeof f === 'string' && f !== ''))
    fail('features must be a non-empty list of names');
  if (!Array.isArray(weights) || weights.length !== features.length || !weights.every(Number.isFinite))
    fail(`need one finite weight per feature (${features.length}), got ${JSON.stringify(weights)}`);
  if (!Number.isFinite(bias)) fail('the bias must be a finite number');
  weights = weights.map(Number);
  return { name, version: options.version, features, weights, bias };
}

/** The model's formula; the tests compute the same expression in the same order. */
function score(model, row) {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++) z += model.weights[j] * row[j];
  return 1 / (1 + Math.exp(-z));
}

/** A small seeded generator, so an injected failure rate fails the same requests on every run. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class HttpFailure extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function flatten(data, out = []) {
  if (Array.isArray(data)) for (const item of data) flatten(item, out);
  else out.push(data);
  return out;
}

function numberAt(value, what) {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new HttpFailure(400, `${what}: ${JSON.stringify(value)} is not a finite number`);
  return value;
}

/** Rows of feature values from OIP v2 input tensors, in the layout the metadata declares. */
function oipRows(model, layout, inputs) {
  if (!Array.isArray(inputs) || inputs.length === 0) throw new HttpFailure(400, 'the request has no inputs');
  const k = model.features.length;
  if (layout === 'matrix') {
    const tensor = inputs.find((t) => t?.name === 'input');
    if (!tensor || inputs.length !== 1) throw new HttpFailure(400, `expected one input tensor named "input" of shape [-1, ${k}]`);
    const shape = tensor.shape;
    if (!Array.isArray(shape) || shape.length !== 2 || shape[1] !== k)
      throw new HttpFailure(400, `input "input" must have shape [n, ${k}], got ${JSON.stringify(shape)}`);
    const data = flatten(tensor.data);
    if (data.length !== shape[0] * k)
      throw new HttpFailure(400, `input "input" has ${data.length} values for shape ${JSON.stringify(shape)}`);
    return Array.from({ length: shape[0] }, (_, i) => data.slice(i * k, i * k + k).map((v, j) => numberAt(v, `input[${i}, ${j}]`)));
  }
  const byName = new Map(inputs.map((t) => [t?.name, t]));
  let n;
  const columns = model.features.map((feature) => {
    const tensor = byName.get(feature);
    if (!tensor) throw new HttpFailure(400, `missing input tensor "${feature}"`);
    const data = flatten(tensor.data);
    const rows = Array.isArray(tensor.shape) ? tensor.shape[0] : undefined;
    if (rows !== data.length || (tensor.shape.length === 2 && tensor.shape[1] !== 1) || tensor.shape.length > 2)
      throw new HttpFailure(400, `input "${feature}" must have shape [n] or [n, 1] with n values, got ${JSON.stringify(tensor.shape)}`);
    if (n !== undefined && rows !== n) throw new HttpFailure(400, `input "${feature}" has ${rows} rows, the others ${n}`);
    n = rows;
    return data.map((v, i) => numberAt(v, `input "${feature}" row ${i}`));
  });
  if (byName.size !== model.features.length) throw new HttpFailure(400, `expected exactly the inputs ${model.features.join(', ')}`);
  return Array.from({ length: n }, (_, i) => columns.map((column) => column[i]));
}

/** Rows from a TF Serving request: `instances` (row format) or `inputs` (columnar format). */
function tfservingRows(model, layout, body) {
  const k = model.features.length;
  const asRow = (item, i) => {
    if (layout === 'matrix') {
      if (!Array.isArray(item) || item.length !== k) throw new HttpFailure(400, `instance ${i} must be a list of ${k} numbers`);
      return item.map((v, j) => numberAt(v, `instance ${i} value ${j}`));
    }
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new HttpFailure(400, `instance ${i} must be an object`);
    return model.features.map((f) => numberAt(item[f], `instance ${i} "${f}"`));
  };
  if (Array.isArray(body?.instances)) return body.instances.map(asRow);
  if (body?.inputs === undefined) throw new HttpFailure(400, 'the request needs "instances" or "inputs"');
  if (layout === 'matrix') {
    const matrix = Array.isArray(body.inputs) ? body.inputs : body.inputs?.input;
    if (!Array.isArray(matrix)) throw new HttpFailure(400, '"inputs" must be a list of rows (or {"input": rows})');
    return matrix.map(asRow);
  }
  const columns = model.features.map((f) => {
    const column = body.inputs?.[f];
    if (!Array.isArray(column)) throw new HttpFailure(400, `"inputs" needs a list for "${f}"`);
    return flatten(column);
  });
  const n = columns[0].length;
  if (columns.some((c) => c.length !== n)) throw new HttpFailure(400, 'the "inputs" lists differ in length');
  return Array.from({ length: n }, (_, i) => model.features.map((f, j) => numberAt(columns[j][i], `"${f}" row ${i}`)));
}

function oipMetadata(model, layout) {
  const inputs =
    layout === 'matrix'
      ? [{ name: 'input', datatype: 'FP64', shape: [-1, model.features.length] }]
      : model.features.map((name) => ({ name, datatype: 'FP64', shape: [-1] }));
  return {
    name: model.name,
    versions: [model.version],
    platform: 'modelgate-reference',
    inputs,
    outputs: [{ name: 'probability', datatype: 'FP64', shape: [-1, 1] }],
  };
}

function tfservingMetadata(model, layout) {
  const tensor = (name, dims) => ({
    dtype: 'DT_DOUBLE',
    tensor_shape: { dim: dims.map((size) => ({ size: String(size) })) },
    name: `${name}:0`,
  });
  const inputs =
    layout === 'matrix'
      ? { input: tensor('input', [-1, model.features.length]) }
      : Object.fromEntries(model.features.map((f) => [f, tensor(f, [-1])]));
  return {
    model_spec: { name: model.name, signature_name: '', version: model.version },
    metadata: {
      signature_def: {
        signature_def: {
          serving_default: { inputs, outputs: { probability: tensor('probability', [-1, 1]) }, method_name: 'tensorflow/serving/predict' },
        },
      },
    },
  };
}

/** Prometheus text exposition of the requests served so far. */
function createMetrics(model) {
  const counts = new Map();
  const histogram = { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 };
  let inFlight = 0;
  const label = (v) => String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
  return {
    start() {
      inFlight++;
      const started = performance.now();
      return (protocol, code) => {
        inFlight--;
        const key = `${protocol}\u0000${code}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        const seconds = (performance.now() - started) / 1000;
        BUCKETS.forEach((bound, i) => {
          if (seconds <= bound) histogram.buckets[i]++;
        });
        histogram.sum += seconds;
        histogram.count++;
      };
    },
    text() {
      const base = `model="${label(model.name)}",version="${label(model.version)}"`;
      const lines = [
        '# HELP modelgate_model_requests_total Requests served on the v1 (TF Serving or KServe V1) and v2 (OIP) routes.',
        '# TYPE modelgate_model_requests_total counter',
      ];
      for (const [key, n] of [...counts].sort()) {
        const [protocol, code] = key.split('\u0000');
        lines.push(`modelgate_model_requests_total{${base},protocol="${protocol}",code="${code}"} ${n}`);
      }
      lines.push('# HELP modelgate_model_request_duration_seconds Time to answer a request.');
      lines.push('# TYPE modelgate_model_request_duration_seconds histogram');
      BUCKETS.forEach((bound, i) =>
        lines.push(`modelgate_model_request_duration_seconds_bucket{${base},le="${bound}"} ${histogram.buckets[i]}`),
      );
      lines.push(`modelgate_model_request_duration_seconds_bucket{${base},le="+Inf"} ${histogram.count}`);
      lines.push(`modelgate_model_request_duration_seconds_sum{${base}} ${histogram.sum}`);
      lines.push(`modelgate_model_request_duration_seconds_count{${base}} ${histogram.count}`);
      lines.push('# HELP modelgate_model_requests_in_flight Requests being answered.');
      lines.push('# TYPE modelgate_model_requests_in_flight gauge');
      lines.push(`modelgate_model_requests_in_flight{${base}} ${inFlight}`);
      return `${lines.join('\n')}\n`;
    },
  };
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpFailure(413, `the request body is larger than ${MAX_BODY} bytes`));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpFailure(400, `the request body is not JSON: ${error.message}`);
  }
}

/** Writes the answer; true, so that a route can `return send(...)` to say it answered. */
function send(response, status, body) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json' });
  response.end(text);
  return true;
}

/** `NAME` and optional `/versions/V` checked against the served model; a mismatch is a 404 as real servers answer. */
function checkModel(model, name, version) {
  if (name !== model.name) throw new HttpFailure(404, `no model named "${name}"; this server serves "${model.name}"`);
  if (version !== undefined && version !== model.version)
    throw new HttpFailure(404, `model "${name}" has no version "${version}"; this server serves version "${model.version}"`);
}

function createApp(options, model) {
  const metrics = createMetrics(model);
  const random = mulberry32(options.seed);
  let predictions = 0;
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  /** The scores as the protocol writes them, with any fault due for this request. */
  async function predict(rows, response, wrap) {
    const n = ++predictions;
    if (options.exitAfter !== undefined && n > options.exitAfter) {
      response.socket?.destroy();
      process.exit(3);
    }
    if (options.delayMs > 0) await sleep(options.delayMs);
    if (options.failRate > 0 && random() < options.failRate) throw new HttpFailure(500, `injected failure (request ${n})`);
    if (options.nonJsonAfter !== undefined && n > options.nonJsonAfter) return send(response, 200, '<html>upstream proxy error</html>');
    let scores = rows.map((row) => score(model, row));
    if (options.wrongShapeAfter !== undefined && n > options.wrongShapeAfter) scores = scores.slice(1);
    let text = JSON.stringify(wrap(scores));
    // TF Serving writes non-finite floats as bare NaN; the first score's digits are replaced in place.
    if (options.nanAfter !== undefined && n > options.nanAfter && scores.length > 0) text = text.replace(JSON.stringify(scores[0]), 'NaN');
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(text);
  }

  const oipOutputs = (scores) => ({
    model_name: model.name,
    model_version: model.version,
    outputs: [{ name: 'probability', datatype: 'FP64', shape: [scores.length, 1], data: scores }],
  });

  /** KServe V1: TF Serving's :predict without versions or signatures, and a readiness answer of its own. */
  async function kserveRoute(request, response, p) {
    const method = request.method;
    if (method === 'GET' && p === '/v1/models') return send(response, 200, { models: [model.name] });
    const m = /^\/v1\/models\/([^/:]+)(:predict)?$/.exec(p);
    if (!m) return false;
    checkModel(model, decodeURIComponent(m[1]));
    if (m[2] && method === 'POST') {
      const body = parseJson(await readBody(request));
      if (!Array.isArray(body?.instances)) throw new HttpFailure(400, 'the request needs "instances"');
      await predict(tfservingRows(model, options.inputs, body), response, (scores) => ({ predictions: scores }));
      return true;
    }
    if (!m[2] && method === 'GET') return send(response, 200, { name: model.name, ready: true });
    return false;
  }

  async function tfservingRoute(request, response, p) {
    const method = request.method;
    const m = /^\/v1\/models\/([^/:]+)(?:\/versions\/([^/:]+))?(\/metadata|:predict)?$/.exec(p);
    if (!m) return false;
    checkModel(model, decodeURIComponent(m[1]), m[2] && decodeURIComponent(m[2]));
    if (m[3] === ':predict' && method === 'POST') {
      const body = parseJson(await readBody(request));
      const rows = tfservingRows(model, options.inputs, body);
      const columnar = body.instances === undefined;
      await predict(rows, response, (scores) => (columnar ? { outputs: scores.map((s) => [s]) } : { predictions: scores.map((s) => [s]) }));
      return true;
    }
    if (m[3] === '/metadata' && method === 'GET') return send(response, 200, tfservingMetadata(model, options.inputs));
    if (m[3] === undefined && method === 'GET')
      return send(response, 200, {
        model_version_status: [{ version: model.version, state: 'AVAILABLE', status: { error_code: 'OK', error_message: '' } }],
      });
    return false;
  }

  async function route(request, response, url) {
    const method = request.method;
    const p = url.pathname;
    let m;
    if (method === 'GET' && p === '/metrics') return send(response, 200, metrics.text());
    if (method === 'GET' && (p === '/v2/health/live' || p === '/v2/health/ready')) return send(response, 200, { live: true, ready: true });
    if (method === 'GET' && p === '/v2') return send(response, 200, { name: 'modelgate-reference', version: '1', extensions: [] });
    if ((m = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(\/ready|\/infer)?$/.exec(p))) {
      checkModel(model, decodeURIComponent(m[1]), m[2] && decodeURIComponent(m[2]));
      if (m[3] === '/infer' && method === 'POST') {
        const body = parseJson(await readBody(request));
        const rows = oipRows(model, options.inputs, body?.inputs);
        return predict(rows, response, (scores) => ({ ...oipOutputs(scores), ...(typeof body.id === 'string' ? { id: body.id } : {}) }));
      }
      if (m[3] === '/ready' && method === 'GET') return send(response, 200, { name: model.name, ready: true });
      if (m[3] === undefined && method === 'GET') return send(response, 200, oipMetadata(model, options.inputs));
    }
    if (p.startsWith('/v1/') && (await (options.v1 === 'kserve' ? kserveRoute : tfservingRoute)(request, response, p))) return;
    throw new HttpFailure(404, `no route for ${method} ${p}`);
  }

  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const protocol = url.pathname.startsWith('/v1/') ? options.v1 : url.pathname.startsWith('/v2/') ? 'oip' : 'other';
    const done = metrics.start();
    try {
      await route(request, response, url);
      done(protocol, response.statusCode);
    } catch (error) {
      const status = error instanceof HttpFailure ? error.status : 500;
      if (!(error instanceof HttpFailure)) process.stderr.write(`model-server: ${error.stack ?? error}\n`);
      if (!response.headersSent) send(response, status, { error: error.message });
      done(protocol, status);
    }
  };
}

const options = parseArgs(process.argv.slice(2));
const model = loadModel(options);
const server = createServer(createApp(options, model));
server.on('error', (error) => fail(error.message));
server.listen(options.port, options.host, () => {
  const { port } = server.address();
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  process.stdout.write(`listening on http://${host}:${port}\n`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
