import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  BinaryTable,
  ReplicateKernel,
  SWEPT,
  ScoreSweep,
  SortedBinaryTable,
  calibrationBinOf,
  checkBinaryRow,
  checkMetricOptions,
  lossIfNegativeOf,
  lossIfPositiveOf,
  metricRecordOf,
  parseBinaryState
} from "./chunk-TXIFP543.js";
import {
  RADIX_SORT_WASM,
  WEIGHT_RANGE,
  isAcceptedWeight,
  weightRowBytes
} from "./chunk-Z7B6ZZR2.js";
import {
  DataError
} from "./chunk-JUZ7LOQF.js";

// shared/metrics/regression.ts
var MAPE_EPS = Number.EPSILON;
var FIELDS = ["weight", "absoluteError", "squaredError", "absolutePercentageError", "shift", "mean", "m2"];
var SIGNED = /* @__PURE__ */ new Set(["shift", "mean"]);
function checkRegressionRow(label, prediction, weight) {
  if (!Number.isFinite(label)) throw new DataError(`regression label must be a finite number, got ${label}`);
  if (!Number.isFinite(prediction)) throw new DataError(`regression prediction must be a finite number, got ${prediction}`);
  if (!isAcceptedWeight(weight)) throw new DataError(`${WEIGHT_RANGE} (got ${weight})`);
}
var RegressionMoments = class _RegressionMoments {
  replicates;
  state;
  constructor(replicates) {
    this.replicates = replicates;
    this.state = Object.fromEntries(FIELDS.map((f) => [f, new Float64Array(replicates)]));
  }
  add(replicate, label, prediction, weight) {
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
    s.absolutePercentageError[replicate] += weight * error / Math.max(Math.abs(label), MAPE_EPS);
    s.mean[replicate] += delta * weight / total;
    s.m2[replicate] += weight * delta * (shifted - s.mean[replicate]);
  }
  /**
   * `add` of one row to every replicate r with weight x draws[offset + r]: the row's error terms are worked out once,
   * and the replicates' sums are read from their arrays directly (the per-row cost of a bootstrap).
   */
  addReplicated(label, prediction, weight, draws, offset) {
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
      const moved = mean[r] + delta * w / after;
      mean[r] = moved;
      m2[r] += w * delta * (shifted - moved);
    }
  }
  merge(other) {
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
        const delta = b.mean[r] + (b.shift[r] - a.shift[r]) - a.mean[r];
        a.m2[r] += b.m2[r] + delta * delta * wa * wb / total;
        a.mean[r] += delta * wb / total;
      }
      a.weight[r] = wa + wb;
      a.absoluteError[r] += b.absoluteError[r];
      a.squaredError[r] += b.squaredError[r];
      a.absolutePercentageError[r] += b.absolutePercentageError[r];
    }
  }
  metrics(replicate) {
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
      mape: s.absolutePercentageError[replicate] / weight
    };
  }
  weight(replicate) {
    return this.state.weight[replicate];
  }
  toJSON() {
    return Object.fromEntries(FIELDS.map((f) => [f, Array.from(this.state[f])]));
  }
  static fromJSON(json, replicates, what) {
    if (typeof json !== "object" || json === null) throw new DataError(`malformed ${what}: moments is not an object`);
    const moments = new _RegressionMoments(replicates);
    for (const field of FIELDS) {
      const values = json[field] ?? (field === "shift" ? new Array(replicates).fill(0) : void 0);
      if (!Array.isArray(values) || values.length !== replicates)
        throw new DataError(`malformed ${what}: moments.${field} must be an array of ${replicates} numbers`);
      values.forEach((value, r) => {
        const valid = typeof value === "number" && Number.isFinite(value) && (SIGNED.has(field) || value >= 0);
        if (!valid) throw new DataError(`malformed ${what}: moments.${field}[${r}] is ${JSON.stringify(value)}`);
        moments.state[field][r] = value;
      });
    }
    return moments;
  }
};
var RegressionAccumulator = class _RegressionAccumulator {
  moments = new RegressionMoments(1);
  rows = 0;
  /** Rows added, whatever their weight. */
  get n() {
    return this.rows;
  }
  get weightedN() {
    return this.moments.weight(0);
  }
  /** @param label true value; @param prediction predicted value; both finite. Weight finite and >= 0. */
  add(label, prediction, weight) {
    checkRegressionRow(label, prediction, weight);
    this.moments.add(0, label, prediction, weight);
    this.rows++;
  }
  merge(other) {
    this.moments.merge(other.moments);
    this.rows += other.rows;
  }
  toJSON() {
    return { kind: "regression", version: 1, rows: this.rows, moments: this.moments.toJSON() };
  }
  static fromJSON(json) {
    const what = "regression accumulator JSON";
    if (typeof json !== "object" || json === null) throw new DataError(`malformed ${what}: not an object`);
    const state = json;
    if (state.kind !== "regression" || state.version !== 1) throw new DataError(`malformed ${what}: expected kind "regression" version 1`);
    if (!Number.isSafeInteger(state.rows) || state.rows < 0)
      throw new DataError(`malformed ${what}: rows must be an integer >= 0`);
    const accumulator = new _RegressionAccumulator();
    accumulator.moments = RegressionMoments.fromJSON(state.moments, 1, what);
    accumulator.rows = state.rows;
    return accumulator;
  }
  /** mae, mse, rmse, r2, mape (|y - ŷ| / max(|y|, float64 eps), as scikit-learn), weighted. */
  metrics() {
    return this.moments.metrics(0);
  }
};

// shared/metrics/replicated.ts
function checkReplicates(replicates) {
  if (!Number.isInteger(replicates) || replicates < 1) throw new RangeError(`replicates must be an integer >= 1, got ${replicates}`);
}
function checkReplicateWeights(replicateWeights, replicates) {
  if (replicateWeights.length < replicates) {
    throw new RangeError(`expected ${replicates} replicate weights, got ${replicateWeights.length}`);
  }
}
var PAGE_BITS = 4;
var PAGE_PAIRS = 1 << PAGE_BITS;
var MAX_COUNTED_ROWS = Math.floor(4294967295 / 255);
var MAX_PAGED_WEIGHT = 15;
var SLAB_PAGES = 64;
var ABOVE_PAGED_WEIGHT = 4042322160 | 0;
var ReplicateCounts = class {
  constructor(shared, replicates) {
    this.shared = shared;
    this.replicates = replicates;
    this.stride = 4 * Math.ceil(replicates / 4);
    this.padded = new Uint8Array(this.stride);
    this.paddedWords = new Int32Array(this.padded.buffer);
  }
  shared;
  replicates;
  /** Replicates rounded up to whole words: the lanes one label of one pair takes in a page (the rest stay unread). */
  stride;
  /** Per page: PAGE_PAIRS pairs x 2 labels x `stride` 8-bit counts, and the same bytes as 32-bit words. */
  pages = [];
  pageWords = [];
  /** Counts moved out of `pages`, laid out alike; a page's spill page is allocated when one of its pairs first spills. */
  spilled = [];
  /**
   * Per pair: 0 until it receives a row (a pair whose rows all drew weight 0 still gets its zero slot, as `add`
   * gives it), then 1 + an upper bound of its largest count in `pages`.
   */
  bound = new Uint16Array(0);
  rows = 0;
  /** The replicate weights last added, and the same bytes as words when they start word-aligned (see viewOf). */
  weightsFor = null;
  weightWords = null;
  /** A row's weights copied to a word boundary, when they do not start on one or end too close to their array's end. */
  padded;
  paddedWords;
  /** Where newPage cuts its pages from. */
  slab = new ArrayBuffer(0);
  slabUsed = 0;
  /** Adds a row of weight 1 whose replicate weights are replicateWeights[offset .. offset + replicates - 1]. */
  add(at, label, replicateWeights, offset) {
    let words = this.viewOf(replicateWeights);
    let from = offset >>> 2;
    if (words === null || (offset & 3) !== 0 || offset + this.stride > replicateWeights.length) {
      this.padded.set(replicateWeights.subarray(offset, offset + this.replicates));
      words = this.paddedWords;
      from = 0;
    }
    const page = this.pageWords[at >>> PAGE_BITS] ?? this.newPage(at);
    let bound = this.bound[at];
    if (bound > 256 - MAX_PAGED_WEIGHT) bound = this.measure(at, MAX_PAGED_WEIGHT);
    const base = ((at & PAGE_PAIRS - 1) * 2 + label) * this.stride >>> 2;
    const count = this.stride >>> 2;
    let seen = 0;
    for (let k = 0; k < count; k++) {
      const word = words[from + k];
      page[base + k] = page[base + k] + word | 0;
      seen |= word;
    }
    if ((seen & ABOVE_PAGED_WEIGHT) !== 0) {
      for (let k = 0; k < count; k++) page[base + k] = page[base + k] - words[from + k] | 0;
      const spilled = this.spillPage(at);
      for (let r = 0, lane = base << 2; r < this.replicates; r++) spilled[lane + r] += replicateWeights[offset + r];
      this.bound[at] = bound === 0 ? 1 : bound;
    } else {
      this.bound[at] = (bound === 0 ? 1 : bound) + ((seen | seen >>> 8 | seen >>> 16 | seen >>> 24) & 255);
    }
    this.rows++;
  }
  /**
   * The caller's weights as words of four lanes, where they lie (null when not word-aligned: they are copied then).
   * A row's lanes past the replicates are added into lanes nobody reads, held below 256 like the others, so
   * whatever the caller's array holds there changes no count.
   */
  viewOf(replicateWeights) {
    if (replicateWeights !== this.weightsFor) {
      this.weightsFor = replicateWeights;
      this.weightWords = replicateWeights.byteOffset % 4 === 0 ? new Int32Array(replicateWeights.buffer, replicateWeights.byteOffset, replicateWeights.length >>> 2) : null;
    }
    return this.weightWords;
  }
  /** The largest count of pair `at` in `pages`, which has received rows (unread lanes too: they must not carry either). */
  largest(at) {
    const page = this.pages[at >>> PAGE_BITS];
    const from = (at & PAGE_PAIRS - 1) * 2 * this.stride;
    let largest = 0;
    for (let lane = from; lane < from + 2 * this.stride; lane++) if (page[lane] > largest) largest = page[lane];
    return largest;
  }
  /**
   * Sets pair `at`'s bound to its largest count, first moving its counts to the spill page when `adding` more
   * could take that past 255; returns the new bound.
   */
  measure(at, adding) {
    const largest = this.largest(at);
    if (largest + adding <= 255) return this.bound[at] = 1 + largest;
    const width = 2 * this.stride;
    const page = this.pages[at >>> PAGE_BITS];
    const into = this.spillPage(at);
    const from = (at & PAGE_PAIRS - 1) * width;
    for (let k = from; k < from + width; k++) into[k] += page[k];
    page.fill(0, from, from + width);
    return this.bound[at] = 1;
  }
  newPage(at) {
    const bytes = PAGE_PAIRS * 2 * this.stride;
    if (this.slabUsed + bytes > this.slab.byteLength) {
      this.slab = new ArrayBuffer(Math.min(SLAB_PAGES, Math.max(1, this.slab.byteLength / bytes) * 2) * bytes);
      this.slabUsed = 0;
    }
    const words = new Int32Array(this.slab, this.slabUsed, bytes >>> 2);
    this.pageWords[at >>> PAGE_BITS] = words;
    this.pages[at >>> PAGE_BITS] = new Uint8Array(this.slab, this.slabUsed, bytes);
    this.slabUsed += bytes;
    if (this.bound.length < this.pages.length << PAGE_BITS) {
      const bound = new Uint16Array(Math.max(2 * this.bound.length, this.pages.length << PAGE_BITS));
      bound.set(this.bound);
      this.bound = bound;
    }
    return words;
  }
  spillPage(at) {
    return this.spilled[at >>> PAGE_BITS] ??= new Uint32Array(PAGE_PAIRS * 2 * this.stride);
  }
  merge(other) {
    const width = 2 * this.stride;
    for (let p = 0; p < other.pages.length; p++) {
      const theirWords = other.pageWords[p];
      if (theirWords === void 0) continue;
      const ourWords = this.pageWords[p] ?? this.newPage(p << PAGE_BITS);
      const first = p << PAGE_BITS;
      for (let at = first; at < first + PAGE_PAIRS; at++) {
        let theirs = other.bound[at];
        if (theirs === 0) continue;
        let ours = this.bound[at];
        if (ours !== 0 && ours + theirs - 2 > 255) {
          theirs = 1 + other.largest(at);
          ours = this.measure(at, theirs - 1);
        }
        const start = (at - first) * width >>> 2;
        for (let k = start; k < start + (width >>> 2); k++) ourWords[k] = ourWords[k] + theirWords[k] | 0;
        this.bound[at] = ours === 0 ? theirs : ours + theirs - 1;
      }
      const spilled = other.spilled[p];
      if (spilled !== void 0) {
        const target = this.spilled[p] ??= new Uint32Array(spilled.length);
        for (let k = 0; k < spilled.length; k++) target[k] += spilled[k];
      }
    }
    this.rows += other.rows;
  }
  /** What countMetrics reads: the counts, and the shared index's scores, predictions and score order. */
  snapshot() {
    const { replicates, stride, pages, spilled, bound, shared } = this;
    return {
      replicates,
      stride,
      pages,
      spilled,
      bound,
      scores: shared.scores,
      predictions: shared.predictions,
      order: shared.sortedSlots()
    };
  }
  /** See countMetrics. */
  metrics(options, unscoredRows) {
    return countMetrics(this.snapshot(), options, unscoredRows);
  }
  /** Adds the counts to `table` (slot by slot, so the table takes exactly the slots the rows had). */
  fold(table) {
    const { bound, shared } = this;
    const block = new Float64Array(2 * this.replicates);
    let pairs = 0;
    for (let at = 0; at < bound.length; at++) if (bound[at] !== 0) pairs++;
    table.reserve(table.size + pairs);
    for (let at = 0; at < bound.length; at++) {
      if (bound[at] === 0) continue;
      countsOf(this, block, at);
      const base = table.slotAt(shared, at) * block.length;
      const masses = table.masses;
      for (let k = 0; k < block.length; k++) masses[base + k] += block[k];
    }
  }
};
function countsOf(counts, block, at) {
  const { replicates: R, stride } = counts;
  const page = counts.pages[at >>> PAGE_BITS];
  const spilled = counts.spilled[at >>> PAGE_BITS];
  for (let label = 0; label < 2; label++) {
    const from = ((at & PAGE_PAIRS - 1) * 2 + label) * stride;
    const to = label * R;
    if (spilled === void 0) for (let r = 0; r < R; r++) block[to + r] = page[from + r];
    else for (let r = 0; r < R; r++) block[to + r] = page[from + r] + spilled[from + r];
  }
}
function addConfusion(counts, at, source, negativeAt, positiveAt, tp, fp, tn, fn) {
  const R = counts.replicates;
  const onNegative = counts.predictions[at] === 1 ? fp : tn;
  const onPositive = counts.predictions[at] === 1 ? tp : fn;
  for (let r = 0; r < R; r++) {
    onNegative[r] += source[negativeAt + r];
    onPositive[r] += source[positiveAt + r];
  }
}
function countMetrics(counts, options, unscoredRows) {
  const R = counts.replicates;
  const { bound, pages, spilled, stride } = counts;
  const tp = new Float64Array(R);
  const fp = new Float64Array(R);
  const tn = new Float64Array(R);
  const fn = new Float64Array(R);
  let scored = null;
  if (unscoredRows === 0) {
    const sweep = new ScoreSweep(R, options.calibrationBins);
    const block = new Float64Array(2 * R);
    const other = new Float64Array(2 * R);
    const { order, scores } = counts;
    for (let i = order.length - 1; i >= 0; ) {
      const score = scores[order[i]];
      let first = -1;
      let second = -1;
      for (; i >= 0 && scores[order[i]] === score; i--) {
        const at = order[i];
        if (at >= bound.length || bound[at] === 0) continue;
        if (first === -1) first = at;
        else second = at;
      }
      if (score !== score) i--;
      if (first === -1) continue;
      const lossIfPositive = lossIfPositiveOf(score);
      const lossIfNegative = lossIfNegativeOf(score);
      if (second === -1 && spilled[first >>> PAGE_BITS] === void 0) {
        const page = pages[first >>> PAGE_BITS];
        const negatives = (first & PAGE_PAIRS - 1) * 2 * stride;
        addConfusion(counts, first, page, negatives, negatives + stride, tp, fp, tn, fn);
        sweep.add(score, lossIfPositive, lossIfNegative, page, negatives, page, negatives + stride);
        continue;
      }
      countsOf(counts, block, first);
      addConfusion(counts, first, block, 0, R, tp, fp, tn, fn);
      if (second !== -1) {
        countsOf(counts, other, second);
        addConfusion(counts, second, other, 0, R, tp, fp, tn, fn);
        for (let k = 0; k < 2 * R; k++) block[k] += other[k];
      }
      sweep.add(score, lossIfPositive, lossIfNegative, block, 0, block, R);
    }
    scored = sweep.results();
  } else {
    const block = new Float64Array(2 * R);
    for (let at = 0; at < bound.length; at++) {
      if (bound[at] === 0) continue;
      countsOf(counts, block, at);
      addConfusion(counts, at, block, 0, R, tp, fp, tn, fn);
    }
  }
  const records = [];
  for (let r = 0; r < R; r++) records.push(metricRecordOf({ tp: tp[r], fp: fp[r], tn: tn[r], fn: fn[r] }, scored && scored[r], options));
  return records;
}
var ReplicatedBinaryAccumulator = class _ReplicatedBinaryAccumulator {
  replicates;
  table;
  rows = 0;
  unscoredRows = 0;
  /** Rows of weight 1 with Uint8Array replicate weights not yet in `table`; null when there are none. */
  counts = null;
  /** Whether `table` holds only integers, so counts can be added to it in any order and give the same bits. */
  integral = true;
  constructor(replicates) {
    checkReplicates(replicates);
    this.replicates = replicates;
    this.table = new BinaryTable(replicates);
  }
  /** Rows added, whatever their weights. */
  get n() {
    return this.rows;
  }
  /** Same row contract as BinaryAccumulator.add; replicate weights are read for r < replicates. */
  add(label, score, prediction, weight, replicateWeights) {
    checkBinaryRow(label, score, prediction, weight);
    checkReplicateWeights(replicateWeights, this.replicates);
    this.beforeTableRow(weight, replicateWeights);
    if (score !== score) this.unscoredRows++;
    const table = this.table;
    const R = this.replicates;
    const base = table.slot(score, prediction) * 2 * R + label * R;
    const masses = table.masses;
    for (let r = 0; r < R; r++) masses[base + r] += weight * replicateWeights[r];
    this.rows++;
  }
  /** BinaryAccumulator.addAt with replicate weights, replicateWeights[offset + r] for replicate r. */
  addAt(shared, at, label, weight, replicateWeights, offset = 0) {
    checkReplicateWeights(replicateWeights, offset + this.replicates);
    const score = shared.scores[at];
    if (score !== score) this.unscoredRows++;
    this.rows++;
    if (weight === 1 && this.integral && replicateWeights instanceof Uint8Array) {
      let counts = this.counts;
      if (counts !== null && (counts.shared !== shared || counts.rows === MAX_COUNTED_ROWS)) counts = this.fold();
      counts ??= this.counts = new ReplicateCounts(shared, this.replicates);
      counts.add(at, label, replicateWeights, offset);
      return;
    }
    this.beforeTableRow(weight, replicateWeights);
    const table = this.table;
    const R = this.replicates;
    const base = table.slotAt(shared, at) * 2 * R + label * R;
    const masses = table.masses;
    if (weight === 1) for (let r = 0; r < R; r++) masses[base + r] += replicateWeights[offset + r];
    else for (let r = 0; r < R; r++) masses[base + r] += weight * replicateWeights[offset + r];
  }
  /**
   * Before a row goes to `table` directly: a row that may add a fraction makes the sums depend on their order, so
   * the counts are folded first (keeping row order) and never used again.
   */
  beforeTableRow(weight, replicateWeights) {
    if (this.integral && (weight !== Math.floor(weight) || !(replicateWeights instanceof Uint8Array))) {
      this.fold();
      this.integral = false;
    }
  }
  /** Moves the counts into the table; returns null (no counts left). */
  fold() {
    if (this.counts !== null) {
      this.counts.fold(this.table);
      this.counts = null;
    }
    return null;
  }
  merge(other) {
    if (other.replicates !== this.replicates) {
      throw new DataError(`cannot merge accumulators with ${other.replicates} and ${this.replicates} bootstrap replicates`);
    }
    if (this.integral && other.integral) {
      const theirs = other.counts;
      if (theirs !== null) {
        if (this.counts !== null && (this.counts.shared !== theirs.shared || this.counts.rows + theirs.rows > MAX_COUNTED_ROWS))
          this.fold();
        this.counts ??= new ReplicateCounts(theirs.shared, this.replicates);
        this.counts.merge(theirs);
      }
    } else {
      this.fold();
      other.fold();
      this.integral = false;
    }
    this.table.merge(other.table);
    this.rows += other.rows;
    this.unscoredRows += other.unscoredRows;
  }
  /** Like BinaryAccumulator's JSON; `negative` and `positive` hold R numbers per slot. */
  toJSON() {
    this.fold();
    return {
      kind: "replicated_binary",
      version: 1,
      replicates: this.replicates,
      rows: this.rows,
      unscoredRows: this.unscoredRows,
      table: this.table.toJSON()
    };
  }
  static fromJSON(json) {
    const replicates = json?.replicates;
    if (!Number.isInteger(replicates) || replicates < 1) {
      throw new DataError("malformed replicated_binary accumulator JSON: replicates must be an integer >= 1");
    }
    const state = parseBinaryState(json, "replicated_binary", replicates);
    const accumulator = new _ReplicatedBinaryAccumulator(replicates);
    accumulator.table = state.table;
    accumulator.rows = state.rows;
    accumulator.unscoredRows = state.unscoredRows;
    accumulator.integral = state.table.masses.every((mass) => mass === Math.floor(mass));
    return accumulator;
  }
  /**
   * When replicateMetrics would read counts (all rows of weight 1 with Poisson weights): what it would measure, for
   * countMetrics on another thread; null when it reads the table.
   */
  countsToMeasure() {
    return this.counts !== null && this.table.size === 0 ? { counts: this.counts.snapshot(), unscoredRows: this.unscoredRows } : null;
  }
  /** One record per replicate, with the names and definitions of BinaryAccumulator.metrics. */
  replicateMetrics(options) {
    checkMetricOptions(options);
    if (this.counts !== null && this.table.size === 0) return this.counts.metrics(options, this.unscoredRows);
    this.fold();
    return new SortedBinaryTable(this.table).allMetrics(options, this.unscoredRows);
  }
};
var ReplicatedRegressionAccumulator = class _ReplicatedRegressionAccumulator {
  replicates;
  moments;
  rows = 0;
  constructor(replicates) {
    checkReplicates(replicates);
    this.replicates = replicates;
    this.moments = new RegressionMoments(replicates);
  }
  get n() {
    return this.rows;
  }
  add(label, prediction, weight, replicateWeights) {
    checkRegressionRow(label, prediction, weight);
    checkReplicateWeights(replicateWeights, this.replicates);
    this.moments.addReplicated(label, prediction, weight, replicateWeights, 0);
    this.rows++;
  }
  merge(other) {
    this.moments.merge(other.moments);
    this.rows += other.rows;
  }
  toJSON() {
    return { kind: "replicated_regression", version: 1, replicates: this.replicates, rows: this.rows, moments: this.moments.toJSON() };
  }
  static fromJSON(json) {
    const what = "replicated_regression accumulator JSON";
    if (typeof json !== "object" || json === null) throw new DataError(`malformed ${what}: not an object`);
    const state = json;
    if (state.kind !== "replicated_regression" || state.version !== 1)
      throw new DataError(`malformed ${what}: expected kind "replicated_regression" version 1`);
    if (!Number.isInteger(state.replicates) || state.replicates < 1)
      throw new DataError(`malformed ${what}: replicates must be an integer >= 1`);
    if (!Number.isSafeInteger(state.rows) || state.rows < 0)
      throw new DataError(`malformed ${what}: rows must be an integer >= 0`);
    const accumulator = new _ReplicatedRegressionAccumulator(state.replicates);
    accumulator.moments = RegressionMoments.fromJSON(state.moments, state.replicates, what);
    accumulator.rows = state.rows;
    return accumulator;
  }
  /** One record per replicate, with the names and definitions of RegressionAccumulator.metrics. */
  replicateMetrics() {
    const records = [];
    for (let r = 0; r < this.replicates; r++) records.push(this.moments.metrics(r));
    return records;
  }
};

// shared/stats/merge-runs.ts
function mergeSortedRuns(k, before, take) {
  const heap = Int32Array.from({ length: k }, (_, j) => j);
  let size = k;
  const down = (from) => {
    let p = from;
    const top = heap[p];
    for (; ; ) {
      let child = 2 * p + 1;
      if (child >= size) break;
      if (child + 1 < size && before(heap[child + 1], heap[child])) child++;
      if (!before(heap[child], top)) break;
      heap[p] = heap[child];
      p = child;
    }
    heap[p] = top;
  };
  for (let p = (size >> 1) - 1; p >= 0; p--) down(p);
  while (size > 0) {
    if (!take(heap[0])) heap[0] = heap[--size];
    if (size > 0) down(0);
  }
}

// shared/metrics/row-chunks-json.ts
var LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
function decodeRowChunks(json, what, width, fail, readChunk) {
  if (!LITTLE_ENDIAN) throw new Error(`partials with ${what} are read on little-endian machines only`);
  if (typeof json !== "object" || json === null) fail(`${what} is not an object`);
  const { chunks, weighted, data } = json;
  if (!Array.isArray(chunks) || !chunks.every((n) => Number.isSafeInteger(n) && n > 0) || typeof weighted !== "boolean" || typeof data !== "string") {
    fail(`${what} need chunks (row counts), weighted (a boolean) and data (base64 text)`);
  }
  const bytes = Buffer.from(data, "base64");
  const rowWidth = width + (weighted ? 8 : 0);
  const total = chunks.reduce((a, b) => a + b, 0);
  if (bytes.length !== total * rowWidth) fail(`${what} data holds ${bytes.length} bytes, not ${total} rows of ${rowWidth}`);
  let at = 0;
  const take = (make, n, size) => {
    const copy = new ArrayBuffer(n * size);
    new Uint8Array(copy).set(bytes.subarray(at, at + n * size));
    at += n * size;
    return make(copy);
  };
  return chunks.map((n) => readChunk(n, take, weighted));
}

// shared/shared-memory.ts
function sharedArray(Kind, length) {
  return new Kind(new SharedArrayBuffer(length * Kind.BYTES_PER_ELEMENT));
}
function sharedCopy(array) {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  const copy = new array.constructor(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

// shared/metrics/row-store.ts
var CHUNK_ROWS = 1 << 20;
var RowChunk = class _RowChunk {
  length = 0;
  sorted = false;
  scores;
  /** cell << 2 | prediction << 1 | label. */
  meta;
  /** Null while every row of the chunk has weight 1. */
  weights = null;
  /** With bootstrap: per row, the two words of its key's hash; else null. */
  keys;
  /** `spare`: the unsorted columns of a chunk sorted before (see `sort`), to fill again rather than allocate. */
  constructor(capacity, keyed, spare = null) {
    const fits = spare !== null && spare.scores.length === capacity && spare.keys !== null === keyed;
    this.scores = fits ? spare.scores : new Float64Array(capacity);
    this.meta = fits ? spare.meta : new Uint32Array(capacity);
    this.keys = fits ? spare.keys : keyed ? new Int32Array(2 * capacity) : null;
  }
  get full() {
    return this.length === this.scores.length;
  }
  push(score, label, prediction, cell, weight, h1, h2) {
    const i = this.length++;
    if (this.keys !== null) {
      this.keys[2 * i] = h1;
      this.keys[2 * i + 1] = h2;
    }
    this.scores[i] = score + 0;
    this.meta[i] = cell << 2 | prediction << 1 | label;
    if (weight !== 1) {
      if (this.weights === null) this.weights = new Float64Array(this.scores.length).fill(1);
      this.weights[i] = weight;
    }
    this.sorted = false;
  }
  /** `push` of rows from .. to of columns (see RowStore.pushColumns), which must fit. */
  pushColumns(from, to, { scores, labels, predictions, cells, weights }) {
    if (this.keys !== null) throw new Error("pushColumns takes no key hashes: this chunk is keyed");
    let at = this.length;
    for (let i = from; i < to; i++, at++) {
      this.scores[at] = scores[i] + 0;
      this.meta[at] = cells[i] << 2 | predictions[i] << 1 | labels[i];
      const weight = weights[i];
      if (weight !== 1) {
        if (this.weights === null) this.weights = new Float64Array(this.scores.length).fill(1);
        this.weights[at] = weight;
      }
    }
    this.length = at;
    this.sorted = false;
  }
  weightAt(i) {
    return this.weights === null ? 1 : this.weights[i];
  }
  /** The chunk with its rows in arrival order trimmed to its length, as its own (copied) chunk. */
  trimmed() {
    const chunk = new _RowChunk(0, false);
    chunk.keys = this.keys === null ? null : this.keys.slice(0, 2 * this.length);
    chunk.scores = this.scores.slice(0, this.length);
    chunk.meta = this.meta.slice(0, this.length);
    chunk.weights = this.weights === null ? null : this.weights.slice(0, this.length);
    chunk.length = this.length;
    chunk.sorted = this.sorted;
    return chunk;
  }
  /**
   * Sorts the rows by score ascending (NaN last), then prediction, then arrival: the order every sum runs in. The
   * sorted columns are in shared memory, so that a sweep on two threads (sweep-threads.ts) hands them over without a
   * copy; the unsorted ones are not, as V8 frees a SharedArrayBuffer it no longer needs much later than other memory.
   * Returns the unsorted columns it replaced, which the store fills with its next chunk's rows; null when the chunk
   * was sorted already.
   */
  sort() {
    if (this.sorted) return null;
    const unsorted = { scores: this.scores, meta: this.meta, keys: this.keys };
    const n = this.length;
    const scores = sharedArray(Float64Array, this.scores.length);
    const meta = sharedArray(Uint32Array, this.meta.length);
    const order = sortedOrder(this.scores, this.meta, n, scores, meta);
    const weights = this.weights === null ? null : sharedArray(Float64Array, this.weights.length);
    const keys = this.keys === null ? null : sharedArray(Int32Array, this.keys.length);
    if (weights !== null || keys !== null) {
      for (let k = 0; k < n; k++) {
        const i = order[k];
        if (weights !== null) weights[k] = this.weights[i];
        if (keys !== null) {
          keys[2 * k] = this.keys[2 * i];
          keys[2 * k + 1] = this.keys[2 * i + 1];
        }
      }
    }
    this.keys = keys;
    this.scores = scores;
    this.meta = meta;
    this.weights = weights;
    this.sorted = true;
    return unsorted;
  }
};
var RowStore = class {
  /** keyed: rows come with their bootstrap key hashes. */
  constructor(keyed = false, chunkRows = CHUNK_ROWS) {
    this.keyed = keyed;
    this.chunkRows = chunkRows;
  }
  keyed;
  chunkRows;
  chunks = [];
  rows = 0;
  push(score, label, prediction, cell, weight, h1 = 0, h2 = 0) {
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === void 0 || chunk.full) {
      chunk = new RowChunk(this.chunkRows, this.keyed, chunk?.sort() ?? null);
      this.chunks.push(chunk);
    }
    chunk.push(score, label, prediction, cell, weight, h1, h2);
    this.rows++;
  }
  /** `push` of n rows from columns (no key hashes: the store is not keyed), a chunk's run of them at a time. */
  pushColumns(n, columns) {
    if (this.keyed) throw new Error("pushColumns takes no key hashes: this store is keyed");
    for (let i = 0; i < n; ) {
      let chunk = this.chunks[this.chunks.length - 1];
      if (chunk === void 0 || chunk.full) {
        chunk = new RowChunk(this.chunkRows, false, chunk?.sort() ?? null);
        this.chunks.push(chunk);
      }
      const end = Math.min(n, i + chunk.scores.length - chunk.length);
      chunk.pushColumns(i, end, columns);
      this.rows += end - i;
      i = end;
    }
  }
  /** Sorts every chunk, first trimming the last one (partly filled) to its rows. */
  sortAll() {
    const last = this.chunks.length - 1;
    if (last >= 0 && !this.chunks[last].full) this.chunks[last] = this.chunks[last].trimmed();
    for (const chunk of this.chunks) chunk.sort();
  }
  /** Takes another store's rows after this one's (their cells must already mean the same: see `recode`). */
  append(other) {
    this.sortAll();
    other.sortAll();
    this.chunks.push(...other.chunks);
    this.rows += other.rows;
  }
  /**
   * The merged order of the sorted chunks (see forEachSorted) as the chunk each next row comes from: a row's place in
   * its chunk follows, as every chunk is read in order. 1 or 2 bytes a row, and no copy of the rows. A row whose score
   * no other row has is marked with oneRowBit.
   */
  mergedOrder() {
    const { chunks, order, parts } = this.mergeParts("none");
    for (const part of parts) mergeRange(chunks, order, part);
    return { chunks, order };
  }
  /**
   * mergedOrder's chunks and order, the order (in shared memory) not yet filled, and the ranges that fill it, each
   * merged by mergeRange, in any order or at once: two when a pivot score parts the rows, those of the scores below it
   * and the rest (NaN sorts last); else one, every row. The pivot is `split` itself, or about the median score for
   * 'median'; 'none' asks for one part.
   */
  mergeParts(split) {
    const chunks = this.sortedChunks();
    releaseSortScratch();
    if (chunks.length > 32768) throw new Error(`too many row chunks to merge (${chunks.length})`);
    const order = chunks.length <= 128 ? sharedArray(Uint8Array, this.rows) : sharedArray(Uint16Array, this.rows);
    const whole = { from: new Int32Array(chunks.length), to: Int32Array.from(chunks, (c) => c.length), at: 0 };
    const pivot = split === "none" || chunks.length < 2 ? void 0 : split === "median" ? pivotOf(chunks) : split;
    if (pivot === void 0) return { chunks, order, parts: [whole] };
    const below = Int32Array.from(chunks, (c) => firstAtLeast(c.scores, c.length, pivot));
    const lowerRows = below.reduce((sum, rows) => sum + rows, 0);
    if (lowerRows === 0 || lowerRows === this.rows) return { chunks, order, parts: [whole] };
    return {
      chunks,
      order,
      parts: [
        { from: whole.from, to: below, at: 0 },
        { from: below, to: whole.to, at: lowerRows }
      ]
    };
  }
  /**
   * Of `edges` (ascending scores), the one that parts the rows most evenly, those of the scores below it and the rest,
   * if it leaves between a quarter and three quarters of them below; else undefined.
   */
  evenEdge(edges) {
    const chunks = this.sortedChunks();
    let best;
    let bestGap = Infinity;
    for (const edge of edges) {
      const below = chunks.reduce((sum, c) => sum + firstAtLeast(c.scores, c.length, edge), 0);
      const gap = Math.abs(2 * below - this.rows);
      if (gap < bestGap && 4 * below >= this.rows && 4 * below <= 3 * this.rows) {
        best = edge;
        bestGap = gap;
      }
    }
    return best;
  }
  /** The chunks, each sorted, without empty ones. */
  sortedChunks() {
    this.sortAll();
    return this.chunks.filter((c) => c.length > 0);
  }
  /** Renumbers every row's cell through `cells` (old cell -> new cell). */
  recode(cells) {
    for (const chunk of this.chunks) {
      const meta = chunk.meta;
      for (let i = 0; i < chunk.length; i++) meta[i] = cells[meta[i] >>> 2] << 2 | meta[i] & 3;
    }
  }
  /**
   * Visits every row in sorted order across chunks (a k-way merge of the sorted chunks): ascending by (score,
   * prediction, arrival), or the exact reverse.
   */
  forEachSorted(descending, visit) {
    const chunks = this.sortedChunks();
    if (chunks.length === 1) {
      const chunk = chunks[0];
      if (descending) for (let i = chunk.length - 1; i >= 0; i--) visit(chunk, i, 0);
      else for (let i = 0; i < chunk.length; i++) visit(chunk, i, 0);
      return;
    }
    const k = chunks.length;
    const at = new Int32Array(k);
    if (descending) chunks.forEach((c, j) => at[j] = c.length - 1);
    const before = (a, b) => {
      const ca = chunks[a];
      const cb = chunks[b];
      const sa = ca.scores[at[a]];
      const sb = cb.scores[at[b]];
      let c = compareScores(sa, sb);
      if (c === 0) c = (ca.meta[at[a]] >>> 1 & 1) - (cb.meta[at[b]] >>> 1 & 1);
      if (c === 0) c = a - b;
      return descending ? c > 0 : c < 0;
    };
    mergeSortedRuns(k, before, (j) => {
      const chunk = chunks[j];
      visit(chunk, at[j], j);
      const next = descending ? at[j] - 1 : at[j] + 1;
      if (next < 0 || next >= chunk.length) return false;
      at[j] = next;
      return true;
    });
  }
};
function mergeRange(chunks, order, range) {
  const runs = Int32Array.from(chunks.keys()).filter((j) => range.from[j] < range.to[j]);
  const k = runs.length;
  const at = Int32Array.from(runs, (j) => range.from[j]);
  const score = new Float64Array(k);
  const prediction = new Uint8Array(k);
  const load = (r) => {
    const chunk = chunks[runs[r]];
    const s = chunk.scores[at[r]];
    score[r] = s === s ? s : 2;
    prediction[r] = chunk.meta[at[r]] >>> 1 & 1;
  };
  const before = (a, b) => score[a] < score[b] || score[a] === score[b] && (prediction[a] < prediction[b] || prediction[a] === prediction[b] && a < b);
  for (let r = 0; r < k; r++) load(r);
  const one = oneRowBit(order);
  let n = range.at;
  let previous = NaN;
  let alone = false;
  if (k > 0)
    mergeSortedRuns(k, before, (r) => {
      const key = score[r];
      if (key !== previous) {
        if (alone) order[n - 1] |= one;
        previous = key;
        alone = key !== 2;
      } else alone = false;
      order[n++] = runs[r];
      if (++at[r] === range.to[runs[r]]) return false;
      load(r);
      return true;
    });
  if (alone) order[n - 1] |= one;
}
function oneRowBit(order) {
  return order.BYTES_PER_ELEMENT === 1 ? 128 : 32768;
}
function pivotOf(chunks) {
  const middles = chunks.map((c) => c.scores[c.length >>> 1]).filter((score) => score === score);
  return middles.sort((a, b) => a - b)[middles.length >>> 1];
}
function firstAtLeast(scores, length, pivot) {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (scores[middle] < pivot) low = middle + 1;
    else high = middle;
  }
  return low;
}
function compareScores(a, b) {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  return a !== a ? b !== b ? 0 : 1 : -1;
}
var sortModule = null;
var sorter = null;
var PAGE = 1 << 16;
var COUNT_BYTES = 8 * 256 * 4;
function releaseSortScratch() {
  sorter = null;
}
function sorterFor(bytes) {
  if (sorter === null || sorter.memory.buffer.byteLength < bytes) {
    sortModule ??= new WebAssembly.Module(Buffer.from(RADIX_SORT_WASM, "base64"));
    const memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / PAGE) });
    sorter = { memory, exports: new WebAssembly.Instance(sortModule, { sort: { memory } }).exports };
  }
  return sorter;
}
function sortedOrder(scores, meta, n, sortedScores, sortedMeta) {
  const keysAt = 0;
  const nextKeysAt = 8 * n;
  const rowsAt = 16 * n;
  const nextRowsAt = 20 * n;
  const metaAt = 24 * n;
  const countsAt = align8(28 * n);
  const { memory, exports } = sorterFor(countsAt + COUNT_BYTES);
  const { buffer } = memory;
  new Float64Array(buffer, nextKeysAt, n).set(scores.subarray(0, n));
  if (meta !== null) new Uint32Array(buffer, metaAt, n).set(meta.subarray(0, n));
  const swapped = exports.sort(n, nextKeysAt, meta === null ? 0 : metaAt, keysAt, nextKeysAt, rowsAt, nextRowsAt, countsAt) === 1;
  if (sortedScores !== void 0) sortedScores.set(new Float64Array(buffer, swapped ? nextKeysAt : keysAt, n));
  if (sortedMeta !== void 0 && meta !== null) sortedMeta.set(new Uint32Array(buffer, swapped ? rowsAt : nextRowsAt, n));
  return new Uint32Array(buffer, swapped ? nextRowsAt : rowsAt, n).slice();
}
var align8 = (bytes) => Math.ceil(bytes / 8) * 8;
function rowStoreToJSON(store) {
  if (!LITTLE_ENDIAN) throw new Error("partials with a row store are written on little-endian machines only");
  store.sortAll();
  const chunks = store.chunks.filter((chunk) => chunk.length > 0);
  const weighted = chunks.some((chunk) => chunk.weights !== null);
  const parts = [];
  const bytes = (array, length, width) => Buffer.from(array.buffer, array.byteOffset, length * width);
  for (const chunk of chunks) {
    const n = chunk.length;
    parts.push(bytes(chunk.scores, n, 8), bytes(chunk.meta, n, 4));
    if (chunk.keys !== null) parts.push(bytes(chunk.keys, n, 8));
    if (weighted) parts.push(chunk.weights === null ? Buffer.from(new Float64Array(n).fill(1).buffer) : bytes(chunk.weights, n, 8));
  }
  return { chunks: chunks.map((chunk) => chunk.length), weighted, data: Buffer.concat(parts).toString("base64") };
}
function rowStoreFromJSON(json, keyed, cells, fail) {
  const chunks = decodeRowChunks(json, "rows", 12 + (keyed ? 8 : 0), fail, (n, take, weighted) => {
    const chunk = new RowChunk(0, false);
    chunk.scores = take((b) => new Float64Array(b), n, 8);
    chunk.meta = take((b) => new Uint32Array(b), n, 4);
    chunk.keys = keyed ? take((b) => new Int32Array(b), n, 8) : null;
    chunk.weights = weighted ? take((b) => new Float64Array(b), n, 8) : null;
    chunk.length = n;
    checkChunk(chunk, cells, fail);
    chunk.sorted = true;
    return chunk;
  });
  const store = new RowStore(keyed);
  for (const chunk of chunks) {
    store.chunks.push(chunk);
    store.rows += chunk.length;
  }
  return store;
}
function checkChunk(chunk, cells, fail) {
  for (let i = 0; i < chunk.length; i++) {
    const score = chunk.scores[i];
    if (!(score >= 0 && score <= 1) && score === score) fail(`row score ${score} is not a probability or NaN`);
    if (i > 0) {
      const c = compareScores(chunk.scores[i - 1], score) || (chunk.meta[i - 1] >>> 1 & 1) - (chunk.meta[i] >>> 1 & 1);
      if (c > 0) fail("rows are not sorted by score and prediction");
    }
    if (chunk.meta[i] >>> 2 >= cells) fail(`row cell ${chunk.meta[i] >>> 2} is not one of the ${cells} cells`);
    if (chunk.weights !== null && !(chunk.weights[i] >= 0 && chunk.weights[i] < Infinity))
      fail(`row weight ${chunk.weights[i]} is not a finite number >= 0`);
  }
}

// shared/metrics/row-sweep.ts
function sweepSorted(rows, plan, from, to, ascended) {
  const sweep = new RowSweep(rows, plan, from, to, true);
  if (ascended === void 0) sweep.ascend(wholeRange(rows));
  else sweep.takeAscendingSums(ascended);
  sweep.descend();
  return sweep.results();
}
function ascendRange(rows, plan, range) {
  const sweep = new RowSweep(rows, plan, 0, 0, true);
  sweep.ascend(range);
  return sweep.ascendingSums();
}
function addAscendingSums(into, other) {
  for (const key of Object.keys(into)) {
    const sums = into[key];
    const more = other[key];
    for (let i = 0; i < sums.length; i++) sums[i] += more[i];
  }
  return into;
}
function wholeRange({ chunks }) {
  return { from: new Int32Array(chunks.length), to: Int32Array.from(chunks, (c) => c.length), at: 0 };
}
function sweepReplicates(rows, plan, from, to) {
  const sweep = new RowSweep(rows, plan, from, to, false);
  sweep.countUnscored();
  sweep.descend();
  return sweep.replicateResults();
}
var differentScore = (a, b) => a !== b && !(a !== a && b !== b);
var RowSweep = class {
  /**
   * @param point Whether this sweep measures the point metrics, calibration and curves too (else only the replicates:
   *   see sweepReplicates).
   */
  constructor({ chunks, order }, { cellTargets, replicated, options, replicates }, from, to, point) {
    this.point = point;
    checkMetricOptions(options);
    if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= replicates))
      throw new RangeError(`replicates ${from} to ${to} are not a range of the ${replicates}`);
    this.options = options;
    const P = this.P = replicated.length;
    const bins = this.bins = options.calibrationBins;
    const H = this.H = options.histogramBins;
    this.M = options.curvePoints;
    this.offsets = new Int32Array(cellTargets.length + 1);
    cellTargets.forEach((targets, c) => this.offsets[c + 1] = this.offsets[c] + targets.length);
    this.targets = Int32Array.from(cellTargets.flat());
    this.scoredOffsets = new Int32Array(cellTargets.length + 1);
    this.order = order;
    this.scoreColumns = chunks.map((c) => c.scores);
    this.metaColumns = chunks.map((c) => c.meta);
    this.weightColumns = chunks.map((c) => c.weights);
    this.keyColumns = chunks.map((c) => c.keys);
    this.chunkLengths = chunks.map((c) => c.length);
    this.cursor = new Int32Array(chunks.length);
    this.negative = new Float64Array(P);
    this.positive = new Float64Array(P);
    this.labels = new Uint8Array(P);
    this.stamp = new Float64Array(P).fill(-1);
    this.touched = new Int32Array(P);
    this.rows = new Float64Array(P);
    this.unscored = new Float64Array(P);
    this.distinct = new Float64Array(P);
    this.zeroRun = new Float64Array(P);
    this.totalNegative = new Float64Array(P);
    this.totalPositive = new Float64Array(P);
    this.calWeight = new Float64Array(P * bins);
    this.calScore = new Float64Array(P * bins);
    this.calLabel = new Float64Array(P * bins);
    this.histNegative = new Float64Array(P * H);
    this.histPositive = new Float64Array(P * H);
    this.tp = new Float64Array(P);
    this.fp = new Float64Array(P);
    this.tn = new Float64Array(P);
    this.fn = new Float64Array(P);
    this.confusionByKind = [this.tn, this.fn, this.fp, this.tp];
    this.sweeps = Array.from({ length: P }, () => new ScoreSweep(1, bins));
    this.curveTps = new Float64Array(P);
    this.curveFps = new Float64Array(P);
    this.rocIndex = new Float64Array(P);
    this.prIndex = new Float64Array(P);
    this.rocNext = new Float64Array(P).fill(1);
    this.prNext = new Float64Array(P).fill(1);
    this.rocWant = new Float64Array(P);
    this.prWant = new Float64Array(P);
    this.roc = Array.from({ length: P }, () => [[0, 0]]);
    this.pr = Array.from({ length: P }, () => [[0, 1]]);
    const R = this.R = to - from;
    this.from = from;
    this.base = new Int32Array(P).fill(-1);
    let replicatedCount = 0;
    if (R > 0) {
      for (let p = 0; p < P; p++) if (replicated[p]) this.base[p] = R * replicatedCount++;
    }
    const unitWeights = this.weightColumns.every((weights) => weights === null);
    const cellConfusion = R > 0 && unitWeights && cellTargets.length * 4 * R <= MAX_CELL_CONFUSION ? cellTargets.length * 4 * R : 0;
    const n = R * replicatedCount;
    const kernel = this.kernel = R > 0 ? new ReplicateKernel(R, weightRowBytes(to), [n, n, n, n, n, n, cellConfusion, ...Array(replicatedCount).fill(R * SWEPT)]) : null;
    const regions = kernel?.regions ?? Array.from({ length: 7 }, () => new Float64Array(0));
    [this.negativeR, this.positiveR, this.tnR, this.fnR, this.fpR, this.tpR] = regions;
    this.confusionByKindR = [this.tnR, this.fnR, this.fpR, this.tpR];
    this.cellConfusion = cellConfusion > 0 ? regions[6] : null;
    this.sweepsR = Array.from(
      { length: P },
      (_, p) => this.base[p] >= 0 ? new ScoreSweep(R, bins, kernel, regions[7 + this.base[p] / R]) : null
    );
    this.cellCounts = point && unitWeights && cellTargets.length <= MAX_COUNTED_CELLS ? new CellCounts(cellTargets.length, bins, H) : null;
  }
  point;
  P;
  bins;
  H;
  M;
  /** How many replicates this sweep measures, replicates `from` .. `from + R - 1`. */
  R;
  from;
  offsets;
  targets;
  /** As offsets and targets, only the populations without unscored rows (see scoreTargets). */
  scoredOffsets;
  scoredTargets = new Int32Array(0);
  order;
  scoreColumns;
  metaColumns;
  weightColumns;
  keyColumns;
  chunkLengths;
  cursor;
  // The current run (rows of one distinct score): masses and labels of the populations it touches.
  negative;
  positive;
  labels;
  stamp;
  touched;
  touchedCount = 0;
  scoreNumber = 0;
  // Ascending walk: row counts, distinct scores (for thinning the curves), totals, calibration and histogram sums.
  rows;
  unscored;
  distinct;
  zeroRun;
  totalNegative;
  totalPositive;
  calWeight;
  calScore;
  calLabel;
  histNegative;
  histPositive;
  // Descending walk: confusion counts, each population's ScoreSweep, and the curves' points.
  tp;
  fp;
  tn;
  fn;
  sweeps;
  curveTps;
  curveFps;
  rocIndex;
  prIndex;
  rocNext;
  prNext;
  /** The index of the next point each curve keeps (see `wantedIndex`), -1 when it keeps every point. */
  rocWant;
  prWant;
  roc;
  pr;
  rocLength = [];
  prLength = [];
  // Bootstrap: per replicated population, R masses of the current score, R sweeps and R confusion counts.
  base;
  negativeR;
  positiveR;
  tpR;
  /** The point and replicate confusion counts by (prediction << 1) | label, a row's meta & 3: tn, fn, fp, tp. */
  confusionByKind;
  confusionByKindR;
  fpR;
  tnR;
  fnR;
  sweepsR;
  /**
   * With bootstrap: holds the current row's draws and its non-zero masses (Poisson(1) is 0 for 37% of replicates), the
   * run masses, the replicate confusion counts and the sweeps' states.
   */
  kernel;
  /**
   * With unit weights (integer masses, whose sums are exact in any order) and at most MAX_CELL_CONFUSION counts: per
   * cell and (prediction, label), R replicate counts, added to the populations' confusion counts at the end, so a
   * row adds its masses once rather than once per population. Else null.
   */
  cellConfusion;
  /** With point sums, unit weights and at most MAX_COUNTED_CELLS cells: one-row scores' integer sums per cell (see CellCounts). */
  cellCounts;
  // The current score's log-loss terms.
  lossIfPositive = 0;
  lossIfNegative = 0;
  options;
  /** Starts a run: the masses of every population it touches start at 0 (see `touch`). */
  startRun() {
    this.touchedCount = 0;
    this.scoreNumber++;
  }
  touch(p) {
    if (this.stamp[p] !== this.scoreNumber) {
      this.stamp[p] = this.scoreNumber;
      this.touched[this.touchedCount++] = p;
      this.negative[p] = 0;
      this.positive[p] = 0;
      this.labels[p] = 0;
    }
  }
  /** The ascending walk over the rows of `range` (see ascendRange): the whole walk when it holds every row. */
  ascend(range) {
    const { order, scoreColumns, metaColumns, weightColumns, cursor, offsets, targets, positive, negative, rows, unscored } = this;
    cursor.set(range.from);
    let end = range.at;
    for (let j = 0; j < range.to.length; j++) end += range.to[j] - range.from[j];
    let current = NaN;
    let open = false;
    const one = oneRowBit(order);
    for (let k = range.at; k < end; k++) {
      const o = order[k];
      const c = o & one - 1;
      const i = cursor[c]++;
      const score = scoreColumns[c][i];
      if ((o & one) !== 0) {
        if (open) this.commitAscending(current);
        current = score;
        this.ascendOneRow(c, i, score);
        open = false;
        continue;
      }
      if (k === range.at || differentScore(score, current)) {
        if (open) this.commitAscending(current);
        current = score;
        this.startRun();
        open = true;
      }
      const m = metaColumns[c][i];
      const cell = m >>> 2;
      const weights = weightColumns[c];
      const weight = weights === null ? 1 : weights[i];
      for (let t = offsets[cell]; t < offsets[cell + 1]; t++) {
        const p = targets[t];
        this.touch(p);
        if ((m & 1) === 1) positive[p] += weight;
        else negative[p] += weight;
        rows[p]++;
        if (score !== score) unscored[p]++;
      }
    }
    if (open) this.commitAscending(current);
    this.addCellSums();
  }
  /**
   * A score only row i of chunk c has (the usual case for full-precision scores): its populations' sums at once, the
   * same to the bit as a run of one row (whose masses start at 0 and take the row's weight).
   */
  ascendOneRow(c, i, score) {
    const { offsets, targets } = this;
    const m = this.metaColumns[c][i];
    const cell = m >>> 2;
    if (this.cellCounts !== null) {
      const b2 = this.cellCounts.addAscending(cell, m & 1, score);
      for (let t = offsets[cell]; t < offsets[cell + 1]; t++) {
        const p = targets[t];
        this.distinct[p]++;
        this.zeroRun[p] = 0;
        this.calScore[p * this.bins + b2] += score;
      }
      return;
    }
    const weights = this.weightColumns[c];
    const weight = 0 + (weights === null ? 1 : weights[i]);
    const pos = (m & 1) === 1 ? weight : 0;
    const neg = (m & 1) === 1 ? 0 : weight;
    const b = calibrationBinOf(score, this.bins);
    const h = calibrationBinOf(score, this.H);
    for (let t = offsets[cell]; t < offsets[cell + 1]; t++) {
      const p = targets[t];
      this.rows[p]++;
      this.addScoreMasses(p, score, neg, pos, b, h);
    }
  }
  ascendingSums() {
    const { rows, unscored, distinct, zeroRun, totalNegative, totalPositive, calWeight, calScore, calLabel, histNegative, histPositive } = this;
    return { rows, unscored, distinct, zeroRun, totalNegative, totalPositive, calWeight, calScore, calLabel, histNegative, histPositive };
  }
  /** Starts from sums another walk took (see ascendRange) in place of its own ascending walk. */
  takeAscendingSums(sums) {
    const own = this.ascendingSums();
    for (const key of Object.keys(own)) own[key].set(sums[key]);
  }
  /**
   * The ascending walk's count of rows without a score per population, alone (for a sweep of replicates only): NaN
   * sorts last, so those rows end each chunk.
   */
  countUnscored() {
    const { offsets, targets, unscored } = this;
    this.scoreColumns.forEach((scores, c) => {
      const meta = this.metaColumns[c];
      for (let i = this.chunkLengths[c] - 1; i >= 0 && scores[i] !== scores[i]; i--) {
        const cell = meta[i] >>> 2;
        for (let t = offsets[cell]; t < offsets[cell + 1]; t++) unscored[targets[t]]++;
      }
    });
  }
  /** The cells' integer sums (one-row scores of weight 1) into their populations', once the ascending walk is done. */
  addCellSums() {
    const counts = this.cellCounts;
    if (counts === null) return;
    const { offsets, targets, bins, H } = this;
    for (let cell = 0; cell + 1 < offsets.length; cell++) {
      if (counts.rows[cell] === 0) continue;
      for (let t = offsets[cell]; t < offsets[cell + 1]; t++) {
        const p = targets[t];
        this.rows[p] += counts.rows[cell];
        this.totalNegative[p] += counts.negative[cell];
        this.totalPositive[p] += counts.positive[cell];
        for (let b = 0; b < bins; b++) {
          this.calWeight[p * bins + b] += counts.calWeight[cell * bins + b];
          this.calLabel[p * bins + b] += counts.calLabel[cell * bins + b];
        }
        for (let h = 0; h < H; h++) {
          this.histNegative[p * H + h] += counts.histNegative[cell * H + h];
          this.histPositive[p * H + h] += counts.histPositive[cell * H + h];
        }
      }
    }
  }
  commitAscending(score) {
    if (score !== score) return;
    const { touched, negative, positive } = this;
    const b = calibrationBinOf(score, this.bins);
    const h = calibrationBinOf(score, this.H);
    for (let k = 0; k < this.touchedCount; k++) {
      const p = touched[k];
      this.addScoreMasses(p, score, negative[p], positive[p], b, h);
    }
  }
  /** One distinct score's masses into population p's totals, calibration bin b and histogram bin h. */
  addScoreMasses(p, score, neg, pos, b, h) {
    const { bins, H } = this;
    this.distinct[p]++;
    this.zeroRun[p] = neg + pos > 0 ? 0 : this.zeroRun[p] + 1;
    this.totalNegative[p] += neg;
    this.totalPositive[p] += pos;
    const w = neg + pos;
    this.calWeight[p * bins + b] += w;
    this.calScore[p * bins + b] += w * score;
    this.calLabel[p * bins + b] += pos;
    this.histNegative[p * H + h] += neg;
    this.histPositive[p * H + h] += pos;
  }
  descend() {
    const { order, scoreColumns, cursor, R } = this;
    const N = order.length;
    this.scoreTargets();
    this.rocLength = Array.from(this.distinct, (d) => d + 1);
    this.prLength = Array.from(this.distinct, (d, p) => d + 1 - this.zeroRun[p]);
    for (let p = 0; p < this.P; p++) {
      this.rocWant[p] = this.wantedIndex(this.rocNext[p], this.rocLength[p]);
      this.prWant[p] = this.wantedIndex(this.prNext[p], this.prLength[p]);
    }
    this.chunkLengths.forEach((length, j) => cursor[j] = length - 1);
    let current = NaN;
    let open = false;
    const one = oneRowBit(order);
    for (let k = N - 1; k >= 0; k--) {
      const o = order[k];
      const c = o & one - 1;
      const i = cursor[c]--;
      const score = scoreColumns[c][i];
      if ((o & one) !== 0) {
        if (open) this.commitDescending(current);
        current = score;
        const positive = (this.metaColumns[c][i] & 1) === 1;
        this.lossIfPositive = positive ? lossIfPositiveOf(score) : 0;
        this.lossIfNegative = positive ? 0 : lossIfNegativeOf(score);
        if (R > 0) this.replicatesOfOneRow(c, i, score);
        if (this.point) this.descendOneRow(c, i, score);
        open = false;
        continue;
      }
      if (k === N - 1 || differentScore(score, current)) {
        if (open) this.commitDescending(current);
        current = score;
        if (score === score) {
          this.lossIfPositive = lossIfPositiveOf(score);
          this.lossIfNegative = lossIfNegativeOf(score);
        }
        this.startRun();
        open = true;
      }
      this.addDescending(c, i);
    }
    if (open) this.commitDescending(current);
  }
  /** Per cell, its populations that have every row scored (the others have no score metrics), once the counts are in. */
  scoreTargets() {
    const { offsets, targets, unscored } = this;
    const scored = [];
    for (let cell = 0; cell + 1 < offsets.length; cell++) {
      this.scoredOffsets[cell] = scored.length;
      for (let t = offsets[cell]; t < offsets[cell + 1]; t++) if (unscored[targets[t]] === 0) scored.push(targets[t]);
    }
    this.scoredOffsets[offsets.length - 1] = scored.length;
    this.scoredTargets = Int32Array.from(scored);
  }
  /**
   * Without bootstrap, a score only row i of chunk c has: its confusion cell, sweep and curve points at once, the same
   * to the bit as a run of one row (ScoreSweep.addOnePoint is addOneLabel of one replicate, which is add without the
   * other label's +0 terms).
   */
  descendOneRow(c, i, score) {
    const { lossIfPositive, lossIfNegative, sweeps } = this;
    const m = this.metaColumns[c][i];
    const cell = m >>> 2;
    const label = m & 1;
    const weights = this.weightColumns[c];
    const weight = 0 + (weights === null ? 1 : weights[i]);
    const bin = calibrationBinOf(score, this.bins);
    const pos = label === 1 ? weight : 0;
    const neg = label === 1 ? 0 : weight;
    const cellCounts = this.cellCounts;
    if (cellCounts === null) {
      const confusion = this.confusionByKind[m & 3];
      for (let t = this.offsets[cell]; t < this.offsets[cell + 1]; t++) confusion[this.targets[t]] += weight;
    } else cellCounts.confusion[4 * cell + (m & 3)]++;
    const { scoredOffsets, scoredTargets } = this;
    for (let t = scoredOffsets[cell]; t < scoredOffsets[cell + 1]; t++) {
      const p = scoredTargets[t];
      sweeps[p].addOnePoint(score, bin, lossIfPositive, lossIfNegative, label, weight);
      this.addCurvePoints(p, pos, neg);
    }
  }
  /**
   * With bootstrap, a score only row i of chunk c has: its replicate masses go to the replicate confusion counts and
   * straight to the replicated populations' sweeps (the point sums are descendOneRow's).
   */
  replicatesOfOneRow(c, i, score) {
    const { offsets, targets, base } = this;
    const m = this.metaColumns[c][i];
    const cell = m >>> 2;
    const count = this.drawMasses(c, i, m);
    if (this.cellConfusion === null) {
      const confusionR = this.confusionByKindR[m & 3];
      for (let t = offsets[cell]; t < offsets[cell + 1]; t++) {
        const at = base[targets[t]];
        if (at >= 0) this.kernel.addMasses(confusionR, at, count);
      }
    }
    this.addOneRowReplicates(cell, score, m & 1, count);
  }
  /**
   * Row i of chunk c's non-zero replicate masses, drawn again from its key, into the kernel's index and mass (see
   * ReplicateKernel.drawMasses); into its cell's replicate confusion counts too when they are kept per cell.
   * Returns how many.
   */
  drawMasses(c, i, m) {
    const kernel = this.kernel;
    const keys = this.keyColumns[c];
    const weights = this.weightColumns[c];
    const count = kernel.drawMasses(keys[2 * i], keys[2 * i + 1], this.from, weights === null ? 1 : weights[i]);
    if (this.cellConfusion !== null) kernel.addMasses(this.cellConfusion, m * this.R, count);
    return count;
  }
  /** A row of a run of the descending walk (a score of several rows): its confusion cell, run masses and replicates. */
  addDescending(c, i) {
    const { offsets, targets, base, R, cellConfusion, point, kernel } = this;
    const m = this.metaColumns[c][i];
    const cell = m >>> 2;
    const label = m & 1;
    const weights = this.weightColumns[c];
    const weight = weights === null ? 1 : weights[i];
    const confusion = this.confusionByKind[m & 3];
    if (R === 0) {
      const { positive, negative, cellCounts } = this;
      if (cellCounts !== null) cellCounts.confusion[4 * cell + (m & 3)] += weight;
      for (let t = offsets[cell]; t < offsets[cell + 1]; t++) {
        const p = targets[t];
        this.touch(p);
        if (label === 1) positive[p] += weight;
        else negative[p] += weight;
        if (cellCounts === null) confusion[p] += weight;
      }
      return;
    }
    const confusionR = this.confusionByKindR[m & 3];
    const count = this.drawMasses(c, i, m);
    for (let t = offsets[cell]; t < offsets[cell + 1]; t++) {
      const p = targets[t];
      this.touch(p);
      this.labels[p] |= 1 << label;
      if (point) {
        if (label === 1) this.positive[p] += weight;
        else this.negative[p] += weight;
        confusion[p] += weight;
      }
      const at = base[p];
      if (at < 0) continue;
      if (cellConfusion === null) kernel.addMasses(confusionR, at, count);
      kernel.addMasses(label === 1 ? this.positiveR : this.negativeR, at, count);
    }
  }
  /** A score only this row has: its replicate masses go straight to the replicated populations' sweeps. */
  addOneRowReplicates(cell, score, label, count) {
    const { offsets, targets, base, unscored, sweepsR, lossIfPositive, lossIfNegative } = this;
    for (let t = offsets[cell]; t < offsets[cell + 1]; t++) {
      const p = targets[t];
      if (base[p] >= 0 && unscored[p] === 0) sweepsR[p].addOneRow(score, lossIfPositive, lossIfNegative, label, count);
    }
  }
  commitDescending(score) {
    if (score !== score) return;
    const { touched, base, unscored, point, positive, negative } = this;
    const bin = calibrationBinOf(score, this.bins);
    for (let k = 0; k < this.touchedCount; k++) {
      const p = touched[k];
      if (base[p] >= 0) this.commitReplicates(p, score);
      if (!point || unscored[p] > 0) continue;
      this.sweeps[p].addPoint(score, bin, this.lossIfPositive, this.lossIfNegative, negative[p], positive[p]);
      this.addCurvePoints(p, positive[p], negative[p]);
    }
  }
  /** The run's replicate masses of population p into its R sweeps, then reset. */
  commitReplicates(p, score) {
    const { R, negativeR, positiveR, lossIfPositive, lossIfNegative } = this;
    const at = this.base[p];
    const seen = this.labels[p];
    const sweep = this.sweepsR[p];
    if (this.unscored[p] > 0) {
      negativeR.fill(0, at, at + R);
      positiveR.fill(0, at, at + R);
    } else if (seen === 2) sweep.addRunOfOneLabel(score, lossIfPositive, lossIfNegative, 1, positiveR, at);
    else if (seen === 1) sweep.addRunOfOneLabel(score, lossIfPositive, lossIfNegative, 0, negativeR, at);
    else sweep.addRun(score, lossIfPositive, lossIfNegative, negativeR, positiveR, at);
  }
  /**
   * The index of the point a curve of `length` points keeps as its `next`-th, as score-evidence's `thin` picks them;
   * -1 when the curve is short enough to keep every point.
   */
  wantedIndex(next, length) {
    return length <= this.M ? -1 : Math.round(next * (length - 1) / (this.M - 1));
  }
  /** The next point of population p's curves, of masses pos and neg at this score. */
  addCurvePoints(p, pos, neg) {
    const tps = this.curveTps[p] += pos;
    const fps = this.curveFps[p] += neg;
    const totalPos = this.totalPositive[p];
    const totalNeg = this.totalNegative[p];
    if (totalPos > 0 && totalNeg > 0) {
      const index = ++this.rocIndex[p];
      if (this.rocWant[p] < 0 || index === this.rocWant[p]) {
        this.roc[p].push([fps / totalNeg, tps / totalPos]);
        this.rocWant[p] = this.wantedIndex(++this.rocNext[p], this.rocLength[p]);
      }
    }
    if (totalPos > 0 && tps + fps > 0) {
      const index = ++this.prIndex[p];
      if (this.prWant[p] < 0 || index === this.prWant[p]) {
        this.pr[p].push([tps / totalPos, tps / (tps + fps)]);
        this.prWant[p] = this.wantedIndex(++this.prNext[p], this.prLength[p]);
      }
    }
  }
  /** The cells' replicate confusion counts into their populations' (exact integer sums: in any order). */
  confusionFromCells() {
    const { cellConfusion, cellCounts, offsets, targets, base, R } = this;
    if (cellCounts !== null) {
      for (let cell = 0; cell + 1 < offsets.length; cell++) {
        for (let t = offsets[cell]; t < offsets[cell + 1]; t++) {
          for (let kind = 0; kind < 4; kind++) this.confusionByKind[kind][targets[t]] += cellCounts.confusion[4 * cell + kind];
        }
      }
    }
    if (cellConfusion === null) return;
    const kinds = this.confusionByKindR;
    for (let cell = 0; cell + 1 < offsets.length; cell++) {
      for (let t = offsets[cell]; t < offsets[cell + 1]; t++) {
        const at = base[targets[t]];
        if (at < 0) continue;
        for (let kind = 0; kind < 4; kind++) {
          const counts = kinds[kind];
          const from = (cell * 4 + kind) * R;
          for (let r = 0; r < R; r++) counts[at + r] += cellConfusion[from + r];
        }
      }
    }
  }
  replicateRecords(p) {
    const { R, tpR, fpR, tnR, fnR } = this;
    const at = this.base[p];
    const scored = this.unscored[p] === 0 ? this.sweepsR[p].results() : null;
    const records = [];
    for (let r = 0; r < R; r++) {
      records.push(
        metricRecordOf({ tp: tpR[at + r], fp: fpR[at + r], tn: tnR[at + r], fn: fnR[at + r] }, scored && scored[r], this.options)
      );
    }
    return records;
  }
  calibration(p) {
    const { bins } = this;
    const calibration = [];
    for (let b = 0; b < bins; b++) {
      const weight = this.calWeight[p * bins + b];
      calibration.push({
        lower: b / bins,
        upper: (b + 1) / bins,
        weight,
        meanScore: weight > 0 ? this.calScore[p * bins + b] / weight : null,
        meanLabel: weight > 0 ? this.calLabel[p * bins + b] / weight : null
      });
    }
    return calibration;
  }
  /** Per population, its replicates' records, null where it keeps none (see sweepReplicates). */
  replicateResults() {
    this.confusionFromCells();
    return Array.from({ length: this.P }, (_, p) => this.base[p] >= 0 ? this.replicateRecords(p) : null);
  }
  results() {
    this.confusionFromCells();
    const { H, tp, fp, tn, fn } = this;
    const results = [];
    for (let p = 0; p < this.P; p++) {
      const scored = this.unscored[p] === 0;
      const confusion = { tp: tp[p], fp: fp[p], tn: tn[p], fn: fn[p] };
      const bothClasses = this.totalPositive[p] > 0 && this.totalNegative[p] > 0;
      results.push({
        n: this.rows[p],
        weightedN: tp[p] + fp[p] + tn[p] + fn[p],
        metrics: metricRecordOf(confusion, scored ? this.sweeps[p].results()[0] : null, this.options),
        calibration: scored ? this.calibration(p) : [],
        histogram: scored ? {
          negative: Array.from(this.histNegative.subarray(p * H, (p + 1) * H)),
          positive: Array.from(this.histPositive.subarray(p * H, (p + 1) * H))
        } : null,
        roc: scored && bothClasses ? this.roc[p] : [],
        pr: scored && this.totalPositive[p] > 0 ? this.pr[p] : [],
        replicates: this.base[p] >= 0 ? this.replicateRecords(p) : null
      });
    }
    return results;
  }
};
var MAX_CELL_CONFUSION = 1 << 21;
var MAX_COUNTED_CELLS = 4096;
var CellCounts = class {
  constructor(cells, bins, H) {
    this.bins = bins;
    this.H = H;
    this.rows = new Float64Array(cells);
    this.negative = new Float64Array(cells);
    this.positive = new Float64Array(cells);
    this.calWeight = new Float64Array(cells * bins);
    this.calLabel = new Float64Array(cells * bins);
    this.histNegative = new Float64Array(cells * H);
    this.histPositive = new Float64Array(cells * H);
    this.confusion = new Float64Array(cells * 4);
  }
  bins;
  H;
  rows;
  negative;
  positive;
  calWeight;
  calLabel;
  histNegative;
  histPositive;
  /** Per cell, by a row's meta & 3 (prediction << 1 | label): tn, fn, fp, tp. */
  confusion;
  /** A one-row score of weight 1 and this label in `cell`; returns its calibration bin. */
  addAscending(cell, label, score) {
    const b = calibrationBinOf(score, this.bins);
    const h = calibrationBinOf(score, this.H);
    this.rows[cell]++;
    this.calWeight[cell * this.bins + b]++;
    if (label === 1) {
      this.positive[cell]++;
      this.calLabel[cell * this.bins + b]++;
      this.histPositive[cell * this.H + h]++;
    } else {
      this.negative[cell]++;
      this.histNegative[cell * this.H + h]++;
    }
    return b;
  }
};

export {
  RegressionAccumulator,
  countMetrics,
  ReplicatedBinaryAccumulator,
  ReplicatedRegressionAccumulator,
  mergeSortedRuns,
  LITTLE_ENDIAN,
  decodeRowChunks,
  sharedCopy,
  RowStore,
  mergeRange,
  sortedOrder,
  rowStoreToJSON,
  rowStoreFromJSON,
  sweepSorted,
  ascendRange,
  addAscendingSums,
  sweepReplicates
};
