/**
 * A model behind a JSON API of its own (`json+http(s)://host:port/path`): each batch is one POST of a request
 * template in which the string "$rows" stands for the batch (a list of feature objects, or of lists of the features
 * in order), and the scores are the list an RFC 6901 JSON pointer names in the answer. Nothing about the API is
 * guessed: the features, the template and the pointer are all given.
 *
 * The pointer and the template come from a config a PR author writes: the pointer follows own properties only (so
 * `__proto__` or `constructor` name nothing unless the answer has them), and a template key cannot reach a
 * prototype because the request is built on prototype-less objects.
 */
import { ConfigError, SourceError, type Location } from '../errors.js';
import { decimalNumber } from '../decimal.js';
import { redactUrl } from '../net/http.js';
import {
  featureValue,
  inBatches,
  RequestBudget,
  rowSpan,
  settingsOf,
  shorten,
  storeScores,
  type AdapterOptions,
  type FeatureRecord,
  type ModelAdapter,
} from './adapter.js';
import { isObject, jsonHeaders, postBatch } from './http-model.js';
import type { RowOrigin } from './preprocessing.js';

/** The string that stands for the batch's rows in a request template. */
export const ROWS_PLACEHOLDER = '$rows';

export interface JsonRequest {
  /** Any JSON value holding the string "$rows" exactly once; by default the rows themselves. */
  template?: unknown;
  /** Each row as an object of the features by name (the default), or as a list of them in order. */
  rows?: 'objects' | 'arrays';
  /** RFC 6901 pointer to the list of scores in the answer, one per row; "" is the answer itself. */
  output: string;
}

export interface JsonModelSpec {
  kind: 'json';
  /** The URL to POST to, without credentials. */
  url: string;
  /** From credentials in the URL. */
  headers: Record<string, string>;
}

const POINTER = /^(\/([^~/]|~[01])*)*$/;

/** The pointer's reference tokens, unescaped (`~1` is `/`, `~0` is `~`, in that order). */
export function pointerTokens(pointer: string): string[] {
  if (!POINTER.test(pointer)) throw new ConfigError(`${JSON.stringify(pointer)} is not a JSON pointer (RFC 6901)`);
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * What the pointer names in `value`, or undefined. Objects are followed by own properties only and arrays by
 * canonical indices (`0`, `12`, never `01`, `-` or `length`), so no token reaches a prototype or a method.
 */
export function resolvePointer(value: unknown, tokens: readonly string[]): unknown {
  let at = value;
  for (const token of tokens) {
    if (Array.isArray(at)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= at.length) return undefined;
      at = at[Number(token)];
    } else if (isObject(at)) {
      if (!Object.hasOwn(at, token)) return undefined;
      at = at[token];
    } else return undefined;
  }
  return at;
}

/** Where the placeholder sits in the template, checked: exactly one, and not as an object key. */
function placeholderCount(template: unknown): number {
  if (template === ROWS_PLACEHOLDER) return 1;
  if (Array.isArray(template)) return template.reduce((n: number, item) => n + placeholderCount(item), 0);
  if (isObject(template)) return Object.values(template).reduce((n: number, item) => n + placeholderCount(item), 0);
  return 0;
}

/** Checks a JSON request's settings; `at` locates a part of them (`/template`, `/rows`, `/output`) in the config. */
export function checkJsonRequest(json: JsonRequest | undefined, at: (pointer: string) => Location = () => ({})): Required<JsonRequest> {
  if (json === undefined || typeof json !== 'object')
    throw new ConfigError('a json+http model needs its request template and the JSON pointer to the scores', at(''), {
      hint: 'set evaluate.model.json: {template: {"instances": "$rows"}, output: /predictions}',
    });
  const template = json.template === undefined ? ROWS_PLACEHOLDER : json.template;
  const count = placeholderCount(template);
  if (count !== 1)
    throw new ConfigError(
      `the request template must hold the string ${JSON.stringify(ROWS_PLACEHOLDER)} once, where the rows go; it holds it ${count} times`,
      at('/template'),
    );
  const rows = json.rows ?? 'objects';
  if (rows !== 'objects' && rows !== 'arrays')
    throw new ConfigError(`rows must be "objects" or "arrays", got ${shorten(JSON.stringify(rows))}`, at('/rows'));
  if (typeof json.output !== 'string')
    throw new ConfigError('the JSON pointer to the scores (output) is missing', at('/output'), { hint: 'for example /predictions' });
  try {
    pointerTokens(json.output);
  } catch (error) {
    throw new ConfigError((error as Error).message, at('/output'), { hint: 'a pointer is "" or starts with /, e.g. /outputs/0/data' });
  }
  return { template, rows, output: json.output };
}

/** The template with the rows in place of the placeholder, built on prototype-less objects. */
function fillTemplate(template: unknown, rows: unknown[]): unknown {
  if (template === ROWS_PLACEHOLDER) return rows;
  if (Array.isArray(template)) return template.map((item) => fillTemplate(item, rows));
  if (!isObject(template)) return template;
  const out: Record<string, unknown> = Object.create(null);
  for (const [key, value] of Object.entries(template)) out[key] = fillTemplate(value, rows);
  return out;
}

/** A feature value as JSON: numbers written in decimal become numbers, other text stays text; missing is an error. */
function jsonValue(record: FeatureRecord, column: string, row: number, origins?: readonly RowOrigin[]): unknown {
  const value = Object.hasOwn(record, column) ? record[column] : undefined;
  // featureValue throws the DataError every adapter gives for a missing value.
  if (value === undefined || value === null || value === '') return featureValue(record, column, 'string', row, origins);
  if (typeof value !== 'string') return value;
  const number = decimalNumber(value);
  return Number.isFinite(number) ? number : value;
}

function batchRows(
  features: readonly string[],
  layout: 'objects' | 'arrays',
  rows: readonly FeatureRecord[],
  first: number,
  end: number,
  origins?: readonly RowOrigin[],
) {
  const out = new Array<unknown>(end - first);
  for (let i = first; i < end; i++) {
    if (layout === 'arrays') out[i - first] = features.map((f) => jsonValue(rows[i], f, i, origins));
    else {
      const record: Record<string, unknown> = Object.create(null);
      for (const f of features) record[f] = jsonValue(rows[i], f, i, origins);
      out[i - first] = record;
    }
  }
  return out;
}

export async function openJsonModel(spec: JsonModelSpec, options: AdapterOptions): Promise<ModelAdapter> {
  const settings = settingsOf(options);
  const endpoint = redactUrl(spec.url);
  const request = checkJsonRequest(options.json);
  const tokens = pointerTokens(request.output);
  if (!options.features?.length)
    throw new ConfigError(
      `${endpoint}: a JSON API does not say its inputs`,
      {},
      {
        hint: 'name the feature columns to send, in order (the model features option)',
      },
    );
  const features = [...options.features];
  const headers = jsonHeaders(spec.headers, options);
  const budget = new RequestBudget(settings.maxRequests, endpoint);
  return {
    kind: 'json',
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
        if (values === undefined)
          throw new SourceError(
            `${where}: the answer has nothing at the output pointer ${JSON.stringify(request.output)}: ${shorten(JSON.stringify(answer))}`,
          );
        storeScores(values, scores, first, end, `${where}, output ${JSON.stringify(request.output)}`);
      });
      return { scores, requests };
    },
    close: async () => {},
  };
}
