/**
 * The row weights modelgate accepts: 0, or a number from 1e-12 to 1e6. Within that range every sum stays exact or
 * well inside float64: integer weights sum exactly up to about 9e9 rows (2^53 / 1e6), a product of two or four sums
 * (ROC AUC's normalisation, MCC) cannot overflow, and a weight times the smallest log-loss or Brier term (1e-15)
 * stays a normal number instead of rounding to 0. Outside it (5e-324, 1e308) sums overflow or underflow and the
 * metrics built on them are NaN or silently wrong. Metrics do not depend on the weights' scale: rescale them.
 */
export const MIN_POSITIVE_WEIGHT = 1e-12;
export const MAX_WEIGHT = 1e6;
export const WEIGHT_RANGE = `a weight must be 0 or a number from ${MIN_POSITIVE_WEIGHT} to ${MAX_WEIGHT}; metrics do not depend on the weights' scale, so rescale them`;

export function isAcceptedWeight(weight: number): boolean {
  return weight === 0 || (weight >= MIN_POSITIVE_WEIGHT && weight <= MAX_WEIGHT);
}
