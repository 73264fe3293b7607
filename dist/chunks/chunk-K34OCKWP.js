import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  isObject,
  jsonHeaders,
  postBatch
} from "./chunk-Y3JTFFIU.js";
import {
  RequestBudget,
  featureValue,
  inBatches,
  rowSpan,
  settingsOf,
  shorten,
  storeScores
} from "./chunk-UKZD7QTU.js";
import {
  redactUrl
} from "./chunk-XD5TKENX.js";
import {
  decimalNumber
} from "./chunk-CDUPDCSK.js";
import {
  ConfigError,
  SourceError
} from "./chunk-JUZ7LOQF.js";

// shared/model/json-http.ts
var ROWS_PLACEHOLDER = "$rows";
var POINTER = /^(\/([^~/]|~[01])*)*$/;
function pointerTokens(pointer) {
  if (!POINTER.test(pointer)) throw new ConfigError(`${JSON.stringify(pointer)} is not a JSON pointer (RFC 6901)`);
  return pointer === "" ? [] : pointer.slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function resolvePointer(value, tokens) {
  let at = value;
  for (const token of tokens) {
    if (Array.isArray(at)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= at.length) return void 0;
      at = at[Number(token)];
    } else if (isObject(at)) {
      if (!Object.hasOwn(at, token)) return void 0;
      at = at[token];
    } else return void 0;
  }
  return at;
}
function placeholderCount(template) {
  if (template === ROWS_PLACEHOLDER) return 1;
  if (Array.isArray(template)) return template.reduce((n, item) => n + placeholderCount(item), 0);
  if (isObject(template)) return Object.values(template).reduce((n, item) => n + placeholderCount(item), 0);
  return 0;
}
function checkJsonRequest(json, at = () => ({})) {
  if (json === void 0 || typeof json !== "object")
    throw new ConfigError("a json+http model needs its request template and the JSON pointer to the scores", at(""), {
      hint: 'set evaluate.model.json: {template: {"instances": "$rows"}, output: /predictions}'
    });
  const template = json.template === void 0 ? ROWS_PLACEHOLDER : json.template;
  const count = placeholderCount(template);
  if (count !== 1)
    throw new ConfigError(
      `the request template must hold the string ${JSON.stringify(ROWS_PLACEHOLDER)} once, where the rows go; it holds it ${count} times`,
      at("/template")
    );
  const rows = json.rows ?? "objects";
  if (rows !== "objects" && rows !== "arrays")
    throw new ConfigError(`rows must be "objects" or "arrays", got ${shorten(JSON.stringify(rows))}`, at("/rows"));
  if (typeof json.output !== "string")
    throw new ConfigError("the JSON pointer to the scores (output) is missing", at("/output"), { hint: "for example /predictions" });
  try {
    pointerTokens(json.output);
  } catch (error) {
    throw new ConfigError(error.message, at("/output"), { hint: 'a pointer is "" or starts with /, e.g. /outputs/0/data' });
  }
  return { template, rows, output: json.output };
}
function fillTemplate(template, rows) {
  if (template === ROWS_PLACEHOLDER) return rows;
  if (Array.isArray(template)) return template.map((item) => fillTemplate(item, rows));
  if (!isObject(template)) return template;
  const out = /* @__PURE__ */ Object.create(null);
  for (const [key, value] of Object.entries(template)) out[key] = fillTemplate(value, rows);
  return out;
}
function jsonValue(record, column, row, origins) {
  const value = Object.hasOwn(record, column) ? record[column] : void 0;
  if (value === void 0 || value === null || value === "") return featureValue(record, column, "string", row, origins);
  if (typeof value !== "string") return value;
  const number = decimalNumber(value);
  return Number.isFinite(number) ? number : value;
}
function batchRows(features, layout, rows, first, end, origins) {
  const out = new Array(end - first);
  for (let i = first; i < end; i++) {
    if (layout === "arrays") out[i - first] = features.map((f) => jsonValue(rows[i], f, i, origins));
    else {
      const record = /* @__PURE__ */ Object.create(null);
      for (const f of features) record[f] = jsonValue(rows[i], f, i, origins);
      out[i - first] = record;
    }
  }
  return out;
}
async function openJsonModel(spec, options) {
  const settings = settingsOf(options);
  const endpoint = redactUrl(spec.url);
  const request = checkJsonRequest(options.json);
  const tokens = pointerTokens(request.output);
  if (!options.features?.length)
    throw new ConfigError(
      `${endpoint}: a JSON API does not say its inputs`,
      {},
      {
        hint: "name the feature columns to send, in order (the model features option)"
      }
    );
  const features = [...options.features];
  const headers = jsonHeaders(spec.headers, options);
  const budget = new RequestBudget(settings.maxRequests, endpoint);
  return {
    kind: "json",
    endpoint,
    features,
    async predict(rows, origins) {
      budget.take(Math.ceil(rows.length / settings.batchSize));
      const scores = new Float64Array(rows.length);
      const requests = await inBatches(rows.length, settings.batchSize, settings.concurrency, async (first, end) => {
        const where = `POST ${endpoint} (${rowSpan(first, end)})`;
        const body = fillTemplate(request.template, batchRows(features, request.rows, rows, first, end, origins));
        const answer = await postBatch(spec.url, endpoint, headers, body, settings, first, end);
        const values = resolvePointer(answer, tokens);
        if (values === void 0)
          throw new SourceError(
            `${where}: the answer has nothing at the output pointer ${JSON.stringify(request.output)}: ${shorten(JSON.stringify(answer))}`
          );
        storeScores(values, scores, first, end, `${where}, output ${JSON.stringify(request.output)}`);
      });
      return { scores, requests };
    },
    close: async () => {
    }
  };
}

export {
  ROWS_PLACEHOLDER,
  pointerTokens,
  resolvePointer,
  checkJsonRequest,
  openJsonModel
};
