/**
 * Multiple-comparison adjustments of p-values, for gates that test many segments at once.
 */
import { numberIn, type Numbers } from './input.js';

export interface AdjustedPValues {
  method: 'holm' | 'benjamini-hochberg';
  /** One adjusted p-value per input, in the input's order. */
  adjusted: number[];
  /** Whether each hypothesis is rejected at `alpha` (adjusted p <= alpha), when alpha was given. */
  rejected: boolean[] | null;
}

/**
 * Holm's step-down adjustment (controls the family-wise error rate): with p_(1) <= ... <= p_(m),
 * adjusted p_(i) = max_{j <= i} min(1, (m - j + 1) p_(j)). Ties keep their input order. No p-values give [].
 * Reference: statsmodels.stats.multitest.multipletests(pvals, alpha, method='holm') (computed by hand in the
 * fixtures).
 */
export function holm(pValues: Numbers, options: { alpha?: number } = {}): AdjustedPValues {
  const p = probabilities(pValues);
  const m = p.length;
  const order = ascending(p);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p[index]));
    adjusted[index] = running;
  });
  return { method: 'holm', adjusted, rejected: reject(adjusted, options.alpha) };
}

/**
 * Benjamini-Hochberg step-up adjustment (controls the false discovery rate under independence or positive
 * dependence): adjusted p_(i) = min_{j >= i} min(1, m p_(j) / j). No p-values give [].
 * Reference: statsmodels.stats.multitest.multipletests(pvals, alpha, method='fdr_bh') (computed by hand in the
 * fixtures).
 */
export function benjaminiHochberg(pValues: Numbers, options: { alpha?: number } = {}): AdjustedPValues {
  const p = probabilities(pValues);
  const m = p.length;
  const order = ascending(p);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const index = order[rank];
    running = Math.min(running, (m * p[index]) / (rank + 1));
    adjusted[index] = running;
  }
  return { method: 'benjamini-hochberg', adjusted, rejected: reject(adjusted, options.alpha) };
}

function probabilities(values: Numbers): number[] {
  return Array.from({ length: values.length }, (_, k) => numberIn(values[k], 0, 1, `pValues[${k}]`));
}

function ascending(p: number[]): number[] {
  return Array.from(p.keys()).sort((a, b) => p[a] - p[b] || a - b);
}

function reject(adjusted: number[], alpha: number | undefined): boolean[] | null {
  if (alpha === undefined) return null;
  numberIn(alpha, 0, 1, 'alpha');
  return adjusted.map((p) => p <= alpha);
}
