import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  calibrationBinOf
} from "./chunk-TXIFP543.js";
import {
  labelReader
} from "./chunk-SJ4OJ7LD.js";
import {
  numpyLerp,
  percentileInterval,
  poissonDraw,
  poissonWeights,
  quantileLinear,
  runOnThread,
  uniformStream,
  workerScript
} from "./chunk-Z7B6ZZR2.js";

// shared/stats/order.ts
function selectRanks(values, ranks) {
  const n = values.length;
  for (const rank of ranks)
    if (!Number.isInteger(rank) || rank < 0 || rank >= n) throw new RangeError(`rank ${rank} is outside 0..${n - 1}`);
  const wanted = [...new Set(ranks)].sort((a, b) => a - b);
  const budget = 2 * Math.ceil(Math.log2(n + 1));
  select(values, 0, n - 1, wanted, 0, wanted.length, budget);
  return ranks.map((rank) => values[rank]);
}
function select(values, low, high, wanted, from, to, budget) {
  while (from < to && high - low > 16) {
    if (budget-- === 0) {
      values.subarray(low, high + 1).sort();
      return;
    }
    const [lessEnd, greaterStart] = partition(values, low, high);
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
function partition(values, low, high) {
  const middle = low + (high - low >> 1);
  const [a, b, c] = [values[low], values[middle], values[high]];
  const pivot = a < b ? b < c ? b : a < c ? c : a : a < c ? a : b < c ? c : b;
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
function quantilesBySelection(values, qs) {
  const n = values.length;
  if (n === 0) throw new RangeError("no values to take quantiles of");
  const positions = qs.map((q) => (n - 1) * q);
  const ranks = positions.flatMap((position) => {
    const below = Math.min(n - 1, Math.floor(position));
    return [below, Math.min(n - 1, below + 1)];
  });
  const picked = selectRanks(values, ranks);
  return positions.map(
    (position, k) => position >= n - 1 ? picked[2 * k] : numpyLerp(picked[2 * k], picked[2 * k + 1], position - Math.floor(position))
  );
}

// shared/stats/paired-quantiles.ts
var WINDOW_SDS = 6;
var SMALL_CELL = 16;
function pairedQuantileDeltas(production, shadow, qs, options) {
  const n = production.length;
  if (shadow.length !== n) throw new RangeError("paired quantiles need as many shadow values as production values");
  if (n === 0) throw new RangeError("no pairs to take quantiles of");
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
function sideBins(values, qs, sds) {
  const n = values.length;
  const ranges = qs.map((q) => {
    const half = sds * Math.sqrt(n * q * (1 - q));
    const centre = (n - 1) * q;
    return [Math.max(0, Math.floor(centre - half) - 2), Math.min(n - 1, Math.ceil(centre + half) + 2)];
  }).sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const copy = values.slice();
  selectRanks(copy, merged.flat());
  const windows = [];
  for (const [lo, hi] of merged) {
    const inside = copy.slice(lo, hi + 1).sort();
    const previous = windows[windows.length - 1];
    if (previous && inside[0] <= previous.high) {
      previous.values = distinct(Float64Array.from([...previous.values, ...inside]).sort());
      previous.high = Math.max(previous.high, inside[inside.length - 1]);
    } else windows.push({ low: inside[0], high: inside[inside.length - 1], values: distinct(inside) });
  }
  const bins = { low: [], high: [], values: [], start: [], gapBin: [], binValue: new Float64Array(0) };
  let count2 = 0;
  for (const window of windows) {
    bins.gapBin.push(count2++);
    bins.low.push(window.low);
    bins.high.push(window.high);
    bins.values.push(window.values);
    bins.start.push(count2);
    count2 += window.values.length;
  }
  bins.gapBin.push(count2++);
  bins.binValue = new Float64Array(count2).fill(NaN);
  bins.values.forEach((vs, k) => bins.binValue.set(vs, bins.start[k]));
  return bins;
}
function distinct(sorted) {
  let k = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[k - 1]) sorted[k++] = sorted[i];
  return sorted.slice(0, k);
}
function binOf(bins, value) {
  const { low, high } = bins;
  for (let k = 0; k < low.length; k++) {
    if (value < low[k]) return bins.gapBin[k];
    if (value <= high[k]) return bins.start[k] + lowerBound(bins.values[k], value);
  }
  return bins.gapBin[low.length];
}
function lowerBound(sorted, value) {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function cellsOf(production, shadow, x, y) {
  const width = y.binValue.length;
  const gapX = new Int32Array(x.binValue.length).fill(-1);
  const gapY = new Int32Array(width).fill(-1);
  x.gapBin.forEach((bin, k) => gapX[bin] = k);
  y.gapBin.forEach((bin, k) => gapY[bin] = k);
  const gapCounts = new Float64Array(x.gapBin.length * y.gapBin.length);
  let keys = new Float64Array(1024);
  let count2 = 0;
  for (let i = 0; i < production.length; i++) {
    const bx = binOf(x, production[i]);
    const by = binOf(y, shadow[i]);
    if (gapX[bx] >= 0 && gapY[by] >= 0) gapCounts[gapX[bx] * y.gapBin.length + gapY[by]]++;
    else {
      if (count2 === keys.length) keys = growFloat64(keys);
      keys[count2++] = bx * width + by;
    }
  }
  const windowKeys = keys.subarray(0, count2).sort();
  const cellKeys = [];
  const sizes = [];
  for (let i = 0; i < count2; i++) {
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
  const cells = {
    productionBin: Int32Array.from(order, (c) => Math.floor(cellKeys[c] / width)),
    shadowBin: Int32Array.from(order, (c) => cellKeys[c] % width),
    size: Float64Array.from(order, (c) => sizes[c]),
    memberBase: new Float64Array(order.length)
  };
  let members = 0;
  for (let c = 0; c < order.length; c++) {
    const small = cells.size[c] < SMALL_CELL;
    cells.memberBase[c] = small ? members : -1;
    if (small) members += cells.size[c];
  }
  return cells;
}
function growFloat64(array) {
  const grown = new Float64Array(array.length * 2);
  grown.set(array);
  return grown;
}
function cellDrawer(cells, seed, replicates) {
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
function bootstrapWithin(production, shadow, qs, replicates, seed, sds) {
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
    draw
  );
  const after = before && resampleQuantiles(y, byShadow, cells.shadowBin, total, qs, draw);
  if (!before || !after) return null;
  const deltas = qs.map((_, k) => Array.from({ length: replicates }, (_2, r) => total[r] > 0 ? after[k][r] - before[k][r] : null));
  return { deltas, cells: C };
}
function resampleQuantiles(bins, order, cellBin, total, qs, draw) {
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
  return qs.map(
    (_, k) => Float64Array.from(lower[k], (low, r) => fraction[k][r] > 0 ? numpyLerp(low, upper[k][r], fraction[k][r]) : low)
  );
}

// shared/stats/input.ts
function finiteSample(values, name) {
  const copy = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new RangeError(`${name}[${i}] must be a finite number, got ${String(value)}`);
    }
    copy[i] = value;
  }
  return copy;
}
function finiteNumber(value, name) {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
  return value;
}
function numberIn(value, low, high, name) {
  finiteNumber(value, name);
  if (value < low || value > high) throw new RangeError(`${name} must be in [${low}, ${high}], got ${value}`);
  return value;
}
function positiveNumber(value, name) {
  finiteNumber(value, name);
  if (!(value > 0)) throw new RangeError(`${name} must be > 0, got ${value}`);
  return value;
}
function count(value, name) {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${String(value)}`);
  return value;
}
function checkSortedSample(sorted, name) {
  for (let i = 0; i < sorted.length; i++)
    if (!Number.isFinite(sorted[i]) || i > 0 && !(sorted[i] >= sorted[i - 1]))
      throw new RangeError(`${name}[${i}] must be a finite number no smaller than the one before, got ${sorted[i]}`);
  return sorted;
}

// shared/stats/multiple.ts
function holm(pValues, options = {}) {
  const p = probabilities(pValues);
  const m = p.length;
  const order = ascending(p);
  const adjusted = new Array(m);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p[index]));
    adjusted[index] = running;
  });
  return { method: "holm", adjusted, rejected: reject(adjusted, options.alpha) };
}
function benjaminiHochberg(pValues, options = {}) {
  const p = probabilities(pValues);
  const m = p.length;
  const order = ascending(p);
  const adjusted = new Array(m);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const index = order[rank];
    running = Math.min(running, m * p[index] / (rank + 1));
    adjusted[index] = running;
  }
  return { method: "benjamini-hochberg", adjusted, rejected: reject(adjusted, options.alpha) };
}
function probabilities(values) {
  return Array.from({ length: values.length }, (_, k) => numberIn(values[k], 0, 1, `pValues[${k}]`));
}
function ascending(p) {
  return Array.from(p.keys()).sort((a, b) => p[a] - p[b] || a - b);
}
function reject(adjusted, alpha) {
  if (alpha === void 0) return null;
  numberIn(alpha, 0, 1, "alpha");
  return adjusted.map((p) => p <= alpha);
}

// shared/stats/divergence.ts
var PSI_EPSILON = 1e-4;
function binCountsOfSorted(sorted, cuts) {
  checkSortedSample(sorted, "sorted");
  const points = finiteSample(cuts, "cuts");
  const counts = [];
  let start = 0;
  for (let k = 0; k < points.length; k++) {
    if (k > 0 && !(points[k] > points[k - 1]))
      throw new RangeError(`cuts must be strictly increasing, cuts[${k}] = ${points[k]} after ${points[k - 1]}`);
    let low = start;
    let high = sorted.length;
    while (low < high) {
      const middle = low + high >>> 1;
      if (sorted[middle] < points[k]) low = middle + 1;
      else high = middle;
    }
    counts.push(low - start);
    start = low;
  }
  counts.push(sorted.length - start);
  return counts;
}
function psi(expected, actual, options = {}) {
  const reference = nonNegative(expected, "expected");
  const current = nonNegative(actual, "actual");
  const epsilon = finiteNumber(options.epsilon ?? PSI_EPSILON, "epsilon");
  if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`epsilon must be in (0, 1), got ${epsilon}`);
  if (reference.length !== current.length)
    throw new RangeError(`expected and actual must have the same bins, got ${reference.length} and ${current.length}`);
  const method = `psi (empty-bin share ${epsilon})`;
  const expectedTotal = sum(reference);
  const actualTotal = sum(current);
  if (reference.length === 0 || expectedTotal === 0 || actualTotal === 0)
    return { value: null, method, reason: "a distribution has no mass" };
  let value = 0;
  for (let k = 0; k < reference.length; k++) {
    const e = reference[k] / expectedTotal || epsilon;
    const a = current[k] / actualTotal || epsilon;
    value += (a - e) * Math.log(a / e);
  }
  return { value, method };
}
function cohenKappaOfConfusion(confusion, size, options = {}) {
  const method = `cohen kappa (${options.weights ?? "unweighted"})`;
  let total = 0;
  for (const count2 of confusion) total += count2;
  if (total === 0) return { value: null, method, reason: "no items" };
  return kappaOfConfusion(confusion, size, options.weights, method);
}
function kappaOfConfusion(confusion, size, weights, method) {
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
  const weight = (i, j) => weights === "linear" ? Math.abs(i - j) : weights === "quadratic" ? (i - j) ** 2 : i === j ? 0 : 1;
  let observed = 0;
  let chance = 0;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      observed += weight(i, j) * confusion[i * size + j];
      chance += weight(i, j) * rows[i] * columns[j] / total;
    }
  }
  if (!(chance > 0)) return { value: null, method, reason: "agreement by chance is certain (a single label)" };
  return { value: 1 - observed / chance, method };
}
function nonNegative(values, name) {
  const copy = finiteSample(values, name);
  copy.forEach((value, k) => {
    if (value < 0) throw new RangeError(`${name}[${k}] must be >= 0, got ${value}`);
  });
  return copy;
}
function sum(values) {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

// shared/stats/distributions.ts
var LANCZOS_G = 7;
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
var LOG_SQRT_2PI = 0.9189385332046728;
var EPSILON = 1e-16;
var TINY = 1e-300;
function logGamma(x) {
  positiveNumber(x, "x");
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum2 = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum2 += LANCZOS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return LOG_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum2);
}
function logBeta(a, b) {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}
function gammaFront(a, x) {
  return Math.exp(a * Math.log(x) - x - logGamma(a));
}
function lowerGammaSeries(a, x) {
  let term = 1 / a;
  let sum2 = term;
  for (let n = 1; n < 1e5; n++) {
    term *= x / (a + n);
    sum2 += term;
    if (Math.abs(term) < Math.abs(sum2) * EPSILON) break;
  }
  return sum2 * gammaFront(a, x);
}
function upperGammaFraction(a, x) {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e5; i++) {
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
function gammaQ(a, x) {
  positiveNumber(a, "a");
  if (finiteNumber(x, "x") < 0) throw new RangeError(`x must be >= 0, got ${x}`);
  if (x === 0) return 1;
  return x < a + 1 ? 1 - lowerGammaSeries(a, x) : upperGammaFraction(a, x);
}
function betaFraction(a, b, x) {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - qab * x / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 1e5; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
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
function betaBoth(a, b, x, y) {
  if (x <= 0) return { lower: 0, upper: 1 };
  if (y <= 0) return { lower: 1, upper: 0 };
  const front = Math.exp(a * Math.log(x) + b * Math.log(y) - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) {
    const lower = front * betaFraction(a, b, x) / a;
    return { lower, upper: 1 - lower };
  }
  const upper = front * betaFraction(b, a, y) / b;
  return { lower: 1 - upper, upper };
}
function normalSf(z) {
  finiteNumber(z, "z");
  if (z === 0) return 0.5;
  const half = gammaQ(0.5, z * z / 2) / 2;
  return z > 0 ? half : 1 - half;
}
function normalCdf(z) {
  return normalSf(-finiteNumber(z, "z"));
}
function normalPdf(z) {
  return Math.exp(-(finiteNumber(z, "z") ** 2) / 2 - LOG_SQRT_2PI);
}
function normalPpf(p) {
  numberIn(p, 0, 1, "p");
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (p > 0.5) return -lowerNormalQuantile(1 - p);
  return lowerNormalQuantile(p);
}
function lowerNormalQuantile(p) {
  const t = Math.sqrt(-2 * Math.log(p));
  let x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 1308e-6 * t * t * t));
  const logP = Math.log(p);
  for (let i = 0; i < 100; i++) {
    const cdf = normalSf(-x);
    const step = (Math.log(cdf) - logP) * cdf / normalPdf(x);
    x -= step;
    if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(x))) break;
  }
  return x;
}
function chiSquareSf(x, df) {
  finiteNumber(x, "x");
  positiveNumber(df, "df");
  return x <= 0 ? 1 : gammaQ(df / 2, x / 2);
}
function binomialCdf(k, n, p) {
  return binomialTails(k, n, p).cdf;
}
function binomialTails(k, n, p) {
  count(n, "n");
  numberIn(p, 0, 1, "p");
  const floor = Math.floor(finiteNumber(k, "k"));
  if (floor < 0) return { cdf: 0, sf: 1 };
  if (floor >= n) return { cdf: 1, sf: 0 };
  const { lower, upper } = betaBoth(floor + 1, n - floor, p, 1 - p);
  return { cdf: upper, sf: lower };
}

// shared/stats/ks.ts
var KS_EXACT_MAX_N = 1e4;
function ks2sampOfSorted(sortedX, sortedY, options = {}) {
  const first = checkSortedSample(sortedX, "x");
  const second = checkSortedSample(sortedY, "y");
  const alternative = options.alternative ?? "two-sided";
  const n1 = first.length;
  const n2 = second.length;
  if (n1 === 0 || n2 === 0) {
    return { statistic: null, pValue: null, method: "asymp", alternative, n1, n2, location: null, sign: null, reason: "a sample is empty" };
  }
  const gap = largestGaps(first, second);
  const useMinus = alternative === "less" || alternative === "two-sided" && gap.minus > gap.plus;
  let statistic = useMinus ? gap.minus : gap.plus;
  const location = useMinus ? gap.minusAt : gap.plusAt;
  const sign = useMinus ? -1 : 1;
  const requested = options.method ?? "auto";
  let method = requested === "auto" ? Math.max(n1, n2) <= KS_EXACT_MAX_N ? "exact" : "asymp" : requested;
  if (method === "exact" && alternative !== "two-sided" && n1 !== n2 && logChoose(n1 + n2, n1) > Math.log(Number.MAX_VALUE)) {
    method = "asymp";
  }
  let pValue;
  if (method === "exact") {
    const g = gcd(n1, n2);
    const lcm = n1 / g * n2;
    const h = Math.round(statistic * lcm);
    statistic = h / lcm;
    pValue = h === 0 ? 1 : exactTail(n1, n2, g, h, alternative === "two-sided");
  } else {
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    const en = m * n / (m + n);
    if (alternative === "two-sided") {
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
          reason: "one value per sample: the asymptotic distribution needs more"
        };
      }
      pValue = kolmogorovSf(statistic, effective);
    } else {
      const z = Math.sqrt(en) * statistic;
      pValue = Math.exp(-2 * z * z - 2 * z * (m + 2 * n) / Math.sqrt(m * n * (m + n)) / 3);
    }
  }
  return { statistic, pValue: Math.min(1, Math.max(0, pValue)), method, alternative, n1, n2, location, sign };
}
function largestGaps(first, second) {
  const n1 = first.length;
  const n2 = second.length;
  let plus = -Infinity;
  let plusAt = NaN;
  let lowest = Infinity;
  let lowestAt = NaN;
  let i = 0;
  let j = 0;
  while (i < n1 || j < n2) {
    const value = j >= n2 || i < n1 && first[i] <= second[j] ? first[i] : second[j];
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
function exactTail(n1, n2, g, h, twoSided) {
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const mg = m / g;
  const ng = n / g;
  const q = new Float64Array(n + 1).fill(1);
  const bounds = (i) => {
    const low = Math.max(0, Math.floor((ng * i - h) / mg) + 1);
    const high2 = twoSided ? Math.min(n, Math.ceil((ng * i + h) / mg) - 1) : n;
    return [low, high2];
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
function roundHalfEven(value) {
  const floor = Math.floor(value);
  const fraction = value - floor;
  if (fraction !== 0.5) return Math.round(value);
  return floor % 2 === 0 ? floor : floor + 1;
}
function gcd(a, b) {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
function logChoose(n, k) {
  let sum2 = 0;
  for (let i = 1; i <= Math.min(k, n - k); i++) sum2 += Math.log((n - Math.min(k, n - k) + i) / i);
  return sum2;
}
function kolmogorovSf(d, n) {
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (d >= 1) return 0;
  if (d <= 0) return 1;
  const t = n * d;
  if (t <= 0.5) return 1;
  if (t <= 1) {
    let logCdf = 0;
    for (let i = 1; i <= n; i++) logCdf += Math.log(i / n * (2 * t - 1));
    return 1 - Math.exp(logCdf);
  }
  if (t >= n - 1) return 2 * (1 - d) ** n;
  if (d >= 0.5) return 2 * smirnovSf(n, d);
  const nd2 = t * d;
  if (n <= 140) return nd2 <= 4 ? 1 - durbinCdf(n, d) : 2 * smirnovSf(n, d);
  if (nd2 >= 370) return 0;
  if (nd2 >= 2.2) return Math.min(1, 2 * smirnovSf(n, d));
  const cdf = n <= 1e5 && n * d ** 1.5 <= 1.4 ? durbinCdf(n, d) : pelzGoodCdf(n, d);
  return Math.min(1, Math.max(0, 1 - cdf));
}
function smirnovSf(n, d) {
  if (d >= 1) return 0;
  if (d <= 0) return 1;
  const last = Math.floor(n * (1 - d) + 1e-12);
  const logD = Math.log(d);
  const logs = [n * Math.log1p(-d)];
  for (let j = 1; j <= last; j++) {
    const a = j / n;
    if (1 - d - a <= 0) continue;
    logs.push(
      (n - j) * Math.log1p(-d / (1 - a)) + j * Math.log1p(d / a) - Math.log(d + a) + logD + 0.5 * Math.log(n / (2 * Math.PI * j * (n - j))) + stirlingError(n) - stirlingError(j) - stirlingError(n - j)
    );
  }
  const largest = logs.reduce((a, b) => Math.max(a, b), -Infinity);
  let sum2 = 0;
  for (const term of logs) sum2 += Math.exp(term - largest);
  return Math.min(1, Math.exp(largest) * sum2);
}
function stirlingError(k) {
  if (k <= 15) return logGamma(k + 1) - (k + 0.5) * Math.log(k) + k - 0.5 * Math.log(2 * Math.PI);
  const r = 1 / (k * k);
  return (1 / 12 - r * (1 / 360 - r * (1 / 1260 - r * (1 / 1680 - r / 1188)))) / k;
}
function durbinCdf(n, d) {
  const k = Math.ceil(n * d);
  const h = k - n * d;
  const m = 2 * k - 1;
  const factorial = new Float64Array(m + 1);
  factorial[0] = 1;
  for (let i = 1; i <= m; i++) factorial[i] = factorial[i - 1] * i;
  let matrix = new Float64Array(m * m);
  for (let r = 0; r < m; r++) for (let c = 0; c < m; c++) if (r - c + 1 >= 0) matrix[r * m + c] = 1 / factorial[r - c + 1];
  for (let r = 0; r < m; r++) {
    matrix[r * m] -= h ** (r + 1) / factorial[r + 1];
    matrix[(m - 1) * m + r] -= h ** (m - r) / factorial[m - r];
  }
  matrix[(m - 1) * m] += Math.max(0, 2 * h - 1) ** m / factorial[m];
  let power = null;
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
  let p = power[(k - 1) * m + (k - 1)];
  let exponent = powerExponent;
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < 1 / scale) {
      p *= scale;
      exponent -= 128;
    }
  }
  return p * 2 ** exponent;
}
function multiply(a, b, m) {
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
function pelzGoodCdf(n, d) {
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
  const maxK = Math.ceil(16 * z / Math.PI);
  const sums = [0, 0, 0, 0];
  for (let k2 = maxK; k2 >= 1; k2--) {
    const m = 2 * k2 - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qPower = q ** (8 * k2);
    const terms = [
      1,
      -z2 + pi2 / 4 * m2,
      6 * z6 + 2 * z4 + (2 * z4 - 5 * z2) * pi2 * m2 / 4 + pi4 * (1 - 2 * z2) * m4 / 16,
      -30 * z6 - 90 * z ** 8 + pi2 * (135 * z4 - 96 * z6) * m2 / 4 + pi4 * (-60 * z2 + 212 * z4) * m4 / 16 + pi6 * (5 - 30 * z2) * m6 / 64
    ];
    for (let i = 0; i < 4; i++) sums[i] = sums[i] * qPower + terms[i];
  }
  const root2pi = Math.sqrt(2 * Math.PI);
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  const k = sums.map((s, i) => s * q * root2pi / divisors[i]);
  const q2 = Math.exp(-pi2 / 2 / z2);
  let extra2 = 0;
  let extra3 = 0;
  for (let j = maxK; j >= 1; j--) {
    const weight = j * j * q2 ** (j * j);
    extra2 += weight;
    extra3 += (3 * z2 - pi2 * j * j) * weight;
  }
  k[2] += extra2 * pi2 * root2pi / (-36 * z ** 3);
  k[3] += extra3 * pi2 * root2pi / (216 * z6);
  return k[0] + k[1] / Math.sqrt(n) + k[2] / n + k[3] / n ** 1.5;
}

// shared/stats/contingency.ts
function mcnemar(b, c, options = {}) {
  count(b, "b");
  count(c, "c");
  const method = options.method ?? "exact";
  if (b + c === 0) return { statistic: null, pValue: null, method, b, c, reason: "no discordant pairs" };
  if (method === "exact") {
    const smaller = Math.min(b, c);
    return { statistic: smaller, pValue: Math.min(1, 2 * binomialCdf(smaller, b + c, 0.5)), method, b, c };
  }
  const gap = options.correction === false ? Math.abs(b - c) : Math.max(0, Math.abs(b - c) - 1);
  const statistic = gap * gap / (b + c);
  return { statistic, pValue: chiSquareSf(statistic, 1), method, b, c };
}
function twoProportionZ(successes1, n1, successes2, n2, options = {}) {
  count(successes1, "successes1");
  count(successes2, "successes2");
  count(n1, "n1");
  count(n2, "n2");
  if (successes1 > n1 || successes2 > n2)
    throw new RangeError(`successes must not exceed trials, got ${successes1}/${n1} and ${successes2}/${n2}`);
  const method = "pooled z";
  if (n1 === 0 || n2 === 0)
    return { statistic: null, pValue: null, method, difference: null, pooled: null, reason: "a group has no trials" };
  const difference = successes1 / n1 - successes2 / n2;
  const pooled = (successes1 + successes2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (!(variance > 0)) return { statistic: null, pValue: null, method, difference, pooled, reason: "the pooled rate is 0 or 1" };
  const z = difference / Math.sqrt(variance);
  const alternative = options.alternative ?? "two-sided";
  const pValue = alternative === "two-sided" ? Math.min(1, 2 * normalSf(Math.abs(z))) : alternative === "greater" ? normalSf(z) : normalCdf(z);
  return { statistic: z, pValue, method, difference, pooled };
}

// shared/stats/power.ts
var RANK_TEST_EFFICIENCY = 3 / Math.PI;
function criticalZ(options) {
  const alpha = numberIn(options.alpha ?? 0.05, Number.MIN_VALUE, 0.999999, "alpha");
  return normalPpf(1 - (options.alternative === "one-sided" ? alpha : alpha / 2));
}
function proportion(value, name) {
  numberIn(value, 0, 1, name);
  if (value === 0 || value === 1) throw new RangeError(`${name} must be strictly between 0 and 1, got ${value}`);
  return value;
}
function twoProportionSampleSize(p1, p2, options = {}) {
  proportion(p1, "p1");
  proportion(p2, "p2");
  if (p1 === p2) throw new RangeError("p1 and p2 must differ: no sample size detects a zero difference");
  const ratio = positiveNumber(options.ratio ?? 1, "ratio");
  const zBeta = normalPpf(numberIn(options.power ?? 0.8, 1e-6, 0.999999, "power"));
  const zAlpha = criticalZ(options);
  const pooled = (p1 + ratio * p2) / (1 + ratio);
  const numerator = zAlpha * Math.sqrt(pooled * (1 - pooled) * (1 + 1 / ratio)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2) / ratio);
  const exact = numerator * numerator / ((p1 - p2) * (p1 - p2));
  const n = Math.ceil(exact - 1e-9);
  return {
    n,
    exact,
    n2: Math.ceil(ratio * n - 1e-9),
    formula: "n = (z_a sqrt(pbar qbar (1 + 1/r)) + z_b sqrt(p1 q1 + p2 q2 / r))^2 / (p1 - p2)^2"
  };
}
function wilcoxonSampleSize(effect, options = {}) {
  const d = Math.abs(finiteNumber(effect, "effect"));
  if (d === 0) throw new RangeError("effect must not be 0: no sample size detects a zero shift");
  const z = criticalZ(options) + normalPpf(numberIn(options.power ?? 0.8, 1e-6, 0.999999, "power"));
  const exact = z * z / (d * d) / RANK_TEST_EFFICIENCY;
  const n = Math.ceil(exact - 1e-9);
  return { n, exact, n2: null, formula: "n = (pi/3) (z_a + z_b)^2 / d^2 pairs" };
}

// shared/stats/rank-tests.ts
function wilcoxonReordering(differences, options = {}) {
  for (let i = 0; i < differences.length; i++)
    if (!Number.isFinite(differences[i])) throw new RangeError(`x[${i}] must be a finite number, got ${String(differences[i])}`);
  const alternative = options.alternative ?? "two-sided";
  let nonZeroCount = 0;
  for (let i = 0; i < differences.length; i++) if (differences[i] !== 0) differences[nonZeroCount++] = differences[i];
  const nonZero = differences.subarray(0, nonZeroCount);
  const zeros = differences.length - nonZero.length;
  const base = { rPlus: 0, rMinus: 0, n: nonZero.length, zeros, z: null, rankBiserial: null, alternative };
  if (differences.length === 0) return { ...base, statistic: null, pValue: null, method: "approx", reason: "no pairs" };
  if (nonZero.length === 0) return { ...base, statistic: null, pValue: null, method: "approx", reason: "every difference is zero" };
  const { rPlus, rMinus, tieTerm } = signedRankSums(nonZero);
  const tied = tieTerm > 0;
  const n = nonZero.length;
  const statistic = alternative === "two-sided" ? Math.min(rPlus, rMinus) : rPlus;
  const effect = { rPlus, rMinus, rankBiserial: (rPlus - rMinus) / (rPlus + rMinus), statistic };
  const requested = options.method ?? "auto";
  const method = requested === "auto" ? differences.length <= 50 && zeros === 0 && !tied ? "exact" : "approx" : requested;
  if (method === "exact") {
    if (zeros > 0 || tied)
      throw new RangeError('the exact Wilcoxon p-value needs differences without zeros or ties; use method "auto" or "approx"');
    const pValue2 = exactSignedRankP(n, rPlus, alternative);
    return { ...base, ...effect, pValue: Math.min(1, pValue2), method, z: null };
  }
  const mean = n * (n + 1) / 4;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1) - tieTerm / 2) / 24);
  const z = (statistic - mean) / sigma;
  const pValue = alternative === "two-sided" ? 2 * normalSf(Math.abs(z)) : alternative === "greater" ? normalSf(z) : normalCdf(z);
  return { ...base, ...effect, pValue: Math.min(1, pValue), method, z };
}
function signedRankSums(nonZero) {
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
  for (let i = 0, j = 0; i < positives.length || j < negatives.length; ) {
    const value = j === negatives.length || i < positives.length && positives[i] <= negatives[j] ? positives[i] : negatives[j];
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
function exactSignedRankP(n, rPlus, alternative) {
  const pmf = signedRankDistribution(n);
  let below = 0;
  let above = 0;
  for (let r = 0; r < pmf.length; r++) {
    if (r <= rPlus) below += pmf[r];
    if (r >= rPlus) above += pmf[r];
  }
  if (alternative === "greater") return above;
  if (alternative === "less") return below;
  return rPlus === Math.floor((pmf.length - 1) / 2) ? 1 : 2 * Math.min(below, above);
}
function signedRankDistribution(n) {
  const top = n * (n + 1) / 2;
  const counts = new Float64Array(top + 1);
  counts[0] = 1;
  for (let k = 1; k <= n; k++) for (let r = k * (k + 1) / 2; r >= k; r--) counts[r] += counts[r - k];
  const total = 2 ** n;
  return counts.map((c) => c / total);
}
var orderBits = new Float64Array(1);
var orderWords = new BigInt64Array(orderBits.buffer);
var SIGN = -(2n ** 63n);

// shared/shadow-compare/compare-thread.ts
function pairedTestsOnThread(script, task) {
  const columns = [task.latency?.first, task.latency?.second, task.scoreDeltas].filter((column) => column != null);
  return runOnThread(
    script,
    task,
    "the latency bootstrap and the signed-rank test",
    columns.map((column) => column.buffer)
  );
}

// shared/shadow-compare/compare.ts
var DEFAULT_COMPARE_OPTIONS = {
  level: 0.95,
  replicates: 1e3,
  seed: 0,
  alpha: 0.05,
  correction: "holm",
  psiBins: 10,
  psiEpsilon: 1e-4,
  minSegmentSize: 30,
  detectableFlipRate: 0.01,
  detectableScoreEffect: 0.1,
  power: 0.8,
  binaryLabel: labelReader({ task: "binary" })
};
function compareOnThisThread(pairs, samples, options) {
  const found = pairedTests(pairedTestsTask(samples, options));
  return withPairedTests(compareAllButPairedTests(pairs, samples.scores, options), sampleSizes(samples), found, options);
}
var PAIRED_TESTS_THREAD_MIN_PAIRS = 1 << 20;
async function compareShadowOnThreads(pairs, options = DEFAULT_COMPARE_OPTIONS) {
  const samples = pairedSamples(pairs);
  const { latency, scores } = samples;
  const sizes = sampleSizes(samples);
  const worker = latency !== null || scores !== null ? workerScript("shadow-compare", "MODELGATE_METRICS_WORKER") : null;
  const largest = Math.max(latency?.first.length ?? 0, scores?.delta.length ?? 0);
  if (worker === null || !(worker.forced || largest >= PAIRED_TESTS_THREAD_MIN_PAIRS)) return compareOnThisThread(pairs, samples, options);
  const task = pairedTestsTask(samples, options);
  const found = pairedTestsOnThread(worker.script, task);
  const rest = compareAllButPairedTests(pairs, scores, options);
  return withPairedTests(rest, sizes, await found, options);
}
function pairedSamples(pairs) {
  const latency = bothPresent(pairs.production.latency, pairs.shadow.latency, pairs.n);
  const { first, second } = bothPresent(pairs.production.score, pairs.shadow.score, pairs.n);
  const delta = new Float64Array(first.length);
  for (let k = 0; k < first.length; k++) delta[k] = second[k] - first[k];
  return { latency: latency.first.length > 0 ? latency : null, scores: first.length > 0 ? { first, second, delta } : null };
}
function sampleSizes({ latency, scores }) {
  return { latency: latency?.first.length ?? 0, scores: scores?.first.length ?? 0 };
}
function pairedTestsTask({ latency, scores }, { replicates, seed, level }) {
  return { latency, scoreDeltas: scores && scores.delta.slice(), options: { replicates, seed, level } };
}
function pairedTests({ latency, scoreDeltas, options }) {
  return { latency: latency && latencyQuantiles(latency, options), signedRanks: scoreDeltas && wilcoxonReordering(scoreDeltas) };
}
function compareAllButPairedTests(pairs, scoreSample, options) {
  const before = { measurements: [], notes: [] };
  const after = { measurements: [], notes: [] };
  const { counts } = pairs;
  before.measurements.push({
    metric: "join_rate",
    value: counts.joinRate,
    interval: null,
    n: counts.pairs,
    ...counts.joinRate === null ? { inconclusive: "neither log has a request" } : {}
  });
  const classification = compareClasses(pairs, options, before.measurements);
  const scores = scoreSample && compareScores(scoreSample, options, before.measurements, before.notes);
  const calibration = compareCalibration(pairs, options, before.measurements, before.notes);
  const regression = compareRegression(pairs, options, before.measurements);
  const errors = compareErrors(pairs, options, after.measurements);
  const { segments, worstSegment } = compareSegments(pairs, options, after.measurements);
  return { pairs: pairs.n, classification, scores, calibration, regression, errors, segments, worstSegment, before, after };
}
function withPairedTests({ before, after, ...rest }, sizes, found, options) {
  if (found.signedRanks !== null) {
    const at = before.measurements.findIndex((m) => m.metric === "score_delta") + 1;
    before.measurements.splice(at, 0, wilcoxonMeasurement(found.signedRanks, sizes.scores, options));
  }
  const section = { measurements: [], notes: [] };
  const compared = found.latency && latencyResults(sizes.latency, found.latency, options, section.measurements, section.notes);
  const { pairs, classification, scores, calibration, regression, errors, segments, worstSegment } = rest;
  return {
    pairs,
    classification,
    scores,
    calibration,
    regression,
    latency: compared,
    errors,
    segments,
    worstSegment,
    measurements: [...before.measurements, ...section.measurements, ...after.measurements],
    notes: [...before.notes, ...section.notes, ...after.notes]
  };
}
function meanAndSd(values) {
  const n = values.length;
  let sum2 = 0;
  for (let k = 0; k < n; k++) sum2 += values[k];
  const mean = sum2 / n;
  let squares = 0;
  for (let k = 0; k < n; k++) squares += (values[k] - mean) * (values[k] - mean);
  return { mean, sd: n > 1 ? Math.sqrt(squares / (n - 1)) : NaN };
}
function wilsonInterval(successes, n, level) {
  if (n === 0) return null;
  const z = normalPpf((1 + level) / 2);
  const p = successes / n;
  const denominator = 1 + z * z / n;
  const centre = (p + z * z / (2 * n)) / denominator;
  const half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
function flipSampleSize(detectable, alpha) {
  const z = normalPpf(1 - alpha / 2);
  return Math.ceil(z * z * detectable * (1 - detectable) / (detectable / 2 * (detectable / 2)));
}
function compareClasses(pairs, options, out) {
  const { production, shadow, label, classes } = pairs;
  const K = classes.length;
  const flipMatrix = Array.from({ length: K }, () => new Array(K).fill(0));
  let n = 0;
  let agree = 0;
  let productionRightShadowWrong = 0;
  let productionWrongShadowRight = 0;
  let labelled = 0;
  for (let i = 0; i < pairs.n; i++) {
    const a = production.prediction[i];
    const b = shadow.prediction[i];
    if (a < 0 || b < 0) continue;
    flipMatrix[a][b]++;
    n++;
    if (a === b) agree++;
    const truth = label[i];
    if (truth < 0) continue;
    labelled++;
    if (a === truth && b !== truth) productionRightShadowWrong++;
    else if (a !== truth && b === truth) productionWrongShadowRight++;
  }
  if (n === 0) return null;
  const agreementInterval = wilsonInterval(agree, n, options.level);
  const needed = flipSampleSize(options.detectableFlipRate, options.alpha);
  const power = n < needed ? {
    inconclusive: `${n} paired predictions cannot tell a flip rate of ${options.detectableFlipRate} from none; about ${needed} are needed`
  } : {};
  const sizeEvidence = { sample_size_needed: n < needed ? needed : null };
  out.push({
    metric: "agreement",
    value: agree / n,
    interval: agreementInterval,
    n,
    evidence: { test: "Wilson score interval", statistic: null, p_value: null, ...sizeEvidence },
    ...power
  });
  out.push({
    metric: "flip_rate",
    value: (n - agree) / n,
    interval: agreementInterval && [1 - agreementInterval[1], 1 - agreementInterval[0]],
    n,
    evidence: { test: "Wilson score interval", statistic: null, p_value: null, ...sizeEvidence },
    ...power
  });
  const kappa = cohenKappaOfConfusion(Float64Array.from(flipMatrix.flat()), K);
  out.push({
    metric: "cohen_kappa",
    value: kappa.value,
    interval: null,
    n,
    evidence: { test: kappa.method, statistic: kappa.value, p_value: null },
    ...kappa.reason ? { inconclusive: kappa.reason } : {}
  });
  if (labelled > 0) {
    const test = mcnemar(productionRightShadowWrong, productionWrongShadowRight);
    const accuracyDelta = (productionWrongShadowRight - productionRightShadowWrong) / labelled;
    out.push({
      metric: "mcnemar",
      value: test.pValue,
      interval: null,
      n: labelled,
      evidence: {
        test: `McNemar (${test.method})`,
        statistic: test.statistic,
        p_value: test.pValue,
        effect: { name: "accuracy delta (shadow - production)", value: accuracyDelta }
      },
      ...test.reason ? { inconclusive: test.reason } : {}
    });
  }
  return { n, agreement: agree / n, flips: n - agree, classes, flipMatrix };
}
function bothPresent(a, b, pairs) {
  let n = 0;
  for (let i = 0; i < pairs; i++) if (a[i] === a[i] && b[i] === b[i]) n++;
  const first = new Float64Array(n);
  const second = new Float64Array(n);
  for (let i = 0, k = 0; i < pairs; i++) {
    if (a[i] !== a[i] || b[i] !== b[i]) continue;
    first[k] = a[i];
    second[k++] = b[i];
  }
  return { first, second };
}
function quantiles(values, at) {
  const out = {};
  const found = quantilesBySelection(values, at);
  at.forEach((q, k) => out[`p${Math.round(q * 100)}`] = found[k]);
  return out;
}
function scorePower(n, options) {
  const needed = wilcoxonSampleSize(options.detectableScoreEffect, { alpha: options.alpha, power: options.power }).n;
  const inconclusive = `${n} paired scores cannot detect a standardized shift of ${options.detectableScoreEffect}; about ${needed} are needed`;
  return { needed, underpowered: n < needed ? { inconclusive } : {} };
}
function wilcoxonMeasurement(signed, n, options) {
  const { needed, underpowered } = scorePower(n, options);
  return {
    metric: "wilcoxon",
    value: signed.pValue,
    interval: null,
    n,
    evidence: {
      test: `Wilcoxon signed-rank (${signed.method})`,
      statistic: signed.statistic,
      p_value: signed.pValue,
      effect: { name: "matched-pairs rank-biserial", value: signed.rankBiserial },
      sample_size_needed: n < needed ? needed : null
    },
    ...signed.reason ? { inconclusive: signed.reason } : underpowered
  };
}
function compareScores({ first, second, delta }, options, out, notes) {
  const n = first.length;
  const { mean, sd } = meanAndSd(delta);
  const z = normalPpf((1 + options.level) / 2);
  const interval = n > 1 ? [mean - z * sd / Math.sqrt(n), mean + z * sd / Math.sqrt(n)] : null;
  const effect = sd > 0 ? mean / sd : null;
  const { needed, underpowered } = scorePower(n, options);
  out.push({
    metric: "score_delta",
    value: mean,
    interval,
    n,
    evidence: {
      test: "mean paired delta (normal interval)",
      statistic: mean,
      p_value: null,
      effect: { name: "standardized mean delta (Cohen's d_z)", value: effect },
      sample_size_needed: n < needed ? needed : null
    },
    ...underpowered
  });
  const relative = relativeDeltas(first, second);
  first.sort();
  second.sort();
  const shift = ks2sampOfSorted(first, second);
  out.push({
    metric: "ks",
    value: shift.statistic,
    interval: null,
    n,
    evidence: { test: `two-sample Kolmogorov-Smirnov (${shift.method})`, statistic: shift.statistic, p_value: shift.pValue },
    ...shift.reason ? { inconclusive: shift.reason } : {}
  });
  const cuts = psiCuts(first, options.psiBins);
  const stability = psi(binCountsOfSorted(first, cuts), binCountsOfSorted(second, cuts), { epsilon: options.psiEpsilon });
  out.push({
    metric: "psi",
    value: stability.value,
    interval: null,
    n,
    evidence: { test: stability.method, statistic: stability.value, p_value: null },
    ...stability.reason ? { inconclusive: stability.reason } : {}
  });
  notes.push(
    `PSI bins: ${cuts.length + 1} bins cut at the production scores' quantiles (${cuts.map((c) => c.toPrecision(4)).join(", ")}); an empty bin counts as a share of ${options.psiEpsilon}.`
  );
  return {
    n,
    meanDelta: mean,
    deltaQuantiles: quantiles(delta, DELTA_QUANTILES),
    relativeDeltaQuantiles: relative.length ? quantiles(relative, DELTA_QUANTILES) : null,
    psiCuts: cuts,
    psiEpsilon: options.psiEpsilon
  };
}
var CALIBRATION_BINS = 10;
function compareCalibration(pairs, options, out, notes) {
  const { production, shadow, label } = pairs;
  const truth = pairs.classes.map((name) => options.binaryLabel(name));
  const rows = pairsWhere(
    pairs.n,
    (i) => label[i] >= 0 && production.score[i] === production.score[i] && shadow.score[i] === shadow.score[i]
  );
  for (const i of rows) {
    if (truth[label[i]] < 0) {
      notes.push(`No calibration: the label ${JSON.stringify(pairs.classes[label[i]].slice(0, 64))} is neither binary class.`);
      return null;
    }
    if (!(production.score[i] >= 0 && production.score[i] <= 1 && shadow.score[i] >= 0 && shadow.score[i] <= 1)) {
      notes.push("No calibration: a score outside [0, 1] is not a probability.");
      return null;
    }
  }
  const n = rows.length;
  if (n === 0) return null;
  const side = (scores) => {
    const [count2, positives, sums] = [0, 0, 0].map(() => new Float64Array(CALIBRATION_BINS));
    let squares = 0;
    for (const i of rows) {
      const y = truth[label[i]];
      const bin = calibrationBinOf(scores[i], CALIBRATION_BINS);
      count2[bin]++;
      positives[bin] += y;
      sums[bin] += scores[i];
      squares += (scores[i] - y) ** 2;
    }
    let ece = 0;
    for (let bin = 0; bin < CALIBRATION_BINS; bin++)
      if (count2[bin] > 0) ece += count2[bin] / n * Math.abs(positives[bin] / count2[bin] - sums[bin] / count2[bin]);
    return { brier: squares / n, ece };
  };
  const before = side(production.score);
  const after = side(shadow.score);
  const differences = Float64Array.from(
    rows,
    (i) => (shadow.score[i] - truth[label[i]]) ** 2 - (production.score[i] - truth[label[i]]) ** 2
  );
  out.push(pairedDeltaMeasurement("brier_delta", differences, "Brier score production -> shadow", options.level));
  out.push({
    metric: "ece_delta",
    value: after.ece - before.ece,
    interval: null,
    n,
    evidence: {
      test: `expected calibration error, ${CALIBRATION_BINS} equal-width bins`,
      statistic: after.ece - before.ece,
      p_value: null,
      effect: { name: "ECE production -> shadow", value: after.ece - before.ece }
    }
  });
  notes.push(
    `Calibration on ${n} labelled pairs: Brier scores and expected calibration error over ${CALIBRATION_BINS} equal-width score bins (as evaluate's ece), per side.`
  );
  return { n, production: before, shadow: after };
}
function compareRegression(pairs, options, out) {
  const { production, shadow, target } = pairs;
  if (target === null) return null;
  const rows = pairsWhere(
    pairs.n,
    (i) => target[i] === target[i] && production.score[i] === production.score[i] && shadow.score[i] === shadow.score[i]
  );
  const n = rows.length;
  if (n === 0) return null;
  const absolute = Float64Array.from(rows, (i) => Math.abs(shadow.score[i] - target[i]) - Math.abs(production.score[i] - target[i]));
  const squared = Float64Array.from(rows, (i) => (shadow.score[i] - target[i]) ** 2 - (production.score[i] - target[i]) ** 2);
  const errors = (scores) => {
    let absoluteSum = 0;
    let squaredSum = 0;
    for (const i of rows) {
      absoluteSum += Math.abs(scores[i] - target[i]);
      squaredSum += (scores[i] - target[i]) ** 2;
    }
    return { mae: absoluteSum / n, rmse: Math.sqrt(squaredSum / n) };
  };
  out.push(pairedDeltaMeasurement("abs_error_delta", absolute, "absolute error production -> shadow (MAE delta)", options.level));
  out.push(pairedDeltaMeasurement("squared_error_delta", squared, "squared error production -> shadow (MSE delta)", options.level));
  return { n, production: errors(production.score), shadow: errors(shadow.score) };
}
function pairsWhere(n, keep) {
  let count2 = 0;
  for (let i = 0; i < n; i++) if (keep(i)) count2++;
  const rows = new Int32Array(count2);
  for (let i = 0, k = 0; i < n; i++) if (keep(i)) rows[k++] = i;
  return rows;
}
function pairedDeltaMeasurement(metric, differences, effect, level) {
  const n = differences.length;
  const { mean, sd } = meanAndSd(differences);
  const z = sd > 0 ? mean / (sd / Math.sqrt(n)) : null;
  const half = normalPpf((1 + level) / 2) * (sd / Math.sqrt(n));
  return {
    metric,
    value: mean,
    interval: n > 1 ? [mean - half, mean + half] : null,
    n,
    evidence: {
      test: "mean paired difference (normal interval, z test)",
      statistic: z,
      p_value: z === null ? null : 2 * normalSf(Math.abs(z)),
      effect: { name: effect, value: mean }
    },
    ...n > 1 ? {} : { inconclusive: "one pair has no spread" }
  };
}
var DELTA_QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95];
function relativeDeltas(production, shadow) {
  let n = 0;
  for (let i = 0; i < production.length; i++) if (production[i] !== 0) n++;
  const out = new Float64Array(n);
  for (let i = 0, k = 0; i < production.length; i++)
    if (production[i] !== 0) out[k++] = (shadow[i] - production[i]) / Math.abs(production[i]);
  return out;
}
function psiCuts(sorted, bins) {
  const cuts = [];
  for (let k = 1; k < bins; k++) {
    const cut = quantileLinear(sorted, k / bins);
    if (cuts.length === 0 || cut > cuts[cuts.length - 1]) cuts.push(cut);
  }
  return cuts;
}
var LATENCY_QUANTILES = [0.5, 0.95, 0.99];
function latencyQuantiles({ first, second }, { replicates, seed, level }) {
  return pairedQuantileDeltas(first, second, LATENCY_QUANTILES, { replicates, seed, level });
}
function latencyResults(n, found, options, out, notes) {
  const { replicates, seed } = options;
  LATENCY_QUANTILES.forEach((q, k) => {
    const name = `p${Math.round(q * 100)}`;
    const delta = found.shadow[k] - found.production[k];
    out.push({
      metric: `latency_${name}_delta`,
      value: delta,
      interval: found.intervals[k],
      n,
      evidence: {
        test: "paired bootstrap (percentile)",
        statistic: delta,
        p_value: null,
        effect: { name: `${name} production -> shadow`, value: delta, interval: found.intervals[k] },
        replicates,
        seed
      },
      ...replicates === 0 ? {} : found.intervals[k] === null ? { inconclusive: "too few pairs for a bootstrap interval" } : {}
    });
  });
  notes.push(
    replicates === 0 ? "Latency quantiles as numpy.quantile (linear); no interval on their deltas (shadow_compare.bootstrap.replicates is 0)." : `Latency quantiles as numpy.quantile (linear); each delta's interval is the ${options.level} percentile interval of ${replicates} paired Poisson bootstrap replicates (seed ${seed}): a request's production and shadow latencies share its weight, and each replicate takes numpy's quantile of each side's resample. Pairs far from every quantile's rank are drawn by groups (a group of m pairs weighs Poisson(m)), which is exact; windows ${found.windowSds} standard deviations of the rank wide, ${found.cells} groups.`
  );
  const keyed = (values) => Object.fromEntries(LATENCY_QUANTILES.map((q, k) => [`p${Math.round(q * 100)}`, values[k]]));
  return { n, production: keyed(found.production), shadow: keyed(found.shadow), deltaIntervals: keyed(found.intervals) };
}
function compareErrors(pairs, options, out) {
  if (pairs.n === 0) return null;
  let first = 0;
  let second = 0;
  for (let i = 0; i < pairs.n; i++) {
    first += pairs.production.error[i];
    second += pairs.shadow.error[i];
  }
  const test = twoProportionZ(second, pairs.n, first, pairs.n);
  const a = first / pairs.n;
  const b = second / pairs.n;
  let needed = null;
  const target = Math.min(0.999, a + options.detectableFlipRate);
  if (a > 0 && a < 1) needed = twoProportionSampleSize(a, target, { alpha: options.alpha, power: options.power }).n;
  out.push({
    metric: "error_rate_delta",
    value: b - a,
    interval: null,
    n: pairs.n,
    evidence: {
      test: "two-proportion z (pooled)",
      statistic: test.statistic,
      p_value: test.pValue,
      effect: { name: "error rate shadow - production", value: b - a },
      sample_size_needed: needed !== null && pairs.n < needed ? needed : null
    }
  });
  return { n: pairs.n, production: a, shadow: b };
}
function compareSegments(pairs, options, out) {
  const segments = [];
  const { production, shadow } = pairs;
  let totalPredicted = 0;
  let totalFlips = 0;
  for (let i = 0; i < pairs.n; i++) {
    if (production.prediction[i] < 0 || shadow.prediction[i] < 0) continue;
    totalPredicted++;
    if (production.prediction[i] !== shadow.prediction[i]) totalFlips++;
  }
  if (totalPredicted === 0) return { segments, worstSegment: null };
  const tested = [];
  for (const segment of pairs.segments) {
    const n = new Float64Array(segment.values.length);
    const flips = new Float64Array(segment.values.length);
    for (let i = 0; i < pairs.n; i++) {
      const code = segment.codes[i];
      if (code < 0 || production.prediction[i] < 0 || shadow.prediction[i] < 0) continue;
      n[code]++;
      if (production.prediction[i] !== shadow.prediction[i]) flips[code]++;
    }
    segment.values.forEach((value, code) => {
      const large = n[code] >= options.minSegmentSize && totalPredicted - n[code] > 0;
      const test = large ? twoProportionZ(flips[code], n[code], totalFlips - flips[code], totalPredicted - n[code]) : null;
      if (test?.pValue != null) tested.push(segments.length);
      segments.push({
        attribute: segment.name,
        value,
        n: n[code],
        flips: flips[code],
        flipRate: n[code] > 0 ? flips[code] / n[code] : null,
        pValue: test?.pValue ?? null,
        pValueAdjusted: null
      });
    });
  }
  const adjusted = tested.length ? (options.correction === "holm" ? holm : benjaminiHochberg)(tested.map((k) => segments[k].pValue)).adjusted : [];
  tested.forEach((k, j) => segments[k].pValueAdjusted = adjusted[j]);
  const adjustment = options.correction === "holm" ? "Holm" : "Benjamini-Hochberg";
  let worstSegment = null;
  for (const s of segments) {
    const small = s.n < options.minSegmentSize;
    out.push({
      metric: "flip_rate",
      scope: { [s.attribute]: s.value },
      value: s.flipRate,
      interval: wilsonInterval(s.flips, s.n, options.level),
      n: s.n,
      evidence: {
        test: "two-proportion z, segment vs the rest",
        statistic: null,
        p_value: s.pValue,
        p_value_adjusted: s.pValueAdjusted,
        adjustment
      },
      ...small ? { inconclusive: `${s.n} pairs, fewer than min_segment_size ${options.minSegmentSize}` } : {}
    });
    if (!small && s.flipRate !== null && (worstSegment === null || s.flipRate > worstSegment.flipRate))
      worstSegment = { attribute: s.attribute, value: s.value, flipRate: s.flipRate };
  }
  return { segments, worstSegment };
}

export {
  DEFAULT_COMPARE_OPTIONS,
  compareShadowOnThreads,
  pairedTests
};
