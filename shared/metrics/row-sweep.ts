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
import type { RowStore } from './row-store.js';
import { drawHashedWords, weightRowBytes } from '../stats/bootstrap.js';

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

/**
 * @param cellTargets Per cell (the `cell` stored with each row), the populations (0..P-1) its rows count in.
 * @param replicated Per population, whether it keeps bootstrap replicates: then each of its rows adds its R Poisson
 *   weights (drawn again from the row's key hash) to R sweeps at once, as the replicate tables would hold them.
 */
export function sweepRows(store: RowStore, cellTargets: readonly (readonly number[])[], replicated: readonly boolean[], R: number, options: SweepOptions): SweptPopulation[] {
  checkMetricOptions(options);
  const P = replicated.length;
  const bins = options.calibrationBins;
  const H = options.histogramBins;
  const M = options.curvePoints;
  const offsets = new Int32Array(cellTargets.length + 1);
  cellTargets.forEach((targets, c) => (offsets[c + 1] = offsets[c] + targets.length));
  const targets = Int32Array.from(cellTargets.flat());

  const rows = new Float64Array(P);
  const unscored = new Float64Array(P);
  const distinct = new Float64Array(P);
  const zeroRun = new Float64Array(P);
  const totalNegative = new Float64Array(P);
  const totalPositive = new Float64Array(P);
  const calWeight = new Float64Array(P * bins);
  const calScore = new Float64Array(P * bins);
  const calLabel = new Float64Array(P * bins);
  const histNegative = new Float64Array(P * H);
  const histPositive = new Float64Array(P * H);
  // Masses of the current distinct score per population, and the populations that have rows at it.
  const negative = new Float64Array(P);
  const positive = new Float64Array(P);
  const stamp = new Float64Array(P).fill(-1);
  const touched = new Int32Array(P);
  let touchedCount = 0;
  let scoreNumber = 0;
  const { chunks, order } = store.mergedOrder();
  const K = chunks.length;
  const N = order.length;
  const scoreColumns = chunks.map((c) => c.scores);
  const metaColumns = chunks.map((c) => c.meta);
  const weightColumns = chunks.map((c) => c.weights);
  const keyColumns = chunks.map((c) => c.keys);
  const cursor = new Int32Array(K);
  /** Starts a run: the masses of every population it touches start at 0 (see `touch`). */
  const startRun = (): void => {
    touchedCount = 0;
    scoreNumber++;
  };
  /** Per population, the labels of its rows at the current score: bit 0 for label 0, bit 1 for label 1. */
  const labels = new Uint8Array(P);
  const touch = (p: number): void => {
    if (stamp[p] !== scoreNumber) {
      stamp[p] = scoreNumber;
      touched[touchedCount++] = p;
      negative[p] = 0;
      positive[p] = 0;
      labels[p] = 0;
    }
  };

  // Ascending: counts of distinct scores (for thinning the curves), totals, calibration and histogram sums.
  const commitAscending = (score: number): void => {
    if (score !== score) return;
    const b = calibrationBinOf(score, bins);
    const h = calibrationBinOf(score, H);
    for (let k = 0; k < touchedCount; k++) {
      const p = touched[k];
      const neg = negative[p];
      const pos = positive[p];
      distinct[p]++;
      zeroRun[p] = neg + pos > 0 ? 0 : zeroRun[p] + 1;
      totalNegative[p] += neg;
      totalPositive[p] += pos;
      const w = neg + pos;
      calWeight[p * bins + b] += w;
      calScore[p * bins + b] += w * score;
      calLabel[p * bins + b] += pos;
      histNegative[p * H + h] += neg;
      histPositive[p * H + h] += pos;
    }
  };
  cursor.fill(0);
  let current = NaN;
  for (let k = 0; k < N; k++) {
    const c = order[k];
    const i = cursor[c]++;
    const score = scoreColumns[c][i];
    if (k === 0 || (score !== current && !(score !== score && current !== current))) {
      if (k > 0) commitAscending(current);
      startRun();
      current = score;
    }
    const m = metaColumns[c][i];
    const cell = m >>> 2;
    const weights = weightColumns[c];
    const weight = weights === null ? 1 : weights[i];
    for (let t = offsets[cell]; t < offsets[cell + 1]; t++) {
      const p = targets[t];
      touch(p);
      if ((m & 1) === 1) positive[p] += weight;
      else negative[p] += weight;
      rows[p]++;
      if (score !== score) unscored[p]++;
    }
  }
  if (N > 0) commitAscending(current);

  // Descending: confusion counts, the ScoreSweep of each population, and the curves' points.
  const tp = new Float64Array(P);
  const fp = new Float64Array(P);
  const tn = new Float64Array(P);
  const fn = new Float64Array(P);
  const sweeps = Array.from({ length: P }, () => new ScoreSweep(1, bins));
  const curveTps = new Float64Array(P);
  const curveFps = new Float64Array(P);
  const rocIndex = new Float64Array(P);
  const prIndex = new Float64Array(P);
  const rocNext = new Float64Array(P).fill(1);
  const prNext = new Float64Array(P).fill(1);
  const roc: [number, number][][] = Array.from({ length: P }, () => [[0, 0]]);
  const pr: [number, number][][] = Array.from({ length: P }, () => [[0, 1]]);
  const rocLength = Array.from(distinct, (d) => d + 1);
  const prLength = Array.from(distinct, (d, p) => d + 1 - zeroRun[p]);
  /** Whether point `index` of a curve of `length` points is one the report keeps (see score-evidence's `thin`). */
  const wanted = (index: number, next: number, length: number): boolean => length <= M || index === Math.round((next * (length - 1)) / (M - 1));
  // Bootstrap: per replicated population, R masses of the current score, R sweeps and R confusion counts.
  const base = new Int32Array(P).fill(-1);
  let replicatedCount = 0;
  if (R > 0) for (let p = 0; p < P; p++) if (replicated[p]) base[p] = R * replicatedCount++;
  const negativeR = new Float64Array(R * replicatedCount);
  const positiveR = new Float64Array(R * replicatedCount);
  const tpR = new Float64Array(R * replicatedCount);
  const fpR = new Float64Array(R * replicatedCount);
  const tnR = new Float64Array(R * replicatedCount);
  const fnR = new Float64Array(R * replicatedCount);
  const sweepsR = Array.from({ length: P }, (_, p) => (base[p] >= 0 ? new ScoreSweep(R, bins) : null));
  const words = new Int32Array(weightRowBytes(R) >>> 2);
  const draws = new Uint8Array(words.buffer);
  const rowMasses = new Float64Array(R);
  // The current score's log-loss terms, and whether it is one row's (its replicates then went straight to the sweeps).
  let lossIfPositive = 0;
  let lossIfNegative = 0;
  let oneRow = false;
  const commitDescending = (score: number): void => {
    if (score !== score) return;
    for (let k = 0; k < touchedCount; k++) {
      const p = touched[k];
      const at = base[p];
      if (at >= 0 && !oneRow) {
        const seen = labels[p];
        const sweep = sweepsR[p]!;
        // One label at this score (one row, mostly): its terms alone, the same to the bit (see addOneLabel).
        if (unscored[p] > 0) {
          // No score metrics: the masses are only reset.
        } else if (seen === 2) sweep.addOneLabel(score, lossIfPositive, lossIfNegative, 1, positiveR, at);
        else if (seen === 1) sweep.addOneLabel(score, lossIfPositive, lossIfNegative, 0, negativeR, at);
        else sweep.add(score, lossIfPositive, lossIfNegative, negativeR, at, positiveR, at);
        if ((seen & 1) !== 0) negativeR.fill(0, at, at + R);
        if ((seen & 2) !== 0) positiveR.fill(0, at, at + R);
      }
      if (unscored[p] > 0) continue;
      sweeps[p].add(score, lossIfPositive, lossIfNegative, negative, p, positive, p);
      const tps = (curveTps[p] += positive[p]);
      const fps = (curveFps[p] += negative[p]);
      const totalPos = totalPositive[p];
      const totalNeg = totalNegative[p];
      if (totalPos > 0 && totalNeg > 0 && wanted(++rocIndex[p], rocNext[p], rocLength[p])) {
        roc[p].push([fps / totalNeg, tps / totalPos]);
        rocNext[p]++;
      }
      if (totalPos > 0 && tps + fps > 0 && wanted(++prIndex[p], prNext[p], prLength[p])) {
        pr[p].push([tps / totalPos, tps / (tps + fps)]);
        prNext[p]++;
      }
    }
  };
  chunks.forEach((c, j) => (cursor[j] = c.length - 1));
  for (let k = N - 1; k >= 0; k--) {
    const c = order[k];
    const i = cursor[c]--;
    const score = scoreColumns[c][i];
    if (k === N - 1 || (score !== current && !(score !== score && current !== current))) {
      if (k < N - 1) commitDescending(current);
      startRun();
      current = score;
      if (score === score) {
        lossIfPositive = lossIfPositiveOf(score);
        lossIfNegative = lossIfNegativeOf(score);
      }
      // A score of one row (the next row has another): with bootstrap, the row's masses go to the sweeps directly.
      const next = k > 0 ? scoreColumns[order[k - 1]][cursor[order[k - 1]]] : NaN;
      oneRow = R > 0 && score === score && (k === 0 || next !== score);
    }
    const m = metaColumns[c][i];
    const cell = m >>> 2;
    const label = m & 1;
    const prediction = (m >>> 1) & 1;
    const weights = weightColumns[c];
    const weight = weights === null ? 1 : weights[i];
    if (R > 0) {
      const keys = keyColumns[c]!;
      drawHashedWords(keys[2 * i], keys[2 * i + 1], R, words, 0);
      if (oneRow) {
        const masses = weight === 1 ? draws : rowMasses;
        if (weight !== 1) for (let r = 0; r < R; r++) rowMasses[r] = weight * draws[r];
        for (let t = offsets[cell]; t < offsets[cell + 1]; t++) {
          const p = targets[t];
          if (base[p] >= 0 && unscored[p] === 0) sweepsR[p]!.addOneLabel(score, lossIfPositive, lossIfNegative, label, masses, 0);
        }
      }
    }
    for (let t = offsets[cell]; t < offsets[cell + 1]; t++) {
      const p = targets[t];
      touch(p);
      labels[p] |= 1 << label;
      if (label === 1) positive[p] += weight;
      else negative[p] += weight;
      if (prediction === 1) {
        if (label === 1) tp[p] += weight;
        else fp[p] += weight;
      } else if (label === 1) fn[p] += weight;
      else tn[p] += weight;
      const at = base[p];
      if (at < 0) continue;
      const confusion = prediction === 1 ? (label === 1 ? tpR : fpR) : label === 1 ? fnR : tnR;
      if (oneRow) {
        for (let r = 0; r < R; r++) confusion[at + r] += weight * draws[r];
        continue;
      }
      const masses = label === 1 ? positiveR : negativeR;
      for (let r = 0; r < R; r++) {
        const mass = weight * draws[r];
        masses[at + r] += mass;
        confusion[at + r] += mass;
      }
    }
  }
  if (N > 0) commitDescending(current);

  const replicateRecords = (p: number): MetricRecord[] => {
    const at = base[p];
    const scored = unscored[p] === 0 ? sweepsR[p]!.results() : null;
    const records: MetricRecord[] = [];
    for (let r = 0; r < R; r++) {
      records.push(metricRecordOf({ tp: tpR[at + r], fp: fpR[at + r], tn: tnR[at + r], fn: fnR[at + r] }, scored && scored[r], options));
    }
    return records;
  };
  const results: SweptPopulation[] = [];
  for (let p = 0; p < P; p++) {
    const scored = unscored[p] === 0;
    const calibration: CalibrationBin[] = [];
    if (scored) {
      for (let b = 0; b < bins; b++) {
        const weight = calWeight[p * bins + b];
        calibration.push({
          lower: b / bins,
          upper: (b + 1) / bins,
          weight,
          meanScore: weight > 0 ? calScore[p * bins + b] / weight : null,
          meanLabel: weight > 0 ? calLabel[p * bins + b] / weight : null,
        });
      }
    }
    const confusion = { tp: tp[p], fp: fp[p], tn: tn[p], fn: fn[p] };
    const bothClasses = totalPositive[p] > 0 && totalNegative[p] > 0;
    results.push({
      n: rows[p],
      weightedN: tp[p] + fp[p] + tn[p] + fn[p],
      metrics: metricRecordOf(confusion, scored ? sweeps[p].results()[0] : null, options),
      calibration,
      histogram: scored ? { negative: Array.from(histNegative.subarray(p * H, (p + 1) * H)), positive: Array.from(histPositive.subarray(p * H, (p + 1) * H)) } : null,
      roc: scored && bothClasses ? roc[p] : [],
      pr: scored && totalPositive[p] > 0 ? pr[p] : [],
      replicates: base[p] >= 0 ? replicateRecords(p) : null,
    });
  }
  return results;
}
