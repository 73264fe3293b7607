/**
 * The metric names a rule may use, per task, and how disparity names decompose into a base metric.
 * The schema's description of `metric` lists the same names; a test keeps the two in agreement.
 */
import type { Task } from '../data/types.js';

const METRICS: Record<Task, readonly string[]> = {
  binary: [
    'accuracy', 'balanced_accuracy', 'precision', 'recall', 'tpr', 'specificity', 'tnr', 'fpr', 'fnr', 'f1',
    'fbeta', 'mcc', 'selection_rate', 'roc_auc', 'average_precision', 'log_loss', 'brier', 'ece',
  ],
  multiclass: [
    'accuracy', 'macro_precision', 'macro_recall', 'macro_f1', 'weighted_precision', 'weighted_recall',
    'weighted_f1', 'micro_precision', 'micro_recall', 'micro_f1', 'log_loss', 'roc_auc_ovr',
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
  const named = NAMED_DISPARITIES[name];
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
  const disparities = [
    ...Object.keys(NAMED_DISPARITIES),
    ...plain.flatMap((name) => [`${name}_difference`, `${name}_ratio`]),
  ].filter((name) => isMetricFor(name, task));
  return [...plain, ...disparities];
}
