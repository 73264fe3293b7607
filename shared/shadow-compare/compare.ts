/**
 * What differs between the production and the shadow answers to the same requests: agreement and flips,
 * paired score deltas and distribution shift, latency and error-rate deltas, and flips by segment. Every number a
 * rule can hold is a `Measurement` with its evidence (test, statistic, p-value, effect, power), from shared/stats.
 */
import { quantileLinear } from '../stats/bootstrap.js';
import { quantilesBySelection } from '../stats/order.js';
import { pairedQuantileDeltas, type PairedQuantiles } from '../stats/paired-quantiles.js';
import { benjaminiHochberg, holm } from '../stats/multiple.js';
import { binCountsOfSorted, cohenKappaOfConfusion, psi } from '../stats/divergence.js';
import { ks2sampOfSorted } from '../stats/ks.js';
import { mcnemar, twoProportionZ } from '../stats/contingency.js';
import { normalPpf, normalSf } from '../stats/distributions.js';
import { twoProportionSampleSize, wilcoxonSampleSize } from '../stats/power.js';
import { wilcoxonReordering, type WilcoxonResult } from '../stats/rank-tests.js';
import type { CheckEvidence } from '../report/model.js';
import { labelReader } from '../data/read.js';
import { calibrationBinOf } from '../metrics/binary-table.js';
import type { Pairs } from './join.js';
import {
  pairedTestsOnThread,
  type LatencyOptions,
  type LatencySample,
  type PairedTestsFound,
  type PairedTestsTask,
} from './compare-thread.js';
import { workerScript } from '../worker-script.js';

export interface CompareOptions {
  /** Confidence level of every interval. */
  level: number;
  /** Paired Poisson bootstrap of the latency quantile deltas: replicates (0: no interval) and the seed of their weights. */
  replicates: number;
  seed: number;
  /** Significance level of the power guard. */
  alpha: number;
  /** Multiple-testing correction over the segments' tests. */
  correction: 'holm' | 'bh';
  /** PSI: bins cut at the production scores' quantiles; an empty bin counts as this share. */
  psiBins: number;
  psiEpsilon: number;
  /** Segments with fewer pairs are reported but neither tested nor named worst. */
  minSegmentSize: number;
  /** The smallest flip rate worth detecting, and the smallest standardized mean score delta (Cohen's d). */
  detectableFlipRate: number;
  detectableScoreEffect: number;
  power: number;
  /** A label's class name as 1 (positive), 0 (negative) or -1 (neither): calibration is taken only when every label is one of the two. */
  binaryLabel: (name: string) => number;
}

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = {
  level: 0.95,
  replicates: 1000,
  seed: 0,
  alpha: 0.05,
  correction: 'holm',
  psiBins: 10,
  psiEpsilon: 1e-4,
  minSegmentSize: 30,
  detectableFlipRate: 0.01,
  detectableScoreEffect: 0.1,
  power: 0.8,
  binaryLabel: labelReader({ task: 'binary' }),
};

/** The evidence of a measurement is the report's CheckEvidence, so a check carries it unchanged. */
export type Evidence = CheckEvidence;

export interface Measurement {
  metric: string;
  scope?: Record<string, string>;
  value: number | null;
  interval: [number, number] | null;
  n: number;
  evidence?: Evidence;
  /** Why the value is null, or why it cannot decide (too few pairs for the configured effect). */
  inconclusive?: string;
}

export interface ShadowComparison {
  pairs: number;
  classification: {
    n: number;
    agreement: number;
    flips: number;
    classes: string[];
    /** flipMatrix[production class][shadow class] = pairs. */
    flipMatrix: number[][];
  } | null;
  scores: {
    n: number;
    meanDelta: number;
    /** Quantiles of shadow - production at 5, 25, 50, 75 and 95 %. */
    deltaQuantiles: Record<string, number>;
    /** The same of (shadow - production) / |production|, over the pairs whose production score is not 0 (regression outputs). */
    relativeDeltaQuantiles: Record<string, number> | null;
    psiCuts: number[];
    psiEpsilon: number;
  } | null;
  /** Brier score and expected calibration error per side over the labelled pairs with both scores (binary probabilities). */
  calibration: { n: number; production: Calibration; shadow: Calibration } | null;
  /** Regression: mean absolute and root mean squared error per side over the pairs with a numeric label and both outputs. */
  regression: { n: number; production: RegressionErrors; shadow: RegressionErrors } | null;
  latency: {
    n: number;
    production: Record<string, number>;
    shadow: Record<string, number>;
    /** Per quantile, the paired bootstrap percentile interval of shadow - production; null without replicates. */
    deltaIntervals: Record<string, [number, number] | null>;
  } | null;
  errors: { n: number; production: number; shadow: number } | null;
  segments: {
    attribute: string;
    value: string;
    n: number;
    flips: number;
    flipRate: number | null;
    pValue: number | null;
    pValueAdjusted: number | null;
  }[];
  worstSegment: { attribute: string; value: string; flipRate: number } | null;
  measurements: Measurement[];
  notes: string[];
}

export function compareShadow(pairs: Pairs, options: CompareOptions = DEFAULT_COMPARE_OPTIONS): ShadowComparison {
  return compareOnThisThread(pairs, pairedSamples(pairs), options);
}

function compareOnThisThread(pairs: Pairs, samples: PairedSamples, options: CompareOptions): ShadowComparison {
  const found = pairedTests(pairedTestsTask(samples, options));
  return withPairedTests(compareAllButPairedTests(pairs, samples.scores, options), sampleSizes(samples), found, options);
}

/** Pairs with both latencies or both scores from which the paired tests move to a second thread. */
const PAIRED_TESTS_THREAD_MIN_PAIRS = 1 << 20;

/**
 * compareShadow, with the paired tests (the latency deltas' bootstrap, the signed-rank test of the score deltas) on a
 * second thread (dist/workers/shadow-compare.js) while this one compares the rest, when the pairs are many: the same
 * functions on the same values, so the same comparison. MODELGATE_METRICS_WORKER=1 takes the thread for any pairs,
 * =0 never (see workerScript).
 */
export async function compareShadowOnThreads(pairs: Pairs, options: CompareOptions = DEFAULT_COMPARE_OPTIONS): Promise<ShadowComparison> {
  const samples = pairedSamples(pairs);
  const { latency, scores } = samples;
  // Taken before the latency columns move to the thread and leave theirs empty here.
  const sizes = sampleSizes(samples);
  const worker = latency !== null || scores !== null ? workerScript('shadow-compare', 'MODELGATE_METRICS_WORKER') : null;
  const largest = Math.max(latency?.first.length ?? 0, scores?.delta.length ?? 0);
  if (worker === null || !(worker.forced || largest >= PAIRED_TESTS_THREAD_MIN_PAIRS)) return compareOnThisThread(pairs, samples, options);
  // The thread takes the latency columns, made for it alone, and the copy of the score deltas.
  const task = pairedTestsTask(samples, options);
  const found = pairedTestsOnThread(worker.script, task);
  const rest = compareAllButPairedTests(pairs, scores, options);
  return withPairedTests(rest, sizes, await found, options);
}

/** The pairs with both latencies, and those with both scores, with their deltas. */
interface PairedSamples {
  latency: LatencySample | null;
  scores: ScoreSample | null;
}

interface ScoreSample {
  first: Float64Array;
  second: Float64Array;
  /** second - first, pair by pair. */
  delta: Float64Array;
}

function pairedSamples(pairs: Pairs): PairedSamples {
  const latency = bothPresent(pairs.production.latency, pairs.shadow.latency, pairs.n);
  const { first, second } = bothPresent(pairs.production.score, pairs.shadow.score, pairs.n);
  const delta = new Float64Array(first.length);
  for (let k = 0; k < first.length; k++) delta[k] = second[k] - first[k];
  return { latency: latency.first.length > 0 ? latency : null, scores: first.length > 0 ? { first, second, delta } : null };
}

/** Pairs with both latencies, and with both scores. */
interface SampleSizes {
  latency: number;
  scores: number;
}

function sampleSizes({ latency, scores }: PairedSamples): SampleSizes {
  return { latency: latency?.first.length ?? 0, scores: scores?.first.length ?? 0 };
}

/** The paired tests' task: a copy of the score deltas, which the signed-rank test reorders and compareScores needs as they are. */
function pairedTestsTask({ latency, scores }: PairedSamples, { replicates, seed, level }: CompareOptions): PairedTestsTask {
  return { latency, scoreDeltas: scores && scores.delta.slice(), options: { replicates, seed, level } };
}

/** The latency deltas' quantiles and bootstrap, and the Wilcoxon signed-rank test of the score deltas (which it reorders): on either thread. */
export function pairedTests({ latency, scoreDeltas, options }: PairedTestsTask): PairedTestsFound {
  return { latency: latency && latencyQuantiles(latency, options), signedRanks: scoreDeltas && wilcoxonReordering(scoreDeltas) };
}

interface Section {
  measurements: Measurement[];
  notes: string[];
}

type ComparedButPairedTests = Omit<ShadowComparison, 'latency' | 'measurements' | 'notes'> & { before: Section; after: Section };

/**
 * Every comparison but the paired tests', the measurements and notes that come before and after latency's in the
 * report (the signed-rank test's measurement goes in after score_delta's, see withPairedTests).
 */
function compareAllButPairedTests(pairs: Pairs, scoreSample: ScoreSample | null, options: CompareOptions): ComparedButPairedTests {
  const before: Section = { measurements: [], notes: [] };
  const after: Section = { measurements: [], notes: [] };
  const { counts } = pairs;
  before.measurements.push({
    metric: 'join_rate',
    value: counts.joinRate,
    interval: null,
    n: counts.pairs,
    ...(counts.joinRate === null ? { inconclusive: 'neither log has a request' } : {}),
  });
  const classification = compareClasses(pairs, options, before.measurements);
  const scores = scoreSample && compareScores(scoreSample, options, before.measurements, before.notes);
  const calibration = compareCalibration(pairs, options, before.measurements, before.notes);
  const regression = compareRegression(pairs, options, before.measurements);
  const errors = compareErrors(pairs, options, after.measurements);
  const { segments, worstSegment } = compareSegments(pairs, options, after.measurements);
  return { pairs: pairs.n, classification, scores, calibration, regression, errors, segments, worstSegment, before, after };
}

function withPairedTests(
  { before, after, ...rest }: ComparedButPairedTests,
  sizes: SampleSizes,
  found: PairedTestsFound,
  options: CompareOptions,
): ShadowComparison {
  if (found.signedRanks !== null) {
    const at = before.measurements.findIndex((m) => m.metric === 'score_delta') + 1;
    before.measurements.splice(at, 0, wilcoxonMeasurement(found.signedRanks, sizes.scores, options));
  }
  const section: Section = { measurements: [], notes: [] };
  const compared = found.latency && latencyResults(sizes.latency, found.latency, options, section.measurements, section.notes);
  const { pairs, classification, scores, calibration, regression, errors, segments, worstSegment } = rest;
  return {
    pairs,
    classification,
    scores,
    calibration,
    regression,
    latency: compared,
    errors,
    segments,
    worstSegment,
    measurements: [...before.measurements, ...section.measurements, ...after.measurements],
    notes: [...before.notes, ...section.notes, ...after.notes],
  };
}

/** Mean and sample standard deviation (n - 1), in two passes; sd is NaN below two values. */
function meanAndSd(values: Float64Array): { mean: number; sd: number } {
  const n = values.length;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += values[k];
  const mean = sum / n;
  let squares = 0;
  for (let k = 0; k < n; k++) squares += (values[k] - mean) * (values[k] - mean);
  return { mean, sd: n > 1 ? Math.sqrt(squares / (n - 1)) : NaN };
}

/** Wilson score interval of a proportion (successes of n) at `level`. */
export function wilsonInterval(successes: number, n: number, level: number): [number, number] | null {
  if (n === 0) return null;
  const z = normalPpf((1 + level) / 2);
  const p = successes / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Pairs needed so that a flip rate of `detectable` is told apart from none (precision of the Wilson interval). */
function flipSampleSize(detectable: number, alpha: number): number {
  const z = normalPpf(1 - alpha / 2);
  return Math.ceil((z * z * detectable * (1 - detectable)) / ((detectable / 2) * (detectable / 2)));
}

function compareClasses(pairs: Pairs, options: CompareOptions, out: Measurement[]): ShadowComparison['classification'] {
  const { production, shadow, label, classes } = pairs;
  const K = classes.length;
  const flipMatrix = Array.from({ length: K }, () => new Array<number>(K).fill(0));
  let n = 0;
  let agree = 0;
  let productionRightShadowWrong = 0;
  let productionWrongShadowRight = 0;
  let labelled = 0;
  for (let i = 0; i < pairs.n; i++) {
    const a = production.prediction[i];
    const b = shadow.prediction[i];
    if (a < 0 || b < 0) continue;
    flipMatrix[a][b]++;
    n++;
    if (a === b) agree++;
    const truth = label[i];
    if (truth < 0) continue;
    labelled++;
    if (a === truth && b !== truth) productionRightShadowWrong++;
    else if (a !== truth && b === truth) productionWrongShadowRight++;
  }
  if (n === 0) return null;
  const agreementInterval = wilsonInterval(agree, n, options.level);
  const needed = flipSampleSize(options.detectableFlipRate, options.alpha);
  const power =
    n < needed
      ? {
          inconclusive: `${n} paired predictions cannot tell a flip rate of ${options.detectableFlipRate} from none; about ${needed} are needed`,
        }
      : {};
  const sizeEvidence = { sample_size_needed: n < needed ? needed : null };
  out.push({
    metric: 'agreement',
    value: agree / n,
    interval: agreementInterval,
    n,
    evidence: { test: 'Wilson score interval', statistic: null, p_value: null, ...sizeEvidence },
    ...power,
  });
  out.push({
    metric: 'flip_rate',
    value: (n - agree) / n,
    interval: agreementInterval && [1 - agreementInterval[1], 1 - agreementInterval[0]],
    n,
    evidence: { test: 'Wilson score interval', statistic: null, p_value: null, ...sizeEvidence },
    ...power,
  });
  // Unweighted kappa from the flip matrix: classes no answer took add nothing to it.
  const kappa = cohenKappaOfConfusion(Float64Array.from(flipMatrix.flat()), K);
  out.push({
    metric: 'cohen_kappa',
    value: kappa.value,
    interval: null,
    n,
    evidence: { test: kappa.method, statistic: kappa.value, p_value: null },
    ...(kappa.reason ? { inconclusive: kappa.reason } : {}),
  });
  if (labelled > 0) {
    const test = mcnemar(productionRightShadowWrong, productionWrongShadowRight);
    const accuracyDelta = (productionWrongShadowRight - productionRightShadowWrong) / labelled;
    out.push({
      metric: 'mcnemar',
      value: test.pValue,
      interval: null,
      n: labelled,
      evidence: {
        test: `McNemar (${test.method})`,
        statistic: test.statistic,
        p_value: test.pValue,
        effect: { name: 'accuracy delta (shadow - production)', value: accuracyDelta },
      },
      ...(test.reason ? { inconclusive: test.reason } : {}),
    });
  }
  return { n, agreement: agree / n, flips: n - agree, classes, flipMatrix };
}

/** The pairs where both sides have a value (NaN marks none), as two aligned columns. */
function bothPresent(a: Float64Array, b: Float64Array, pairs: number): { first: Float64Array; second: Float64Array } {
  let n = 0;
  for (let i = 0; i < pairs; i++) if (a[i] === a[i] && b[i] === b[i]) n++;
  const first = new Float64Array(n);
  const second = new Float64Array(n);
  for (let i = 0, k = 0; i < pairs; i++) {
    if (a[i] !== a[i] || b[i] !== b[i]) continue;
    first[k] = a[i];
    second[k++] = b[i];
  }
  return { first, second };
}

/** numpy.quantile (linear) at each of `at`, keyed p5, p50, ...; reorders `values`. */
function quantiles(values: Float64Array, at: readonly number[]): Record<string, number> {
  const out: Record<string, number> = {};
  const found = quantilesBySelection(values, at);
  at.forEach((q, k) => (out[`p${Math.round(q * 100)}`] = found[k]));
  return out;
}

/** Paired score deltas: how many pairs a standardized shift of the configured size needs, and the check it makes inconclusive. */
function scorePower(n: number, options: CompareOptions): { needed: number; underpowered: { inconclusive?: string } } {
  const needed = wilcoxonSampleSize(options.detectableScoreEffect, { alpha: options.alpha, power: options.power }).n;
  const inconclusive = `${n} paired scores cannot detect a standardized shift of ${options.detectableScoreEffect}; about ${needed} are needed`;
  return { needed, underpowered: n < needed ? { inconclusive } : {} };
}

/** The signed-rank test of the score deltas (shadow - production) as its measurement. */
function wilcoxonMeasurement(signed: WilcoxonResult, n: number, options: CompareOptions): Measurement {
  const { needed, underpowered } = scorePower(n, options);
  return {
    metric: 'wilcoxon',
    value: signed.pValue,
    interval: null,
    n,
    evidence: {
      test: `Wilcoxon signed-rank (${signed.method})`,
      statistic: signed.statistic,
      p_value: signed.pValue,
      effect: { name: 'matched-pairs rank-biserial', value: signed.rankBiserial },
      sample_size_needed: n < needed ? needed : null,
    },
    ...(signed.reason ? { inconclusive: signed.reason } : underpowered),
  };
}

/** Score deltas, KS and PSI of the pairs with both scores (the signed-rank test is pairedTests'); reorders all three columns. */
function compareScores(
  { first, second, delta }: ScoreSample,
  options: CompareOptions,
  out: Measurement[],
  notes: string[],
): ShadowComparison['scores'] {
  const n = first.length;
  const { mean, sd } = meanAndSd(delta);
  const z = normalPpf((1 + options.level) / 2);
  const interval: [number, number] | null = n > 1 ? [mean - (z * sd) / Math.sqrt(n), mean + (z * sd) / Math.sqrt(n)] : null;
  const effect = sd > 0 ? mean / sd : null;
  const { needed, underpowered } = scorePower(n, options);
  out.push({
    metric: 'score_delta',
    value: mean,
    interval,
    n,
    evidence: {
      test: 'mean paired delta (normal interval)',
      statistic: mean,
      p_value: null,
      effect: { name: "standardized mean delta (Cohen's d_z)", value: effect },
      sample_size_needed: n < needed ? needed : null,
    },
    ...underpowered,
  });
  const relative = relativeDeltas(first, second);
  // From here on no statistic pairs the scores: both sides are sorted once, for KS and PSI alike.
  first.sort();
  second.sort();
  const shift = ks2sampOfSorted(first, second);
  out.push({
    metric: 'ks',
    value: shift.statistic,
    interval: null,
    n,
    evidence: { test: `two-sample Kolmogorov-Smirnov (${shift.method})`, statistic: shift.statistic, p_value: shift.pValue },
    ...(shift.reason ? { inconclusive: shift.reason } : {}),
  });
  const cuts = psiCuts(first, options.psiBins);
  const stability = psi(binCountsOfSorted(first, cuts), binCountsOfSorted(second, cuts), { epsilon: options.psiEpsilon });
  out.push({
    metric: 'psi',
    value: stability.value,
    interval: null,
    n,
    evidence: { test: stability.method, statistic: stability.value, p_value: null },
    ...(stability.reason ? { inconclusive: stability.reason } : {}),
  });
  notes.push(
    `PSI bins: ${cuts.length + 1} bins cut at the production scores' quantiles (${cuts.map((c) => c.toPrecision(4)).join(', ')}); an empty bin counts as a share of ${options.psiEpsilon}.`,
  );
  return {
    n,
    meanDelta: mean,
    deltaQuantiles: quantiles(delta, DELTA_QUANTILES),
    relativeDeltaQuantiles: relative.length ? quantiles(relative, DELTA_QUANTILES) : null,
    psiCuts: cuts,
    psiEpsilon: options.psiEpsilon,
  };
}

export interface Calibration {
  brier: number;
  /** Expected calibration error: Σ over 10 equal-width score bins of (pairs in bin / n) |positive share - mean score|, as evaluate's `ece`. */
  ece: number;
}

const CALIBRATION_BINS = 10;

/**
 * Calibration shift on the labelled pairs: the paired Brier score difference (shadow - production) with a normal
 * interval and z test, and the difference of expected calibration errors. Binary probabilities only: a label that
 * is neither class, or a score outside [0, 1], leaves calibration out with a note.
 */
function compareCalibration(pairs: Pairs, options: CompareOptions, out: Measurement[], notes: string[]): ShadowComparison['calibration'] {
  const { production, shadow, label } = pairs;
  const truth = pairs.classes.map((name) => options.binaryLabel(name));
  const rows = pairsWhere(
    pairs.n,
    (i) => label[i] >= 0 && production.score[i] === production.score[i] && shadow.score[i] === shadow.score[i],
  );
  for (const i of rows) {
    if (truth[label[i]] < 0) {
      notes.push(`No calibration: the label ${JSON.stringify(pairs.classes[label[i]].slice(0, 64))} is neither binary class.`);
      return null;
    }
    if (!(production.score[i] >= 0 && production.score[i] <= 1 && shadow.score[i] >= 0 && shadow.score[i] <= 1)) {
      notes.push('No calibration: a score outside [0, 1] is not a probability.');
      return null;
    }
  }
  const n = rows.length;
  if (n === 0) return null;
  const side = (scores: Float64Array) => {
    const [count, positives, sums] = [0, 0, 0].map(() => new Float64Array(CALIBRATION_BINS));
    let squares = 0;
    for (const i of rows) {
      const y = truth[label[i]];
      const bin = calibrationBinOf(scores[i], CALIBRATION_BINS);
      count[bin]++;
      positives[bin] += y;
      sums[bin] += scores[i];
      squares += (scores[i] - y) ** 2;
    }
    let ece = 0;
    for (let bin = 0; bin < CALIBRATION_BINS; bin++)
      if (count[bin] > 0) ece += (count[bin] / n) * Math.abs(positives[bin] / count[bin] - sums[bin] / count[bin]);
    return { brier: squares / n, ece };
  };
  const before = side(production.score);
  const after = side(shadow.score);
  const differences = Float64Array.from(
    rows,
    (i) => (shadow.score[i] - truth[label[i]]) ** 2 - (production.score[i] - truth[label[i]]) ** 2,
  );
  out.push(pairedDeltaMeasurement('brier_delta', differences, 'Brier score production -> shadow', options.level));
  out.push({
    metric: 'ece_delta',
    value: after.ece - before.ece,
    interval: null,
    n,
    evidence: {
      test: `expected calibration error, ${CALIBRATION_BINS} equal-width bins`,
      statistic: after.ece - before.ece,
      p_value: null,
      effect: { name: 'ECE production -> shadow', value: after.ece - before.ece },
    },
  });
  notes.push(
    `Calibration on ${n} labelled pairs: Brier scores and expected calibration error over ${CALIBRATION_BINS} equal-width score bins (as evaluate's ece), per side.`,
  );
  return { n, production: before, shadow: after };
}

export interface RegressionErrors {
  mae: number;
  rmse: number;
}

/**
 * Regression outputs against their numeric labels: the paired differences of absolute and of squared errors
 * (shadow - production; negative is the shadow closer to the truth), each with a normal interval and z test.
 */
function compareRegression(pairs: Pairs, options: CompareOptions, out: Measurement[]): ShadowComparison['regression'] {
  const { production, shadow, target } = pairs;
  if (target === null) return null;
  const rows = pairsWhere(
    pairs.n,
    (i) => target[i] === target[i] && production.score[i] === production.score[i] && shadow.score[i] === shadow.score[i],
  );
  const n = rows.length;
  if (n === 0) return null;
  const absolute = Float64Array.from(rows, (i) => Math.abs(shadow.score[i] - target[i]) - Math.abs(production.score[i] - target[i]));
  const squared = Float64Array.from(rows, (i) => (shadow.score[i] - target[i]) ** 2 - (production.score[i] - target[i]) ** 2);
  const errors = (scores: Float64Array): RegressionErrors => {
    let absoluteSum = 0;
    let squaredSum = 0;
    for (const i of rows) {
      absoluteSum += Math.abs(scores[i] - target[i]);
      squaredSum += (scores[i] - target[i]) ** 2;
    }
    return { mae: absoluteSum / n, rmse: Math.sqrt(squaredSum / n) };
  };
  out.push(pairedDeltaMeasurement('abs_error_delta', absolute, 'absolute error production -> shadow (MAE delta)', options.level));
  out.push(pairedDeltaMeasurement('squared_error_delta', squared, 'squared error production -> shadow (MSE delta)', options.level));
  return { n, production: errors(production.score), shadow: errors(shadow.score) };
}

/** The pair indices where `keep` holds, as 4 bytes each (a count pass, then a fill). */
function pairsWhere(n: number, keep: (i: number) => boolean): Int32Array {
  let count = 0;
  for (let i = 0; i < n; i++) if (keep(i)) count++;
  const rows = new Int32Array(count);
  for (let i = 0, k = 0; i < n; i++) if (keep(i)) rows[k++] = i;
  return rows;
}

/** The mean of per-pair differences with a normal interval and a two-sided z test of a zero mean. */
function pairedDeltaMeasurement(metric: string, differences: Float64Array, effect: string, level: number): Measurement {
  const n = differences.length;
  const { mean, sd } = meanAndSd(differences);
  const z = sd > 0 ? mean / (sd / Math.sqrt(n)) : null;
  const half = normalPpf((1 + level) / 2) * (sd / Math.sqrt(n));
  return {
    metric,
    value: mean,
    interval: n > 1 ? [mean - half, mean + half] : null,
    n,
    evidence: {
      test: 'mean paired difference (normal interval, z test)',
      statistic: z,
      p_value: z === null ? null : 2 * normalSf(Math.abs(z)),
      effect: { name: effect, value: mean },
    },
    ...(n > 1 ? {} : { inconclusive: 'one pair has no spread' }),
  };
}

const DELTA_QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/** (shadow - production) / |production| of each pair whose production value is not 0. */
function relativeDeltas(production: Float64Array, shadow: Float64Array): Float64Array {
  let n = 0;
  for (let i = 0; i < production.length; i++) if (production[i] !== 0) n++;
  const out = new Float64Array(n);
  for (let i = 0, k = 0; i < production.length; i++)
    if (production[i] !== 0) out[k++] = (shadow[i] - production[i]) / Math.abs(production[i]);
  return out;
}

/** Cut points at the k-quantiles of the sorted production scores, repeated values merged. */
export function psiCuts(sorted: Float64Array, bins: number): number[] {
  const cuts: number[] = [];
  for (let k = 1; k < bins; k++) {
    const cut = quantileLinear(sorted, k / bins);
    if (cuts.length === 0 || cut > cuts[cuts.length - 1]) cuts.push(cut);
  }
  return cuts;
}

const LATENCY_QUANTILES = [0.5, 0.95, 0.99] as const;

/**
 * Latency quantiles per side (numpy.quantile, linear) and, for each delta (shadow - production), the percentile
 * interval of a paired Poisson bootstrap: both answers to a request share its weight in every replicate
 * (pairedQuantileDeltas, exact without a weight per pair and replicate).
 */
export function latencyQuantiles({ first, second }: LatencySample, { replicates, seed, level }: LatencyOptions): PairedQuantiles {
  return pairedQuantileDeltas(first, second, LATENCY_QUANTILES, { replicates, seed, level });
}

/** The latency deltas' measurements, from `n` pairs with both latencies, and the note that says how they were taken. */
function latencyResults(
  n: number,
  found: PairedQuantiles,
  options: CompareOptions,
  out: Measurement[],
  notes: string[],
): ShadowComparison['latency'] {
  const { replicates, seed } = options;
  LATENCY_QUANTILES.forEach((q, k) => {
    const name = `p${Math.round(q * 100)}`;
    const delta = found.shadow[k] - found.production[k];
    out.push({
      metric: `latency_${name}_delta`,
      value: delta,
      interval: found.intervals[k],
      n,
      evidence: {
        test: 'paired bootstrap (percentile)',
        statistic: delta,
        p_value: null,
        effect: { name: `${name} production -> shadow`, value: delta, interval: found.intervals[k] },
        replicates,
        seed,
      },
      ...(replicates === 0 ? {} : found.intervals[k] === null ? { inconclusive: 'too few pairs for a bootstrap interval' } : {}),
    });
  });
  notes.push(
    replicates === 0
      ? 'Latency quantiles as numpy.quantile (linear); no interval on their deltas (shadow_compare.bootstrap.replicates is 0).'
      : `Latency quantiles as numpy.quantile (linear); each delta's interval is the ${options.level} percentile interval of ${replicates} paired Poisson bootstrap replicates (seed ${seed}): a request's production and shadow latencies share its weight, and each replicate takes numpy's quantile of each side's resample. Pairs far from every quantile's rank are drawn by groups (a group of m pairs weighs Poisson(m)), which is exact; windows ${found.windowSds} standard deviations of the rank wide, ${found.cells} groups.`,
  );
  const keyed = <T>(values: T[]) => Object.fromEntries(LATENCY_QUANTILES.map((q, k) => [`p${Math.round(q * 100)}`, values[k]]));
  return { n, production: keyed(found.production), shadow: keyed(found.shadow), deltaIntervals: keyed(found.intervals) };
}

function compareErrors(pairs: Pairs, options: CompareOptions, out: Measurement[]): ShadowComparison['errors'] {
  if (pairs.n === 0) return null;
  let first = 0;
  let second = 0;
  for (let i = 0; i < pairs.n; i++) {
    first += pairs.production.error[i];
    second += pairs.shadow.error[i];
  }
  const test = twoProportionZ(second, pairs.n, first, pairs.n);
  const a = first / pairs.n;
  const b = second / pairs.n;
  let needed: number | null = null;
  const target = Math.min(0.999, a + options.detectableFlipRate);
  if (a > 0 && a < 1) needed = twoProportionSampleSize(a, target, { alpha: options.alpha, power: options.power }).n;
  out.push({
    metric: 'error_rate_delta',
    value: b - a,
    interval: null,
    n: pairs.n,
    evidence: {
      test: 'two-proportion z (pooled)',
      statistic: test.statistic,
      p_value: test.pValue,
      effect: { name: 'error rate shadow - production', value: b - a },
      sample_size_needed: needed !== null && pairs.n < needed ? needed : null,
    },
  });
  return { n: pairs.n, production: a, shadow: b };
}

function compareSegments(pairs: Pairs, options: CompareOptions, out: Measurement[]): Pick<ShadowComparison, 'segments' | 'worstSegment'> {
  const segments: ShadowComparison['segments'] = [];
  const { production, shadow } = pairs;
  let totalPredicted = 0;
  let totalFlips = 0;
  for (let i = 0; i < pairs.n; i++) {
    if (production.prediction[i] < 0 || shadow.prediction[i] < 0) continue;
    totalPredicted++;
    if (production.prediction[i] !== shadow.prediction[i]) totalFlips++;
  }
  if (totalPredicted === 0) return { segments, worstSegment: null };
  const tested: number[] = [];
  for (const segment of pairs.segments) {
    const n = new Float64Array(segment.values.length);
    const flips = new Float64Array(segment.values.length);
    for (let i = 0; i < pairs.n; i++) {
      const code = segment.codes[i];
      if (code < 0 || production.prediction[i] < 0 || shadow.prediction[i] < 0) continue;
      n[code]++;
      if (production.prediction[i] !== shadow.prediction[i]) flips[code]++;
    }
    segment.values.forEach((value, code) => {
      const large = n[code] >= options.minSegmentSize && totalPredicted - n[code] > 0;
      const test = large ? twoProportionZ(flips[code], n[code], totalFlips - flips[code], totalPredicted - n[code]) : null;
      if (test?.pValue != null) tested.push(segments.length);
      segments.push({
        attribute: segment.name,
        value,
        n: n[code],
        flips: flips[code],
        flipRate: n[code] > 0 ? flips[code] / n[code] : null,
        pValue: test?.pValue ?? null,
        pValueAdjusted: null,
      });
    });
  }
  const adjusted = tested.length
    ? (options.correction === 'holm' ? holm : benjaminiHochberg)(tested.map((k) => segments[k].pValue!)).adjusted
    : [];
  tested.forEach((k, j) => (segments[k].pValueAdjusted = adjusted[j]));
  const adjustment = options.correction === 'holm' ? 'Holm' : 'Benjamini-Hochberg';
  let worstSegment: ShadowComparison['worstSegment'] = null;
  for (const s of segments) {
    const small = s.n < options.minSegmentSize;
    out.push({
      metric: 'flip_rate',
      scope: { [s.attribute]: s.value },
      value: s.flipRate,
      interval: wilsonInterval(s.flips, s.n, options.level),
      n: s.n,
      evidence: {
        test: 'two-proportion z, segment vs the rest',
        statistic: null,
        p_value: s.pValue,
        p_value_adjusted: s.pValueAdjusted,
        adjustment,
      },
      ...(small ? { inconclusive: `${s.n} pairs, fewer than min_segment_size ${options.minSegmentSize}` } : {}),
    });
    if (!small && s.flipRate !== null && (worstSegment === null || s.flipRate > worstSegment.flipRate))
      worstSegment = { attribute: s.attribute, value: s.value, flipRate: s.flipRate };
  }
  return { segments, worstSegment };
}
