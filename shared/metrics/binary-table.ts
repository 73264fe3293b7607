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
import { isAcceptedWeight, WEIGHT_RANGE } from '../data/weights.js';
import { ReplicateKernel, SWEPT } from './replicate-kernel.js';

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
/** See ScoreIndex.grid. */
const GRID = 10_000;

/**
 * Distinct (score, prediction) pairs numbered in order of first sight: open addressing on the score's bits (a
 * Map keyed by non-integer numbers costs about a microsecond a lookup, which dominated whole evaluations).
 * Every BinaryTable numbers its slots with one; an evaluation also keeps one shared by all its populations, so
 * a row's pair is looked up once and each table only translates that number (`BinaryTable.slotAt`).
 */
export class ScoreIndex {
  /** Number of pairs. */
  size = 0;
  scores = new Float64Array(INITIAL_CAPACITY);
  predictions = new Uint8Array(INITIAL_CAPACITY);
  /** Slot + 1 (0 = empty), at most half full. */
  private buckets = new Int32Array(2 * INITIAL_CAPACITY);
  /** Slot + 1 of the unscored (NaN) pair per prediction: NaN has many bit patterns, so it is kept out of the hash. */
  private readonly unscored = new Int32Array(2);
  /** See sortedSlots; null until asked. */
  private sorted: Uint32Array | null = null;

  /**
   * Slot + 1 by (k, prediction) for a score equal to k / 10^4: scores written with at most 4 decimals, the
   * common case, skip the hash. 80 KB, so only for an index that sees every row (`perRow`).
   */
  private readonly grid: Int32Array | null;

  constructor(perRow = false) {
    this.grid = perRow ? new Int32Array(2 * (GRID + 1)) : null;
  }

  /** Slot of (score, prediction), appended when new. NaN is a valid key: rows without a score. */
  slot(score: number, prediction: number): number {
    if (this.grid === null) return this.hashedSlot(score, prediction);
    const k = Math.round(score * GRID);
    if (k / GRID === score && k >= 0 && k <= GRID) {
      const grid = this.grid;
      const found = grid[2 * k + prediction];
      if (found !== 0) return found - 1;
      const slot = this.hashedSlot(score, prediction);
      grid[2 * k + prediction] = slot + 1;
      return slot;
    }
    return this.hashedSlot(score, prediction);
  }

  private hashedSlot(score: number, prediction: number): number {
    if (score !== score) {
      const found = this.unscored[prediction];
      if (found !== 0) return found - 1;
      const slot = this.append(NaN, prediction);
      this.unscored[prediction] = slot + 1;
      return slot;
    }
    score += 0; // -0 and 0 are one key: hash and store the canonical +0
    const buckets = this.buckets;
    const mask = buckets.length - 1;
    for (let b = bucketOf(score, prediction) & mask; ; b = (b + 1) & mask) {
      const found = buckets[b];
      if (found === 0) break;
      if (this.scores[found - 1] === score && this.predictions[found - 1] === prediction) return found - 1;
    }
    const slot = this.append(score, prediction);
    if (2 * this.size > buckets.length) this.rehash();
    else this.place(slot);
    return slot;
  }

  /**
   * Slots ordered by score ascending (NaN last), then by prediction. Kept until a pair is added, since an index
   * shared by many populations is walked in this order by each of them.
   */
  sortedSlots(): Uint32Array {
    if (this.sorted !== null && this.sorted.length === this.size) return this.sorted;
    const size = this.size;
    // A native numeric sort of the scores (NaN last), then each distinct score's slots by prediction: a sort
    // with a comparator function took longer than the rest of a summary.
    const sorted = this.scores.slice(0, size).sort();
    const order = new Uint32Array(size);
    let n = 0;
    for (let i = 0; i < size; i++) {
      const score = sorted[i];
      const previous = sorted[i - 1];
      if (i > 0 && (previous === score || (previous !== previous && score !== score))) continue;
      for (let prediction = 0; prediction < 2; prediction++) {
        const slot = this.find(score, prediction);
        if (slot !== -1) order[n++] = slot;
      }
    }
    this.sorted = order;
    return order;
  }

  /** Slot of (score, prediction), or -1 when the pair is not here. */
  find(score: number, prediction: number): number {
    if (score !== score) return this.unscored[prediction] - 1;
    score += 0;
    const buckets = this.buckets;
    const mask = buckets.length - 1;
    for (let b = bucketOf(score, prediction) & mask; ; b = (b + 1) & mask) {
      const found = buckets[b];
      if (found === 0) return -1;
      if (this.scores[found - 1] === score && this.predictions[found - 1] === prediction) return found - 1;
    }
  }

  private append(score: number, prediction: number): number {
    const slot = this.size;
    if (slot === this.scores.length) {
      const scores = new Float64Array(2 * slot);
      scores.set(this.scores);
      const predictions = new Uint8Array(2 * slot);
      predictions.set(this.predictions);
      this.scores = scores;
      this.predictions = predictions;
    }
    this.scores[slot] = score;
    this.predictions[slot] = prediction;
    this.size = slot + 1;
    return slot;
  }

  private place(slot: number): void {
    const buckets = this.buckets;
    const mask = buckets.length - 1;
    let b = bucketOf(this.scores[slot], this.predictions[slot]) & mask;
    while (buckets[b] !== 0) b = (b + 1) & mask;
    buckets[b] = slot + 1;
  }

  private rehash(): void {
    this.buckets = new Int32Array(this.buckets.length * 2);
    for (let s = 0; s < this.size; s++) if (this.scores[s] === this.scores[s]) this.place(s);
  }
}

export class BinaryTable {
  readonly replicates: number;
  /** masses[slot * 2R + label * R + replicate]: weighted rows with that label in that slot. */
  masses: Float64Array;
  private readonly index = new ScoreIndex();
  /** Slot + 1 in this table of each slot of a shared index (0: not here yet); see slotAt. */
  private fromShared = new Int32Array(0);

  constructor(replicates: number) {
    this.replicates = replicates;
    this.masses = new Float64Array(INITIAL_CAPACITY * 2 * replicates);
  }

  /** Number of slots in use. */
  get size(): number {
    return this.index.size;
  }

  /** Score of each slot (NaN: unscored rows). */
  get scores(): Float64Array {
    return this.index.scores;
  }

  /** Hard prediction of each slot. */
  get predictions(): Uint8Array {
    return this.index.predictions;
  }

  /** Slot of (score, prediction), created with zero masses when new. NaN is a valid key: rows without a score. */
  slot(score: number, prediction: number): number {
    const slot = this.index.slot(score, prediction);
    if ((slot + 1) * 2 * this.replicates > this.masses.length) this.grow();
    return slot;
  }

  /**
   * The slot of pair `at` of an index shared by several tables, created when new: the same as
   * `slot(shared.scores[at], shared.predictions[at])`, but one array read once the pair has been seen here.
   */
  slotAt(shared: ScoreIndex, at: number): number {
    if (at >= this.fromShared.length) {
      const grown = new Int32Array(shared.scores.length);
      grown.set(this.fromShared);
      this.fromShared = grown;
    }
    const found = this.fromShared[at];
    if (found !== 0) return found - 1;
    const slot = this.slot(shared.scores[at], shared.predictions[at]);
    this.fromShared[at] = slot + 1;
    return slot;
  }

  merge(other: BinaryTable): void {
    if (other.replicates !== this.replicates) {
      throw new DataError(`cannot merge accumulators with ${other.replicates} and ${this.replicates} bootstrap replicates`);
    }
    const width = 2 * this.replicates;
    this.reserve(Math.max(this.size, other.size));
    for (let s = 0; s < other.size; s++) {
      const base = this.slot(other.scores[s], other.predictions[s]) * width;
      const from = s * width;
      const target = this.masses;
      for (let k = 0; k < width; k++) target[base + k] += other.masses[from + k];
    }
  }

  /** Slots ordered by score ascending (NaN last), then by prediction: the order of JSON and of every sum. */
  sortedSlots(): Uint32Array {
    return this.index.sortedSlots();
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
      if (typeof score !== 'number' || (!Number.isNaN(score) && !(score >= 0 && score <= 1)))
        fail(`score ${JSON.stringify(raw)} at ${i} is not null or a number in [0, 1]`);
      const prediction = predictions[i];
      if (prediction !== 0 && prediction !== 1) fail(`prediction ${JSON.stringify(prediction)} at ${i} is not 0 or 1`);
      if (previous !== undefined && !strictlyAfter(previous, previousPrediction, score, prediction as number))
        fail(`score table is not strictly sorted at ${i}`);
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

  /** Makes room for `slots` slots at once, so a table about to take many grows (and copies) once. */
  reserve(slots: number): void {
    if (slots * 2 * this.replicates > this.masses.length) this.resize(slots * 2 * this.replicates);
  }

  private resize(length: number): void {
    const masses = new Float64Array(length);
    masses.set(this.masses);
    this.masses = masses;
  }

  private grow(): void {
    this.resize(Math.max(this.masses.length * 2, 2 * this.replicates));
  }
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** A well-mixed 32-bit hash of a score's bits and the prediction (murmur3's finalizer over both words). */
function bucketOf(score: number, prediction: number): number {
  bits[0] = score;
  let h = Math.imul(words[0] ^ prediction, 0xcc9e2d51) ^ words[1];
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
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

/**
 * Calibration bin of a score: bin i holds [i/B, (i+1)/B); the last bin also holds 1. `score * B` is rounded, so
 * a score on an interior edge can fall short of it (0.29 * 100 is 28.999999999999996): the bin is settled by
 * comparing with the edges i/B themselves, which are the doubles nearest to the documented bounds.
 */
export function calibrationBinOf(score: number, bins: number): number {
  let bin = Math.min(Math.floor(score * bins), bins - 1);
  if (bin < bins - 1 && (bin + 1) / bins <= score) bin++;
  else if (bin > 0 && bin / bins > score) bin--;
  return bin;
}

/**
 * ROC AUC as scikit-learn's roc_auc_score: the trapezoid over the (FPR, TPR) points of the distinct
 * thresholds, so tied scores count one half. Masses ascend by score. Null when either class has no weight.
 */
function rocAucOf(negatives: Float64Array, positives: Float64Array): number | null {
  const negative = toSafeScale(negatives);
  const positive = toSafeScale(positives);
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

/**
 * ROC AUC divides a sum of mass products by (positive mass x negative mass): with extreme masses (weights near 1e308
 * or 5e-324, as a hostile partial can carry) those products overflow or underflow to NaN. The AUC does not depend on
 * the scale of either class's masses, so masses whose total is outside 2^±450 are multiplied by a power of two
 * bringing it to [1, 2): exact for every mass, so the result is what the same sums give unscaled, to the bit;
 * masses in range (all real data, see data/weights.ts) are returned as they are.
 */
function toSafeScale(masses: Float64Array): Float64Array {
  let total = 0;
  for (let d = 0; d < masses.length; d++) total += masses[d];
  if (!(total > 0) || isSafeScale(total)) return masses;
  // Two steps: 2^k alone is not a float64 for k beyond ±1023.
  const k = -Math.floor(Math.log2(total));
  const first = 2 ** Math.trunc(k / 2);
  const second = 2 ** (k - Math.trunc(k / 2));
  return masses.map((mass) => mass * first * second);
}

const SAFE_MASS_MIN = 2 ** -450;
const SAFE_MASS_MAX = 2 ** 450;

/** Whether a class's total mass is in the range where ROC AUC's products neither overflow nor underflow. */
function isSafeScale(total: number): boolean {
  return total >= SAFE_MASS_MIN && total <= SAFE_MASS_MAX;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** The metrics that need every row's score (null when undefined). */
export interface ScoreMetrics {
  roc_auc: number | null;
  average_precision: number | null;
  log_loss: number | null;
  brier: number | null;
  ece: number | null;
}

/** The record of one replicate from its confusion counts and, when every row had a score, its score metrics. */
export function metricRecordOf(
  { tp, fp, tn, fn }: { tp: number; fp: number; tn: number; fn: number },
  scored: ScoreMetrics | null,
  options: BinaryMetricOptions,
): MetricRecord {
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

/** The log-loss term of a positive row of score p: -log(p), p clipped to [LOG_LOSS_EPS, 1 - LOG_LOSS_EPS]. */
export function lossIfPositiveOf(score: number): number {
  return -Math.log(Math.min(Math.max(score, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS));
}

/** The log-loss term of a negative row: -log(1 - p). As scikit-learn: clip p, then take 1 - p (not clip(1 - p)). */
export function lossIfNegativeOf(score: number): number {
  return -Math.log(1 - Math.min(Math.max(score, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS));
}

/**
 * The score metrics of R replicates at once, fed each distinct score from the highest down with the replicates
 * innermost: each replicate's sums take the same terms in the same order as `SortedBinaryTable.scoreMetrics`, so
 * the values are the same to the bit, whichever store (float table or integer counts) the masses come from.
 */
export class ScoreSweep {
  /**
   * Per replicate, SWEPT numbers side by side (one cache line): the masses so far (TPS, FPS), positive mass x
   * precision so far (AP: average precision times the total positive mass), the log-loss and Brier sums, twice the
   * area under the ROC curve so far (AREA, in mass units), and the current calibration bin's gap so far (GAP).
   */
  private readonly state: Float64Array;
  /** Per calibration bin, then replicate: positive mass minus weighted score sum. */
  private readonly binGap: Float64Array;
  /** The calibration bin of the scores being fed, whose gaps build up in the state's GAP; -1 before the first. */
  private bin = -1;

  /**
   * @param kernel With `state`, one of its regions (replicates x SWEPT doubles): the sweep of a row store, whose rows
   *   and runs the kernel adds (addOneRow, addRun, addRunOfOneLabel). Without, the state is the sweep's own.
   */
  constructor(
    readonly replicates: number,
    readonly bins: number,
    private readonly kernel: ReplicateKernel | null = null,
    state: Float64Array | null = null,
  ) {
    this.state = state ?? new Float64Array(replicates * SWEPT);
    this.binGap = new Float64Array(replicates * bins);
  }

  /**
   * Makes `bin` the current calibration bin. Scores come from the highest down, so each bin's scores come together
   * and its gaps can build up beside the other sums, in the cache line a replicate's update touches anyway; they are
   * moved to binGap when the bin changes. Each bin's sums start from 0 and take the same terms in the same order.
   */
  private enterBin(bin: number): void {
    if (bin === this.bin) return;
    if (this.bin >= 0) {
      const { state, binGap, replicates } = this;
      const at = this.bin * replicates;
      for (let r = 0, s = GAP; r < replicates; r++, s += SWEPT) {
        binGap[at + r] += state[s];
        state[s] = 0;
      }
    }
    this.bin = bin;
  }

  /**
   * Adds the next lower distinct score: replicate r's negative mass is negatives[negativeAt + r], its positive mass
   * positives[positiveAt + r] (a table's doubles, or integer counts read where they are kept).
   */
  add(
    score: number,
    lossIfPositive: number,
    lossIfNegative: number,
    negatives: ArrayLike<number>,
    negativeAt: number,
    positives: ArrayLike<number>,
    positiveAt: number,
  ): void {
    const R = this.replicates;
    const { state } = this;
    this.enterBin(calibrationBinOf(score, this.bins));
    for (let r = 0, at = 0; r < R; r++, at += SWEPT) {
      const neg = negatives[negativeAt + r];
      const pos = positives[positiveAt + r];
      const previousTps = state[at + TPS];
      const previousFps = state[at + FPS];
      const t = previousTps + pos;
      const f = previousFps + neg;
      state[at + TPS] = t;
      state[at + FPS] = f;
      state[at + AREA] += (f - previousFps) * (t + previousTps);
      if (pos > 0) state[at + AP] += pos * (t / (t + f));
      state[at + LOG_LOSS] += pos * lossIfPositive + neg * lossIfNegative;
      state[at + BRIER] += pos * (1 - score) * (1 - score) + neg * score * score;
      state[at + GAP] += pos - (pos + neg) * score;
    }
  }

  /**
   * `add` of one replicate (a point sweep's) of masses neg and pos, the score's calibration bin given: the same sums to
   * the bit, without the replicate loop or the bin's computation for every population a run is in.
   */
  addPoint(score: number, bin: number, lossIfPositive: number, lossIfNegative: number, neg: number, pos: number): void {
    const { state } = this;
    this.enterBin(bin);
    const previousTps = state[TPS];
    const previousFps = state[FPS];
    const t = previousTps + pos;
    const f = previousFps + neg;
    state[TPS] = t;
    state[FPS] = f;
    state[AREA] += (f - previousFps) * (t + previousTps);
    if (pos > 0) state[AP] += pos * (t / (t + f));
    state[LOG_LOSS] += pos * lossIfPositive + neg * lossIfNegative;
    state[BRIER] += pos * (1 - score) * (1 - score) + neg * score * score;
    state[GAP] += pos - (pos + neg) * score;
  }

  /** Whether replicate r has both classes but a mass outside the range its ROC AUC can be summed in (see toSafeScale). */
  outOfScale(r: number): boolean {
    const tps = this.state[r * SWEPT + TPS];
    const fps = this.state[r * SWEPT + FPS];
    return tps > 0 && fps > 0 && !(isSafeScale(tps) && isSafeScale(fps));
  }

  /**
   * `add` of a distinct score whose rows all have one label (the usual case for full-precision scores: one row), the
   * masses of that label at masses[at + r]: the same sums to the bit, as the other label's terms are all +0, without
   * them; replicates of mass 0 change nothing and are skipped.
   */
  addOneLabel(score: number, lossIfPositive: number, lossIfNegative: number, label: number, masses: ArrayLike<number>, at: number): void {
    const R = this.replicates;
    const { state } = this;
    this.enterBin(calibrationBinOf(score, this.bins));
    if (label === 1) {
      for (let r = 0, s = 0; r < R; r++, s += SWEPT) {
        const mass = masses[at + r];
        if (mass === 0) continue;
        const t = state[s + TPS] + mass;
        state[s + TPS] = t;
        state[s + AP] += mass * (t / (t + state[s + FPS]));
        state[s + LOG_LOSS] += mass * lossIfPositive;
        state[s + BRIER] += mass * (1 - score) * (1 - score);
        state[s + GAP] += mass - mass * score;
      }
    } else {
      for (let r = 0, s = 0; r < R; r++, s += SWEPT) {
        const mass = masses[at + r];
        if (mass === 0) continue;
        const previousFps = state[s + FPS];
        const f = previousFps + mass;
        state[s + FPS] = f;
        const t = state[s + TPS];
        state[s + AREA] += (f - previousFps) * (t + t);
        state[s + LOG_LOSS] += mass * lossIfNegative;
        state[s + BRIER] += mass * score * score;
        state[s + GAP] += 0 - mass * score;
      }
    }
  }

  /**
   * `addOneLabel` of one replicate (a point sweep's) of mass `mass`, the score's calibration bin given: the same sums
   * to the bit, without the replicate loop or the bin's computation for every population a row is in.
   */
  addOnePoint(score: number, bin: number, lossIfPositive: number, lossIfNegative: number, label: number, mass: number): void {
    const { state } = this;
    this.enterBin(bin);
    if (mass === 0) return;
    if (label === 1) {
      const t = state[TPS] + mass;
      state[TPS] = t;
      state[AP] += mass * (t / (t + state[FPS]));
      state[LOG_LOSS] += mass * lossIfPositive;
      state[BRIER] += mass * (1 - score) * (1 - score);
      state[GAP] += mass - mass * score;
    } else {
      const previousFps = state[FPS];
      const f = previousFps + mass;
      state[FPS] = f;
      const t = state[TPS];
      state[AREA] += (f - previousFps) * (t + t);
      state[LOG_LOSS] += mass * lossIfNegative;
      state[BRIER] += mass * score * score;
      state[GAP] += 0 - mass * score;
    }
  }

  /**
   * `addOneLabel` of one row's non-zero masses, the first `count` of the kernel's index and mass (replicate index[j]
   * has mass[j], every other 0): the same sums to the bit (addOneLabel skips the zeros), in the kernel's code.
   */
  addOneRow(score: number, lossIfPositive: number, lossIfNegative: number, label: number, count: number): void {
    this.enterBin(calibrationBinOf(score, this.bins));
    this.kernel!.addOneRow(this.state, label, count, score, lossIfPositive, lossIfNegative);
  }

  /** `addOneLabel` in the kernel's code, of R masses from masses[at] (one of its regions), which it sets to 0. */
  addRunOfOneLabel(score: number, lossIfPositive: number, lossIfNegative: number, label: number, masses: Float64Array, at: number): void {
    this.addOneRow(score, lossIfPositive, lossIfNegative, label, this.kernel!.takeNonZero(masses, at));
  }

  /** `add` in the kernel's code, of masses in its regions, which it sets to 0. */
  addRun(
    score: number,
    lossIfPositive: number,
    lossIfNegative: number,
    negatives: Float64Array,
    positives: Float64Array,
    at: number,
  ): void {
    this.enterBin(calibrationBinOf(score, this.bins));
    this.kernel!.addRun(this.state, negatives, positives, at, score, lossIfPositive, lossIfNegative);
  }

  results(): ScoreMetrics[] {
    this.enterBin(-1);
    const { state, binGap, bins, replicates } = this;
    const results: ScoreMetrics[] = [];
    for (let r = 0, at = 0; r < replicates; r++, at += SWEPT) {
      const tps = state[at + TPS];
      const fps = state[at + FPS];
      const total = tps + fps;
      let ece = 0;
      for (let b = 0; b < bins; b++) ece += Math.abs(binGap[b * replicates + r]);
      results.push({
        // Null outside the safe scale: SortedBinaryTable.allScoreMetrics measures those replicates again, rescaled.
        roc_auc: tps > 0 && fps > 0 && isSafeScale(tps) && isSafeScale(fps) ? state[at + AREA] / 2 / (tps * fps) : null,
        average_precision: tps > 0 ? state[at + AP] / tps : null,
        log_loss: ratio(state[at + LOG_LOSS], total),
        brier: ratio(state[at + BRIER], total),
        ece: ratio(ece, total),
      });
    }
    return results;
  }
}

/** ScoreSweep's numbers per replicate (SWEPT apart, a cache line) and where each is among them; replicate-kernel.wat's too. */
const TPS = 0;
const FPS = 1;
const AP = 2;
const LOG_LOSS = 3;
const BRIER = 4;
const AREA = 5;
const GAP = 6;

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
    this.lossIfPositive = this.distinct.map(lossIfPositiveOf);
    this.lossIfNegative = this.distinct.map(lossIfNegativeOf);
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
    const masses = unscoredRows === 0 ? this.massesByScore(replicate) : null;
    const scored = masses && this.scoreMetrics(masses.negative, masses.positive, options.calibrationBins);
    return metricRecordOf(this.confusion(replicate), scored, options);
  }

  /**
   * `metrics(r, …)` for every replicate r, from one pass over the table: a replicate's masses are strided
   * (2R apart), so reading them replicate by replicate missed the cache on every slot. Sums run in the same
   * order as `metrics`, so the values are the same to the bit.
   */
  allMetrics(options: BinaryMetricOptions, unscoredRows: number): MetricRecord[] {
    const { table, order } = this;
    const R = table.replicates;
    const masses = table.masses;
    const tp = new Float64Array(R);
    const fp = new Float64Array(R);
    const tn = new Float64Array(R);
    const fn = new Float64Array(R);
    for (let i = 0; i < order.length; i++) {
      const slot = order[i];
      const base = slot * 2 * R;
      const onNegative = table.predictions[slot] === 1 ? fp : tn;
      const onPositive = table.predictions[slot] === 1 ? tp : fn;
      for (let r = 0; r < R; r++) {
        onNegative[r] += masses[base + r];
        onPositive[r] += masses[base + R + r];
      }
    }
    const scored = unscoredRows === 0 ? this.allScoreMetrics(options.calibrationBins) : null;
    const records: MetricRecord[] = [];
    for (let r = 0; r < R; r++) records.push(metricRecordOf({ tp: tp[r], fp: fp[r], tn: tn[r], fn: fn[r] }, scored && scored[r], options));
    return records;
  }

  /** `scoreMetrics(massesByScore(r))` for every replicate r, in one pass down the scores (see ScoreSweep). */
  private allScoreMetrics(bins: number): ScoreMetrics[] {
    const { table, order, start, distinct } = this;
    const R = table.replicates;
    const masses = table.masses;
    const D = distinct.length;
    const summed = new Float64Array(2 * R);
    /**
     * Where distinct score d's masses are: its slot's block of `masses` (0 + x is x, so one slot needs no sum), or
     * `summed`, with the masses of its slots added as massesByScore adds them.
     */
    const blockOf = (d: number): Float64Array => {
      if (start[d + 1] - start[d] === 1) return masses;
      summed.fill(0);
      for (let i = start[d]; i < start[d + 1]; i++) {
        const base = order[i] * 2 * R;
        for (let k = 0; k < 2 * R; k++) summed[k] += masses[base + k];
      }
      return summed;
    };
    const baseOf = (d: number): number => (start[d + 1] - start[d] === 1 ? order[start[d]] * 2 * R : 0);
    const sweep = new ScoreSweep(R, bins);
    for (let d = D - 1; d >= 0; d--) {
      const block = blockOf(d);
      sweep.add(distinct[d], this.lossIfPositive[d], this.lossIfNegative[d], block, baseOf(d), block, baseOf(d) + R);
    }
    const results = sweep.results();
    for (let r = 0; r < R; r++) if (results[r].roc_auc === null && sweep.outOfScale(r)) results[r].roc_auc = this.rocAuc(r);
    return results;
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

  private scoreMetrics(negative: Float64Array, positive: Float64Array, bins: number): ScoreMetrics {
    const { distinct } = this;
    // Descending thresholds: scikit-learn's step-wise AP, the sum of (R_n - R_{n-1}) P_n, where R_n - R_{n-1} is the
    // positive mass at threshold n over the total: summed as mass x precision, divided once at the end, so the
    // total need not be known first.
    let tps = 0;
    let fps = 0;
    let ap = 0;
    let logLoss = 0;
    let brier = 0;
    const binGap = new Float64Array(bins);
    for (let d = distinct.length - 1; d >= 0; d--) {
      const pos = positive[d];
      const neg = negative[d];
      tps += pos;
      fps += neg;
      if (pos > 0) ap += pos * (tps / (tps + fps));
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
      average_precision: tps > 0 ? ap / tps : null,
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
  if (!isAcceptedWeight(weight)) throw new DataError(`${WEIGHT_RANGE} (got ${weight})`);
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

export function parseBinaryState(
  json: unknown,
  kind: string,
  replicates: number,
): { rows: number; unscoredRows: number; table: BinaryTable } {
  const what = `${kind} accumulator JSON`;
  if (typeof json !== 'object' || json === null) throw new DataError(`malformed ${what}: not an object`);
  const state = json as Record<string, unknown>;
  if (state.kind !== kind || state.version !== 1)
    throw new DataError(
      `malformed ${what}: expected kind "${kind}" version 1, got kind ${JSON.stringify(state.kind)} version ${JSON.stringify(state.version)}`,
    );
  const { rows, unscoredRows } = state;
  if (!Number.isSafeInteger(rows) || (rows as number) < 0) throw new DataError(`malformed ${what}: rows must be an integer >= 0`);
  if (!Number.isSafeInteger(unscoredRows) || (unscoredRows as number) < 0 || (unscoredRows as number) > (rows as number)) {
    throw new DataError(`malformed ${what}: unscoredRows must be an integer between 0 and rows`);
  }
  const table = BinaryTable.fromJSON(state.table, replicates, what);
  if (table.size > (rows as number)) throw new DataError(`malformed ${what}: more score slots (${table.size}) than rows (${rows})`);
  const hasUnscoredSlot = table.size > 0 && Number.isNaN(table.scores[table.size - 1]);
  if (hasUnscoredSlot !== (unscoredRows as number) > 0)
    throw new DataError(`malformed ${what}: unscoredRows disagrees with the score table`);
  return { rows: rows as number, unscoredRows: unscoredRows as number, table };
}

/** Whether slot (score, prediction) comes strictly after (previous, previousPrediction): by score, NaN last, then prediction. */
function strictlyAfter(previous: number, previousPrediction: number, score: number, prediction: number): boolean {
  if (Number.isNaN(previous)) return Number.isNaN(score) && previousPrediction < prediction;
  return Number.isNaN(score) || previous < score || (previous === score && previousPrediction < prediction);
}
