import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  getJson,
  isObject,
  jsonHeaders,
  planColumns,
  planInputs,
  postBatch,
  shapeText
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

// shared/model/oip.ts
function oipValueType(datatype) {
  if (datatype === "BYTES") return "string";
  if (datatype === "BOOL") return "boolean";
  if (/^U?INT(8|16|32|64)$/.test(datatype)) return "integer";
  if (/^FP(16|32|64)$/.test(datatype)) return "number";
  return void 0;
}
function metadataInputs(metadata, where) {
  const declared = isObject(metadata) ? metadata.inputs : void 0;
  if (!Array.isArray(declared)) throw new SourceError(`${where}: the model metadata has no "inputs" list`);
  const datatypes = [];
  const inputs = declared.map((input, i) => {
    const ok = isObject(input) && typeof input.name === "string" && typeof input.datatype === "string" && Array.isArray(input.shape) && input.shape.every((d) => Number.isInteger(d));
    if (!ok)
      throw new SourceError(`${where}: the metadata's input ${i + 1} lacks a name, datatype or shape: ${shorten(JSON.stringify(input))}`);
    const type = oipValueType(input.datatype);
    if (!type)
      throw new ConfigError(
        `${where}: input ${JSON.stringify(input.name)} has datatype ${input.datatype}, which rows cannot fill`
      );
    datatypes.push(input.datatype);
    return { name: input.name, type, shape: input.shape };
  });
  const outputs = isObject(metadata) && Array.isArray(metadata.outputs) ? metadata.outputs : [];
  return { inputs, datatypes, outputs: outputs.filter(isObject).map((o) => String(o.name)) };
}
async function openOip(spec, options) {
  const settings = settingsOf(options);
  const headers = jsonHeaders(spec.headers, options);
  const model = `${spec.base}/v2/models/${encodeURIComponent(spec.name)}${spec.version ? `/versions/${encodeURIComponent(spec.version)}` : ""}`;
  const inferUrl = `${model}/infer${spec.search}`;
  const endpoint = redactUrl(inferUrl);
  const metadataUrl = `${model}${spec.search}`;
  const metadata = await getJson(metadataUrl, headers, settings, `the model metadata (GET ${redactUrl(metadataUrl)})`);
  const declared = metadataInputs(metadata, `GET ${redactUrl(metadataUrl)}`);
  const plan = planInputs(declared.inputs, options, endpoint);
  const datatypeOf = new Map(declared.inputs.map((input, i) => [input.name, declared.datatypes[i]]));
  if (options.output !== void 0 && declared.outputs.length && !declared.outputs.includes(options.output))
    throw new ConfigError(
      `${endpoint}: the model has no output ${JSON.stringify(options.output)}`,
      {},
      { hint: `its outputs: ${declared.outputs.join(", ")}` }
    );
  if (options.output === void 0 && declared.outputs.length > 1)
    throw new ConfigError(
      `${endpoint}: the model has ${declared.outputs.length} outputs (${declared.outputs.join(", ")})`,
      {},
      {
        hint: "name the one holding the score (the model output option)"
      }
    );
  const output = options.output ?? declared.outputs[0];
  const budget = new RequestBudget(settings.maxRequests, endpoint);
  return {
    kind: "oip",
    endpoint,
    features: plan.features,
    async predict(rows, origins) {
      budget.take(Math.ceil(rows.length / settings.batchSize));
      const scores = new Float64Array(rows.length);
      const requests = await inBatches(rows.length, settings.batchSize, settings.concurrency, async (first, end) => {
        const where = `POST ${endpoint} (${rowSpan(first, end)})`;
        const body = { inputs: inferInputs(plan, datatypeOf, planColumns(plan, rows, first, end, origins), end - first) };
        const answer = await postBatch(inferUrl, endpoint, headers, body, settings, first, end);
        storeScores(outputRows(answer, output, first, end, where), scores, first, end, where);
      });
      return { scores, requests };
    },
    close: async () => {
    }
  };
}
function inferInputs(plan, datatypeOf, columns, n) {
  if (plan.layout === "matrix") {
    const k = plan.features.length;
    const data = new Array(n * k);
    for (let i = 0; i < n; i++) for (let j = 0; j < k; j++) data[i * k + j] = columns[j][i];
    return [{ name: plan.matrixName, shape: [n, k], datatype: datatypeOf.get(plan.matrixName), data }];
  }
  return plan.features.map((name, j) => ({
    name,
    shape: plan.ranks[j] === 2 ? [n, 1] : [n],
    datatype: datatypeOf.get(name),
    data: columns[j]
  }));
}
function outputRows(answer, output, first, end, where) {
  if (!isObject(answer) || !Array.isArray(answer.outputs))
    throw new SourceError(`${where}: the answer has no "outputs" list: ${shorten(JSON.stringify(answer))}`);
  const outputs = answer.outputs.filter(isObject);
  const tensor = output === void 0 ? outputs.length === 1 ? outputs[0] : void 0 : outputs.find((o) => o.name === output);
  if (!tensor)
    throw new SourceError(
      `${where}: ${output === void 0 ? `the answer has ${outputs.length} outputs and none was named` : `the answer has no output ${JSON.stringify(output)}`}`
    );
  const shape = tensor.shape;
  const data = Array.isArray(tensor.data) ? tensor.data.flat(Infinity) : void 0;
  if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0) || !data)
    throw new SourceError(`${where}: output ${JSON.stringify(tensor.name)} lacks a shape or data`);
  const size = shape.reduce((a, b) => a * b, 1);
  if (size !== data.length)
    throw new SourceError(
      `${where}: output ${JSON.stringify(tensor.name)} has ${data.length} values for shape ${shapeText(shape)}`
    );
  const n = end - first;
  if (shape[0] !== n)
    throw new SourceError(
      `${where}: output ${JSON.stringify(tensor.name)} has shape ${shapeText(shape)} for the ${n} rows sent (wrong output shape)`
    );
  const width = n === 0 ? 1 : size / n;
  if (width === 1) return data;
  return Array.from({ length: n }, (_, i) => data.slice(i * width, i * width + width));
}
export {
  oipValueType,
  openOip
};
