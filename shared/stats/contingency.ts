/**
 * Tests on counts: McNemar's test of paired proportions, the chi-square test of independence, the two-proportion
 * z test and Fisher's exact test. Counts must be non-negative integers (RangeError otherwise).
 */
import { binomialCdf, chiSquareSf, normalCdf, normalSf } from './distributions.js';
import { count } from './input.js';
import type { Alternative, TestResult } from './result.js';

export interface McNemarOptions {
  /** 'exact' (default): binomial test of b against b + c; 'chi-square': the asymptotic test. */
  method?: 'exact' | 'chi-square';
  /** Edwards' continuity correction of the chi-square statistic (default true). */
  correction?: boolean;
}

export interface McNemarResult extends TestResult {
  method: 'exact' | 'chi-square';
  /** Discordant counts: b = first right and second wrong (or row 0 column 1), c the other way round. */
  b: number;
  c: number;
}

/**
 * McNemar's test that two paired binary outcomes have the same marginal rate, from the discordant counts b and c
 * (table [[a, b], [c, d]]; a and d do not enter).
 * Exact: statistic min(b, c), p = min(1, 2 P(X <= min(b, c))) with X ~ Binomial(b + c, 1/2).
 * Chi-square: statistic (|b - c| - 1)² / (b + c) with the continuity correction, (b - c)² / (b + c) without,
 * p = P(χ²₁ > statistic). The corrected numerator is max(0, |b - c| - 1)² so b = c gives 0 (statsmodels gives
 * 1 / (b + c) there).
 * Edge case: b + c = 0 (no discordant pairs) gives statistic and pValue null with a reason.
 * Reference: statsmodels.stats.contingency_tables.mcnemar(table, exact, correction); its values are computed
 * from scipy.stats.binom and scipy.stats.chi2 in the fixtures.
 */
export function mcnemar(b: number, c: number, options: McNemarOptions = {}): McNemarResult {
  count(b, 'b');
  count(c, 'c');
  const method = options.method ?? 'exact';
  if (b + c === 0) return { statistic: null, pValue: null, method, b, c, reason: 'no discordant pairs' };
  if (method === 'exact') {
    const smaller = Math.min(b, c);
    return { statistic: smaller, pValue: Math.min(1, 2 * binomialCdf(smaller, b + c, 0.5)), method, b, c };
  }
  const gap = options.correction === false ? Math.abs(b - c) : Math.max(0, Math.abs(b - c) - 1);
  const statistic = (gap * gap) / (b + c);
  return { statistic, pValue: chiSquareSf(statistic, 1), method, b, c };
}

export interface ChiSquareIndependenceResult extends TestResult {
  method: 'chi-square';
  dof: number;
  /** Expected counts under independence, row total × column total / grand total. */
  expected: number[][];
  /** Whether Yates' correction was applied (only with one degree of freedom). */
  corrected: boolean;
}

/**
 * Pearson's chi-square test of independence on an r × c table of counts.
 * Expected E_ij = R_i C_j / N; statistic Σ (O_ij - E_ij)² / E_ij; dof = (r - 1)(c - 1); p = P(χ²_dof > statistic).
 * With dof = 1 and `correction` (default true), Yates: each O_ij moves towards E_ij by min(0.5, |E_ij - O_ij|).
 * Edge cases: an empty table, a row or column summing to zero (some E_ij = 0; SciPy raises), or a single row or
 * column (dof = 0; SciPy returns p = 1) give pValue null with a reason.
 * Reference: scipy.stats.chi2_contingency(observed, correction).
 */
export function chiSquareIndependence(
  table: ArrayLike<ArrayLike<number>>,
  options: { correction?: boolean } = {},
): ChiSquareIndependenceResult {
  const rows = table.length;
  const columns = rows === 0 ? 0 : table[0].length;
  const observed: number[][] = [];
  for (let i = 0; i < rows; i++) {
    if (table[i].length !== columns) throw new RangeError(`table row ${i} has ${table[i].length} columns, row 0 has ${columns}`);
    observed.push(Array.from({ length: columns }, (_, j) => count(table[i][j], `table[${i}][${j}]`)));
  }
  const base = { method: 'chi-square' as const, dof: Math.max(0, (rows - 1) * (columns - 1)), corrected: false };
  if (rows === 0 || columns === 0) return { ...base, statistic: null, pValue: null, expected: [], reason: 'the table is empty' };
  const rowTotals = observed.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = observed[0].map((_, j) => observed.reduce((sum, row) => sum + row[j], 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);
  const expected = rowTotals.map((r) => columnTotals.map((c) => (r * c) / total));
  if (total === 0 || rowTotals.includes(0) || columnTotals.includes(0)) {
    return { ...base, statistic: null, pValue: null, expected, reason: 'a row or column of the table sums to zero' };
  }
  if (base.dof === 0) return { ...base, statistic: null, pValue: null, expected, reason: 'the table has a single row or column' };
  const corrected = base.dof === 1 && options.correction !== false;
  let statistic = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const e = expected[i][j];
      let o = observed[i][j];
      if (corrected) o += Math.sign(e - o) * Math.min(0.5, Math.abs(e - o));
      statistic += ((o - e) * (o - e)) / e;
    }
  }
  return { ...base, statistic, pValue: chiSquareSf(statistic, base.dof), expected, corrected };
}

export interface TwoProportionResult extends TestResult {
  method: 'pooled z';
  /** successes1 / n1 - successes2 / n2. */
  difference: number | null;
  pooled: number | null;
}

/**
 * Two-proportion z test with the pooled variance: p = (x1 + x2) / (n1 + n2),
 * z = (x1/n1 - x2/n2) / √(p (1 - p) (1/n1 + 1/n2)); two-sided p-value 2 P(Z > |z|), 'greater' P(Z > z),
 * 'less' P(Z < z). No continuity correction.
 * Edge cases: an empty group, or a pooled rate of 0 or 1 (zero variance), give pValue null with a reason.
 * Reference: statsmodels.stats.proportion.proportions_ztest(count, nobs) (pooled by default); the fixtures
 * compute it from scipy.stats.norm.
 */
export function twoProportionZ(
  successes1: number,
  n1: number,
  successes2: number,
  n2: number,
  options: { alternative?: Alternative } = {},
): TwoProportionResult {
  count(successes1, 'successes1');
  count(successes2, 'successes2');
  count(n1, 'n1');
  count(n2, 'n2');
  if (successes1 > n1 || successes2 > n2)
    throw new RangeError(`successes must not exceed trials, got ${successes1}/${n1} and ${successes2}/${n2}`);
  const method = 'pooled z' as const;
  if (n1 === 0 || n2 === 0)
    return { statistic: null, pValue: null, method, difference: null, pooled: null, reason: 'a group has no trials' };
  const difference = successes1 / n1 - successes2 / n2;
  const pooled = (successes1 + successes2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (!(variance > 0)) return { statistic: null, pValue: null, method, difference, pooled, reason: 'the pooled rate is 0 or 1' };
  const z = difference / Math.sqrt(variance);
  const alternative = options.alternative ?? 'two-sided';
  const pValue =
    alternative === 'two-sided' ? Math.min(1, 2 * normalSf(Math.abs(z))) : alternative === 'greater' ? normalSf(z) : normalCdf(z);
  return { statistic: z, pValue, method, difference, pooled };
}

export interface FisherResult extends TestResult {
  method: 'exact';
  /** Sample odds ratio a d / (b c); Infinity when b c = 0. */
  statistic: number | null;
}

/**
 * Fisher's exact test on the 2 × 2 table [[a, b], [c, d]], conditional on the margins: a is hypergeometric.
 * Statistic: the sample odds ratio a d / (b c) (Infinity when b or c is 0), as SciPy.
 * p-values: 'less' P(A <= a), 'greater' P(A >= a), 'two-sided' the sum of P(A = x) over the tables no more
 * likely than the observed one, P(A = x) <= P(A = a) (1 + 1e-7). Probabilities come from the ratio recurrence
 * P(x+1)/P(x) = (R1 - x)(C1 - x) / ((x + 1)(R2 - C1 + x + 1)) from the mode, normalized by their sum.
 * The 1e-7 relative tolerance (R's fisher.test) treats tables of equal probability as equal despite rounding;
 * SciPy uses 1e-14 with its own pmf, which differs only when two probabilities are within 1e-7 without being equal.
 * Edge case: a row or column summing to zero gives pValue null with a reason (SciPy: NaN and 1).
 * Reference: scipy.stats.fisher_exact(table, alternative).
 */
export function fisherExact(table: ArrayLike<ArrayLike<number>>, options: { alternative?: Alternative } = {}): FisherResult {
  if (table.length !== 2 || table[0].length !== 2 || table[1].length !== 2) throw new RangeError('table must be 2 x 2');
  const a = count(table[0][0], 'table[0][0]');
  const b = count(table[0][1], 'table[0][1]');
  const c = count(table[1][0], 'table[1][0]');
  const d = count(table[1][1], 'table[1][1]');
  const method = 'exact' as const;
  if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) {
    return { statistic: null, pValue: null, method, reason: 'a row or column of the table sums to zero' };
  }
  const statistic = b > 0 && c > 0 ? (a * d) / (b * c) : Infinity;
  const row1 = a + b;
  const column1 = a + c;
  const total = a + b + c + d;
  const low = Math.max(0, column1 - (total - row1));
  const high = Math.min(row1, column1);
  const weights = new Float64Array(high - low + 1);
  const mode = Math.min(high, Math.max(low, Math.floor(((column1 + 1) * (row1 + 1)) / (total + 2))));
  weights[mode - low] = 1;
  for (let x = mode; x < high; x++) {
    weights[x + 1 - low] = (weights[x - low] * (row1 - x) * (column1 - x)) / ((x + 1) * (total - row1 - column1 + x + 1));
  }
  for (let x = mode; x > low; x--) {
    weights[x - 1 - low] = (weights[x - low] * x * (total - row1 - column1 + x)) / ((row1 - x + 1) * (column1 - x + 1));
  }
  const sum = weights.reduce((s, w) => s + w, 0);
  const observed = weights[a - low];
  const alternative = options.alternative ?? 'two-sided';
  let tail = 0;
  // small terms first, so the tail keeps its digits
  const order = Array.from(weights.keys()).sort((i, j) => weights[i] - weights[j]);
  for (const i of order) {
    const x = i + low;
    const included = alternative === 'less' ? x <= a : alternative === 'greater' ? x >= a : weights[i] <= observed * (1 + 1e-7);
    if (included) tail += weights[i];
  }
  return { statistic, pValue: Math.min(1, tail / sum), method };
}
