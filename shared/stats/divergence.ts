/**
 * Distances between distributions and agreement between raters: population stability index, Jensen-Shannon
 * distance, the 1-D Wasserstein distance and Cohen's kappa. They are measures, not tests: each returns
 * `{ value, method }`, with value null and a `reason` when the input gives the measure no meaning.
 */
import { checkSortedSample, finiteNumber, finiteSample, type Numbers } from './input.js';

export interface MeasureResult {
  /** The measure, or null when the input is degenerate (then `reason` says why). */
  value: number | null;
  method: string;
  reason?: string;
}

/** The proportion PSI puts in an empty bin unless told otherwise (a common choice; state it in reports). */
export const PSI_EPSILON = 1e-4;

/**
 * Counts of `values` in the bins cut at the increasing points `cuts`: bin 0 is (-∞, cuts[0]), bin k is
 * [cuts[k-1], cuts[k]), the last is [cuts[K-2], ∞). K = cuts.length + 1 bins, so every finite value has a bin.
 */
export function binCounts(values: Numbers, cuts: Numbers): number[] {
  const sample = finiteSample(values, 'values');
  const points = finiteSample(cuts, 'cuts');
  for (let k = 1; k < points.length; k++) {
    if (!(points[k] > points[k - 1]))
      throw new RangeError(`cuts must be strictly increasing, cuts[${k}] = ${points[k]} after ${points[k - 1]}`);
  }
  const counts = new Array<number>(points.length + 1).fill(0);
  for (const value of sample) {
    let low = 0;
    let high = points.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (points[middle] <= value) low = middle + 1;
      else high = middle;
    }
    counts[low]++;
  }
  return counts;
}

/** `binCounts` of values already sorted ascending: a binary search per cut instead of one per value. */
export function binCountsOfSorted(sorted: Float64Array, cuts: Numbers): number[] {
  checkSortedSample(sorted, 'sorted');
  const points = finiteSample(cuts, 'cuts');
  const counts: number[] = [];
  let start = 0;
  for (let k = 0; k < points.length; k++) {
    if (k > 0 && !(points[k] > points[k - 1]))
      throw new RangeError(`cuts must be strictly increasing, cuts[${k}] = ${points[k]} after ${points[k - 1]}`);
    // The first value at or above the cut: values below it fall in bin k (a value equal to a cut goes above it).
    let low = start;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle] < points[k]) low = middle + 1;
      else high = middle;
    }
    counts.push(low - start);
    start = low;
  }
  counts.push(sorted.length - start);
  return counts;
}

/**
 * Population stability index of `actual` against `expected`, both counts (or weights) over the same bins:
 * PSI = Σ_k (a_k - e_k) ln(a_k / e_k) with a_k, e_k each bin's share of its total. A share of 0 is replaced by
 * `epsilon` (default PSI_EPSILON = 1e-4, shares not renormalized), since ln 0 would make one empty bin decide
 * the index. Usual reading: < 0.1 stable, 0.1-0.25 moderate shift, > 0.25 large shift.
 * Edge cases: a side with total 0 gives null with a reason; the bins must be equal in number (RangeError).
 * Reference: Yurdakul (2018), "Statistical properties of population stability index"; no SciPy function, the
 * fixtures compute it with numpy.
 */
export function psi(expected: Numbers, actual: Numbers, options: { epsilon?: number } = {}): MeasureResult {
  const reference = nonNegative(expected, 'expected');
  const current = nonNegative(actual, 'actual');
  const epsilon = finiteNumber(options.epsilon ?? PSI_EPSILON, 'epsilon');
  if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`epsilon must be in (0, 1), got ${epsilon}`);
  if (reference.length !== current.length)
    throw new RangeError(`expected and actual must have the same bins, got ${reference.length} and ${current.length}`);
  const method = `psi (empty-bin share ${epsilon})`;
  const expectedTotal = sum(reference);
  const actualTotal = sum(current);
  if (reference.length === 0 || expectedTotal === 0 || actualTotal === 0)
    return { value: null, method, reason: 'a distribution has no mass' };
  let value = 0;
  for (let k = 0; k < reference.length; k++) {
    const e = reference[k] / expectedTotal || epsilon;
    const a = current[k] / actualTotal || epsilon;
    value += (a - e) * Math.log(a / e);
  }
  return { value, method };
}

/**
 * Jensen-Shannon distance between two discrete distributions p and q over the same support (non-negative weights,
 * each normalized to sum 1): √(JS), JS = (KL(p ‖ m) + KL(q ‖ m)) / 2 with m = (p + q) / 2, logarithms in `base`
 * (default 2, so the distance is in [0, 1]). Terms with p_k = 0 contribute 0.
 * Edge cases: a side with total 0 gives null with a reason; lengths must match (RangeError).
 * Reference: scipy.spatial.distance.jensenshannon(p, q, base=2).
 */
export function jensenShannon(p: Numbers, q: Numbers, options: { base?: number } = {}): MeasureResult {
  const left = nonNegative(p, 'p');
  const right = nonNegative(q, 'q');
  const base = finiteNumber(options.base ?? 2, 'base');
  if (!(base > 0 && base !== 1)) throw new RangeError(`base must be > 0 and not 1, got ${base}`);
  if (left.length !== right.length) throw new RangeError(`p and q must have the same length, got ${left.length} and ${right.length}`);
  const method = `jensen-shannon distance (base ${base})`;
  const leftTotal = sum(left);
  const rightTotal = sum(right);
  if (left.length === 0 || leftTotal === 0 || rightTotal === 0) return { value: null, method, reason: 'a distribution has no mass' };
  let divergence = 0;
  for (let k = 0; k < left.length; k++) {
    const a = left[k] / leftTotal;
    const b = right[k] / rightTotal;
    const m = (a + b) / 2;
    if (a > 0) divergence += a * Math.log(a / m);
    if (b > 0) divergence += b * Math.log(b / m);
  }
  return { value: Math.sqrt(Math.max(0, divergence / Math.log(base) / 2)), method };
}

/**
 * First Wasserstein (earth mover's) distance between two 1-D empirical distributions, optionally weighted:
 * W1 = ∫ |U(x) - V(x)| dx = Σ_i |U(x_i) - V(x_i)| (x_{i+1} - x_i) over the sorted pooled values, U and V the
 * (weighted) empirical CDFs. Weights must be finite, non-negative, one per value, with a positive total.
 * Edge case: an empty sample gives null with a reason.
 * Reference: scipy.stats.wasserstein_distance(u_values, v_values, u_weights, v_weights).
 */
export function wasserstein(u: Numbers, v: Numbers, uWeights?: Numbers, vWeights?: Numbers): MeasureResult {
  const method = 'wasserstein-1';
  const first = weightedSorted(u, uWeights, 'u');
  const second = weightedSorted(v, vWeights, 'v');
  if (first === null || second === null) return { value: null, method, reason: 'a sample is empty' };
  const pooled = Float64Array.from([...first.values, ...second.values]).sort();
  let i = 0;
  let j = 0;
  let value = 0;
  for (let k = 0; k + 1 < pooled.length; k++) {
    while (i < first.values.length && first.values[i] <= pooled[k]) i++;
    while (j < second.values.length && second.values[j] <= pooled[k]) j++;
    value += Math.abs(first.cumulative[i] / first.total - second.cumulative[j] / second.total) * (pooled[k + 1] - pooled[k]);
  }
  return { value, method };
}

function weightedSorted(values: Numbers, weights: Numbers | undefined, name: string) {
  const sample = finiteSample(values, `${name}`);
  if (sample.length === 0) return null;
  const weight = weights === undefined ? new Float64Array(sample.length).fill(1) : nonNegative(weights, `${name}Weights`);
  if (weight.length !== sample.length)
    throw new RangeError(`${name}Weights must have one weight per value, got ${weight.length} for ${sample.length}`);
  const order = Array.from(sample.keys()).sort((a, b) => sample[a] - sample[b]);
  const cumulative = new Float64Array(sample.length + 1);
  for (let k = 0; k < order.length; k++) cumulative[k + 1] = cumulative[k] + weight[order[k]];
  const total = cumulative[sample.length];
  if (!(total > 0)) throw new RangeError(`${name}Weights must have a positive total`);
  return { values: Float64Array.from(order, (k) => sample[k]), cumulative, total };
}

/**
 * Cohen's kappa between two raters' labels (numbers or strings, one pair per item):
 * κ = 1 - Σ w_ij O_ij / Σ w_ij E_ij, with O the confusion matrix over the sorted union of labels, E the outer
 * product of its margins over N, and weights w_ij = [i ≠ j] (unweighted), |i - j| ('linear') or (i - j)²
 * ('quadratic'), i and j being positions in the sorted labels (numbers numerically, strings by code unit).
 * Edge cases: no items, or Σ w E = 0 (both raters always give one and the same label) give null with a reason.
 * Reference: sklearn.metrics.cohen_kappa_score(y1, y2, weights).
 */
export function cohenKappa(
  rater1: ArrayLike<number | string>,
  rater2: ArrayLike<number | string>,
  options: { weights?: 'linear' | 'quadratic' } = {},
): MeasureResult {
  if (rater1.length !== rater2.length)
    throw new RangeError(`rater1 and rater2 must label the same items, got ${rater1.length} and ${rater2.length}`);
  const method = `cohen kappa (${options.weights ?? 'unweighted'})`;
  const labels = new Set<number | string>();
  for (const [name, ratings] of [
    ['rater1', rater1],
    ['rater2', rater2],
  ] as const) {
    for (let k = 0; k < ratings.length; k++) {
      const label = ratings[k];
      if (typeof label === 'number' ? !Number.isFinite(label) : typeof label !== 'string') {
        throw new RangeError(`${name}[${k}] must be a finite number or a string, got ${String(label)}`);
      }
      labels.add(label);
    }
  }
  const sorted = [...labels];
  const numeric = sorted.every((label) => typeof label === 'number');
  if (!numeric && sorted.some((label) => typeof label === 'number')) throw new RangeError('labels must be all numbers or all strings');
  sorted.sort(numeric ? (a, b) => (a as number) - (b as number) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (rater1.length === 0) return { value: null, method, reason: 'no items' };
  const index = new Map(sorted.map((label, k) => [label, k]));
  const size = sorted.length;
  const confusion = new Float64Array(size * size);
  for (let k = 0; k < rater1.length; k++) confusion[index.get(rater1[k])! * size + index.get(rater2[k])!]++;
  return kappaOfConfusion(confusion, size, options.weights, method);
}

/**
 * Cohen's kappa of a size x size confusion matrix (row-major, rater1 by rows, labels in sorted order), as
 * `cohenKappa` computes it from the ratings: for callers that already count the pairs.
 */
export function cohenKappaOfConfusion(
  confusion: Float64Array,
  size: number,
  options: { weights?: 'linear' | 'quadratic' } = {},
): MeasureResult {
  const method = `cohen kappa (${options.weights ?? 'unweighted'})`;
  let total = 0;
  for (const count of confusion) total += count;
  if (total === 0) return { value: null, method, reason: 'no items' };
  return kappaOfConfusion(confusion, size, options.weights, method);
}

function kappaOfConfusion(
  confusion: Float64Array,
  size: number,
  weights: 'linear' | 'quadratic' | undefined,
  method: string,
): MeasureResult {
  const rows = new Float64Array(size);
  const columns = new Float64Array(size);
  let total = 0;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      rows[i] += confusion[i * size + j];
      columns[j] += confusion[i * size + j];
      total += confusion[i * size + j];
    }
  }
  const weight = (i: number, j: number) =>
    weights === 'linear' ? Math.abs(i - j) : weights === 'quadratic' ? (i - j) ** 2 : i === j ? 0 : 1;
  let observed = 0;
  let chance = 0;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      observed += weight(i, j) * confusion[i * size + j];
      chance += (weight(i, j) * rows[i] * columns[j]) / total;
    }
  }
  if (!(chance > 0)) return { value: null, method, reason: 'agreement by chance is certain (a single label)' };
  return { value: 1 - observed / chance, method };
}

function nonNegative(values: Numbers, name: string): Float64Array {
  const copy = finiteSample(values, name);
  copy.forEach((value, k) => {
    if (value < 0) throw new RangeError(`${name}[${k}] must be >= 0, got ${value}`);
  });
  return copy;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
