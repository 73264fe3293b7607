import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// shared/metrics/names.ts
var TITLES = {
  accuracy: "accuracy",
  balanced_accuracy: "balanced accuracy",
  precision: "precision",
  recall: "recall",
  tpr: "true positive rate",
  specificity: "specificity",
  tnr: "true negative rate",
  fpr: "false positive rate",
  fnr: "false negative rate",
  f1: "F1",
  fbeta: "F-beta",
  mcc: "MCC",
  selection_rate: "selection rate",
  roc_auc: "ROC AUC",
  average_precision: "average precision",
  log_loss: "log loss",
  brier: "Brier score",
  ece: "expected calibration error",
  prevalence: "prevalence",
  macro_precision: "macro precision",
  macro_recall: "macro recall",
  macro_f1: "macro F1",
  weighted_precision: "weighted precision",
  weighted_recall: "weighted recall",
  weighted_f1: "weighted F1",
  micro_precision: "micro precision",
  micro_recall: "micro recall",
  micro_f1: "micro F1",
  roc_auc_ovr: "ROC AUC (one-vs-rest)",
  mae: "MAE",
  mse: "MSE",
  rmse: "RMSE",
  r2: "R\xB2",
  mape: "MAPE",
  demographic_parity_difference: "demographic parity difference",
  demographic_parity_ratio: "demographic parity ratio",
  equalized_odds_difference: "equalized odds difference",
  equalized_odds_ratio: "equalized odds ratio",
  equal_opportunity_difference: "equal opportunity difference",
  equal_opportunity_ratio: "equal opportunity ratio",
  disparate_impact: "disparate impact"
};
function metricTitle(metric) {
  const known = Object.hasOwn(TITLES, metric) ? TITLES[metric] : void 0;
  if (known) return known;
  const disparity = /^(.*)_(difference|ratio)$/.exec(metric);
  if (disparity && Object.hasOwn(TITLES, disparity[1])) return `${TITLES[disparity[1]]} ${disparity[2]}`;
  return metric.replace(/_/g, " ");
}
function formatValue(value) {
  if (value === null || value === void 0 || Number.isNaN(value)) return "undefined";
  if (!Number.isFinite(value)) return value > 0 ? "\u221E" : "-\u221E";
  if (value !== 0 && Math.abs(value) < 1e-4) return value.toExponential(2);
  return String(Number(value.toPrecision(4)));
}

export {
  metricTitle,
  formatValue
};
