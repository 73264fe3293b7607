/**
 * Two-sample Kolmogorov-Smirnov test, with SciPy 1.10's choice between the exact distribution and the
 * asymptotic one (scipy.stats.ks_2samp(method='auto')), and the one-sample Kolmogorov distribution that the
 * asymptotic two-sided p-value uses (scipy.stats.kstwo).
 */
import { logGamma } from './distributions.js';
import { checkSortedSample, sortedSample, type Numbers } from './input.js';
import type { Alternative, TestResult } from './result.js';

/** Largest sample size for which 'auto' computes the exact p-value, as SciPy's MAX_AUTO_N. */
export const KS_EXACT_MAX_N = 10000;

export interface KsOptions {
  /** 'auto' (default): exact when both samples have at most 10,000 values, else asymptotic. */
  method?: 'auto' | 'exact' | 'asymp';
  alternative?: Alternative;
}

export interface KsResult extends TestResult {
  method: 'exact' | 'asymp';
  alternative: Alternative;
  n1: number;
  n2: number;
  /** Where the largest gap between the two empirical CDFs is (a value of the pooled sample). */
  location: number | null;
  /** +1 when the first sample's ECDF is above the second's at `location`, -1 when below. */
  sign: 1 | -1 | null;
}

/**
 * Two-sample Kolmogorov-Smirnov test of x and y.
 *
 * Statistic: D = sup_v |F1(v) - F2(v)| over the pooled values (two-sided), D+ = sup (F1 - F2) ('greater'),
 * D- = sup (F2 - F1) ('less'), with F1, F2 the empirical CDFs. Ties are allowed (the ECDFs are right-continuous).
 * Exact (both sizes <= 10,000 under 'auto'): D is snapped to h / lcm(n1, n2) with h = round(D lcm), as SciPy, and
 * p = P(D >= h / lcm) counts the monotone lattice paths from (0, 0) to (n1, n2) that leave the band
 * |i/n1 - j/n2| < h/lcm (one boundary for one-sided), as a running fraction so nothing overflows
 * (Hodges 1958; Viehmann 2021, arXiv:2102.08037). Ties make the exact p-value conservative, as in SciPy.
 * Asymptotic: two-sided p = kolmogorovSf(D, round(n1 n2 / (n1 + n2))) (halves to even, as numpy); one-sided Hodges (1958) eq. 5.3,
 * p = exp(-2z² - 2z(m + 2n) / (3 √(m n (m + n)))) with z = D √(m n / (m + n)), m >= n the sizes.
 * As SciPy 1.10, a one-sided exact request falls back to asymptotic when C(n1 + n2, n1) overflows a double.
 * Edge cases: an empty sample gives statistic and pValue null with a reason; so does the asymptotic two-sided
 * p-value of two single values (n1 n2 / (n1 + n2) rounds to 0; SciPy gives NaN).
 * Reference: scipy.stats.ks_2samp(x, y, alternative, method) in SciPy 1.10.
 */
export function ks2samp(x: Numbers, y: Numbers, options: KsOptions = {}): KsResult {
  return ks2sampOfSorted(sortedSample(x, 'x'), sortedSample(y, 'y'), options);
}

/**
 * `ks2samp` of two samples already sorted ascending (checked in one pass, never copied): for a caller that sorts
 * the same scores for other statistics too.
 */
export function ks2sampOfSorted(sortedX: Float64Array, sortedY: Float64Array, options: KsOptions = {}): KsResult {
  const first = checkSortedSample(sortedX, 'x');
  const second = checkSortedSample(sortedY, 'y');
  const alternative = options.alternative ?? 'two-sided';
  const n1 = first.length;
  const n2 = second.length;
  if (n1 === 0 || n2 === 0) {
    return { statistic: null, pValue: null, method: 'asymp', alternative, n1, n2, location: null, sign: null, reason: 'a sample is empty' };
  }
  const gap = largestGaps(first, second);
  const useMinus = alternative === 'less' || (alternative === 'two-sided' && gap.minus > gap.plus);
  let statistic = useMinus ? gap.minus : gap.plus;
  const location = useMinus ? gap.minusAt : gap.plusAt;
  const sign = useMinus ? -1 : 1;
  const requested = options.method ?? 'auto';
  let method: 'exact' | 'asymp' = requested === 'auto' ? (Math.max(n1, n2) <= KS_EXACT_MAX_N ? 'exact' : 'asymp') : requested;
  if (method === 'exact' && alternative !== 'two-sided' && n1 !== n2 && logChoose(n1 + n2, n1) > Math.log(Number.MAX_VALUE)) {
    method = 'asymp';
  }
  let pValue: number;
  if (method === 'exact') {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = Math.round(statistic * lcm);
    statistic = h / lcm;
    pValue = h === 0 ? 1 : exactTail(n1, n2, g, h, alternative === 'two-sided');
  } else {
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    const en = (m * n) / (m + n);
    if (alternative === 'two-sided') {
      const effective = roundHalfEven(en);
      if (effective === 0) {
        return {
          statistic,
          pValue: null,
          method,
          alternative,
          n1,
          n2,
          location,
          sign,
          reason: 'one value per sample: the asymptotic distribution needs more',
        };
      }
      pValue = kolmogorovSf(statistic, effective);
    } else {
      const z = Math.sqrt(en) * statistic;
      pValue = Math.exp(-2 * z * z - (2 * z * (m + 2 * n)) / Math.sqrt(m * n * (m + n)) / 3);
    }
  }
  return { statistic, pValue: Math.min(1, Math.max(0, pValue)), method, alternative, n1, n2, location, sign };
}

/** sup (F1 - F2) and sup (F2 - F1) (clipped at 0) over the pooled values, with where each is reached first. */
function largestGaps(first: Float64Array, second: Float64Array) {
  const n1 = first.length;
  const n2 = second.length;
  let plus = -Infinity;
  let plusAt = NaN;
  let lowest = Infinity;
  let lowestAt = NaN;
  let i = 0;
  let j = 0;
  while (i < n1 || j < n2) {
    const value = j >= n2 || (i < n1 && first[i] <= second[j]) ? first[i] : second[j];
    while (i < n1 && first[i] <= value) i++;
    while (j < n2 && second[j] <= value) j++;
    const difference = i / n1 - j / n2;
    if (difference > plus) {
      plus = difference;
      plusAt = value;
    }
    if (difference < lowest) {
      lowest = difference;
      lowestAt = value;
    }
  }
  return { plus, plusAt, minus: Math.min(1, Math.max(0, -lowest)), minusAt: lowestAt };
}

/**
 * P(D >= h / lcm) under the null: the share of the C(m+n, m) lattice paths from (0, 0) to (m, n) that touch
 * |i n/g - j m/g| >= h (two-sided) or i n/g - j m/g >= h (one-sided). q(i, j), the share of paths to (i, j)
 * that have left the band, is 1 outside it and (i q(i-1, j) + j q(i, j-1)) / (i + j) inside, a weighted mean of
 * values in [0, 1]: no binomial coefficient is ever formed, so neither overflow nor cancellation.
 */
function exactTail(n1: number, n2: number, g: number, h: number, twoSided: boolean): number {
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const mg = m / g;
  const ng = n / g;
  const q = new Float64Array(n + 1).fill(1);
  // column i holds j in [low, high]: ng i - mg j < h  ⇔  j > (ng i - h) / mg; and, two-sided, mg j - ng i < h.
  const bounds = (i: number): [number, number] => {
    const low = Math.max(0, Math.floor((ng * i - h) / mg) + 1);
    const high = twoSided ? Math.min(n, Math.ceil((ng * i + h) / mg) - 1) : n;
    return [low, high];
  };
  const [firstLow, firstHigh] = bounds(0);
  let high = firstHigh;
  for (let j = firstLow; j <= high; j++) q[j] = 0;
  for (let i = 1; i <= m; i++) {
    const [nextLow, nextHigh] = bounds(i);
    if (nextLow > nextHigh) return 1;
    for (let j = high + 1; j <= nextHigh; j++) q[j] = 1;
    for (let j = nextLow; j <= nextHigh; j++) {
      const left = j > high ? 1 : q[j];
      const below = j === 0 ? 0 : j - 1 < nextLow ? 1 : q[j - 1];
      q[j] = (i * left + j * below) / (i + j);
    }
    high = nextHigh;
  }
  return q[n];
}

/** Rounds halves to the even neighbour, as numpy.round: n1 = n2 = 1 gives 0, not 1. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  if (fraction !== 0.5) return Math.round(value);
  return floor % 2 === 0 ? floor : floor + 1;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function logChoose(n: number, k: number): number {
  let sum = 0;
  for (let i = 1; i <= Math.min(k, n - k); i++) sum += Math.log((n - Math.min(k, n - k) + i) / i);
  return sum;
}

/**
 * Upper tail P(D_n >= d) of the two-sided one-sample Kolmogorov statistic D_n = sup |F_n - F| for n values, by
 * Simard & L'Ecuyer's (2011) choice of method, as SciPy 1.10's scipy.stats.kstwo.sf(d, n):
 * nd <= 1/2: 1; nd <= 1: 1 - n!/n^n (2nd - 1)^n (Ruben & Gambino 1982); nd >= n - 1: 2 (1 - d)^n; d >= 1/2:
 * 2 smirnovSf(n, d); n <= 140: the Durbin matrix (Marsaglia, Tsang & Wang 2003) where n d² <= 4, else
 * 2 smirnovSf; n > 140: 0 from n d² >= 370, 2 smirnovSf from n d² >= 2.2, else 1 - cdf with the cdf from the
 * Durbin matrix where n <= 100,000 and n d^1.5 <= 1.4, from the Pelz-Good (1976) expansion otherwise.
 * (SciPy uses Pomeranz's recursion for 0.754693 < n d² <= 4 with n <= 140; the Durbin matrix is exact there
 * too and agrees to rounding.) Reference: scipy.stats.kstwo.sf.
 */
export function kolmogorovSf(d: number, n: number): number {
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (d >= 1) return 0;
  if (d <= 0) return 1;
  const t = n * d;
  if (t <= 0.5) return 1;
  if (t <= 1) {
    let logCdf = 0;
    for (let i = 1; i <= n; i++) logCdf += Math.log((i / n) * (2 * t - 1));
    return 1 - Math.exp(logCdf);
  }
  if (t >= n - 1) return 2 * (1 - d) ** n;
  if (d >= 0.5) return 2 * smirnovSf(n, d);
  const nd2 = t * d;
  if (n <= 140) return nd2 <= 4 ? 1 - durbinCdf(n, d) : 2 * smirnovSf(n, d);
  if (nd2 >= 370) return 0;
  if (nd2 >= 2.2) return Math.min(1, 2 * smirnovSf(n, d));
  const cdf = n <= 100000 && n * d ** 1.5 <= 1.4 ? durbinCdf(n, d) : pelzGoodCdf(n, d);
  return Math.min(1, Math.max(0, 1 - cdf));
}

/**
 * One-sided P(D+_n >= d), 0 < d < 1, by the Birnbaum-Tingey (1951) sum
 * d Σ_{j=0}^{⌊n(1-d)⌋} C(n, j) (1 - d - j/n)^(n-j) (d + j/n)^(j-1), every term positive and summed in log scale.
 * With a = j/n each term's logarithm is written so that its large parts cancel before rounding:
 * (n-j) log1p(-d/(1-a)) + j log1p(d/a) - log(d + a) + log d + ½ log(n / (2π j (n-j))) + δ(n) - δ(j) - δ(n-j),
 * δ being Stirling's error term, which keeps 1e-12 relative accuracy for n in the hundreds of thousands.
 * Reference: scipy.special.smirnov.
 */
export function smirnovSf(n: number, d: number): number {
  if (d >= 1) return 0;
  if (d <= 0) return 1;
  const last = Math.floor(n * (1 - d) + 1e-12);
  const logD = Math.log(d);
  const logs: number[] = [n * Math.log1p(-d)];
  for (let j = 1; j <= last; j++) {
    const a = j / n;
    if (1 - d - a <= 0) continue;
    logs.push(
      (n - j) * Math.log1p(-d / (1 - a)) +
        j * Math.log1p(d / a) -
        Math.log(d + a) +
        logD +
        0.5 * Math.log(n / (2 * Math.PI * j * (n - j))) +
        stirlingError(n) -
        stirlingError(j) -
        stirlingError(n - j),
    );
  }
  const largest = logs.reduce((a, b) => Math.max(a, b), -Infinity);
  let sum = 0;
  for (const term of logs) sum += Math.exp(term - largest);
  return Math.min(1, Math.exp(largest) * sum);
}

/** δ(k) = ln k! - (k + ½) ln k + k - ½ ln 2π, directly for small k, by its asymptotic series beyond 15. */
function stirlingError(k: number): number {
  if (k <= 15) return logGamma(k + 1) - (k + 0.5) * Math.log(k) + k - 0.5 * Math.log(2 * Math.PI);
  const r = 1 / (k * k);
  return (1 / 12 - r * (1 / 360 - r * (1 / 1260 - r * (1 / 1680 - r / 1188)))) / k;
}

/** P(D_n < d) by the Durbin matrix H^n (Marsaglia, Tsang & Wang 2003), with power-of-two rescaling. */
function durbinCdf(n: number, d: number): number {
  const k = Math.ceil(n * d);
  const h = k - n * d;
  const m = 2 * k - 1;
  const factorial = new Float64Array(m + 1);
  factorial[0] = 1;
  for (let i = 1; i <= m; i++) factorial[i] = factorial[i - 1] * i;
  let matrix: Float64Array = new Float64Array(m * m);
  for (let r = 0; r < m; r++) for (let c = 0; c < m; c++) if (r - c + 1 >= 0) matrix[r * m + c] = 1 / factorial[r - c + 1];
  for (let r = 0; r < m; r++) {
    matrix[r * m] -= h ** (r + 1) / factorial[r + 1];
    matrix[(m - 1) * m + r] -= h ** (m - r) / factorial[m - r];
  }
  // the corner was reduced twice above; add back the paths counted in both ((2h - 1)^m / m! when h > 1/2)
  matrix[(m - 1) * m] += Math.max(0, 2 * h - 1) ** m / factorial[m];
  let power: Float64Array | null = null;
  let powerExponent = 0;
  let matrixExponent = 0;
  const scale = 2 ** 128;
  for (let remaining = n; remaining > 0; remaining = Math.floor(remaining / 2)) {
    if (remaining % 2 === 1) {
      power = power === null ? Float64Array.from(matrix) : multiply(power, matrix, m);
      powerExponent += matrixExponent;
    }
    if (remaining > 1) {
      matrix = multiply(matrix, matrix, m);
      matrixExponent *= 2;
      if (Math.abs(matrix[(k - 1) * m + (k - 1)]) > scale) {
        for (let i = 0; i < matrix.length; i++) matrix[i] /= scale;
        matrixExponent += 128;
      }
    }
  }
  let p = power![(k - 1) * m + (k - 1)];
  let exponent = powerExponent;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < 1 / scale) {
      p *= scale;
      exponent -= 128;
    }
  }
  return p * 2 ** exponent;
}

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let r = 0; r < m; r++) {
    for (let s = 0; s < m; s++) {
      const factor = a[r * m + s];
      if (factor === 0) continue;
      for (let c = 0; c < m; c++) out[r * m + c] += factor * b[s * m + c];
    }
  }
  return out;
}

/**
 * P(D_n <= d) by Pelz & Good's (1976) expansion K0(z) + K1(z)/√n + K2(z)/n + K3(z)/n^1.5 in z = d √n, each
 * term in its theta-function form for small z (Simard & L'Ecuyer 2011, eq. 4.1-4.4).
 */
function pelzGoodCdf(n: number, d: number): number {
  const z = Math.sqrt(n) * d;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const pi2 = Math.PI ** 2;
  const pi4 = pi2 * pi2;
  const pi6 = pi4 * pi2;
  const logQ = -pi2 / 8 / z2;
  if (logQ < -708) return 0;
  const q = Math.exp(logQ);
  const maxK = Math.ceil((16 * z) / Math.PI);
  const sums = [0, 0, 0, 0];
  for (let k = maxK; k >= 1; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qPower = q ** (8 * k);
    const terms = [
      1,
      -z2 + (pi2 / 4) * m2,
      6 * z6 + 2 * z4 + ((2 * z4 - 5 * z2) * pi2 * m2) / 4 + (pi4 * (1 - 2 * z2) * m4) / 16,
      -30 * z6 -
        90 * z ** 8 +
        (pi2 * (135 * z4 - 96 * z6) * m2) / 4 +
        (pi4 * (-60 * z2 + 212 * z4) * m4) / 16 +
        (pi6 * (5 - 30 * z2) * m6) / 64,
    ];
    for (let i = 0; i < 4; i++) sums[i] = sums[i] * qPower + terms[i];
  }
  const root2pi = Math.sqrt(2 * Math.PI);
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  const k = sums.map((s, i) => (s * q * root2pi) / divisors[i]);
  const q2 = Math.exp(-pi2 / 2 / z2);
  let extra2 = 0;
  let extra3 = 0;
  for (let j = maxK; j >= 1; j--) {
    const weight = j * j * q2 ** (j * j);
    extra2 += weight;
    extra3 += (3 * z2 - pi2 * j * j) * weight;
  }
  k[2] += (extra2 * pi2 * root2pi) / (-36 * z ** 3);
  k[3] += (extra3 * pi2 * root2pi) / (216 * z6);
  return k[0] + k[1] / Math.sqrt(n) + k[2] / n + k[3] / n ** 1.5;
}
