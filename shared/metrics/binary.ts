/**
 * Binary classification metrics from one mergeable accumulator.
 *
 * Definitions follow scikit-learn with sample weights, with one deliberate difference: a metric whose
 * denominator is zero is `null` (undefined), never scikit-learn's `zero_division` 0. So recall with no
 * positives, precision with nothing predicted positive, ROC AUC or average precision with one class,
 * balanced accuracy with one class, and MCC with a zero factor are all null, and a gate on them cannot
 * pass by accident.
 *
 * State is a table of weighted label masses per distinct (score, prediction) pair (see binary-table.ts):
 * memory is bounded by the number of distinct scores, not rows, and every metric is exact, including ROC
 * AUC with ties and average precision. Sums run in score order, so a merge of shards equals one pass over
 * the concatenated rows exactly for integer weights and to rounding (~1e-15 relative) otherwise.
 */
import {
  BinaryTable,
  SortedBinaryTable,
  checkBinaryRow,
  checkMetricOptions,
  parseBinaryState,
  type BinaryMetricOptions,
  type BinaryStateJSON,
  type CalibrationBin,
  type MetricRecord,
} from './binary-table.js';

export type { BinaryMetricOptions, CalibrationBin, MetricRecord } from './binary-table.js';

export interface BinaryAccumulatorJSON extends BinaryStateJSON {
  kind: 'binary';
}

export class BinaryAccumulator {
  private table = new BinaryTable(1);
  private rows = 0;
  private unscoredRows = 0;

  /** Rows added, whatever their weight. */
  get n(): number {
    return this.rows;
  }

  /** Sum of the rows' weights. */
  get weightedN(): number {
    const { tp, fp, tn, fn } = new SortedBinaryTable(this.table).confusion(0);
    return tp + fp + tn + fn;
  }

  /**
   * @param label 0 or 1.
   * @param score Positive-class probability in [0, 1]; NaN when only a hard prediction exists, which makes
   *   the ranking and probability metrics null.
   * @param prediction Hard prediction, 0 or 1.
   * @param weight Sample weight, finite and >= 0.
   */
  add(label: number, score: number, prediction: number, weight: number): void {
    checkBinaryRow(label, score, prediction, weight);
    if (score !== score) this.unscoredRows++;
    const slot = this.table.slot(score, prediction); // before reading masses: slot() may reallocate them
    this.table.masses[slot * 2 + label] += weight;
    this.rows++;
  }

  merge(other: BinaryAccumulator): void {
    this.table.merge(other.table);
    this.rows += other.rows;
    this.unscoredRows += other.unscoredRows;
  }

  /** Plain JSON with slots sorted by score: the same rows give the same JSON whatever their order. */
  toJSON(): BinaryAccumulatorJSON {
    return { kind: 'binary', version: 1, rows: this.rows, unscoredRows: this.unscoredRows, table: this.table.toJSON() };
  }

  /** Throws DataError when the JSON is not a well-formed binary accumulator. */
  static fromJSON(json: unknown): BinaryAccumulator {
    const state = parseBinaryState(json, 'binary', 1);
    const accumulator = new BinaryAccumulator();
    accumulator.table = state.table;
    accumulator.rows = state.rows;
    accumulator.unscoredRows = state.unscoredRows;
    return accumulator;
  }

  /**
   * accuracy, balanced_accuracy, precision, recall, tpr, specificity, tnr, fpr, fnr, f1, fbeta, mcc,
   * selection_rate, roc_auc, average_precision, log_loss, brier, ece, tp, fp, tn, fn, positives,
   * negatives, prevalence. Counts are weighted. ECE uses `calibrationBins` equal-width bins on [0, 1].
   */
  metrics(options: BinaryMetricOptions): MetricRecord {
    checkMetricOptions(options);
    return new SortedBinaryTable(this.table).metrics(0, options, this.unscoredRows);
  }

  /** Reliability diagram: per equal-width bin, its weight, mean score and mean label. Empty when rows had no score. */
  calibration(bins: number): CalibrationBin[] {
    checkMetricOptions({ beta: 1, calibrationBins: bins });
    if (this.unscoredRows > 0) return [];
    return new SortedBinaryTable(this.table).calibration(0, bins);
  }
}
