import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  featureValue,
  responseJson,
  rowSpan
} from "./chunk-UKZD7QTU.js";
import {
  HttpError,
  httpRequest
} from "./chunk-XD5TKENX.js";
import {
  ConfigError,
  SourceError
} from "./chunk-JUZ7LOQF.js";

// shared/model/http-model.ts
function planInputs(inputs, options, endpoint) {
  if (inputs.length === 0) throw new SourceError(`${endpoint}: the model declares no inputs`);
  const names = inputs.map((i) => i.name);
  const single = inputs.length === 1 && inputs[0].shape.length === 2 && !(options.features ?? []).includes(inputs[0].name);
  const layout = options.layout ?? (single ? "matrix" : "columns");
  if (layout === "matrix") {
    const input = inputs[0];
    if (inputs.length !== 1)
      throw new ConfigError(`${endpoint}: the model has ${inputs.length} inputs (${names.join(", ")}), not one matrix`);
    if (!options.features?.length)
      throw new ConfigError(
        `${endpoint}: the model takes one input ${JSON.stringify(input.name)} of shape ${shapeText(input.shape)}`,
        {},
        {
          hint: "name the feature columns that fill it, in order (the model features option)"
        }
      );
    const width = input.shape[1];
    if (width !== void 0 && width !== -1 && width !== options.features.length)
      throw new ConfigError(
        `${endpoint}: the model's input ${JSON.stringify(input.name)} is ${width} wide, and ${options.features.length} features are given`
      );
    const features2 = [...options.features];
    return {
      layout,
      features: features2,
      types: features2.map(() => input.type),
      matrixName: input.name,
      ranks: []
    };
  }
  const features = [...options.features ?? names];
  const byName = new Map(inputs.map((i) => [i.name, i]));
  const missing = features.filter((f) => !byName.has(f));
  if (missing.length)
    throw new ConfigError(
      `${endpoint}: the model has no input named ${missing.map((m) => JSON.stringify(m)).join(", ")}`,
      {},
      {
        hint: `its inputs: ${names.join(", ")}`
      }
    );
  const unfed = names.filter((n) => !features.includes(n));
  if (unfed.length) throw new ConfigError(`${endpoint}: no feature is given for the model's input(s) ${unfed.join(", ")}`);
  const specs = features.map((f) => byName.get(f));
  for (const spec of specs) {
    const rank = spec.shape.length;
    if (rank > 2 || rank === 2 && spec.shape[1] !== 1 && spec.shape[1] !== -1)
      throw new ConfigError(`${endpoint}: input ${JSON.stringify(spec.name)} has shape ${shapeText(spec.shape)}, not one value per row`);
  }
  return {
    layout,
    features,
    types: specs.map((s) => s.type),
    ranks: specs.map((s) => Math.max(1, s.shape.length))
  };
}
function planColumns(plan, rows, first, end, origins) {
  return plan.features.map((feature, j) => {
    const column = new Array(end - first);
    for (let i = first; i < end; i++) {
      const value = featureValue(rows[i], feature, plan.types[j], i, origins);
      column[i - first] = value;
    }
    return column;
  });
}
function shapeText(shape) {
  return `[${shape.join(", ")}]`;
}
async function getJson(url, headers, settings, what) {
  let text;
  try {
    text = (await httpRequest({ url, headers }, settings)).text;
  } catch (error) {
    if (error instanceof HttpError) throw new SourceError(`cannot read ${what}: ${error.message}`, {}, { cause: error });
    throw error;
  }
  return responseJson(text, `GET ${url}`);
}
async function postBatch(url, endpoint, headers, body, settings, first, end) {
  const where = `POST ${endpoint} (${rowSpan(first, end)})`;
  let text;
  try {
    text = (await httpRequest({ method: "POST", url, headers, body: JSON.stringify(body), idempotent: true }, settings)).text;
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    const what = error.status === void 0 ? "no answer" : `answered ${error.status}`;
    throw new SourceError(
      `${where}: ${what}: ${error.detail}${error.tries > 1 ? ` (after ${error.tries} tries)` : ""}`,
      {},
      { cause: error }
    );
  }
  return responseJson(text, where);
}
function jsonHeaders(specHeaders, options) {
  return { ...specHeaders, ...options.headers, "content-type": "application/json", accept: "application/json" };
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  planInputs,
  planColumns,
  shapeText,
  getJson,
  postBatch,
  jsonHeaders,
  isObject
};
