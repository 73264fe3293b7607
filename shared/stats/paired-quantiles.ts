/**
 * Paired Poisson bootstrap of quantile differences (shadow - production) over millions of pairs: exact in
 * distribution, without a weight for every pair in every replicate.
 *
 * Replicate r gives pair i a weight w_i ~ Poisson(1) (the same for both of its sides) and takes each side's
 * quantile of the resample, each value repeated w_i times, as numpy.quantile (linear) would. Such a quantile depends
 * on the weights only through the total weight and the weight of each value near the quantile's rank. So each
 * side's values are cut into bins: every distinct value within a window of ranks around each quantile,
 * (n - 1) q ± 6 sqrt(n q (1 - q)) ± 2 (widened to whole runs of equal values), is a bin of its own, and the values
 * between windows make one bin each (gaps). The pairs with the same bin on both sides (a cell) are interchangeable in
 * every resample, and the sum of m Poisson(1) weights is Poisson(m), so each replicate draws a cell's weight once:
 *   - a cell of fewer than SMALL_CELL pairs: the sum of its members' Poisson(1) weights from poissonWeights (evaluate's
 *     row weights), member j of a cell keyed by its place among the members of all such cells in (production bin,
 *     shadow bin) order;
 *   - a larger cell (the few gap x gap cells hold nearly every pair): one Poisson(m) draw (poissonDraw) from a
 *     uniform stream keyed by the cell.
 * That is the same joint distribution as drawing every pair's weight. A replicate whose quantile falls outside the
 * windows (probability about 1e-9 each at 6 standard deviations) makes the whole computation start over with windows
 * twice as wide, up to the whole data. Everything is a function of (values, seed, replicates), never of pair order,
 * so sharded comparisons merge into the single pass's intervals.
 *
 * Memory: a copy of one side's values while its bins are cut, a bin code a pair, the cells of the windows, and a few
 * arrays of `replicates` numbers; never replicates x pairs. Time: two selections a side, one pass over the pairs,
 * and (window pairs + cells) x replicates.
 */
import { numpyLerp, percentileInterval, poissonDraw, poissonWeights, uniformStream } from './bootstrap.js';
import { quantilesBySelection, selectRanks } from './order.js';

export interface PairedQuantileOptions {
  replicates: number;
  seed: number;
  level: number;
}

export interface PairedQuantiles {
  /** numpy.quantile (linear) of each side at each q. */
  production: number[];
  shadow: number[];
  /** Per q, the percentile interval of shadow - production over the replicates; null without replicates. */
  intervals: ([number, number] | null)[];
  /** Half-width of the windows, in standard deviations of the rank: 6, or wider when a replicate fell outside them. */
  windowSds: number;
  /** Cells whose weights were drawn per replicate. */
  cells: number;
}

const WINDOW_SDS = 6;
/** Cells from this many pairs on take one Poisson(m) draw a replicate instead of m Poisson(1) weights. */
export const SMALL_CELL = 16;

export function pairedQuantileDeltas(
  production: Float64Array,
  shadow: Float64Array,
  qs: readonly number[],
  options: PairedQuantileOptions,
): PairedQuantiles {
  const n = production.length;
  if (shadow.length !== n) throw new RangeError('paired quantiles need as many shadow values as production values');
  if (n === 0) throw new RangeError('no pairs to take quantiles of');
  const { replicates, seed } = options;
  if (!Number.isInteger(replicates) || replicates < 0) throw new RangeError(`replicates must be an integer >= 0, got ${replicates}`);
  const points = { production: quantilesBySelection(production.slice(), qs), shadow: quantilesBySelection(shadow.slice(), qs) };
  if (replicates === 0) return { ...points, intervals: qs.map(() => null), windowSds: 0, cells: 0 };
  for (let sds = WINDOW_SDS; ; sds *= 2) {
    const whole = qs.every((q) => sds * Math.sqrt(n * q * (1 - q)) >= n);
    const attempt = bootstrapWithin(production, shadow, qs, replicates, seed, whole ? Infinity : sds);
    if (attempt !== null) {
      const intervals = attempt.deltas.map((deltas) => percentileInterval(deltas, options.level));
      return { ...points, intervals, windowSds: sds, cells: attempt.cells };
    }
  }
}

/** One side's bins: gaps and window values alternating, ascending. */
interface SideBins {
  /** Windows as closed value ranges, ascending, disjoint. */
  low: number[];
  high: number[];
  /** Distinct values of each window, ascending, and the bin of the first. */
  values: Float64Array[];
  start: number[];
  /** Bin of gap k, below window k (the last gap above every window). */
  gapBin: number[];
  /** Per bin: its value, NaN for a gap. */
  binValue: Float64Array;
}

/** Rank windows around each quantile, merged where they meet (in rank or, through ties, in value). */
function sideBins(values: Float64Array, qs: readonly number[], sds: number): SideBins {
  const n = values.length;
  const ranges = qs
    .map((q) => {
      const half = sds * Math.sqrt(n * q * (1 - q));
      const centre = (n - 1) * q;
      return [Math.max(0, Math.floor(centre - half) - 2), Math.min(n - 1, Math.ceil(centre + half) + 2)];
    })
    .sort((a, b) => a[0] - b[0]);
  const merged: number[][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const copy = values.slice();
  selectRanks(copy, merged.flat());
  const windows: { low: number; high: number; values: Float64Array }[] = [];
  for (const [lo, hi] of merged) {
    const inside = copy.slice(lo, hi + 1).sort();
    const previous = windows[windows.length - 1];
    if (previous && inside[0] <= previous.high) {
      previous.values = distinct(Float64Array.from([...previous.values, ...inside]).sort());
      previous.high = Math.max(previous.high, inside[inside.length - 1]);
    } else windows.push({ low: inside[0], high: inside[inside.length - 1], values: distinct(inside) });
  }
  const bins: SideBins = { low: [], high: [], values: [], start: [], gapBin: [], binValue: new Float64Array(0) };
  let count = 0;
  for (const window of windows) {
    bins.gapBin.push(count++);
    bins.low.push(window.low);
    bins.high.push(window.high);
    bins.values.push(window.values);
    bins.start.push(count);
    count += window.values.length;
  }
  bins.gapBin.push(count++);
  bins.binValue = new Float64Array(count).fill(NaN);
  bins.values.forEach((vs, k) => bins.binValue.set(vs, bins.start[k]));
  return bins;
}

function distinct(sorted: Float64Array): Float64Array {
  let k = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[k - 1]) sorted[k++] = sorted[i];
  return sorted.slice(0, k);
}

function binOf(bins: SideBins, value: number): number {
  const { low, high } = bins;
  for (let k = 0; k < low.length; k++) {
    if (value < low[k]) return bins.gapBin[k];
    if (value <= high[k]) return bins.start[k] + lowerBound(bins.values[k], value);
  }
  return bins.gapBin[low.length];
}

function lowerBound(sorted: Float64Array, value: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Pairs grouped by (production bin, shadow bin), in that order. */
interface Cells {
  productionBin: Int32Array;
  shadowBin: Int32Array;
  size: Float64Array;
  /** Small cells: the key of their first member's Poisson(1) weights; -1 for a large cell. */
  memberBase: Float64Array;
}

function cellsOf(production: Float64Array, shadow: Float64Array, x: SideBins, y: SideBins): Cells {
  const width = y.binValue.length;
  const gapX = new Int32Array(x.binValue.length).fill(-1);
  const gapY = new Int32Array(width).fill(-1);
  x.gapBin.forEach((bin, k) => (gapX[bin] = k));
  y.gapBin.forEach((bin, k) => (gapY[bin] = k));
  const gapCounts = new Float64Array(x.gapBin.length * y.gapBin.length);
  let keys: Float64Array = new Float64Array(1024);
  let count = 0;
  for (let i = 0; i < production.length; i++) {
    const bx = binOf(x, production[i]);
    const by = binOf(y, shadow[i]);
    if (gapX[bx] >= 0 && gapY[by] >= 0) gapCounts[gapX[bx] * y.gapBin.length + gapY[by]]++;
    else {
      if (count === keys.length) keys = growFloat64(keys);
      keys[count++] = bx * width + by;
    }
  }
  const windowKeys = keys.subarray(0, count).sort();
  const cellKeys: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0 && windowKeys[i] === windowKeys[i - 1]) sizes[sizes.length - 1]++;
    else {
      cellKeys.push(windowKeys[i]);
      sizes.push(1);
    }
  }
  gapCounts.forEach((m, k) => {
    if (m === 0) return;
    cellKeys.push(x.gapBin[Math.floor(k / y.gapBin.length)] * width + y.gapBin[k % y.gapBin.length]);
    sizes.push(m);
  });
  const order = cellKeys.map((_, c) => c).sort((a, b) => cellKeys[a] - cellKeys[b]);
  const cells: Cells = {
    productionBin: Int32Array.from(order, (c) => Math.floor(cellKeys[c] / width)),
    shadowBin: Int32Array.from(order, (c) => cellKeys[c] % width),
    size: Float64Array.from(order, (c) => sizes[c]),
    memberBase: new Float64Array(order.length),
  };
  let members = 0;
  for (let c = 0; c < order.length; c++) {
    const small = cells.size[c] < SMALL_CELL;
    cells.memberBase[c] = small ? members : -1;
    if (small) members += cells.size[c];
  }
  return cells;
}

function growFloat64(array: Float64Array): Float64Array {
  const grown = new Float64Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** Replicate weights of one cell into `out`; the same for the same (cell, seed) however often it is asked. */
function cellDrawer(cells: Cells, seed: number, replicates: number): (cell: number, out: Float64Array) => void {
  const bytes = new Uint8Array(replicates);
  return (cell, out) => {
    const m = cells.size[cell];
    if (cells.memberBase[cell] < 0) {
      const uniform = uniformStream(`cell ${cells.productionBin[cell]} ${cells.shadowBin[cell]}`, seed);
      for (let r = 0; r < replicates; r++) out[r] = poissonDraw(m, uniform);
      return;
    }
    out.fill(0);
    for (let j = 0; j < m; j++) {
      poissonWeights(cells.memberBase[cell] + j, seed, replicates, bytes);
      for (let r = 0; r < replicates; r++) out[r] += bytes[r];
    }
  };
}

/** The replicates' deltas per quantile, or null when one of them fell outside the windows of `sds`. */
function bootstrapWithin(
  production: Float64Array,
  shadow: Float64Array,
  qs: readonly number[],
  replicates: number,
  seed: number,
  sds: number,
): { deltas: (number | null)[][]; cells: number } | null {
  const x = sideBins(production, qs, sds);
  const y = sideBins(shadow, qs, sds);
  const cells = cellsOf(production, shadow, x, y);
  const draw = cellDrawer(cells, seed, replicates);
  const C = cells.size.length;
  const total = new Float64Array(replicates);
  const weights = new Float64Array(replicates);
  for (let c = 0; c < C; c++) {
    draw(c, weights);
    for (let r = 0; r < replicates; r++) total[r] += weights[r];
  }
  const byShadow = Int32Array.from({ length: C }, (_, c) => c).sort((a, b) => cells.shadowBin[a] - cells.shadowBin[b] || a - b);
  const before = resampleQuantiles(
    x,
    Int32Array.from({ length: C }, (_, c) => c),
    cells.productionBin,
    total,
    qs,
    draw,
  );
  const after = before && resampleQuantiles(y, byShadow, cells.shadowBin, total, qs, draw);
  if (!before || !after) return null;
  const deltas = qs.map((_, k) => Array.from({ length: replicates }, (_, r) => (total[r] > 0 ? after[k][r] - before[k][r] : null)));
  return { deltas, cells: C };
}

/**
 * Each replicate's quantiles of one side: a walk up the side's bins (cells in `order`, ascending by `cellBin`) adding
 * every replicate's weight, noting the values at each quantile's two ranks in the resample. Null when a rank falls
 * in a gap.
 */
function resampleQuantiles(
  bins: SideBins,
  order: Int32Array,
  cellBin: Int32Array,
  total: Float64Array,
  qs: readonly number[],
  draw: (cell: number, out: Float64Array) => void,
): Float64Array[] | null {
  const R = total.length;
  const below = qs.map((q) => Float64Array.from(total, (N) => Math.floor((N - 1) * q)));
  const fraction = qs.map((q, k) => Float64Array.from(total, (N, r) => (N - 1) * q - below[k][r]));
  const lower = qs.map(() => new Float64Array(R).fill(NaN));
  const upper = qs.map(() => new Float64Array(R).fill(NaN));
  const cumulative = new Float64Array(R);
  const binWeight = new Float64Array(R);
  const weights = new Float64Array(R);
  let at = 0;
  for (let bin = 0; bin < bins.binValue.length; bin++) {
    binWeight.fill(0);
    for (; at < order.length && cellBin[order[at]] === bin; at++) {
      draw(order[at], weights);
      for (let r = 0; r < R; r++) binWeight[r] += weights[r];
    }
    const value = bins.binValue[bin];
    for (let r = 0; r < R; r++) {
      const start = cumulative[r];
      const end = start + binWeight[r];
      cumulative[r] = end;
      for (let k = 0; k < qs.length && end > start; k++) {
        const rank = below[k][r];
        const hit = rank >= start && rank < end;
        const next = fraction[k][r] > 0 && rank + 1 >= start && rank + 1 < end;
        if ((hit || next) && value !== value) return null;
        if (hit) lower[k][r] = value;
        if (next) upper[k][r] = value;
      }
    }
  }
  return qs.map((_, k) =>
    Float64Array.from(lower[k], (low, r) => (fraction[k][r] > 0 ? numpyLerp(low, upper[k][r], fraction[k][r]) : low)),
  );
}
