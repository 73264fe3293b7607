/**
 * Multiclass metrics from one mergeable accumulator: a weighted K x K confusion matrix (rows true class,
 * columns predicted, as scikit-learn's confusion_matrix) and, per class, a one-vs-rest table of weighted
 * masses per distinct value of that class's score (memory bounded by distinct scores per class).
 *
 * Averages are over all K classes the accumulator was built for (scikit-learn with `labels=range(K)`).
 * Undefined is null, unlike scikit-learn's zero_division 0:
 * - macro_precision / macro_recall / macro_f1 are null when the metric is undefined for any class (a class
 *   never predicted, never present, or neither), because averaging in a 0 would understate and dropping the
 *   class would overstate. The `confusion()` matrix shows which class it is.
 * - weighted_* are null when a class with support (true rows) has an undefined metric; classes without
 *   support have weight 0 and do not count.
 * - roc_auc_ovr (scikit-learn's multi_class='ovr', average='macro') is null when any class has no rows of
 *   its own or no rows of the others, or when any row had no scores.
 * Log loss uses the scores as given with probabilities clipped to [1e-15, 1 - 1e-15]; scikit-learn also
 * renormalizes each row to sum 1, so the two agree when rows sum to 1.
 */
import { DataError } from '../errors.js';
import { BinaryTable, LOG_LOSS_EPS, SortedBinaryTable, type BinaryTableJSON, type MetricRecord } from './binary-table.js';
import { isAcceptedWeight, WEIGHT_RANGE } from '../data/weights.js';

export interface MulticlassAccumulatorJSON {
  kind: 'multiclass';
  version: 1;
  classes: number;
  rows: number;
  unscoredRows: number;
  /** Row-major K x K weighted confusion matrix. */
  confusion: number[];
  /**
   * One-vs-rest score table per class: `positive` is the mass of rows of that class. Empty when the evaluation keeps
   * the rows instead (see MulticlassAccumulator's `tables` argument).
   */
  tables: BinaryTableJSON[];
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

function mean(values: (number | null)[]): number | null {
  let sum = 0;
  for (const value of values) {
    if (value === null) return null;
    sum += value;
  }
  return sum / values.length;
}

export class MulticlassAccumulator {
  readonly classes: number;
  private matrix: Float64Array;
  /** Null when the score metrics come from rows kept elsewhere (then log_loss and roc_auc_ovr are null here). */
  private tables: BinaryTable[] | null;
  private rows = 0;
  private unscoredRows = 0;

  /**
   * @param tables false when the evaluation keeps every row's scores once for all populations (multiclass-rows.ts):
   *   tables per population would cost tens of bytes a row each with full-precision scores.
   */
  constructor(classes: number, tables = true) {
    if (!Number.isInteger(classes) || classes < 2)
      throw new RangeError(`a multiclass accumulator needs an integer class count >= 2, got ${classes}`);
    this.classes = classes;
    this.matrix = new Float64Array(classes * classes);
    this.tables = tables ? Array.from({ length: classes }, () => new BinaryTable(1)) : null;
  }

  /** Whether it keeps score tables (see the constructor). */
  get keepsTables(): boolean {
    return this.tables !== null;
  }

  get n(): number {
    return this.rows;
  }

  get weightedN(): number {
    let total = 0;
    for (let i = 0; i < this.matrix.length; i++) total += this.matrix[i];
    return total;
  }

  /**
   * @param label true class index in [0, K).
   * @param scores per-class probabilities in [0, 1], length K; undefined when only a hard prediction exists.
   * @param prediction predicted class index in [0, K).
   * @param weight finite and >= 0.
   */
  add(label: number, scores: Float64Array | undefined, prediction: number, weight: number): void {
    const K = this.classes;
    if (!(Number.isInteger(label) && label >= 0 && label < K))
      throw new DataError(`class label must be an index in [0, ${K}), got ${label}`);
    if (!(Number.isInteger(prediction) && prediction >= 0 && prediction < K))
      throw new DataError(`predicted class must be an index in [0, ${K}), got ${prediction}`);
    if (!isAcceptedWeight(weight)) throw new DataError(`${WEIGHT_RANGE} (got ${weight})`);
    if (scores === undefined) {
      this.unscoredRows++;
    } else {
      if (scores.length !== K) throw new DataError(`expected ${K} class scores, got ${scores.length}`);
      for (let k = 0; k < K; k++) {
        if (!(scores[k] >= 0 && scores[k] <= 1))
          throw new DataError(`class score must be a probability in [0, 1], got ${scores[k]} for class ${k}`);
      }
      for (let k = 0; this.tables !== null && k < K; k++) {
        const table = this.tables[k];
        const slot = table.slot(scores[k], 0); // before reading masses: slot() may reallocate them
        table.masses[slot * 2 + (label === k ? 1 : 0)] += weight;
      }
    }
    this.matrix[label * K + prediction] += weight;
    this.rows++;
  }

  merge(other: MulticlassAccumulator): void {
    if (other.classes !== this.classes)
      throw new DataError(`cannot merge multiclass accumulators with ${other.classes} and ${this.classes} classes`);
    if ((this.tables === null) !== (other.tables === null))
      throw new DataError('cannot merge a multiclass accumulator with score tables and one without');
    for (let i = 0; i < this.matrix.length; i++) this.matrix[i] += other.matrix[i];
    for (let k = 0; this.tables !== null && k < this.classes; k++) this.tables[k].merge(other.tables![k]);
    this.rows += other.rows;
    this.unscoredRows += other.unscoredRows;
  }

  toJSON(): MulticlassAccumulatorJSON {
    return {
      kind: 'multiclass',
      version: 1,
      classes: this.classes,
      rows: this.rows,
      unscoredRows: this.unscoredRows,
      confusion: Array.from(this.matrix),
      tables: this.tables === null ? [] : this.tables.map((table) => table.toJSON()),
    };
  }

  static fromJSON(json: unknown): MulticlassAccumulator {
    const what = 'multiclass accumulator JSON';
    const fail = (detail: string): never => {
      throw new DataError(`malformed ${what}: ${detail}`);
    };
    if (typeof json !== 'object' || json === null) return fail('not an object');
    const state = json as Record<string, unknown>;
    if (state.kind !== 'multiclass' || state.version !== 1) fail('expected kind "multiclass" version 1');
    const K = state.classes as number;
    if (!Number.isInteger(K) || K < 2) fail('classes must be an integer >= 2');
    const { rows, unscoredRows, confusion, tables } = state;
    if (!Number.isSafeInteger(rows) || (rows as number) < 0) fail('rows must be an integer >= 0');
    if (!Number.isSafeInteger(unscoredRows) || (unscoredRows as number) < 0 || (unscoredRows as number) > (rows as number))
      fail('unscoredRows must be an integer between 0 and rows');
    if (!Array.isArray(confusion) || confusion.length !== K * K) fail(`confusion must be an array of ${K * K} numbers`);
    if (!Array.isArray(tables) || (tables.length !== K && tables.length !== 0))
      fail(`tables must be an array of ${K} score tables, or empty`);
    const accumulator = new MulticlassAccumulator(K, (tables as unknown[]).length > 0);
    (confusion as unknown[]).forEach((value, i) => {
      if (!(typeof value === 'number' && value >= 0 && value < Infinity)) fail(`confusion[${i}] is ${JSON.stringify(value)}`);
      accumulator.matrix[i] = value as number;
    });
    if (accumulator.tables !== null)
      accumulator.tables = (tables as unknown[]).map((table, k) => {
        const parsed = BinaryTable.fromJSON(table, 1, what);
        for (let s = 0; s < parsed.size; s++) {
          if (Number.isNaN(parsed.scores[s]) || parsed.predictions[s] !== 0)
            fail(`tables[${k}] holds a slot without a score or with a prediction`);
        }
        return parsed;
      });
    accumulator.rows = rows as number;
    accumulator.unscoredRows = unscoredRows as number;
    return accumulator;
  }

  /** Weighted confusion matrix, confusion()[true][predicted]. */
  confusion(): number[][] {
    const K = this.classes;
    return Array.from({ length: K }, (_, i) => Array.from(this.matrix.subarray(i * K, (i + 1) * K)));
  }

  /**
   * accuracy, macro/weighted/micro precision, recall and F1, log_loss, roc_auc_ovr; see the module comment
   * for when each is null.
   */
  metrics(): MetricRecord {
    const K = this.classes;
    const m = this.matrix;
    const support = new Float64Array(K);
    const predicted = new Float64Array(K);
    const correct = new Float64Array(K);
    let total = 0;
    for (let i = 0; i < K; i++) {
      for (let j = 0; j < K; j++) {
        support[i] += m[i * K + j];
        predicted[j] += m[i * K + j];
        total += m[i * K + j];
      }
      correct[i] = m[i * K + i];
    }
    const { tables } = this;
    return classMetrics(
      { K, correct, support, predicted, total },
      this.unscoredRows === 0 && tables !== null ? this.logLoss(tables) : null,
      this.unscoredRows === 0 && tables !== null ? mean(tables.map((table) => new SortedBinaryTable(table).rocAuc(0))) : null,
    );
  }

  /** Mean of -log p(true class): class k's table holds, per value of score k, the mass of rows of class k. */
  private logLoss(tables: BinaryTable[]): number | null {
    let loss = 0;
    let total = 0;
    for (const table of tables) {
      const sorted = new SortedBinaryTable(table);
      const { positive } = sorted.massesByScore(0);
      for (let d = 0; d < sorted.distinct.length; d++) {
        if (positive[d] === 0) continue;
        loss -= positive[d] * Math.log(Math.min(Math.max(sorted.distinct[d], LOG_LOSS_EPS), 1 - LOG_LOSS_EPS));
        total += positive[d];
      }
    }
    return ratio(loss, total);
  }
}

/**
 * A confusion matrix as the metrics read it: per class k (of K), the mass of rows of class k predicted k (`correct`),
 * of rows of class k (`support`) and of rows predicted k (`predicted`); `total` the mass of every row. The same
 * numbers at any offset of flat arrays (`at`, `stride`), so replicate r's can be read where they are kept.
 */
export interface ClassCounts {
  K: number;
  correct: ArrayLike<number>;
  support: ArrayLike<number>;
  predicted: ArrayLike<number>;
  total: number;
  /** Where class k's numbers are: at + k * stride (default 0 and 1). */
  at?: number;
  stride?: number;
}

/**
 * accuracy, macro/weighted/micro precision, recall and F1 of class counts, then log_loss and roc_auc_ovr as given;
 * see the module comment for when each is null. One function for the point and every bootstrap replicate.
 */
export function classMetrics(counts: ClassCounts, logLoss: number | null, rocAucOvr: number | null): MetricRecord {
  const { K, correct, support, predicted, total, at = 0, stride = 1 } = counts;
  const precision: (number | null)[] = [];
  const recall: (number | null)[] = [];
  const f1: (number | null)[] = [];
  let right = 0;
  for (let k = 0; k < K; k++) {
    const i = at + k * stride;
    const tp = correct[i];
    right += tp;
    precision.push(ratio(tp, predicted[i]));
    recall.push(ratio(tp, support[i]));
    f1.push(ratio(2 * tp, support[i] + predicted[i]));
  }
  const supportWeighted = (values: (number | null)[]): number | null => {
    if (!(total > 0)) return null;
    let sum = 0;
    for (let k = 0; k < K; k++) {
      const weight = support[at + k * stride];
      if (weight === 0) continue;
      const value = values[k];
      if (value === null) return null;
      sum += weight * value;
    }
    return sum / total;
  };
  // Every row is one true class and one prediction, so micro precision, recall and F1 are all accuracy.
  const micro = ratio(right, total);
  return {
    accuracy: micro,
    macro_precision: mean(precision),
    macro_recall: mean(recall),
    macro_f1: mean(f1),
    weighted_precision: supportWeighted(precision),
    weighted_recall: supportWeighted(recall),
    weighted_f1: supportWeighted(f1),
    micro_precision: micro,
    micro_recall: micro,
    micro_f1: micro,
    log_loss: logLoss,
    roc_auc_ovr: rocAucOvr,
  };
}
