/**
 * What the HTTP adapters (OIP v2, TF Serving) share: requests through the one HTTP client with the adapter's
 * timeout and retries, errors that name the request and its rows, and the plan for turning feature rows into the
 * model's declared inputs (one [n, k] matrix, or one tensor per feature).
 */
import { ConfigError, SourceError } from '../errors.js';
import { HttpError, httpRequest } from '../net/http.js';
import { rowSpan, responseJson, type AdapterOptions, type FeatureRecord, featureValue, type Settings, type ValueType } from './adapter.js';
import type { RowOrigin } from './preprocessing.js';

/** A model input as its metadata declares it; a dimension of -1 is free. */
export interface InputSpec {
  name: string;
  type: ValueType;
  shape: number[];
}

export interface InputPlan {
  layout: 'matrix' | 'columns';
  features: string[];
  /** One per feature: the type its values are sent as. */
  types: ValueType[];
  /** matrix: the one input's name; columns: each feature's input rank (1 for [n], 2 for [n, 1]). */
  matrixName?: string;
  ranks: number[];
}

/**
 * Matches the rows' columns to the model's inputs. A model with one input of rank 2 takes a matrix whose columns are
 * `options.features` in order; otherwise each input is a feature of the same name. Every mismatch (a feature the
 * model has no input for, an input no feature fills, a width that differs) is a ConfigError before any scoring.
 */
export function planInputs(inputs: InputSpec[], options: AdapterOptions, endpoint: string): InputPlan {
  if (inputs.length === 0) throw new SourceError(`${endpoint}: the model declares no inputs`);
  const names = inputs.map((i) => i.name);
  const single = inputs.length === 1 && inputs[0].shape.length === 2 && !(options.features ?? []).includes(inputs[0].name);
  const layout = options.layout ?? (single ? 'matrix' : 'columns');
  if (layout === 'matrix') {
    const input = inputs[0];
    if (inputs.length !== 1)
      throw new ConfigError(`${endpoint}: the model has ${inputs.length} inputs (${names.join(', ')}), not one matrix`);
    if (!options.features?.length)
      throw new ConfigError(
        `${endpoint}: the model takes one input ${JSON.stringify(input.name)} of shape ${shapeText(input.shape)}`,
        {},
        {
          hint: 'name the feature columns that fill it, in order (the model features option)',
        },
      );
    const width = input.shape[1];
    if (width !== undefined && width !== -1 && width !== options.features.length)
      throw new ConfigError(
        `${endpoint}: the model's input ${JSON.stringify(input.name)} is ${width} wide, and ${options.features.length} features are given`,
      );
    const features = [...options.features];
    return {
      layout,
      features,
      types: features.map(() => input.type),
      matrixName: input.name,
      ranks: [],
    };
  }
  const features = [...(options.features ?? names)];
  const byName = new Map(inputs.map((i) => [i.name, i]));
  const missing = features.filter((f) => !byName.has(f));
  if (missing.length)
    throw new ConfigError(
      `${endpoint}: the model has no input named ${missing.map((m) => JSON.stringify(m)).join(', ')}`,
      {},
      {
        hint: `its inputs: ${names.join(', ')}`,
      },
    );
  const unfed = names.filter((n) => !features.includes(n));
  if (unfed.length) throw new ConfigError(`${endpoint}: no feature is given for the model's input(s) ${unfed.join(', ')}`);
  const specs = features.map((f) => byName.get(f)!);
  for (const spec of specs) {
    const rank = spec.shape.length;
    if (rank > 2 || (rank === 2 && spec.shape[1] !== 1 && spec.shape[1] !== -1))
      throw new ConfigError(`${endpoint}: input ${JSON.stringify(spec.name)} has shape ${shapeText(spec.shape)}, not one value per row`);
  }
  return {
    layout,
    features,
    types: specs.map((s) => s.type),
    ranks: specs.map((s) => Math.max(1, s.shape.length)),
  };
}

/** The values of rows `first`..`end` column by column, checked against the plan's types. */
export function planColumns(
  plan: InputPlan,
  rows: readonly FeatureRecord[],
  first: number,
  end: number,
  origins: readonly RowOrigin[] | undefined,
): unknown[][] {
  return plan.features.map((feature, j) => {
    const column = new Array<unknown>(end - first);
    for (let i = first; i < end; i++) {
      const value = featureValue(rows[i], feature, plan.types[j], i, origins);
      column[i - first] = value;
    }
    return column;
  });
}

export function shapeText(shape: number[]): string {
  return `[${shape.join(', ')}]`;
}

type Options = Pick<Settings, 'timeoutMs' | 'retries' | 'backoffMs'>;

/** GETs a JSON document (metadata, status); a failure says what was being read. */
export async function getJson(url: string, headers: Record<string, string>, settings: Options, what: string): Promise<unknown> {
  let text: string;
  try {
    text = (await httpRequest({ url, headers }, settings)).text;
  } catch (error) {
    if (error instanceof HttpError) throw new SourceError(`cannot read ${what}: ${error.message}`, {}, { cause: error });
    throw error;
  }
  return responseJson(text, `GET ${url}`);
}

/** POSTs one batch; a failure names the request and the rows it carried. */
export async function postBatch(
  url: string,
  endpoint: string,
  headers: Record<string, string>,
  body: unknown,
  settings: Options,
  first: number,
  end: number,
): Promise<unknown> {
  const where = `POST ${endpoint} (${rowSpan(first, end)})`;
  let text: string;
  try {
    text = (await httpRequest({ method: 'POST', url, headers, body: JSON.stringify(body), idempotent: true }, settings)).text;
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    const what = error.status === undefined ? 'no answer' : `answered ${error.status}`;
    throw new SourceError(
      `${where}: ${what}: ${error.detail}${error.tries > 1 ? ` (after ${error.tries} tries)` : ''}`,
      {},
      { cause: error },
    );
  }
  return responseJson(text, where);
}

export function jsonHeaders(specHeaders: Record<string, string>, options: AdapterOptions): Record<string, string> {
  return { ...specHeaders, ...options.headers, 'content-type': 'application/json', accept: 'application/json' };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
