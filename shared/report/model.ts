/**
 * The one Report every gate produces; renderers (Markdown, JUnit, JSON, HTML) only read it.
 * Versioned: bump REPORT_SCHEMA_VERSION on any breaking change to this shape.
 */
import type { DataSummary } from '../data/types.js';
import type { CalibrationBin } from '../metrics/binary.js';
import type { ModelRecord } from '../model/score-dataset.js';

export type { CalibrationBin } from '../metrics/binary.js';

export const REPORT_SCHEMA_VERSION = 2;

export type GateName = 'evaluate' | 'train' | 'shadow-compare' | 'canary' | 'drift';
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'inconclusive' | 'error';
/** The overall verdict: the worst check status after severities and the `inconclusive` policy. */
export type Verdict = 'pass' | 'warn' | 'fail' | 'error';
export type Interval = [number, number];

export interface Bound {
  min?: number;
  max?: number;
  max_drop?: number;
  max_relative_drop?: number;
  /** Which number the bound is held against. */
  on: 'point' | 'lower_bound' | 'upper_bound';
}

/**
 * The statistics behind a check, when a test decides it (shadow-compare, canary, drift): the test, its statistic
 * and p-value (and the p-value after a multiple-testing adjustment), the effect with its interval, and the power
 * or the sample size that would be needed to detect the configured effect.
 */
export interface CheckEvidence {
  test: string;
  statistic: number | null;
  p_value: number | null;
  p_value_adjusted?: number | null;
  /** The adjustment behind p_value_adjusted: `Holm` or `Benjamini-Hochberg`. */
  adjustment?: string;
  effect?: { name: string; value: number | null; interval?: Interval | null };
  power?: number | null;
  /** Samples needed to detect the configured effect, when there were fewer. */
  sample_size_needed?: number | null;
  /** A bootstrap interval's replicates and the seed of their weights. */
  replicates?: number;
  seed?: number;
  /** A behavioral test run against a baseline model: failing cases on each, and those failing on the candidate only. */
  failures?: { candidate: number; baseline: number; new: number };
}

export interface Check {
  /** Stable, unique within a report, usable as a JUnit test name: `roc_auc`, `recall[race=b]`, `demographic_parity_ratio[sex]`. */
  id: string;
  /** Words for people: "ROC AUC", "Recall for race = b". */
  title: string;
  status: CheckStatus;
  /** What the status would have been without a downgrade (severity warn, inconclusive policy). */
  raw_status: CheckStatus;
  severity: 'fail' | 'warn';
  metric: string;
  /** The group, intersection or slice the value is for, as attribute -> value. */
  scope?: Record<string, string>;
  value: number | null;
  bound: Bound;
  interval: Interval | null;
  n: number | null;
  /** Disparity checks: the key of their disparity in `disparities[attribute]` (the metric, qualified by `relative_to`). */
  disparity_key?: string;
  /** Candidate-vs-baseline checks: the baseline's value and the delta (candidate - baseline) with its paired interval. */
  baseline?: { value: number | null; delta: number | null; delta_interval: Interval | null };
  /** One sentence: what was measured, against what, and why this status. */
  reason: string;
  /** The test behind the check, for checks a statistical test decides. */
  evidence?: CheckEvidence;
  /** Where the rule came from, for annotations. */
  rule: { index: number; file?: string; line?: number; column?: number };
}

/** Metric values of one population (overall, a group, an intersection or a slice). */
export interface MetricBlock {
  n: number;
  weighted_n: number;
  [metric: string]: number | null;
}

export interface DisparityValue {
  /** The disparity metric; its key in `disparities[attribute]` adds how it was measured when not between groups. */
  metric?: string;
  value: number | null;
  /** `between_groups` (Fairlearn's max - min / min / max) or `overall` or `privileged`. */
  relative_to: string;
  /** Group values that give the extremes, for the reason text. */
  groups: { min?: string; max?: string };
  interval: Interval | null;
  /**
   * With bootstrap: the replicates in which a group's rate was undefined (so the disparity was too), and their share.
   * Past 1% the disparity has no interval, and a check on its bound is inconclusive.
   */
  undefined_replicates?: { count: number; share: number };
  /** Groups whose rate was undefined (zero denominator) or too small; a disparity over them is inconclusive. */
  undefined_groups: string[];
  definition: string;
}

export interface ScoreHistogramBin {
  /** [lower, upper), the last bin closed. */
  lower: number;
  upper: number;
  negative: number;
  positive: number;
}

/**
 * Curve points at every distinct score used as threshold (descending), as scikit-learn's roc_curve and
 * precision_recall_curve without drop_intermediate, thinned to at most a few hundred points for drawing.
 * Empty arrays when the curve is undefined (one class only, or rows without a score).
 */
export interface ScoreCurves {
  roc: { fpr: number[]; tpr: number[] };
  pr: { recall: number[]; precision: number[] };
}

/** What every gate's report has: the verdict, its checks, the config, notes and (when it could not run) the error. */
export interface ReportEnvelope {
  schema_version: number;
  gate: GateName;
  verdict: Verdict;
  counts: Record<CheckStatus, number>;
  checks: Check[];
  config: { file?: string; sha256?: string };
  /** Definitions used where references disagree, clipping rules, and similar words for readers. */
  notes: string[];
  /** Set when the gate could not be evaluated at all: why, and where. */
  error?: { kind: string; message: string; file?: string; line?: number; column?: number | string; path?: string };
  /** Extra sections of other gates (train, lineage, ...). */
  sections?: Record<string, unknown>;
}

/** Any report a gate publishes: an evaluation (evaluate, train), or the envelope alone (an error, other gates). */
export type AnyReport = Report | ReportEnvelope;

/** Whether the report carries an evaluation's metrics (evaluate and train when they ran). */
export function hasEvaluation(report: AnyReport): report is Report {
  return (report as Report).metrics !== undefined;
}

/** The report of an evaluation (evaluate, and train's held-out evaluation): the envelope plus its metrics. */
export interface Report extends ReportEnvelope {
  metrics: {
    overall: MetricBlock;
    groups: Record<string, Record<string, MetricBlock>>;
    intersections: Record<string, Record<string, MetricBlock>>;
    slices: Record<string, Record<string, MetricBlock>>;
  };
  intervals: {
    overall: Record<string, Interval>;
    groups: Record<string, Record<string, Record<string, Interval>>>;
    /** With bootstrap on: metrics that have a point value but no interval in this task, each with why. */
    none?: Record<string, string>;
  };
  disparities: Record<string, Record<string, DisparityValue>>;
  baseline?: {
    file: string;
    join: 'id' | 'position';
    metrics: MetricBlock;
    /** The baseline's per-group values and disparities, so group and fairness checks can be diffed too. */
    groups?: Record<string, Record<string, MetricBlock>>;
    disparities?: Record<string, Record<string, DisparityValue>>;
  };
  data: DataSummary & {
    task: string;
    threshold?: number;
    threshold_rule?: string;
    /** When the scores came from a model (evaluate --model): which one, where, and how it was asked. */
    model?: ModelRecord;
  };
  bootstrap?: { replicates: number; level: number; seed: number; method: string };
  /** Binary tasks: reliability diagram of all rows, in the config's `calibration_bins` equal-width bins. */
  calibration?: CalibrationBin[];
  /** Binary tasks: weighted rows per equal-width score bin, by true label. */
  score_histogram?: ScoreHistogramBin[];
  /** Binary tasks: ROC and precision-recall curves overall and per group value (not intersections or slices). */
  curves?: { overall: ScoreCurves; groups: Record<string, Record<string, ScoreCurves>> };
}
