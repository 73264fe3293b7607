/**
 * Regression metrics from streaming weighted sums, as scikit-learn with sample weights: mae, mse, rmse,
 * r2 and mape. R²'s denominator, the weighted sum of squares of the label around its weighted mean, is
 * kept as a running mean and M2 (West 1979) and merged with Chan et al.'s pairwise formula. Both work on
 * labels minus a shift (the first label seen): a running mean near 1e8 rounds by ~1e-8 at every step,
 * which costs R² about 1e-6 relative when the spread is 0.01; the shifted labels are small and subtract
 * exactly, so R² stays within ~1e-12 of scikit-learn in one pass and merged.
 *
 * Undefined is null: every metric when the total weight is zero, and r2 when the labels have no variance
 * (scikit-learn returns 1.0 or 0.0 there).
 */
import { DataError } from '../errors.js';
import type { MetricRecord } from './binary-table.js';
import { isAcceptedWeight, WEIGHT_RANGE } from '../data/weights.js';

/** numpy.finfo(float64).eps, scikit-learn's floor for |y| in MAPE. */
const MAPE_EPS = Number.EPSILON;

const FIELDS = ['weight', 'absoluteError', 'squaredError', 'absolutePercentageError', 'shift', 'mean', 'm2'] as const;
/** Fields that may be negative; `shift` is absent from partials written before it existed (mean was unshifted). */
const SIGNED: ReadonlySet<Field> = new Set(['shift', 'mean']);
type Field = (typeof FIELDS)[number];

export type RegressionMomentsJSON = Record<Field, number[]>;

export function checkRegressionRow(label: number, prediction: number, weight: number): void {
  if (!Number.isFinite(label)) throw new DataError(`regression label must be a finite number, got ${label}`);
  if (!Number.isFinite(prediction)) throw new DataError(`regression prediction must be a finite number, got ${prediction}`);
  if (!isAcceptedWeight(weight)) throw new DataError(`${WEIGHT_RANGE} (got ${weight})`);
}

/** Weighted moments for R independent weightings of the same rows (R = 1 for a plain accumulator). */
export class RegressionMoments {
  readonly replicates: number;
  private readonly state: Record<Field, Float64Array>;

  constructor(replicates: number) {
    this.replicates = replicates;
    this.state = Object.fromEntries(FIELDS.map((f) => [f, new Float64Array(replicates)])) as Record<Field, Float64Array>;
  }

  add(replicate: number, label: number, prediction: number, weight: number): void {
    if (weight === 0) return;
    const s = this.state;
    if (s.weight[replicate] === 0) {
      s.shift[replicate] = label;
      s.mean[replicate] = 0;
      s.m2[replicate] = 0;
    }
    const total = s.weight[replicate] + weight;
    const error = Math.abs(label - prediction);
    const shifted = label - s.shift[replicate];
    const delta = shifted - s.mean[replicate];
    s.weight[replicate] = total;
    s.absoluteError[replicate] += weight * error;
    s.squaredError[replicate] += weight * error * error;
    s.absolutePercentageError[replicate] += (weight * error) / Math.max(Math.abs(label), MAPE_EPS);
    s.mean[replicate] += (delta * weight) / total;
    s.m2[replicate] += weight * delta * (shifted - s.mean[replicate]);
  }

  /**
   * `add` of one row to every replicate r with weight x draws[offset + r]: the row's error terms are worked out once,
   * and the replicates' sums are read from their arrays directly (the per-row cost of a bootstrap).
   */
  addReplicated(label: number, prediction: number, weight: number, draws: ArrayLike<number>, offset: number): void {
    const { weight: total, absoluteError, squaredError, absolutePercentageError, shift, mean, m2 } = this.state;
    const error = Math.abs(label - prediction);
    const squared = error * error;
    const percentage = error / Math.max(Math.abs(label), MAPE_EPS);
    for (let r = 0; r < this.replicates; r++) {
      const w = weight * draws[offset + r];
      if (w === 0) continue;
      const before = total[r];
      if (before === 0) {
        shift[r] = label;
        mean[r] = 0;
        m2[r] = 0;
      }
      const after = before + w;
      const shifted = label - shift[r];
      const delta = shifted - mean[r];
      total[r] = after;
      absoluteError[r] += w * error;
      squaredError[r] += w * squared;
      absolutePercentageError[r] += w * percentage;
      const moved = mean[r] + (delta * w) / after;
      mean[r] = moved;
      m2[r] += w * delta * (shifted - moved);
    }
  }

  merge(other: RegressionMoments): void {
    if (other.replicates !== this.replicates) {
      throw new DataError(`cannot merge accumulators with ${other.replicates} and ${this.replicates} bootstrap replicates`);
    }
    const a = this.state;
    const b = other.state;
    for (let r = 0; r < this.replicates; r++) {
      const wa = a.weight[r];
      const wb = b.weight[r];
      if (wb === 0) continue;
      if (wa === 0) {
        a.shift[r] = b.shift[r];
        a.mean[r] = b.mean[r];
        a.m2[r] = b.m2[r];
      } else {
        const total = wa + wb;
        // b's mean on a's shift: the two shifts are labels of the same data, so their difference is small.
        const delta = b.mean[r] + (b.shift[r] - a.shift[r]) - a.mean[r];
        a.m2[r] += b.m2[r] + (delta * delta * wa * wb) / total;
        a.mean[r] += (delta * wb) / total;
      }
      a.weight[r] = wa + wb;
      a.absoluteError[r] += b.absoluteError[r];
      a.squaredError[r] += b.squaredError[r];
      a.absolutePercentageError[r] += b.absolutePercentageError[r];
    }
  }

  metrics(replicate: number): MetricRecord {
    const s = this.state;
    const weight = s.weight[replicate];
    if (!(weight > 0)) return { mae: null, mse: null, rmse: null, r2: null, mape: null };
    const mse = s.squaredError[replicate] / weight;
    const m2 = s.m2[replicate];
    return {
      mae: s.absoluteError[replicate] / weight,
      mse,
      rmse: Math.sqrt(mse),
      r2: m2 > 0 ? 1 - s.squaredError[replicate] / m2 : null,
      mape: s.absolutePercentageError[replicate] / weight,
    };
  }

  weight(replicate: number): number {
    return this.state.weight[replicate];
  }

  toJSON(): RegressionMomentsJSON {
    return Object.fromEntries(FIELDS.map((f) => [f, Array.from(this.state[f])])) as RegressionMomentsJSON;
  }

  static fromJSON(json: unknown, replicates: number, what: string): RegressionMoments {
    if (typeof json !== 'object' || json === null) throw new DataError(`malformed ${what}: moments is not an object`);
    const moments = new RegressionMoments(replicates);
    for (const field of FIELDS) {
      const values = (json as Record<string, unknown>)[field] ?? (field === 'shift' ? new Array<number>(replicates).fill(0) : undefined);
      if (!Array.isArray(values) || values.length !== replicates)
        throw new DataError(`malformed ${what}: moments.${field} must be an array of ${replicates} numbers`);
      values.forEach((value, r) => {
        const valid = typeof value === 'number' && Number.isFinite(value) && (SIGNED.has(field) || value >= 0);
        if (!valid) throw new DataError(`malformed ${what}: moments.${field}[${r}] is ${JSON.stringify(value)}`);
        moments.state[field][r] = value;
      });
    }
    return moments;
  }
}

export interface RegressionAccumulatorJSON {
  kind: 'regression';
  version: 1;
  rows: number;
  moments: RegressionMomentsJSON;
}

export class RegressionAccumulator {
  private moments = new RegressionMoments(1);
  private rows = 0;

  /** Rows added, whatever their weight. */
  get n(): number {
    return this.rows;
  }

  get weightedN(): number {
    return this.moments.weight(0);
  }

  /** @param label true value; @param prediction predicted value; both finite. Weight finite and >= 0. */
  add(label: number, prediction: number, weight: number): void {
    checkRegressionRow(label, prediction, weight);
    this.moments.add(0, label, prediction, weight);
    this.rows++;
  }

  merge(other: RegressionAccumulator): void {
    this.moments.merge(other.moments);
    this.rows += other.rows;
  }

  toJSON(): RegressionAccumulatorJSON {
    return { kind: 'regression', version: 1, rows: this.rows, moments: this.moments.toJSON() };
  }

  static fromJSON(json: unknown): RegressionAccumulator {
    const what = 'regression accumulator JSON';
    if (typeof json !== 'object' || json === null) throw new DataError(`malformed ${what}: not an object`);
    const state = json as Record<string, unknown>;
    if (state.kind !== 'regression' || state.version !== 1) throw new DataError(`malformed ${what}: expected kind "regression" version 1`);
    if (!Number.isSafeInteger(state.rows) || (state.rows as number) < 0)
      throw new DataError(`malformed ${what}: rows must be an integer >= 0`);
    const accumulator = new RegressionAccumulator();
    accumulator.moments = RegressionMoments.fromJSON(state.moments, 1, what);
    accumulator.rows = state.rows as number;
    return accumulator;
  }

  /** mae, mse, rmse, r2, mape (|y - ŷ| / max(|y|, float64 eps), as scikit-learn), weighted. */
  metrics(): MetricRecord {
    return this.moments.metrics(0);
  }
}
