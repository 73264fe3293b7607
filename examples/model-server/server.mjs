#!/usr/bin/env node
/**
 * A reference model server: a saved TF.js model directory (the train gate's output, or any TF.js LayersModel or
 * GraphModel), or, with no dependencies at all, one small deterministic model, a logistic regression
 * `score = 1 / (1 + exp(-(bias + Σ weight_i · x_i)))`, served over both the Open Inference Protocol v2 (KServe,
 * Triton, MLServer) and TensorFlow Serving's REST API, so every modelgate adapter and gate can be tried against
 * a real endpoint on loopback. The tests start it as a process; so can a demo or a developer.
 *
 *   node examples/model-server/server.mjs --model DIR [--name NAME] [--port 0] [--model-version 2]
 *   node examples/model-server/server.mjs --features income,debt --coef 0.8,-1.5 --v1 kserve   (KServe V1 on /v1)
 *   node examples/model-server/server.mjs --weights model.json [--name NAME] [--port 0] [--model-version 2]
 *   node examples/model-server/server.mjs --features income,debt --coef 0.8,-1.5 --bias 0.2
 *
 * `--model DIR` loads the directory with modelgate's TF.js code (the bundle dist/model-server-tfjs.js, imported only
 * then), so its scores are those of `--model tfjs:DIR` in process. NAME defaults to the directory's name. A train
 * gate model (with preprocessing.json) takes its raw feature columns as inputs, numbers as FP64 and categories as
 * BYTES, one tensor of shape [-1] each; any other TF.js model takes its own input tensors. `--model-version V`
 * only labels it.
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
import { existsSync, readFileSync } from 'node:fs';
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
  '--model': 'modelDir',
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

/** The served logistic regression: features, weights and bias of the chosen version. */
function loadLinearModel(options) {
  let spec;
  if (options.weights) {
    try {
      spec = JSON.parse(readFileSync(options.weights, 'utf8'));
    } catch (error) {
      fail(`cannot read the weights file ${options.weights}: ${error.message}`);
    }
  } else if (options.features && options.coef) {
    spec = { features: options.features.split(','), weights: options.coef.split(',').map(Number), bias: Number(options.bias ?? 0) };
  } else fail('give --model DIR, --weights FILE, or --features and --coef (and --bias)');
  const name = options.name ?? (options.weights ? path.basename(options.weights).replace(/\.json$/, '') : 'model');
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
  const k = features.length;
  const matrix = options.inputs === 'matrix';
  return {
    name,
    version: options.version,
    platform: 'modelgate-reference',
    inputs: matrix
      ? [{ name: 'input', datatype: 'FP64', shape: [-1, k] }]
      : features.map((feature) => ({ name: feature, datatype: 'FP64', shape: [-1] })),
    outputs: [{ name: 'probability', datatype: 'FP64', shape: [-1, 1] }],
    // The model's formula; the tests compute the same expression in the same order.
    predict(columns, n) {
      const data = new Array(n);
      for (let i = 0; i < n; i++) {
        let z = bias;
        for (let j = 0; j < k; j++) z += weights[j] * (matrix ? columns[0][i * k + j] : columns[j][i]);
        data[i] = 1 / (1 + Math.exp(-z));
      }
      return { data, width: 1 };
    },
  };
}

/**
 * A TF.js model directory, loaded with modelgate's own TF.js code (the bundle dist/model-server-tfjs.js, built from
 * shared/model/serve-tfjs.ts), so a row scores exactly as the `tfjs` adapter scores it in process. Imported only
 * here: without --model the server needs nothing beyond Node.
 */
async function loadTfjsModel(options) {
  if (options.weights || options.features || options.coef) fail('--model serves a TF.js directory; drop --weights, --features and --coef');
  const bundle = new URL('../../dist/model-server-tfjs.js', import.meta.url);
  if (!existsSync(bundle)) fail('--model needs the bundle dist/model-server-tfjs.js: run npm run build');
  const { openServedModel, formatError } = await import(bundle.href);
  let served;
  try {
    served = await openServedModel(options.modelDir);
  } catch (error) {
    fail(`cannot serve the model in ${options.modelDir}: ${formatError(error)}`);
  }
  return {
    name: options.name ?? path.basename(path.resolve(options.modelDir)),
    version: options.version,
    platform: `tensorflowjs (${served.backend})`,
    inputs: served.inputs,
    outputs: served.outputs.slice(0, 1),
    predict: (columns, n) => served.predict(columns, n),
  };
}

async function loadModel(options) {
  const model = options.modelDir === undefined ? loadLinearModel(options) : await loadTfjsModel(options);
  if (!NAME_PATTERN.test(model.name)) fail(`the model name ${JSON.stringify(model.name)} is not a plain name`);
  return model;
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

/** A value as the input's datatype wants it; anything else is a 400 naming where it was. */
function checkValue(datatype, value, what) {
  if (datatype === 'BYTES') {
    if (typeof value !== 'string') throw new HttpFailure(400, `${what}: ${JSON.stringify(value)} is not a string`);
  } else if (datatype === 'BOOL') {
    if (typeof value !== 'boolean') throw new HttpFailure(400, `${what}: ${JSON.stringify(value)} is not a boolean`);
  } else if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new HttpFailure(400, `${what}: ${JSON.stringify(value)} is not a finite number`);
  } else if (datatype.includes('INT') && !Number.isInteger(value)) {
    throw new HttpFailure(400, `${what}: ${JSON.stringify(value)} is not a whole number`);
  }
  return value;
}

/** Values per row of an input: the product of its dimensions after the first (a free one counts 1: checked later). */
function rowWidth(input) {
  return input.shape.slice(1).reduce((a, d) => (d === -1 ? a : a * d), 1);
}

const shapeText = (shape) => `[${shape.join(', ')}]`;

/** One input's flat values for `n` rows, each checked against its datatype. */
function checkColumn(input, data, n) {
  const width = n === 0 ? rowWidth(input) : data.length / n;
  if (!Number.isInteger(width) || (rowWidth(input) !== width && !input.shape.slice(1).includes(-1)))
    throw new HttpFailure(
      400,
      `input "${input.name}" has ${data.length} values, which do not fill ${n} rows of shape ${shapeText(input.shape)}`,
    );
  data.forEach((v, k) =>
    checkValue(input.datatype, v, `input "${input.name}" row ${Math.floor(k / width)}${width > 1 ? ` value ${k % width}` : ''}`),
  );
  return data;
}

/** Whether a request tensor's shape fits the declared one: same rank (or [n, 1] for [-1]), fixed dimensions equal. */
function shapeFits(declared, shape) {
  if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0)) return false;
  if (declared.length === 1) return shape.length === 1 || (shape.length === 2 && shape[1] === 1);
  return shape.length === declared.length && declared.every((d, i) => i === 0 || d === -1 || d === shape[i]);
}

/** The columns of an OIP v2 infer request, one flat array per declared input. */
function oipColumns(model, inputs) {
  if (!Array.isArray(inputs) || inputs.length === 0) throw new HttpFailure(400, 'the request has no inputs');
  const byName = new Map(inputs.map((t) => [t?.name, t]));
  let n;
  const columns = model.inputs.map((input) => {
    const tensor = byName.get(input.name);
    if (!tensor) throw new HttpFailure(400, `missing input tensor "${input.name}" of shape ${shapeText(input.shape)}`);
    if (!shapeFits(input.shape, tensor.shape))
      throw new HttpFailure(400, `input "${input.name}" must have shape ${shapeText(input.shape)}, got ${JSON.stringify(tensor.shape)}`);
    const rows = tensor.shape[0];
    const data = flatten(tensor.data);
    if (data.length !== tensor.shape.reduce((a, d) => a * d, 1))
      throw new HttpFailure(400, `input "${input.name}" has ${data.length} values for shape ${JSON.stringify(tensor.shape)}`);
    if (n !== undefined && rows !== n) throw new HttpFailure(400, `input "${input.name}" has ${rows} rows, the others ${n}`);
    n = rows;
    return checkColumn(input, data, rows);
  });
  if (byName.size !== model.inputs.length)
    throw new HttpFailure(400, `expected exactly the inputs ${model.inputs.map((i) => i.name).join(', ')}`);
  return { columns, n };
}

const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The columns of a TF Serving request: `instances` (row format) or `inputs` (columnar format). */
function tfservingColumns(model, body) {
  const single = model.inputs.length === 1 ? model.inputs[0] : undefined;
  if (Array.isArray(body?.instances)) {
    const n = body.instances.length;
    const columns = model.inputs.map(() => []);
    body.instances.forEach((instance, i) => {
      // A model with one input takes each instance bare; named inputs come as an object per instance.
      const named = isPlainObject(instance) && !(single && !Object.hasOwn(instance, single.name));
      if (!named && !single) throw new HttpFailure(400, `instance ${i} must be an object`);
      model.inputs.forEach((input, j) => {
        const value = named ? instance[input.name] : instance;
        if (value === undefined) throw new HttpFailure(400, `instance ${i} has no "${input.name}"`);
        const values = flatten(value);
        if (input.shape.length > 1 && rowWidth(input) !== values.length && !input.shape.slice(1).includes(-1))
          throw new HttpFailure(400, `instance ${i} "${input.name}" must be a list of ${rowWidth(input)} values`);
        columns[j].push(...values);
      });
    });
    return { columns: columns.map((data, j) => checkColumn(model.inputs[j], data, n)), n };
  }
  if (body?.inputs === undefined) throw new HttpFailure(400, 'the request needs "instances" or "inputs"');
  let n;
  const columns = model.inputs.map((input) => {
    const value =
      single && !(isPlainObject(body.inputs) && Object.hasOwn(body.inputs, single.name)) ? body.inputs : body.inputs?.[input.name];
    if (!Array.isArray(value)) throw new HttpFailure(400, `"inputs" needs a list for "${input.name}"`);
    if (n !== undefined && value.length !== n) throw new HttpFailure(400, 'the "inputs" lists differ in length');
    n = value.length;
    return checkColumn(input, flatten(value), n);
  });
  return { columns, n };
}

function oipMetadata(model) {
  return { name: model.name, versions: [model.version], platform: model.platform, inputs: model.inputs, outputs: model.outputs };
}

const DTYPES = { FP64: 'DT_DOUBLE', FP32: 'DT_FLOAT', INT32: 'DT_INT32', BOOL: 'DT_BOOL', BYTES: 'DT_STRING' };

function tfservingMetadata(model) {
  const tensor = ({ name, datatype, shape }) => ({
    dtype: DTYPES[datatype],
    tensor_shape: { dim: shape.map((size) => ({ size: String(size) })) },
    name: `${name}:0`,
  });
  const named = (list) => Object.fromEntries(list.map((t) => [t.name, tensor(t)]));
  return {
    model_spec: { name: model.name, signature_name: '', version: model.version },
    metadata: {
      signature_def: {
        signature_def: {
          serving_default: { inputs: named(model.inputs), outputs: named(model.outputs), method_name: 'tensorflow/serving/predict' },
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

  /** The model's output for the rows, with any fault due for this request: flat row-major data, `width` per row. */
  async function predict({ columns, n: rows }, response, wrap) {
    const n = ++predictions;
    if (options.exitAfter !== undefined && n > options.exitAfter) {
      response.socket?.destroy();
      process.exit(3);
    }
    if (options.delayMs > 0) await sleep(options.delayMs);
    if (options.failRate > 0 && random() < options.failRate) throw new HttpFailure(500, `injected failure (request ${n})`);
    if (options.nonJsonAfter !== undefined && n > options.nonJsonAfter) return send(response, 200, '<html>upstream proxy error</html>');
    let output;
    try {
      output = model.predict(columns, rows);
    } catch (error) {
      // The TF.js loader's DataError is about the request's values; anything else is the server's own fault.
      if (error?.name === 'DataError') throw new HttpFailure(400, error.message);
      throw error;
    }
    let { data, width } = output;
    if (options.wrongShapeAfter !== undefined && n > options.wrongShapeAfter) data = data.slice(width);
    let text = JSON.stringify(wrap(data, width));
    // TF Serving writes non-finite floats as bare NaN; the first score's digits are replaced in place.
    if (options.nanAfter !== undefined && n > options.nanAfter && data.length > 0) text = text.replace(JSON.stringify(data[0]), 'NaN');
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(text);
  }

  const oipOutputs = (data, width) => ({
    model_name: model.name,
    model_version: model.version,
    outputs: [{ name: model.outputs[0].name, datatype: model.outputs[0].datatype, shape: [data.length / width, width], data }],
  });
  /** TF Serving writes one list per row. */
  const perRow = (data, width) => Array.from({ length: data.length / width }, (_, i) => data.slice(i * width, i * width + width));

  /** KServe V1: TF Serving's :predict without versions or signatures, one score a row, and a readiness answer of its own. */
  async function kserveRoute(request, response, p) {
    const method = request.method;
    if (method === 'GET' && p === '/v1/models') return send(response, 200, { models: [model.name] });
    const m = /^\/v1\/models\/([^/:]+)(:predict)?$/.exec(p);
    if (!m) return false;
    checkModel(model, decodeURIComponent(m[1]));
    if (m[2] && method === 'POST') {
      const body = parseJson(await readBody(request));
      if (!Array.isArray(body?.instances)) throw new HttpFailure(400, 'the request needs "instances"');
      await predict(tfservingColumns(model, body), response, (data, width) => ({
        predictions: width === 1 ? Array.from(data) : perRow(data, width),
      }));
      return true;
    }
    if (!m[2] && method === 'GET') return send(response, 200, { name: model.name, ready: true });
    return false;
  }

  async function tfservingRoute(request, response, p) {
    const method = request.method;
    let m;
    if ((m = /^\/v1\/models\/([^/:]+)(?:\/versions\/([^/:]+))?(\/metadata|:predict)?$/.exec(p))) {
      checkModel(model, decodeURIComponent(m[1]), m[2] && decodeURIComponent(m[2]));
      if (m[3] === ':predict' && method === 'POST') {
        const body = parseJson(await readBody(request));
        const batch = tfservingColumns(model, body);
        const columnar = body.instances === undefined;
        await predict(batch, response, (data, width) =>
          columnar ? { outputs: perRow(data, width) } : { predictions: perRow(data, width) },
        );
        return true;
      }
      if (m[3] === '/metadata' && method === 'GET') return send(response, 200, tfservingMetadata(model));
      if (m[3] === undefined && method === 'GET')
        return send(response, 200, {
          model_version_status: [{ version: model.version, state: 'AVAILABLE', status: { error_code: 'OK', error_message: '' } }],
        });
    }
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
        const batch = oipColumns(model, body?.inputs);
        return predict(batch, response, (data, width) => ({
          ...oipOutputs(data, width),
          ...(typeof body.id === 'string' ? { id: body.id } : {}),
        }));
      }
      if (m[3] === '/ready' && method === 'GET') return send(response, 200, { name: model.name, ready: true });
      if (m[3] === undefined && method === 'GET') return send(response, 200, oipMetadata(model));
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
const model = await loadModel(options);
const server = createServer(createApp(options, model));
server.on('error', (error) => fail(error.message));
server.listen(options.port, options.host, () => {
  const { port } = server.address();
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  process.stdout.write(`listening on http://${host}:${port}\n`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
