import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// shared/config/metrics.ts
var METRICS = {
  binary: [
    "accuracy",
    "balanced_accuracy",
    "precision",
    "recall",
    "tpr",
    "specificity",
    "tnr",
    "fpr",
    "fnr",
    "f1",
    "fbeta",
    "mcc",
    "selection_rate",
    "roc_auc",
    "average_precision",
    "log_loss",
    "brier",
    "ece"
  ],
  multiclass: [
    "accuracy",
    "macro_precision",
    "macro_recall",
    "macro_f1",
    "weighted_precision",
    "weighted_recall",
    "weighted_f1",
    "micro_precision",
    "micro_recall",
    "micro_f1",
    "log_loss",
    "roc_auc_ovr"
  ],
  regression: ["mae", "mse", "rmse", "r2", "mape"]
};
var TASKS = ["binary", "multiclass", "regression"];
var NAMED_DISPARITIES = {
  demographic_parity_difference: { base: "selection_rate", kind: "difference" },
  demographic_parity_ratio: { base: "selection_rate", kind: "ratio" },
  equal_opportunity_difference: { base: "tpr", kind: "difference" },
  equal_opportunity_ratio: { base: "tpr", kind: "ratio" },
  // Not one metric: the worse (or mean, see `agg`) of the TPR and FPR disparities.
  equalized_odds_difference: { base: "equalized_odds", kind: "difference" },
  equalized_odds_ratio: { base: "equalized_odds", kind: "ratio" },
  // AIF360: unprivileged over privileged selection rate when the rule names `privileged`, else min over max.
  disparate_impact: { base: "selection_rate", kind: "ratio" }
};
var ALL_METRICS = new Set(TASKS.flatMap((task) => METRICS[task]));
function metricNamesFor(task) {
  return METRICS[task];
}
function parseDisparity(name) {
  const named = Object.hasOwn(NAMED_DISPARITIES, name) ? NAMED_DISPARITIES[name] : void 0;
  if (named) return { ...named };
  const match = /^(.+)_(difference|ratio)$/.exec(name);
  if (match && ALL_METRICS.has(match[1])) return { base: match[1], kind: match[2] };
  return null;
}
function isMetricFor(name, task) {
  if (METRICS[task].includes(name)) return true;
  const disparity = parseDisparity(name);
  if (!disparity) return false;
  return disparity.base === "equalized_odds" ? task === "binary" : METRICS[task].includes(disparity.base);
}
function allMetricNamesFor(task) {
  const plain = METRICS[task];
  const disparities = [...Object.keys(NAMED_DISPARITIES), ...plain.flatMap((name) => [`${name}_difference`, `${name}_ratio`])].filter(
    (name) => isMetricFor(name, task)
  );
  return [...plain, ...disparities];
}
var UNIT = { min: 0, max: 1 };
var NON_NEGATIVE = { min: 0, max: Infinity };
var ANY = { min: -Infinity, max: Infinity };
var OTHER_RANGES = {
  mcc: { min: -1, max: 1 },
  log_loss: NON_NEGATIVE,
  mae: NON_NEGATIVE,
  mse: NON_NEGATIVE,
  rmse: NON_NEGATIVE,
  mape: NON_NEGATIVE,
  r2: { min: -Infinity, max: 1 }
};
function valueRange(metric, relativeTo = "between_groups") {
  const disparity = parseDisparity(metric);
  if (!disparity) return Object.hasOwn(OTHER_RANGES, metric) ? OTHER_RANGES[metric] : UNIT;
  const base = disparity.base === "equalized_odds" ? UNIT : valueRange(disparity.base);
  if (disparity.kind === "difference") {
    const width = base.max - base.min;
    return relativeTo === "privileged" ? { min: -width, max: width } : { min: 0, max: width };
  }
  if (base.min < 0) return ANY;
  return relativeTo === "privileged" ? NON_NEGATIVE : UNIT;
}

export {
  TASKS,
  metricNamesFor,
  parseDisparity,
  isMetricFor,
  allMetricNamesFor,
  valueRange
};
