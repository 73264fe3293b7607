/**
 * Bootstrap replicates of the binary and regression accumulators, for confidence intervals.
 *
 * Replicate r sees every row with weight `weight * replicateWeights[r]` (Poisson(1) weights from
 * `poissonWeights`, so replicates merge across shards). One row costs one score lookup and then a single
 * pass over flat per-replicate arrays, instead of R independent accumulators.
 *
 * Memory: the binary table keeps 2R doubles per distinct (score, prediction) pair: 200 replicates and 10,001
 * distinct 4-decimal scores take 32 MB, and a partial holds the same numbers as JSON. Rows of weight 1 are first
 * counted as 32-bit integers (ReplicateCounts, half that) and reach the table when it is read.
 * Multiclass has no replicated form yet.
 */
import { BinaryTable, SortedBinaryTable, checkBinaryRow, checkMetricOptions, parseBinaryState, type BinaryMetricOptions, type BinaryStateJSON, type MetricRecord, type ScoreIndex } from './binary-table.js';
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

/** Pairs of a shared index per page of ReplicateCounts: a page is 16 * 2R counts (25 KB for 200 replicates). */
const PAGE_BITS = 4;
const PAGE_PAIRS = 1 << PAGE_BITS;
/** Rows a Uint32 count can take before it might overflow: replicate weights from a Uint8Array are at most 255. */
const MAX_COUNTED_ROWS = Math.floor(0xffffffff / 255);

/**
 * Replicate masses of rows of weight 1 as integers, by pair of a shared ScoreIndex: half the bytes a row touches
 * of Float64 masses, no translation from the shared pair to a table slot, and pages allocated as pairs appear,
 * so nothing is copied as the table grows. `fold` moves them into the accumulator's table. Exact only while the
 * table holds integers too (sums of integers do not depend on their order), which the accumulator tracks.
 */
class ReplicateCounts {
  readonly pages: (Uint32Array | undefined)[] = [];
  /** Pairs that received a row: a pair whose rows all drew weight 0 still gets its (zero) slot, as `add` gives it. */
  seen = new Uint8Array(0);
  rows = 0;

  constructor(readonly shared: ScoreIndex, readonly replicates: number) {}

  add(at: number, label: number, replicateWeights: Uint8Array): void {
    const R = this.replicates;
    const page = this.pages[at >>> PAGE_BITS] ?? this.newPage(at);
    const base = ((at & (PAGE_PAIRS - 1)) * 2 + label) * R;
    for (let r = 0; r < R; r++) page[base + r] += replicateWeights[r];
    this.rows++;
  }

  private newPage(at: number): Uint32Array {
    const page = new Uint32Array(PAGE_PAIRS * 2 * this.replicates);
    this.pages[at >>> PAGE_BITS] = page;
    if (this.seen.length < (this.pages.length << PAGE_BITS)) {
      const seen = new Uint8Array(Math.max(2 * this.seen.length, this.pages.length << PAGE_BITS));
      seen.set(this.seen);
      this.seen = seen;
    }
    return page;
  }

  merge(other: ReplicateCounts): void {
    other.pages.forEach((from, p) => {
      if (from === undefined) return;
      const into = this.pages[p] ?? this.newPage(p << PAGE_BITS);
      for (let k = 0; k < from.length; k++) into[k] += from[k];
    });
    for (let at = 0; at < other.seen.length; at++) this.seen[at] |= other.seen[at];
    this.rows += other.rows;
  }

  /** Adds the counts to `table` (slot by slot, so the table takes exactly the slots the rows had). */
  fold(table: BinaryTable): void {
    const R = this.replicates;
    const width = 2 * R;
    const { seen, shared } = this;
    let pairs = 0;
    for (let at = 0; at < seen.length; at++) pairs += seen[at];
    table.reserve(table.size + pairs);
    for (let at = 0; at < seen.length; at++) {
      if (seen[at] === 0) continue;
      const page = this.pages[at >>> PAGE_BITS]!;
      const from = (at & (PAGE_PAIRS - 1)) * width;
      const base = table.slotAt(shared, at) * width;
      const masses = table.masses;
      for (let k = 0; k < width; k++) masses[base + k] += page[from + k];
    }
  }
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

  /** BinaryAccumulator.addAt with replicate weights. */
  addAt(shared: ScoreIndex, at: number, label: number, weight: number, replicateWeights: ArrayLike<number>): void {
    checkReplicateWeights(replicateWeights, this.replicates);
    const score = shared.scores[at];
    if (score !== score) this.unscoredRows++;
    this.rows++;
    if (weight === 1 && this.integral && replicateWeights instanceof Uint8Array) {
      let counts = this.counts;
      if (counts !== null && (counts.shared !== shared || counts.rows === MAX_COUNTED_ROWS)) counts = this.fold();
      counts ??= this.counts = new ReplicateCounts(shared, this.replicates);
      counts.add(at, label, replicateWeights);
      counts.seen[at] = 1; // after add, which grows `seen` with a new page
      return;
    }
    this.beforeTableRow(weight, replicateWeights);
    const table = this.table;
    const R = this.replicates;
    const base = table.slotAt(shared, at) * 2 * R + label * R;
    const masses = table.masses;
    if (weight === 1) for (let r = 0; r < R; r++) masses[base + r] += replicateWeights[r];
    else for (let r = 0; r < R; r++) masses[base + r] += weight * replicateWeights[r];
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
        if (this.counts !== null && (this.counts.shared !== theirs.shared || this.counts.rows + theirs.rows > MAX_COUNTED_ROWS)) this.fold();
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

  /** One record per replicate, with the names and definitions of BinaryAccumulator.metrics. */
  replicateMetrics(options: BinaryMetricOptions): MetricRecord[] {
    checkMetricOptions(options);
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
    for (let r = 0; r < this.replicates; r++) this.moments.add(r, label, prediction, weight * replicateWeights[r]);
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
    if (state.kind !== 'replicated_regression' || state.version !== 1) throw new DataError(`malformed ${what}: expected kind "replicated_regression" version 1`);
    if (!Number.isInteger(state.replicates) || (state.replicates as number) < 1) throw new DataError(`malformed ${what}: replicates must be an integer >= 1`);
    if (!Number.isSafeInteger(state.rows) || (state.rows as number) < 0) throw new DataError(`malformed ${what}: rows must be an integer >= 0`);
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
