/**
 * Distribution functions for the statistical tests: normal, chi-square, Student t and binomial, built on the
 * regularized incomplete gamma and beta functions. Upper tails (sf) are computed directly, never as 1 - cdf,
 * so p-values keep their relative accuracy down to 1e-300 (tested against SciPy 1.10 at 1e-9 relative).
 *
 * Arguments must be finite numbers (RangeError otherwise), except the quantile probabilities 0 and 1, which
 * give -Infinity and Infinity as in SciPy.
 */
import { count, finiteNumber, numberIn, positiveNumber } from './input.js';

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const LOG_SQRT_2PI = 0.9189385332046728; // ln(sqrt(2 pi)) to double precision
const EPSILON = 1e-16;
const TINY = 1e-300;

/**
 * ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; about 1e-15 relative). Reference: scipy.special.gammaln.
 * Below 0.5 it uses the reflection Γ(x)Γ(1-x) = π / sin(πx).
 */
export function logGamma(x: number): number {
  positiveNumber(x, 'x');
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return LOG_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) - ln Γ(a + b). Reference: scipy.special.betaln. */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** x^a e^-x / Γ(a), the common factor of both incomplete gamma expansions. */
function gammaFront(a: number, x: number): number {
  return Math.exp(a * Math.log(x) - x - logGamma(a));
}

/** P(a, x) by its power series; converges quickly for x < a + 1. */
function lowerGammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < 100000; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum * gammaFront(a, x);
}

/** Q(a, x) by its continued fraction (modified Lentz); converges quickly for x >= a + 1. */
function upperGammaFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h * gammaFront(a, x);
}

/**
 * Regularized lower incomplete gamma P(a, x) = γ(a, x) / Γ(a), a > 0, x >= 0. Reference: scipy.special.gammainc.
 */
export function gammaP(a: number, x: number): number {
  positiveNumber(a, 'a');
  if (finiteNumber(x, 'x') < 0) throw new RangeError(`x must be >= 0, got ${x}`);
  if (x === 0) return 0;
  return x < a + 1 ? lowerGammaSeries(a, x) : 1 - upperGammaFraction(a, x);
}

/**
 * Regularized upper incomplete gamma Q(a, x) = 1 - P(a, x), computed directly in the upper tail.
 * Reference: scipy.special.gammaincc.
 */
export function gammaQ(a: number, x: number): number {
  positiveNumber(a, 'a');
  if (finiteNumber(x, 'x') < 0) throw new RangeError(`x must be >= 0, got ${x}`);
  if (x === 0) return 1;
  return x < a + 1 ? 1 - lowerGammaSeries(a, x) : upperGammaFraction(a, x);
}

/** Continued fraction of I_x(a, b) (Numerical Recipes' betacf, modified Lentz); y = 1 - x. */
function betaFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 100000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return h;
}

/**
 * I_x(a, b) and its complement 1 - I_x(a, b), each accurate in its own tail. `y` is 1 - x, passed separately so
 * callers that know it exactly (t with t^2 / (df + t^2), binomial with p) do not lose digits to 1 - x.
 */
function betaBoth(a: number, b: number, x: number, y: number): { lower: number; upper: number } {
  if (x <= 0) return { lower: 0, upper: 1 };
  if (y <= 0) return { lower: 1, upper: 0 };
  const front = Math.exp(a * Math.log(x) + b * Math.log(y) - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (front * betaFraction(a, b, x)) / a;
    return { lower, upper: 1 - lower };
  }
  const upper = (front * betaFraction(b, a, y)) / b;
  return { lower: 1 - upper, upper };
}

/**
 * Regularized incomplete beta I_x(a, b) = B(x; a, b) / B(a, b), a, b > 0, 0 <= x <= 1.
 * Reference: scipy.special.betainc.
 */
export function betaI(a: number, b: number, x: number): number {
  positiveNumber(a, 'a');
  positiveNumber(b, 'b');
  numberIn(x, 0, 1, 'x');
  return betaBoth(a, b, x, 1 - x).lower;
}

/**
 * Standard normal upper tail Φ̄(z) = P(Z > z) = Q(1/2, z²/2) / 2 for z >= 0, 1 - that for z < 0.
 * Reference: scipy.stats.norm.sf.
 */
export function normalSf(z: number): number {
  finiteNumber(z, 'z');
  if (z === 0) return 0.5;
  const half = gammaQ(0.5, (z * z) / 2) / 2;
  return z > 0 ? half : 1 - half;
}

/** Standard normal Φ(z) = P(Z <= z) = normalSf(-z). Reference: scipy.stats.norm.cdf. */
export function normalCdf(z: number): number {
  return normalSf(-finiteNumber(z, 'z'));
}

/** Standard normal density φ(z) = exp(-z²/2) / √(2π). Reference: scipy.stats.norm.pdf. */
export function normalPdf(z: number): number {
  return Math.exp(-(finiteNumber(z, 'z') ** 2) / 2 - LOG_SQRT_2PI);
}

/**
 * Standard normal quantile Φ⁻¹(p), 0 <= p <= 1 (0 and 1 give ∓Infinity). Abramowitz & Stegun 26.2.23 as the
 * starting point, then Newton steps on ln Φ(x) - ln p until the step is below 1e-15 relative, on the lower half
 * (the upper half by symmetry, 1 - p being exact there). Reference: scipy.stats.norm.ppf (scipy.special.ndtri).
 */
export function normalPpf(p: number): number {
  numberIn(p, 0, 1, 'p');
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (p > 0.5) return -lowerNormalQuantile(1 - p);
  return lowerNormalQuantile(p);
}

function lowerNormalQuantile(p: number): number {
  const t = Math.sqrt(-2 * Math.log(p));
  let x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
  const logP = Math.log(p);
  for (let i = 0; i < 100; i++) {
    const cdf = normalSf(-x);
    const step = ((Math.log(cdf) - logP) * cdf) / normalPdf(x);
    x -= step;
    if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(x))) break;
  }
  return x;
}

/** Chi-square upper tail P(X > x) = Q(df/2, x/2), df > 0; 1 for x <= 0. Reference: scipy.stats.chi2.sf. */
export function chiSquareSf(x: number, df: number): number {
  finiteNumber(x, 'x');
  positiveNumber(df, 'df');
  return x <= 0 ? 1 : gammaQ(df / 2, x / 2);
}

/** Chi-square P(X <= x) = P(df/2, x/2). Reference: scipy.stats.chi2.cdf. */
export function chiSquareCdf(x: number, df: number): number {
  finiteNumber(x, 'x');
  positiveNumber(df, 'df');
  return x <= 0 ? 0 : gammaP(df / 2, x / 2);
}

/**
 * Student t upper tail P(T > t) with df > 0 degrees of freedom: I_{df/(df+t²)}(df/2, 1/2) / 2 for t >= 0, one
 * minus that for t < 0. df = Infinity is the normal. Reference: scipy.stats.t.sf.
 */
export function studentTSf(t: number, df: number): number {
  finiteNumber(t, 't');
  if (df === Infinity) return normalSf(t);
  positiveNumber(df, 'df');
  if (t === 0) return 0.5;
  const t2 = t * t;
  const half = betaBoth(df / 2, 0.5, df / (df + t2), t2 / (df + t2)).lower / 2;
  return t > 0 ? half : 1 - half;
}

/** Student t P(T <= t) = studentTSf(-t, df). Reference: scipy.stats.t.cdf. */
export function studentTCdf(t: number, df: number): number {
  return studentTSf(-finiteNumber(t, 't'), df);
}

/**
 * Binomial P(X <= k) for X ~ Binomial(n, p): I_{1-p}(n - k, k + 1) for 0 <= k < n (k is floored, as SciPy
 * does), 0 below 0, 1 from n. Reference: scipy.stats.binom.cdf.
 */
export function binomialCdf(k: number, n: number, p: number): number {
  return binomialTails(k, n, p).cdf;
}

/** Binomial P(X > k) = I_p(k + 1, n - k), computed directly in the upper tail. Reference: scipy.stats.binom.sf. */
export function binomialSf(k: number, n: number, p: number): number {
  return binomialTails(k, n, p).sf;
}

/** Binomial P(X = k) = C(n, k) p^k (1-p)^(n-k) for integer k. Reference: scipy.stats.binom.pmf. */
export function binomialPmf(k: number, n: number, p: number): number {
  count(n, 'n');
  numberIn(p, 0, 1, 'p');
  finiteNumber(k, 'k');
  if (!Number.isInteger(k) || k < 0 || k > n) return 0;
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  const logChoose = logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
  return Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

function binomialTails(k: number, n: number, p: number): { cdf: number; sf: number } {
  count(n, 'n');
  numberIn(p, 0, 1, 'p');
  const floor = Math.floor(finiteNumber(k, 'k'));
  if (floor < 0) return { cdf: 0, sf: 1 };
  if (floor >= n) return { cdf: 1, sf: 0 };
  const { lower, upper } = betaBoth(floor + 1, n - floor, p, 1 - p);
  return { cdf: upper, sf: lower };
}
