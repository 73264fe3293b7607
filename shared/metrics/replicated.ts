/**
 * Bootstrap replicates of the binary and regression accumulators, for confidence intervals.
 *
 * Replicate r sees every row with weight `weight * replicateWeights[r]` (Poisson(1) weights from
 * `poissonWeights`, so replicates merge across shards). One row costs one score lookup and then a single
 * pass over flat per-replicate arrays, instead of R independent accumulators.
 *
 * Memory: the binary table keeps 2R doubles per distinct (score, prediction) pair: 200 replicates and 10,001
 * distinct 4-decimal scores take 32 MB, and a partial holds the same numbers as JSON.
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

export class ReplicatedBinaryAccumulator {
  readonly replicates: number;
  private table: BinaryTable;
  private rows = 0;
  private unscoredRows = 0;

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
    const table = this.table;
    const R = this.replicates;
    const base = table.slotAt(shared, at) * 2 * R + label * R;
    const masses = table.masses;
    if (weight === 1) for (let r = 0; r < R; r++) masses[base + r] += replicateWeights[r];
    else for (let r = 0; r < R; r++) masses[base + r] += weight * replicateWeights[r];
    this.rows++;
  }

  merge(other: ReplicatedBinaryAccumulator): void {
    this.table.merge(other.table);
    this.rows += other.rows;
    this.unscoredRows += other.unscoredRows;
  }

  /** Like BinaryAccumulator's JSON; `negative` and `positive` hold R numbers per slot. */
  toJSON(): ReplicatedBinaryAccumulatorJSON {
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
    return accumulator;
  }

  /** One record per replicate, with the names and definitions of BinaryAccumulator.metrics. */
  replicateMetrics(options: BinaryMetricOptions): MetricRecord[] {
    checkMetricOptions(options);
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
