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
  type ScoreIndex,
} from './binary-table.js';

export type { BinaryMetricOptions, CalibrationBin, MetricRecord } from './binary-table.js';

/**
 * Rows summed per pair (score, prediction) of a shared ScoreIndex: what BinaryAccumulator.addPairs takes. Rows of
 * weight 1 are in `counts`, any others in `masses`.
 */
export interface PairMasses {
  /** Per pair, the number of rows of weight 1 with label 0 and with label 1, modulo 256 ... */
  counts: Uint8Array;
  /** ... plus these multiples of 256 (shorter than `counts`, or empty, where none were carried). */
  carries: Float64Array;
  /**
   * Per pair, three numbers side by side (one cache line a row): the weight of its rows with label 0, with
   * label 1, and its number of rows (a pair of weight-0 rows still gets a slot, as `add` gives it).
   */
  masses: Float64Array;
  rows: number;
  /** Rows whose score was NaN. */
  unscoredRows: number;
}

export interface BinaryAccumulatorJSON extends BinaryStateJSON {
  kind: 'binary';
}

export class BinaryAccumulator {
  private table = new BinaryTable(1);
  private rows = 0;
  private unscoredRows = 0;

  /** The table in score order, kept while no row is added (every row adds to `rows`). */
  private sortedTable: SortedBinaryTable | null = null;
  private sortedRows = -1;

  private sorted(): SortedBinaryTable {
    if (this.sortedTable === null || this.sortedRows !== this.rows) {
      this.sortedTable = new SortedBinaryTable(this.table);
      this.sortedRows = this.rows;
    }
    return this.sortedTable;
  }

  /** Rows added, whatever their weight. */
  get n(): number {
    return this.rows;
  }

  /** Sum of the rows' weights. */
  get weightedN(): number {
    const { tp, fp, tn, fn } = this.sorted().confusion(0);
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

  /**
   * `add` for a row already checked with `checkBinaryRow`, whose (score, prediction) is pair `at` of an index
   * shared by the accumulators the row goes to: an evaluation looks the pair up once, not once a population.
   */
  addAt(shared: ScoreIndex, at: number, label: number, weight: number): void {
    const score = shared.scores[at];
    if (score !== score) this.unscoredRows++;
    const slot = this.table.slotAt(shared, at); // before reading masses: slotAt() may reallocate them
    this.table.masses[slot * 2 + label] += weight;
    this.rows++;
  }

  /** Adds rows summed per pair of a shared index, as if each had been added with `addAt`. */
  addPairs(shared: ScoreIndex, rows: PairMasses): void {
    const { counts, carries, masses } = rows;
    const end = Math.min(Math.max(counts.length / 2, masses.length / 3), shared.size);
    for (let at = 0; at < end; at++) {
      const negative = (counts[2 * at] ?? 0) + (carries[2 * at] ?? 0) + (masses[3 * at] ?? 0);
      const positive = (counts[2 * at + 1] ?? 0) + (carries[2 * at + 1] ?? 0) + (masses[3 * at + 1] ?? 0);
      if (negative + positive === 0 && !(masses[3 * at + 2] > 0)) continue;
      const slot = this.table.slotAt(shared, at);
      this.table.masses[2 * slot] += negative;
      this.table.masses[2 * slot + 1] += positive;
    }
    this.rows += rows.rows;
    this.unscoredRows += rows.unscoredRows;
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
    return this.sorted().metrics(0, options, this.unscoredRows);
  }

  /** Reliability diagram: per equal-width bin, its weight, mean score and mean label. Empty when rows had no score. */
  calibration(bins: number): CalibrationBin[] {
    checkMetricOptions({ beta: 1, calibrationBins: bins });
    if (this.unscoredRows > 0) return [];
    return this.sorted().calibration(0, bins);
  }
}
