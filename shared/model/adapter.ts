/**
 * One interface for every way of asking a model for scores: rows of features in, one score per row out, with the
 * time each request took. The adapters (OIP v2 and TF Serving over HTTP, a JSON Lines command, a TF.js directory)
 * share the batching, the bounded concurrency, the request budget and the reading of scores defined here.
 *
 * A failed request fails the whole prediction: the error names the endpoint (without credentials) and the rows of
 * the first failing request. Nothing is defaulted: a score that is missing, not a number or not finite is an error.
 */
import { ConfigError, DataError, SourceError } from '../errors.js';
import { decimalNumber } from '../decimal.js';
import type { RowOrigin } from './preprocessing.js';
import type { JsonRequest } from './json-http.js';

/** One row of features by column name; values as the data file gave them (strings from CSV, numbers from JSON). */
export type FeatureRecord = Readonly<Record<string, unknown>>;

export interface RequestStat {
  /** Index of the request's first row, and how many rows it carried. */
  first: number;
  rows: number;
  /** Wall time of the request, retries included. */
  ms: number;
}

export interface Prediction {
  /** The positive-class score of each row, in row order. */
  scores: Float64Array;
  /** One entry per request, in row order. */
  requests: RequestStat[];
}

export interface ModelAdapter {
  readonly kind: 'oip' | 'tfserving' | 'kserve' | 'json' | 'command' | 'tfjs';
  /** Where predictions come from, fit for a log: a URL without credentials, a program name or a directory. */
  readonly endpoint: string;
  /** The feature columns sent, in order. */
  readonly features: readonly string[];
  /** `origins` (file and line of each row) make data errors point into the data file. */
  predict(rows: readonly FeatureRecord[], origins?: readonly RowOrigin[]): Promise<Prediction>;
  close(): Promise<void>;
}

export interface AdapterOptions {
  /** Rows per request; default 64. */
  batchSize?: number;
  /** Requests in flight at once; default 4 (a command model is always 1). */
  concurrency?: number;
  /** Bound on one request (one batch for a command), retries excluded; default 30 s. */
  timeoutMs?: number;
  /** Retries of a request that failed for a transient reason (5xx, no answer); default 2. */
  retries?: number;
  /** First pause between retries, doubled each time; default 500 ms. */
  backoffMs?: number;
  /** The most requests the adapter may make over its life; a prediction that would need more is refused up front. */
  maxRequests?: number;
  /** The feature columns to send, in order; by default the model's declared inputs. */
  features?: readonly string[];
  /** Extra request headers (authentication); never logged. */
  headers?: Readonly<Record<string, string>>;
  /** One tensor of shape [n, k] (`matrix`) or one per feature (`columns`); by default as the model's metadata declares. */
  layout?: 'matrix' | 'columns';
  /** TF Serving request format: `instances` (rows, the default) or `inputs` (columns). */
  format?: 'instances' | 'inputs';
  /** The output tensor to read when the model has several. */
  output?: string;
  /** JSON API models (json+http): the request template, the rows' form and the pointer to the scores. */
  json?: JsonRequest;
  /** Command models: environment variables passed on beyond PATH, HOME and the locale. */
  env?: readonly string[];
  /** Command models: the working directory. */
  cwd?: string;
  /** Command models: time allowed to start, added to the first batch's timeout; default 60 s. */
  startupTimeoutMs?: number;
  /** Command models: each line the program writes to stderr. */
  onLog?: (line: string) => void;
}

export const ADAPTER_DEFAULTS = {
  batchSize: 64,
  concurrency: 4,
  timeoutMs: 30_000,
  retries: 2,
  backoffMs: 500,
  maxRequests: Number.POSITIVE_INFINITY,
  startupTimeoutMs: 60_000,
};

export type Settings = typeof ADAPTER_DEFAULTS;

/** The numeric options with defaults applied; a value that is not a positive whole number is a ConfigError. */
export function settingsOf(options: AdapterOptions): Settings {
  const settings = { ...ADAPTER_DEFAULTS };
  for (const key of Object.keys(ADAPTER_DEFAULTS) as (keyof Settings)[]) {
    const value = options[key];
    if (value === undefined) continue;
    const least = key === 'retries' || key === 'backoffMs' ? 0 : 1;
    if (!(Number.isInteger(value) && value >= least) && !(key === 'maxRequests' && value === Number.POSITIVE_INFINITY))
      throw new ConfigError(`model option ${key} must be a whole number >= ${least}, got ${JSON.stringify(value)}`);
    settings[key] = value;
  }
  return settings;
}

/**
 * Runs `request` over the rows in batches of `batchSize`, at most `concurrency` at a time. After the first failure
 * no new batch starts; the error thrown is that of the failing batch with the lowest rows, so that the message
 * names the first failing request.
 */
export async function inBatches(
  count: number,
  batchSize: number,
  concurrency: number,
  request: (first: number, end: number) => Promise<void>,
): Promise<RequestStat[]> {
  const batches = Math.ceil(count / batchSize);
  const stats: RequestStat[] = new Array(batches);
  let next = 0;
  const state: { failed?: { batch: number; error: unknown } } = {};
  const fail = (batch: number, error: unknown) => {
    if (state.failed === undefined || batch < state.failed.batch) state.failed = { batch, error };
  };
  const worker = async () => {
    while (state.failed === undefined && next < batches) {
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

/** Refuses up front a prediction that would take the adapter past its request budget. */
export class RequestBudget {
  private used = 0;
  constructor(
    private readonly limit: number,
    private readonly endpoint: string,
  ) {}

  take(requests: number): void {
    if (this.used + requests > this.limit)
      throw new ConfigError(
        `scoring through ${this.endpoint} would take ${requests} more requests, past the budget of ${this.limit} (${this.used} used)`,
        {},
        { hint: 'raise the model request budget (maxRequests), or a larger batch size' },
      );
    this.used += requests;
  }
}

/** `rows 1-64` (1-based, inclusive), the way errors name a request. */
export function rowSpan(first: number, end: number): string {
  return end - first === 1 ? `row ${first + 1}` : `rows ${first + 1}-${end}`;
}

const NON_FINITE = '\u0000';

/**
 * JSON, tolerating the bare `NaN`, `Infinity` and `-Infinity` TF Serving writes for non-finite floats: they parse
 * to marker strings that scoreOf reports by name, so a NaN score is an error about a NaN, not about bad JSON.
 */
export function parseModelJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!/NaN|Infinity/.test(text)) throw error;
    return JSON.parse(markNonFinite(text));
  }
}

function markNonFinite(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
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

/**
 * The score of one row from what the model answered for it: a number, a one-element list, or a list of two class
 * probabilities (the second is the positive class). Anything else is a SourceError naming the endpoint and the row.
 */
export function scoreOf(value: unknown, row: number, where: string): number {
  let v = value;
  if (Array.isArray(v)) {
    if (v.length === 2) v = v[1];
    else if (v.length === 1) v = v[0];
    else
      throw new SourceError(
        `${where}: row ${row + 1} has ${v.length} outputs; a model must give one score, or two class probabilities (the second is the positive class)`,
      );
  }
  if (typeof v === 'string' && v.startsWith(NON_FINITE)) throw new SourceError(`${where}: row ${row + 1} scored ${v.slice(1)}`);
  if (typeof v !== 'number') throw new SourceError(`${where}: row ${row + 1} has no numeric score (got ${shorten(JSON.stringify(v))})`);
  if (!Number.isFinite(v)) throw new SourceError(`${where}: row ${row + 1} scored ${v}`);
  return v;
}

/** Writes the scores of rows `first`..`first + values.length` into `out`, after checking there is one per row. */
export function storeScores(values: unknown, out: Float64Array, first: number, end: number, where: string): void {
  if (!Array.isArray(values)) throw new SourceError(`${where}: expected a list of scores, got ${shorten(JSON.stringify(values))}`);
  if (values.length !== end - first)
    throw new SourceError(`${where}: ${values.length} scores for the ${end - first} rows sent (wrong output shape)`);
  for (let i = 0; i < values.length; i++) out[first + i] = scoreOf(values[i], first + i, where);
}

/** The response text as JSON, or a SourceError quoting its start. */
export function responseJson(text: string, where: string): unknown {
  try {
    return parseModelJson(text);
  } catch {
    throw new SourceError(`${where}: the answer is not JSON: ${JSON.stringify(shorten(text))}`);
  }
}

export function shorten(text: string | undefined, max = 120): string {
  const one = String(text).replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}

/** `integer`: a number that must be whole (INT and UINT tensors). */
export type ValueType = 'number' | 'integer' | 'string' | 'boolean';

/**
 * A feature value as the model's input type wants it. A missing value or a value of the wrong kind is a DataError
 * naming the row (file and line when known) and the column: the adapter never invents a value.
 */
export function featureValue(record: FeatureRecord, column: string, type: ValueType, row: number, origins?: readonly RowOrigin[]): unknown {
  const value = Object.hasOwn(record, column) ? record[column] : undefined;
  const origin = origins?.[row];
  // Without an origin the row's place in the input is all there is to point at.
  const where = origin ? { ...origin, column } : { column };
  const feature = `${origin ? '' : `row ${row + 1}: `}feature ${JSON.stringify(column)}`;
  if (value === undefined || value === null || value === '')
    throw new DataError(`${feature} is missing`, where, { hint: 'the model is asked only for complete rows' });
  if (type === 'string') return typeof value === 'string' ? value : String(value);
  if (type === 'boolean') {
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    throw new DataError(`${feature} is boolean, and ${shorten(JSON.stringify(value))} is not`, where);
  }
  const number = typeof value === 'number' ? value : typeof value === 'string' ? decimalNumber(value) : NaN;
  if (!Number.isFinite(number))
    throw new DataError(`${feature} is numeric, and ${shorten(JSON.stringify(value))} is not a finite number`, where);
  if (type === 'integer' && !Number.isInteger(number))
    throw new DataError(`${feature} must be a whole number for the model, and ${shorten(JSON.stringify(value))} is not`, where);
  return number;
}
