/**
 * Rank tests on samples of numbers: Mann-Whitney U for two independent samples and the Wilcoxon signed-rank
 * test for paired samples, with the p-value rules of SciPy 1.10 (scipy.stats.mannwhitneyu, scipy.stats.wilcoxon).
 */
import { normalCdf, normalPpf, normalSf } from './distributions.js';
import { finiteSample, sortedSample, type Numbers } from './input.js';
import type { Alternative, TestResult } from './result.js';

/**
 * Average ranks (1-based; tied values share the mean of their ranks) and the tie term Σ(t³ - t) over groups of
 * t tied values. Reference: scipy.stats.rankdata(method='average').
 */
export function averageRanks(values: Numbers): { ranks: Float64Array; tieTerm: number; tied: boolean } {
  const sample = finiteSample(values, 'values');
  const order = Array.from(sample.keys()).sort((a, b) => sample[a] - sample[b]);
  const ranks = new Float64Array(sample.length);
  let tieTerm = 0;
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && sample[order[end]] === sample[order[start]]) end++;
    const rank = (start + 1 + end) / 2;
    for (let i = start; i < end; i++) ranks[order[i]] = rank;
    const t = end - start;
    tieTerm += t * t * t - t;
    start = end;
  }
  return { ranks, tieTerm, tied: tieTerm > 0 };
}

export interface MannWhitneyOptions {
  /** 'auto' (default): exact when either sample has at most 8 values and there are no ties, else asymptotic. */
  method?: 'auto' | 'exact' | 'asymptotic';
  /** Continuity correction of the asymptotic p-value (default true). */
  continuity?: boolean;
  alternative?: Alternative;
}

export interface MannWhitneyResult extends TestResult {
  method: 'exact' | 'asymptotic';
  alternative: Alternative;
  /** U1 = R1 - n1(n1+1)/2, the statistic of the first sample (SciPy's `statistic`). */
  u1: number;
  u2: number;
  n1: number;
  n2: number;
  /** Standardized statistic of the asymptotic method (null for exact). */
  z: number | null;
  /** Common-language effect size U1 / (n1 n2) = P(X > Y) + P(X = Y) / 2 (McGraw & Wong 1992). */
  commonLanguage: number | null;
  /** Rank-biserial correlation 2 U1 / (n1 n2) - 1, in [-1, 1]. */
  rankBiserial: number | null;
}

/**
 * Mann-Whitney U test of two independent samples x and y.
 *
 * U1 = R1 - n1(n1+1)/2 with R1 the sum of x's average ranks in the pooled sample; U2 = n1 n2 - U1.
 * Two-sided p = 2 P(U >= max(U1, U2)), clipped to 1 ('greater': P(U >= U1), 'less': P(U >= U2)).
 * Exact: the null distribution of U counted by the Gaussian binomial [n1+n2 choose n1]_q (Mann & Whitney 1947),
 * valid without ties only (a RangeError if asked for with ties). Asymptotic: z = (U - n1 n2/2 - 0.5) / σ with
 * σ² = n1 n2/12 ((n+1) - Σ(t³-t) / (n(n-1))) (tie correction), the 0.5 dropped without continuity correction.
 * Edge cases: an empty sample, or every value tied (σ = 0), give pValue null with a reason.
 * Reference: scipy.stats.mannwhitneyu(x, y, use_continuity, alternative, method) in SciPy 1.10.
 */
export function mannWhitneyU(x: Numbers, y: Numbers, options: MannWhitneyOptions = {}): MannWhitneyResult {
  const first = finiteSample(x, 'x');
  const second = finiteSample(y, 'y');
  const alternative = options.alternative ?? 'two-sided';
  const n1 = first.length;
  const n2 = second.length;
  const base = { n1, n2, u1: NaN, u2: NaN, z: null, commonLanguage: null, rankBiserial: null, alternative };
  if (n1 === 0 || n2 === 0) {
    return { ...base, statistic: null, pValue: null, method: 'asymptotic', reason: 'a sample is empty' };
  }
  const pooled = new Float64Array(n1 + n2);
  pooled.set(first);
  pooled.set(second, n1);
  const { ranks, tieTerm, tied } = averageRanks(pooled);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i];
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u2 = n1 * n2 - u1;
  const effect = { u1, u2, commonLanguage: u1 / (n1 * n2), rankBiserial: (2 * u1) / (n1 * n2) - 1 };
  const requested = options.method ?? 'auto';
  const method = requested === 'auto' ? ((n1 > 8 && n2 > 8) || tied ? 'asymptotic' : 'exact') : requested;
  const [u, factor] = alternative === 'greater' ? [u1, 1] : alternative === 'less' ? [u2, 1] : [Math.max(u1, u2), 2];
  if (method === 'exact') {
    if (tied) throw new RangeError('the exact Mann-Whitney p-value needs samples without ties; use method "auto" or "asymptotic"');
    const pValue = Math.min(1, factor * mannWhitneyExactSf(u, n1, n2));
    return { ...base, ...effect, statistic: u1, pValue, method, z: null };
  }
  const n = n1 + n2;
  const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  if (!(sigma > 0)) {
    return { ...base, ...effect, statistic: u1, pValue: null, method, reason: 'every value is tied' };
  }
  const z = (u - (n1 * n2) / 2 - (options.continuity === false ? 0 : 0.5)) / sigma;
  return { ...base, ...effect, statistic: u1, pValue: Math.min(1, factor * normalSf(z)), method, z };
}

/**
 * P(U >= u) under the null for sample sizes m and n without ties: the coefficients of the Gaussian binomial
 * Π_{i=1..m} (1 - q^{n+i}) / (1 - q^i) count the arrangements with U = k. Counts are exact: doubles while
 * C(m+n, m) < 2^53, BigInt beyond. The work is O(min(m,n)² max(m,n)).
 */
export function mannWhitneyExactSf(u: number, m: number, n: number): number {
  const small = Math.min(m, n);
  const large = Math.max(m, n);
  const top = small * large;
  const k = Math.ceil(u);
  if (k <= 0) return 1;
  if (k > top) return 0;
  // P(U >= k) = P(U <= top - k) by symmetry; summing the lower tail keeps the small side's digits.
  const limit = top - k;
  if (logChoose(small + large, small) < 53 * Math.LN2) {
    const counts = gaussianBinomial(small, large, Float64Array, 0);
    let tail = 0;
    let total = 0;
    for (let j = 0; j <= top; j++) {
      total += counts[j];
      if (j <= limit) tail += counts[j];
    }
    return tail / total;
  }
  const counts = gaussianBinomial(small, large, Array<bigint>, 0n);
  let tail = 0n;
  let total = 0n;
  for (let j = 0; j <= top; j++) {
    total += counts[j];
    if (j <= limit) tail += counts[j];
  }
  return bigRatio(tail, total);
}

function gaussianBinomial<T extends number | bigint>(
  m: number,
  n: number,
  make: new (length: number) => { [index: number]: T; length: number },
  zero: T,
): { [index: number]: T; length: number } {
  const top = m * n;
  const counts = new make(top + 1);
  for (let j = 0; j <= top; j++) counts[j] = zero;
  counts[0] = (typeof zero === 'bigint' ? 1n : 1) as T;
  let degree = 0;
  for (let i = 1; i <= m; i++) {
    // multiply by (1 - q^{n+i}), then divide by (1 - q^i): the quotient is the polynomial [n+i choose i]_q.
    // Terms above m n never reach the lower ones (division runs upwards), so the product is cut there.
    const shift = n + i;
    for (let j = Math.min(degree + shift, top); j >= shift; j--) counts[j] = ((counts[j] as number) - (counts[j - shift] as number)) as T;
    degree = Math.min(degree + shift, top);
    for (let j = i; j <= degree; j++) counts[j] = ((counts[j] as number) + (counts[j - i] as number)) as T;
    degree = i * n;
  }
  return counts;
}

function logChoose(n: number, k: number): number {
  let sum = 0;
  for (let i = 1; i <= k; i++) sum += Math.log((n - k + i) / i);
  return sum;
}

/** a / b for non-negative BigInts, correct to double precision however many bits they have. */
function bigRatio(a: bigint, b: bigint): number {
  const excess = b.toString(2).length - 1000;
  if (excess <= 0) return Number(a) / Number(b);
  const shift = BigInt(excess);
  return Number(a >> shift) / Number(b >> shift);
}

export interface WilcoxonOptions {
  /** 'auto' (default): exact when n <= 50 and no difference is zero or tied in absolute value, else 'approx'. */
  method?: 'auto' | 'exact' | 'approx';
  alternative?: Alternative;
}

export interface WilcoxonResult extends TestResult {
  method: 'exact' | 'approx';
  alternative: Alternative;
  /** Sum of the ranks of the positive differences. */
  rPlus: number;
  rMinus: number;
  /** Differences left after dropping zeros (zero_method='wilcox'). */
  n: number;
  zeros: number;
  /** Standardized statistic of the normal approximation (null for exact). */
  z: number | null;
  /** Matched-pairs rank-biserial correlation (R+ - R-) / (R+ + R-) (Kerby 2014). */
  rankBiserial: number | null;
}

/**
 * Wilcoxon signed-rank test of paired samples (d = x - y; y omitted means d = x), as SciPy 1.10's
 * scipy.stats.wilcoxon(x, y, zero_method='wilcox', correction=False, alternative, mode) defaults.
 *
 * Zero differences are dropped; |d| is ranked with average ranks; R+ and R- are the rank sums of the positive and
 * negative differences. The statistic is min(R+, R-) for two-sided, R+ for one-sided (SciPy's convention).
 * Exact: the distribution of R+ over the 2^n sign patterns; two-sided p = 2 min(P(R+ <= r), P(R+ >= r)), 1 at
 * the centre. Approx: z = (T - n(n+1)/4) / σ with σ² = (n(n+1)(2n+1) - Σ t(t²-1)/2) / 24 over tie groups,
 * no continuity correction.
 * 'auto' is exact for n <= 50 without zeros, as SciPy 1.10, and also requires no ties in |d|: SciPy 1.10
 * computes an "exact" p-value on the truncated half-integer R+ when |d| has ties, which is not a valid test;
 * modelgate uses the tie-corrected approximation there (what SciPy 1.12+ does).
 * Edge cases: no pairs, or every difference zero, give pValue null with a reason.
 * Reference: scipy.stats.wilcoxon.
 */
export function wilcoxon(x: Numbers, y?: Numbers, options: WilcoxonOptions = {}): WilcoxonResult {
  const first = finiteSample(x, 'x');
  // finiteSample copied x already: the one-sample form (millions of paired deltas) needs no second copy.
  const differences = y === undefined ? first : new Float64Array(first);
  if (y !== undefined) {
    const second = finiteSample(y, 'y');
    if (second.length !== first.length) throw new RangeError(`x and y must have the same length, got ${first.length} and ${second.length}`);
    for (let i = 0; i < first.length; i++) differences[i] = first[i] - second[i];
  }
  return wilcoxonReordering(differences, options);
}

/**
 * `wilcoxon(differences)` without the copy, for a caller that owns millions of differences and needs them no more:
 * reorders (and negates some of) `differences`. Throws, as wilcoxon does, on a value that is not finite.
 */
export function wilcoxonReordering(differences: Float64Array, options: WilcoxonOptions = {}): WilcoxonResult {
  for (let i = 0; i < differences.length; i++)
    if (!Number.isFinite(differences[i])) throw new RangeError(`x[${i}] must be a finite number, got ${String(differences[i])}`);
  const alternative = options.alternative ?? 'two-sided';
  // The zeros go out in place, and signedRankSums reorders what is left.
  let nonZeroCount = 0;
  for (let i = 0; i < differences.length; i++) if (differences[i] !== 0) differences[nonZeroCount++] = differences[i];
  const nonZero = differences.subarray(0, nonZeroCount);
  const zeros = differences.length - nonZero.length;
  const base = { rPlus: 0, rMinus: 0, n: nonZero.length, zeros, z: null, rankBiserial: null, alternative };
  if (differences.length === 0) return { ...base, statistic: null, pValue: null, method: 'approx', reason: 'no pairs' };
  if (nonZero.length === 0) return { ...base, statistic: null, pValue: null, method: 'approx', reason: 'every difference is zero' };
  const { rPlus, rMinus, tieTerm } = signedRankSums(nonZero);
  const tied = tieTerm > 0;
  const n = nonZero.length;
  const statistic = alternative === 'two-sided' ? Math.min(rPlus, rMinus) : rPlus;
  const effect = { rPlus, rMinus, rankBiserial: (rPlus - rMinus) / (rPlus + rMinus), statistic };
  const requested = options.method ?? 'auto';
  const method = requested === 'auto' ? (differences.length <= 50 && zeros === 0 && !tied ? 'exact' : 'approx') : requested;
  if (method === 'exact') {
    if (zeros > 0 || tied)
      throw new RangeError('the exact Wilcoxon p-value needs differences without zeros or ties; use method "auto" or "approx"');
    const pValue = exactSignedRankP(n, rPlus, alternative);
    return { ...base, ...effect, pValue: Math.min(1, pValue), method, z: null };
  }
  const mean = (n * (n + 1)) / 4;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1) - tieTerm / 2) / 24);
  const z = (statistic - mean) / sigma;
  const pValue = alternative === 'two-sided' ? 2 * normalSf(Math.abs(z)) : alternative === 'greater' ? normalSf(z) : normalCdf(z);
  return { ...base, ...effect, pValue: Math.min(1, pValue), method, z };
}

/**
 * The sums of the average ranks of |d| over the positive and the negative differences, and the tie term Σ(t³ - t):
 * the positive differences and the negated negative ones are moved apart within `nonZero` (the caller's own copy),
 * each part sorted in place (a typed-array sort, no index array or comparator: 5M pairs take about a second less,
 * and no second copy), and the two walked together, each run of equal |d| sharing its mean rank.
 */
function signedRankSums(nonZero: Float64Array): { rPlus: number; rMinus: number; tieTerm: number } {
  let split = 0;
  for (let i = 0; i < nonZero.length; i++) {
    const d = nonZero[i];
    if (d > 0) {
      nonZero[i] = nonZero[split];
      nonZero[split++] = d;
    }
  }
  for (let i = split; i < nonZero.length; i++) nonZero[i] = -nonZero[i];
  const positives = nonZero.subarray(0, split).sort();
  const negatives = nonZero.subarray(split).sort();
  let rPlus = 0;
  let rMinus = 0;
  let tieTerm = 0;
  let done = 0;
  for (let i = 0, j = 0; i < positives.length || j < negatives.length;) {
    const value = j === negatives.length || (i < positives.length && positives[i] <= negatives[j]) ? positives[i] : negatives[j];
    let p = 0;
    let q = 0;
    while (i + p < positives.length && positives[i + p] === value) p++;
    while (j + q < negatives.length && negatives[j + q] === value) q++;
    i += p;
    j += q;
    const t = p + q;
    const rank = done + (t + 1) / 2;
    rPlus += p * rank;
    rMinus += q * rank;
    tieTerm += t * t * t - t;
    done += t;
  }
  return { rPlus, rMinus, tieTerm };
}

/** The exact p-value of R+ = rPlus among n differences without zeros or ties. */
function exactSignedRankP(n: number, rPlus: number, alternative: Alternative): number {
  const pmf = signedRankDistribution(n);
  let below = 0;
  let above = 0;
  for (let r = 0; r < pmf.length; r++) {
    if (r <= rPlus) below += pmf[r];
    if (r >= rPlus) above += pmf[r];
  }
  if (alternative === 'greater') return above;
  if (alternative === 'less') return below;
  return rPlus === Math.floor((pmf.length - 1) / 2) ? 1 : 2 * Math.min(below, above);
}

/** P(R+ = r), r = 0..n(n+1)/2: subset sums of {1..n}, each of the 2^n sign patterns equally likely. */
function signedRankDistribution(n: number): Float64Array {
  const top = (n * (n + 1)) / 2;
  const counts = new Float64Array(top + 1);
  counts[0] = 1;
  for (let k = 1; k <= n; k++) for (let r = (k * (k + 1)) / 2; r >= k; r--) counts[r] += counts[r - k];
  const total = 2 ** n;
  return counts.map((c) => c / total);
}

export interface HodgesLehmannResult {
  /** Median of all differences x_i - y_j; null when a sample is empty. */
  estimate: number | null;
  /** Distribution-free interval [D_(k), D_(mn+1-k)] of the sorted differences; null when it does not exist. */
  interval: [number, number] | null;
  method: 'exact' | 'normal';
  /** The order statistic the interval starts at (1-based). */
  k: number | null;
}

/**
 * Hodges-Lehmann estimate of the shift between two samples, the median of the m n differences x_i - y_j, and its
 * distribution-free confidence interval, as R's wilcox.test(x, y, conf.int = TRUE): the interval's ends are the
 * differences of rank k and mn + 1 - k, with k the Mann-Whitney null quantile qwilcox(α/2, m, n) (at least 1) —
 * exact without ties when m n <= 2500, else the normal approximation k = ⌊mn/2 - z √(mn(m+n+1)/12)⌋ (no tie
 * correction; R refines that case with a root search).
 * Memory: O(m + n). The m n differences are never formed: the k-th smallest is found by bisecting on the value
 * (on the ordering of doubles, 64 steps) and counting the differences below it in O(m + n) with both samples sorted.
 * Reference: Hollander & Wolfe, Nonparametric Statistical Methods, 4.3; the fixtures sort the full difference
 * matrix with numpy and take k from scipy's own Mann-Whitney null distribution.
 */
export function hodgesLehmann(x: Numbers, y: Numbers, options: { level?: number } = {}): HodgesLehmannResult {
  const first = sortedSample(x, 'x');
  const second = sortedSample(y, 'y');
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  const m = first.length;
  const n = second.length;
  const total = m * n;
  const tied = new Set([...first, ...second]).size < m + n;
  const method = !tied && total <= 2500 ? 'exact' : 'normal';
  if (total === 0) return { estimate: null, interval: null, method, k: null };
  const kth = (rank: number) => kthDifference(first, second, rank);
  const estimate = total % 2 === 1 ? kth((total + 1) / 2) : (kth(total / 2) + kth(total / 2 + 1)) / 2;
  const alpha = 1 - level;
  const k =
    method === 'exact'
      ? exactLowerRank(m, n, alpha / 2)
      : Math.max(1, Math.floor(total / 2 - normalPpf(1 - alpha / 2) * Math.sqrt((total * (m + n + 1)) / 12)));
  if (k > total + 1 - k) return { estimate, interval: null, method, k };
  return { estimate, interval: [kth(k), kth(total + 1 - k)], method, k };
}

/** The smallest q >= 1 with P(U <= q) >= p under the null (R's qwilcox, raised to 1). */
function exactLowerRank(m: number, n: number, p: number): number {
  let low = 0;
  let high = m * n;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (1 - mannWhitneyExactSf(middle + 1, m, n) >= p) high = middle;
    else low = middle + 1;
  }
  return Math.max(1, low);
}

/** The number of differences x_i - y_j (both sorted ascending) that are <= t: O(m + n). */
function differencesAtMost(x: Float64Array, y: Float64Array, t: number): number {
  let count = 0;
  let j = 0;
  // x_i - y_j <= t holds from some j on; that j only moves right as x_i grows.
  for (let i = 0; i < x.length; i++) {
    while (j < y.length && !(x[i] - y[j] <= t)) j++;
    count += y.length - j;
  }
  return count;
}

const orderBits = new Float64Array(1);
const orderWords = new BigInt64Array(orderBits.buffer);
const SIGN = -(2n ** 63n);

/** A double as a signed 64-bit integer in the same order (NaN excluded). */
function orderKey(value: number): bigint {
  orderBits[0] = value;
  const bits = orderWords[0];
  return bits < 0n ? SIGN - bits - 1n : bits;
}

function fromOrderKey(key: bigint): number {
  orderWords[0] = key < 0n ? SIGN - key - 1n : key;
  return orderBits[0];
}

/** The rank-th smallest (1-based) difference x_i - y_j, by bisection on the ordering of doubles. */
function kthDifference(x: Float64Array, y: Float64Array, rank: number): number {
  let low = orderKey(x[0] - y[y.length - 1]);
  let high = orderKey(x[x.length - 1] - y[0]);
  while (low < high) {
    const middle = low + (high - low) / 2n;
    if (differencesAtMost(x, y, fromOrderKey(middle)) >= rank) high = middle;
    else low = middle + 1n;
  }
  return fromOrderKey(low);
}
