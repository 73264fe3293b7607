/**
 * The TensorFlow Serving REST and KServe V1 adapter (KServe V1 is TF Serving's `:predict` with a readiness answer of
 * its own and no signature API). TF Serving: the model's status (`GET /v1/models/NAME[/versions/V]`) must show an
 * AVAILABLE version, its serving signature (`.../metadata`) says its inputs unless the options do, and each batch
 * is one `POST /v1/models/NAME[/versions/V]:predict`, in the row format (`{"instances": [...]}` answered with
 * `predictions`) or the columnar format (`{"inputs": ...}` answered with `outputs`). Bare NaN and Infinity, which
 * TF Serving writes for non-finite floats, are read and reported as such.
 */
import { ConfigError, SourceError } from '../errors.js';
import { redactUrl } from '../net/http.js';
import {
  inBatches,
  RequestBudget,
  rowSpan,
  settingsOf,
  shorten,
  storeScores,
  type AdapterOptions,
  type ModelAdapter,
  type ValueType,
} from './adapter.js';
import { getJson, isObject, jsonHeaders, planColumns, planInputs, postBatch, type InputPlan, type InputSpec } from './http-model.js';
import type { HttpModelSpec } from './spec.js';

const SIGNATURE = 'serving_default';

export function tfValueType(dtype: string): ValueType | undefined {
  if (dtype === 'DT_STRING') return 'string';
  if (dtype === 'DT_BOOL') return 'boolean';
  if (/^DT_U?INT(8|16|32|64)$/.test(dtype)) return 'integer';
  if (/^DT_(HALF|BFLOAT16|FLOAT|DOUBLE)$/.test(dtype)) return 'number';
  return undefined;
}

/** The serving signature's inputs from `/metadata`. */
function signatureInputs(metadata: unknown, where: string): InputSpec[] {
  const defs = isObject(metadata) && isObject(metadata.metadata) ? metadata.metadata.signature_def : undefined;
  const signatures = isObject(defs) ? defs.signature_def : undefined;
  const signature = isObject(signatures) ? signatures[SIGNATURE] : undefined;
  if (!isObject(signature) || !isObject(signature.inputs))
    throw new SourceError(`${where}: the metadata has no ${SIGNATURE} signature with inputs`);
  return Object.entries(signature.inputs).map(([name, tensor]) => {
    const dtype = isObject(tensor) && typeof tensor.dtype === 'string' ? tensor.dtype : '';
    const type = tfValueType(dtype);
    if (!type) throw new ConfigError(`${where}: input ${JSON.stringify(name)} has dtype ${JSON.stringify(dtype)}, which rows cannot fill`);
    const shape = isObject(tensor) && isObject(tensor.tensor_shape) ? tensor.tensor_shape : {};
    const dims = Array.isArray(shape.dim) ? shape.dim.map((d) => Number(isObject(d) ? d.size : NaN)) : [];
    return { name, type, shape: dims.map((d) => (Number.isInteger(d) ? d : -1)) };
  });
}

/** Checks the status lists the version asked for (or any version) as AVAILABLE. */
function checkAvailable(status: unknown, version: string | undefined, where: string): void {
  const versions =
    isObject(status) && Array.isArray(status.model_version_status) ? status.model_version_status.filter(isObject) : undefined;
  if (!versions) throw new SourceError(`${where}: the answer has no model_version_status`);
  const wanted = versions.filter((v) => version === undefined || String(v.version) === version);
  if (!wanted.some((v) => v.state === 'AVAILABLE'))
    throw new SourceError(
      `${where}: no ${version === undefined ? '' : `version ${version} of the `}model is AVAILABLE (${versions.map((v) => `${String(v.version)}: ${String(v.state)}`).join(', ') || 'none listed'})`,
    );
}

/** KServe V1's model-ready answer, `{"name": NAME, "ready": true}`. */
function checkReady(status: unknown, name: string, where: string): void {
  if (!isObject(status) || typeof status.ready !== 'boolean')
    throw new SourceError(`${where}: the answer is not a KServe V1 model status ({"name", "ready"}): ${shorten(JSON.stringify(status))}`);
  if (status.ready !== true) throw new SourceError(`${where}: the model ${JSON.stringify(name)} is not ready`);
}

/**
 * TF Serving and KServe V1 share the `:predict` call; they differ in the status answer, in KServe's lack of a
 * signature API (so its inputs are the features named, in the options' layout, a matrix of rows by default) and in
 * the request: KServe V1 takes `instances` only, with no signature name.
 */
async function v1Inputs(spec: HttpModelSpec, options: AdapterOptions, model: string, get: (url: string, what: string) => Promise<unknown>) {
  const statusUrl = `${model}${spec.search}`;
  const where = `GET ${redactUrl(statusUrl)}`;
  const status = await get(statusUrl, `the model status (${where})`);
  if (spec.kind === 'kserve') checkReady(status, spec.name, where);
  else checkAvailable(status, spec.version, where);
  const layout = options.layout ?? (spec.kind === 'kserve' ? 'matrix' : undefined);
  if (layout !== undefined && options.features?.length) {
    // Inputs given in full: a server without the metadata API (KServe V1, or a gateway hiding it) still works.
    const given: InputSpec[] =
      layout === 'matrix'
        ? [{ name: 'inputs', type: 'number', shape: [-1, options.features.length] }]
        : options.features.map((name) => ({ name, type: 'number', shape: [-1] }));
    return { inputs: given, layout };
  }
  if (spec.kind === 'kserve')
    throw new ConfigError(
      `${redactUrl(`${model}:predict`)}: KServe V1 does not say a model's inputs`,
      {},
      {
        hint: 'name the feature columns to send, in order (the model features option)',
      },
    );
  const metadataUrl = `${model}/metadata${spec.search}`;
  const at = `GET ${redactUrl(metadataUrl)}`;
  return { inputs: signatureInputs(await get(metadataUrl, `the model signature (${at})`), at), layout };
}

export async function openTfServing(spec: HttpModelSpec, options: AdapterOptions): Promise<ModelAdapter> {
  const settings = settingsOf(options);
  const headers = jsonHeaders(spec.headers, options);
  const model = `${spec.base}/v1/models/${encodeURIComponent(spec.name)}${spec.version ? `/versions/${encodeURIComponent(spec.version)}` : ''}`;
  const predictUrl = `${model}:predict${spec.search}`;
  const endpoint = redactUrl(predictUrl);
  const kserve = spec.kind === 'kserve';
  if (kserve && options.format === 'inputs')
    throw new ConfigError(`${endpoint}: KServe V1 takes "instances" only, not the columnar "inputs" format`);
  const { inputs, layout } = await v1Inputs(spec, options, model, (url, what) => getJson(url, headers, settings, what));
  const plan = planInputs(inputs, { ...options, layout }, endpoint);
  const format = options.format ?? 'instances';
  const budget = new RequestBudget(settings.maxRequests, endpoint);
  return {
    kind: spec.kind === 'kserve' ? 'kserve' : 'tfserving',
    endpoint,
    features: plan.features,
    async predict(rows, origins) {
      budget.take(Math.ceil(rows.length / settings.batchSize));
      const scores = new Float64Array(rows.length);
      const requests = await inBatches(rows.length, settings.batchSize, settings.concurrency, async (first, end) => {
        const where = `POST ${endpoint} (${rowSpan(first, end)})`;
        const body = predictBody(plan, format, planColumns(plan, rows, first, end, origins), end - first, kserve);
        const answer = await postBatch(predictUrl, endpoint, headers, body, settings, first, end);
        storeScores(answerRows(answer, format, options.output, where), scores, first, end, where);
      });
      return { scores, requests };
    },
    close: async () => {},
  };
}

function predictBody(plan: InputPlan, format: 'instances' | 'inputs', columns: unknown[][], n: number, kserve: boolean): object {
  const row = (i: number) => columns.map((column) => column[i]);
  // KServe V1 knows no signatures: the same instances, without the name.
  const signature = kserve ? {} : { signature_name: SIGNATURE };
  if (format === 'instances') {
    if (plan.layout === 'matrix') return { ...signature, instances: Array.from({ length: n }, (_, i) => row(i)) };
    return {
      ...signature,
      instances: Array.from({ length: n }, (_, i) => Object.fromEntries(plan.features.map((f, j) => [f, columns[j][i]]))),
    };
  }
  if (plan.layout === 'matrix') return { signature_name: SIGNATURE, inputs: Array.from({ length: n }, (_, i) => row(i)) };
  return { signature_name: SIGNATURE, inputs: Object.fromEntries(plan.features.map((f, j) => [f, columns[j]])) };
}

/** `predictions` (row format) or `outputs` (columnar), narrowed to the score output when outputs are named. */
function answerRows(answer: unknown, format: 'instances' | 'inputs', output: string | undefined, where: string): unknown {
  const key = format === 'instances' ? 'predictions' : 'outputs';
  if (!isObject(answer) || !(key in answer))
    throw new SourceError(`${where}: the answer has no "${key}": ${shorten(JSON.stringify(answer))}`);
  const value = answer[key];
  const pick = (named: Record<string, unknown>) => {
    const names = Object.keys(named);
    const name = output ?? (names.length === 1 ? names[0] : undefined);
    if (name === undefined || !Object.hasOwn(named, name))
      throw new SourceError(
        `${where}: ${output === undefined ? `the answer has several outputs (${names.join(', ')}) and none was named` : `the answer has no output ${JSON.stringify(output)}`}`,
      );
    return named[name];
  };
  if (format === 'inputs' && isObject(value)) return pick(value);
  if (Array.isArray(value) && value.length > 0 && value.every(isObject)) return value.map(pick);
  return value;
}
