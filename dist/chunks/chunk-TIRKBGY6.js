import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// shared/metrics/direction.ts
var LOWER_IS_BETTER = /* @__PURE__ */ new Set(["fpr", "fnr", "log_loss", "brier", "ece", "mae", "mse", "rmse", "mape"]);
function higherIsBetter(metric) {
  if (metric.endsWith("_difference")) return false;
  return !LOWER_IS_BETTER.has(metric);
}

export {
  higherIsBetter
};
