import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  decimalNumber
} from "./chunk-CDUPDCSK.js";
import {
  ConfigError,
  DataError,
  SourceError
} from "./chunk-JUZ7LOQF.js";

// shared/model/adapter.ts
var ADAPTER_DEFAULTS = {
  batchSize: 64,
  concurrency: 4,
  timeoutMs: 3e4,
  retries: 2,
  backoffMs: 500,
  maxRequests: Number.POSITIVE_INFINITY,
  startupTimeoutMs: 6e4
};
function settingsOf(options) {
  const settings = { ...ADAPTER_DEFAULTS };
  for (const key of Object.keys(ADAPTER_DEFAULTS)) {
    const value = options[key];
    if (value === void 0) continue;
    const least = key === "retries" || key === "backoffMs" ? 0 : 1;
    if (!(Number.isInteger(value) && value >= least) && !(key === "maxRequests" && value === Number.POSITIVE_INFINITY))
      throw new ConfigError(`model option ${key} must be a whole number >= ${least}, got ${JSON.stringify(value)}`);
    settings[key] = value;
  }
  return settings;
}
async function inBatches(count, batchSize, concurrency, request) {
  const batches = Math.ceil(count / batchSize);
  const stats = new Array(batches);
  let next = 0;
  const state = {};
  const fail = (batch, error) => {
    if (state.failed === void 0 || batch < state.failed.batch) state.failed = { batch, error };
  };
  const worker = async () => {
    while (state.failed === void 0 && next < batches) {
      const batch = next++;
      const first = batch * batchSize;
      const end = Math.min(count, first + batchSize);
      const started = performance.now();
      try {
        await request(first, end);
      } catch (error) {
        fail(batch, error);
        return;
      }
      stats[batch] = { first, rows: end - first, ms: performance.now() - started };
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, batches) }, worker));
  if (state.failed) throw state.failed.error;
  return stats;
}
var RequestBudget = class {
  constructor(limit, endpoint) {
    this.limit = limit;
    this.endpoint = endpoint;
  }
  limit;
  endpoint;
  used = 0;
  take(requests) {
    if (this.used + requests > this.limit)
      throw new ConfigError(
        `scoring through ${this.endpoint} would take ${requests} more requests, past the budget of ${this.limit} (${this.used} used)`,
        {},
        { hint: "raise the model request budget (maxRequests), or a larger batch size" }
      );
    this.used += requests;
  }
};
function rowSpan(first, end) {
  return end - first === 1 ? `row ${first + 1}` : `rows ${first + 1}-${end}`;
}
var NON_FINITE = "\0";
function parseModelJson(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!/NaN|Infinity/.test(text)) throw error;
    return JSON.parse(markNonFinite(text));
  }
}
function markNonFinite(text) {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === "\\") out += text[++i] ?? "";
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    const token = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9))?.[0];
    if (token) {
      out += JSON.stringify(NON_FINITE + token);
      i += token.length - 1;
    } else out += c;
  }
  return out;
}
function scoreOf(value, row, where) {
  let v = value;
  if (Array.isArray(v)) {
    if (v.length === 2) v = v[1];
    else if (v.length === 1) v = v[0];
    else
      throw new SourceError(
        `${where}: row ${row + 1} has ${v.length} outputs; a model must give one score, or two class probabilities (the second is the positive class)`
      );
  }
  if (typeof v === "string" && v.startsWith(NON_FINITE)) throw new SourceError(`${where}: row ${row + 1} scored ${v.slice(1)}`);
  if (typeof v !== "number") throw new SourceError(`${where}: row ${row + 1} has no numeric score (got ${shorten(JSON.stringify(v))})`);
  if (!Number.isFinite(v)) throw new SourceError(`${where}: row ${row + 1} scored ${v}`);
  return v;
}
function storeScores(values, out, first, end, where) {
  if (!Array.isArray(values)) throw new SourceError(`${where}: expected a list of scores, got ${shorten(JSON.stringify(values))}`);
  if (values.length !== end - first)
    throw new SourceError(`${where}: ${values.length} scores for the ${end - first} rows sent (wrong output shape)`);
  for (let i = 0; i < values.length; i++) out[first + i] = scoreOf(values[i], first + i, where);
}
function responseJson(text, where) {
  try {
    return parseModelJson(text);
  } catch {
    throw new SourceError(`${where}: the answer is not JSON: ${JSON.stringify(shorten(text))}`);
  }
}
function shorten(text, max = 120) {
  const one = String(text).replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max)}\u2026` : one;
}
function featureValue(record, column, type, row, origins) {
  const value = Object.hasOwn(record, column) ? record[column] : void 0;
  const origin = origins?.[row];
  const where = origin ? { ...origin, column } : { column };
  const feature = `${origin ? "" : `row ${row + 1}: `}feature ${JSON.stringify(column)}`;
  if (value === void 0 || value === null || value === "")
    throw new DataError(`${feature} is missing`, where, { hint: "the model is asked only for complete rows" });
  if (type === "string") return typeof value === "string" ? value : String(value);
  if (type === "boolean") {
    if (typeof value === "boolean") return value;
    if (value === "true" || value === "false") return value === "true";
    throw new DataError(`${feature} is boolean, and ${shorten(JSON.stringify(value))} is not`, where);
  }
  const number = typeof value === "number" ? value : typeof value === "string" ? decimalNumber(value) : NaN;
  if (!Number.isFinite(number))
    throw new DataError(`${feature} is numeric, and ${shorten(JSON.stringify(value))} is not a finite number`, where);
  if (type === "integer" && !Number.isInteger(number))
    throw new DataError(`${feature} must be a whole number for the model, and ${shorten(JSON.stringify(value))} is not`, where);
  return number;
}

export {
  settingsOf,
  inBatches,
  RequestBudget,
  rowSpan,
  parseModelJson,
  scoreOf,
  storeScores,
  responseJson,
  shorten,
  featureValue
};
