/**
 * The pictures of a binary model's scores that the metric values do not carry: reliability diagram, score
 * histogram by label, and ROC and precision-recall curves overall and per group. All come from the
 * accumulators' distinct-score tables (no second pass over the rows), so they merge across shards like the
 * metrics do.
 */
import type { BinaryAccumulator } from '../metrics/binary.js';
import { calibrationBinOf } from '../metrics/binary-table.js';
import type { EvaluationAccumulator } from '../metrics/evaluation.js';
import type { PopulationAccumulator } from '../metrics/population.js';
import type { SweptPopulation } from '../metrics/row-sweep.js';
import type { Report, ScoreCurves, ScoreHistogramBin } from './model.js';
import { dataRecord } from '../records.js';

export const HISTOGRAM_BINS = 20;
/** Enough points to draw a smooth curve in an 800-pixel-wide chart, few enough to keep report.json small. */
export const MAX_CURVE_POINTS = 200;

interface ScoreMasses {
  scores: number[];
  negative: number[];
  positive: number[];
}

/** Negative and positive mass per distinct score, ascending; null when some row had no score. */
function massesByScore(accumulator: BinaryAccumulator): ScoreMasses | null {
  const state = accumulator.toJSON();
  if (state.unscoredRows > 0) return null;
  const { scores, negative, positive } = state.table;
  const out: ScoreMasses = { scores: [], negative: [], positive: [] };
  // The table is sorted by score, then by hard prediction: equal scores are adjacent.
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] as number;
    const last = out.scores.length - 1;
    if (last >= 0 && out.scores[last] === score) {
      out.negative[last] += negative[i];
      out.positive[last] += positive[i];
    } else {
      out.scores.push(score);
      out.negative.push(negative[i]);
      out.positive.push(positive[i]);
    }
  }
  return out;
}

const rounded = (value: number) => Number(value.toPrecision(6));

/** At most `max` points, evenly spread over the curve, always keeping its first and last point. */
function thin<T>(points: T[], max = MAX_CURVE_POINTS): T[] {
  if (points.length <= max) return points;
  const out: T[] = [];
  for (let k = 0; k < max; k++) out.push(points[Math.round((k * (points.length - 1)) / (max - 1))]);
  return out;
}

/**
 * ROC points (fpr, tpr) from (0, 0) and precision-recall points (recall, precision) from (0, 1), one per
 * distinct score taken as threshold in descending order, as scikit-learn's roc_curve (drop_intermediate=False)
 * and precision_recall_curve. A curve is empty when it is undefined: ROC without both classes, PR without
 * positives.
 */
export function scoreCurves(accumulator: BinaryAccumulator): ScoreCurves {
  const empty: ScoreCurves = { roc: { fpr: [], tpr: [] }, pr: { recall: [], precision: [] } };
  const masses = massesByScore(accumulator);
  if (!masses) return empty;
  const totalPositive = masses.positive.reduce((a, b) => a + b, 0);
  const totalNegative = masses.negative.reduce((a, b) => a + b, 0);
  const roc: [number, number][] = [[0, 0]];
  const pr: [number, number][] = [[0, 1]];
  let tps = 0;
  let fps = 0;
  for (let d = masses.scores.length - 1; d >= 0; d--) {
    tps += masses.positive[d];
    fps += masses.negative[d];
    if (totalPositive > 0 && totalNegative > 0) roc.push([fps / totalNegative, tps / totalPositive]);
    if (totalPositive > 0 && tps + fps > 0) pr.push([tps / totalPositive, tps / (tps + fps)]);
  }
  const rocPoints = totalPositive > 0 && totalNegative > 0 ? thin(roc) : [];
  const prPoints = totalPositive > 0 ? thin(pr) : [];
  return {
    roc: { fpr: rocPoints.map((p) => rounded(p[0])), tpr: rocPoints.map((p) => rounded(p[1])) },
    pr: { recall: prPoints.map((p) => rounded(p[0])), precision: prPoints.map((p) => rounded(p[1])) },
  };
}

/** Weighted rows per equal-width bin on [0, 1] by true label; empty when some row had no score. */
export function scoreHistogram(accumulator: BinaryAccumulator, bins = HISTOGRAM_BINS): ScoreHistogramBin[] {
  const masses = massesByScore(accumulator);
  if (!masses) return [];
  const histogram: ScoreHistogramBin[] = Array.from({ length: bins }, (_, b) => ({
    lower: b / bins,
    upper: (b + 1) / bins,
    negative: 0,
    positive: 0,
  }));
  masses.scores.forEach((score, d) => {
    // Same binning as the calibration bins: [i/B, (i+1)/B), with 1 in the last bin.
    const bin = histogram[calibrationBinOf(score, bins)];
    bin.negative += masses.negative[d];
    bin.positive += masses.positive[d];
  });
  return histogram;
}

/** scoreCurves of a population measured from a RowStore (whose points are already thinned). */
function sweptCurves(swept: SweptPopulation): ScoreCurves {
  return {
    roc: { fpr: swept.roc.map((p) => rounded(p[0])), tpr: swept.roc.map((p) => rounded(p[1])) },
    pr: { recall: swept.pr.map((p) => rounded(p[0])), precision: swept.pr.map((p) => rounded(p[1])) },
  };
}

/** scoreHistogram of a population measured from a RowStore. */
function sweptHistogram(swept: SweptPopulation): ScoreHistogramBin[] {
  const histogram = swept.histogram;
  if (histogram === null) return [];
  const bins = histogram.negative.length;
  return histogram.negative.map((negative, b) => ({ lower: b / bins, upper: (b + 1) / bins, negative, positive: histogram.positive[b] }));
}

function curvesOf(population: PopulationAccumulator): ScoreCurves | null {
  if (population.swept) return sweptCurves(population.swept);
  const binary = population.binary;
  return binary && scoreCurves(binary);
}

/** The report sections above, for a binary evaluation; an empty object for other tasks. */
export function scoreEvidence(
  evaluation: EvaluationAccumulator,
  calibrationBins: number,
): Pick<Report, 'calibration' | 'score_histogram' | 'curves'> {
  const population = evaluation.overall;
  const overall = population.binary;
  if (!overall) return {};
  const groups = dataRecord<Record<string, ScoreCurves>>();
  evaluation.spec.groups.forEach((attribute, i) => {
    const byValue = evaluation.groups[i];
    groups[attribute] = dataRecord();
    for (const value of [...byValue.keys()].sort()) {
      const curves = curvesOf(byValue.get(value)!);
      if (curves) groups[attribute][value] = curves;
    }
  });
  const swept = population.swept;
  if (swept && swept.calibration.length !== 0 && swept.calibration.length !== calibrationBins) {
    throw new Error(`calibration was measured with ${swept.calibration.length} bins, not ${calibrationBins}`);
  }
  return {
    calibration: swept ? swept.calibration : overall.calibration(calibrationBins),
    score_histogram: swept ? sweptHistogram(swept) : scoreHistogram(overall),
    curves: { overall: curvesOf(population)!, groups },
  };
}
