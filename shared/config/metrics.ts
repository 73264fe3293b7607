/**
 * The metric names a rule may use, per task, and how disparity names decompose into a base metric.
 * The schema's description of `metric` lists the same names; a test keeps the two in agreement.
 */
import type { Task } from '../data/types.js';

const METRICS: Record<Task, readonly string[]> = {
  binary: [
    'accuracy',
    'balanced_accuracy',
    'precision',
    'recall',
    'tpr',
    'specificity',
    'tnr',
    'fpr',
    'fnr',
    'f1',
    'fbeta',
    'mcc',
    'selection_rate',
    'roc_auc',
    'average_precision',
    'log_loss',
    'brier',
    'ece',
  ],
  multiclass: [
    'accuracy',
    'macro_precision',
    'macro_recall',
    'macro_f1',
    'weighted_precision',
    'weighted_recall',
    'weighted_f1',
    'micro_precision',
    'micro_recall',
    'micro_f1',
    'log_loss',
    'roc_auc_ovr',
  ],
  regression: ['mae', 'mse', 'rmse', 'r2', 'mape'],
};

export const TASKS: readonly Task[] = ['binary', 'multiclass', 'regression'];

/** Fairness names from Fairlearn and AIF360, and the per-group metric each one compares. */
const NAMED_DISPARITIES: Record<string, Disparity> = {
  demographic_parity_difference: { base: 'selection_rate', kind: 'difference' },
  demographic_parity_ratio: { base: 'selection_rate', kind: 'ratio' },
  equal_opportunity_difference: { base: 'tpr', kind: 'difference' },
  equal_opportunity_ratio: { base: 'tpr', kind: 'ratio' },
  // Not one metric: the worse (or mean, see `agg`) of the TPR and FPR disparities.
  equalized_odds_difference: { base: 'equalized_odds', kind: 'difference' },
  equalized_odds_ratio: { base: 'equalized_odds', kind: 'ratio' },
  // AIF360: unprivileged over privileged selection rate when the rule names `privileged`, else min over max.
  disparate_impact: { base: 'selection_rate', kind: 'ratio' },
};

export interface Disparity {
  /** The per-group metric compared; `equalized_odds` stands for both `tpr` and `fpr`. */
  base: string;
  kind: 'difference' | 'ratio';
}

const ALL_METRICS = new Set(TASKS.flatMap((task) => METRICS[task]));

/** The plain (non-disparity) metric names known for a task. */
export function metricNamesFor(task: Task): readonly string[] {
  return METRICS[task];
}

/** `demographic_parity_ratio` -> `{base: 'selection_rate', kind: 'ratio'}`; `recall_difference` -> `{base: 'recall', ...}`; a plain or unknown name -> null. */
export function parseDisparity(name: string): Disparity | null {
  const named = Object.hasOwn(NAMED_DISPARITIES, name) ? NAMED_DISPARITIES[name] : undefined;
  if (named) return { ...named };
  const match = /^(.+)_(difference|ratio)$/.exec(name);
  if (match && ALL_METRICS.has(match[1])) return { base: match[1], kind: match[2] as Disparity['kind'] };
  return null;
}

export function isDisparityMetric(name: string): boolean {
  return parseDisparity(name) !== null;
}

/** Whether a rule on a task may name this metric, plain or as a disparity. */
export function isMetricFor(name: string, task: Task): boolean {
  if (METRICS[task].includes(name)) return true;
  const disparity = parseDisparity(name);
  if (!disparity) return false;
  return disparity.base === 'equalized_odds' ? task === 'binary' : METRICS[task].includes(disparity.base);
}

/** Every name a rule on this task may use, for did-you-mean hints. */
export function allMetricNamesFor(task: Task): string[] {
  const plain = METRICS[task];
  const disparities = [...Object.keys(NAMED_DISPARITIES), ...plain.flatMap((name) => [`${name}_difference`, `${name}_ratio`])].filter(
    (name) => isMetricFor(name, task),
  );
  return [...plain, ...disparities];
}

/** The values a metric can take, ends included (±Infinity: unbounded). */
export interface ValueRange {
  min: number;
  max: number;
}

const UNIT: ValueRange = { min: 0, max: 1 };
const NON_NEGATIVE: ValueRange = { min: 0, max: Infinity };
const ANY: ValueRange = { min: -Infinity, max: Infinity };

/** Plain metrics outside [0, 1]; every other plain metric is a rate, a score or an area in [0, 1]. */
const OTHER_RANGES: Record<string, ValueRange> = {
  mcc: { min: -1, max: 1 },
  log_loss: NON_NEGATIVE,
  mae: NON_NEGATIVE,
  mse: NON_NEGATIVE,
  rmse: NON_NEGATIVE,
  mape: NON_NEGATIVE,
  r2: { min: -Infinity, max: 1 },
};

/**
 * The range of a metric's value, for a disparity measured as `relativeTo` says: a difference between groups or to
 * overall is at most the base metric's width; one to a privileged group can go either way; a ratio of non-negative
 * values is in [0, 1], except to a privileged group, which may do better than the others.
 */
export function valueRange(metric: string, relativeTo: 'between_groups' | 'overall' | 'privileged' = 'between_groups'): ValueRange {
  const disparity = parseDisparity(metric);
  if (!disparity) return Object.hasOwn(OTHER_RANGES, metric) ? OTHER_RANGES[metric] : UNIT;
  const base = disparity.base === 'equalized_odds' ? UNIT : valueRange(disparity.base);
  if (disparity.kind === 'difference') {
    const width = base.max - base.min;
    return relativeTo === 'privileged' ? { min: -width, max: width } : { min: 0, max: width };
  }
  if (base.min < 0) return ANY;
  return relativeTo === 'privileged' ? NON_NEGATIVE : UNIT;
}
