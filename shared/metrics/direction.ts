/** Whether a larger value of a metric means a better model; drops and arrows follow this. */
const LOWER_IS_BETTER = new Set(['fpr', 'fnr', 'log_loss', 'brier', 'ece', 'mae', 'mse', 'rmse', 'mape']);

export function higherIsBetter(metric: string): boolean {
  if (metric.endsWith('_difference')) return false;
  return !LOWER_IS_BETTER.has(metric);
}
