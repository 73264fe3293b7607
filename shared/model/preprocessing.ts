/**
 * The feature spec a model is trained with and saved beside it (`preprocessing.json`): numeric columns
 * standardised, other columns one-hot encoded with an unknown bucket last. Fitted on training rows only,
 * so that held-out and serving rows are encoded with the statistics the model saw.
 */
import { decimalNumber } from '../decimal.js';
import { DataError } from '../errors.js';

export type ImputePolicy = 'error' | 'mean' | 'zero';

export type Feature =
  { name: string; kind: 'numeric'; mean: number; std: number } | { name: string; kind: 'categorical'; categories: string[] };

export interface Preprocessing {
  modelgate_preprocessing: 1;
  /** The label column and the class names of 0 and 1, as the training data spelled them. */
  label: string;
  features: Feature[];
  impute: ImputePolicy;
  /** Length of an encoded row. */
  width: number;
}

export interface FitOptions {
  label: string;
  features: string[];
  /** Columns encoded as categories even when their values look like numbers. */
  categorical: string[];
  maxCategories: number;
  impute: ImputePolicy;
}

/** Where a row came from, for errors. */
export interface RowOrigin {
  file: string;
  line: number;
}

/** Fits the spec on `rows` (values in `columns` order). */
export function fitPreprocessing(
  rows: readonly unknown[][],
  columns: string[],
  origins: readonly RowOrigin[],
  options: FitOptions,
): Preprocessing {
  const features: Feature[] = options.features.map((name) => {
    const at = columnIndex(columns, name, origins[0]);
    const numeric =
      !options.categorical.includes(name) &&
      rows.some((row) => !isMissing(row[at])) &&
      rows.every((row) => isMissing(row[at]) || Number.isFinite(toNumber(row[at])));
    if (numeric) {
      let n = 0;
      let mean = 0;
      let m2 = 0;
      rows.forEach((row, i) => {
        if (isMissing(row[at])) {
          if (options.impute === 'error') throw missingValue(name, row[at], origins[i]);
          return;
        }
        // Welford: stable for large values such as incomes and epoch times.
        const x = toNumber(row[at]);
        n++;
        const delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
      });
      const std = Math.sqrt(m2 / n);
      return { name, kind: 'numeric', mean, std: std > 0 ? std : 1 };
    }
    const counts = new Map<string, number>();
    for (const row of rows) if (!isMissing(row[at])) counts.set(text(row[at]), (counts.get(text(row[at])) ?? 0) + 1);
    if (counts.size === 0)
      throw new DataError(`feature ${JSON.stringify(name)} has no values in the training rows`, { file: origins[0]?.file, column: name });
    // The most frequent values get their own column; ties by name, so the encoding is deterministic.
    const categories = [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, options.maxCategories)
      .map(([value]) => value)
      .sort();
    return { name, kind: 'categorical', categories };
  });
  const width = features.reduce((sum, f) => sum + (f.kind === 'numeric' ? 1 : f.categories.length + 1), 0);
  return { modelgate_preprocessing: 1, label: options.label, features, impute: options.impute, width };
}

/**
 * Encodes rows into a row-major [rows.length, width] matrix. A missing numeric value follows the impute
 * policy (error: a DataError naming the row); a category not seen in training goes to the unknown bucket.
 */
export function encodeRows(
  spec: Preprocessing,
  rows: readonly unknown[][],
  columns: string[],
  origins: readonly RowOrigin[],
): Float32Array {
  const out = new Float32Array(rows.length * spec.width);
  let offset = 0;
  for (const feature of spec.features) {
    const at = columnIndex(columns, feature.name, origins[0]);
    if (feature.kind === 'numeric') {
      const missing = spec.impute === 'zero' ? (0 - feature.mean) / feature.std : 0;
      rows.forEach((row, i) => {
        const value = row[at];
        let x: number;
        if (isMissing(value)) {
          if (spec.impute === 'error') throw missingValue(feature.name, value, origins[i]);
          x = missing;
        } else {
          const number = toNumber(value);
          if (!Number.isFinite(number))
            throw new DataError(`feature ${JSON.stringify(feature.name)} is numeric, and ${JSON.stringify(text(value))} is not a number`, {
              ...origins[i],
              column: feature.name,
            });
          x = (number - feature.mean) / feature.std;
        }
        out[i * spec.width + offset] = x;
      });
      offset += 1;
    } else {
      const index = new Map(feature.categories.map((c, k) => [c, k]));
      const unknown = feature.categories.length;
      rows.forEach((row, i) => {
        const value = row[at];
        const k = isMissing(value) ? unknown : (index.get(text(value)) ?? unknown);
        out[i * spec.width + offset + k] = 1;
      });
      offset += unknown + 1;
    }
  }
  return out;
}

function columnIndex(columns: string[], name: string, origin: RowOrigin | undefined): number {
  const at = columns.indexOf(name);
  if (at < 0)
    throw new DataError(
      `feature column ${JSON.stringify(name)} is not in the data`,
      { file: origin?.file, column: name },
      { hint: `columns: ${columns.join(', ')}` },
    );
  return at;
}

function missingValue(name: string, value: unknown, origin: RowOrigin | undefined): DataError {
  return new DataError(
    `feature ${JSON.stringify(name)} has a missing value (${JSON.stringify(text(value))})`,
    { ...origin, column: name },
    {
      hint: 'fix the data, or set train.model.impute to `mean` or `zero`',
    },
  );
}

/** Empty, null, absent and NaN are missing: NaN never reaches the model. */
function isMissing(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'number' && Number.isNaN(value)) ||
    (typeof value === 'string' && /^\s*(nan|na)\s*$/i.test(value))
  );
}

function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return typeof value === 'string' ? decimalNumber(value) : NaN;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
