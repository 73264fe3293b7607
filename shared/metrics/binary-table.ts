/**
 * The state behind every binary metric: for each distinct (score, hard prediction) pair, the weighted mass
 * of negative and positive rows, once per bootstrap replicate. Confusion counts, ROC AUC, average
 * precision, log loss, Brier score and calibration bins are all exact functions of this table, so it is the
 * only thing a shard has to keep and merge.
 *
 * Memory is bounded by the number of distinct score values (times two when the hard prediction does not
 * follow from the score, times the replicate count), not by rows. Scores written with limited precision
 * (4 decimals: at most 10,001 values) keep it small; full-precision float scores on millions of rows do not.
 *
 * Shared by BinaryAccumulator (1 replicate), ReplicatedBinaryAccumulator (R) and the one-vs-rest tables of
 * MulticlassAccumulator; not part of the public surface.
 */
import { DataError } from '../errors.js';

export interface BinaryMetricOptions {
  /** Weight of recall in F-beta; must be > 0. */
  beta: number;
  /** Number of equal-width bins on [0, 1] for ECE; an integer >= 1. */
  calibrationBins: number;
}

export type MetricRecord = Record<string, number | null>;

/** One bin of a reliability diagram: [lower, upper), the last bin closed. Means are null for an empty bin. */
export interface CalibrationBin {
  lower: number;
  upper: number;
  weight: number;
  meanScore: number | null;
  meanLabel: number | null;
}

/** Serialized table: slots sorted by score (null = no score, last), then prediction; masses slot-major, R per slot. */
export interface BinaryTableJSON {
  scores: (number | null)[];
  predictions: number[];
  negative: number[];
  positive: number[];
}

/**
 * Probabilities are clipped to [LOG_LOSS_EPS, 1 - LOG_LOSS_EPS] before the log, so a confident wrong
 * answer costs about 34.5 instead of infinity. scikit-learn 1.2+ clips at the float64 machine epsilon
 * (~2.2e-16) instead; the two agree except on scores within 1e-15 of 0 or 1.
 */
export const LOG_LOSS_EPS = 1e-15;

const INITIAL_CAPACITY = 64;

export class BinaryTable {
  readonly replicates: number;
  /** Number of slots in use. */
  size = 0;
  scores: Float64Array;
  predictions: Uint8Array;
  /** masses[slot * 2R + label * R + replicate]: weighted rows with that label in that slot. */
  masses: Float64Array;
  // One index per hard prediction, so a slot is found with a single Map lookup on the score itself.
  private readonly index: [Map<number, number>, Map<number, number>] = [new Map(), new Map()];

  constructor(replicates: number) {
    this.replicates = replicates;
    this.scores = new Float64Array(INITIAL_CAPACITY);
    this.predictions = new Uint8Array(INITIAL_CAPACITY);
    this.masses = new Float64Array(INITIAL_CAPACITY * 2 * replicates);
  }

  /** Slot of (score, prediction), created with zero masses when new. NaN is a valid key: rows without a score. */
  slot(score: number, prediction: number): number {
    const map = this.index[prediction];
    let slot = map.get(score);
    if (slot === undefined) {
      slot = this.size;
      if (slot === this.scores.length) this.grow();
      this.scores[slot] = score + 0; // -0 and 0 are one key in a Map; store the canonical +0
      this.predictions[slot] = prediction;
      map.set(score, slot);
      this.size = slot + 1;
    }
    return slot;
  }

  merge(other: BinaryTable): void {
    if (other.replicates !== this.replicates) {
      throw new DataError(`cannot merge accumulators with ${other.replicates} and ${this.replicates} bootstrap replicates`);
    }
    const width = 2 * this.replicates;
    for (let s = 0; s < other.size; s++) {
      const base = this.slot(other.scores[s], other.predictions[s]) * width;
      const from = s * width;
      const target = this.masses;
      for (let k = 0; k < width; k++) target[base + k] += other.masses[from + k];
    }
  }

  /** Slots ordered by score ascending (NaN last), then by prediction: the order of JSON and of every sum. */
  sortedSlots(): Uint32Array {
    const order = new Uint32Array(this.size);
    for (let s = 0; s < this.size; s++) order[s] = s;
    const { scores, predictions } = this;
    order.sort((a, b) => {
      const x = scores[a];
      const y = scores[b];
      const xMissing = x !== x;
      const yMissing = y !== y;
      if (xMissing !== yMissing) return xMissing ? 1 : -1;
      if (x !== y && !xMissing) return x < y ? -1 : 1;
      return predictions[a] - predictions[b];
    });
    return order;
  }

  toJSON(): BinaryTableJSON {
    const R = this.replicates;
    const order = this.sortedSlots();
    const json: BinaryTableJSON = { scores: [], predictions: [], negative: [], positive: [] };
    for (const s of order) {
      const score = this.scores[s];
      json.scores.push(Number.isNaN(score) ? null : score);
      json.predictions.push(this.predictions[s]);
      for (let r = 0; r < R; r++) json.negative.push(this.masses[s * 2 * R + r]);
      for (let r = 0; r < R; r++) json.positive.push(this.masses[s * 2 * R + R + r]);
    }
    return json;
  }

  static fromJSON(json: unknown, replicates: number, what: string): BinaryTable {
    const fail = (detail: string): never => {
      throw new DataError(`malformed ${what}: ${detail}`);
    };
    if (typeof json !== 'object' || json === null) fail('score table is not an object');
    const { scores, predictions, negative, positive } = json as Record<string, unknown>;
    if (!Array.isArray(scores) || !Array.isArray(predictions) || !Array.isArray(negative) || !Array.isArray(positive)) {
      return fail('score table needs arrays scores, predictions, negative and positive');
    }
    const slots = scores.length;
    if (predictions.length !== slots || negative.length !== slots * replicates || positive.length !== slots * replicates) {
      fail(`score table arrays have inconsistent lengths for ${slots} slots and ${replicates} replicates`);
    }
    const table = new BinaryTable(replicates);
    let previous: number | undefined;
    let previousPrediction = 0;
    for (let i = 0; i < slots; i++) {
      const raw = scores[i];
      const score = raw === null ? NaN : raw;
      if (typeof score !== 'number' || (!Number.isNaN(score) && !(score >= 0 && score <= 1))) fail(`score ${JSON.stringify(raw)} at ${i} is not null or a number in [0, 1]`);
      const prediction = predictions[i];
      if (prediction !== 0 && prediction !== 1) fail(`prediction ${JSON.stringify(prediction)} at ${i} is not 0 or 1`);
      if (previous !== undefined) {
        const ordered = Number.isNaN(previous)
          ? Number.isNaN(score) && previousPrediction < (prediction as number)
          : Number.isNaN(score) || previous < score || (previous === score && previousPrediction < (prediction as number));
        if (!ordered) fail(`score table is not strictly sorted at ${i}`);
      }
      previous = score;
      previousPrediction = prediction as number;
      const slot = table.slot(score, prediction as number);
      for (let r = 0; r < replicates; r++) {
        const neg = negative[i * replicates + r];
        const pos = positive[i * replicates + r];
        if (!isMass(neg) || !isMass(pos)) fail(`mass at slot ${i}, replicate ${r} is not a finite number >= 0`);
        table.masses[slot * 2 * replicates + r] = neg as number;
        table.masses[slot * 2 * replicates + replicates + r] = pos as number;
      }
    }
    return table;
  }

  private grow(): void {
    const capacity = this.scores.length * 2;
    const scores = new Float64Array(capacity);
    scores.set(this.scores);
    const predictions = new Uint8Array(capacity);
    predictions.set(this.predictions);
    const masses = new Float64Array(capacity * 2 * this.replicates);
    masses.set(this.masses);
    this.scores = scores;
    this.predictions = predictions;
    this.masses = masses;
  }
}

function isMass(value: unknown): boolean {
  return typeof value === 'number' && value >= 0 && value < Infinity;
}

export function checkMetricOptions(options: BinaryMetricOptions): void {
  if (!(options.beta > 0 && options.beta < Infinity)) throw new RangeError(`beta must be a positive number, got ${options.beta}`);
  if (!(Number.isInteger(options.calibrationBins) && options.calibrationBins >= 1)) {
    throw new RangeError(`calibrationBins must be an integer >= 1, got ${options.calibrationBins}`);
  }
}

/** Calibration bin of a score: bin i holds [i/B, (i+1)/B); the last bin also holds 1. */
function calibrationBinOf(score: number, bins: number): number {
  return Math.min(Math.floor(score * bins), bins - 1);
}

/**
 * ROC AUC as scikit-learn's roc_auc_score: the trapezoid over the (FPR, TPR) points of the distinct
 * thresholds, so tied scores count one half. Masses ascend by score. Null when either class has no weight.
 */
function rocAucOf(negative: Float64Array, positive: Float64Array): number | null {
  let tps = 0;
  let fps = 0;
  let area = 0;
  for (let d = negative.length - 1; d >= 0; d--) {
    const previousTps = tps;
    const previousFps = fps;
    tps += positive[d];
    fps += negative[d];
    area += (fps - previousFps) * (tps + previousTps);
  }
  return tps > 0 && fps > 0 ? area / 2 / (tps * fps) : null;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** The table in score order, with the log-loss terms of each distinct score: built once, used for every replicate. */
export class SortedBinaryTable {
  readonly table: BinaryTable;
  readonly order: Uint32Array;
  /** Distinct non-NaN scores, ascending; slots order[start[d]] .. order[start[d + 1] - 1] share distinct[d]. */
  readonly distinct: Float64Array;
  readonly start: Uint32Array;
  /** -log(p) and -log(1 - p) for each distinct score p, clipped to [LOG_LOSS_EPS, 1 - LOG_LOSS_EPS]. */
  private readonly lossIfPositive: Float64Array;
  private readonly lossIfNegative: Float64Array;

  constructor(table: BinaryTable) {
    this.table = table;
    this.order = table.sortedSlots();
    const distinct: number[] = [];
    const start: number[] = [];
    for (let i = 0; i < this.order.length; i++) {
      const score = table.scores[this.order[i]];
      if (Number.isNaN(score)) break;
      if (distinct.length === 0 || distinct[distinct.length - 1] !== score) {
        distinct.push(score);
        start.push(i);
      }
    }
    let scoredSlots = this.order.length;
    while (scoredSlots > 0 && Number.isNaN(table.scores[this.order[scoredSlots - 1]])) scoredSlots--;
    start.push(scoredSlots);
    this.distinct = Float64Array.from(distinct);
    this.start = Uint32Array.from(start);
    this.lossIfPositive = this.distinct.map((score) => -Math.log(Math.min(Math.max(score, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS)));
    // As scikit-learn: clip p, then take 1 - p (not clip(1 - p)).
    this.lossIfNegative = this.distinct.map((score) => -Math.log(1 - Math.min(Math.max(score, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS)));
  }

  /** Negative and positive mass per distinct score for one replicate, ascending by score. */
  massesByScore(replicate: number): { negative: Float64Array; positive: Float64Array } {
    const { table, order, start } = this;
    const R = table.replicates;
    const count = this.distinct.length;
    const negative = new Float64Array(count);
    const positive = new Float64Array(count);
    for (let d = 0; d < count; d++) {
      let neg = 0;
      let pos = 0;
      for (let i = start[d]; i < start[d + 1]; i++) {
        const base = order[i] * 2 * R + replicate;
        neg += table.masses[base];
        pos += table.masses[base + R];
      }
      negative[d] = neg;
      positive[d] = pos;
    }
    return { negative, positive };
  }

  /** Weighted confusion counts at the hard predictions, summed in score order so merges reproduce them. */
  confusion(replicate: number): { tp: number; fp: number; tn: number; fn: number } {
    const { table, order } = this;
    const R = table.replicates;
    let tp = 0;
    let fp = 0;
    let tn = 0;
    let fn = 0;
    for (let i = 0; i < order.length; i++) {
      const slot = order[i];
      const neg = table.masses[slot * 2 * R + replicate];
      const pos = table.masses[slot * 2 * R + R + replicate];
      if (table.predictions[slot] === 1) {
        fp += neg;
        tp += pos;
      } else {
        tn += neg;
        fn += pos;
      }
    }
    return { tp, fp, tn, fn };
  }

  /** See rocAucOf. */
  rocAuc(replicate: number): number | null {
    const { negative, positive } = this.massesByScore(replicate);
    return rocAucOf(negative, positive);
  }

  /**
   * Every metric of one replicate. Ranking and probability metrics are null when any row had no score
   * (they would describe a different population than the counts).
   */
  metrics(replicate: number, options: BinaryMetricOptions, unscoredRows: number): MetricRecord {
    const { tp, fp, tn, fn } = this.confusion(replicate);
    const positives = tp + fn;
    const negatives = tn + fp;
    const total = positives + negatives;
    const tpr = ratio(tp, positives);
    const tnr = ratio(tn, negatives);
    const b2 = options.beta * options.beta;
    const mccFactors = [tp + fp, tp + fn, tn + fp, tn + fn];
    const mcc = mccFactors.every((f) => f > 0)
      ? (tp * tn - fp * fn) / (Math.sqrt(mccFactors[0] * mccFactors[1]) * Math.sqrt(mccFactors[2] * mccFactors[3]))
      : null;
    const scored = unscoredRows === 0 ? this.scoreMetrics(replicate, options.calibrationBins) : null;
    return {
      accuracy: ratio(tp + tn, total),
      balanced_accuracy: tpr === null || tnr === null ? null : (tpr + tnr) / 2,
      precision: ratio(tp, tp + fp),
      recall: tpr,
      tpr,
      specificity: tnr,
      tnr,
      fpr: ratio(fp, negatives),
      fnr: ratio(fn, positives),
      // Count forms: defined whenever the ratio is, even if precision alone is undefined (as scikit-learn >= 1.3).
      f1: ratio(2 * tp, 2 * tp + fp + fn),
      fbeta: ratio((1 + b2) * tp, (1 + b2) * tp + b2 * fn + fp),
      mcc,
      selection_rate: ratio(tp + fp, total),
      roc_auc: scored?.roc_auc ?? null,
      average_precision: scored?.average_precision ?? null,
      log_loss: scored?.log_loss ?? null,
      brier: scored?.brier ?? null,
      ece: scored?.ece ?? null,
      tp,
      fp,
      tn,
      fn,
      positives,
      negatives,
      prevalence: ratio(positives, total),
    };
  }

  calibration(replicate: number, bins: number): CalibrationBin[] {
    const { negative, positive } = this.massesByScore(replicate);
    const weight = new Float64Array(bins);
    const scoreSum = new Float64Array(bins);
    const labelSum = new Float64Array(bins);
    for (let d = 0; d < this.distinct.length; d++) {
      const w = negative[d] + positive[d];
      const b = calibrationBinOf(this.distinct[d], bins);
      weight[b] += w;
      scoreSum[b] += w * this.distinct[d];
      labelSum[b] += positive[d];
    }
    const result: CalibrationBin[] = [];
    for (let b = 0; b < bins; b++) {
      result.push({
        lower: b / bins,
        upper: (b + 1) / bins,
        weight: weight[b],
        meanScore: ratio(scoreSum[b], weight[b]),
        meanLabel: ratio(labelSum[b], weight[b]),
      });
    }
    return result;
  }

  private scoreMetrics(replicate: number, bins: number): { roc_auc: number | null; average_precision: number | null; log_loss: number | null; brier: number | null; ece: number | null } {
    const { negative, positive } = this.massesByScore(replicate);
    const { distinct } = this;
    let totalPositive = 0;
    for (let d = distinct.length - 1; d >= 0; d--) totalPositive += positive[d];

    // Descending thresholds: scikit-learn's step-wise AP, the sum of (R_n - R_{n-1}) P_n.
    let tps = 0;
    let fps = 0;
    let ap = 0;
    let previousRecall = 0;
    let logLoss = 0;
    let brier = 0;
    const binGap = new Float64Array(bins);
    for (let d = distinct.length - 1; d >= 0; d--) {
      const pos = positive[d];
      const neg = negative[d];
      tps += pos;
      fps += neg;
      if (totalPositive > 0 && tps + fps > 0) {
        const recall = tps / totalPositive;
        ap += (recall - previousRecall) * (tps / (tps + fps));
        previousRecall = recall;
      }
      const score = distinct[d];
      logLoss += pos * this.lossIfPositive[d] + neg * this.lossIfNegative[d];
      brier += pos * (1 - score) * (1 - score) + neg * score * score;
      const b = calibrationBinOf(score, bins);
      // w_b * (mean label - mean score) = positive mass - weighted score sum, per bin.
      binGap[b] += pos - (pos + neg) * score;
    }
    const total = tps + fps;
    let ece = 0;
    for (let b = 0; b < bins; b++) ece += Math.abs(binGap[b]);
    return {
      roc_auc: rocAucOf(negative, positive),
      average_precision: totalPositive > 0 ? ap : null,
      log_loss: ratio(logLoss, total),
      brier: ratio(brier, total),
      ece: ratio(ece, total),
    };
  }
}

/** Fails closed on a row the readers should never have produced. */
export function checkBinaryRow(label: number, score: number, prediction: number, weight: number): void {
  if (label !== 0 && label !== 1) throw new DataError(`binary label must be 0 or 1, got ${label}`);
  if (prediction !== 0 && prediction !== 1) throw new DataError(`binary prediction must be 0 or 1, got ${prediction}`);
  if (!(weight >= 0 && weight < Infinity)) throw new DataError(`weight must be a finite number >= 0, got ${weight}`);
  if (!(score >= 0 && score <= 1) && score === score) throw new DataError(`score must be a probability in [0, 1] or NaN, got ${score}`);
}

/** The fields every serialized binary accumulator shares, validated. */
export interface BinaryStateJSON {
  kind: string;
  version: 1;
  rows: number;
  unscoredRows: number;
  table: BinaryTableJSON;
}

export function parseBinaryState(json: unknown, kind: string, replicates: number): { rows: number; unscoredRows: number; table: BinaryTable } {
  const what = `${kind} accumulator JSON`;
  if (typeof json !== 'object' || json === null) throw new DataError(`malformed ${what}: not an object`);
  const state = json as Record<string, unknown>;
  if (state.kind !== kind || state.version !== 1) throw new DataError(`malformed ${what}: expected kind "${kind}" version 1, got kind ${JSON.stringify(state.kind)} version ${JSON.stringify(state.version)}`);
  const { rows, unscoredRows } = state;
  if (!Number.isSafeInteger(rows) || (rows as number) < 0) throw new DataError(`malformed ${what}: rows must be an integer >= 0`);
  if (!Number.isSafeInteger(unscoredRows) || (unscoredRows as number) < 0 || (unscoredRows as number) > (rows as number)) {
    throw new DataError(`malformed ${what}: unscoredRows must be an integer between 0 and rows`);
  }
  const table = BinaryTable.fromJSON(state.table, replicates, what);
  if (table.size > (rows as number)) throw new DataError(`malformed ${what}: more score slots (${table.size}) than rows (${rows})`);
  const hasUnscoredSlot = table.size > 0 && Number.isNaN(table.scores[table.size - 1]);
  if (hasUnscoredSlot !== (unscoredRows as number) > 0) throw new DataError(`malformed ${what}: unscoredRows disagrees with the score table`);
  return { rows: rows as number, unscoredRows: unscoredRows as number, table };
}
