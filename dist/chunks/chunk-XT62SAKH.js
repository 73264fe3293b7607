import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  MODELGATE_VERSION,
  loadConfig,
  locateInConfig
} from "./chunk-RXAXZ7AT.js";
import {
  configPosition,
  createProgressReporter
} from "./chunk-HGPOXKMJ.js";
import {
  higherIsBetter
} from "./chunk-TIRKBGY6.js";
import {
  parseDisparity
} from "./chunk-3XEZIFGU.js";
import {
  NOT_FINITE,
  boundOf,
  finishChecks,
  isNonFinite,
  judgeLevel,
  judgeMeasurement,
  pick,
  scopeText,
  showInterval
} from "./chunk-ZSB5QIDP.js";
import {
  countStatuses,
  verdictOf
} from "./chunk-YPYHEPH3.js";
import {
  REPORT_SCHEMA_VERSION,
  dataRecord,
  dataRecordFrom,
  ownValue
} from "./chunk-GWICTQE2.js";
import {
  formatValue,
  metricTitle
} from "./chunk-6FWDVCS2.js";
import {
  LITTLE_ENDIAN,
  RegressionAccumulator,
  ReplicatedBinaryAccumulator,
  ReplicatedRegressionAccumulator,
  RowStore,
  addAscendingSums,
  ascendRange,
  decodeRowChunks,
  mergeRange,
  mergeSortedRuns,
  rowStoreFromJSON,
  rowStoreToJSON,
  sharedCopy,
  sortedOrder,
  sweepSorted
} from "./chunk-AVOJQ7UQ.js";
import {
  BinaryTable,
  LOG_LOSS_EPS,
  ScoreIndex,
  SortedBinaryTable,
  calibrationBinOf,
  checkBinaryRow,
  checkMetricOptions,
  parseBinaryState
} from "./chunk-TXIFP543.js";
import {
  badRowFix,
  dataPathPolicy,
  exampleAt,
  keyAt,
  matchPartialFiles,
  readExampleColumns
} from "./chunk-SJ4OJ7LD.js";
import {
  WEIGHT_RANGE,
  bootstrapKeyHash,
  drawHashedWords,
  isAcceptedWeight,
  percentileInterval,
  runOnThread,
  weightRowBytes,
  workerScript
} from "./chunk-Z7B6ZZR2.js";
import {
  ConfigError,
  DataError,
  UsageError
} from "./chunk-JUZ7LOQF.js";

// shared/commands/evaluate.ts
import { createHash } from "node:crypto";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";

// shared/fairness/disparity.ts
function disparity(kind, values, options) {
  const defined = (g) => g.value !== null && Number.isFinite(g.value);
  const undefinedGroups = values.filter((g) => !defined(g)).map((g) => g.group);
  const smallGroups = values.filter((g) => defined(g) && g.n < options.minGroupSize).map((g) => g.group);
  const usable = values.filter((g) => defined(g) && g.n >= options.minGroupSize);
  const result = (value, groups2 = {}) => ({
    value: value === null || !Number.isFinite(value) ? null : value,
    groups: groups2,
    undefinedGroups,
    smallGroups
  });
  if (options.relativeTo === "privileged") {
    const privileged = usable.find((g) => g.group === options.privileged);
    const others = usable.filter((g) => g.group !== options.privileged);
    if (!privileged || others.length === 0 || privileged.value === 0) return result(null);
    const worst = others.reduce((a, b) => b.value < a.value ? b : a);
    return kind === "ratio" ? result(worst.value / privileged.value, { min: worst.group, max: privileged.group }) : result(privileged.value - worst.value, { min: worst.group, max: privileged.group });
  }
  if (options.relativeTo === "overall") {
    const overall = options.overall;
    if (overall === null || overall === void 0 || !Number.isFinite(overall) || usable.length === 0) return result(null);
    if (kind === "difference") {
      const farthest = usable.reduce((a, b) => Math.abs(b.value - overall) > Math.abs(a.value - overall) ? b : a);
      return result(Math.abs(farthest.value - overall), { min: farthest.group });
    }
    let worst = null;
    for (const g of usable) {
      const ratio2 = g.value === overall ? 1 : Math.min(g.value / overall, overall / g.value);
      if (!Number.isFinite(ratio2)) return result(null);
      if (!worst || ratio2 < worst.ratio) worst = { group: g.group, ratio: ratio2 };
    }
    return result(worst.ratio, { min: worst.group });
  }
  if (usable.length < 2) return result(null);
  const min = usable.reduce((a, b) => b.value < a.value ? b : a);
  const max = usable.reduce((a, b) => b.value > a.value ? b : a);
  const groups = { min: min.group, max: max.group };
  if (kind === "difference") return result(max.value - min.value, groups);
  return result(max.value === 0 ? null : min.value / max.value, groups);
}
function combineEqualizedOdds(kind, tpr, fpr, agg) {
  const undefinedGroups = [.../* @__PURE__ */ new Set([...tpr.undefinedGroups, ...fpr.undefinedGroups])].sort();
  const smallGroups = [.../* @__PURE__ */ new Set([...tpr.smallGroups, ...fpr.smallGroups])].sort();
  if (tpr.value === null || fpr.value === null) return { value: null, groups: {}, undefinedGroups, smallGroups };
  if (agg === "mean") return { value: (tpr.value + fpr.value) / 2, groups: tpr.groups, undefinedGroups, smallGroups };
  const tprWorse = kind === "difference" ? tpr.value >= fpr.value : tpr.value <= fpr.value;
  const worse = tprWorse ? tpr : fpr;
  return { value: worse.value, groups: worse.groups, undefinedGroups, smallGroups };
}

// shared/metrics/binary.ts
var BinaryAccumulator = class _BinaryAccumulator {
  table = new BinaryTable(1);
  rows = 0;
  unscoredRows = 0;
  /** The table in score order, kept while no row is added (every row adds to `rows`). */
  sortedTable = null;
  sortedRows = -1;
  sorted() {
    if (this.sortedTable === null || this.sortedRows !== this.rows) {
      this.sortedTable = new SortedBinaryTable(this.table);
      this.sortedRows = this.rows;
    }
    return this.sortedTable;
  }
  /** Rows added, whatever their weight. */
  get n() {
    return this.rows;
  }
  /** Sum of the rows' weights. */
  get weightedN() {
    const { tp, fp, tn, fn } = this.sorted().confusion(0);
    return tp + fp + tn + fn;
  }
  /**
   * @param label 0 or 1.
   * @param score Positive-class probability in [0, 1]; NaN when only a hard prediction exists, which makes
   *   the ranking and probability metrics null.
   * @param prediction Hard prediction, 0 or 1.
   * @param weight Sample weight, finite and >= 0.
   */
  add(label, score, prediction, weight) {
    checkBinaryRow(label, score, prediction, weight);
    if (score !== score) this.unscoredRows++;
    const slot = this.table.slot(score, prediction);
    this.table.masses[slot * 2 + label] += weight;
    this.rows++;
  }
  /**
   * `add` for a row already checked with `checkBinaryRow`, whose (score, prediction) is pair `at` of an index
   * shared by the accumulators the row goes to: an evaluation looks the pair up once, not once a population.
   */
  addAt(shared, at, label, weight) {
    const score = shared.scores[at];
    if (score !== score) this.unscoredRows++;
    const slot = this.table.slotAt(shared, at);
    this.table.masses[slot * 2 + label] += weight;
    this.rows++;
  }
  /** Adds rows summed per pair of a shared index, as if each had been added with `addAt`. */
  addPairs(shared, rows) {
    const { counts, carries, masses } = rows;
    const end = Math.min(Math.max(counts.length / 2, masses.length / 3), shared.size);
    for (let at = 0; at < end; at++) {
      const negative = (counts[2 * at] ?? 0) + (carries[2 * at] ?? 0) + (masses[3 * at] ?? 0);
      const positive = (counts[2 * at + 1] ?? 0) + (carries[2 * at + 1] ?? 0) + (masses[3 * at + 1] ?? 0);
      if (negative + positive === 0 && !(masses[3 * at + 2] > 0)) continue;
      const slot = this.table.slotAt(shared, at);
      this.table.masses[2 * slot] += negative;
      this.table.masses[2 * slot + 1] += positive;
    }
    this.rows += rows.rows;
    this.unscoredRows += rows.unscoredRows;
  }
  merge(other) {
    this.table.merge(other.table);
    this.rows += other.rows;
    this.unscoredRows += other.unscoredRows;
  }
  /** Plain JSON with slots sorted by score: the same rows give the same JSON whatever their order. */
  toJSON() {
    return { kind: "binary", version: 1, rows: this.rows, unscoredRows: this.unscoredRows, table: this.table.toJSON() };
  }
  /** Throws DataError when the JSON is not a well-formed binary accumulator. */
  static fromJSON(json) {
    const state = parseBinaryState(json, "binary", 1);
    const accumulator = new _BinaryAccumulator();
    accumulator.table = state.table;
    accumulator.rows = state.rows;
    accumulator.unscoredRows = state.unscoredRows;
    return accumulator;
  }
  /**
   * accuracy, balanced_accuracy, precision, recall, tpr, specificity, tnr, fpr, fnr, f1, fbeta, mcc,
   * selection_rate, roc_auc, average_precision, log_loss, brier, ece, tp, fp, tn, fn, positives,
   * negatives, prevalence. Counts are weighted. ECE uses `calibrationBins` equal-width bins on [0, 1].
   */
  metrics(options) {
    checkMetricOptions(options);
    return this.sorted().metrics(0, options, this.unscoredRows);
  }
  /** Reliability diagram: per equal-width bin, its weight, mean score and mean label. Empty when rows had no score. */
  calibration(bins) {
    checkMetricOptions({ beta: 1, calibrationBins: bins });
    if (this.unscoredRows > 0) return [];
    return this.sorted().calibration(0, bins);
  }
};

// shared/metrics/multiclass.ts
function ratio(numerator, denominator) {
  return denominator > 0 ? numerator / denominator : null;
}
function mean(values) {
  let sum = 0;
  for (const value of values) {
    if (value === null) return null;
    sum += value;
  }
  return sum / values.length;
}
var MulticlassAccumulator = class _MulticlassAccumulator {
  classes;
  matrix;
  /** Null when the score metrics come from rows kept elsewhere (then log_loss and roc_auc_ovr are null here). */
  tables;
  rows = 0;
  unscoredRows = 0;
  /**
   * @param tables false when the evaluation keeps every row's scores once for all populations (multiclass-rows.ts):
   *   tables per population would cost tens of bytes a row each with full-precision scores.
   */
  constructor(classes, tables = true) {
    if (!Number.isInteger(classes) || classes < 2)
      throw new RangeError(`a multiclass accumulator needs an integer class count >= 2, got ${classes}`);
    this.classes = classes;
    this.matrix = new Float64Array(classes * classes);
    this.tables = tables ? Array.from({ length: classes }, () => new BinaryTable(1)) : null;
  }
  /** Whether it keeps score tables (see the constructor). */
  get keepsTables() {
    return this.tables !== null;
  }
  get n() {
    return this.rows;
  }
  get weightedN() {
    let total = 0;
    for (let i = 0; i < this.matrix.length; i++) total += this.matrix[i];
    return total;
  }
  /**
   * @param label true class index in [0, K).
   * @param scores per-class probabilities in [0, 1], length K; undefined when only a hard prediction exists.
   * @param prediction predicted class index in [0, K).
   * @param weight finite and >= 0.
   */
  add(label, scores, prediction, weight) {
    const K = this.classes;
    if (!(Number.isInteger(label) && label >= 0 && label < K))
      throw new DataError(`class label must be an index in [0, ${K}), got ${label}`);
    if (!(Number.isInteger(prediction) && prediction >= 0 && prediction < K))
      throw new DataError(`predicted class must be an index in [0, ${K}), got ${prediction}`);
    if (!isAcceptedWeight(weight)) throw new DataError(`${WEIGHT_RANGE} (got ${weight})`);
    if (scores === void 0) {
      this.unscoredRows++;
    } else {
      if (scores.length !== K) throw new DataError(`expected ${K} class scores, got ${scores.length}`);
      for (let k = 0; k < K; k++) {
        if (!(scores[k] >= 0 && scores[k] <= 1))
          throw new DataError(`class score must be a probability in [0, 1], got ${scores[k]} for class ${k}`);
      }
      for (let k = 0; this.tables !== null && k < K; k++) {
        const table = this.tables[k];
        const slot = table.slot(scores[k], 0);
        table.masses[slot * 2 + (label === k ? 1 : 0)] += weight;
      }
    }
    this.matrix[label * K + prediction] += weight;
    this.rows++;
  }
  merge(other) {
    if (other.classes !== this.classes)
      throw new DataError(`cannot merge multiclass accumulators with ${other.classes} and ${this.classes} classes`);
    if (this.tables === null !== (other.tables === null))
      throw new DataError("cannot merge a multiclass accumulator with score tables and one without");
    for (let i = 0; i < this.matrix.length; i++) this.matrix[i] += other.matrix[i];
    for (let k = 0; this.tables !== null && k < this.classes; k++) this.tables[k].merge(other.tables[k]);
    this.rows += other.rows;
    this.unscoredRows += other.unscoredRows;
  }
  toJSON() {
    return {
      kind: "multiclass",
      version: 1,
      classes: this.classes,
      rows: this.rows,
      unscoredRows: this.unscoredRows,
      confusion: Array.from(this.matrix),
      tables: this.tables === null ? [] : this.tables.map((table) => table.toJSON())
    };
  }
  static fromJSON(json) {
    const what = "multiclass accumulator JSON";
    const fail = (detail) => {
      throw new DataError(`malformed ${what}: ${detail}`);
    };
    if (typeof json !== "object" || json === null) return fail("not an object");
    const state = json;
    if (state.kind !== "multiclass" || state.version !== 1) fail('expected kind "multiclass" version 1');
    const K = state.classes;
    if (!Number.isInteger(K) || K < 2) fail("classes must be an integer >= 2");
    const { rows, unscoredRows, confusion, tables } = state;
    if (!Number.isSafeInteger(rows) || rows < 0) fail("rows must be an integer >= 0");
    if (!Number.isSafeInteger(unscoredRows) || unscoredRows < 0 || unscoredRows > rows)
      fail("unscoredRows must be an integer between 0 and rows");
    if (!Array.isArray(confusion) || confusion.length !== K * K) fail(`confusion must be an array of ${K * K} numbers`);
    if (!Array.isArray(tables) || tables.length !== K && tables.length !== 0)
      fail(`tables must be an array of ${K} score tables, or empty`);
    const accumulator = new _MulticlassAccumulator(K, tables.length > 0);
    confusion.forEach((value, i) => {
      if (!(typeof value === "number" && value >= 0 && value < Infinity)) fail(`confusion[${i}] is ${JSON.stringify(value)}`);
      accumulator.matrix[i] = value;
    });
    if (accumulator.tables !== null)
      accumulator.tables = tables.map((table, k) => {
        const parsed = BinaryTable.fromJSON(table, 1, what);
        for (let s = 0; s < parsed.size; s++) {
          if (Number.isNaN(parsed.scores[s]) || parsed.predictions[s] !== 0)
            fail(`tables[${k}] holds a slot without a score or with a prediction`);
        }
        return parsed;
      });
    accumulator.rows = rows;
    accumulator.unscoredRows = unscoredRows;
    return accumulator;
  }
  /** Weighted confusion matrix, confusion()[true][predicted]. */
  confusion() {
    const K = this.classes;
    return Array.from({ length: K }, (_, i) => Array.from(this.matrix.subarray(i * K, (i + 1) * K)));
  }
  /**
   * accuracy, macro/weighted/micro precision, recall and F1, log_loss, roc_auc_ovr; see the module comment
   * for when each is null.
   */
  metrics() {
    const K = this.classes;
    const m = this.matrix;
    const support = new Float64Array(K);
    const predicted = new Float64Array(K);
    const correct = new Float64Array(K);
    let total = 0;
    for (let i = 0; i < K; i++) {
      for (let j = 0; j < K; j++) {
        support[i] += m[i * K + j];
        predicted[j] += m[i * K + j];
        total += m[i * K + j];
      }
      correct[i] = m[i * K + i];
    }
    const { tables } = this;
    return classMetrics(
      { K, correct, support, predicted, total },
      this.unscoredRows === 0 && tables !== null ? this.logLoss(tables) : null,
      this.unscoredRows === 0 && tables !== null ? mean(tables.map((table) => new SortedBinaryTable(table).rocAuc(0))) : null
    );
  }
  /** Mean of -log p(true class): class k's table holds, per value of score k, the mass of rows of class k. */
  logLoss(tables) {
    let loss = 0;
    let total = 0;
    for (const table of tables) {
      const sorted = new SortedBinaryTable(table);
      const { positive } = sorted.massesByScore(0);
      for (let d = 0; d < sorted.distinct.length; d++) {
        if (positive[d] === 0) continue;
        loss -= positive[d] * Math.log(Math.min(Math.max(sorted.distinct[d], LOG_LOSS_EPS), 1 - LOG_LOSS_EPS));
        total += positive[d];
      }
    }
    return ratio(loss, total);
  }
};
function classMetrics(counts, logLoss, rocAucOvr) {
  const { K, correct, support, predicted, total, at = 0, stride = 1 } = counts;
  const precision = [];
  const recall = [];
  const f1 = [];
  let right = 0;
  for (let k = 0; k < K; k++) {
    const i = at + k * stride;
    const tp = correct[i];
    right += tp;
    precision.push(ratio(tp, predicted[i]));
    recall.push(ratio(tp, support[i]));
    f1.push(ratio(2 * tp, support[i] + predicted[i]));
  }
  const supportWeighted = (values) => {
    if (!(total > 0)) return null;
    let sum = 0;
    for (let k = 0; k < K; k++) {
      const weight = support[at + k * stride];
      if (weight === 0) continue;
      const value = values[k];
      if (value === null) return null;
      sum += weight * value;
    }
    return sum / total;
  };
  const micro = ratio(right, total);
  return {
    accuracy: micro,
    macro_precision: mean(precision),
    macro_recall: mean(recall),
    macro_f1: mean(f1),
    weighted_precision: supportWeighted(precision),
    weighted_recall: supportWeighted(recall),
    weighted_f1: supportWeighted(f1),
    micro_precision: micro,
    micro_recall: micro,
    micro_f1: micro,
    log_loss: logLoss,
    roc_auc_ovr: rocAucOvr
  };
}

// shared/metrics/replicated-multiclass.ts
var LIMB = 2 ** 26;
var CARRY_AFTER = 2 ** 25;
var LossSums = class {
  constructor(replicates) {
    this.replicates = replicates;
    this.whole = new Float64Array(replicates);
    this.high = new Float64Array(replicates);
    this.low = new Float64Array(replicates);
  }
  replicates;
  whole;
  high;
  low;
  /** Largest row masses added since the last carry (see CARRY_AFTER). */
  load = 0;
  /** Adds mass(r) x t for every replicate, masses[offset + r] x weight; `largest` bounds the masses. */
  add(t, weight, masses, offset, largest) {
    const a = Math.floor(t);
    const f = (t - a) * LIMB;
    const b = Math.floor(f);
    const c = Math.round((f - b) * LIMB);
    const { whole, high, low } = this;
    for (let r = 0; r < this.replicates; r++) {
      const mass = weight * masses[offset + r];
      whole[r] += mass * a;
      high[r] += mass * b;
      low[r] += mass * c;
    }
    this.load += largest;
    if (this.load > CARRY_AFTER) this.carry();
  }
  /** Moves whole multiples of 2^26 up a limb, so the lower limbs are below 2^26 (exact for integer sums). */
  carry() {
    const { whole, high, low } = this;
    for (let r = 0; r < this.replicates; r++) {
      const up = Math.floor(low[r] / LIMB);
      low[r] -= up * LIMB;
      high[r] += up;
      const over = Math.floor(high[r] / LIMB);
      high[r] -= over * LIMB;
      whole[r] += over;
    }
    this.load = 0;
  }
  merge(other) {
    for (let r = 0; r < this.replicates; r++) {
      this.whole[r] += other.whole[r];
      this.high[r] += other.high[r];
      this.low[r] += other.low[r];
    }
    this.carry();
  }
  /** The sums, carried first so equal sums read equal. */
  values() {
    this.carry();
    const out = new Float64Array(this.replicates);
    for (let r = 0; r < this.replicates; r++) out[r] = this.whole[r] + (this.high[r] + this.low[r] / LIMB) / LIMB;
    return out;
  }
};
function lossTerm(p) {
  return -Math.log(Math.min(Math.max(p, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS));
}
var ReplicatedMulticlassAccumulator = class _ReplicatedMulticlassAccumulator {
  constructor(classes, replicates) {
    this.classes = classes;
    this.replicates = replicates;
    if (!Number.isInteger(classes) || classes < 2) throw new RangeError(`classes must be an integer >= 2, got ${classes}`);
    if (!Number.isInteger(replicates) || replicates < 1) throw new RangeError(`replicates must be an integer >= 1, got ${replicates}`);
    this.correct = new Float64Array(classes * replicates);
    this.support = new Float64Array(classes * replicates);
    this.predicted = new Float64Array(classes * replicates);
    this.loss = new LossSums(replicates);
  }
  classes;
  replicates;
  correct;
  support;
  predicted;
  loss;
  rows = 0;
  unscoredRows = 0;
  get n() {
    return this.rows;
  }
  /**
   * A row MulticlassAccumulator.add has accepted (label and prediction class indices, scores of length K or
   * undefined); replicate r weighs it weight x replicateWeights[offset + r].
   */
  add(label, scores, prediction, weight, replicateWeights, offset = 0) {
    const R = this.replicates;
    if (replicateWeights.length < offset + R)
      throw new RangeError(`expected ${R} replicate weights, got ${replicateWeights.length - offset}`);
    const { correct, support, predicted } = this;
    const truth = label * R;
    const guess = prediction * R;
    let largest = 0;
    for (let r = 0; r < R; r++) {
      const draw = replicateWeights[offset + r];
      const mass = weight * draw;
      support[truth + r] += mass;
      predicted[guess + r] += mass;
      if (draw > largest) largest = draw;
    }
    if (label === prediction) for (let r = 0; r < R; r++) correct[truth + r] += weight * replicateWeights[offset + r];
    if (scores === void 0) this.unscoredRows++;
    else this.loss.add(lossTerm(scores[label]), weight, replicateWeights, offset, weight * largest);
    this.rows++;
  }
  merge(other) {
    if (other.classes !== this.classes || other.replicates !== this.replicates) {
      throw new DataError(
        `cannot merge multiclass replicates of ${other.classes} classes x ${other.replicates} replicates into ${this.classes} x ${this.replicates}`
      );
    }
    for (let i = 0; i < this.correct.length; i++) {
      this.correct[i] += other.correct[i];
      this.support[i] += other.support[i];
      this.predicted[i] += other.predicted[i];
    }
    this.loss.merge(other.loss);
    this.rows += other.rows;
    this.unscoredRows += other.unscoredRows;
  }
  /** One record per replicate, with the names and definitions of MulticlassAccumulator.metrics; roc_auc_ovr null (see above). */
  replicateMetrics() {
    const { classes: K, replicates: R, correct, support, predicted } = this;
    const loss = this.loss.values();
    const records = [];
    for (let r = 0; r < R; r++) {
      let total = 0;
      for (let k = 0; k < K; k++) total += support[k * R + r];
      const logLoss = this.unscoredRows === 0 && total > 0 ? loss[r] / total : null;
      records.push(classMetrics({ K, correct, support, predicted, total, at: r, stride: R }, logLoss, null));
    }
    return records;
  }
  toJSON() {
    this.loss.carry();
    return {
      kind: "replicated_multiclass",
      version: 1,
      classes: this.classes,
      replicates: this.replicates,
      rows: this.rows,
      unscoredRows: this.unscoredRows,
      correct: Array.from(this.correct),
      support: Array.from(this.support),
      predicted: Array.from(this.predicted),
      loss: { whole: Array.from(this.loss.whole), high: Array.from(this.loss.high), low: Array.from(this.loss.low) }
    };
  }
  static fromJSON(json) {
    const fail = (detail) => {
      throw new DataError(`malformed replicated_multiclass accumulator JSON: ${detail}`);
    };
    if (typeof json !== "object" || json === null) return fail("not an object");
    const state = json;
    if (state.kind !== "replicated_multiclass" || state.version !== 1) fail('expected kind "replicated_multiclass" version 1');
    const { classes: K, replicates: R, rows, unscoredRows } = state;
    if (!Number.isInteger(K) || K < 2) fail("classes must be an integer >= 2");
    if (!Number.isInteger(R) || R < 1) fail("replicates must be an integer >= 1");
    if (!Number.isSafeInteger(rows) || rows < 0) fail("rows must be an integer >= 0");
    if (!Number.isSafeInteger(unscoredRows) || unscoredRows < 0 || unscoredRows > rows)
      fail("unscoredRows must be an integer between 0 and rows");
    const accumulator = new _ReplicatedMulticlassAccumulator(K, R);
    const fill = (into, values, name) => {
      if (!Array.isArray(values) || values.length !== into.length) fail(`${name} must be an array of ${into.length} numbers`);
      values.forEach((value, i) => {
        if (!(typeof value === "number" && value >= 0 && value < Infinity)) fail(`${name}[${i}] is ${JSON.stringify(value)}`);
        into[i] = value;
      });
    };
    fill(accumulator.correct, state.correct, "correct");
    fill(accumulator.support, state.support, "support");
    fill(accumulator.predicted, state.predicted, "predicted");
    accumulator.correct.forEach((value, i) => {
      if (value > accumulator.support[i] || value > accumulator.predicted[i])
        fail(`correct[${i}] exceeds its class's support or predictions`);
    });
    const loss = typeof state.loss === "object" && state.loss !== null ? state.loss : fail("loss is not an object");
    fill(accumulator.loss.whole, loss.whole, "loss.whole");
    fill(accumulator.loss.high, loss.high, "loss.high");
    fill(accumulator.loss.low, loss.low, "loss.low");
    accumulator.loss.carry();
    accumulator.rows = rows;
    accumulator.unscoredRows = unscoredRows;
    return accumulator;
  }
};

// shared/metrics/population.ts
var NO_INTERVAL = {};
function metricWithoutInterval(task, metric) {
  const reasons = NO_INTERVAL[task];
  return reasons !== void 0 && Object.hasOwn(reasons, metric) ? reasons[metric] : null;
}
function metricsWithoutInterval(task) {
  return Object.entries(NO_INTERVAL[task] ?? {});
}
var PopulationAccumulator = class {
  constructor(spec, json) {
    this.spec = spec;
    this.reset(json);
  }
  spec;
  point;
  replicated;
  /**
   * A binary population's results when its evaluation keeps rows in a RowStore (set by EvaluationAccumulator's
   * sweep): then they, not the empty accumulators above, are this population's values.
   */
  swept = null;
  /**
   * A multiclass population's roc_auc_ovr swept from its evaluation's rows (see sweepOvr), when it keeps them: the
   * point, and per replicate the value its replicate records take (they have none of their own).
   */
  ovr = null;
  /** Starts over empty (or from `json`). */
  reset(json) {
    const { spec } = this;
    this.swept = null;
    this.ovr = null;
    switch (spec.task) {
      case "binary":
        this.point = json ? BinaryAccumulator.fromJSON(json.point) : new BinaryAccumulator();
        this.replicated = spec.replicates > 0 ? json?.replicates ? ReplicatedBinaryAccumulator.fromJSON(json.replicates) : new ReplicatedBinaryAccumulator(spec.replicates) : null;
        break;
      case "multiclass":
        this.point = json ? MulticlassAccumulator.fromJSON(json.point) : new MulticlassAccumulator(spec.classCount, spec.scoresInRows !== true);
        if (this.point.keepsTables === (spec.scoresInRows === true))
          throw new DataError(
            `partial's multiclass populations ${this.point.keepsTables ? "keep" : "lack"} score tables, unlike this config's`
          );
        this.replicated = spec.replicates > 0 ? json?.replicates ? ReplicatedMulticlassAccumulator.fromJSON(json.replicates) : new ReplicatedMulticlassAccumulator(spec.classCount, spec.replicates) : null;
        if (this.replicated && (this.replicated.classes !== spec.classCount || this.replicated.replicates !== spec.replicates)) {
          throw new DataError(
            `partial's multiclass replicates are ${this.replicated.classes} classes x ${this.replicated.replicates} replicates, the config's ${spec.classCount} x ${spec.replicates}`
          );
        }
        break;
      case "regression":
        this.point = json ? RegressionAccumulator.fromJSON(json.point) : new RegressionAccumulator();
        this.replicated = spec.replicates > 0 ? json?.replicates ? ReplicatedRegressionAccumulator.fromJSON(json.replicates) : new ReplicatedRegressionAccumulator(spec.replicates) : null;
        break;
    }
  }
  add(example, replicateWeights) {
    const { point, replicated } = this;
    if (point instanceof BinaryAccumulator) {
      point.add(example.label, example.score, example.prediction, example.weight);
      if (replicateWeights && replicated) {
        replicated.add(example.label, example.score, example.prediction, example.weight, replicateWeights);
      }
    } else if (point instanceof RegressionAccumulator) {
      point.add(example.label, example.score, example.weight);
      if (replicateWeights && replicated) {
        replicated.add(example.label, example.score, example.weight, replicateWeights);
      }
    } else {
      point.add(example.label, example.scores, example.prediction, example.weight);
      if (replicateWeights && replicated) {
        replicated.add(
          example.label,
          example.scores,
          example.prediction,
          example.weight,
          replicateWeights
        );
      }
    }
  }
  /** Only the replicates of `add` (a multiclass or regression row): the point comes through `add(example, null)`. */
  addReplicates(example, replicateWeights) {
    const { replicated } = this;
    if (replicated instanceof ReplicatedRegressionAccumulator)
      replicated.add(example.label, example.score, example.weight, replicateWeights);
    else if (replicated instanceof ReplicatedMulticlassAccumulator)
      replicated.add(example.label, example.scores, example.prediction, example.weight, replicateWeights);
  }
  /** A binary row already checked, whose (score, prediction) is pair `at` of `shared`: see BinaryAccumulator.addAt. */
  addBinaryAt(shared, at, label, weight, replicateWeights) {
    this.point.addAt(shared, at, label, weight);
    if (replicateWeights && this.replicated)
      this.replicated.addAt(shared, at, label, weight, replicateWeights);
  }
  /** Only the replicates of addBinaryAt (weights from replicateWeights[offset]): the point masses come later through `mergePoint`. */
  addReplicatesAt(shared, at, label, weight, replicateWeights, offset = 0) {
    if (this.replicated) this.replicated.addAt(shared, at, label, weight, replicateWeights, offset);
  }
  /** Adds rows summed per pair of `shared` to the point estimate (see BinaryAccumulator.addPairs). */
  addPairs(shared, rows) {
    this.point.addPairs(shared, rows);
  }
  /** Adds another population's bootstrap replicates (not its point estimate) to this one's. */
  mergeReplicates(other) {
    if (this.replicated && other.replicated) this.replicated.merge(other.replicated);
  }
  merge(other) {
    this.point.merge(other.point);
    if (this.replicated && other.replicated) this.replicated.merge(other.replicated);
  }
  get n() {
    return this.swept ? this.swept.n : this.point.n;
  }
  get weightedN() {
    return this.swept ? this.swept.weightedN : this.point.weightedN;
  }
  /** The point-estimate accumulator of a binary task, for report charts (curves, histograms); null otherwise. */
  get binary() {
    return this.point instanceof BinaryAccumulator ? this.point : null;
  }
  metrics(options) {
    if (this.swept) return this.swept.metrics;
    const metrics = this.point.metrics(options);
    if (this.spec.scoresInRows && this.ovr !== null) {
      metrics.log_loss = this.ovr.logLoss;
      metrics.roc_auc_ovr = this.ovr.point;
    }
    return metrics;
  }
  /** Whether this population keeps bootstrap replicates. */
  get keepsReplicates() {
    return this.replicated !== null;
  }
  /** One metric record per bootstrap replicate, or null when not bootstrapping. */
  replicateMetrics(options) {
    if (this.swept) return this.swept.replicates;
    const { replicated } = this;
    if (replicated instanceof ReplicatedBinaryAccumulator) return replicated.replicateMetrics(options);
    if (replicated === null) return null;
    const records = replicated.replicateMetrics();
    const ovr = this.ovr?.replicates;
    if (ovr) records.forEach((record, r) => record.roc_auc_ovr = ovr[r]);
    return records;
  }
  /** What replicateMetrics would measure with countMetrics, when that is how it measures; else null. */
  countsToMeasure() {
    if (this.swept) return null;
    return this.replicated instanceof ReplicatedBinaryAccumulator ? this.replicated.countsToMeasure() : null;
  }
  toJSON() {
    return this.replicated ? { point: this.point.toJSON(), replicates: this.replicated.toJSON() } : { point: this.point.toJSON() };
  }
};

// shared/gates/engine.ts
function replicateValues(pop, metric) {
  return pop.replicates ? pop.replicates.map((r) => r[metric] ?? null) : null;
}
function replicateInterval(values, level) {
  if (!values || level === null) return { interval: null, broken: false };
  if (values.some(isNonFinite)) return { interval: null, broken: true };
  return {
    interval: percentileInterval(
      values.filter((v) => v !== null),
      level
    ),
    broken: false
  };
}
function intervalOf(values, level) {
  return replicateInterval(values, level).interval;
}
function missingInterval(ctx, metric) {
  if (ctx.level === null) return { status: "error", reason: "needs a confidence interval; set evaluate.bootstrap.replicates" };
  const unsupported = metricWithoutInterval(ctx.task, metric);
  if (unsupported !== null) {
    return {
      status: "error",
      reason: `needs a confidence interval, and ${metric} (${metricTitle(metric)}) has none in a ${ctx.task} task: ${unsupported}; hold the point (\`on: point\`) instead`
    };
  }
  return {
    status: "inconclusive",
    reason: `needs a confidence interval, and ${metric} (${metricTitle(metric)}) has none here: fewer than two bootstrap replicates define it`
  };
}
var isDropRule = (rule) => rule.max_drop !== void 0 || rule.max_relative_drop !== void 0;
var isLevelRule = (rule) => rule.min !== void 0 || rule.max !== void 0;
function dropOf(metric, delta) {
  return higherIsBetter(metric) ? -delta : delta;
}
function relativeDrop(drop, baseline) {
  if (baseline === 0) return drop <= 0 ? 0 : Infinity;
  return drop / Math.abs(baseline);
}
function levelCheck(rule, metric, pop, scope, ctx, subject) {
  const id = scope ? `${metric}[${scopeText(scope)}]` : metric;
  const base = { id, title: subject, metric, scope, bound: boundOf(rule), interval: null, n: pop?.n ?? null, value: null };
  if (!pop) return { ...base, raw_status: "inconclusive", reason: `${subject}: no rows in this population, so it cannot be checked` };
  const value = pop.metrics[metric] ?? null;
  const { interval, broken } = replicateInterval(replicateValues(pop, metric), ctx.level);
  if (pop.n < ctx.minGroupSize && scope) {
    return {
      ...base,
      interval,
      value,
      raw_status: "inconclusive",
      reason: `${subject} has ${pop.n} rows, fewer than min_group_size ${ctx.minGroupSize}: too few to decide`
    };
  }
  const measured = value !== null && Number.isFinite(value);
  return {
    ...base,
    ...judgeMeasurement(
      rule,
      {
        id,
        title: subject,
        metric,
        scope,
        value,
        interval,
        n: pop.n,
        undefinedWhy: "zero denominator, e.g. no positives or one class only",
        // After an undefined or non-finite value, as the reason that comes first.
        ...measured && broken ? { inconclusive: `a bootstrap replicate ${NOT_FINITE}` } : {},
        noInterval: missingInterval(ctx, metric)
      },
      ctx.level
    )
  };
}
function dropCheck(rule, metric, cand, base, scope, ctx, subject) {
  const id = `${scope ? `${metric}[${scopeText(scope)}]` : metric} vs baseline`;
  const title = `${subject} vs baseline`;
  const skeleton = {
    id,
    title,
    metric,
    scope,
    bound: boundOf(rule),
    interval: null,
    n: cand?.n ?? null,
    value: cand?.metrics[metric] ?? null
  };
  if (!ctx.baseline) {
    return {
      ...skeleton,
      raw_status: "error",
      reason: `${title}: ${ctx.baselineMissing ?? "the rule compares with a baseline, but no baseline predictions were given (data.baseline or --baseline)"}`
    };
  }
  if (!cand || !base)
    return { ...skeleton, raw_status: "inconclusive", reason: `${title}: the population is missing from the candidate or the baseline` };
  const value = cand.metrics[metric] ?? null;
  const baseValue = base.metrics[metric] ?? null;
  const candidateReplicates = replicateInterval(replicateValues(cand, metric), ctx.level);
  const interval = candidateReplicates.interval;
  const paired = pairedDeltaInterval(cand, base, metric, ctx.level);
  const deltaInterval = paired.interval;
  const broken = candidateReplicates.broken || paired.broken;
  const delta = value === null || baseValue === null ? null : value - baseValue;
  const shown = { ...skeleton, value, interval, baseline: { value: baseValue, delta, delta_interval: deltaInterval } };
  const unmeasurable = dropUnmeasurable(
    value,
    baseValue,
    delta,
    broken,
    scope && cand.n < ctx.minGroupSize ? `${cand.n} rows, fewer than min_group_size ${ctx.minGroupSize}` : null
  );
  if (unmeasurable !== null || delta === null || baseValue === null)
    return { ...shown, raw_status: "inconclusive", reason: `${title}: ${unmeasurable}` };
  const on = rule.on ?? "point";
  const heldDelta = pick(on, delta, deltaInterval);
  if (heldDelta === null) {
    const missing = missingInterval(ctx, metric);
    return { ...shown, raw_status: missing.status, reason: `${title}: \`on: ${on}\` ${missing.reason}` };
  }
  const failures = dropFailures(rule, dropOf(metric, heldDelta), baseValue);
  const direction = higherIsBetter(metric) ? "higher is better" : "lower is better";
  const deltaWords = `candidate ${formatValue(value)} vs baseline ${formatValue(baseValue)}, delta ${formatValue(delta)}${showInterval(deltaInterval, ctx.level)}${on === "point" ? "" : `, held at its ${on.replace("_", " ")} ${formatValue(heldDelta)}`} (${direction})`;
  return failures.length ? { ...shown, raw_status: "fail", reason: `${title}: ${deltaWords}; ${failures.join("; ")}` } : { ...shown, raw_status: "pass", reason: `${title}: ${deltaWords}; within the allowed drop` };
}
function pairedDeltaInterval(cand, base, metric, level) {
  if (!cand.replicates || !base.replicates) return { interval: null, broken: false };
  const deltas = cand.replicates.map((r, i) => {
    const c = r[metric] ?? null;
    const b = base.replicates[i]?.[metric] ?? null;
    return c === null || b === null ? null : c - b;
  });
  return replicateInterval(deltas, level);
}
function dropUnmeasurable(value, baseValue, delta, broken, tooSmall) {
  if (delta === null || baseValue === null || value === null)
    return "undefined for the candidate or the baseline, so the change cannot be measured";
  if (!Number.isFinite(value) || !Number.isFinite(baseValue) || !Number.isFinite(delta))
    return `the candidate's or the baseline's value ${NOT_FINITE}`;
  if (broken) return `a bootstrap replicate ${NOT_FINITE}`;
  return tooSmall;
}
function dropFailures(rule, drop, baseValue) {
  const failures = [];
  if (rule.max_drop !== void 0 && !(drop <= rule.max_drop))
    failures.push(`drop ${formatValue(drop)} exceeds max_drop ${formatValue(rule.max_drop)}`);
  if (rule.max_relative_drop !== void 0) {
    const relative = relativeDrop(drop, baseValue);
    if (!(relative <= rule.max_relative_drop))
      failures.push(`relative drop ${formatValue(relative)} exceeds max_relative_drop ${formatValue(rule.max_relative_drop)}`);
  }
  return failures;
}
function disparitySpec(rule, attribute) {
  const parsed = parseDisparity(rule.metric);
  if (!parsed) return `unknown disparity metric ${rule.metric}`;
  const privileged = ownValue(rule.privileged, attribute);
  const isDisparateImpact = rule.metric === "disparate_impact";
  if (isDisparateImpact && privileged === void 0)
    return `disparate_impact needs \`privileged\` naming the privileged ${attribute} value`;
  return {
    metric: rule.metric,
    kind: parsed.kind,
    base: parsed.base,
    relativeTo: privileged !== void 0 ? "privileged" : rule.relative_to ?? "between_groups",
    agg: rule.agg ?? "worst_case",
    privileged: privileged === void 0 ? void 0 : String(privileged)
  };
}
function disparityKey(spec) {
  const qualifiers = [];
  if (spec.relativeTo === "overall") qualifiers.push("relative to overall");
  if (spec.relativeTo === "privileged" && spec.metric !== "disparate_impact") qualifiers.push(`relative to privileged ${spec.privileged}`);
  if (spec.base === "equalized_odds" && spec.agg === "mean") qualifiers.push("mean of TPR and FPR");
  return qualifiers.length > 0 ? `${spec.metric} (${qualifiers.join(", ")})` : spec.metric;
}
var DEFINITIONS = {
  between_groups: {
    difference: "max \u2212 min over groups (Fairlearn between_groups)",
    ratio: "min \xF7 max over groups (Fairlearn between_groups)"
  },
  overall: {
    difference: "max |group \u2212 overall| (Fairlearn to_overall)",
    ratio: "min over groups of min(group/overall, overall/group) (Fairlearn to_overall)"
  },
  privileged: {
    difference: "privileged \u2212 worst unprivileged group",
    ratio: "worst unprivileged group \xF7 privileged group (AIF360 disparate impact)"
  }
};
var MAX_UNDEFINED_REPLICATE_SHARE = 0.01;
var shareText = (share) => `${formatValue(Math.round(share * 1e3) / 10)}%`;
function missingIntervalText(value) {
  const undefinedReplicates = value.undefined_replicates;
  if (!undefinedReplicates || value.interval !== null || undefinedReplicates.share <= MAX_UNDEFINED_REPLICATE_SHARE) return "";
  return `${undefinedReplicates.count} bootstrap replicates (${shareText(undefinedReplicates.share)}, more than the ${shareText(MAX_UNDEFINED_REPLICATE_SHARE)} allowed) leave a group's rate undefined, so the disparity has no confidence interval`;
}
function leftOutText(value) {
  const undefinedReplicates = value.undefined_replicates;
  if (!undefinedReplicates || undefinedReplicates.count === 0 || value.interval === null) return "";
  return ` (${undefinedReplicates.count} bootstrap replicates, ${shareText(undefinedReplicates.share)}, left a group's rate undefined and are not in the interval; at most ${shareText(MAX_UNDEFINED_REPLICATE_SHARE)} may)`;
}
function disparityAt(spec, groups, overall, minGroupSize, replicate) {
  const valueOf = (pop, metric) => replicate < 0 ? pop.metrics[metric] ?? null : pop.replicates?.[replicate]?.[metric] ?? null;
  const compute = (metric) => disparity(
    spec.kind,
    Object.entries(groups).map(([group, pop]) => ({ group, value: valueOf(pop, metric), n: pop.n })),
    {
      relativeTo: spec.relativeTo,
      minGroupSize,
      overall: valueOf(overall, metric),
      privileged: spec.privileged
    }
  );
  if (spec.base === "equalized_odds") return combineEqualizedOdds(spec.kind, compute("tpr"), compute("fpr"), spec.agg);
  return compute(spec.base);
}
function computeDisparity(spec, attribute, result, ctx) {
  const groups = ownValue(result.groups, attribute) ?? dataRecord();
  const point = disparityAt(spec, groups, result.overall, ctx.minGroupSize, -1);
  let interval = null;
  let undefinedReplicates;
  const replicates = result.overall.replicates?.length ?? 0;
  if (replicates > 0 && ctx.level !== null) {
    const undefinedAtPoint = new Set(point.undefinedGroups);
    const values = [];
    let count = 0;
    for (let r = 0; r < replicates; r++) {
      const at = disparityAt(spec, groups, result.overall, ctx.minGroupSize, r);
      const defined = at.value !== null && at.undefinedGroups.every((group) => undefinedAtPoint.has(group));
      if (!defined) count++;
      values.push(defined ? at.value : null);
    }
    const share = count / replicates;
    undefinedReplicates = { count, share };
    interval = share > MAX_UNDEFINED_REPLICATE_SHARE ? null : intervalOf(values, ctx.level);
  }
  return {
    metric: spec.metric,
    value: point.value,
    relative_to: spec.relativeTo,
    groups: point.groups,
    interval,
    ...undefinedReplicates && { undefined_replicates: undefinedReplicates },
    undefined_groups: [...point.undefinedGroups, ...point.smallGroups.map((g) => `${g} (n < ${ctx.minGroupSize})`)],
    definition: spec.base === "equalized_odds" ? `${spec.agg === "mean" ? "mean" : "worse"} of the TPR and FPR ${spec.kind}s, each ${DEFINITIONS[spec.relativeTo][spec.kind]}` : `${metricTitle(spec.base)}: ${DEFINITIONS[spec.relativeTo][spec.kind]}`
  };
}
function disparityCheck(rule, attribute, ctx) {
  const id = `${rule.metric}[${attribute}]`;
  let title = `${metricTitle(rule.metric)} over ${attribute}`;
  const skeleton = {
    id,
    title,
    metric: rule.metric,
    scope: void 0,
    bound: boundOf(rule),
    interval: null,
    n: ctx.candidate.overall.n,
    value: null
  };
  if (!ownValue(ctx.candidate.groups, attribute)) {
    return {
      raw: { ...skeleton, raw_status: "error", reason: `${title}: ${attribute} is not a sensitive attribute of the data (data.groups)` }
    };
  }
  const spec = disparitySpec(rule, attribute);
  if (typeof spec === "string") return { raw: { ...skeleton, raw_status: "error", reason: `${title}: ${spec}` } };
  const value = computeDisparity(spec, attribute, ctx.candidate, ctx);
  const key = disparityKey(spec);
  title = `${metricTitle(spec.metric)}${key.slice(spec.metric.length)} over ${attribute}`;
  const base = ctx.baseline ? computeDisparity(spec, attribute, ctx.baseline, ctx).value : void 0;
  const baseline = base === void 0 ? {} : { baseline: { value: base, delta: base === null || value.value === null ? null : value.value - base, delta_interval: null } };
  const shown = { ...skeleton, title, value: value.value, interval: value.interval, disparity_key: key, ...baseline };
  const extremes = value.groups.min !== void 0 ? ` (${value.groups.min}${value.groups.max !== void 0 ? ` vs ${value.groups.max}` : ""})` : "";
  if (isDropRule(rule)) {
    return {
      raw: {
        ...shown,
        raw_status: "error",
        reason: `${title}: max_drop/max_relative_drop is not supported for disparities; bound the disparity itself with min/max`
      },
      value,
      key
    };
  }
  if (value.undefined_groups.length > 0) {
    return {
      raw: {
        ...shown,
        raw_status: "inconclusive",
        reason: `${title} cannot be decided: ${value.undefined_groups.join(", ")} ${value.undefined_groups.length === 1 ? "is" : "are"} undefined or too small`
      },
      value,
      key
    };
  }
  if (value.value === null) {
    return {
      raw: { ...shown, raw_status: "inconclusive", reason: `${title} is undefined (fewer than two usable groups, or a zero denominator)` },
      value,
      key
    };
  }
  const on = rule.on ?? "point";
  const held = pick(on, value.value, value.interval);
  const noInterval = missingIntervalText(value);
  if (held === null && noInterval)
    return {
      raw: { ...shown, raw_status: "inconclusive", reason: `${title} cannot be decided on its ${on.replace("_", " ")}: ${noInterval}` },
      value,
      key
    };
  if (held === null)
    return {
      raw: {
        ...shown,
        raw_status: "error",
        reason: `${title}: \`on: ${on}\` needs a confidence interval; set evaluate.bootstrap.replicates`
      },
      value,
      key
    };
  const verdict = judgeLevel(rule, held);
  const at = on === "point" ? "" : ` held at its ${on.replace("_", " ")} ${formatValue(held)}`;
  return {
    raw: {
      ...shown,
      raw_status: verdict.ok ? "pass" : "fail",
      reason: `${title} is ${formatValue(value.value)}${showInterval(value.interval, ctx.level)}${extremes}${at}, ${verdict.words}${noInterval ? ` (${noInterval})` : leftOutText(value)}`
    },
    value,
    key
  };
}
function populationOf(result, where) {
  if (!result) return void 0;
  const [[attribute, value]] = Object.entries(where);
  const table = ownValue(result.groups, attribute) ?? ownValue(result.slices, attribute);
  if (!table) return "unknown";
  return ownValue(table, String(value));
}
function intersectionOf(over, ctx) {
  const all = ctx.groupAttributes;
  if (ctx.candidate.intersection !== void 0 && over.length === all.length && all.every((a) => over.includes(a)))
    return ctx.candidate.intersection;
  return over.join(" & ");
}
function rulePopulations(rule, ctx) {
  const metric = rule.metric;
  const populations = [];
  if (rule.where && Object.keys(rule.where).length > 0) {
    const where = dataRecordFrom(Object.entries(rule.where).map(([k, v]) => [k, String(v)]));
    const subject = `${metricTitle(metric)} for ${scopeText(where)}`;
    const whereError = (why) => ({
      error: {
        id: `${metric}[${scopeText(where)}]`,
        title: subject,
        metric,
        scope: where,
        bound: boundOf(rule),
        interval: null,
        n: null,
        value: null,
        raw_status: "error",
        reason: `${subject}: ${why}`
      }
    });
    if (Object.keys(where).length !== 1)
      return whereError("`where` takes one attribute; for intersections use `over` with `intersect: true`");
    const cand = populationOf(ctx.candidate, where);
    const base = populationOf(ctx.baseline, where);
    if (cand === "unknown") return whereError(`${Object.keys(where)[0]} is neither a group nor a slice column`);
    populations.push({ scope: where, cand, base: base === "unknown" ? void 0 : base, subject });
  } else if (rule.over?.length) {
    const attributes = rule.intersect && rule.over.length > 1 ? [intersectionOf(rule.over, ctx)] : rule.over;
    for (const attribute of attributes) {
      const table = ownValue(ctx.candidate.groups, attribute);
      if (!table) {
        populations.push({
          scope: { [attribute]: "*" },
          cand: void 0,
          base: void 0,
          subject: `${metricTitle(metric)} for ${attribute}`
        });
        continue;
      }
      for (const group of Object.keys(table)) {
        populations.push({
          scope: { [attribute]: group },
          cand: table[group],
          base: ownValue(ownValue(ctx.baseline?.groups, attribute), group),
          subject: `${metricTitle(metric)} for ${attribute}=${group}`
        });
      }
    }
  } else {
    populations.push({ cand: ctx.candidate.overall, base: ctx.baseline?.overall, subject: metricTitle(metric) });
  }
  return populations;
}
function checksForRule(rule, ctx) {
  if (parseDisparity(rule.metric)) {
    const attributes = rule.intersect && (rule.over?.length ?? 0) > 1 ? [intersectionOf(rule.over, ctx)] : rule.over?.length ? rule.over : ctx.groupAttributes;
    const raws2 = [];
    const disparities = [];
    for (const attribute of attributes) {
      const { raw, value, key } = disparityCheck(rule, attribute, ctx);
      raws2.push(raw);
      if (value && key) disparities.push([attribute, key, value]);
    }
    return { raws: raws2, disparities };
  }
  const metric = rule.metric;
  const populations = rulePopulations(rule, ctx);
  if ("error" in populations) return { raws: [populations.error], disparities: [] };
  const raws = [];
  for (const p of populations) {
    if (isLevelRule(rule)) raws.push(levelCheck(rule, metric, p.cand, p.scope, ctx, p.subject));
    if (isDropRule(rule)) raws.push(dropCheck(rule, metric, p.cand, p.base, p.scope, ctx, p.subject));
  }
  return { raws, disparities: [] };
}
function runGates(ctx) {
  const disparities = dataRecord();
  const judged = ctx.rules.map((rule) => {
    const { raws, disparities: found } = checksForRule(rule, ctx);
    for (const [attribute, key, value] of found) (disparities[attribute] ??= dataRecord())[key] = value;
    return { rule, raws };
  });
  return { checks: finishChecks(judged, ctx.inconclusive, ctx.ruleLocation), disparities };
}
function standardDisparities(result, minGroupSize, level) {
  const out = dataRecord();
  const ctx = { minGroupSize, level };
  const metrics = [
    "demographic_parity_difference",
    "demographic_parity_ratio",
    "equal_opportunity_difference",
    "equal_opportunity_ratio",
    "equalized_odds_difference",
    "equalized_odds_ratio"
  ];
  for (const attribute of Object.keys(result.groups)) {
    out[attribute] = dataRecord();
    for (const metric of metrics) {
      const spec = disparitySpec({ metric, min: 0 }, attribute);
      out[attribute][metric] = computeDisparity(spec, attribute, result, ctx);
    }
  }
  return out;
}

// shared/metrics/sweep-threads.ts
var WORKER_MIN_WORK = 1 << 24;
var POPULATION_SPLIT_MIN_ROWS = 1 << 19;
var MERGE_SPLIT_MIN_ROWS = 1 << 22;
var POINT_SWEEP_REPLICATES = 20;
function lowerReplicates(R) {
  return Math.min(R - 1, Math.max(1, Math.round((R - POINT_SWEEP_REPLICATES) / 2)));
}
async function sweepRowsOnThreads(store, plan) {
  const R = plan.replicates;
  const worker = workerScript("replicates", "MODELGATE_METRICS_WORKER");
  const apart = worker === null ? null : twoThreadSweep(store, plan, worker.forced);
  if (worker === null || apart === null) return sweepSorted(store.mergedOrder(), plan, 0, R);
  if (!(worker.forced || store.rows >= MERGE_SPLIT_MIN_ROWS)) return apart(worker.script, store.mergedOrder(), plan);
  const ascending = apart === sweepPopulationsApart && store.chunks.every((chunk) => chunk.weights === null) ? plan : null;
  const { rows, ascended } = await mergedOnThreads(worker.script, store, ascending);
  return apart(worker.script, rows, plan, ascended);
}
function twoThreadSweep(store, plan, forced) {
  const R = plan.replicates;
  if (R >= 2 && plan.replicated.includes(true)) return forced || store.rows * R >= WORKER_MIN_WORK ? sweepReplicatesApart : null;
  if (R === 0 && plan.replicated.length >= 2 && (forced || store.rows >= POPULATION_SPLIT_MIN_ROWS)) return sweepPopulationsApart;
  return null;
}
async function mergedOnThreads(script, store, ascending) {
  const bins = ascending?.options.calibrationBins ?? 0;
  const edge = ascending === null ? void 0 : store.evenEdge(Array.from({ length: bins - 1 }, (_, b) => (b + 1) / bins));
  const { chunks, order, parts } = store.mergeParts(edge ?? "median");
  const [ours, theirs] = parts;
  if (theirs === void 0) {
    mergeRange(chunks, order, ours);
    return { rows: { chunks, order } };
  }
  for (const chunk of chunks) shareColumns(chunk);
  const plan = edge === void 0 ? void 0 : ascending;
  const merged = runOnThread(
    script,
    { merge: { chunks: chunks.map(columnsOf), order, range: theirs, ascend: plan } },
    "merging sorted rows"
  );
  mergeRange(chunks, order, ours);
  const rows = { chunks, order };
  const ourSums = plan === void 0 ? void 0 : ascendRange(rows, plan, ours);
  const theirSums = await merged;
  return { rows, ascended: ourSums && addAscendingSums(ourSums, theirSums) };
}
async function sweepReplicatesApart(script, rows, plan) {
  const R = plan.replicates;
  const shared = sharedRows(rows);
  const lower = lowerReplicates(R);
  const theirs = runOnThread(
    script,
    { rows: shared, plan, from: lower, to: R, whole: false },
    "sweeping bootstrap replicates"
  );
  const ours = sweepSorted(shared, plan, 0, lower);
  const upper = await theirs;
  ours.forEach((population, p) => {
    if (population.replicates !== null) population.replicates = population.replicates.concat(upper[p]);
  });
  return ours;
}
async function sweepPopulationsApart(script, rows, plan, ascended) {
  const theirPopulations = dealPopulations(rows, plan.cellTargets, plan.replicated.length);
  const only = (mine) => ({
    ...plan,
    cellTargets: plan.cellTargets.map((targets) => targets.filter((p) => theirPopulations[p] !== mine))
  });
  const shared = sharedRows(rows);
  const theirs = runOnThread(
    script,
    { rows: shared, plan: only(false), from: 0, to: 0, whole: true, ascended },
    "sweeping populations"
  );
  const ours = sweepSorted(shared, only(true), 0, 0, ascended);
  const swept = await theirs;
  return ours.map((population, p) => theirPopulations[p] ? swept[p] : population);
}
function dealPopulations(rows, cellTargets, populations) {
  const cellRows = new Float64Array(cellTargets.length);
  for (const chunk of rows.chunks) for (let i = 0; i < chunk.length; i++) cellRows[chunk.meta[i] >>> 2]++;
  const size = new Float64Array(populations);
  cellTargets.forEach((targets, cell) => targets.forEach((p) => size[p] += cellRows[cell]));
  const bySize = Array.from(size.keys()).sort((a, b) => size[b] - size[a] || a - b);
  const theirs = new Array(populations).fill(false);
  let ourTerms = 0;
  let theirTerms = 0;
  for (const p of bySize) {
    if (theirTerms < ourTerms) {
      theirs[p] = true;
      theirTerms += size[p];
    } else ourTerms += size[p];
  }
  return theirs;
}
function sharedRows(rows) {
  for (const chunk of rows.chunks) shareColumns(chunk);
  return { chunks: rows.chunks.map(columnsOf), order: sharedCopy(rows.order) };
}
function shareColumns(chunk) {
  chunk.scores = sharedCopy(chunk.scores);
  chunk.meta = sharedCopy(chunk.meta);
  chunk.weights = chunk.weights === null ? null : sharedCopy(chunk.weights);
  chunk.keys = chunk.keys === null ? null : sharedCopy(chunk.keys);
}
var columnsOf = ({ length, scores, meta, weights, keys }) => ({ length, scores, meta, weights, keys });

// shared/metrics/multiclass-rows.ts
var MULTICLASS_CHUNK_ROWS = 1 << 18;
var MulticlassRowChunk = class _MulticlassRowChunk {
  length = 0;
  /** Per class, its score of each row (NaN when the row has no scores). */
  scores;
  labels;
  cells;
  /** Null while every row of the chunk has weight 1. */
  weights = null;
  /** With bootstrap: per row, the two words of its key's hash; else null. */
  keys;
  constructor(classes, capacity, keyed) {
    this.scores = Array.from({ length: classes }, () => new Float64Array(capacity));
    this.labels = new Uint16Array(capacity);
    this.cells = new Uint32Array(capacity);
    this.keys = keyed ? new Int32Array(2 * capacity) : null;
  }
  get full() {
    return this.length === this.labels.length;
  }
  weightAt(i) {
    return this.weights === null ? 1 : this.weights[i];
  }
  /** The chunk's rows as their own arrays, trimmed to its length. */
  trimmed() {
    const chunk = new _MulticlassRowChunk(0, 0, false);
    const n = this.length;
    chunk.scores = this.scores.map((column) => column.slice(0, n));
    chunk.labels = this.labels.slice(0, n);
    chunk.cells = this.cells.slice(0, n);
    chunk.weights = this.weights === null ? null : this.weights.slice(0, n);
    chunk.keys = this.keys === null ? null : this.keys.slice(0, 2 * n);
    chunk.length = n;
    return chunk;
  }
};
var MulticlassRowStore = class {
  constructor(classes, keyed, chunkRows = MULTICLASS_CHUNK_ROWS) {
    this.classes = classes;
    this.keyed = keyed;
    this.chunkRows = chunkRows;
    if (!Number.isInteger(classes) || classes < 2 || classes > 65535)
      throw new RangeError(`a multiclass row store needs between 2 and 65535 classes, got ${classes}`);
  }
  classes;
  keyed;
  chunkRows;
  chunks = [];
  rows = 0;
  /** A row MulticlassAccumulator.add has accepted; h1, h2 its key hash when keyed. */
  push(label, scores, cell, weight, h1 = 0, h2 = 0) {
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === void 0 || chunk.full) {
      chunk = new MulticlassRowChunk(this.classes, this.chunkRows, this.keyed);
      this.chunks.push(chunk);
    }
    const i = chunk.length++;
    for (let k = 0; k < this.classes; k++) chunk.scores[k][i] = scores === void 0 ? NaN : scores[k] + 0;
    chunk.labels[i] = label;
    chunk.cells[i] = cell;
    if (chunk.keys !== null) {
      chunk.keys[2 * i] = h1;
      chunk.keys[2 * i + 1] = h2;
    }
    if (weight !== 1) {
      chunk.weights ??= new Float64Array(chunk.labels.length).fill(1);
      chunk.weights[i] = weight;
    }
    this.rows++;
  }
  /** The chunks holding rows, the last one trimmed to its rows (so appending after it cannot overwrite). */
  filled() {
    const last = this.chunks.length - 1;
    if (last >= 0 && !this.chunks[last].full) this.chunks[last] = this.chunks[last].trimmed();
    return this.chunks.filter((chunk) => chunk.length > 0);
  }
  /** Takes another store's rows after this one's, each row's cell renumbered through `cells` (theirs -> ours). */
  append(other, cells) {
    if (other.classes !== this.classes || other.keyed !== this.keyed)
      throw new RangeError("cannot append multiclass rows of another class count or bootstrap");
    const ours = this.filled();
    for (const chunk of other.filled()) {
      const copy = chunk.trimmed();
      for (let i = 0; i < copy.length; i++) copy.cells[i] = cells[copy.cells[i]];
      ours.push(copy);
    }
    this.chunks.splice(0, this.chunks.length, ...ours);
    this.rows += other.rows;
  }
};
function classOrder(chunks, k) {
  if (chunks.length > 65535) throw new Error(`too many row chunks to merge (${chunks.length})`);
  const within = chunks.map((chunk) => sortedOrder(chunk.scores[k], null, chunk.length));
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const from = new Uint16Array(total);
  if (chunks.length < 2) return { within, from };
  const at = new Int32Array(chunks.length);
  const key = (c) => {
    const s = chunks[c].scores[k][within[c][at[c]]];
    return s === s ? s : 2;
  };
  const head = Float64Array.from(chunks, (_, c) => key(c));
  const before = (a, b) => head[a] < head[b] || head[a] === head[b] && a < b;
  let n = 0;
  mergeSortedRuns(chunks.length, before, (c) => {
    from[n++] = c;
    if (++at[c] === chunks[c].length) return false;
    head[c] = key(c);
    return true;
  });
  return { within, from };
}
function sweepOvr(store, cellTargets, replicated, replicates) {
  const P = replicated.length;
  const K = store.classes;
  const chunks = store.filled();
  const R = store.keyed ? replicates : 0;
  const sweep = new OvrSweep(P, R, replicated, cellTargets);
  const unscored = new Uint8Array(P);
  for (const chunk of chunks) {
    const first = chunk.scores[0];
    for (let i = 0; i < chunk.length; i++) if (first[i] !== first[i]) sweep.forTargets(chunk.cells[i], (p) => unscored[p] = 1);
  }
  const point = new Float64Array(P);
  const pointNull = new Uint8Array(P);
  const loss = new Float64Array(P);
  const mass = new Float64Array(P);
  const sums = new Float64Array(sweep.base.length > 0 ? sweep.replicatedCount * R : 0);
  const sumsNull = new Uint8Array(sums.length);
  for (let k = 0; k < K; k++) {
    sweep.reset();
    sweep.run(chunks, k);
    sweep.collect(point, pointNull, sums, sumsNull, loss, mass);
  }
  return {
    point: Array.from(point, (sum, p) => pointNull[p] || unscored[p] ? null : sum / K),
    logLoss: Array.from(loss, (sum, p) => unscored[p] || !(mass[p] > 0) ? null : sum / mass[p]),
    replicates: Array.from({ length: P }, (_, p) => {
      const at = sweep.base[p];
      if (at < 0) return null;
      return Array.from({ length: R }, (_2, r) => sumsNull[at + r] || unscored[p] ? null : sums[at + r] / K);
    })
  };
}
var OvrSweep = class {
  constructor(P, R, replicated, cellTargets) {
    this.P = P;
    this.R = R;
    this.offsets = new Int32Array(cellTargets.length + 1);
    cellTargets.forEach((targets, c) => this.offsets[c + 1] = this.offsets[c] + targets.length);
    this.targets = Int32Array.from(cellTargets.flat());
    this.base = new Int32Array(P).fill(-1);
    let count = 0;
    if (R > 0) {
      for (let p = 0; p < P; p++) if (replicated[p]) this.base[p] = R * count++;
    }
    this.replicatedCount = count;
    this.pos = new Float64Array(P);
    this.neg = new Float64Array(P);
    this.area = new Float64Array(P);
    this.runPos = new Float64Array(P);
    this.runNeg = new Float64Array(P);
    this.loss = new Float64Array(P);
    this.posR = new Float64Array(R * count);
    this.negR = new Float64Array(R * count);
    this.areaR = new Float64Array(R * count);
    this.runPosR = new Float64Array(R * count);
    this.runNegR = new Float64Array(R * count);
    this.stamp = new Int32Array(P).fill(-1);
    this.touched = new Int32Array(P);
    this.words = new Int32Array(weightRowBytes(R) >>> 2);
    this.draws = new Uint8Array(this.words.buffer);
    this.masses = new Float64Array(R);
  }
  P;
  R;
  /** Per population: where its replicates start in the R-wide arrays, or -1. */
  base;
  replicatedCount;
  offsets;
  targets;
  // Point: mass of positives and negatives above the current run, area so far, and the current run's masses.
  pos;
  neg;
  area;
  runPos;
  runNeg;
  /** Mass of the rows of this class x -log of their score, and that of the current score. */
  loss;
  term = 0;
  // The same per replicate.
  posR;
  negR;
  areaR;
  runPosR;
  runNegR;
  /** The populations the current run touched. */
  stamp;
  touched;
  touchedCount = 0;
  runNumber = 0;
  words;
  draws;
  masses;
  forTargets(cell, visit) {
    for (let t = this.offsets[cell]; t < this.offsets[cell + 1]; t++) visit(this.targets[t]);
  }
  reset() {
    for (const array of [this.pos, this.neg, this.area, this.loss, this.posR, this.negR, this.areaR]) array.fill(0);
  }
  /** Class k's rows from the highest score k down; rows without scores (NaN, last in the order) are skipped. */
  run(chunks, k) {
    const { within, from } = classOrder(chunks, k);
    const cursor = Int32Array.from(chunks, (chunk) => chunk.length - 1);
    const N = from.length;
    let current = NaN;
    for (let n = N - 1; n >= 0; n--) {
      const c = from[n];
      const chunk = chunks[c];
      const i = within[c][cursor[c]--];
      const score = chunk.scores[k][i];
      if (score !== score) continue;
      const first = score !== current;
      if (first) {
        this.commit();
        current = score;
        this.term = -Math.log(Math.min(Math.max(score, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS));
      }
      const next = n > 0 ? chunks[from[n - 1]].scores[k][within[from[n - 1]][cursor[from[n - 1]]]] : NaN;
      this.addRow(chunk, i, chunk.labels[i] === k, first && next !== score);
    }
    this.commit();
  }
  addRow(chunk, i, positive, alone) {
    const { R, offsets, targets, base, draws, masses } = this;
    const weight = chunk.weightAt(i);
    const cell = chunk.cells[i];
    if (R > 0) {
      const keys = chunk.keys;
      drawHashedWords(keys[2 * i], keys[2 * i + 1], R, this.words, 0);
      for (let r = 0; r < R; r++) masses[r] = weight * draws[r];
    }
    for (let t = offsets[cell]; t < offsets[cell + 1]; t++) {
      const p = targets[t];
      const at = base[p];
      if (alone) {
        if (positive) {
          this.pos[p] += weight;
          this.loss[p] += weight * this.term;
        } else {
          this.area[p] += weight * this.pos[p];
          this.neg[p] += weight;
        }
        if (at >= 0) addAlone(positive, masses, R, at, this.posR, this.negR, this.areaR);
        continue;
      }
      if (this.stamp[p] !== this.runNumber) {
        this.stamp[p] = this.runNumber;
        this.touched[this.touchedCount++] = p;
      }
      if (positive) this.runPos[p] += weight;
      else this.runNeg[p] += weight;
      if (at >= 0) {
        const run = positive ? this.runPosR : this.runNegR;
        for (let r = 0; r < R; r++) run[at + r] += masses[r];
      }
    }
  }
  /** Ends a run of tied scores: each negative in it is above the positives before it, and level with half of the run's. */
  commit() {
    const { R, base, pos, neg, area, runPos, runNeg, posR, negR, areaR, runPosR, runNegR } = this;
    for (let j = 0; j < this.touchedCount; j++) {
      const p = this.touched[j];
      area[p] += runNeg[p] * (pos[p] + runPos[p] / 2);
      this.loss[p] += runPos[p] * this.term;
      pos[p] += runPos[p];
      neg[p] += runNeg[p];
      runPos[p] = 0;
      runNeg[p] = 0;
      const at = base[p];
      if (at < 0) continue;
      for (let r = at; r < at + R; r++) {
        areaR[r] += runNegR[r] * (posR[r] + runPosR[r] / 2);
        posR[r] += runPosR[r];
        negR[r] += runNegR[r];
        runPosR[r] = 0;
        runNegR[r] = 0;
      }
    }
    this.touchedCount = 0;
    this.runNumber++;
  }
  /** Adds this class's AUC of every population and replicate to `point` and `sums`, marking where it is undefined. */
  collect(point, pointNull, sums, sumsNull, loss, mass) {
    const { P, R, base, pos, neg, area, posR, negR, areaR } = this;
    for (let p = 0; p < P; p++) {
      loss[p] += this.loss[p];
      mass[p] += pos[p];
      if (pos[p] > 0 && neg[p] > 0) point[p] += area[p] / (pos[p] * neg[p]);
      else pointNull[p] = 1;
      const at = base[p];
      if (at < 0) continue;
      for (let r = at; r < at + R; r++) {
        if (posR[r] > 0 && negR[r] > 0) sums[r] += areaR[r] / (posR[r] * negR[r]);
        else sumsNull[r] = 1;
      }
    }
  }
};
function addAlone(positive, masses, R, at, posR, negR, areaR) {
  if (positive) {
    for (let r = 0; r < R; r++) posR[at + r] += masses[r];
    return;
  }
  for (let r = 0; r < R; r++) {
    const mass = masses[r];
    areaR[at + r] += mass * posR[at + r];
    negR[at + r] += mass;
  }
}
function multiclassRowsToJSON(store) {
  if (!LITTLE_ENDIAN) throw new Error("partials with multiclass rows are written on little-endian machines only");
  const chunks = store.filled();
  const weighted = chunks.some((chunk) => chunk.weights !== null);
  const parts = [];
  const bytes = (array, length, width) => Buffer.from(array.buffer, array.byteOffset, length * width);
  for (const chunk of chunks) {
    const n = chunk.length;
    for (const column of chunk.scores) parts.push(bytes(column, n, 8));
    parts.push(bytes(chunk.labels, n, 2), bytes(chunk.cells, n, 4));
    if (chunk.keys !== null) parts.push(bytes(chunk.keys, n, 8));
    if (weighted) parts.push(chunk.weights === null ? Buffer.from(new Float64Array(n).fill(1).buffer) : bytes(chunk.weights, n, 8));
  }
  return { chunks: chunks.map((chunk) => chunk.length), weighted, data: Buffer.concat(parts).toString("base64") };
}
function multiclassRowsFromJSON(json, classes, keyed, cells, fail) {
  const width = 8 * classes + 6 + (keyed ? 8 : 0);
  const chunks = decodeRowChunks(json, "multiclass rows", width, fail, (n, take, weighted) => {
    const chunk = new MulticlassRowChunk(0, 0, false);
    chunk.scores = Array.from({ length: classes }, () => take((b) => new Float64Array(b), n, 8));
    chunk.labels = take((b) => new Uint16Array(b), n, 2);
    chunk.cells = take((b) => new Uint32Array(b), n, 4);
    chunk.keys = keyed ? take((b) => new Int32Array(b), n, 8) : null;
    chunk.weights = weighted ? take((b) => new Float64Array(b), n, 8) : null;
    chunk.length = n;
    checkChunk(chunk, classes, cells, fail);
    return chunk;
  });
  const store = new MulticlassRowStore(classes, keyed);
  for (const chunk of chunks) {
    store.chunks.push(chunk);
    store.rows += chunk.length;
  }
  return store;
}
function checkChunk(chunk, classes, cells, fail) {
  const unscored = chunk.scores[0];
  for (let i = 0; i < chunk.length; i++) {
    for (const column of chunk.scores) {
      const score = column[i];
      if (unscored[i] !== unscored[i] ? score === score : !(score >= 0 && score <= 1) || Object.is(score, -0))
        fail(`a row's class score ${score} is not a probability (or every score of the row NaN)`);
    }
    if (chunk.labels[i] >= classes) fail(`row class ${chunk.labels[i]} is not one of the ${classes} classes`);
    if (chunk.cells[i] >= cells) fail(`row cell ${chunk.cells[i]} is not one of the ${cells} cells`);
    if (chunk.weights !== null && !(chunk.weights[i] >= 0 && chunk.weights[i] < Infinity))
      fail(`row weight ${chunk.weights[i]} is not a finite number >= 0`);
  }
}

// shared/metrics/evaluation.ts
var INTERSECTION_SEPARATOR = "";
function intersectionName(attributes) {
  return attributes.join(" & ");
}
var PENDING_COUNTS = 4096;
var MAX_ATOMS = 1024;
var ATOM_BYTES = 64 * 2 ** 20;
var PROBE_ROWS = 1 << 18;
var SWITCH_PAIRS = 1 << 15;
function initialScoreStore(spec) {
  if (spec.task !== "binary" || spec.replicates > 0 && spec.seed === void 0) return "tables";
  const forced = process.env.MODELGATE_SCORE_STORE;
  return forced === "rows" || forced === "tables" ? forced : "probing";
}
var keyHash = new Int32Array(2);
var EvaluationAccumulator = class _EvaluationAccumulator {
  overallCell;
  groupCells;
  intersectionCells = /* @__PURE__ */ new Map();
  /** Subset intersections asked for while the rows are in a RowStore (see subsetIntersection). */
  subsetCells = [];
  sliceCells;
  /** Binary tasks: the rows' (score, prediction) pairs, numbered once a row for all its populations. */
  pairs;
  /** Intersection cells under one nested Map level per attribute, so finding a row's cell joins no key. */
  intersectionIndex = /* @__PURE__ */ new Map();
  /**
   * Binary rows of integer weight go to the atom of their group and slice values, one table update a row instead
   * of one per population (overall, each group, the intersection, each slice); `flush` then merges each atom
   * into its populations. Exact, since sums of integers do not depend on their order: the first fractional
   * weight (or more than MAX_ATOMS atoms) flushes and sends every later row to its populations directly.
   * While every weight is 1 (`unitWeights`), an atom counts rows in 8-bit cells, a twelfth of the memory of its
   * weighted form: what a row touches then mostly stays in cache (the per-row cost is mostly memory traffic). A
   * cell going round past 255 adds 256 to its atom's `carries`, which only such cells touch.
   * Atoms sit under one nested Map level per group and slice column.
   */
  atoms;
  atomList = [];
  /**
   * Rows of weight 1 not yet counted, as (atom index, cell) pairs: counted together, the cells a row increments
   * (mostly cache misses) no longer wait for each other, as they would one row at a time.
   */
  pending = new Int32Array(2 * PENDING_COUNTS);
  pendingLength = 0;
  /** One row's replicate weights, for the rows addBatch hands to addRow. */
  rowWeights = null;
  unitWeights = true;
  /** Atoms by the codes of a read's example columns: one nested array level per group and slice column. */
  atomsByCode = [];
  codesFor;
  /**
   * Bootstrap replicates are R numbers a row and population, so they are summed once where possible too: while
   * this holds, a row's replicates go only to its finest group (its intersection, or its group when there is
   * one attribute) and its slices, and the first flush makes overall's and each attribute's groups' replicates
   * the sums of those cells (exact, as for atoms: integer weights); after it every population is updated per row.
   */
  replicaCells;
  /** What slice cells are made with: `spec`, or `spec` without replicates (see EvaluationSpec.sliceReplicates). */
  sliceSpec;
  /** See PROBE_ROWS. The rows are in `store` while probing or 'rows', in the populations' tables unless 'rows'. */
  scoreStore;
  store;
  /** The cells of the store's rows, by number; found by their values, or by a read's codes (one level a column). */
  rowCells = [];
  rowCellsByValues = /* @__PURE__ */ new Map();
  rowCellsByCode = [];
  rowCellCodesFor;
  /** The options the populations' `swept` results were measured with. */
  sweptWith = null;
  /**
   * Multiclass with bootstrap: every row once (its cell in `rowCells`), for the replicates of roc_auc_ovr, which no
   * per-population sum can give; null otherwise. `ovrMeasured` while the populations' `ovr` are those of its rows.
   */
  multiclassRows;
  ovrMeasured = false;
  spec;
  constructor(spec) {
    const keepsRows = spec.task === "multiclass" && spec.replicates > 0 && spec.seed !== void 0;
    this.spec = spec = keepsRows ? { ...spec, scoresInRows: true } : spec;
    this.sliceSpec = spec.sliceReplicates === false ? { ...spec, replicates: 0 } : spec;
    this.overallCell = new PopulationAccumulator(spec);
    this.groupCells = spec.groups.map(() => /* @__PURE__ */ new Map());
    this.sliceCells = spec.slices.map(() => /* @__PURE__ */ new Map());
    this.pairs = spec.task === "binary" ? new ScoreIndex(true) : null;
    this.atoms = this.pairs && spec.groups.length + spec.slices.length > 0 ? /* @__PURE__ */ new Map() : null;
    this.replicaCells = (this.atoms !== null || this.pairs === null) && spec.replicates > 0 && (spec.groups.length === 1 || spec.groups.length > 1 && spec.intersect);
    this.scoreStore = initialScoreStore(spec);
    this.store = this.scoreStore === "tables" ? null : new RowStore(spec.replicates > 0);
    this.multiclassRows = keepsRows ? new MulticlassRowStore(spec.classCount, true) : null;
  }
  /** Whether batches still need their rows' bootstrap weights: not once rows are kept (their weights are drawn again). */
  get needsReplicateWeights() {
    return this.spec.replicates > 0 && this.scoreStore !== "rows";
  }
  /** How the binary scores are kept (see PROBE_ROWS). */
  get scoreStoreKind() {
    return this.scoreStore;
  }
  get overall() {
    this.flush();
    return this.overallCell;
  }
  /** Per attribute (in spec order): group value -> accumulator. */
  get groups() {
    this.flush();
    return this.groupCells;
  }
  /** Intersection key (values joined by INTERSECTION_SEPARATOR) -> accumulator. */
  get intersections() {
    this.flush();
    return this.intersectionCells;
  }
  get slices() {
    this.flush();
    return this.sliceCells;
  }
  add(example, replicateWeights) {
    this.sweptWith = null;
    if (this.store !== null) {
      checkBinaryRow(example.label, example.score, example.prediction, example.weight);
      this.hashKey(example.id ?? example.position);
      this.store.push(
        example.score,
        example.label,
        example.prediction,
        this.rowCellOf(example.groups, example.slices),
        example.weight,
        keyHash[0],
        keyHash[1]
      );
      if (this.scoreStore === "rows") return;
    }
    this.addToTables(example, replicateWeights);
    if (this.multiclassRows !== null) {
      this.hashKey(example.id ?? example.position);
      this.multiclassRows.push(
        example.label,
        example.scores,
        this.rowCellOf(example.groups, example.slices),
        example.weight,
        keyHash[0],
        keyHash[1]
      );
      this.ovrMeasured = false;
    }
    this.decideScoreStore();
  }
  addToTables(example, replicateWeights) {
    if (this.pairs === null) {
      const populations = this.populationsOf(example);
      if (!this.replicaCells || replicateWeights === null) {
        for (const population of populations) population.add(example, replicateWeights);
        return;
      }
      for (const population of populations) population.add(example, null);
      const finest = this.groupCells.length === 1 ? 1 : 1 + this.groupCells.length;
      const end = this.sliceSpec.replicates > 0 ? populations.length : populations.length - this.sliceCells.length;
      for (let k = finest; k < end; k++) populations[k].addReplicates(example, replicateWeights);
      return;
    }
    const { label, weight } = example;
    checkBinaryRow(label, example.score, example.prediction, weight);
    const pairs = this.pairs;
    const at = pairs.slot(example.score, example.prediction);
    if (this.atoms !== null && weight === Math.floor(weight)) {
      const atom = this.atomOf(example);
      if (atom !== null && this.addToAtom(atom, at, label, weight, replicateWeights)) return;
    }
    this.flush();
    this.atoms = null;
    this.atomList.length = 0;
    this.atomsByCode = [];
    for (const population of this.populationsOf(example)) population.addBinaryAt(pairs, at, label, weight, replicateWeights);
  }
  /**
   * Adds a row to its atom, its replicate weights from replicateWeights[offset]; false when the atoms would outgrow
   * ATOM_BYTES (nothing is added then).
   */
  addToAtom(atom, at, label, weight, replicateWeights, offset = 0) {
    const pairs = this.pairs;
    if (weight !== 1 && this.unitWeights) {
      this.flush();
      this.unitWeights = false;
    }
    if (this.unitWeights) {
      const counts = atom.counts;
      if (2 * at >= counts.length) {
        const capacity = pairs.scores.length;
        if (4 * capacity * this.atomList.length > ATOM_BYTES) return false;
        atom.counts = new Uint8Array(2 * capacity);
        atom.counts.set(counts);
        return this.addToAtom(atom, at, label, weight, replicateWeights, offset);
      }
      this.countLater(atom, 2 * at + label);
    } else {
      const masses = atom.masses;
      if (3 * at >= masses.length) {
        const capacity = pairs.scores.length;
        if (24 * capacity * this.atomList.length > ATOM_BYTES) return false;
        atom.masses = new Float64Array(3 * capacity);
        atom.masses.set(masses);
        return this.addToAtom(atom, at, label, weight, replicateWeights, offset);
      }
      masses[3 * at + label] += weight;
      masses[3 * at + 2]++;
    }
    atom.rows++;
    if (pairs.scores[at] !== pairs.scores[at]) atom.unscoredRows++;
    if (replicateWeights) {
      for (const population of this.replicaCells ? atom.replicaTargets : atom.targets)
        population.addReplicatesAt(pairs, at, label, weight, replicateWeights, offset);
    }
    return true;
  }
  countLater(atom, cell) {
    const pending = this.pending;
    pending[this.pendingLength++] = atom.index;
    pending[this.pendingLength++] = cell;
    if (this.pendingLength === pending.length) this.countPending();
  }
  /** Adds the pending rows to their atoms' counts. */
  countPending() {
    const { pending, atomList } = this;
    const length = this.pendingLength;
    this.pendingLength = 0;
    for (let j = 0; j < length; j += 2) {
      const atom = atomList[pending[j]];
      const cell = pending[j + 1];
      if (++atom.counts[cell] === 256) this.carry(atom, cell);
    }
  }
  /** A cell of an atom's 8-bit counts went round from 255 to 0: 256 more rows in its carries. */
  carry(atom, cell) {
    if (atom.carries.length <= cell) {
      const carries = new Float64Array(atom.counts.length);
      carries.set(atom.carries);
      atom.carries = carries;
    }
    atom.carries[cell] += 256;
  }
  /**
   * `addRow` of every row of a batch; with replicates, `weights` holds the rows' weights as poissonWeightBlock lays
   * them out. The bulk of a large read (binary rows of weight 1 whose atom has room for their pair) takes a path
   * with nothing per row but the row; every other row goes through addRow.
   */
  addBatch(batch, weights) {
    this.sweptWith = null;
    if (this.store !== null) {
      this.storeBatch(batch);
      if (this.scoreStore === "rows") return;
    }
    this.addBatchToTables(batch, weights);
    if (this.multiclassRows !== null) for (let i = 0; i < batch.length; i++) this.storeMulticlassRow(batch, i);
    this.decideScoreStore();
  }
  /** Row i of a read's columns (already in the tables, so checked) into the multiclass rows. */
  storeMulticlassRow(batch, i) {
    this.hashKey(keyAt(batch, i));
    this.multiclassRows.push(batch.label[i], batch.scores[i], this.rowCellAt(batch, i), batch.weight[i], keyHash[0], keyHash[1]);
    this.ovrMeasured = false;
  }
  addBatchToTables(batch, weights) {
    const replicates = this.spec.replicates;
    const stride = weightRowBytes(replicates) >>> 2;
    let row = null;
    let rowWords = new Int32Array(0);
    let blockWords = rowWords;
    if (replicates > 0) {
      if (weights === null || weights.length !== 4 * stride * batch.length)
        throw new Error("a batch came without the bootstrap weights of its rows");
      row = this.rowWeights ??= new Uint8Array(4 * stride);
      rowWords = new Int32Array(row.buffer);
      blockWords = new Int32Array(weights.buffer, weights.byteOffset, stride * batch.length);
    }
    const pairs = this.pairs;
    if (pairs === null || this.atoms === null) {
      for (let i = 0; i < batch.length; i++) {
        for (let k = 0, from = i * stride; k < stride; k++) rowWords[k] = blockWords[from + k];
        this.addRowToTables(batch, i, row);
      }
      return;
    }
    if (batch.groupValues !== this.codesFor) {
      this.atomsByCode = [];
      this.codesFor = batch.groupValues;
    }
    const { label: labels, score: scores, prediction: predictions, weight: rowWeights } = batch;
    const columns = [...batch.groups, ...batch.slices];
    const finest = columns.pop();
    for (let i = 0; i < batch.length; i++) {
      const label = labels[i];
      const prediction = predictions[i];
      let atom;
      if (rowWeights[i] === 1 && this.unitWeights && this.atoms !== null && (label === 0 || label === 1) && (prediction === 0 || prediction === 1)) {
        let level = this.atomsByCode;
        for (let k = 0; k < columns.length && level !== void 0; k++) level = level[columns[k][i]];
        atom = level?.[finest[i]];
      }
      if (atom !== void 0 && this.addToAtom(atom, pairs.slot(scores[i], prediction), label, 1, weights, 4 * stride * i)) continue;
      for (let k = 0, from = i * stride; k < stride; k++) rowWords[k] = blockWords[from + k];
      this.addRowToTables(batch, i, row);
    }
  }
  /** `add` of row i of example columns: for a binary row of integer weight, no object, string or Map on the way. */
  addRow(batch, i, replicateWeights) {
    this.sweptWith = null;
    if (this.store !== null) {
      this.storeRow(batch, i);
      if (this.scoreStore === "rows") return;
    }
    this.addRowToTables(batch, i, replicateWeights);
    if (this.multiclassRows !== null) this.storeMulticlassRow(batch, i);
    this.decideScoreStore();
  }
  addRowToTables(batch, i, replicateWeights) {
    const weight = batch.weight[i];
    const pairs = this.pairs;
    if (pairs === null) return this.addToTables(exampleAt(batch, i), replicateWeights);
    const label = batch.label[i];
    const score = batch.score[i];
    const prediction = batch.prediction[i];
    if (this.groupCells.length + this.sliceCells.length === 0) {
      checkBinaryRow(label, score, prediction, weight);
      return this.overallCell.addBinaryAt(pairs, pairs.slot(score, prediction), label, weight, replicateWeights);
    }
    if (this.atoms === null || weight !== Math.floor(weight)) return this.addToTables(exampleAt(batch, i), replicateWeights);
    checkBinaryRow(label, score, prediction, weight);
    if (batch.groupValues !== this.codesFor) {
      this.atomsByCode = [];
      this.codesFor = batch.groupValues;
    }
    const { groups, slices } = batch;
    const depth = groups.length + slices.length;
    let level = this.atomsByCode;
    for (let k = 0; k < depth - 1; k++) {
      const code2 = k < groups.length ? groups[k][i] : slices[k - groups.length][i];
      level = level[code2] ??= [];
    }
    const code = slices.length > 0 ? slices[slices.length - 1][i] : groups[groups.length - 1][i];
    let atom = level[code];
    if (atom === void 0) {
      atom = this.atomOf(exampleAt(batch, i)) ?? void 0;
      if (atom === void 0) return this.addToTables(exampleAt(batch, i), replicateWeights);
      level[code] = atom;
    }
    const at = pairs.slot(score, prediction);
    if (!this.addToAtom(atom, at, label, weight, replicateWeights)) this.addToTables(exampleAt(batch, i), replicateWeights);
  }
  batchCells = new Int32Array(0);
  storeBatch(batch) {
    const store = this.store;
    const { label: labels, score: scores, prediction: predictions, weight: weights } = batch;
    if (!store.keyed) {
      for (let i = 0; i < batch.length; i++) checkBinaryRow(labels[i], scores[i], predictions[i], weights[i]);
      store.pushColumns(batch.length, { scores, labels, predictions, cells: this.rowCellsOf(batch), weights });
      return;
    }
    for (let i = 0; i < batch.length; i++) {
      const label = labels[i];
      const score = scores[i];
      const prediction = predictions[i];
      const weight = weights[i];
      checkBinaryRow(label, score, prediction, weight);
      this.hashKey(keyAt(batch, i));
      store.push(score, label, prediction, this.rowCellAt(batch, i), weight, keyHash[0], keyHash[1]);
    }
  }
  /** rowCellAt of every row of a batch, in one loop (in an array kept for the next batch). */
  rowCellsOf(batch) {
    if (this.batchCells.length < batch.length) this.batchCells = new Int32Array(batch.length);
    const cells = this.batchCells.subarray(0, batch.length);
    const { groups, slices } = batch;
    const columns = [...groups, ...slices];
    const depth = columns.length;
    if (batch.length === 0) return cells;
    if (depth === 0) return cells.fill(this.rowCellOf([], []));
    const byCode = this.rowCellsByCodeFor(batch);
    const last = columns[depth - 1];
    for (let i = 0; i < batch.length; i++) {
      let level = byCode;
      for (let k = 0; k < depth - 1 && level !== void 0; k++) level = level[columns[k][i]];
      const cell = level?.[last[i]];
      cells[i] = cell ?? this.rowCellAt(batch, i);
    }
    return cells;
  }
  /** The hash a row's replicate weights are drawn from, into keyHash (nothing without bootstrap). */
  hashKey(key) {
    if (this.spec.replicates > 0) bootstrapKeyHash(key, this.spec.seed, keyHash, 0);
  }
  storeRow(batch, i) {
    const label = batch.label[i];
    const score = batch.score[i];
    const prediction = batch.prediction[i];
    const weight = batch.weight[i];
    checkBinaryRow(label, score, prediction, weight);
    this.hashKey(keyAt(batch, i));
    this.store.push(score, label, prediction, this.rowCellAt(batch, i), weight, keyHash[0], keyHash[1]);
  }
  /** The RowStore cell of row i of a read's columns, by its codes. */
  rowCellAt(batch, i) {
    const { groups, slices } = batch;
    const depth = groups.length + slices.length;
    if (depth === 0) return this.rowCellOf([], []);
    let level = this.rowCellsByCodeFor(batch);
    for (let k = 0; k < depth - 1; k++) {
      const code2 = k < groups.length ? groups[k][i] : slices[k - groups.length][i];
      level = level[code2] ??= [];
    }
    const code = slices.length > 0 ? slices[slices.length - 1][i] : groups[groups.length - 1][i];
    let cell = level[code];
    if (cell === void 0) {
      cell = this.rowCellOf(
        groups.map((codes, k) => batch.groupValues[k][codes[i]]),
        slices.map((codes, k) => batch.sliceValues[k][codes[i]])
      );
      level[code] = cell;
    }
    return cell;
  }
  /** The cells by group and slice codes, for the codes of this batch's read (a new read's codes start a new table). */
  rowCellsByCodeFor(batch) {
    if (batch.groupValues !== this.rowCellCodesFor) {
      this.rowCellsByCode = [];
      this.rowCellCodesFor = batch.groupValues;
    }
    return this.rowCellsByCode;
  }
  /** The RowStore cell of these group and slice values, created when new. */
  rowCellOf(groups, slices) {
    const key = [...groups, ...slices].join(INTERSECTION_SEPARATOR);
    let cell = this.rowCellsByValues.get(key);
    if (cell === void 0) {
      cell = this.rowCells.length;
      this.rowCells.push({ groups, slices, targets: this.populationsOf({ groups, slices }) });
      this.rowCellsByValues.set(key, cell);
    }
    return cell;
  }
  /** While probing, keeps the rows or the tables once it is clear which suit the scores (see PROBE_ROWS). */
  decideScoreStore() {
    if (this.scoreStore !== "probing") return;
    if (this.pairs.size > SWITCH_PAIRS) this.keepRows();
    else if (this.store.rows >= PROBE_ROWS) this.keepTables();
  }
  /** Drops the tables: from now on rows are only stored, and measured by `sweep`. */
  keepRows() {
    this.scoreStore = "rows";
    this.pendingLength = 0;
    this.atoms = null;
    this.atomList.length = 0;
    this.atomsByCode = [];
    for (const population of this.allPopulations()) population.reset();
  }
  /** Drops the rows, putting them in the tables first unless they are there already. */
  keepTables() {
    const store = this.store;
    const wasRows = this.scoreStore === "rows";
    this.scoreStore = "tables";
    this.store = null;
    if (!wasRows || store === null) return;
    const pairs = this.pairs;
    for (const population of this.allPopulations()) population.reset();
    const R = this.spec.replicates;
    const words = new Int32Array(weightRowBytes(R) >>> 2);
    const replicateWeights = R > 0 ? new Uint8Array(words.buffer) : null;
    for (const chunk of store.chunks) {
      for (let i = 0; i < chunk.length; i++) {
        const meta = chunk.meta[i];
        const at = pairs.slot(chunk.scores[i], meta >>> 1 & 1);
        if (chunk.keys !== null) drawHashedWords(chunk.keys[2 * i], chunk.keys[2 * i + 1], R, words, 0);
        for (const population of this.rowCells[meta >>> 2].targets)
          population.addBinaryAt(pairs, at, meta & 1, chunk.weightAt(i), replicateWeights);
      }
    }
  }
  /** Overall, then every group, intersection, subset intersection and slice population (not flushing: see the getters). */
  allPopulations() {
    return [
      this.overallCell,
      ...this.groupCells.flatMap((map) => [...map.values()]),
      ...this.intersectionCells.values(),
      ...this.subsetCells.flatMap((map) => [...map.values()]),
      ...this.sliceCells.flatMap((map) => [...map.values()])
    ];
  }
  /**
   * The populations of the intersection of an attribute subset (positions in spec.groups), keyed like
   * `intersections`, when the rows are in a RowStore: each row cell counts in its projection too, so the next
   * `measure` sweeps them with the rest (swept populations cannot be merged afterwards). Null when the tables hold
   * the rows: their subset cells are merges of the full intersection's cells.
   */
  subsetIntersection(positions) {
    if (this.scoreStore === "probing") this.keepTables();
    if (this.scoreStore !== "rows") return null;
    const cells = /* @__PURE__ */ new Map();
    for (const cell of this.rowCells)
      cell.targets.push(this.cell(cells, positions.map((k) => cell.groups[k]).join(INTERSECTION_SEPARATOR)));
    this.subsetCells.push(cells);
    this.sweptWith = null;
    return cells;
  }
  /**
   * Subset intersection cells merged from the full intersection's (see summary.ts), keyed like `intersections`: with
   * multiclass rows kept, each row cell counts in its projection too, so the next `measure` sweeps them.
   */
  sweepSubsetCells(positions, cells) {
    if (this.multiclassRows === null) return;
    for (const cell of this.rowCells) {
      const population = cells.get(positions.map((k) => cell.groups[k]).join(INTERSECTION_SEPARATOR));
      if (population !== void 0) cell.targets.push(population);
    }
    this.subsetCells.push(cells);
    this.ovrMeasured = false;
  }
  /** With multiclass rows kept: every population's roc_auc_ovr and its replicates, swept from the rows (see sweepOvr). */
  measureOvr() {
    if (this.multiclassRows === null || this.ovrMeasured) return;
    this.flush();
    const populations = this.allPopulations();
    const numbers = new Map(populations.map((population, p) => [population, p]));
    const cellTargets = this.rowCells.map((cell) => cell.targets.map((population) => numbers.get(population)));
    const replicated = populations.map((population) => population.keepsReplicates);
    const { point, logLoss, replicates } = sweepOvr(this.multiclassRows, cellTargets, replicated, this.spec.replicates);
    populations.forEach((population, p) => population.ovr = { point: point[p], logLoss: logLoss[p], replicates: replicates[p] });
    this.ovrMeasured = true;
  }
  /**
   * Readies every population's values for `metrics`: with rows kept in a RowStore, measures them all in one sweep
   * (setting each population's `swept`); while still probing, the tables hold every row, so the rows are dropped.
   */
  async measure(options) {
    this.measureOvr();
    if (this.scoreStore === "probing") this.keepTables();
    if (this.scoreStore !== "rows") return;
    const key = JSON.stringify(options);
    if (this.sweptWith === key) return;
    const populations = this.allPopulations();
    const numbers = new Map(populations.map((population, p) => [population, p]));
    const cellTargets = this.rowCells.map((cell) => cell.targets.map((population) => numbers.get(population)));
    const replicated = populations.map((population) => population.keepsReplicates);
    const swept = await sweepRowsOnThreads(this.store, { cellTargets, replicated, replicates: this.spec.replicates, options });
    populations.forEach((population, p) => population.swept = swept[p]);
    this.sweptWith = key;
  }
  /** Adds the atoms' rows to their populations and empties the atoms. */
  flush() {
    this.countPending();
    for (const atom of this.atomList) {
      if (atom.rows === 0) continue;
      for (const population of atom.targets) population.addPairs(this.pairs, atom);
      atom.counts = new Uint8Array(0);
      atom.carries = new Float64Array(0);
      atom.masses = new Float64Array(0);
      atom.rows = 0;
      atom.unscoredRows = 0;
    }
    if (this.replicaCells) {
      this.replicaCells = false;
      if (this.groupCells.length > 1) {
        for (const key of [...this.intersectionCells.keys()].sort()) {
          const cell = this.intersectionCells.get(key);
          key.split(INTERSECTION_SEPARATOR).forEach((value, k) => this.cell(this.groupCells[k], value).mergeReplicates(cell));
        }
      }
      const fewest = this.groupCells.reduce((best, cells) => cells.size < best.size ? cells : best);
      for (const key of [...fewest.keys()].sort()) this.overallCell.mergeReplicates(fewest.get(key));
    }
  }
  /** The atom of the example's values, created when new; null when there would be too many. */
  atomOf(example) {
    let level = this.atoms;
    const { groups, slices } = example;
    const depth = groups.length + slices.length;
    for (let i = 0; i < depth - 1; i++) {
      const value2 = i < groups.length ? groups[i] : slices[i - groups.length];
      let next = level.get(value2);
      if (next === void 0) level.set(value2, next = /* @__PURE__ */ new Map());
      level = next;
    }
    const value = slices.length > 0 ? slices[slices.length - 1] : groups[groups.length - 1];
    let atom = level.get(value);
    if (atom === void 0) {
      if (this.atomList.length === MAX_ATOMS) return null;
      const targets = this.populationsOf(example);
      const finest = this.groupCells.length === 1 ? 1 : 1 + this.groupCells.length;
      const replicaTargets = targets.slice(
        finest,
        this.sliceSpec.replicates > 0 ? targets.length : targets.length - this.sliceCells.length
      );
      atom = {
        index: this.atomList.length,
        counts: new Uint8Array(0),
        carries: new Float64Array(0),
        masses: new Float64Array(0),
        rows: 0,
        unscoredRows: 0,
        targets,
        replicaTargets
      };
      level.set(value, atom);
      this.atomList.push(atom);
    }
    return atom;
  }
  /** The populations a row belongs to: overall, its group per attribute, its intersection, its slice per column. */
  populationsOf(example) {
    const populations = [this.overallCell];
    for (let i = 0; i < this.groupCells.length; i++) populations.push(this.cell(this.groupCells[i], example.groups[i]));
    if (this.spec.intersect && this.groupCells.length > 1) populations.push(this.intersectionCell(example.groups));
    for (let i = 0; i < this.sliceCells.length; i++) populations.push(this.cell(this.sliceCells[i], example.slices[i], this.sliceSpec));
    return populations;
  }
  intersectionCell(values) {
    let level = this.intersectionIndex;
    const last = values.length - 1;
    for (let i = 0; i < last; i++) {
      let next = level.get(values[i]);
      if (next === void 0) level.set(values[i], next = /* @__PURE__ */ new Map());
      level = next;
    }
    let cell = level.get(values[last]);
    if (cell === void 0) level.set(values[last], cell = this.cell(this.intersectionCells, values.join(INTERSECTION_SEPARATOR)));
    return cell;
  }
  merge(other) {
    this.sweptWith = null;
    if (this.multiclassRows !== null || other.multiclassRows !== null) {
      if (this.multiclassRows === null || other.multiclassRows === null)
        throw new DataError("cannot merge multiclass evaluations where one kept its rows for bootstrap and the other did not");
      const cells = other.rowCells.map((cell) => this.rowCellOf(cell.groups, cell.slices));
      this.multiclassRows.append(other.multiclassRows, cells);
      this.ovrMeasured = false;
    }
    if (this.store !== null && other.store !== null && (this.scoreStore === "rows" || other.scoreStore === "rows")) {
      if (this.scoreStore !== "rows") this.keepRows();
      const cells = other.rowCells.map((cell) => this.rowCellOf(cell.groups, cell.slices));
      const rows = new RowStore();
      rows.append(other.store);
      rows.recode(cells);
      this.store.append(rows);
      return;
    }
    if (this.store !== null && other.store === null) this.keepTables();
    if (other.scoreStore === "rows") other.keepTables();
    if (this.store !== null) {
      const cells = other.rowCells.map((cell) => this.rowCellOf(cell.groups, cell.slices));
      const rows = new RowStore();
      rows.append(other.store);
      rows.recode(cells);
      this.store.append(rows);
    }
    this.mergeTables(other);
    this.decideScoreStore();
  }
  mergeTables(other) {
    this.overall.merge(other.overall);
    const mergeMaps = (into, from, spec = this.spec) => {
      for (const [key, acc] of from) this.cell(into, key, spec).merge(acc);
    };
    this.groups.forEach((map, i) => mergeMaps(map, other.groups[i]));
    mergeMaps(this.intersections, other.intersections);
    this.slices.forEach((map, i) => mergeMaps(map, other.slices[i], this.sliceSpec));
  }
  toJSON() {
    if (this.scoreStore === "rows") {
      const empty = (names) => dataRecordFrom(names.map((name) => [name, dataRecord()]));
      return {
        overall: new PopulationAccumulator(this.spec).toJSON(),
        groups: empty(this.spec.groups),
        intersections: dataRecord(),
        slices: empty(this.spec.slices),
        rows: { cells: this.rowCells.map(({ groups, slices }) => ({ groups, slices })), store: rowStoreToJSON(this.store) }
      };
    }
    this.keepTables();
    const mapJSON = (map) => dataRecordFrom([...map.keys()].sort().map((key) => [key, map.get(key).toJSON()]));
    return {
      overall: this.overall.toJSON(),
      groups: dataRecordFrom(this.spec.groups.map((name, i) => [name, mapJSON(this.groups[i])])),
      intersections: mapJSON(this.intersections),
      slices: dataRecordFrom(this.spec.slices.map((name, i) => [name, mapJSON(this.slices[i])])),
      ...this.multiclassRows !== null && {
        multiclassRows: {
          cells: this.rowCells.map(({ groups, slices }) => ({ groups, slices })),
          store: multiclassRowsToJSON(this.multiclassRows)
        }
      }
    };
  }
  static fromJSON(spec, json) {
    const acc = new _EvaluationAccumulator(spec);
    if (json.rows !== void 0) return acc.loadRows(json.rows);
    acc.keepTables();
    const load = (into, entries, populationSpec = acc.spec) => {
      for (const [key, value] of Object.entries(entries)) into.set(key, new PopulationAccumulator(populationSpec, value));
    };
    acc.overall.merge(new PopulationAccumulator(acc.spec, json.overall));
    spec.groups.forEach((name, i) => load(acc.groups[i], ownValue(json.groups, name) ?? {}));
    load(acc.intersections, json.intersections);
    spec.slices.forEach((name, i) => load(acc.slices[i], ownValue(json.slices, name) ?? {}, acc.sliceSpec));
    if (acc.multiclassRows !== null || json.multiclassRows !== void 0) acc.loadMulticlassRows(json.multiclassRows);
    return acc;
  }
  /** fromJSON's multiclass rows (see EvaluationJSON.multiclassRows). */
  loadMulticlassRows(json) {
    const fail = (detail) => {
      throw new DataError(`malformed evaluation JSON: ${detail}`);
    };
    if (this.multiclassRows === null) fail("multiclass rows are kept only for a multiclass task with bootstrap");
    if (json === void 0) fail("a multiclass evaluation with bootstrap needs its rows (multiclassRows)");
    const { cells, store } = typeof json === "object" && json !== null ? json : fail("multiclassRows is not an object");
    this.loadRowCells(cells, fail);
    this.multiclassRows = multiclassRowsFromJSON(store, this.spec.classCount, true, this.rowCells.length, fail);
  }
  /** A partial's row cells, in order, as this accumulator's (which must have none yet). */
  loadRowCells(cells, fail) {
    if (!Array.isArray(cells)) return fail("rows.cells is not an array");
    const strings = (values, length) => Array.isArray(values) && values.length === length && values.every((v) => typeof v === "string");
    for (const cell of cells) {
      if (typeof cell !== "object" || cell === null || !strings(cell.groups, this.spec.groups.length) || !strings(cell.slices, this.spec.slices.length)) {
        fail("a row cell needs one group value per attribute and one slice value per slice column");
      }
      const before = this.rowCells.length;
      if (this.rowCellOf(cell.groups, cell.slices) !== before) fail("row cells repeat");
    }
  }
  /** fromJSON of a partial whose rows are in a RowStore. */
  loadRows(json) {
    const fail = (detail) => {
      throw new DataError(`malformed evaluation JSON: ${detail}`);
    };
    if (this.spec.task !== "binary") fail("rows are kept for binary tasks only");
    const { cells, store } = typeof json === "object" && json !== null ? json : fail("rows is not an object");
    this.loadRowCells(cells, fail);
    this.scoreStore = "rows";
    this.store = rowStoreFromJSON(store, this.spec.replicates > 0, this.rowCells.length, fail);
    return this;
  }
  cell(map, key, spec = this.spec) {
    let acc = map.get(key);
    if (!acc) {
      acc = new PopulationAccumulator(spec);
      map.set(key, acc);
    }
    return acc;
  }
};

// shared/metrics/row-set.ts
var MOD = 2 ** 48;
function fnv1a(text, seed) {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}
var RowSet = class _RowSet {
  count = 0;
  a = 0;
  b = 0;
  add(key, label) {
    const text = `${key}\0${label}`;
    this.count += 1;
    this.a = (this.a + fnv1a(text, 2166136261)) % MOD;
    this.b = (this.b + fnv1a(text, 2538058380)) % MOD;
  }
  merge(other) {
    this.count += other.count;
    this.a = (this.a + other.a) % MOD;
    this.b = (this.b + other.b) % MOD;
  }
  equals(other) {
    return this.count === other.count && this.a === other.a && this.b === other.b;
  }
  toJSON() {
    return { count: this.count, a: this.a, b: this.b };
  }
  static fromJSON(json) {
    const set = new _RowSet();
    set.merge(json);
    return set;
  }
};

// shared/report/score-evidence.ts
var HISTOGRAM_BINS = 20;
var MAX_CURVE_POINTS = 200;
function massesByScore(accumulator) {
  const state = accumulator.toJSON();
  if (state.unscoredRows > 0) return null;
  const { scores, negative, positive } = state.table;
  const out = { scores: [], negative: [], positive: [] };
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    const last = out.scores.length - 1;
    if (last >= 0 && out.scores[last] === score) {
      out.negative[last] += negative[i];
      out.positive[last] += positive[i];
    } else {
      out.scores.push(score);
      out.negative.push(negative[i]);
      out.positive.push(positive[i]);
    }
  }
  return out;
}
var rounded = (value) => Number(value.toPrecision(6));
function thin(points, max = MAX_CURVE_POINTS) {
  if (points.length <= max) return points;
  const out = [];
  for (let k = 0; k < max; k++) out.push(points[Math.round(k * (points.length - 1) / (max - 1))]);
  return out;
}
function scoreCurves(accumulator) {
  const empty = { roc: { fpr: [], tpr: [] }, pr: { recall: [], precision: [] } };
  const masses = massesByScore(accumulator);
  if (!masses) return empty;
  const totalPositive = masses.positive.reduce((a, b) => a + b, 0);
  const totalNegative = masses.negative.reduce((a, b) => a + b, 0);
  const roc = [[0, 0]];
  const pr = [[0, 1]];
  let tps = 0;
  let fps = 0;
  for (let d = masses.scores.length - 1; d >= 0; d--) {
    tps += masses.positive[d];
    fps += masses.negative[d];
    if (totalPositive > 0 && totalNegative > 0) roc.push([fps / totalNegative, tps / totalPositive]);
    if (totalPositive > 0 && tps + fps > 0) pr.push([tps / totalPositive, tps / (tps + fps)]);
  }
  const rocPoints = totalPositive > 0 && totalNegative > 0 ? thin(roc) : [];
  const prPoints = totalPositive > 0 ? thin(pr) : [];
  return {
    roc: { fpr: rocPoints.map((p) => rounded(p[0])), tpr: rocPoints.map((p) => rounded(p[1])) },
    pr: { recall: prPoints.map((p) => rounded(p[0])), precision: prPoints.map((p) => rounded(p[1])) }
  };
}
function scoreHistogram(accumulator, bins = HISTOGRAM_BINS) {
  const masses = massesByScore(accumulator);
  if (!masses) return [];
  const histogram = Array.from({ length: bins }, (_, b) => ({
    lower: b / bins,
    upper: (b + 1) / bins,
    negative: 0,
    positive: 0
  }));
  masses.scores.forEach((score, d) => {
    const bin = histogram[calibrationBinOf(score, bins)];
    bin.negative += masses.negative[d];
    bin.positive += masses.positive[d];
  });
  return histogram;
}
function sweptCurves(swept) {
  return {
    roc: { fpr: swept.roc.map((p) => rounded(p[0])), tpr: swept.roc.map((p) => rounded(p[1])) },
    pr: { recall: swept.pr.map((p) => rounded(p[0])), precision: swept.pr.map((p) => rounded(p[1])) }
  };
}
function sweptHistogram(swept) {
  const histogram = swept.histogram;
  if (histogram === null) return [];
  const bins = histogram.negative.length;
  return histogram.negative.map((negative, b) => ({ lower: b / bins, upper: (b + 1) / bins, negative, positive: histogram.positive[b] }));
}
function curvesOf(population) {
  if (population.swept) return sweptCurves(population.swept);
  const binary = population.binary;
  return binary && scoreCurves(binary);
}
function scoreEvidence(evaluation, calibrationBins) {
  const population = evaluation.overall;
  const overall = population.binary;
  if (!overall) return {};
  const groups = dataRecord();
  evaluation.spec.groups.forEach((attribute, i) => {
    const byValue = evaluation.groups[i];
    groups[attribute] = dataRecord();
    for (const value of [...byValue.keys()].sort()) {
      const curves = curvesOf(byValue.get(value));
      if (curves) groups[attribute][value] = curves;
    }
  });
  const swept = population.swept;
  if (swept && swept.calibration.length !== 0 && swept.calibration.length !== calibrationBins) {
    throw new Error(`calibration was measured with ${swept.calibration.length} bins, not ${calibrationBins}`);
  }
  return {
    calibration: swept ? swept.calibration : overall.calibration(calibrationBins),
    score_histogram: swept ? sweptHistogram(swept) : scoreHistogram(overall),
    curves: { overall: curvesOf(population), groups }
  };
}

// shared/metrics/summary.ts
async function summarizeEvaluation(acc, options, subsets = []) {
  const { spec } = acc;
  const intersection = spec.intersect && spec.groups.length > 1 ? intersectionName(spec.groups) : void 0;
  const partial = intersection === void 0 ? [] : subsetIntersections(acc, subsets);
  await acc.measure({ ...options, histogramBins: HISTOGRAM_BINS, curvePoints: MAX_CURVE_POINTS });
  const maps = [...acc.groups, ...intersection ? [acc.intersections] : [], ...partial.map((p) => p.cells), ...acc.slices];
  const replicates = await replicateMetricsOf([acc.overall, ...maps.flatMap((map) => [...map.values()])], options);
  const summarize = (population) => ({
    n: population.n,
    weightedN: population.weightedN,
    metrics: population.metrics(options),
    replicates: replicates.get(population)
  });
  const summarizeMap = (map, label2 = (key) => key) => {
    const out = dataRecord();
    for (const key of [...map.keys()].sort()) out[label2(key)] = summarize(map.get(key));
    return out;
  };
  const groups = dataRecord();
  spec.groups.forEach((name, i) => groups[name] = summarizeMap(acc.groups[i]));
  const label = (key) => key.split(INTERSECTION_SEPARATOR).join(" & ");
  if (intersection) groups[intersection] = summarizeMap(acc.intersections, label);
  for (const { name, cells } of partial) groups[name] = summarizeMap(cells, label);
  const slices = dataRecord();
  spec.slices.forEach((name, i) => slices[name] = summarizeMap(acc.slices[i]));
  const intersections = intersection === void 0 ? [] : [intersection, ...partial.map((p) => p.name)];
  return { overall: summarize(acc.overall), groups, slices, intersection, intersections };
}
function subsetIntersections(acc, subsets) {
  const { spec } = acc;
  const out = /* @__PURE__ */ new Map();
  for (const subset of subsets) {
    const name = intersectionName(subset);
    const positions = subset.map((attribute) => spec.groups.indexOf(attribute));
    if (subset.length < 2 || subset.length >= spec.groups.length || positions.includes(-1) || new Set(subset).size !== subset.length || out.has(name))
      continue;
    const swept = acc.subsetIntersection(positions);
    if (swept !== null) {
      out.set(name, swept);
      continue;
    }
    const cells = /* @__PURE__ */ new Map();
    for (const key of [...acc.intersections.keys()].sort()) {
      const cell = acc.intersections.get(key);
      const values = key.split(INTERSECTION_SEPARATOR);
      const projected = positions.map((k) => values[k]).join(INTERSECTION_SEPARATOR);
      let merged = cells.get(projected);
      if (merged === void 0) cells.set(projected, merged = new PopulationAccumulator(cell.spec));
      merged.merge(cell);
    }
    acc.sweepSubsetCells(positions, cells);
    out.set(name, cells);
  }
  return [...out].map(([name, cells]) => ({ name, cells }));
}
var WORKER_MIN_WORK2 = 2e6;
async function replicateMetricsOf(populations, options) {
  const results = /* @__PURE__ */ new Map();
  const measurable = populations.flatMap((population) => {
    const task = population.countsToMeasure();
    return task === null ? [] : [{ population, task, work: task.counts.bound.length * task.counts.replicates }];
  });
  const worker = measurable.length < 2 ? null : workerScript("replicates", "MODELGATE_METRICS_WORKER");
  const script = worker !== null && (worker.forced || measurable.reduce((sum, m) => sum + m.work, 0) >= WORKER_MIN_WORK2) ? worker.script : null;
  const offloaded = [];
  if (script !== null) {
    let here = 0;
    let there = 0;
    for (const m of [...measurable].sort((a, b) => b.work - a.work)) {
      if (there < here) {
        offloaded.push(m);
        there += m.work;
      } else {
        here += m.work;
      }
    }
  }
  const elsewhere = offloaded.length > 0 ? runOnThread(
    script,
    { tasks: offloaded.map((m) => m.task), options },
    "measuring bootstrap replicates"
  ) : null;
  const away = new Set(offloaded.map((m) => m.population));
  for (const population of populations) if (!away.has(population)) results.set(population, population.replicateMetrics(options));
  if (elsewhere !== null) {
    const records = await elsewhere;
    offloaded.forEach((m, k) => results.set(m.population, records[k]));
  }
  return results;
}

// shared/commands/evaluate.ts
function bindingsOf(config) {
  const data = config.data;
  return {
    task: data.task,
    label: data.label,
    score: data.score,
    prediction: data.prediction,
    threshold: data.threshold,
    positiveLabel: data.positive_label === void 0 ? void 0 : String(data.positive_label),
    classes: data.classes?.map(String),
    id: data.id,
    groups: data.groups,
    ...data.missing_group === void 0 ? {} : { missingGroup: data.missing_group },
    slices: data.slices,
    weight: data.weight
  };
}
function specOf(config) {
  const replicates = config.evaluate.bootstrap?.replicates ?? 0;
  return {
    task: config.data.task,
    classCount: config.data.classes?.length ?? 2,
    replicates,
    groups: config.data.groups,
    slices: config.data.slices,
    intersect: config.evaluate.intersect || config.evaluate.gates.some((g) => g.intersect),
    // Only a gate with `where` on a slice reads a slice's replicates (reports show group intervals only).
    sliceReplicates: config.evaluate.gates.some((g) => Object.keys(g.where ?? {}).some((column) => config.data.slices.includes(column))),
    threshold: config.data.threshold,
    seed: config.evaluate.bootstrap?.seed ?? 0
  };
}
async function evaluateFiles(source, config, spec, platform, trackRows) {
  const bindings = bindingsOf(config);
  const accumulator = new EvaluationAccumulator(spec);
  const rows = new RowSet();
  const progress = createProgressReporter(platform);
  const stopWeights = new Int32Array(new SharedArrayBuffer(4));
  const read = readExampleColumns(source, bindings, {
    format: config.data.format,
    delimiter: config.data.delimiter,
    maxBadRows: config.data.max_bad_rows,
    maxLineBytes: config.data.max_line_bytes,
    maxFieldBytes: config.data.max_field_bytes,
    maxGroupValues: config.data.max_group_values,
    ...dataPathPolicy(config),
    onProgress: progress,
    // The accumulator copies what it keeps of a batch (rows, tables, ids) before the next is read.
    reuseBatches: true,
    ...spec.replicates > 0 && { bootstrap: { seed: spec.seed, replicates: spec.replicates, stop: stopWeights } }
  });
  try {
    for await (const batch of read.batches) {
      accumulator.addBatch(batch, batch.replicateWeights ?? null);
      if (spec.replicates > 0 && !accumulator.needsReplicateWeights) Atomics.store(stopWeights, 0, 1);
      if (trackRows) for (let i = 0; i < batch.length; i++) rows.add(String(keyAt(batch, i)), batch.label[i]);
    }
  } finally {
    progress.end();
  }
  return { accumulator, rows, data: read.summary() };
}
function checkPairing(candidate, baseline, joinedBy, baselineFiles) {
  if (candidate.equals(baseline)) return;
  const detail = candidate.count !== baseline.count ? `the candidate has ${candidate.count} rows and the baseline ${baseline.count}` : `the same number of rows (${candidate.count}), but different ${joinedBy === "id" ? "ids or labels" : "labels at the same positions"}`;
  throw new DataError(
    `baseline predictions do not cover the same rows as the candidate's: ${detail}`,
    { file: baselineFiles[0] },
    {
      hint: joinedBy === "id" ? "rows are joined by data.id: both files must hold the same ids with the same labels" : "without data.id rows are joined by position: both files must list the same rows in the same order; bind data.id to join by id"
    }
  );
}
function metricBlock(pop) {
  return { n: pop.n, weighted_n: pop.weightedN, ...pop.metrics };
}
function intervalsOf(pop, level) {
  const out = {};
  if (!pop.replicates) return out;
  for (const metric of Object.keys(pop.metrics)) {
    const values = pop.replicates.map((r) => r[metric]).filter((v) => v !== null && v !== void 0 && Number.isFinite(v));
    const interval = percentileInterval(values, level);
    if (interval) out[metric] = interval;
  }
  return out;
}
function withoutIntervals(task, level, overall) {
  if (level === null) return {};
  const none = dataRecordFrom(
    Object.keys(overall.metrics).flatMap((metric) => {
      const reason = metricWithoutInterval(task, metric);
      return reason === null ? [] : [[metric, reason]];
    })
  );
  return Object.keys(none).length > 0 ? { none } : {};
}
function mapBlocks(table, f) {
  return dataRecordFrom(
    Object.entries(table).map(([attr, groups]) => [attr, dataRecordFrom(Object.entries(groups).map(([g, p]) => [g, f(p)]))])
  );
}
function withoutIntersections(result) {
  return dataRecordFrom(Object.entries(result.groups).filter(([attribute]) => !result.intersections.includes(attribute)));
}
function intersectionsOf(result) {
  return dataRecordFrom(result.intersections.map((name) => [name, result.groups[name]]));
}
function intersectedSubsets(config) {
  return config.evaluate.gates.filter((rule) => rule.intersect && (rule.over?.length ?? 0) > 1).map((rule) => rule.over);
}
function mergeSummaries(summaries) {
  const merged = {
    files: [],
    format: summaries[0].format,
    rowsRead: 0,
    rowsUsed: 0,
    rowsSkipped: {},
    skippedSamples: [],
    bytes: 0
  };
  for (const s of summaries) {
    merged.files.push(...s.files);
    merged.rowsRead += s.rowsRead;
    merged.rowsUsed += s.rowsUsed;
    merged.bytes += s.bytes;
    for (const [reason, count] of Object.entries(s.rowsSkipped)) {
      merged.rowsSkipped[reason] = (merged.rowsSkipped[reason] ?? 0) + (count ?? 0);
    }
    merged.skippedSamples.push(...s.skippedSamples.slice(0, Math.max(0, 5 - merged.skippedSamples.length)));
  }
  return merged;
}
async function loadPartials(patterns, spec, workspace) {
  const files = await matchPartialFiles(patterns, workspace);
  const digests = /* @__PURE__ */ new Map();
  const dataFiles = /* @__PURE__ */ new Map();
  const candidate = { accumulator: new EvaluationAccumulator(spec), rows: new RowSet(), data: null };
  let baseline = null;
  const summaries = [];
  const baselineSummaries = [];
  for (const file of files) {
    let bytes;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new DataError(`not a readable partial: ${error.message}`, { file });
    }
    const digest = createHash("sha256").update(bytes).digest("hex");
    const twin = digests.get(digest);
    if (twin !== void 0)
      throw new DataError(`${file} is the same partial as ${twin}: merging it twice would count its rows twice`, { file });
    digests.set(digest, file);
    let partial;
    try {
      partial = JSON.parse(bytes.toString("utf8"));
    } catch {
      throw new DataError("not a readable partial: it is not JSON", { file });
    }
    if (partial?.modelgate_partial !== 1) throw new DataError('not a modelgate partial (missing "modelgate_partial": 1)', { file });
    if (partial.modelgate_version !== MODELGATE_VERSION) {
      throw new DataError(
        `this partial was written by modelgate ${JSON.stringify(partial.modelgate_version ?? "before 0.1.0")}, and the merge runs modelgate ${MODELGATE_VERSION}`,
        { file },
        {
          hint: "write the partials and merge them with the same modelgate release (pin the action or package version in every job)"
        }
      );
    }
    for (const data of partial.candidate?.data?.files ?? []) {
      const other = dataFiles.get(data);
      if (other !== void 0)
        throw new DataError(
          `${file} and ${other} both read ${data}: each shard must read its own rows`,
          { file },
          { hint: "give each matrix job its own predictions file (e.g. data/part-$INDEX.csv)" }
        );
      dataFiles.set(data, file);
    }
    if (JSON.stringify(partial.spec) !== JSON.stringify(spec)) {
      throw new ConfigError(
        "this partial was computed with a different configuration (task, groups, slices, threshold or bootstrap) than the merge job uses",
        { file },
        {
          hint: `partial: ${JSON.stringify(partial.spec)}; merge job: ${JSON.stringify(spec)}`
        }
      );
    }
    candidate.accumulator.merge(EvaluationAccumulator.fromJSON(spec, partial.candidate.accumulators));
    candidate.rows.merge(partial.candidate.rows);
    summaries.push(partial.candidate.data);
    if (partial.baseline) {
      baseline ??= { accumulator: new EvaluationAccumulator(spec), rows: new RowSet(), data: null };
      baseline.accumulator.merge(EvaluationAccumulator.fromJSON(spec, partial.baseline.accumulators));
      baseline.rows.merge(partial.baseline.rows);
      baselineSummaries.push(partial.baseline.data);
    } else if (baseline) {
      throw new DataError("some partials carry baseline accumulators and this one does not", { file });
    }
  }
  candidate.data = mergeSummaries(summaries);
  if (baseline) baseline.data = mergeSummaries(baselineSummaries);
  return { candidate, baseline };
}
function asList(value) {
  if (value === void 0) return void 0;
  return Array.isArray(value) ? value : [value];
}
async function evaluate(options, platform, loaded) {
  loaded ??= await loadConfig(options.config, {
    predictions: options.predictions,
    baseline: options.baseline,
    dataset: options.dataset,
    "evaluate.model.spec": options.model,
    "evaluate.behavioral_baseline.spec": options.baselineModel,
    ...options.threshold === void 0 ? {} : { threshold: options.threshold }
  });
  try {
    const { scoring, scoreDatasetOf } = await import("./evaluate-model-462TGQXA.js");
    if (!scoring(options, loaded)) return await evaluateLoaded(options, platform, loaded);
    const scored = await scoreDatasetOf(options, loaded, platform);
    const result = await evaluateLoaded(options, platform, { ...loaded, config: scored.config });
    if (result.report) scored.annotate(result.report);
    return result;
  } catch (error) {
    throw locateInConfig(error, loaded);
  }
}
async function evaluateLoaded(options, platform, loaded) {
  const { config } = loaded;
  const spec = specOf(config);
  const level = config.evaluate.bootstrap && config.evaluate.bootstrap.replicates > 0 ? config.evaluate.bootstrap.level : null;
  const baselineFiles = asList(config.data.baseline);
  const joinedBy = config.data.id ? "id" : "position";
  if (config.evaluate.gates.length === 0 && !options.emitPartial) {
    throw new ConfigError(
      "evaluate.gates is empty: there is nothing to hold the model to",
      { file: loaded.file, path: "/evaluate/gates" },
      {
        hint: "add at least one rule, such as `- metric: roc_auc` with `min: 0.75`"
      }
    );
  }
  const as = options.as ?? { gate: "evaluate", checks: [], notes: [] };
  const { candidate, baseline } = await readEvaluated(options, loaded, spec, platform);
  if (options.emitPartial) return { partialFile: await writePartial(options.emitPartial, spec, candidate, baseline) };
  if (baseline) checkPairing(candidate.rows, baseline.rows, joinedBy, baselineFiles ?? ["baseline partials"]);
  const metricOptions = { beta: config.evaluate.beta, calibrationBins: config.evaluate.calibration_bins };
  const subsets = intersectedSubsets(config);
  const result = await summarizeEvaluation(candidate.accumulator, metricOptions, subsets);
  const baselineResult = baseline ? await summarizeEvaluation(baseline.accumulator, metricOptions, subsets) : null;
  if (candidate.data.rowsUsed === 0) throw noUsableRows(candidate.data);
  const outcome = runGates({
    rules: config.evaluate.gates,
    candidate: result,
    baseline: baselineResult,
    minGroupSize: config.evaluate.min_group_size,
    inconclusive: config.evaluate.inconclusive,
    level,
    task: config.data.task,
    groupAttributes: config.data.groups,
    ruleLocation: (index) => configPosition(loaded, `/evaluate/gates/${index}`),
    baselineMissing: as.baselineMissing
  });
  const checks = [...outcome.checks, ...as.checks];
  const disparities = config.data.task === "binary" ? standardDisparities(result, config.evaluate.min_group_size, level) : dataRecord();
  for (const [attribute, values] of Object.entries(outcome.disparities)) Object.assign(disparities[attribute] ??= dataRecord(), values);
  const notes = [...evaluationNotes(config, level, spec, baseline ? joinedBy : null), ...as.notes];
  const report = {
    schema_version: REPORT_SCHEMA_VERSION,
    gate: as.gate,
    verdict: verdictOf(checks),
    counts: countStatuses(checks),
    checks,
    metrics: {
      overall: metricBlock(result.overall),
      groups: mapBlocks(withoutIntersections(result), metricBlock),
      intersections: mapBlocks(intersectionsOf(result), metricBlock),
      slices: mapBlocks(result.slices, metricBlock)
    },
    intervals: {
      overall: level === null ? {} : intervalsOf(result.overall, level),
      groups: level === null ? dataRecord() : mapBlocks(result.groups, (p) => intervalsOf(p, level)),
      ...withoutIntervals(config.data.task, level, result.overall)
    },
    disparities,
    ...baseline && baselineResult ? {
      baseline: {
        file: (baselineFiles ?? candidate.data.files).join(", "),
        join: joinedBy,
        metrics: metricBlock(baselineResult.overall),
        groups: mapBlocks(withoutIntersections(baselineResult), metricBlock),
        ...config.data.task === "binary" ? { disparities: standardDisparities(baselineResult, config.evaluate.min_group_size, level) } : {}
      }
    } : {},
    data: {
      ...candidate.data,
      task: config.data.task,
      ...config.data.task === "binary" ? {
        threshold: config.data.threshold,
        threshold_rule: config.data.prediction ? `prediction column ${config.data.prediction}` : `score >= ${config.data.threshold} is positive`
      } : {}
    },
    ...level !== null ? { bootstrap: { replicates: spec.replicates, level, seed: spec.seed, method: "Poisson bootstrap, percentile intervals" } } : {},
    config: { file: loaded.file, sha256: loaded.sha256 },
    notes,
    ...scoreEvidence(candidate.accumulator, config.evaluate.calibration_bins)
  };
  return { report };
}
async function readEvaluated(options, loaded, spec, platform) {
  const { config } = loaded;
  if (options.partials) {
    if (options.emitPartial) throw new UsageError("--partials and --emit-partial cannot be combined");
    return await loadPartials(
      typeof options.partials === "string" ? [options.partials] : options.partials,
      spec,
      dataPathPolicy(config).workspace
    );
  }
  const predictions = options.as?.predictions ?? predictionFiles(options, loaded, spec);
  const baselineFiles = asList(config.data.baseline);
  const candidate = await platform.group(
    `Reading predictions: ${sourceName(predictions)}`,
    () => evaluateFiles(predictions, config, spec, platform, Boolean(baselineFiles?.length))
  );
  const baseline = baselineFiles?.length ? await platform.group(
    `Reading baseline: ${baselineFiles.join(", ")}`,
    () => evaluateFiles(baselineFiles, config, spec, platform, true)
  ) : null;
  return { candidate, baseline };
}
function predictionFiles(options, loaded, spec) {
  const { config } = loaded;
  const predictions = asList(config.data.predictions);
  if (!predictions?.length) {
    throw new ConfigError(
      "no predictions to evaluate",
      { file: loaded.file, path: "/data/predictions" },
      {
        hint: "set data.predictions in the config, or pass --predictions (action input `predictions`); or score a dataset through a model with --model and --dataset"
      }
    );
  }
  if (options.emitPartial && spec.replicates > 0 && !config.data.id) {
    throw new ConfigError(
      "bootstrap over shards needs an id column: positions restart in every shard",
      { file: loaded.file, path: "/data/id" },
      { hint: "bind data.id, or turn off evaluate.bootstrap for sharded runs" }
    );
  }
  return predictions;
}
function sourceName(source) {
  return typeof source === "string" ? source : Array.isArray(source) ? source.join(", ") : source.name;
}
async function writePartial(file, spec, candidate, baseline) {
  const partial = {
    modelgate_partial: 1,
    modelgate_version: MODELGATE_VERSION,
    spec,
    candidate: { accumulators: candidate.accumulator.toJSON(), rows: candidate.rows.toJSON(), data: candidate.data },
    ...baseline ? { baseline: { accumulators: baseline.accumulator.toJSON(), rows: baseline.rows.toJSON(), data: baseline.data } } : {}
  };
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, JSON.stringify(partial));
  return file;
}
function evaluationNotes(config, level, spec, joinedBy) {
  const notes = [];
  if (config.data.task === "binary") {
    notes.push(
      config.data.prediction ? `Predicted labels come from the column \`${config.data.prediction}\`.` : `A score \u2265 ${config.data.threshold} counts as a positive prediction.`
    );
    notes.push("Log loss clips probabilities to [1e-15, 1 \u2212 1e-15].");
    notes.push(
      `Expected calibration error uses ${config.evaluate.calibration_bins} equal-width bins on [0, 1], weighted by the rows in each bin.`
    );
    notes.push(
      "A rate whose denominator is zero (e.g. recall for a group with no positives) is undefined, not 0 as in Fairlearn; checks on it are inconclusive."
    );
  }
  if (level !== null) {
    notes.push(
      `Intervals: ${Math.round(level * 100)}% percentile intervals from ${spec.replicates} Poisson bootstrap replicates (seed ${spec.seed}), row weights drawn from a hash of the ${config.data.id ? "row id" : "row position"}; candidate\u2212baseline deltas are paired on the same rows.`
    );
    for (const [metric, reason] of metricsWithoutInterval(config.data.task)) {
      notes.push(`No interval for ${metricTitle(metric)} (\`${metric}\`): ${reason}; a rule held to its interval bound errors.`);
    }
  }
  if (joinedBy) notes.push(`The baseline is joined to the candidate by ${joinedBy}.`);
  return notes;
}
function noUsableRows(data) {
  const reasons = Object.entries(data.rowsSkipped).sort((a, b) => b[1] - a[1]);
  const counts = reasons.map(([reason, n]) => `${n} ${reason}`).join(", ");
  const sample = data.skippedSamples[0];
  return new DataError(
    `no usable rows: every row was skipped${counts === "" ? "" : ` (${counts})`}`,
    sample === void 0 ? { file: data.files[0] } : { file: sample.file, line: sample.line, column: sample.column === "" ? void 0 : sample.column },
    { hint: reasons.length === 0 ? void 0 : reasons.map(([reason]) => badRowFix(reason)).join("; ") }
  );
}

export {
  bindingsOf,
  evaluate
};
