import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  BY_TOP_BITS,
  REPLICATE_KERNEL_WASM,
  STRADDLES,
  THRESHOLDS,
  WEIGHT_RANGE,
  isAcceptedWeight
} from "./chunk-Z7B6ZZR2.js";
import {
  DataError
} from "./chunk-JUZ7LOQF.js";

// shared/metrics/replicate-kernel.ts
var SWEPT = 8;
var PAGE = 1 << 16;
var LINE = 64;
var MAX_MEMORY_BYTES = 2 ** 32;
var compiled = null;
var DRAW_TABLES = (() => {
  const tables = new Uint8Array(131328 + 8 * THRESHOLDS.length);
  const view = new DataView(tables.buffer);
  for (let pair = 0; pair < 1 << 16; pair++) view.setUint16(2 * pair, BY_TOP_BITS[pair >>> 8] | BY_TOP_BITS[pair & 255] << 8, true);
  tables.set(BY_TOP_BITS, 131072);
  THRESHOLDS.forEach((threshold, k) => view.setFloat64(131328 + 8 * k, threshold, true));
  return tables;
})();
if (STRADDLES !== 255) throw new Error("replicate-kernel.wat takes 255 for a byte that straddles a threshold");
var ReplicateKernel = class {
  /**
   * @param replicates The replicates of a row's masses and of a run (1 to 65536: indexes are 16-bit).
   * @param drawBytes Bytes of a row's Poisson draws (whole words: see bootstrap.ts's weightRowBytes).
   * @param regions The length of each region of doubles.
   */
  constructor(replicates, drawBytes, regions) {
    this.replicates = replicates;
    if (!(Number.isInteger(replicates) && replicates >= 1 && replicates <= 1 << 16))
      throw new RangeError(`a replicate kernel needs 1 to 65536 replicates, got ${replicates}`);
    this.massAt = align(2 * replicates);
    this.drawsAt = this.massAt + align(8 * replicates);
    this.tablesAt = this.drawsAt + align(drawBytes);
    const starts = [];
    let bytes = this.tablesAt + align(DRAW_TABLES.length);
    for (const length of regions) {
      starts.push(bytes);
      bytes += align(8 * length);
    }
    if (bytes > MAX_MEMORY_BYTES) {
      throw new DataError(
        `a bootstrap of ${replicates} replicates on this thread needs ${(bytes / 2 ** 30).toFixed(1)} GiB of replicate sums (64 bytes a replicate for each population with intervals), over the 4 GiB one WebAssembly memory can hold`,
        {},
        {
          hint: "lower evaluate.bootstrap.replicates, or keep intervals for fewer populations (fewer groups, slices or intersections), or shard the data across jobs (--emit-partial, then --partials)"
        }
      );
    }
    const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(bytes / PAGE)) });
    compiled ??= new WebAssembly.Module(Buffer.from(REPLICATE_KERNEL_WASM, "base64"));
    this.exports = new WebAssembly.Instance(compiled, { kernel: { memory } }).exports;
    const { buffer } = memory;
    this.index = new Uint16Array(buffer, 0, replicates);
    this.mass = new Float64Array(buffer, this.massAt, replicates);
    this.regions = regions.map((length, k) => new Float64Array(buffer, starts[k], length));
    new Uint8Array(buffer, this.tablesAt, DRAW_TABLES.length).set(DRAW_TABLES);
  }
  replicates;
  /** The row's non-zero masses: replicate index[j] has mass[j], for j below the count drawMasses returned. */
  index;
  mass;
  /** The regions of doubles asked for, in order, zeroed; each starts a cache line. */
  regions;
  massAt;
  drawsAt;
  tablesAt;
  exports;
  /**
   * A row's Poisson draws of replicates from .. from + R, from its key hash (h1, h2: bootstrapKeyHash), as
   * bootstrap.ts's drawHashedWords draws them, times its weight: those that are not 0 into index and
   * mass; returns how many.
   */
  drawMasses(h1, h2, from, weight) {
    return this.exports.drawMasses(h1, h2, from, from + this.replicates, weight, this.drawsAt, this.massAt, this.tablesAt);
  }
  /** The row's masses (the first `count`) into the R doubles of a region from counts[at]. */
  addMasses(counts, at, count) {
    this.exports.addMasses(counts.byteOffset + 8 * at, count, this.massAt);
  }
  /** ScoreSweep.addOneLabel of a state in a region by the row's masses (the first `count`). */
  addOneRow(state, label, count, score, lossIfPositive, lossIfNegative) {
    this.exports.addOneRow(state.byteOffset, label, count, this.massAt, score, lossIfPositive, lossIfNegative);
  }
  /** The R masses from masses[at] as a row's (the non-zero ones into index and mass), set to 0; returns how many. */
  takeNonZero(masses, at) {
    return this.exports.takeNonZero(masses.byteOffset + 8 * at, this.replicates, this.massAt);
  }
  /** ScoreSweep.add of a state by the R masses from negatives[at] and from positives[at], which are set to 0. */
  addRun(state, negatives, positives, at, score, lossIfPositive, lossIfNegative) {
    const R = this.replicates;
    this.exports.addRun(
      state.byteOffset,
      negatives.byteOffset + 8 * at,
      positives.byteOffset + 8 * at,
      R,
      score,
      lossIfPositive,
      lossIfNegative
    );
  }
};
function align(bytes) {
  return Math.ceil(bytes / LINE) * LINE;
}

// shared/metrics/binary-table.ts
var LOG_LOSS_EPS = 1e-15;
var INITIAL_CAPACITY = 64;
var GRID = 1e4;
var ScoreIndex = class {
  /** Number of pairs. */
  size = 0;
  scores = new Float64Array(INITIAL_CAPACITY);
  predictions = new Uint8Array(INITIAL_CAPACITY);
  /** Slot + 1 (0 = empty), at most half full. */
  buckets = new Int32Array(2 * INITIAL_CAPACITY);
  /** Slot + 1 of the unscored (NaN) pair per prediction: NaN has many bit patterns, so it is kept out of the hash. */
  unscored = new Int32Array(2);
  /** See sortedSlots; null until asked. */
  sorted = null;
  /**
   * Slot + 1 by (k, prediction) for a score equal to k / 10^4: scores written with at most 4 decimals, the
   * common case, skip the hash. 80 KB, so only for an index that sees every row (`perRow`).
   */
  grid;
  constructor(perRow = false) {
    this.grid = perRow ? new Int32Array(2 * (GRID + 1)) : null;
  }
  /** Slot of (score, prediction), appended when new. NaN is a valid key: rows without a score. */
  slot(score, prediction) {
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
  hashedSlot(score, prediction) {
    if (score !== score) {
      const found = this.unscored[prediction];
      if (found !== 0) return found - 1;
      const slot2 = this.append(NaN, prediction);
      this.unscored[prediction] = slot2 + 1;
      return slot2;
    }
    score += 0;
    const buckets = this.buckets;
    const mask = buckets.length - 1;
    for (let b = bucketOf(score, prediction) & mask; ; b = b + 1 & mask) {
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
  sortedSlots() {
    if (this.sorted !== null && this.sorted.length === this.size) return this.sorted;
    const size = this.size;
    const sorted = this.scores.slice(0, size).sort();
    const order = new Uint32Array(size);
    let n = 0;
    for (let i = 0; i < size; i++) {
      const score = sorted[i];
      const previous = sorted[i - 1];
      if (i > 0 && (previous === score || previous !== previous && score !== score)) continue;
      for (let prediction = 0; prediction < 2; prediction++) {
        const slot = this.find(score, prediction);
        if (slot !== -1) order[n++] = slot;
      }
    }
    this.sorted = order;
    return order;
  }
  /** Slot of (score, prediction), or -1 when the pair is not here. */
  find(score, prediction) {
    if (score !== score) return this.unscored[prediction] - 1;
    score += 0;
    const buckets = this.buckets;
    const mask = buckets.length - 1;
    for (let b = bucketOf(score, prediction) & mask; ; b = b + 1 & mask) {
      const found = buckets[b];
      if (found === 0) return -1;
      if (this.scores[found - 1] === score && this.predictions[found - 1] === prediction) return found - 1;
    }
  }
  append(score, prediction) {
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
  place(slot) {
    const buckets = this.buckets;
    const mask = buckets.length - 1;
    let b = bucketOf(this.scores[slot], this.predictions[slot]) & mask;
    while (buckets[b] !== 0) b = b + 1 & mask;
    buckets[b] = slot + 1;
  }
  rehash() {
    this.buckets = new Int32Array(this.buckets.length * 2);
    for (let s = 0; s < this.size; s++) if (this.scores[s] === this.scores[s]) this.place(s);
  }
};
var BinaryTable = class _BinaryTable {
  replicates;
  /** masses[slot * 2R + label * R + replicate]: weighted rows with that label in that slot. */
  masses;
  index = new ScoreIndex();
  /** Slot + 1 in this table of each slot of a shared index (0: not here yet); see slotAt. */
  fromShared = new Int32Array(0);
  constructor(replicates) {
    this.replicates = replicates;
    this.masses = new Float64Array(INITIAL_CAPACITY * 2 * replicates);
  }
  /** Number of slots in use. */
  get size() {
    return this.index.size;
  }
  /** Score of each slot (NaN: unscored rows). */
  get scores() {
    return this.index.scores;
  }
  /** Hard prediction of each slot. */
  get predictions() {
    return this.index.predictions;
  }
  /** Slot of (score, prediction), created with zero masses when new. NaN is a valid key: rows without a score. */
  slot(score, prediction) {
    const slot = this.index.slot(score, prediction);
    if ((slot + 1) * 2 * this.replicates > this.masses.length) this.grow();
    return slot;
  }
  /**
   * The slot of pair `at` of an index shared by several tables, created when new: the same as
   * `slot(shared.scores[at], shared.predictions[at])`, but one array read once the pair has been seen here.
   */
  slotAt(shared, at) {
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
  merge(other) {
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
  sortedSlots() {
    return this.index.sortedSlots();
  }
  toJSON() {
    const R = this.replicates;
    const order = this.sortedSlots();
    const json = { scores: [], predictions: [], negative: [], positive: [] };
    for (const s of order) {
      const score = this.scores[s];
      json.scores.push(Number.isNaN(score) ? null : score);
      json.predictions.push(this.predictions[s]);
      for (let r = 0; r < R; r++) json.negative.push(this.masses[s * 2 * R + r]);
      for (let r = 0; r < R; r++) json.positive.push(this.masses[s * 2 * R + R + r]);
    }
    return json;
  }
  static fromJSON(json, replicates, what) {
    const fail = (detail) => {
      throw new DataError(`malformed ${what}: ${detail}`);
    };
    if (typeof json !== "object" || json === null) fail("score table is not an object");
    const { scores, predictions, negative, positive } = json;
    if (!Array.isArray(scores) || !Array.isArray(predictions) || !Array.isArray(negative) || !Array.isArray(positive)) {
      return fail("score table needs arrays scores, predictions, negative and positive");
    }
    const slots = scores.length;
    if (predictions.length !== slots || negative.length !== slots * replicates || positive.length !== slots * replicates) {
      fail(`score table arrays have inconsistent lengths for ${slots} slots and ${replicates} replicates`);
    }
    const table = new _BinaryTable(replicates);
    let previous;
    let previousPrediction = 0;
    for (let i = 0; i < slots; i++) {
      const raw = scores[i];
      const score = raw === null ? NaN : raw;
      if (typeof score !== "number" || !Number.isNaN(score) && !(score >= 0 && score <= 1))
        fail(`score ${JSON.stringify(raw)} at ${i} is not null or a number in [0, 1]`);
      const prediction = predictions[i];
      if (prediction !== 0 && prediction !== 1) fail(`prediction ${JSON.stringify(prediction)} at ${i} is not 0 or 1`);
      if (previous !== void 0 && !strictlyAfter(previous, previousPrediction, score, prediction))
        fail(`score table is not strictly sorted at ${i}`);
      previous = score;
      previousPrediction = prediction;
      const slot = table.slot(score, prediction);
      for (let r = 0; r < replicates; r++) {
        const neg = negative[i * replicates + r];
        const pos = positive[i * replicates + r];
        if (!isMass(neg) || !isMass(pos)) fail(`mass at slot ${i}, replicate ${r} is not a finite number >= 0`);
        table.masses[slot * 2 * replicates + r] = neg;
        table.masses[slot * 2 * replicates + replicates + r] = pos;
      }
    }
    return table;
  }
  /** Makes room for `slots` slots at once, so a table about to take many grows (and copies) once. */
  reserve(slots) {
    if (slots * 2 * this.replicates > this.masses.length) this.resize(slots * 2 * this.replicates);
  }
  resize(length) {
    const masses = new Float64Array(length);
    masses.set(this.masses);
    this.masses = masses;
  }
  grow() {
    this.resize(Math.max(this.masses.length * 2, 2 * this.replicates));
  }
};
var bits = new Float64Array(1);
var words = new Uint32Array(bits.buffer);
function bucketOf(score, prediction) {
  bits[0] = score;
  let h = Math.imul(words[0] ^ prediction, 3432918353) ^ words[1];
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  return h ^ h >>> 16;
}
function isMass(value) {
  return typeof value === "number" && value >= 0 && value < Infinity;
}
function checkMetricOptions(options) {
  if (!(options.beta > 0 && options.beta < Infinity)) throw new RangeError(`beta must be a positive number, got ${options.beta}`);
  if (!(Number.isInteger(options.calibrationBins) && options.calibrationBins >= 1)) {
    throw new RangeError(`calibrationBins must be an integer >= 1, got ${options.calibrationBins}`);
  }
}
function calibrationBinOf(score, bins) {
  let bin = Math.min(Math.floor(score * bins), bins - 1);
  if (bin < bins - 1 && (bin + 1) / bins <= score) bin++;
  else if (bin > 0 && bin / bins > score) bin--;
  return bin;
}
function rocAucOf(negatives, positives) {
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
function toSafeScale(masses) {
  let total = 0;
  for (let d = 0; d < masses.length; d++) total += masses[d];
  if (!(total > 0) || isSafeScale(total)) return masses;
  const k = -Math.floor(Math.log2(total));
  const first = 2 ** Math.trunc(k / 2);
  const second = 2 ** (k - Math.trunc(k / 2));
  return masses.map((mass) => mass * first * second);
}
var SAFE_MASS_MIN = 2 ** -450;
var SAFE_MASS_MAX = 2 ** 450;
function isSafeScale(total) {
  return total >= SAFE_MASS_MIN && total <= SAFE_MASS_MAX;
}
function ratio(numerator, denominator) {
  return denominator > 0 ? numerator / denominator : null;
}
function metricRecordOf({ tp, fp, tn, fn }, scored, options) {
  const positives = tp + fn;
  const negatives = tn + fp;
  const total = positives + negatives;
  const tpr = ratio(tp, positives);
  const tnr = ratio(tn, negatives);
  const b2 = options.beta * options.beta;
  const mccFactors = [tp + fp, tp + fn, tn + fp, tn + fn];
  const mcc = mccFactors.every((f) => f > 0) ? (tp * tn - fp * fn) / (Math.sqrt(mccFactors[0] * mccFactors[1]) * Math.sqrt(mccFactors[2] * mccFactors[3])) : null;
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
    prevalence: ratio(positives, total)
  };
}
function lossIfPositiveOf(score) {
  return -Math.log(Math.min(Math.max(score, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS));
}
function lossIfNegativeOf(score) {
  return -Math.log(1 - Math.min(Math.max(score, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS));
}
var ScoreSweep = class {
  /**
   * @param kernel With `state`, one of its regions (replicates x SWEPT doubles): the sweep of a row store, whose rows
   *   and runs the kernel adds (addOneRow, addRun, addRunOfOneLabel). Without, the state is the sweep's own.
   */
  constructor(replicates, bins, kernel = null, state = null) {
    this.replicates = replicates;
    this.bins = bins;
    this.kernel = kernel;
    this.state = state ?? new Float64Array(replicates * SWEPT);
    this.binGap = new Float64Array(replicates * bins);
  }
  replicates;
  bins;
  kernel;
  /**
   * Per replicate, SWEPT numbers side by side (one cache line): the masses so far (TPS, FPS), positive mass x
   * precision so far (AP: average precision times the total positive mass), the log-loss and Brier sums, twice the
   * area under the ROC curve so far (AREA, in mass units), and the current calibration bin's gap so far (GAP).
   */
  state;
  /** Per calibration bin, then replicate: positive mass minus weighted score sum. */
  binGap;
  /** The calibration bin of the scores being fed, whose gaps build up in the state's GAP; -1 before the first. */
  bin = -1;
  /**
   * Makes `bin` the current calibration bin. Scores come from the highest down, so each bin's scores come together
   * and its gaps can build up beside the other sums, in the cache line a replicate's update touches anyway; they are
   * moved to binGap when the bin changes. Each bin's sums start from 0 and take the same terms in the same order.
   */
  enterBin(bin) {
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
  add(score, lossIfPositive, lossIfNegative, negatives, negativeAt, positives, positiveAt) {
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
  addPoint(score, bin, lossIfPositive, lossIfNegative, neg, pos) {
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
  outOfScale(r) {
    const tps = this.state[r * SWEPT + TPS];
    const fps = this.state[r * SWEPT + FPS];
    return tps > 0 && fps > 0 && !(isSafeScale(tps) && isSafeScale(fps));
  }
  /**
   * `add` of a distinct score whose rows all have one label (the usual case for full-precision scores: one row), the
   * masses of that label at masses[at + r]: the same sums to the bit, as the other label's terms are all +0, without
   * them; replicates of mass 0 change nothing and are skipped.
   */
  addOneLabel(score, lossIfPositive, lossIfNegative, label, masses, at) {
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
  addOnePoint(score, bin, lossIfPositive, lossIfNegative, label, mass) {
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
  addOneRow(score, lossIfPositive, lossIfNegative, label, count) {
    this.enterBin(calibrationBinOf(score, this.bins));
    this.kernel.addOneRow(this.state, label, count, score, lossIfPositive, lossIfNegative);
  }
  /** `addOneLabel` in the kernel's code, of R masses from masses[at] (one of its regions), which it sets to 0. */
  addRunOfOneLabel(score, lossIfPositive, lossIfNegative, label, masses, at) {
    this.addOneRow(score, lossIfPositive, lossIfNegative, label, this.kernel.takeNonZero(masses, at));
  }
  /** `add` in the kernel's code, of masses in its regions, which it sets to 0. */
  addRun(score, lossIfPositive, lossIfNegative, negatives, positives, at) {
    this.enterBin(calibrationBinOf(score, this.bins));
    this.kernel.addRun(this.state, negatives, positives, at, score, lossIfPositive, lossIfNegative);
  }
  results() {
    this.enterBin(-1);
    const { state, binGap, bins, replicates } = this;
    const results = [];
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
        ece: ratio(ece, total)
      });
    }
    return results;
  }
};
var TPS = 0;
var FPS = 1;
var AP = 2;
var LOG_LOSS = 3;
var BRIER = 4;
var AREA = 5;
var GAP = 6;
var SortedBinaryTable = class {
  table;
  order;
  /** Distinct non-NaN scores, ascending; slots order[start[d]] .. order[start[d + 1] - 1] share distinct[d]. */
  distinct;
  start;
  /** -log(p) and -log(1 - p) for each distinct score p, clipped to [LOG_LOSS_EPS, 1 - LOG_LOSS_EPS]. */
  lossIfPositive;
  lossIfNegative;
  constructor(table) {
    this.table = table;
    this.order = table.sortedSlots();
    const distinct = [];
    const start = [];
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
  massesByScore(replicate) {
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
  confusion(replicate) {
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
  rocAuc(replicate) {
    const { negative, positive } = this.massesByScore(replicate);
    return rocAucOf(negative, positive);
  }
  /**
   * Every metric of one replicate. Ranking and probability metrics are null when any row had no score
   * (they would describe a different population than the counts).
   */
  metrics(replicate, options, unscoredRows) {
    const masses = unscoredRows === 0 ? this.massesByScore(replicate) : null;
    const scored = masses && this.scoreMetrics(masses.negative, masses.positive, options.calibrationBins);
    return metricRecordOf(this.confusion(replicate), scored, options);
  }
  /**
   * `metrics(r, …)` for every replicate r, from one pass over the table: a replicate's masses are strided
   * (2R apart), so reading them replicate by replicate missed the cache on every slot. Sums run in the same
   * order as `metrics`, so the values are the same to the bit.
   */
  allMetrics(options, unscoredRows) {
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
    const records = [];
    for (let r = 0; r < R; r++) records.push(metricRecordOf({ tp: tp[r], fp: fp[r], tn: tn[r], fn: fn[r] }, scored && scored[r], options));
    return records;
  }
  /** `scoreMetrics(massesByScore(r))` for every replicate r, in one pass down the scores (see ScoreSweep). */
  allScoreMetrics(bins) {
    const { table, order, start, distinct } = this;
    const R = table.replicates;
    const masses = table.masses;
    const D = distinct.length;
    const summed = new Float64Array(2 * R);
    const blockOf = (d) => {
      if (start[d + 1] - start[d] === 1) return masses;
      summed.fill(0);
      for (let i = start[d]; i < start[d + 1]; i++) {
        const base = order[i] * 2 * R;
        for (let k = 0; k < 2 * R; k++) summed[k] += masses[base + k];
      }
      return summed;
    };
    const baseOf = (d) => start[d + 1] - start[d] === 1 ? order[start[d]] * 2 * R : 0;
    const sweep = new ScoreSweep(R, bins);
    for (let d = D - 1; d >= 0; d--) {
      const block = blockOf(d);
      sweep.add(distinct[d], this.lossIfPositive[d], this.lossIfNegative[d], block, baseOf(d), block, baseOf(d) + R);
    }
    const results = sweep.results();
    for (let r = 0; r < R; r++) if (results[r].roc_auc === null && sweep.outOfScale(r)) results[r].roc_auc = this.rocAuc(r);
    return results;
  }
  calibration(replicate, bins) {
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
    const result = [];
    for (let b = 0; b < bins; b++) {
      result.push({
        lower: b / bins,
        upper: (b + 1) / bins,
        weight: weight[b],
        meanScore: ratio(scoreSum[b], weight[b]),
        meanLabel: ratio(labelSum[b], weight[b])
      });
    }
    return result;
  }
  scoreMetrics(negative, positive, bins) {
    const { distinct } = this;
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
      ece: ratio(ece, total)
    };
  }
};
function checkBinaryRow(label, score, prediction, weight) {
  if (label !== 0 && label !== 1) throw new DataError(`binary label must be 0 or 1, got ${label}`);
  if (prediction !== 0 && prediction !== 1) throw new DataError(`binary prediction must be 0 or 1, got ${prediction}`);
  if (!isAcceptedWeight(weight)) throw new DataError(`${WEIGHT_RANGE} (got ${weight})`);
  if (!(score >= 0 && score <= 1) && score === score) throw new DataError(`score must be a probability in [0, 1] or NaN, got ${score}`);
}
function parseBinaryState(json, kind, replicates) {
  const what = `${kind} accumulator JSON`;
  if (typeof json !== "object" || json === null) throw new DataError(`malformed ${what}: not an object`);
  const state = json;
  if (state.kind !== kind || state.version !== 1)
    throw new DataError(
      `malformed ${what}: expected kind "${kind}" version 1, got kind ${JSON.stringify(state.kind)} version ${JSON.stringify(state.version)}`
    );
  const { rows, unscoredRows } = state;
  if (!Number.isSafeInteger(rows) || rows < 0) throw new DataError(`malformed ${what}: rows must be an integer >= 0`);
  if (!Number.isSafeInteger(unscoredRows) || unscoredRows < 0 || unscoredRows > rows) {
    throw new DataError(`malformed ${what}: unscoredRows must be an integer between 0 and rows`);
  }
  const table = BinaryTable.fromJSON(state.table, replicates, what);
  if (table.size > rows) throw new DataError(`malformed ${what}: more score slots (${table.size}) than rows (${rows})`);
  const hasUnscoredSlot = table.size > 0 && Number.isNaN(table.scores[table.size - 1]);
  if (hasUnscoredSlot !== unscoredRows > 0)
    throw new DataError(`malformed ${what}: unscoredRows disagrees with the score table`);
  return { rows, unscoredRows, table };
}
function strictlyAfter(previous, previousPrediction, score, prediction) {
  if (Number.isNaN(previous)) return Number.isNaN(score) && previousPrediction < prediction;
  return Number.isNaN(score) || previous < score || previous === score && previousPrediction < prediction;
}

export {
  SWEPT,
  ReplicateKernel,
  LOG_LOSS_EPS,
  ScoreIndex,
  BinaryTable,
  checkMetricOptions,
  calibrationBinOf,
  metricRecordOf,
  lossIfPositiveOf,
  lossIfNegativeOf,
  ScoreSweep,
  SortedBinaryTable,
  checkBinaryRow,
  parseBinaryState
};
