/**
 * Every population's binary results from one RowStore: two walks over the rows in score order (the sorted chunks
 * merged), each row adding to the running sums of its populations (overall, its groups, intersection and slices).
 *
 * Values are the same to the bit as a BinaryAccumulator's (SortedBinaryTable) for integer weights: the same terms
 * go into the same sums in the same order of distinct scores — the ranking and probability sums through the very
 * ScoreSweep the tables use, the calibration and histogram sums ascending as the tables add them.
 */
import {
  calibrationBinOf,
  ScoreSweep,
  checkMetricOptions,
  lossIfNegativeOf,
  lossIfPositiveOf,
  metricRecordOf,
  type BinaryMetricOptions,
  type CalibrationBin,
  type MetricRecord,
} from './binary-table.js';
import { oneRowBit, type MergeRange, type RowChunk } from './row-store.js';
import { weightRowBytes } from '../stats/bootstrap.js';
import { ReplicateKernel, SWEPT } from './replicate-kernel.js';

export interface SweptPopulation {
  n: number;
  weightedN: number;
  metrics: MetricRecord;
  /** Reliability diagram as BinaryAccumulator.calibration; empty when some row had no score. */
  calibration: CalibrationBin[];
  /** Per histogram bin, negative and positive mass; null when some row had no score. */
  histogram: { negative: number[]; positive: number[] } | null;
  /** ROC (fpr, tpr) and precision-recall (recall, precision) points, thinned as the report thins them, unrounded. */
  roc: [number, number][];
  pr: [number, number][];
  /** Per bootstrap replicate, for a population that keeps replicates; else null. */
  replicates: MetricRecord[] | null;
}

export interface SweepOptions extends BinaryMetricOptions {
  histogramBins: number;
  curvePoints: number;
}

/** The columns of a sorted chunk that a sweep reads. */
export type SweptChunk = Pick<RowChunk, 'length' | 'scores' | 'meta' | 'weights' | 'keys'>;

/** Sorted chunks and their merged order (RowStore.mergedOrder). */
export interface SortedRows {
  chunks: SweptChunk[];
  order: Uint8Array | Uint16Array;
}

/** What a sweep measures besides its rows: see sweepRows. */
export interface SweepPlan {
  cellTargets: readonly (readonly number[])[];
  replicated: readonly boolean[];
  replicates: number;
  options: SweepOptions;
}

/**
 * Every population's results from sorted rows, its replicates only those from `from` up to `to`: a replicate's values
 * depend on its own weights alone, so sweeps of parts of the replicates put together are the whole sweep's.
 *
 * @param plan.cellTargets Per cell (the `cell` stored with each row), the populations (0..P-1) its rows count in.
 * @param plan.replicated Per population, whether it keeps bootstrap replicates: then each of its rows adds its
 *   Poisson weights (drawn again from the row's key hash) to the replicates' sweeps at once, as the replicate tables
 *   would hold them.
 */
export function sweepSorted(rows: SortedRows, plan: SweepPlan, from: number, to: number, ascended?: AscendingSums): SweptPopulation[] {
  const sweep = new RowSweep(rows, plan, from, to, true);
  if (ascended === undefined) sweep.ascend(wholeRange(rows));
  else sweep.takeAscendingSums(ascended);
  sweep.descend();
  return sweep.results();
}

/**
 * The ascending walk's sums (row counts, distinct scores, class totals, calibration and histogram sums) per population,
 * which the descending walk starts from.
 */
export interface AscendingSums {
  rows: Float64Array;
  unscored: Float64Array;
  distinct: Float64Array;
  zeroRun: Float64Array;
  totalNegative: Float64Array;
  totalPositive: Float64Array;
  calWeight: Float64Array;
  calScore: Float64Array;
  calLabel: Float64Array;
  histNegative: Float64Array;
  histPositive: Float64Array;
}

/**
 * The ascending sums of the rows of `range` alone (its part of `rows.order`, from each chunk's rows range.from up to
 * range.to). With unit weights, and parts split at a calibration bin's lower edge, the parts' sums added up are the
 * whole walk's to the bit (addAscendingSums): every sum but the calibration bins' score sums is of integers, exact in
 * any order, and each bin's score sum comes whole from one part, in the same order.
 */
export function ascendRange(rows: SortedRows, plan: SweepPlan, range: MergeRange): AscendingSums {
  const sweep = new RowSweep(rows, plan, 0, 0, true);
  sweep.ascend(range);
  return sweep.ascendingSums();
}

/**
 * The ascending sums of two parts of the rows (see ascendRange), into the first. (zeroRun, the run of distinct scores
 * of no mass at the top, is 0 in both: unit weights have none.)
 */
export function addAscendingSums(into: AscendingSums, other: AscendingSums): AscendingSums {
  for (const key of Object.keys(into) as (keyof AscendingSums)[]) {
    const sums = into[key];
    const more = other[key];
    for (let i = 0; i < sums.length; i++) sums[i] += more[i];
  }
  return into;
}

function wholeRange({ chunks }: SortedRows): MergeRange {
  return { from: new Int32Array(chunks.length), to: Int32Array.from(chunks, (c) => c.length), at: 0 };
}

/**
 * sweepSorted's replicates `from` up to `to` alone (per population, null where it keeps none), the same values, without
 * the point metrics, calibration and curves, which another thread's sweep measures.
 */
export function sweepReplicates(rows: SortedRows, plan: SweepPlan, from: number, to: number): (MetricRecord[] | null)[] {
  const sweep = new RowSweep(rows, plan, from, to, false);
  sweep.countUnscored();
  sweep.descend();
  return sweep.replicateResults();
}

/** Whether two scores start different runs: NaN (no score) is one run of its own. */
const differentScore = (a: number, b: number): boolean => a !== b && !(a !== a && b !== b);

/**
 * The state of one sweep. The two walks keep their hot loops in one method each, over typed arrays indexed by
 * population (`p`) or by replicate slot (`base[p] + r`), so that nothing per row allocates.
 */
class RowSweep {
  private readonly P: number;
  private readonly bins: number;
  private readonly H: number;
  private readonly M: number;
  /** How many replicates this sweep measures, replicates `from` .. `from + R - 1`. */
  private readonly R: number;
  private readonly from: number;
  private readonly offsets: Int32Array;
  private readonly targets: Int32Array;
  /** As offsets and targets, only the populations without unscored rows (see scoreTargets). */
  private readonly scoredOffsets: Int32Array;
  private scoredTargets = new Int32Array(0);
  private readonly order: Uint8Array | Uint16Array;
  private readonly scoreColumns: Float64Array[];
  private readonly metaColumns: Uint32Array[];
  private readonly weightColumns: (Float64Array | null)[];
  private readonly keyColumns: (Int32Array | null)[];
  private readonly chunkLengths: number[];
  private readonly cursor: Int32Array;

  // The current run (rows of one distinct score): masses and labels of the populations it touches.
  private readonly negative: Float64Array;
  private readonly positive: Float64Array;
  private readonly labels: Uint8Array;
  private readonly stamp: Float64Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private scoreNumber = 0;

  // Ascending walk: row counts, distinct scores (for thinning the curves), totals, calibration and histogram sums.
  private readonly rows: Float64Array;
  private readonly unscored: Float64Array;
  private readonly distinct: Float64Array;
  private readonly zeroRun: Float64Array;
  private readonly totalNegative: Float64Array;
  private readonly totalPositive: Float64Array;
  private readonly calWeight: Float64Array;
  private readonly calScore: Float64Array;
  private readonly calLabel: Float64Array;
  private readonly histNegative: Float64Array;
  private readonly histPositive: Float64Array;

  // Descending walk: confusion counts, each population's ScoreSweep, and the curves' points.
  private readonly tp: Float64Array;
  private readonly fp: Float64Array;
  private readonly tn: Float64Array;
  private readonly fn: Float64Array;
  private readonly sweeps: ScoreSweep[];
  private readonly curveTps: Float64Array;
  private readonly curveFps: Float64Array;
  private readonly rocIndex: Float64Array;
  private readonly prIndex: Float64Array;
  private readonly rocNext: Float64Array;
  private readonly prNext: Float64Array;
  /** The index of the next point each curve keeps (see `wantedIndex`), -1 when it keeps every point. */
  private readonly rocWant: Float64Array;
  private readonly prWant: Float64Array;
  private readonly roc: [number, number][][];
  private readonly pr: [number, number][][];
  private rocLength: number[] = [];
  private prLength: number[] = [];

  // Bootstrap: per replicated population, R masses of the current score, R sweeps and R confusion counts.
  private readonly base: Int32Array;
  private readonly negativeR: Float64Array;
  private readonly positiveR: Float64Array;
  private readonly tpR: Float64Array;
  /** The point and replicate confusion counts by (prediction << 1) | label, a row's meta & 3: tn, fn, fp, tp. */
  private readonly confusionByKind: Float64Array[];
  private readonly confusionByKindR: Float64Array[];
  private readonly fpR: Float64Array;
  private readonly tnR: Float64Array;
  private readonly fnR: Float64Array;
  private readonly sweepsR: (ScoreSweep | null)[];
  /**
   * With bootstrap: holds the current row's draws and its non-zero masses (Poisson(1) is 0 for 37% of replicates), the
   * run masses, the replicate confusion counts and the sweeps' states.
   */
  private readonly kernel: ReplicateKernel | null;
  /**
   * With unit weights (integer masses, whose sums are exact in any order) and at most MAX_CELL_CONFUSION counts: per
   * cell and (prediction, label), R replicate counts, added to the populations' confusion counts at the end, so a
   * row adds its masses once rather than once per population. Else null.
   */
  private readonly cellConfusion: Float64Array | null;
  /** With point sums, unit weights and at most MAX_COUNTED_CELLS cells: one-row scores' integer sums per cell (see CellCounts). */
  private readonly cellCounts: CellCounts | null;
  // The current score's log-loss terms.
  private lossIfPositive = 0;
  private lossIfNegative = 0;

  private readonly options: SweepOptions;

  /**
   * @param point Whether this sweep measures the point metrics, calibration and curves too (else only the replicates:
   *   see sweepReplicates).
   */
  constructor(
    { chunks, order }: SortedRows,
    { cellTargets, replicated, options, replicates }: SweepPlan,
    from: number,
    to: number,
    private readonly point: boolean,
  ) {
    checkMetricOptions(options);
    if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= replicates))
      throw new RangeError(`replicates ${from} to ${to} are not a range of the ${replicates}`);
    this.options = options;
    const P = (this.P = replicated.length);
    const bins = (this.bins = options.calibrationBins);
    const H = (this.H = options.histogramBins);
    this.M = options.curvePoints;
    this.offsets = new Int32Array(cellTargets.length + 1);
    cellTargets.forEach((targets, c) => (this.offsets[c + 1] = this.offsets[c] + targets.length));
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

    const R = (this.R = to - from);
    this.from = from;
    this.base = new Int32Array(P).fill(-1);
    let replicatedCount = 0;
    if (R > 0) for (let p = 0; p < P; p++) if (replicated[p]) this.base[p] = R * replicatedCount++;
    const unitWeights = this.weightColumns.every((weights) => weights === null);
    const cellConfusion = R > 0 && unitWeights && cellTargets.length * 4 * R <= MAX_CELL_CONFUSION ? cellTargets.length * 4 * R : 0;
    // Run masses (negative, positive), confusion counts (tn, fn, fp, tp), cell confusion counts, then the sweeps' states.
    const n = R * replicatedCount;
    const kernel = (this.kernel =
      R > 0
        ? new ReplicateKernel(R, weightRowBytes(to), [n, n, n, n, n, n, cellConfusion, ...Array<number>(replicatedCount).fill(R * SWEPT)])
        : null);
    const regions = kernel?.regions ?? Array.from({ length: 7 }, () => new Float64Array(0));
    [this.negativeR, this.positiveR, this.tnR, this.fnR, this.fpR, this.tpR] = regions;
    this.confusionByKindR = [this.tnR, this.fnR, this.fpR, this.tpR];
    this.cellConfusion = cellConfusion > 0 ? regions[6] : null;
    this.sweepsR = Array.from({ length: P }, (_, p) =>
      this.base[p] >= 0 ? new ScoreSweep(R, bins, kernel, regions[7 + this.base[p] / R]) : null,
    );
    this.cellCounts = point && unitWeights && cellTargets.length <= MAX_COUNTED_CELLS ? new CellCounts(cellTargets.length, bins, H) : null;
  }

  /** Starts a run: the masses of every population it touches start at 0 (see `touch`). */
  private startRun(): void {
    this.touchedCount = 0;
    this.scoreNumber++;
  }

  private touch(p: number): void {
    if (this.stamp[p] !== this.scoreNumber) {
      this.stamp[p] = this.scoreNumber;
      this.touched[this.touchedCount++] = p;
      this.negative[p] = 0;
      this.positive[p] = 0;
      this.labels[p] = 0;
    }
  }

  /** The ascending walk over the rows of `range` (see ascendRange): the whole walk when it holds every row. */
  ascend(range: MergeRange): void {
    const { order, scoreColumns, metaColumns, weightColumns, cursor, offsets, targets, positive, negative, rows, unscored } = this;
    cursor.set(range.from);
    let end = range.at;
    for (let j = 0; j < range.to.length; j++) end += range.to[j] - range.from[j];
    let current = NaN;
    // Whether rows of the current score are waiting in the run's masses (a score of one row is added at once).
    let open = false;
    const one = oneRowBit(order);
    for (let k = range.at; k < end; k++) {
      const o = order[k];
      const c = o & (one - 1);
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
  private ascendOneRow(c: number, i: number, score: number): void {
    const { offsets, targets } = this;
    const m = this.metaColumns[c][i];
    const cell = m >>> 2;
    if (this.cellCounts !== null) {
      // Weight 1: its populations' sums of 1 go to the cell's counts; a new distinct score, w * score = score.
      const b = this.cellCounts.addAscending(cell, m & 1, score);
      for (let t = offsets[cell]; t < offsets[cell + 1]; t++) {
        const p = targets[t];
        this.distinct[p]++;
        this.zeroRun[p] = 0;
        this.calScore[p * this.bins + b] += score;
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

  ascendingSums(): AscendingSums {
    const { rows, unscored, distinct, zeroRun, totalNegative, totalPositive, calWeight, calScore, calLabel, histNegative, histPositive } =
      this;
    return { rows, unscored, distinct, zeroRun, totalNegative, totalPositive, calWeight, calScore, calLabel, histNegative, histPositive };
  }

  /** Starts from sums another walk took (see ascendRange) in place of its own ascending walk. */
  takeAscendingSums(sums: AscendingSums): void {
    const own = this.ascendingSums();
    for (const key of Object.keys(own) as (keyof AscendingSums)[]) own[key].set(sums[key]);
  }

  /**
   * The ascending walk's count of rows without a score per population, alone (for a sweep of replicates only): NaN
   * sorts last, so those rows end each chunk.
   */
  countUnscored(): void {
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
  private addCellSums(): void {
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

  private commitAscending(score: number): void {
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
  private addScoreMasses(p: number, score: number, neg: number, pos: number, b: number, h: number): void {
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

  descend(): void {
    const { order, scoreColumns, cursor, R } = this;
    const N = order.length;
    this.scoreTargets();
    this.rocLength = Array.from(this.distinct, (d) => d + 1);
    this.prLength = Array.from(this.distinct, (d, p) => d + 1 - this.zeroRun[p]);
    for (let p = 0; p < this.P; p++) {
      this.rocWant[p] = this.wantedIndex(this.rocNext[p], this.rocLength[p]);
      this.prWant[p] = this.wantedIndex(this.prNext[p], this.prLength[p]);
    }
    this.chunkLengths.forEach((length, j) => (cursor[j] = length - 1));
    let current = NaN;
    // Whether rows of the current score are waiting in the run's masses (see ascend).
    let open = false;
    const one = oneRowBit(order);
    for (let k = N - 1; k >= 0; k--) {
      const o = order[k];
      const c = o & (one - 1);
      const i = cursor[c]--;
      const score = scoreColumns[c][i];
      if ((o & one) !== 0) {
        // A score of one row: its populations' sums at once; with bootstrap, the row's masses go to the replicates'
        // sweeps directly.
        if (open) this.commitDescending(current);
        current = score;
        // Only the row's own label has a log-loss term; the other's, times a mass of +0, would add +0 to any sum.
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
  private scoreTargets(): void {
    const { offsets, targets, unscored } = this;
    const scored: number[] = [];
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
  private descendOneRow(c: number, i: number, score: number): void {
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
  private replicatesOfOneRow(c: number, i: number, score: number): void {
    const { offsets, targets, base } = this;
    const m = this.metaColumns[c][i];
    const cell = m >>> 2;
    const count = this.drawMasses(c, i, m);
    if (this.cellConfusion === null) {
      const confusionR = this.confusionByKindR[m & 3];
      for (let t = offsets[cell]; t < offsets[cell + 1]; t++) {
        const at = base[targets[t]];
        if (at >= 0) this.kernel!.addMasses(confusionR, at, count);
      }
    }
    this.addOneRowReplicates(cell, score, m & 1, count);
  }

  /**
   * Row i of chunk c's non-zero replicate masses, drawn again from its key, into the kernel's index and mass (see
   * ReplicateKernel.drawMasses); into its cell's replicate confusion counts too when they are kept per cell.
   * Returns how many.
   */
  private drawMasses(c: number, i: number, m: number): number {
    const kernel = this.kernel!;
    const keys = this.keyColumns[c]!;
    const weights = this.weightColumns[c];
    const count = kernel.drawMasses(keys[2 * i], keys[2 * i + 1], this.from, weights === null ? 1 : weights[i]);
    // Cell, prediction and label: m itself.
    if (this.cellConfusion !== null) kernel.addMasses(this.cellConfusion, m * this.R, count);
    return count;
  }

  /** A row of a run of the descending walk (a score of several rows): its confusion cell, run masses and replicates. */
  private addDescending(c: number, i: number): void {
    const { offsets, targets, base, R, cellConfusion, point, kernel } = this;
    const m = this.metaColumns[c][i];
    const cell = m >>> 2;
    const label = m & 1;
    const weights = this.weightColumns[c];
    const weight = weights === null ? 1 : weights[i];
    const confusion = this.confusionByKind[m & 3];
    if (R === 0) {
      // Point sums alone: the run's masses and the confusion counts (per cell with CellCounts, as one-row scores').
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
      // Masses of 0 are skipped: adding +0 to these sums (never -0) changes nothing.
      if (cellConfusion === null) kernel!.addMasses(confusionR, at, count);
      kernel!.addMasses(label === 1 ? this.positiveR : this.negativeR, at, count);
    }
  }

  /** A score only this row has: its replicate masses go straight to the replicated populations' sweeps. */
  private addOneRowReplicates(cell: number, score: number, label: number, count: number): void {
    const { offsets, targets, base, unscored, sweepsR, lossIfPositive, lossIfNegative } = this;
    for (let t = offsets[cell]; t < offsets[cell + 1]; t++) {
      const p = targets[t];
      if (base[p] >= 0 && unscored[p] === 0) sweepsR[p]!.addOneRow(score, lossIfPositive, lossIfNegative, label, count);
    }
  }

  private commitDescending(score: number): void {
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
  private commitReplicates(p: number, score: number): void {
    const { R, negativeR, positiveR, lossIfPositive, lossIfNegative } = this;
    const at = this.base[p];
    const seen = this.labels[p];
    const sweep = this.sweepsR[p]!;
    // The kernel sets the masses it adds to 0. One label at this score: its terms alone, the same to the bit (see
    // addOneLabel).
    if (this.unscored[p] > 0) {
      // No score metrics: the masses are only reset.
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
  private wantedIndex(next: number, length: number): number {
    return length <= this.M ? -1 : Math.round((next * (length - 1)) / (this.M - 1));
  }

  /** The next point of population p's curves, of masses pos and neg at this score. */
  private addCurvePoints(p: number, pos: number, neg: number): void {
    const tps = (this.curveTps[p] += pos);
    const fps = (this.curveFps[p] += neg);
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
  private confusionFromCells(): void {
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

  private replicateRecords(p: number): MetricRecord[] {
    const { R, tpR, fpR, tnR, fnR } = this;
    const at = this.base[p];
    const scored = this.unscored[p] === 0 ? this.sweepsR[p]!.results() : null;
    const records: MetricRecord[] = [];
    for (let r = 0; r < R; r++) {
      records.push(
        metricRecordOf({ tp: tpR[at + r], fp: fpR[at + r], tn: tnR[at + r], fn: fnR[at + r] }, scored && scored[r], this.options),
      );
    }
    return records;
  }

  private calibration(p: number): CalibrationBin[] {
    const { bins } = this;
    const calibration: CalibrationBin[] = [];
    for (let b = 0; b < bins; b++) {
      const weight = this.calWeight[p * bins + b];
      calibration.push({
        lower: b / bins,
        upper: (b + 1) / bins,
        weight,
        meanScore: weight > 0 ? this.calScore[p * bins + b] / weight : null,
        meanLabel: weight > 0 ? this.calLabel[p * bins + b] / weight : null,
      });
    }
    return calibration;
  }

  /** Per population, its replicates' records, null where it keeps none (see sweepReplicates). */
  replicateResults(): (MetricRecord[] | null)[] {
    this.confusionFromCells();
    return Array.from({ length: this.P }, (_, p) => (this.base[p] >= 0 ? this.replicateRecords(p) : null));
  }

  results(): SweptPopulation[] {
    this.confusionFromCells();
    const { H, tp, fp, tn, fn } = this;
    const results: SweptPopulation[] = [];
    for (let p = 0; p < this.P; p++) {
      const scored = this.unscored[p] === 0;
      const confusion = { tp: tp[p], fp: fp[p], tn: tn[p], fn: fn[p] };
      const bothClasses = this.totalPositive[p] > 0 && this.totalNegative[p] > 0;
      results.push({
        n: this.rows[p],
        weightedN: tp[p] + fp[p] + tn[p] + fn[p],
        metrics: metricRecordOf(confusion, scored ? this.sweeps[p].results()[0] : null, this.options),
        calibration: scored ? this.calibration(p) : [],
        histogram: scored
          ? {
              negative: Array.from(this.histNegative.subarray(p * H, (p + 1) * H)),
              positive: Array.from(this.histPositive.subarray(p * H, (p + 1) * H)),
            }
          : null,
        roc: scored && bothClasses ? this.roc[p] : [],
        pr: scored && this.totalPositive[p] > 0 ? this.pr[p] : [],
        replicates: this.base[p] >= 0 ? this.replicateRecords(p) : null,
      });
    }
    return results;
  }
}

/** Replicate confusion counts kept per cell (cells x 4 x replicates) at most: 16 MB. */
const MAX_CELL_CONFUSION = 1 << 21;

/** Cells up to which CellCounts are kept: about 0.5 KB a cell with the report's bins. */
const MAX_COUNTED_CELLS = 4096;

/**
 * With unit weights, the integer sums that one-row scores add to every population of their cell (row counts, class
 * totals, calibration bin counts and positives, histogram counts, and in the descending walk the confusion counts),
 * kept per cell instead: a row adds to its cell once rather than to each of its populations, and each cell's counts go
 * to its populations at the end. Sums of integers are exact in any order, so the results are the same to the bit.
 */
class CellCounts {
  readonly rows: Float64Array;
  readonly negative: Float64Array;
  readonly positive: Float64Array;
  readonly calWeight: Float64Array;
  readonly calLabel: Float64Array;
  readonly histNegative: Float64Array;
  readonly histPositive: Float64Array;
  /** Per cell, by a row's meta & 3 (prediction << 1 | label): tn, fn, fp, tp. */
  readonly confusion: Float64Array;

  constructor(
    cells: number,
    private readonly bins: number,
    private readonly H: number,
  ) {
    this.rows = new Float64Array(cells);
    this.negative = new Float64Array(cells);
    this.positive = new Float64Array(cells);
    this.calWeight = new Float64Array(cells * bins);
    this.calLabel = new Float64Array(cells * bins);
    this.histNegative = new Float64Array(cells * H);
    this.histPositive = new Float64Array(cells * H);
    this.confusion = new Float64Array(cells * 4);
  }

  /** A one-row score of weight 1 and this label in `cell`; returns its calibration bin. */
  addAscending(cell: number, label: number, score: number): number {
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
}
