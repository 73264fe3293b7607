/**
 * Bootstrap replicates of a multiclass accumulator, for confidence intervals: per replicate, the class counts the
 * confusion metrics read (mass of rows of class k predicted k, of class k, predicted k) and the log-loss sum.
 * R x (3K + 3) numbers a population, whatever the rows: nothing per row or per distinct score is kept, so the
 * replicates cost no memory per row (the weights are drawn again from each row's key, never stored).
 *
 * Merging shards gives exactly the single pass for integer row weights: the counts are integers, and the log-loss
 * terms are added as fixed-point integers (see LossSums), so no sum depends on the order of rows or shards.
 *
 * roc_auc_ovr has no replicates here: they need every row's K scores in score order per class, which the evaluation
 * keeps once for all its populations (multiclass-rows.ts) and sweeps into each population's records.
 */
import { DataError } from '../errors.js';
import type { MetricRecord } from './binary-table.js';
import { LOG_LOSS_EPS } from './binary-table.js';
import { classMetrics } from './multiclass.js';

/** 2^26: a limb of LossSums. */
const LIMB = 2 ** 26;
/** Rows' largest masses LossSums may add before carrying: each limb add is at most mass x 2^26, sums stay below 2^52. */
const CARRY_AFTER = 2 ** 25;

/**
 * Per replicate, a sum of row masses x log-loss terms, kept exact: a term t in [0, 35) is split into floor(t) and two
 * 26-bit fractions (t to 2^-53, less than half its last bit below 1), each limb summed as an integer. Integer sums do
 * not depend on their order, so shards merge into the single pass to the bit; the value is read from the limbs
 * after carrying them into one canonical form.
 */
class LossSums {
  readonly whole: Float64Array;
  readonly high: Float64Array;
  readonly low: Float64Array;
  /** Largest row masses added since the last carry (see CARRY_AFTER). */
  private load = 0;

  constructor(readonly replicates: number) {
    this.whole = new Float64Array(replicates);
    this.high = new Float64Array(replicates);
    this.low = new Float64Array(replicates);
  }

  /** Adds mass(r) x t for every replicate, masses[offset + r] x weight; `largest` bounds the masses. */
  add(t: number, weight: number, masses: ArrayLike<number>, offset: number, largest: number): void {
    const a = Math.floor(t);
    const f = (t - a) * LIMB;
    const b = Math.floor(f);
    const c = Math.round((f - b) * LIMB);
    const { whole, high, low } = this;
    for (let r = 0; r < this.replicates; r++) {
      const mass = weight * masses[offset + r];
      whole[r] += mass * a;
      high[r] += mass * b;
      low[r] += mass * c;
    }
    this.load += largest;
    if (this.load > CARRY_AFTER) this.carry();
  }

  /** Moves whole multiples of 2^26 up a limb, so the lower limbs are below 2^26 (exact for integer sums). */
  carry(): void {
    const { whole, high, low } = this;
    for (let r = 0; r < this.replicates; r++) {
      const up = Math.floor(low[r] / LIMB);
      low[r] -= up * LIMB;
      high[r] += up;
      const over = Math.floor(high[r] / LIMB);
      high[r] -= over * LIMB;
      whole[r] += over;
    }
    this.load = 0;
  }

  merge(other: LossSums): void {
    for (let r = 0; r < this.replicates; r++) {
      this.whole[r] += other.whole[r];
      this.high[r] += other.high[r];
      this.low[r] += other.low[r];
    }
    this.carry();
  }

  /** The sums, carried first so equal sums read equal. */
  values(): Float64Array {
    this.carry();
    const out = new Float64Array(this.replicates);
    for (let r = 0; r < this.replicates; r++) out[r] = this.whole[r] + (this.high[r] + this.low[r] / LIMB) / LIMB;
    return out;
  }
}

/** -log p of the probability of the true class, clipped as the point log loss clips it. */
function lossTerm(p: number): number {
  return -Math.log(Math.min(Math.max(p, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS));
}

export interface ReplicatedMulticlassAccumulatorJSON {
  kind: 'replicated_multiclass';
  version: 1;
  classes: number;
  replicates: number;
  rows: number;
  unscoredRows: number;
  /** Class k, replicate r at k * replicates + r. */
  correct: number[];
  support: number[];
  predicted: number[];
  /** The log-loss limbs (see LossSums), replicate r at r. */
  loss: { whole: number[]; high: number[]; low: number[] };
}

export class ReplicatedMulticlassAccumulator {
  private correct: Float64Array;
  private support: Float64Array;
  private predicted: Float64Array;
  private loss: LossSums;
  private rows = 0;
  private unscoredRows = 0;

  constructor(
    readonly classes: number,
    readonly replicates: number,
  ) {
    if (!Number.isInteger(classes) || classes < 2) throw new RangeError(`classes must be an integer >= 2, got ${classes}`);
    if (!Number.isInteger(replicates) || replicates < 1) throw new RangeError(`replicates must be an integer >= 1, got ${replicates}`);
    this.correct = new Float64Array(classes * replicates);
    this.support = new Float64Array(classes * replicates);
    this.predicted = new Float64Array(classes * replicates);
    this.loss = new LossSums(replicates);
  }

  get n(): number {
    return this.rows;
  }

  /**
   * A row MulticlassAccumulator.add has accepted (label and prediction class indices, scores of length K or
   * undefined); replicate r weighs it weight x replicateWeights[offset + r].
   */
  add(
    label: number,
    scores: ArrayLike<number> | undefined,
    prediction: number,
    weight: number,
    replicateWeights: ArrayLike<number>,
    offset = 0,
  ): void {
    const R = this.replicates;
    if (replicateWeights.length < offset + R)
      throw new RangeError(`expected ${R} replicate weights, got ${replicateWeights.length - offset}`);
    const { correct, support, predicted } = this;
    const truth = label * R;
    const guess = prediction * R;
    let largest = 0;
    for (let r = 0; r < R; r++) {
      const draw = replicateWeights[offset + r];
      const mass = weight * draw;
      support[truth + r] += mass;
      predicted[guess + r] += mass;
      if (draw > largest) largest = draw;
    }
    if (label === prediction) for (let r = 0; r < R; r++) correct[truth + r] += weight * replicateWeights[offset + r];
    if (scores === undefined) this.unscoredRows++;
    else this.loss.add(lossTerm(scores[label]), weight, replicateWeights, offset, weight * largest);
    this.rows++;
  }

  merge(other: ReplicatedMulticlassAccumulator): void {
    if (other.classes !== this.classes || other.replicates !== this.replicates) {
      throw new DataError(
        `cannot merge multiclass replicates of ${other.classes} classes x ${other.replicates} replicates into ${this.classes} x ${this.replicates}`,
      );
    }
    for (let i = 0; i < this.correct.length; i++) {
      this.correct[i] += other.correct[i];
      this.support[i] += other.support[i];
      this.predicted[i] += other.predicted[i];
    }
    this.loss.merge(other.loss);
    this.rows += other.rows;
    this.unscoredRows += other.unscoredRows;
  }

  /** One record per replicate, with the names and definitions of MulticlassAccumulator.metrics; roc_auc_ovr null (see above). */
  replicateMetrics(): MetricRecord[] {
    const { classes: K, replicates: R, correct, support, predicted } = this;
    const loss = this.loss.values();
    const records: MetricRecord[] = [];
    for (let r = 0; r < R; r++) {
      // The total in class order, as the point sums its matrix (the same bits for integer masses).
      let total = 0;
      for (let k = 0; k < K; k++) total += support[k * R + r];
      const logLoss = this.unscoredRows === 0 && total > 0 ? loss[r] / total : null;
      records.push(classMetrics({ K, correct, support, predicted, total, at: r, stride: R }, logLoss, null));
    }
    return records;
  }

  toJSON(): ReplicatedMulticlassAccumulatorJSON {
    this.loss.carry();
    return {
      kind: 'replicated_multiclass',
      version: 1,
      classes: this.classes,
      replicates: this.replicates,
      rows: this.rows,
      unscoredRows: this.unscoredRows,
      correct: Array.from(this.correct),
      support: Array.from(this.support),
      predicted: Array.from(this.predicted),
      loss: { whole: Array.from(this.loss.whole), high: Array.from(this.loss.high), low: Array.from(this.loss.low) },
    };
  }

  static fromJSON(json: unknown): ReplicatedMulticlassAccumulator {
    const fail = (detail: string): never => {
      throw new DataError(`malformed replicated_multiclass accumulator JSON: ${detail}`);
    };
    if (typeof json !== 'object' || json === null) return fail('not an object');
    const state = json as Record<string, unknown>;
    if (state.kind !== 'replicated_multiclass' || state.version !== 1) fail('expected kind "replicated_multiclass" version 1');
    const { classes: K, replicates: R, rows, unscoredRows } = state;
    if (!Number.isInteger(K) || (K as number) < 2) fail('classes must be an integer >= 2');
    if (!Number.isInteger(R) || (R as number) < 1) fail('replicates must be an integer >= 1');
    if (!Number.isSafeInteger(rows) || (rows as number) < 0) fail('rows must be an integer >= 0');
    if (!Number.isSafeInteger(unscoredRows) || (unscoredRows as number) < 0 || (unscoredRows as number) > (rows as number))
      fail('unscoredRows must be an integer between 0 and rows');
    const accumulator = new ReplicatedMulticlassAccumulator(K as number, R as number);
    const fill = (into: Float64Array, values: unknown, name: string) => {
      if (!Array.isArray(values) || values.length !== into.length) fail(`${name} must be an array of ${into.length} numbers`);
      (values as unknown[]).forEach((value, i) => {
        if (!(typeof value === 'number' && value >= 0 && value < Infinity)) fail(`${name}[${i}] is ${JSON.stringify(value)}`);
        into[i] = value as number;
      });
    };
    fill(accumulator.correct, state.correct, 'correct');
    fill(accumulator.support, state.support, 'support');
    fill(accumulator.predicted, state.predicted, 'predicted');
    accumulator.correct.forEach((value, i) => {
      if (value > accumulator.support[i] || value > accumulator.predicted[i])
        fail(`correct[${i}] exceeds its class's support or predictions`);
    });
    const loss = (typeof state.loss === 'object' && state.loss !== null ? state.loss : fail('loss is not an object')) as Record<
      string,
      unknown
    >;
    fill(accumulator.loss.whole, loss.whole, 'loss.whole');
    fill(accumulator.loss.high, loss.high, 'loss.high');
    fill(accumulator.loss.low, loss.low, 'loss.low');
    accumulator.loss.carry();
    accumulator.rows = rows as number;
    accumulator.unscoredRows = unscoredRows as number;
    return accumulator;
  }
}
