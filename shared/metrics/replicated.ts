/**
 * Bootstrap replicates of the binary and regression accumulators, for confidence intervals.
 *
 * Replicate r sees every row with weight `weight * replicateWeights[r]` (Poisson(1) weights from
 * `poissonWeights`, so replicates merge across shards). One row costs one score lookup and then a single
 * pass over flat per-replicate arrays, instead of R independent accumulators.
 *
 * Memory: the binary table keeps 2R doubles per distinct (score, prediction) pair: 200 replicates and 10,001
 * distinct 4-decimal scores take 32 MB, and a partial holds the same numbers as JSON. Rows of weight 1 are first
 * counted as 8-bit integers (ReplicateCounts, an eighth of that); their metrics are read from the counts directly,
 * and they reach the table only when it is serialized or a row that is not a count arrives.
 * Multiclass has no replicated form yet.
 */
import {
  BinaryTable,
  ScoreSweep,
  SortedBinaryTable,
  checkBinaryRow,
  checkMetricOptions,
  lossIfNegativeOf,
  lossIfPositiveOf,
  metricRecordOf,
  parseBinaryState,
  type BinaryMetricOptions,
  type BinaryStateJSON,
  type MetricRecord,
  type ScoreIndex,
} from './binary-table.js';
import { RegressionMoments, checkRegressionRow, type RegressionMomentsJSON } from './regression.js';
import { DataError } from '../errors.js';

function checkReplicates(replicates: number): void {
  if (!Number.isInteger(replicates) || replicates < 1) throw new RangeError(`replicates must be an integer >= 1, got ${replicates}`);
}

function checkReplicateWeights(replicateWeights: ArrayLike<number>, replicates: number): void {
  if (replicateWeights.length < replicates) {
    throw new RangeError(`expected ${replicates} replicate weights, got ${replicateWeights.length}`);
  }
}

export interface ReplicatedBinaryAccumulatorJSON extends BinaryStateJSON {
  kind: 'replicated_binary';
  replicates: number;
}

/** Pairs of a shared index per page of ReplicateCounts. */
const PAGE_BITS = 4;
const PAGE_PAIRS = 1 << PAGE_BITS;
/** Rows a Uint32 count can take before it might overflow: replicate weights from a Uint8Array are at most 255. */
const MAX_COUNTED_ROWS = Math.floor(0xffffffff / 255);
/**
 * The largest replicate weight a row may bring to the 8-bit pages; Poisson(1) weights are at most 12 (see
 * poissonWeights). A row with a larger weight goes to the 32-bit pages.
 */
const MAX_PAGED_WEIGHT = 15;
/** The most pages cut from one buffer (64 pages of 200 replicates are 400 KB). */
const SLAB_PAGES = 64;
/** The bits of four 8-bit lanes that are set only by a weight above MAX_PAGED_WEIGHT. */
const ABOVE_PAGED_WEIGHT = 0xf0f0f0f0 | 0;

/**
 * Replicate masses of rows of weight 1 as integers, by pair of a shared ScoreIndex: 8-bit counts, four to a
 * 32-bit word, so a row adds its R weights with R/4 integer additions; no translation from the shared pair to a
 * table slot, and pages allocated as pairs appear, so nothing is copied as the table grows.
 * Lanes must not carry into each other, so each pair keeps an upper bound of its largest count (`bound`): a row
 * raises it by the bitwise or of its weights. A pair whose bound could pass 255 is measured again, and only when
 * its largest count is really that high do its counts move to 32-bit `spilled` pages. A row with a weight above
 * MAX_PAGED_WEIGHT goes there directly. `fold` moves the counts into the accumulator's table and `metrics` reads
 * them directly: exact only while the table holds integers too (sums of integers do not depend on their order),
 * which the accumulator tracks.
 */
class ReplicateCounts {
  /** Replicates rounded up to whole words: the lanes one label of one pair takes in a page (the rest stay unread). */
  readonly stride: number;
  /** Per page: PAGE_PAIRS pairs x 2 labels x `stride` 8-bit counts, and the same bytes as 32-bit words. */
  readonly pages: (Uint8Array | undefined)[] = [];
  private readonly pageWords: (Int32Array | undefined)[] = [];
  /** Counts moved out of `pages`, laid out alike; a page's spill page is allocated when one of its pairs first spills. */
  readonly spilled: (Uint32Array | undefined)[] = [];
  /**
   * Per pair: 0 until it receives a row (a pair whose rows all drew weight 0 still gets its zero slot, as `add`
   * gives it), then 1 + an upper bound of its largest count in `pages`.
   */
  bound = new Uint16Array(0);
  rows = 0;
  /** The replicate weights last added, and the same bytes as words when they start word-aligned (see viewOf). */
  private weightsFor: Uint8Array | null = null;
  private weightWords: Int32Array<ArrayBufferLike> | null = null;
  /** A row's weights copied to a word boundary, when they do not start on one or end too close to their array's end. */
  private readonly padded: Uint8Array;
  private readonly paddedWords: Int32Array;
  /** Where newPage cuts its pages from. */
  private slab = new ArrayBuffer(0);
  private slabUsed = 0;

  constructor(
    readonly shared: ScoreIndex,
    readonly replicates: number,
  ) {
    this.stride = 4 * Math.ceil(replicates / 4);
    this.padded = new Uint8Array(this.stride);
    this.paddedWords = new Int32Array(this.padded.buffer);
  }

  /** Adds a row of weight 1 whose replicate weights are replicateWeights[offset .. offset + replicates - 1]. */
  add(at: number, label: number, replicateWeights: Uint8Array, offset: number): void {
    let words = this.viewOf(replicateWeights);
    let from = offset >>> 2;
    if (words === null || (offset & 3) !== 0 || offset + this.stride > replicateWeights.length) {
      this.padded.set(replicateWeights.subarray(offset, offset + this.replicates));
      words = this.paddedWords;
      from = 0;
    }
    const page = this.pageWords[at >>> PAGE_BITS] ?? this.newPage(at);
    let bound = this.bound[at];
    if (bound > 0x100 - MAX_PAGED_WEIGHT) bound = this.measure(at, MAX_PAGED_WEIGHT);
    const base = (((at & (PAGE_PAIRS - 1)) * 2 + label) * this.stride) >>> 2;
    const count = this.stride >>> 2;
    // Added first and checked after, as one pass: a weight too large for the lanes is rare, and subtracting the
    // same words again undoes the sums exactly (32-bit arithmetic wraps both ways).
    let seen = 0;
    for (let k = 0; k < count; k++) {
      const word = words[from + k];
      page[base + k] = (page[base + k] + word) | 0;
      seen |= word;
    }
    if ((seen & ABOVE_PAGED_WEIGHT) !== 0) {
      for (let k = 0; k < count; k++) page[base + k] = (page[base + k] - words[from + k]) | 0;
      const spilled = this.spillPage(at);
      for (let r = 0, lane = base << 2; r < this.replicates; r++) spilled[lane + r] += replicateWeights[offset + r];
      this.bound[at] = bound === 0 ? 1 : bound;
    } else {
      this.bound[at] = (bound === 0 ? 1 : bound) + ((seen | (seen >>> 8) | (seen >>> 16) | (seen >>> 24)) & 0xff);
    }
    this.rows++;
  }

  /**
   * The caller's weights as words of four lanes, where they lie (null when not word-aligned: they are copied then).
   * A row's lanes past the replicates are added into lanes nobody reads, held below 256 like the others, so
   * whatever the caller's array holds there changes no count.
   */
  private viewOf(replicateWeights: Uint8Array): Int32Array | null {
    if (replicateWeights !== this.weightsFor) {
      this.weightsFor = replicateWeights;
      this.weightWords =
        replicateWeights.byteOffset % 4 === 0
          ? new Int32Array(replicateWeights.buffer, replicateWeights.byteOffset, replicateWeights.length >>> 2)
          : null;
    }
    return this.weightWords;
  }

  /** The largest count of pair `at` in `pages`, which has received rows (unread lanes too: they must not carry either). */
  private largest(at: number): number {
    const page = this.pages[at >>> PAGE_BITS]!;
    const from = (at & (PAGE_PAIRS - 1)) * 2 * this.stride;
    let largest = 0;
    for (let lane = from; lane < from + 2 * this.stride; lane++) if (page[lane] > largest) largest = page[lane];
    return largest;
  }

  /**
   * Sets pair `at`'s bound to its largest count, first moving its counts to the spill page when `adding` more
   * could take that past 255; returns the new bound.
   */
  private measure(at: number, adding: number): number {
    const largest = this.largest(at);
    if (largest + adding <= 0xff) return (this.bound[at] = 1 + largest);
    const width = 2 * this.stride;
    const page = this.pages[at >>> PAGE_BITS]!;
    const into = this.spillPage(at);
    const from = (at & (PAGE_PAIRS - 1)) * width;
    for (let k = from; k < from + width; k++) into[k] += page[k];
    page.fill(0, from, from + width);
    return (this.bound[at] = 1);
  }

  private newPage(at: number): Int32Array {
    const bytes = PAGE_PAIRS * 2 * this.stride;
    if (this.slabUsed + bytes > this.slab.byteLength) {
      // Pages are cut from slabs, which double up to SLAB_PAGES pages: a buffer per page cost more to allocate (and
      // collect) than the rows filling it, and a population of few pairs still takes little.
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

  private spillPage(at: number): Uint32Array {
    return (this.spilled[at >>> PAGE_BITS] ??= new Uint32Array(PAGE_PAIRS * 2 * this.stride));
  }

  merge(other: ReplicateCounts): void {
    const width = 2 * this.stride;
    for (let p = 0; p < other.pages.length; p++) {
      const theirWords = other.pageWords[p];
      if (theirWords === undefined) continue;
      const ourWords = this.pageWords[p] ?? this.newPage(p << PAGE_BITS);
      const first = p << PAGE_BITS;
      for (let at = first; at < first + PAGE_PAIRS; at++) {
        let theirs = other.bound[at];
        if (theirs === 0) continue;
        let ours = this.bound[at];
        if (ours !== 0 && ours + theirs - 2 > 0xff) {
          // The bounds are not enough: measure both; ours move to the spill page when the counts could pass 255.
          theirs = 1 + other.largest(at);
          ours = this.measure(at, theirs - 1);
        }
        const start = ((at - first) * width) >>> 2;
        for (let k = start; k < start + (width >>> 2); k++) ourWords[k] = (ourWords[k] + theirWords[k]) | 0;
        this.bound[at] = ours === 0 ? theirs : ours + theirs - 1;
      }
      const spilled = other.spilled[p];
      if (spilled !== undefined) {
        const target = (this.spilled[p] ??= new Uint32Array(spilled.length));
        for (let k = 0; k < spilled.length; k++) target[k] += spilled[k];
      }
    }
    this.rows += other.rows;
  }

  /** What countMetrics reads: the counts, and the shared index's scores, predictions and score order. */
  snapshot(): CountsSnapshot {
    const { replicates, stride, pages, spilled, bound, shared } = this;
    return {
      replicates,
      stride,
      pages,
      spilled,
      bound,
      scores: shared.scores,
      predictions: shared.predictions,
      order: shared.sortedSlots(),
    };
  }

  /** See countMetrics. */
  metrics(options: BinaryMetricOptions, unscoredRows: number): MetricRecord[] {
    return countMetrics(this.snapshot(), options, unscoredRows);
  }

  /** Adds the counts to `table` (slot by slot, so the table takes exactly the slots the rows had). */
  fold(table: BinaryTable): void {
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
}

/**
 * ReplicateCounts as countMetrics reads them: plain arrays, so they can be copied to another thread and measured
 * there (see summary.ts).
 */
export interface CountsSnapshot {
  replicates: number;
  stride: number;
  pages: (Uint8Array | undefined)[];
  spilled: (Uint32Array | undefined)[];
  bound: Uint16Array;
  /** Of the shared ScoreIndex: each pair's score and prediction, and the pairs in score order. */
  scores: Float64Array;
  predictions: Uint8Array;
  order: Uint32Array;
}

/** Sets block[0 .. 2R - 1] to the counts of pair `at` (label 0, then label 1), which has received rows. */
function countsOf(counts: Pick<CountsSnapshot, 'replicates' | 'stride' | 'pages' | 'spilled'>, block: Float64Array, at: number): void {
  const { replicates: R, stride } = counts;
  const page = counts.pages[at >>> PAGE_BITS]!;
  const spilled = counts.spilled[at >>> PAGE_BITS];
  for (let label = 0; label < 2; label++) {
    const from = ((at & (PAGE_PAIRS - 1)) * 2 + label) * stride;
    const to = label * R;
    if (spilled === undefined) for (let r = 0; r < R; r++) block[to + r] = page[from + r];
    else for (let r = 0; r < R; r++) block[to + r] = page[from + r] + spilled[from + r];
  }
}

/** Adds pair `at`'s counts (negatives from source[negativeAt], positives from source[positiveAt]) to the confusion counts of its prediction. */
function addConfusion(
  counts: CountsSnapshot,
  at: number,
  source: ArrayLike<number>,
  negativeAt: number,
  positiveAt: number,
  tp: Float64Array,
  fp: Float64Array,
  tn: Float64Array,
  fn: Float64Array,
): void {
  const R = counts.replicates;
  const onNegative = counts.predictions[at] === 1 ? fp : tn;
  const onPositive = counts.predictions[at] === 1 ? tp : fn;
  for (let r = 0; r < R; r++) {
    onNegative[r] += source[negativeAt + r];
    onPositive[r] += source[positiveAt + r];
  }
}

/**
 * The replicate metrics of counts (ReplicateCounts.metrics, on this thread or another): `SortedBinaryTable.allMetrics`
 * of the table `fold` would fill (from empty), to the bit. Every mass is an integer, so its sums do not depend on
 * their order, and the score metrics take each distinct score's masses from the highest score down, as the table
 * does. Counts are read where they are kept (copied only when a score has two pairs or spilled counts), instead of
 * into a table of doubles eight times their size; the shared index is sorted once for all its populations.
 */
export function countMetrics(counts: CountsSnapshot, options: BinaryMetricOptions, unscoredRows: number): MetricRecord[] {
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
    for (let i = order.length - 1; i >= 0;) {
      const score = scores[order[i]];
      // The slots of one distinct score are adjacent in `order` (at most one per prediction); no slot is NaN here.
      let first = -1;
      let second = -1;
      for (; i >= 0 && scores[order[i]] === score; i--) {
        const at = order[i];
        if (at >= bound.length || bound[at] === 0) continue;
        if (first === -1) first = at;
        else second = at;
      }
      // The NaN slots, last in `order`, were received by other populations of the index, not this one.
      if (score !== score) i--;
      if (first === -1) continue;
      const lossIfPositive = lossIfPositiveOf(score);
      const lossIfNegative = lossIfNegativeOf(score);
      if (second === -1 && spilled[first >>> PAGE_BITS] === undefined) {
        // One pair whose counts are all in its page: read where they are.
        const page = pages[first >>> PAGE_BITS]!;
        const negatives = (first & (PAGE_PAIRS - 1)) * 2 * stride;
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
  const records: MetricRecord[] = [];
  for (let r = 0; r < R; r++) records.push(metricRecordOf({ tp: tp[r], fp: fp[r], tn: tn[r], fn: fn[r] }, scored && scored[r], options));
  return records;
}

export class ReplicatedBinaryAccumulator {
  readonly replicates: number;
  private table: BinaryTable;
  private rows = 0;
  private unscoredRows = 0;
  /** Rows of weight 1 with Uint8Array replicate weights not yet in `table`; null when there are none. */
  private counts: ReplicateCounts | null = null;
  /** Whether `table` holds only integers, so counts can be added to it in any order and give the same bits. */
  private integral = true;

  constructor(replicates: number) {
    checkReplicates(replicates);
    this.replicates = replicates;
    this.table = new BinaryTable(replicates);
  }

  /** Rows added, whatever their weights. */
  get n(): number {
    return this.rows;
  }

  /** Same row contract as BinaryAccumulator.add; replicate weights are read for r < replicates. */
  add(label: number, score: number, prediction: number, weight: number, replicateWeights: ArrayLike<number>): void {
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
  addAt(shared: ScoreIndex, at: number, label: number, weight: number, replicateWeights: ArrayLike<number>, offset = 0): void {
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
  private beforeTableRow(weight: number, replicateWeights: ArrayLike<number>): void {
    if (this.integral && (weight !== Math.floor(weight) || !(replicateWeights instanceof Uint8Array))) {
      this.fold();
      this.integral = false;
    }
  }

  /** Moves the counts into the table; returns null (no counts left). */
  private fold(): null {
    if (this.counts !== null) {
      this.counts.fold(this.table);
      this.counts = null;
    }
    return null;
  }

  merge(other: ReplicatedBinaryAccumulator): void {
    if (other.replicates !== this.replicates) {
      throw new DataError(`cannot merge accumulators with ${other.replicates} and ${this.replicates} bootstrap replicates`);
    }
    if (this.integral && other.integral) {
      // All integers: counts and tables add up to the same bits in any order.
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
  toJSON(): ReplicatedBinaryAccumulatorJSON {
    this.fold();
    return {
      kind: 'replicated_binary',
      version: 1,
      replicates: this.replicates,
      rows: this.rows,
      unscoredRows: this.unscoredRows,
      table: this.table.toJSON(),
    };
  }

  static fromJSON(json: unknown): ReplicatedBinaryAccumulator {
    const replicates = (json as { replicates?: unknown } | null)?.replicates;
    if (!Number.isInteger(replicates) || (replicates as number) < 1) {
      throw new DataError('malformed replicated_binary accumulator JSON: replicates must be an integer >= 1');
    }
    const state = parseBinaryState(json, 'replicated_binary', replicates as number);
    const accumulator = new ReplicatedBinaryAccumulator(replicates as number);
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
  countsToMeasure(): { counts: CountsSnapshot; unscoredRows: number } | null {
    return this.counts !== null && this.table.size === 0 ? { counts: this.counts.snapshot(), unscoredRows: this.unscoredRows } : null;
  }

  /** One record per replicate, with the names and definitions of BinaryAccumulator.metrics. */
  replicateMetrics(options: BinaryMetricOptions): MetricRecord[] {
    checkMetricOptions(options);
    if (this.counts !== null && this.table.size === 0) return this.counts.metrics(options, this.unscoredRows);
    this.fold();
    return new SortedBinaryTable(this.table).allMetrics(options, this.unscoredRows);
  }
}

export interface ReplicatedRegressionAccumulatorJSON {
  kind: 'replicated_regression';
  version: 1;
  replicates: number;
  rows: number;
  moments: RegressionMomentsJSON;
}

export class ReplicatedRegressionAccumulator {
  readonly replicates: number;
  private moments: RegressionMoments;
  private rows = 0;

  constructor(replicates: number) {
    checkReplicates(replicates);
    this.replicates = replicates;
    this.moments = new RegressionMoments(replicates);
  }

  get n(): number {
    return this.rows;
  }

  add(label: number, prediction: number, weight: number, replicateWeights: ArrayLike<number>): void {
    checkRegressionRow(label, prediction, weight);
    checkReplicateWeights(replicateWeights, this.replicates);
    this.moments.addReplicated(label, prediction, weight, replicateWeights, 0);
    this.rows++;
  }

  merge(other: ReplicatedRegressionAccumulator): void {
    this.moments.merge(other.moments);
    this.rows += other.rows;
  }

  toJSON(): ReplicatedRegressionAccumulatorJSON {
    return { kind: 'replicated_regression', version: 1, replicates: this.replicates, rows: this.rows, moments: this.moments.toJSON() };
  }

  static fromJSON(json: unknown): ReplicatedRegressionAccumulator {
    const what = 'replicated_regression accumulator JSON';
    if (typeof json !== 'object' || json === null) throw new DataError(`malformed ${what}: not an object`);
    const state = json as Record<string, unknown>;
    if (state.kind !== 'replicated_regression' || state.version !== 1)
      throw new DataError(`malformed ${what}: expected kind "replicated_regression" version 1`);
    if (!Number.isInteger(state.replicates) || (state.replicates as number) < 1)
      throw new DataError(`malformed ${what}: replicates must be an integer >= 1`);
    if (!Number.isSafeInteger(state.rows) || (state.rows as number) < 0)
      throw new DataError(`malformed ${what}: rows must be an integer >= 0`);
    const accumulator = new ReplicatedRegressionAccumulator(state.replicates as number);
    accumulator.moments = RegressionMoments.fromJSON(state.moments, state.replicates as number, what);
    accumulator.rows = state.rows as number;
    return accumulator;
  }

  /** One record per replicate, with the names and definitions of RegressionAccumulator.metrics. */
  replicateMetrics(): MetricRecord[] {
    const records: MetricRecord[] = [];
    for (let r = 0; r < this.replicates; r++) records.push(this.moments.metrics(r));
    return records;
  }
}
