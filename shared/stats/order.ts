/**
 * Order statistics without a full sort: a few quantiles of millions of values cost a partial partition (about 3n
 * comparisons) instead of an n log n sort. The values are reordered in place, as numpy.partition does.
 */
import { numpyLerp } from './bootstrap.js';

/**
 * The values at the given 0-based ranks of `values` sorted ascending, leaving `values` partitioned around them.
 * Introselect: a quickselect on every rank at once, pivots the median of three spread positions; a range that
 * needs more than 2 log2(n) partitions (values arranged against the pivot rule) is sorted instead, so the worst
 * case stays n log n. NaN must not be among the values (it has no rank).
 */
export function selectRanks(values: Float64Array, ranks: readonly number[]): number[] {
  const n = values.length;
  for (const rank of ranks)
    if (!Number.isInteger(rank) || rank < 0 || rank >= n) throw new RangeError(`rank ${rank} is outside 0..${n - 1}`);
  const wanted = [...new Set(ranks)].sort((a, b) => a - b);
  const budget = 2 * Math.ceil(Math.log2(n + 1));
  select(values, 0, n - 1, wanted, 0, wanted.length, budget);
  return ranks.map((rank) => values[rank]);
}

/** Puts the values of ranks wanted[from..to) in place within values[low..high]. */
function select(values: Float64Array, low: number, high: number, wanted: number[], from: number, to: number, budget: number): void {
  while (from < to && high - low > 16) {
    if (budget-- === 0) {
      values.subarray(low, high + 1).sort();
      return;
    }
    const [lessEnd, greaterStart] = partition(values, low, high);
    // Ranks in [lessEnd, greaterStart) hold the pivot's value and are final.
    let split = from;
    while (split < to && wanted[split] < lessEnd) split++;
    let after = split;
    while (after < to && wanted[after] < greaterStart) after++;
    if (split - from < to - after) {
      select(values, low, lessEnd - 1, wanted, from, split, budget);
      [low, from] = [greaterStart, after];
    } else {
      select(values, greaterStart, high, wanted, after, to, budget);
      [high, to] = [lessEnd - 1, split];
    }
  }
  if (from < to && high > low) values.subarray(low, high + 1).sort();
}

/**
 * Three-way partition of values[low..high] around the median of its first, middle and last values: returns
 * [lessEnd, greaterStart] with values[low..lessEnd) < pivot, values[lessEnd..greaterStart) = pivot, the rest >.
 * Equal values gather in the middle, so a column of repeated values (latencies in whole milliseconds) partitions
 * in one pass.
 */
function partition(values: Float64Array, low: number, high: number): [number, number] {
  const middle = low + ((high - low) >> 1);
  const [a, b, c] = [values[low], values[middle], values[high]];
  const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
  let lt = low;
  let gt = high;
  let i = low;
  while (i <= gt) {
    const value = values[i];
    if (value < pivot) {
      values[i++] = values[lt];
      values[lt++] = value;
    } else if (value > pivot) {
      values[i] = values[gt];
      values[gt--] = value;
    } else i++;
  }
  return [lt, gt + 1];
}

/**
 * numpy.quantile(values, qs, method='linear') by selection: the two order statistics around each quantile's
 * position, interpolated as `quantileLinear` does. Reorders `values`; they must not hold NaN.
 */
export function quantilesBySelection(values: Float64Array, qs: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) throw new RangeError('no values to take quantiles of');
  const positions = qs.map((q) => (n - 1) * q);
  const ranks = positions.flatMap((position) => {
    const below = Math.min(n - 1, Math.floor(position));
    return [below, Math.min(n - 1, below + 1)];
  });
  const picked = selectRanks(values, ranks);
  return positions.map((position, k) =>
    position >= n - 1 ? picked[2 * k] : numpyLerp(picked[2 * k], picked[2 * k + 1], position - Math.floor(position)),
  );
}
