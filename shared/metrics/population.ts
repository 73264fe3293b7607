/**
 * The accumulators of one population (overall, a group, an intersection or a slice): the point estimate and,
 * when bootstrapping, its replicates. One interface over the three tasks so the evaluation can stay task-blind.
 */
import type { Example, Task } from '../data/types.js';
import { BinaryAccumulator, type PairMasses } from './binary.js';
import type { ScoreIndex } from './binary-table.js';
import { MulticlassAccumulator } from './multiclass.js';
import { RegressionAccumulator } from './regression.js';
import { ReplicatedBinaryAccumulator, ReplicatedRegressionAccumulator } from './replicated.js';
import { ReplicatedMulticlassAccumulator } from './replicated-multiclass.js';
import type { SweptPopulation } from './row-sweep.js';
import { DataError } from '../errors.js';

export type MetricValues = Record<string, number | null>;

export interface MetricOptions {
  beta: number;
  calibrationBins: number;
}

export interface PopulationSpec {
  task: Task;
  classCount: number;
  /** 0 when not bootstrapping. */
  replicates: number;
  /**
   * Multiclass: every row's scores are kept once by the evaluation (multiclass-rows.ts), which sweeps log_loss and
   * roc_auc_ovr into `ovr`, so populations keep no score tables.
   */
  scoresInRows?: boolean;
}

/**
 * Metrics with a point value but no bootstrap interval yet, by task, each with why: reports say so on the metric,
 * and a rule held to its interval is told so instead of being told bootstrap is off.
 */
const NO_INTERVAL: Partial<Record<Task, Record<string, string>>> = {};

/** Why this task's `metric` has no bootstrap interval however many replicates ran, or null when it gets one. */
export function metricWithoutInterval(task: Task, metric: string): string | null {
  const reasons = NO_INTERVAL[task];
  return reasons !== undefined && Object.hasOwn(reasons, metric) ? reasons[metric] : null;
}

/** Every metric of this task that has no bootstrap interval, with why (see metricWithoutInterval). */
export function metricsWithoutInterval(task: Task): [string, string][] {
  return Object.entries(NO_INTERVAL[task] ?? {});
}

export interface PopulationJSON {
  point: unknown;
  replicates?: unknown;
}

export class PopulationAccumulator {
  private point!: BinaryAccumulator | MulticlassAccumulator | RegressionAccumulator;
  private replicated!: ReplicatedBinaryAccumulator | ReplicatedMulticlassAccumulator | ReplicatedRegressionAccumulator | null;
  /**
   * A binary population's results when its evaluation keeps rows in a RowStore (set by EvaluationAccumulator's
   * sweep): then they, not the empty accumulators above, are this population's values.
   */
  swept: SweptPopulation | null = null;
  /**
   * A multiclass population's roc_auc_ovr swept from its evaluation's rows (see sweepOvr), when it keeps them: the
   * point, and per replicate the value its replicate records take (they have none of their own).
   */
  ovr: { point: number | null; logLoss: number | null; replicates: (number | null)[] | null } | null = null;

  constructor(
    readonly spec: PopulationSpec,
    json?: PopulationJSON,
  ) {
    this.reset(json);
  }

  /** Starts over empty (or from `json`). */
  reset(json?: PopulationJSON): void {
    const { spec } = this;
    this.swept = null;
    this.ovr = null;
    switch (spec.task) {
      case 'binary':
        this.point = json ? BinaryAccumulator.fromJSON(json.point as never) : new BinaryAccumulator();
        this.replicated =
          spec.replicates > 0
            ? json?.replicates
              ? ReplicatedBinaryAccumulator.fromJSON(json.replicates as never)
              : new ReplicatedBinaryAccumulator(spec.replicates)
            : null;
        break;
      case 'multiclass':
        this.point = json
          ? MulticlassAccumulator.fromJSON(json.point as never)
          : new MulticlassAccumulator(spec.classCount, spec.scoresInRows !== true);
        if (this.point.keepsTables === (spec.scoresInRows === true))
          throw new DataError(
            `partial's multiclass populations ${this.point.keepsTables ? 'keep' : 'lack'} score tables, unlike this config's`,
          );
        this.replicated =
          spec.replicates > 0
            ? json?.replicates
              ? ReplicatedMulticlassAccumulator.fromJSON(json.replicates)
              : new ReplicatedMulticlassAccumulator(spec.classCount, spec.replicates)
            : null;
        if (this.replicated && (this.replicated.classes !== spec.classCount || this.replicated.replicates !== spec.replicates)) {
          throw new DataError(
            `partial's multiclass replicates are ${this.replicated.classes} classes x ${this.replicated.replicates} replicates, the config's ${spec.classCount} x ${spec.replicates}`,
          );
        }
        break;
      case 'regression':
        this.point = json ? RegressionAccumulator.fromJSON(json.point as never) : new RegressionAccumulator();
        this.replicated =
          spec.replicates > 0
            ? json?.replicates
              ? ReplicatedRegressionAccumulator.fromJSON(json.replicates as never)
              : new ReplicatedRegressionAccumulator(spec.replicates)
            : null;
        break;
    }
  }

  add(example: Example, replicateWeights: ArrayLike<number> | null): void {
    const { point, replicated } = this;
    if (point instanceof BinaryAccumulator) {
      point.add(example.label, example.score, example.prediction, example.weight);
      if (replicateWeights && replicated) {
        (replicated as ReplicatedBinaryAccumulator).add(example.label, example.score, example.prediction, example.weight, replicateWeights);
      }
    } else if (point instanceof RegressionAccumulator) {
      point.add(example.label, example.score, example.weight);
      if (replicateWeights && replicated) {
        (replicated as ReplicatedRegressionAccumulator).add(example.label, example.score, example.weight, replicateWeights);
      }
    } else {
      point.add(example.label, example.scores, example.prediction, example.weight);
      if (replicateWeights && replicated) {
        (replicated as ReplicatedMulticlassAccumulator).add(
          example.label,
          example.scores,
          example.prediction,
          example.weight,
          replicateWeights,
        );
      }
    }
  }

  /** Only the replicates of `add` (a multiclass or regression row): the point comes through `add(example, null)`. */
  addReplicates(example: Example, replicateWeights: ArrayLike<number>): void {
    const { replicated } = this;
    if (replicated instanceof ReplicatedRegressionAccumulator)
      replicated.add(example.label, example.score, example.weight, replicateWeights);
    else if (replicated instanceof ReplicatedMulticlassAccumulator)
      replicated.add(example.label, example.scores, example.prediction, example.weight, replicateWeights);
  }

  /** A binary row already checked, whose (score, prediction) is pair `at` of `shared`: see BinaryAccumulator.addAt. */
  addBinaryAt(shared: ScoreIndex, at: number, label: number, weight: number, replicateWeights: ArrayLike<number> | null): void {
    (this.point as BinaryAccumulator).addAt(shared, at, label, weight);
    if (replicateWeights && this.replicated)
      (this.replicated as ReplicatedBinaryAccumulator).addAt(shared, at, label, weight, replicateWeights);
  }

  /** Only the replicates of addBinaryAt (weights from replicateWeights[offset]): the point masses come later through `mergePoint`. */
  addReplicatesAt(shared: ScoreIndex, at: number, label: number, weight: number, replicateWeights: ArrayLike<number>, offset = 0): void {
    if (this.replicated) (this.replicated as ReplicatedBinaryAccumulator).addAt(shared, at, label, weight, replicateWeights, offset);
  }

  /** Adds rows summed per pair of `shared` to the point estimate (see BinaryAccumulator.addPairs). */
  addPairs(shared: ScoreIndex, rows: PairMasses): void {
    (this.point as BinaryAccumulator).addPairs(shared, rows);
  }

  /** Adds another population's bootstrap replicates (not its point estimate) to this one's. */
  mergeReplicates(other: PopulationAccumulator): void {
    if (this.replicated && other.replicated) (this.replicated as { merge(o: unknown): void }).merge(other.replicated);
  }

  merge(other: PopulationAccumulator): void {
    (this.point as { merge(o: unknown): void }).merge(other.point);
    if (this.replicated && other.replicated) (this.replicated as { merge(o: unknown): void }).merge(other.replicated);
  }

  get n(): number {
    return this.swept ? this.swept.n : this.point.n;
  }

  get weightedN(): number {
    return this.swept ? this.swept.weightedN : this.point.weightedN;
  }

  /** The point-estimate accumulator of a binary task, for report charts (curves, histograms); null otherwise. */
  get binary(): BinaryAccumulator | null {
    return this.point instanceof BinaryAccumulator ? this.point : null;
  }

  metrics(options: MetricOptions): MetricValues {
    if (this.swept) return this.swept.metrics;
    const metrics = this.point.metrics(options);
    if (this.spec.scoresInRows && this.ovr !== null) {
      metrics.log_loss = this.ovr.logLoss;
      metrics.roc_auc_ovr = this.ovr.point;
    }
    return metrics;
  }

  /** Whether this population keeps bootstrap replicates. */
  get keepsReplicates(): boolean {
    return this.replicated !== null;
  }

  /** One metric record per bootstrap replicate, or null when not bootstrapping. */
  replicateMetrics(options: MetricOptions): MetricValues[] | null {
    if (this.swept) return this.swept.replicates;
    const { replicated } = this;
    if (replicated instanceof ReplicatedBinaryAccumulator) return replicated.replicateMetrics(options);
    if (replicated === null) return null;
    const records = replicated.replicateMetrics();
    const ovr = this.ovr?.replicates;
    if (ovr) records.forEach((record, r) => (record.roc_auc_ovr = ovr[r]));
    return records;
  }

  /** What replicateMetrics would measure with countMetrics, when that is how it measures; else null. */
  countsToMeasure(): ReturnType<ReplicatedBinaryAccumulator['countsToMeasure']> {
    if (this.swept) return null;
    return this.replicated instanceof ReplicatedBinaryAccumulator ? this.replicated.countsToMeasure() : null;
  }

  toJSON(): PopulationJSON {
    return this.replicated ? { point: this.point.toJSON(), replicates: this.replicated.toJSON() } : { point: this.point.toJSON() };
  }
}
