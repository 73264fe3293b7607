import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  getJson,
  isObject,
  jsonHeaders,
  planColumns,
  planInputs,
  postBatch
} from "./chunk-Y3JTFFIU.js";
import {
  RequestBudget,
  inBatches,
  rowSpan,
  settingsOf,
  shorten,
  storeScores
} from "./chunk-UKZD7QTU.js";
import {
  redactUrl
} from "./chunk-XD5TKENX.js";
import "./chunk-CDUPDCSK.js";
import {
  ConfigError,
  SourceError
} from "./chunk-JUZ7LOQF.js";
import "./chunk-ZGDBGMMU.js";

// shared/model/tfserving.ts
var SIGNATURE = "serving_default";
function tfValueType(dtype) {
  if (dtype === "DT_STRING") return "string";
  if (dtype === "DT_BOOL") return "boolean";
  if (/^DT_U?INT(8|16|32|64)$/.test(dtype)) return "integer";
  if (/^DT_(HALF|BFLOAT16|FLOAT|DOUBLE)$/.test(dtype)) return "number";
  return void 0;
}
function signatureInputs(metadata, where) {
  const defs = isObject(metadata) && isObject(metadata.metadata) ? metadata.metadata.signature_def : void 0;
  const signatures = isObject(defs) ? defs.signature_def : void 0;
  const signature = isObject(signatures) ? signatures[SIGNATURE] : void 0;
  if (!isObject(signature) || !isObject(signature.inputs))
    throw new SourceError(`${where}: the metadata has no ${SIGNATURE} signature with inputs`);
  return Object.entries(signature.inputs).map(([name, tensor]) => {
    const dtype = isObject(tensor) && typeof tensor.dtype === "string" ? tensor.dtype : "";
    const type = tfValueType(dtype);
    if (!type) throw new ConfigError(`${where}: input ${JSON.stringify(name)} has dtype ${JSON.stringify(dtype)}, which rows cannot fill`);
    const shape = isObject(tensor) && isObject(tensor.tensor_shape) ? tensor.tensor_shape : {};
    const dims = Array.isArray(shape.dim) ? shape.dim.map((d) => Number(isObject(d) ? d.size : NaN)) : [];
    return { name, type, shape: dims.map((d) => Number.isInteger(d) ? d : -1) };
  });
}
function checkAvailable(status, version, where) {
  const versions = isObject(status) && Array.isArray(status.model_version_status) ? status.model_version_status.filter(isObject) : void 0;
  if (!versions) throw new SourceError(`${where}: the answer has no model_version_status`);
  const wanted = versions.filter((v) => version === void 0 || String(v.version) === version);
  if (!wanted.some((v) => v.state === "AVAILABLE"))
    throw new SourceError(
      `${where}: no ${version === void 0 ? "" : `version ${version} of the `}model is AVAILABLE (${versions.map((v) => `${String(v.version)}: ${String(v.state)}`).join(", ") || "none listed"})`
    );
}
function checkReady(status, name, where) {
  if (!isObject(status) || typeof status.ready !== "boolean")
    throw new SourceError(`${where}: the answer is not a KServe V1 model status ({"name", "ready"}): ${shorten(JSON.stringify(status))}`);
  if (status.ready !== true) throw new SourceError(`${where}: the model ${JSON.stringify(name)} is not ready`);
}
async function v1Inputs(spec, options, model, get) {
  const statusUrl = `${model}${spec.search}`;
  const where = `GET ${redactUrl(statusUrl)}`;
  const status = await get(statusUrl, `the model status (${where})`);
  if (spec.kind === "kserve") checkReady(status, spec.name, where);
  else checkAvailable(status, spec.version, where);
  const layout = options.layout ?? (spec.kind === "kserve" ? "matrix" : void 0);
  if (layout !== void 0 && options.features?.length) {
    const given = layout === "matrix" ? [{ name: "inputs", type: "number", shape: [-1, options.features.length] }] : options.features.map((name) => ({ name, type: "number", shape: [-1] }));
    return { inputs: given, layout };
  }
  if (spec.kind === "kserve")
    throw new ConfigError(
      `${redactUrl(`${model}:predict`)}: KServe V1 does not say a model's inputs`,
      {},
      {
        hint: "name the feature columns to send, in order (the model features option)"
      }
    );
  const metadataUrl = `${model}/metadata${spec.search}`;
  const at = `GET ${redactUrl(metadataUrl)}`;
  return { inputs: signatureInputs(await get(metadataUrl, `the model signature (${at})`), at), layout };
}
async function openTfServing(spec, options) {
  const settings = settingsOf(options);
  const headers = jsonHeaders(spec.headers, options);
  const model = `${spec.base}/v1/models/${encodeURIComponent(spec.name)}${spec.version ? `/versions/${encodeURIComponent(spec.version)}` : ""}`;
  const predictUrl = `${model}:predict${spec.search}`;
  const endpoint = redactUrl(predictUrl);
  const kserve = spec.kind === "kserve";
  if (kserve && options.format === "inputs")
    throw new ConfigError(`${endpoint}: KServe V1 takes "instances" only, not the columnar "inputs" format`);
  const { inputs, layout } = await v1Inputs(spec, options, model, (url, what) => getJson(url, headers, settings, what));
  const plan = planInputs(inputs, { ...options, layout }, endpoint);
  const format = options.format ?? "instances";
  const budget = new RequestBudget(settings.maxRequests, endpoint);
  return {
    kind: spec.kind === "kserve" ? "kserve" : "tfserving",
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
    close: async () => {
    }
  };
}
function predictBody(plan, format, columns, n, kserve) {
  const row = (i) => columns.map((column) => column[i]);
  const signature = kserve ? {} : { signature_name: SIGNATURE };
  if (format === "instances") {
    if (plan.layout === "matrix") return { ...signature, instances: Array.from({ length: n }, (_, i) => row(i)) };
    return {
      ...signature,
      instances: Array.from({ length: n }, (_, i) => Object.fromEntries(plan.features.map((f, j) => [f, columns[j][i]])))
    };
  }
  if (plan.layout === "matrix") return { signature_name: SIGNATURE, inputs: Array.from({ length: n }, (_, i) => row(i)) };
  return { signature_name: SIGNATURE, inputs: Object.fromEntries(plan.features.map((f, j) => [f, columns[j]])) };
}
function answerRows(answer, format, output, where) {
  const key = format === "instances" ? "predictions" : "outputs";
  if (!isObject(answer) || !(key in answer))
    throw new SourceError(`${where}: the answer has no "${key}": ${shorten(JSON.stringify(answer))}`);
  const value = answer[key];
  const pick = (named) => {
    const names = Object.keys(named);
    const name = output ?? (names.length === 1 ? names[0] : void 0);
    if (name === void 0 || !Object.hasOwn(named, name))
      throw new SourceError(
        `${where}: ${output === void 0 ? `the answer has several outputs (${names.join(", ")}) and none was named` : `the answer has no output ${JSON.stringify(output)}`}`
      );
    return named[name];
  };
  if (format === "inputs" && isObject(value)) return pick(value);
  if (Array.isArray(value) && value.length > 0 && value.every(isObject)) return value.map(pick);
  return value;
}
export {
  openTfServing,
  tfValueType
};
