import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  checkModelEnv,
  headersFromEnv,
  openModel,
  parseModelSpec
} from "./chunk-L5H6PXGM.js";
import {
  MODELGATE_VERSION,
  loadConfig,
  locateInConfig
} from "./chunk-7ETMVPXI.js";
import {
  configPosition,
  createProgressReporter
} from "./chunk-HGPOXKMJ.js";
import "./chunk-3XEZIFGU.js";
import {
  finishChecks,
  judgeMeasurement,
  scopeText
} from "./chunk-ZSB5QIDP.js";
import {
  checkJsonRequest
} from "./chunk-25AU774R.js";
import "./chunk-PSY2UPIN.js";
import "./chunk-7PH4F4CC.js";
import "./chunk-UKZD7QTU.js";
import {
  countStatuses,
  verdictOf
} from "./chunk-YPYHEPH3.js";
import {
  REPORT_SCHEMA_VERSION
} from "./chunk-GWICTQE2.js";
import "./chunk-6FWDVCS2.js";
import "./chunk-FW3ZZ2QG.js";
import "./chunk-ZHLQDNGW.js";
import {
  calibrationBinOf
} from "./chunk-MTIZQRWO.js";
import {
  ShadowJoin,
  TOP_DISAGREEMENTS,
  disagreementSize,
  readSide,
  sortedNames,
  strictNumber
} from "./chunk-IFN6QZIH.js";
import {
  checkDataPath,
  estimateLines,
  labelReader,
  matchPartialFiles,
  readTable,
  readerScript,
  rebuiltError,
  resolveFiles,
  workspaceRoot
} from "./chunk-RNLKZBRT.js";
import "./chunk-O6GBSEXR.js";
import "./chunk-WGSDQCGC.js";
import {
  numpyLerp,
  percentileInterval,
  poissonDraw,
  poissonWeights,
  quantileLinear,
  uniformStream
} from "./chunk-WMTBHY5M.js";
import "./chunk-CDUPDCSK.js";
import {
  ConfigError,
  DataError,
  SourceError,
  UsageError
} from "./chunk-JUZ7LOQF.js";
import "./chunk-ZGDBGMMU.js";

// shared/shadow-compare/checks.ts
var TITLES = {
  agreement: "Agreement",
  flip_rate: "Flip rate",
  cohen_kappa: "Cohen's kappa",
  mcnemar: "McNemar p-value",
  score_delta: "Mean score delta",
  wilcoxon: "Wilcoxon p-value",
  ks: "KS statistic",
  psi: "PSI",
  brier_delta: "Brier score delta",
  ece_delta: "Calibration error delta",
  abs_error_delta: "Absolute error delta",
  squared_error_delta: "Squared error delta",
  latency_p50_delta: "p50 latency delta",
  latency_p95_delta: "p95 latency delta",
  latency_p99_delta: "p99 latency delta",
  error_rate_delta: "Error-rate delta",
  join_rate: "Join rate"
};
function rawFor(rule, m, level) {
  const title = `${TITLES[m.metric] ?? m.metric}${m.scope ? ` for ${scopeText(m.scope)}` : ""}`;
  return judgeMeasurement(rule, { ...m, id: m.scope ? `${m.metric}[${scopeText(m.scope)}]` : m.metric, title }, level);
}
function measurementsFor(rule, comparison) {
  const same = comparison.measurements.filter((m) => m.metric === rule.metric);
  const where = rule.where && Object.entries(rule.where);
  if (where?.length) return same.filter((m) => m.scope && where.every(([k, v]) => Object.hasOwn(m.scope, k) && m.scope[k] === String(v)));
  if (rule.over?.length) return same.filter((m) => m.scope && rule.over.some((attribute) => Object.hasOwn(m.scope, attribute)));
  return same.filter((m) => m.scope === void 0);
}
function shadowChecks(rules, comparison, options) {
  const judged = rules.map((rule) => {
    const found = measurementsFor(rule, comparison);
    const raws = found.length ? found.map((m) => rawFor(rule, m, options.level)) : [
      rawFor(
        rule,
        {
          metric: rule.metric,
          value: null,
          interval: null,
          n: 0,
          inconclusive: "the logs have nothing this rule can measure (no such column on both sides, or no pairs)"
        },
        options.level
      )
    ];
    return { rule, raws };
  });
  return finishChecks(judged, options.policy, options.ruleLocation);
}

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
function wilcoxon(x, y, options = {}) {
  const first = finiteSample(x, "x");
  const differences = y === void 0 ? first : new Float64Array(first);
  if (y !== void 0) {
    const second = finiteSample(y, "y");
    if (second.length !== first.length) throw new RangeError(`x and y must have the same length, got ${first.length} and ${second.length}`);
    for (let i = 0; i < first.length; i++) differences[i] = first[i] - second[i];
  }
  const alternative = options.alternative ?? "two-sided";
  let nonZeroCount = 0;
  for (let i = 0; i < differences.length; i++) if (differences[i] !== 0) nonZeroCount++;
  let nonZero = differences;
  if (nonZeroCount < differences.length) {
    nonZero = new Float64Array(nonZeroCount);
    for (let i = 0, k = 0; i < differences.length; i++) if (differences[i] !== 0) nonZero[k++] = differences[i];
  }
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
  let positiveCount = 0;
  for (let i = 0; i < nonZero.length; i++) if (nonZero[i] > 0) positiveCount++;
  const positives = new Float64Array(positiveCount);
  const negatives = new Float64Array(nonZero.length - positiveCount);
  for (let i = 0, p = 0, q = 0; i < nonZero.length; i++) {
    if (nonZero[i] > 0) positives[p++] = nonZero[i];
    else negatives[q++] = -nonZero[i];
  }
  positives.sort();
  negatives.sort();
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
function compareShadow(pairs, options = DEFAULT_COMPARE_OPTIONS) {
  const measurements = [];
  const notes = [];
  const { counts } = pairs;
  measurements.push({
    metric: "join_rate",
    value: counts.joinRate,
    interval: null,
    n: counts.pairs,
    ...counts.joinRate === null ? { inconclusive: "neither log has a request" } : {}
  });
  const classification = compareClasses(pairs, options, measurements);
  const scores = compareScores(pairs, options, measurements, notes);
  const calibration = compareCalibration(pairs, options, measurements, notes);
  const regression = compareRegression(pairs, options, measurements);
  const latency = compareLatency(pairs, options, measurements, notes);
  const errors = compareErrors(pairs, options, measurements);
  const { segments, worstSegment } = compareSegments(pairs, options, measurements);
  return { pairs: pairs.n, classification, scores, calibration, regression, latency, errors, segments, worstSegment, measurements, notes };
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
function compareScores(pairs, options, out, notes) {
  const { production, shadow } = pairs;
  const { first, second } = bothPresent(production.score, shadow.score, pairs.n);
  const n = first.length;
  if (n === 0) return null;
  const delta = new Float64Array(n);
  for (let k = 0; k < n; k++) delta[k] = second[k] - first[k];
  const { mean, sd } = meanAndSd(delta);
  const z = normalPpf((1 + options.level) / 2);
  const interval = n > 1 ? [mean - z * sd / Math.sqrt(n), mean + z * sd / Math.sqrt(n)] : null;
  const signed = wilcoxon(delta);
  const effect = sd > 0 ? mean / sd : null;
  const needed = wilcoxonSampleSize(options.detectableScoreEffect, { alpha: options.alpha, power: options.power }).n;
  const underpowered = n < needed ? {
    inconclusive: `${n} paired scores cannot detect a standardized shift of ${options.detectableScoreEffect}; about ${needed} are needed`
  } : {};
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
  out.push({
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
function compareLatency(pairs, options, out, notes) {
  const { production, shadow } = pairs;
  const { first, second } = bothPresent(production.latency, shadow.latency, pairs.n);
  const n = first.length;
  if (n === 0) return null;
  const { replicates, seed, level } = options;
  const found = pairedQuantileDeltas(first, second, LATENCY_QUANTILES, { replicates, seed, level });
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

// shared/shadow-compare/partial.ts
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
function parseShard(text2) {
  const match = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text2);
  const [index, count2] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(index >= 1 && count2 >= 1 && index <= count2 && count2 <= 4096))
    throw new UsageError(`--shard ${JSON.stringify(text2.slice(0, 40))} is not K/N with 1 <= K <= N <= 4096`, { hint: "e.g. --shard 2/4" });
  return { index, count: count2 };
}
function inShard(shard, hashWord) {
  return (hashWord >>> 0) % shard.count === shard.index - 1;
}
var bytesOf = (array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64");
function arrayOf(kind, text2, n, file) {
  const bytes = typeof text2 === "string" ? Buffer.from(text2, "base64") : Buffer.alloc(0);
  const width = kind.BYTES_PER_ELEMENT;
  if (bytes.length !== n * width) throw new DataError("not a readable shadow-compare partial: a column has the wrong length", { file });
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return new kind(copy);
}
async function writeShadowPartial(file, spec, shard, pairs, data) {
  const side = (s) => ({
    score: bytesOf(s.score),
    prediction: bytesOf(s.prediction),
    latency: bytesOf(s.latency),
    error: bytesOf(s.error)
  });
  const partial = {
    modelgate_shadow_partial: 1,
    modelgate_version: MODELGATE_VERSION,
    spec,
    shard,
    data,
    pairs: {
      n: pairs.n,
      classes: pairs.classes,
      segments: pairs.segments.map((s) => ({ name: s.name, values: s.values, codes: bytesOf(s.codes) })),
      production: side(pairs.production),
      shadow: side(pairs.shadow),
      label: bytesOf(pairs.label),
      target: pairs.target && bytesOf(pairs.target),
      counts: pairs.counts,
      top: pairs.top
    }
  };
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, gzipSync(JSON.stringify(partial)));
  return file;
}
async function mergeShadowPartials(patterns, spec, workspace) {
  const files = await matchPartialFiles(patterns, workspace);
  const byShard = /* @__PURE__ */ new Map();
  const digests = /* @__PURE__ */ new Map();
  const parts = [];
  for (const file of files) {
    const bytes = await readFile(file).catch((error) => {
      throw new DataError(`not a readable partial: ${error.message}`, { file });
    });
    const digest = createHash("sha256").update(bytes).digest("hex");
    if (digests.has(digest))
      throw new DataError(`${file} is the same partial as ${digests.get(digest)}: merging it twice would count its pairs twice`, { file });
    digests.set(digest, file);
    const partial = parsePartial(bytes, file);
    checkPartial(partial, spec, parts[0], files[0], file);
    const twin = byShard.get(partial.shard.index);
    if (twin !== void 0)
      throw new DataError(`${file} and ${twin} are both shard ${partial.shard.index}/${partial.shard.count}`, { file });
    byShard.set(partial.shard.index, file);
    parts.push(partial);
  }
  const count2 = parts[0].shard.count;
  const missing = Array.from({ length: count2 }, (_, k) => k + 1).filter((k) => !byShard.has(k));
  if (missing.length)
    throw new DataError(
      `shard${missing.length > 1 ? "s" : ""} ${missing.join(", ")} of ${count2} missing: the merge would compare a subset of the requests`,
      {
        file: patterns.join(", ")
      }
    );
  return { pairs: concatenate(parts.map((p, k) => pairsOf(p, files[k]))), data: parts[0].data, shards: count2 };
}
function parsePartial(bytes, file) {
  let partial;
  try {
    partial = JSON.parse(gunzipSync(bytes).toString("utf8"));
  } catch {
    throw new DataError("not a readable shadow-compare partial: not gzip-compressed JSON", { file });
  }
  if (partial?.modelgate_shadow_partial !== 1)
    throw new DataError('not a shadow-compare partial (missing "modelgate_shadow_partial": 1)', { file });
  return partial;
}
function checkPartial(partial, spec, first, firstFile, file) {
  if (partial.modelgate_version !== MODELGATE_VERSION)
    throw new DataError(
      `this partial was written by modelgate ${JSON.stringify(String(partial.modelgate_version).slice(0, 40))}, and the merge runs modelgate ${MODELGATE_VERSION}`,
      { file },
      { hint: "write the partials and merge them with the same modelgate release (pin the action or package version in every job)" }
    );
  if (JSON.stringify(partial.spec) !== JSON.stringify(spec))
    throw new ConfigError(
      "this partial compared other columns (or read them otherwise) than the merge job is configured to",
      { file },
      { hint: `partial: ${JSON.stringify(partial.spec).slice(0, 300)}; merge job: ${JSON.stringify(spec).slice(0, 300)}` }
    );
  if (!isReadLogs(partial.data)) throw new DataError("not a readable shadow-compare partial: what it read is malformed", { file });
  const { index, count: count2 } = partial.shard ?? {};
  if (!(Number.isInteger(index) && Number.isInteger(count2) && index >= 1 && index <= count2))
    throw new DataError("not a readable shadow-compare partial: no shard K/N", { file });
  if (first === void 0) return;
  if (count2 !== first.shard.count)
    throw new DataError(`${file} is a shard of ${count2} and ${firstFile} one of ${first.shard.count}`, { file });
  if (JSON.stringify(partial.data) !== JSON.stringify(first.data))
    throw new DataError(`${file} and ${firstFile} read different logs: every shard reads the same production and shadow logs`, { file });
}
function pairsOf(partial, file) {
  const p = partial.pairs;
  const n = p.n;
  if (!(Number.isInteger(n) && n >= 0)) throw new DataError("not a readable shadow-compare partial: no pair count", { file });
  const side = (s) => ({
    score: arrayOf(Float64Array, s?.score, n, file),
    prediction: arrayOf(Int32Array, s?.prediction, n, file),
    latency: arrayOf(Float64Array, s?.latency, n, file),
    error: arrayOf(Uint8Array, s?.error, n, file)
  });
  const bad = (what) => new DataError(`not a readable shadow-compare partial: ${what}`, { file });
  if (!isNames(p.classes) || !Array.isArray(p.segments) || !p.segments.every((s) => typeof s?.name === "string" && isNames(s.values)))
    throw bad("classes or segment values are not lists of distinct names");
  const pairs = {
    n,
    production: side(p.production),
    shadow: side(p.shadow),
    label: arrayOf(Int32Array, p.label, n, file),
    target: p.target === null ? null : arrayOf(Float64Array, p.target, n, file),
    classes: p.classes,
    segments: p.segments.map((s) => ({ name: s.name, values: s.values, codes: arrayOf(Int32Array, s.codes, n, file) })),
    counts: p.counts,
    top: p.top
  };
  for (const [codes, names] of [
    [pairs.production.prediction, p.classes],
    [pairs.shadow.prediction, p.classes],
    [pairs.label, p.classes],
    ...pairs.segments.map((s) => [s.codes, s.values])
  ])
    for (let i = 0; i < n; i++) if (codes[i] < -1 || codes[i] >= names.length) throw bad(`pair ${i} has a code outside its names`);
  if (!COUNTED.every((key) => Number.isSafeInteger(p.counts?.[key]) && p.counts[key] >= 0) || p.counts.pairs !== n)
    throw bad("its counts are not whole numbers, or not those of its pairs");
  if (!Array.isArray(p.top) || p.top.length > TOP_DISAGREEMENTS || !p.top.every(isDisagreement))
    throw bad("its top disagreements are malformed");
  return pairs;
}
function isReadLogs(data) {
  const count2 = (value) => Number.isSafeInteger(value) && value >= 0;
  const side = (value) => {
    if (typeof value !== "object" || value === null) return false;
    const { files, rows, cloud_events: events, ...rest2 } = value;
    return Object.keys(rest2).length === 0 && Array.isArray(files) && files.every((f) => typeof f === "string") && count2(rows) && (events === void 0 || typeof events === "object" && events !== null && Object.values(events).every(count2));
  };
  if (typeof data !== "object" || data === null) return false;
  const { production, shadow, labels, ...rest } = data;
  return Object.keys(rest).length === 0 && side(production) && side(shadow) && (labels === void 0 || side(labels));
}
function isNames(list) {
  return Array.isArray(list) && list.every((name) => typeof name === "string") && new Set(list).size === list.length;
}
function isDisagreement(d) {
  const answer = (a) => (a?.score === null || typeof a?.score === "number") && (a?.prediction === null || typeof a?.prediction === "string");
  return typeof d?.id === "string" && answer(d.production) && answer(d.shadow) && typeof d.segments === "object" && d.segments !== null && Object.values(d.segments).every((v) => v === null || typeof v === "string");
}
function concatenate(parts) {
  const n = parts.reduce((sum2, p) => sum2 + p.n, 0);
  const classes = namesOf(parts.map((p) => p.classes));
  const segmentNames = parts[0].segments.map((s) => s.name);
  const segmentValues = segmentNames.map((_, k) => namesOf(parts.map((p) => p.segments[k]?.values ?? [])));
  const out = {
    n,
    production: emptySide(n),
    shadow: emptySide(n),
    label: new Int32Array(n),
    target: parts[0].target ? new Float64Array(n) : null,
    classes: classes.names,
    segments: segmentNames.map((name, k) => ({ name, values: segmentValues[k].names, codes: new Int32Array(n) })),
    counts: sumCounts(parts.map((p) => p.counts)),
    top: parts.flatMap((p) => p.top).sort((a, b) => disagreementSize(b) - disagreementSize(a)).slice(0, TOP_DISAGREEMENTS)
  };
  let at = 0;
  for (const part of parts) {
    const classCode = part.classes.map((name) => classes.code.get(name));
    const recode = (code, codes) => code < 0 ? code : codes[code];
    for (const [from, to] of [
      [part.production, out.production],
      [part.shadow, out.shadow]
    ]) {
      to.score.set(from.score, at);
      to.latency.set(from.latency, at);
      to.error.set(from.error, at);
      for (let i = 0; i < part.n; i++) to.prediction[at + i] = recode(from.prediction[i], classCode);
    }
    for (let i = 0; i < part.n; i++) out.label[at + i] = recode(part.label[i], classCode);
    if (out.target && part.target) out.target.set(part.target, at);
    part.segments.forEach((segment, k) => {
      const valueCode = segment.values.map((value) => segmentValues[k].code.get(value));
      for (let i = 0; i < part.n; i++) out.segments[k].codes[at + i] = recode(segment.codes[i], valueCode);
    });
    at += part.n;
  }
  return out;
}
function namesOf(lists) {
  const { names } = sortedNames([...new Set(lists.flat())]);
  return { names, code: new Map(names.map((name, k) => [name, k])) };
}
function emptySide(n) {
  return { score: new Float64Array(n), prediction: new Int32Array(n), latency: new Float64Array(n), error: new Uint8Array(n) };
}
var COUNTED = [
  "production",
  "shadow",
  "pairs",
  "duplicateProduction",
  "duplicateShadow",
  "unmatchedProduction",
  "unmatchedShadow",
  "labels",
  "duplicateLabels",
  "labelledPairs"
];
function sumCounts(all) {
  const counts = Object.fromEntries(COUNTED.map((key) => [key, all.reduce((total, c) => total + c[key], 0)]));
  const union = counts.pairs + counts.unmatchedProduction + counts.unmatchedShadow;
  return { ...counts, joinRate: union > 0 ? counts.pairs / union : null };
}

// shared/shadow-compare/replay.ts
import path2 from "node:path";
var DOWN_AFTER = 10;
var MIN_BLOCK_ROWS = 1024;
var EndpointStats = class {
  constructor(adapter) {
    this.adapter = adapter;
  }
  adapter;
  requests = 0;
  failedRequests = 0;
  rows = 0;
  failedRows = 0;
  consecutive = 0;
  firstError = null;
  ms = new Float64Array(1024);
  answered = 0;
  answer(ms, rows) {
    this.requests++;
    this.rows += rows;
    this.consecutive = 0;
    if (this.answered === this.ms.length) {
      const grown = new Float64Array(2 * this.ms.length);
      grown.set(this.ms);
      this.ms = grown;
    }
    this.ms[this.answered++] = ms;
  }
  fail(error, rows) {
    this.requests++;
    this.rows += rows;
    this.failedRequests++;
    this.failedRows += rows;
    this.consecutive++;
    this.firstError ??= error.message;
  }
  record() {
    const sorted = this.ms.slice(0, this.answered).sort();
    let sum2 = 0;
    for (const x of sorted) sum2 += x;
    const round = (x) => Math.round(x * 1e3) / 1e3;
    return {
      kind: this.adapter.kind,
      endpoint: this.adapter.endpoint,
      features: [...this.adapter.features],
      requests: this.requests,
      failed_requests: this.failedRequests,
      rows: this.rows,
      failed_rows: this.failedRows,
      error_rate: this.rows ? this.failedRows / this.rows : null,
      latency_ms: sorted.length ? {
        mean: round(sum2 / sorted.length),
        p50: round(quantileLinear(sorted, 0.5)),
        p95: round(quantileLinear(sorted, 0.95)),
        p99: round(quantileLinear(sorted, 0.99)),
        max: round(sorted[sorted.length - 1])
      } : null,
      first_error: this.firstError
    };
  }
};
async function replayRequests(settings, join) {
  const production = await open("production", settings);
  let shadow;
  try {
    shadow = await open("shadow", settings);
  } catch (error) {
    await production.close();
    throw error;
  }
  const stats = { production: new EndpointStats(production), shadow: new EndpointStats(shadow) };
  const done = { rows: 0, budgetReached: false, files: [] };
  const record = () => ({
    files: done.files,
    rows: done.rows,
    batch_size: settings.batchSize,
    concurrency: settings.concurrency,
    max_requests: settings.maxRequests ?? null,
    budget_reached: done.budgetReached,
    endpoints: { production: stats.production.record(), shadow: stats.shadow.record() }
  });
  try {
    const data = await replayFile(settings, stats, join, done);
    return { rows: done.rows, data, record: record() };
  } catch (error) {
    if (error instanceof EndpointDownError) error.record = record();
    throw error;
  } finally {
    await Promise.all([production.close(), shadow.close()]);
  }
}
async function open(side, settings) {
  const given = settings.models[side];
  const model = typeof given === "string" ? { spec: given } : given;
  const key = `shadow_compare.${side}_model`;
  const pointer = `/shadow_compare/${side}_model`;
  const where = settings.at(typeof given === "string" ? pointer : `${pointer}/spec`);
  const spec = parseModelSpec(model.spec, where);
  if (spec.kind === "tfjs") checkDataPath(path2.join(spec.dir, "model.json"), settings.read.workspace);
  const features = model.features ?? settings.features;
  if ((spec.kind === "command" || spec.kind === "json" || spec.kind === "kserve") && features === void 0)
    throw new ConfigError(
      `the ${side} model is a ${spec.kind === "json" ? "json+http model" : spec.kind === "kserve" ? "KServe V1 model" : "command"}: name the columns to send it in \`shadow_compare.features\` (or \`${key}.features\`)`,
      where
    );
  if (spec.kind === "json" !== (model.json !== void 0))
    throw new ConfigError(
      spec.kind === "json" ? `the ${side} model is a json+http model: it needs \`${key}.json\`, its request template and the JSON pointer to the scores` : `\`${key}.json\` describes a json+http model, and the ${side} model is ${spec.kind}`,
      spec.kind === "json" ? where : settings.at(`${pointer}/json`),
      {
        hint: `write the model as a mapping: ${side}_model: {spec: json+http://\u2026, json: {template: {instances: $rows}, output: /predictions}}`
      }
    );
  return openModel(
    spec,
    {
      batchSize: settings.batchSize,
      // The replay keeps its own requests in flight, one batch per predict call.
      concurrency: 1,
      timeoutMs: settings.timeoutMs,
      retries: settings.retries,
      ...settings.maxRequests === void 0 ? {} : { maxRequests: settings.maxRequests },
      ...features ? { features } : {},
      ...model.json ? { json: checkJsonRequest(model.json, (p) => settings.at(`${pointer}/json${p}`)) } : {},
      headers: headersFromEnv(model.headers, key, settings.at),
      env: checkModelEnv(model.env, key, settings.at)
    },
    where
  );
}
async function replayFile(settings, stats, join, done) {
  const features = [.../* @__PURE__ */ new Set([...stats.production.adapter.features, ...stats.shadow.adapter.features])];
  const blockRows = Math.max(MIN_BLOCK_ROWS, 2 * settings.batchSize * settings.concurrency);
  const read = readTable(settings.files, settings.read);
  let block = emptyBlock();
  let requestsLeft = settings.maxRequests ?? Number.POSITIVE_INFINITY;
  const flush = async () => {
    const n = block.ids.length;
    if (n === 0) return;
    const requests = Math.ceil(n / settings.batchSize);
    requestsLeft -= requests;
    const [a, b] = await Promise.all([sendBlock(block, stats.production, settings), sendBlock(block, stats.shadow, settings)]);
    feedJoin(join, block, a, b, settings);
    done.rows += n;
    block = emptyBlock();
  };
  let at = null;
  for await (const batch of read) {
    if (at?.columns !== batch.columns) at = layoutOf(batch, settings, features);
    if (!done.files.includes(batch.file)) done.files.push(batch.file);
    for (let i = 0; i < batch.rows.length; i++) {
      if (block.ids.length >= requestsLeft * settings.batchSize) {
        done.budgetReached = true;
        break;
      }
      addRow(block, batch, i, at, features, settings);
      if (block.ids.length >= blockRows) await flush();
    }
    if (done.budgetReached) break;
  }
  await flush();
  const data = read.summary();
  done.files = data.files;
  return data;
}
function emptyBlock() {
  return { ids: [], records: [], origins: [], labels: [], segments: [] };
}
function layoutOf(batch, settings, features) {
  const find = (name, what) => {
    const k = batch.columns.indexOf(name);
    if (k < 0)
      throw new DataError(
        `the replay file has no ${what} column ${JSON.stringify(name.slice(0, 64))}`,
        { file: batch.file },
        {
          hint: `its columns: ${batch.columns.slice(0, 10).map((c) => JSON.stringify(c.slice(0, 64))).join(", ")}`
        }
      );
    return k;
  };
  return {
    columns: batch.columns,
    id: find(settings.id, "id"),
    // The truth is optional in a replay file: a column of that name is read when there is one.
    label: settings.label === void 0 ? -1 : batch.columns.indexOf(settings.label),
    features: features.map((f) => find(f, "feature")),
    segments: settings.segments.map((s) => find(s, "segment"))
  };
}
function addRow(block, batch, i, at, features, settings) {
  const row = batch.rows[i];
  const id = text(row[at.id]);
  if (id === null)
    throw new DataError(`request id is empty in column ${JSON.stringify(settings.id)}`, {
      file: batch.file,
      line: batch.lines[i],
      column: settings.id
    });
  const record = /* @__PURE__ */ Object.create(null);
  features.forEach((f, j) => record[f] = row[at.features[j]]);
  block.ids.push(id);
  block.records.push(record);
  block.origins.push({ file: batch.file, line: batch.lines[i] });
  block.labels.push(at.label < 0 ? null : text(row[at.label]));
  block.segments.push(at.segments.map((k) => text(row[k])));
}
async function sendBlock(block, stats, settings) {
  const n = block.ids.length;
  const answers = { scores: new Float64Array(n).fill(NaN), latency: new Float64Array(n).fill(NaN) };
  const adapter = stats.adapter;
  const concurrency = adapter.kind === "command" || adapter.kind === "tfjs" ? 1 : settings.concurrency;
  let next = 0;
  const state = {};
  const worker = async () => {
    while (state.thrown === void 0 && next < n) {
      const first = next;
      const end = Math.min(n, first + settings.batchSize);
      next = end;
      try {
        const { scores, requests } = await adapter.predict(block.records.slice(first, end), block.origins.slice(first, end));
        answers.scores.set(scores, first);
        const ms = requests.reduce((sum2, r) => sum2 + r.ms, 0);
        answers.latency.fill(ms / (end - first), first, end);
        stats.answer(ms, end - first);
      } catch (error) {
        if (!(error instanceof SourceError)) {
          state.thrown ??= redacted(error, settings.redact);
          return;
        }
        stats.fail(error, end - first);
        if (stats.consecutive >= DOWN_AFTER) state.thrown ??= downError(stats, block.origins[first]);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.ceil(n / settings.batchSize)) }, worker));
  if (state.thrown !== void 0) throw state.thrown;
  return answers;
}
var EndpointDownError = class extends SourceError {
  record;
};
function downError(stats, at) {
  return new EndpointDownError(
    `${stats.adapter.endpoint} failed ${stats.consecutive} requests in a row (${stats.failedRequests} of ${stats.requests} so far), so the replay stopped: a comparison of what is left would hide it`,
    { file: at.file, line: at.line },
    { hint: `the first failure: ${stats.firstError ?? "unknown"}` }
  );
}
function redacted(error, redact) {
  if (!(error instanceof DataError) || typeof error.location.column !== "string" || !redact.includes(error.location.column)) return error;
  return new DataError(
    `feature ${JSON.stringify(error.location.column)} has a value (redacted) the model cannot take`,
    { ...error.location },
    { hint: "the model is asked only for complete rows of the types it declares" }
  );
}
function feedJoin(join, block, a, b, settings) {
  const answer = (side, i) => {
    const score = side.scores[i];
    const failed = score !== score;
    return {
      score: failed ? null : score,
      prediction: failed || settings.classes === null ? null : settings.classes[score >= settings.threshold ? 1 : 0],
      latency: failed ? null : side.latency[i],
      error: failed,
      label: settings.classes === null ? null : block.labels[i],
      target: settings.classes === null ? strictNumber(block.labels[i], () => ({
        ...block.origins[i],
        column: settings.label,
        redacted: settings.redact.includes(settings.label)
      })) : null,
      segments: block.segments[i]
    };
  };
  for (let i = 0; i < block.ids.length; i++) join.addPair(block.ids[i], answer(a, i), answer(b, i));
}
function text(value) {
  if (value === void 0 || value === null || value === "") return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value);
}

// shared/shadow-compare/shadow-thread.ts
import { Worker } from "node:worker_threads";
async function startSideThread(paths, columns, options) {
  const script = await readerScript(paths, options, "shadow-side");
  if (script === null) return null;
  const { onProgress: _onProgress, ...rest } = options;
  const request = { paths, columns, options: rest, progress: true };
  const worker = new Worker(script, { workerData: request });
  const inbox = [];
  let wake = null;
  const deliver = (message) => {
    inbox.push(message);
    if (message.type === "batch") worker.postMessage("next");
    wake?.();
  };
  worker.on("message", deliver);
  worker.on("error", (cause) => deliver({ type: "failed", cause }));
  worker.on(
    "exit",
    (code) => deliver({ type: "failed", cause: new Error(`the shadow log's reading thread stopped (exit code ${code}) before the end of the log`) })
  );
  return {
    async drain(take, progress) {
      for (; ; ) {
        while (inbox.length === 0) await new Promise((resolve) => wake = resolve);
        wake = null;
        const message = inbox.shift();
        if (message.type === "batch") take(message.batch);
        else if (message.type === "progress") progress?.(message.progress);
        else if (message.type === "end") return message.read;
        else if (message.type === "error") throw rebuiltError(message.error);
        else throw message.cause;
      }
    },
    async stop() {
      await worker.terminate();
    }
  };
}

// shared/commands/shadow-compare.ts
async function shadowCompare(options, platform) {
  const loaded = await loadConfig(
    options.config,
    {
      "shadow_compare.production": options.production,
      "shadow_compare.shadow": options.shadow,
      "shadow_compare.labels": options.labels,
      "shadow_compare.replay": options.replay,
      // A flag names the spec: a model the config gives as a mapping keeps its json, headers and features.
      "shadow_compare.production_model": options.productionModel === void 0 ? void 0 : { spec: options.productionModel },
      "shadow_compare.shadow_model": options.shadowModel === void 0 ? void 0 : { spec: options.shadowModel }
    },
    "shadow_compare"
  );
  try {
    return await compareLoaded(loaded, options, platform);
  } catch (error) {
    throw locateInConfig(error, loaded);
  }
}
async function compareLoaded(loaded, options, platform) {
  const { config } = loaded;
  const section = config.shadow_compare;
  if (section.gates.length === 0)
    throw new ConfigError(
      "shadow_compare.gates is empty: there is nothing to hold the shadow model to",
      { file: loaded.file, path: "/shadow_compare" },
      { hint: "add at least one rule, such as `- metric: flip_rate` with `max: 0.02`" }
    );
  const read = readOptionsOf(config);
  const columns = logColumnsOf(section, config.data?.task === "regression");
  const sharding = shardingOf(options, section);
  const { pairs, inputs, shards } = options.partials?.length ? await mergedInputs(options.partials, columns, config) : { ...await joinInputs(loaded, columns, read, platform, sharding.shard), shards: 0 };
  if (options.emitPartial) {
    const written = await writeShadowPartial(
      options.emitPartial,
      partialSpec(columns, config),
      sharding.shard,
      { ...pairs, top: redactedTop(pairs.top, columns) },
      inputs.data
    );
    platform.setOutput("partial", written);
    platform.info(`partial written: ${written} (shard ${sharding.shard.index}/${sharding.shard.count}, ${pairs.n} pairs)`);
    return null;
  }
  if (inputs.replay === void 0)
    checkJoinRate(pairs.counts, section.min_join_rate, configPosition(loaded, "/shadow_compare/min_join_rate"));
  else if (inputs.replay.rows === 0) throw new DataError("the replay file has no requests", { file: inputs.replay.files.join(", ") });
  const compareOptions = {
    ...DEFAULT_COMPARE_OPTIONS,
    level: section.level,
    replicates: section.bootstrap.replicates,
    seed: section.bootstrap.seed,
    correction: section.correction,
    psiBins: section.psi_bins,
    binaryLabel: binaryLabelOf(config.data)
  };
  const comparison = compareShadow(pairs, compareOptions);
  const checks = [
    ...inputs.replay ? endpointChecks(inputs.replay, section.max_error_rate, configPosition(loaded, "/shadow_compare/max_error_rate")) : [],
    ...shadowChecks(section.gates, comparison, {
      policy: section.inconclusive,
      level: section.level,
      ruleLocation: (index) => configPosition(loaded, `/shadow_compare/gates/${index}`)
    })
  ];
  const { measurements: _measurements, notes: comparisonNotes, ...tables } = comparison;
  const redacted2 = section.redact;
  const body = {
    join: pairs.counts,
    comparison: tables,
    top_disagreements: redactedTop(pairs.top, columns),
    redacted: redacted2,
    data: inputs.data,
    ...inputs.replay ? { replay: inputs.replay } : {},
    options: {
      level: compareOptions.level,
      correction: compareOptions.correction,
      psi_bins: compareOptions.psiBins,
      psi_epsilon: compareOptions.psiEpsilon,
      min_segment_size: compareOptions.minSegmentSize,
      bootstrap: {
        replicates: compareOptions.replicates,
        seed: compareOptions.seed,
        method: "paired Poisson bootstrap, percentile intervals"
      }
    }
  };
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    gate: "shadow-compare",
    verdict: verdictOf(checks),
    counts: countStatuses(checks),
    checks,
    config: { file: loaded.file, sha256: loaded.sha256 },
    notes: [
      ...comparisonNotes,
      shadowNote(compareOptions),
      ...inputs.replay ? [replayNote(inputs.replay)] : [],
      ...shards ? [
        `Merged from ${shards} shards' partials: each kept the requests whose id hash fell in it, and every statistic is over all their pairs.`
      ] : []
    ],
    sections: { shadow_compare: body }
  };
}
async function joinInputs(loaded, columns, read, platform, shard) {
  const section = loaded.config.shadow_compare;
  const join = new ShadowJoin(columns.segments, {
    numericLabels: columns.numericLabel,
    ...shard ? { shard: (word) => inShard(shard, word) } : {}
  });
  const progress = createProgressReporter(platform);
  try {
    const labels = section.labels === void 0 ? void 0 : await readLabels(section.labels, columns, read, join);
    const inputs = section.replay === void 0 ? await readLogs(loaded, columns, { ...read, onProgress: progress }, join, shard?.count ?? 1) : await replayBoth(loaded, columns, { ...read, onProgress: progress }, join, platform);
    if (labels) inputs.data.labels = labels;
    return { pairs: join.pairs(), inputs };
  } finally {
    progress.end();
  }
}
function shardingOf(options, section) {
  if (options.partials?.length && (options.emitPartial || options.shard))
    throw new UsageError("--partials merges the shards: it takes neither --emit-partial nor --shard");
  if (Boolean(options.emitPartial) !== Boolean(options.shard))
    throw new UsageError("--emit-partial and --shard K/N come together: each matrix job writes the partial of its own shard");
  if (!options.shard) return {};
  if (section.replay !== void 0) throw new UsageError("replay mode is not sharded: --shard and --emit-partial take prediction logs");
  const hidden = new Set(section.redact);
  const carried = [section.score, section.prediction, section.label, section.latency, section.error, ...section.segments ?? []];
  const redacted2 = carried.find((column) => column !== void 0 && hidden.has(column));
  if (redacted2 !== void 0)
    throw new UsageError(
      `a partial carries the compared columns, and ${JSON.stringify(redacted2)} is redacted: it must not leave the runner`,
      {
        hint: "compare it in one job, without --shard, or leave the column out of the comparison"
      }
    );
  return { shard: parseShard(options.shard) };
}
function partialSpec(columns, config) {
  const { redact: _redact, ...compared } = columns;
  return { ...compared, task: config.data?.task ?? "binary" };
}
async function mergedInputs(patterns, columns, config) {
  const { pairs, data, shards } = await mergeShadowPartials(patterns, partialSpec(columns, config), readOptionsOf(config).workspace);
  return { pairs, inputs: { data }, shards };
}
async function readLogs(loaded, columns, read, join, shards) {
  const section = loaded.config.shadow_compare;
  const production = needPaths(section.production, "production", loaded.file);
  const shadow = needPaths(section.shadow, "shadow", loaded.file);
  join.reserve(Math.ceil(await resolveFiles(production, read).then(estimateLines, () => 0) / shards));
  const shadowColumns = { ...columns, segments: [] };
  const thread = await startSideThread(shadow, shadowColumns, read);
  let productionRead;
  let shadowRead;
  try {
    productionRead = await readSide(production, columns, read, (id, answer) => join.addProduction(id, answer));
    shadowRead = thread ? await thread.drain((batch) => join.addShadowBatch(batch), read.onProgress) : await readSide(shadow, shadowColumns, read, (id, answer) => join.addShadow(id, answer));
  } finally {
    await thread?.stop();
  }
  return {
    data: {
      production: sideData(productionRead.data, productionRead.cloudEvents),
      shadow: sideData(shadowRead.data, shadowRead.cloudEvents)
    }
  };
}
async function replayBoth(loaded, columns, read, join, platform) {
  const { config } = loaded;
  const section = config.shadow_compare;
  const task = config.data?.task ?? "binary";
  if (task === "multiclass")
    throw new ConfigError(
      "replay mode reads one score per request: binary and regression models only",
      configPosition(loaded, "/data/task")
    );
  const classes = (config.data?.classes ?? [0, 1]).map(String);
  const settings = {
    files: [section.replay].flat(),
    // The config's semantic checks refused replay mode without both models.
    models: { production: section.production_model, shadow: section.shadow_model },
    at: (pointer) => ({ ...configPosition(loaded, pointer), path: pointer }),
    features: section.features,
    batchSize: section.batch_size,
    concurrency: section.concurrency,
    maxRequests: section.max_requests,
    timeoutMs: section.timeout_ms,
    retries: section.retries,
    id: columns.id,
    label: columns.label,
    segments: columns.segments,
    redact: columns.redact ?? [],
    classes: task === "regression" ? null : [classes[0], classes[1]],
    threshold: config.data?.threshold ?? 0.5,
    read
  };
  const { record, data } = await platform.group(
    `Replaying ${settings.files.join(", ")} against both models`,
    () => replayRequests(settings, join).catch((error) => {
      if (error instanceof EndpointDownError && error.record) error.sections = { shadow_compare: { replay: error.record } };
      throw error;
    })
  );
  const side = (s) => ({ files: [record.endpoints[s].endpoint], rows: record.endpoints[s].rows });
  return {
    data: { production: side("production"), shadow: side("shadow"), replay_file: { files: data.files, rows: data.rowsRead } },
    replay: record
  };
}
function endpointChecks(replay, maxErrorRate, where) {
  return ["production", "shadow"].map((side) => {
    const e = replay.endpoints[side];
    const rule = { metric: "endpoint_error_rate", max: maxErrorRate };
    const raw = judgeMeasurement(
      rule,
      {
        id: `endpoint_error_rate[${side}]`,
        title: `Error rate of the ${side} model`,
        metric: "endpoint_error_rate",
        scope: { endpoint: side },
        value: e.error_rate,
        interval: null,
        n: e.rows,
        evidence: {
          test: `failed requests at ${e.endpoint}: ${e.failed_rows} of ${e.rows} rows in ${e.failed_requests} of ${e.requests} requests`,
          statistic: null,
          p_value: null
        }
      },
      null
    );
    const reason = `${raw.reason}${raw.raw_status === "fail" ? " (shadow_compare.max_error_rate)" : ""}${e.first_error ? `; first failure: ${e.first_error}` : ""}`;
    return { ...raw, reason, status: raw.raw_status, severity: "fail", rule: { index: -1, ...where } };
  });
}
function replayNote(replay) {
  const budget = replay.budget_reached ? ` The request budget (max_requests ${replay.max_requests}) ended the replay after ${replay.rows} requests; the rest of the file was not replayed.` : "";
  return `Replay: ${replay.rows} recorded requests sent to both models, ${replay.batch_size} a request, ${replay.concurrency} in flight; a batched request's latency is spread evenly over its rows, and a failed request's rows count as errors with no score.${budget}`;
}
function binaryLabelOf(data) {
  if (data?.task !== void 0 && data.task !== "binary") return () => -1;
  return labelReader({
    task: "binary",
    classes: data?.classes?.map(String),
    positiveLabel: data?.positive_label === void 0 ? void 0 : String(data.positive_label)
  });
}
function needPaths(paths, side, file) {
  if (paths === void 0)
    throw new ConfigError(
      `no ${side} log to compare`,
      { file, path: "/shadow_compare" },
      { hint: `set shadow_compare.${side} in the config, or pass --${side} (action input \`${side}\`)` }
    );
  return Array.isArray(paths) ? paths : [paths];
}
function logColumnsOf(section, numericLabel) {
  return {
    id: section.id,
    score: section.score,
    prediction: section.prediction,
    label: section.label,
    latency: section.latency,
    error: section.error,
    segments: section.segments ?? [],
    redact: section.redact,
    numericLabel
  };
}
function redactedTop(top, columns) {
  const hidden = new Set(columns.redact);
  const answer = (a) => ({
    score: columns.score !== void 0 && hidden.has(columns.score) ? null : a.score,
    prediction: columns.prediction !== void 0 && hidden.has(columns.prediction) ? null : a.prediction
  });
  return top.map((d) => ({
    id: hidden.has(columns.id) ? "(redacted)" : d.id,
    production: answer(d.production),
    shadow: answer(d.shadow),
    segments: d.segments
  }));
}
function readOptionsOf(config) {
  const data = config.data;
  const workspace = data?.allow_outside_workspace ? void 0 : workspaceRoot();
  return {
    format: data?.format,
    delimiter: data?.delimiter,
    maxBadRows: 0,
    maxLineBytes: data?.max_line_bytes,
    maxFieldBytes: data?.max_field_bytes,
    ...workspace === void 0 ? {} : { workspace }
  };
}
async function readLabels(paths, columns, options, join) {
  const files = Array.isArray(paths) ? paths : [paths];
  const read = readTable(files, options);
  const id = columns.id;
  const label = columns.label;
  for await (const batch of read) {
    const at = { id: batch.columns.indexOf(id), label: batch.columns.indexOf(label) };
    for (const [role, k] of Object.entries(at))
      if (k < 0)
        throw new DataError(`the labels file has no ${role} column ${JSON.stringify(role === "id" ? id : label)}`, { file: batch.file });
    for (let i = 0; i < batch.rows.length; i++) {
      const row = batch.rows[i];
      const key = row[at.id];
      if (key === void 0 || key === null || key === "")
        throw new DataError(`request id is empty in column ${JSON.stringify(id)}`, { file: batch.file, line: batch.lines[i], column: id });
      const value = row[at.label];
      if (!columns.numericLabel) join.addLabel(String(key), value === void 0 || value === null || value === "" ? null : String(value));
      else {
        const where = { file: batch.file, line: batch.lines[i], column: label, redacted: columns.redact?.includes(label) ?? false };
        join.addTarget(
          String(key),
          strictNumber(value, () => where)
        );
      }
    }
  }
  const summary = read.summary();
  return { files: summary.files, rows: summary.rowsRead };
}
function checkJoinRate(counts, minJoinRate, where) {
  const detail = `${counts.pairs} pairs of ${counts.production} production and ${counts.shadow} shadow rows; ${counts.unmatchedProduction} production and ${counts.unmatchedShadow} shadow ids unmatched`;
  if (counts.pairs === 0)
    throw new DataError(`no request id is in both logs (${detail})`, where, {
      hint: "are both logs of the same traffic, joined by the same id column?"
    });
  if (counts.joinRate !== null && counts.joinRate < minJoinRate)
    throw new DataError(
      `only ${(100 * counts.joinRate).toFixed(2)}% of the requests are in both logs, below shadow_compare.min_join_rate ${minJoinRate} (${detail})`,
      where,
      { hint: "a comparison of the requests both logs happen to share may be biased: check the logs cover the same window" }
    );
}
function sideData(data, cloudEvents) {
  return { files: data.files, rows: data.rowsRead, ...cloudEvents ? { cloud_events: cloudEvents } : {} };
}
function shadowNote(options) {
  return `Requests are paired by id; a repeated id keeps its first answer on each side. Intervals are at ${Math.round(100 * options.level)}%; segment p-values are ${options.correction === "holm" ? "Holm" : "Benjamini-Hochberg"}-adjusted; segments under ${options.minSegmentSize} pairs are shown but not tested.`;
}
export {
  shadowCompare
};
