/**
 * Power and required sample size, so a gate with too little data can say "inconclusive, n more needed" instead
 * of passing. Normal approximations throughout; each function states its formula. z_q is the standard normal
 * quantile; α is two-sided unless `alternative` says otherwise.
 */
import { normalCdf, normalPpf } from './distributions.js';
import { finiteNumber, numberIn, positiveNumber } from './input.js';

export interface PowerOptions {
  /** Significance level (default 0.05). */
  alpha?: number;
  /** Two-sided (default) uses z_{1-α/2}; one-sided uses z_{1-α}. */
  alternative?: 'two-sided' | 'one-sided';
}

export interface SampleSize {
  /** Required size of the first group (or of pairs), rounded up. */
  n: number;
  /** The unrounded solution of the formula. */
  exact: number;
  /** Size of the second group, ratio × n rounded up (two-sample formulas only). */
  n2: number | null;
  formula: string;
}

/** Asymptotic relative efficiency of the rank tests to the t test under normality (Pitman): 3/π ≈ 0.955. */
export const RANK_TEST_EFFICIENCY = 3 / Math.PI;

function criticalZ(options: PowerOptions): number {
  const alpha = numberIn(options.alpha ?? 0.05, Number.MIN_VALUE, 0.999999, 'alpha');
  return normalPpf(1 - (options.alternative === 'one-sided' ? alpha : alpha / 2));
}

function proportion(value: number, name: string): number {
  numberIn(value, 0, 1, name);
  if (value === 0 || value === 1) throw new RangeError(`${name} must be strictly between 0 and 1, got ${value}`);
  return value;
}

/**
 * Per-group sample size to detect rates p1 vs p2 with the pooled two-proportion z test, groups n and ratio·n:
 * n = (z_α √(p̄ q̄ (1 + 1/r)) + z_β √(p1 q1 + p2 q2 / r))² / (p1 - p2)², p̄ = (p1 + r p2) / (1 + r), q = 1 - p,
 * z_α = z_{1-α/2} (two-sided) and z_β = z_{power}; no continuity correction (Fleiss, Levin & Paik 2003, eq. 4.14).
 * Reference: statsmodels' NormalIndPower uses the unpooled variance under H0 too, so it differs slightly; the
 * fixtures compute this formula with scipy.stats.norm.
 */
export function twoProportionSampleSize(
  p1: number,
  p2: number,
  options: PowerOptions & { power?: number; ratio?: number } = {},
): SampleSize {
  proportion(p1, 'p1');
  proportion(p2, 'p2');
  if (p1 === p2) throw new RangeError('p1 and p2 must differ: no sample size detects a zero difference');
  const ratio = positiveNumber(options.ratio ?? 1, 'ratio');
  const zBeta = normalPpf(numberIn(options.power ?? 0.8, 0.000001, 0.999999, 'power'));
  const zAlpha = criticalZ(options);
  const pooled = (p1 + ratio * p2) / (1 + ratio);
  const numerator =
    zAlpha * Math.sqrt(pooled * (1 - pooled) * (1 + 1 / ratio)) + zBeta * Math.sqrt(p1 * (1 - p1) + (p2 * (1 - p2)) / ratio);
  const exact = (numerator * numerator) / ((p1 - p2) * (p1 - p2));
  const n = Math.ceil(exact - 1e-9);
  return {
    n,
    exact,
    n2: Math.ceil(ratio * n - 1e-9),
    formula: 'n = (z_a sqrt(pbar qbar (1 + 1/r)) + z_b sqrt(p1 q1 + p2 q2 / r))^2 / (p1 - p2)^2',
  };
}

/**
 * Power of the pooled two-proportion z test with n1 and n2 trials for true rates p1 and p2:
 * power = Φ((|p1 - p2| - z_α √(p̄ q̄ (1/n1 + 1/n2))) / √(p1 q1 / n1 + p2 q2 / n2)), p̄ = (n1 p1 + n2 p2)/(n1 + n2),
 * the far tail ignored (the inverse of twoProportionSampleSize). Fixtures: scipy.stats.norm by hand.
 */
export function twoProportionPower(p1: number, p2: number, n1: number, n2: number, options: PowerOptions = {}): number {
  proportion(p1, 'p1');
  proportion(p2, 'p2');
  positiveNumber(n1, 'n1');
  positiveNumber(n2, 'n2');
  const pooled = (n1 * p1 + n2 * p2) / (n1 + n2);
  const null0 = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const alternative = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  return normalCdf((Math.abs(p1 - p2) - criticalZ(options) * null0) / alternative);
}

/**
 * Per-group sample size for the Mann-Whitney U test to detect a standardized shift d = Δ / σ, from the two-sample
 * z test's n_t = 2 (z_α + z_β)² / d² divided by the asymptotic relative efficiency 3/π:
 * n = π/3 · 2 (z_α + z_β)² / d² (Lehmann 1975; exact for normal data in the limit, conservative for heavier tails).
 * Fixtures: scipy.stats.norm by hand.
 */
export function mannWhitneySampleSize(effect: number, options: PowerOptions & { power?: number } = {}): SampleSize {
  const d = Math.abs(finiteNumber(effect, 'effect'));
  if (d === 0) throw new RangeError('effect must not be 0: no sample size detects a zero shift');
  const z = criticalZ(options) + normalPpf(numberIn(options.power ?? 0.8, 0.000001, 0.999999, 'power'));
  const exact = (2 * z * z) / (d * d) / RANK_TEST_EFFICIENCY;
  const n = Math.ceil(exact - 1e-9);
  return { n, exact, n2: n, formula: 'n = (pi/3) * 2 (z_a + z_b)^2 / d^2 per group' };
}

/**
 * Power of the Mann-Whitney U test with n1 and n2 values for a standardized shift d, through the same efficiency:
 * power = Φ(|d| √(3/π · n1 n2 / (n1 + n2)) - z_α). Fixtures: scipy.stats.norm by hand.
 */
export function mannWhitneyPower(effect: number, n1: number, n2: number, options: PowerOptions = {}): number {
  const d = Math.abs(finiteNumber(effect, 'effect'));
  positiveNumber(n1, 'n1');
  positiveNumber(n2, 'n2');
  return normalCdf(d * Math.sqrt((RANK_TEST_EFFICIENCY * n1 * n2) / (n1 + n2)) - criticalZ(options));
}

/**
 * Number of pairs for the Wilcoxon signed-rank test to detect a standardized mean paired difference d = μ_D / σ_D:
 * n = π/3 · (z_α + z_β)² / d², the one-sample z test's size over the same efficiency 3/π.
 * Fixtures: scipy.stats.norm by hand.
 */
export function wilcoxonSampleSize(effect: number, options: PowerOptions & { power?: number } = {}): SampleSize {
  const d = Math.abs(finiteNumber(effect, 'effect'));
  if (d === 0) throw new RangeError('effect must not be 0: no sample size detects a zero shift');
  const z = criticalZ(options) + normalPpf(numberIn(options.power ?? 0.8, 0.000001, 0.999999, 'power'));
  const exact = (z * z) / (d * d) / RANK_TEST_EFFICIENCY;
  const n = Math.ceil(exact - 1e-9);
  return { n, exact, n2: null, formula: 'n = (pi/3) (z_a + z_b)^2 / d^2 pairs' };
}

/** Power of the Wilcoxon signed-rank test with n pairs: Φ(|d| √(3/π · n) - z_α). Fixtures: scipy.stats.norm. */
export function wilcoxonPower(effect: number, n: number, options: PowerOptions = {}): number {
  const d = Math.abs(finiteNumber(effect, 'effect'));
  positiveNumber(n, 'n');
  return normalCdf(d * Math.sqrt(RANK_TEST_EFFICIENCY * n) - criticalZ(options));
}
