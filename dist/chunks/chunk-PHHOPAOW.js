import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  readTableColumns,
  textAt
} from "./chunk-SJ4OJ7LD.js";
import {
  decimalNumber
} from "./chunk-CDUPDCSK.js";
import {
  bootstrapKeyHash
} from "./chunk-Z7B6ZZR2.js";
import {
  DataError
} from "./chunk-JUZ7LOQF.js";

// shared/shadow-compare/join.ts
var TOP_DISAGREEMENTS = 20;
function disagreementSize(d) {
  const [a, b] = [d.production, d.shadow];
  const flip = a.prediction !== null && b.prediction !== null && a.prediction !== b.prediction;
  return sizeOf(flip, a.score === null || b.score === null ? NaN : Math.abs(b.score - a.score));
}
function sizeOf(flip, delta) {
  return (flip ? 2 : 0) + (delta === delta ? Math.min(delta, 1) : 0);
}
var HASH_SEED = 24301;
var PENDING_ROWS = 4096;
var MAX_CLASSES = 1e3;
var MAX_SEGMENT_VALUES = 1e3;
var Codes = class {
  constructor(what, max) {
    this.what = what;
    this.max = max;
  }
  what;
  max;
  names = [];
  byName = /* @__PURE__ */ new Map();
  of(name) {
    if (name === null) return -1;
    let code = this.byName.get(name);
    if (code === void 0) {
      if (this.names.length >= this.max)
        throw new DataError(
          `more than ${this.max} distinct ${this.what}`,
          {},
          { hint: `is this the right column? a shadow comparison keeps at most ${this.max}` }
        );
      code = this.names.length;
      this.byName.set(name, code);
      this.names.push(name);
    }
    return code;
  }
};
var HashIndex = class {
  size = 0;
  table = new Int32Array(3 << 10);
  /** Slots - 1 (slots a power of two), an integer kept beside the table for the probes. */
  mask = (1 << 10) - 1;
  /** The slot (its first word) holding the key, or the empty slot where it would go. */
  slotOf(h1, h2) {
    const { mask, table } = this;
    for (let at = (h1 ^ Math.imul(h2, 2654435761)) & mask; ; at = at + 1 & mask) {
      const word = 3 * at;
      if (table[word] === 0 || table[word + 1] === h1 && table[word + 2] === h2) return word;
    }
  }
  /** The key's row, claimed or not; EMPTY when absent. */
  get(h1, h2) {
    const held = this.table[this.slotOf(h1, h2)];
    return held === 0 ? EMPTY : Math.abs(held) - 1;
  }
  /** Adds the key with `row` and returns EMPTY, or returns the row it already has. */
  addIfAbsent(h1, h2, row) {
    let word = this.slotOf(h1, h2);
    const held = this.table[word];
    if (held !== 0) return Math.abs(held) - 1;
    if (4 * (this.size + 1) > 3 * (this.mask + 1)) {
      this.resize(2 * (this.mask + 1));
      word = this.slotOf(h1, h2);
    }
    this.size++;
    const table = this.table;
    table[word] = row + 1;
    table[word + 1] = h1;
    table[word + 2] = h2;
    return EMPTY;
  }
  /** The key's row, claimed by this call; EMPTY when the key is absent, CLAIMED when an earlier call claimed it. */
  claim(h1, h2) {
    const word = this.slotOf(h1, h2);
    const held = this.table[word];
    if (held <= 0) return held === 0 ? EMPTY : CLAIMED;
    this.table[word] = -held;
    return held - 1;
  }
  /** Room for `entries` keys without growing. */
  reserve(entries) {
    let capacity = this.mask + 1;
    while (4 * entries > 3 * capacity) capacity *= 2;
    if (capacity > this.mask + 1) this.resize(capacity);
  }
  resize(capacity) {
    const old = this.table;
    this.table = new Int32Array(3 * capacity);
    this.mask = capacity - 1;
    for (let word = 0; word < old.length; word += 3) {
      if (old[word] === 0) continue;
      const to = this.slotOf(old[word + 1], old[word + 2]);
      this.table[to] = old[word];
      this.table[to + 1] = old[word + 1];
      this.table[to + 2] = old[word + 2];
    }
  }
};
var EMPTY = -1;
var CLAIMED = -2;
var ThreadCodes = class {
  constructor(join) {
    this.join = join;
  }
  join;
  names = [];
  codes = new Int32Array(16).fill(-1);
  /** The names a batch met first, in the thread's order. */
  add(names) {
    for (const name of names) this.names.push(name);
    if (this.codes.length < this.names.length) this.codes = growInt32(this.codes, 2 * this.names.length, -1);
  }
  of(code) {
    if (code < 0) return -1;
    if (this.codes[code] < 0) this.codes[code] = this.join.of(this.names[code]);
    return this.codes[code];
  }
  /** `of` of the first `n` codes of `from`, written to `to` from `at` on. */
  mapInto(from, n, to, at) {
    for (let i = 0; i < n; i++) to[at + i] = this.of(from[i]);
  }
};
var SideBuilder = class {
  length = 0;
  score = new Float64Array(1024);
  prediction = new Int32Array(1024);
  latency = new Float64Array(1024);
  error = new Uint8Array(1024);
  label = new Int32Array(1024);
  /** Regression targets; empty (never written) for class labels. */
  target;
  segments;
  constructor(segmentCount, numericLabels) {
    this.segments = Array.from({ length: segmentCount }, () => new Int32Array(1024));
    this.target = new Float64Array(numericLabels ? 1024 : 0);
  }
  push(answer, classes, segments) {
    if (this.length === this.score.length) this.resize(grownLength(this.score.length));
    const i = this.length++;
    this.score[i] = answer.score ?? NaN;
    this.prediction[i] = classes.of(answer.prediction);
    this.latency[i] = answer.latency ?? NaN;
    this.error[i] = answer.error ? 1 : 0;
    this.label[i] = classes.of(answer.label);
    if (this.target.length > 0) this.target[i] = answer.target ?? NaN;
    for (let s = 0; s < segments.length; s++) this.segments[s][i] = segments[s].of(answer.segments[s] ?? null);
    return i;
  }
  /** `push` of an answer a reading thread sent as columns (see SideBatch), its class codes already this join's (segments apart). */
  pushAt(batch, i, prediction, label) {
    if (this.length === this.score.length) this.resize(grownLength(this.score.length));
    const at = this.length++;
    this.score[at] = batch.score[i];
    this.prediction[at] = prediction;
    this.latency[at] = batch.latency[i];
    this.error[at] = batch.error[i];
    this.label[at] = label;
    if (this.target.length > 0) this.target[at] = batch.target === null ? NaN : batch.target[i];
    return at;
  }
  /** `pushAt` of every answer of a batch, the numbers copied at once and the codes mapped; returns the first's row. */
  appendBatch(batch, classes, segments) {
    const n = batch.length;
    const first = this.length;
    if (first + n > this.score.length) this.resize(Math.max(grownLength(this.score.length), first + n));
    this.score.set(batch.score.subarray(0, n), first);
    this.latency.set(batch.latency.subarray(0, n), first);
    this.error.set(batch.error.subarray(0, n), first);
    if (this.target.length > 0) {
      if (batch.target === null) this.target.fill(NaN, first, first + n);
      else this.target.set(batch.target.subarray(0, n), first);
    }
    classes.mapInto(batch.prediction, n, this.prediction, first);
    classes.mapInto(batch.label, n, this.label, first);
    segments.forEach((codes, s) => codes.mapInto(batch.segments[s], n, this.segments[s], first));
    this.length += n;
    return first;
  }
  /** Room for `rows` answers without growing. */
  reserve(rows) {
    if (rows > this.score.length) this.resize(rows);
  }
  resize(size) {
    const grown = (a) => {
      const b = new a.constructor(size);
      b.set(a);
      return b;
    };
    this.score = grown(this.score);
    this.prediction = grown(this.prediction);
    this.latency = grown(this.latency);
    this.error = grown(this.error);
    this.label = grown(this.label);
    if (this.target.length > 0) this.target = grown(this.target);
    this.segments = this.segments.map(grown);
  }
};
var ShadowJoin = class {
  constructor(segmentNames, options = {}) {
    this.segmentNames = segmentNames;
    this.numericLabels = options.numericLabels ?? false;
    this.keep = options.shard ?? null;
    this.segmentCodes = segmentNames.map((name) => new Codes(`values of segment ${JSON.stringify(name)}`, MAX_SEGMENT_VALUES));
    this.production = new SideBuilder(segmentNames.length, this.numericLabels);
    this.shadowSide = new SideBuilder(0, this.numericLabels);
    this.productionThreadClasses = new ThreadCodes(this.classes);
    this.shadowThreadClasses = new ThreadCodes(this.classes);
    this.productionThreadSegments = this.segmentCodes.map((codes) => new ThreadCodes(codes));
  }
  segmentNames;
  classes = new Codes("classes", MAX_CLASSES);
  segmentCodes;
  production;
  shadowSide;
  /** Per pair, the production row it joins. */
  pairRow = new Int32Array(1024);
  /** Production ids; a production row is claimed by the first shadow answer with its id. */
  index = new HashIndex();
  /** Shadow ids no production answer has, to count their repeats too. */
  unmatchedShadow = new HashIndex();
  /** Delayed ground truth by id hash: the label's class code, or for numeric labels its place in `labelTargets`. */
  labels = new HashIndex();
  labelTargets = [];
  labelRows = 0;
  duplicateLabels = 0;
  hash = new Int32Array(2);
  /**
   * Production answers already in the columns whose ids are not yet in the index: hash words of the last
   * `pendingRows` rows. They go in by blocks, in a loop of nothing but probes, whose cache misses then overlap
   * (a probe between a row's parsing and copying waited for each miss alone: 1.7 of 3.3 s a 5M-row log).
   */
  pending = new Int32Array(2 * PENDING_ROWS);
  pendingRows = 0;
  /** Production rows whose id an earlier row has: in the columns, never in the index, so never paired. */
  duplicateProduction = 0;
  duplicateShadow = 0;
  shadowRows = 0;
  pairCount = 0;
  shadowStarted = false;
  /** Min-heap by size of the kept disagreements (the smallest at 0, so a larger one replaces it). */
  top = [];
  /** The reading threads' class codes (each side's thread has its own) and production's segment codes, to this join's. */
  productionThreadClasses;
  shadowThreadClasses;
  productionThreadSegments;
  /** claimBatch's answer, reused batch after batch; and the batch row of each pair the batch made. */
  claimed = new Int32Array(0);
  claimedAt = new Int32Array(0);
  numericLabels;
  /** `numericLabels`: regression, the ground truth a number (Answer.target, `addTarget`) rather than a class. */
  /** With `shard`, only the requests whose id falls in it are kept (labels, answers and their counts alike). */
  keep;
  /**
   * Delayed ground truth for a request, before any answer: a pair whose logs carry no label takes it. The first
   * label of an id is kept and repeats are counted (one request has one truth).
   */
  addLabel(id, label) {
    if (this.numericLabels) throw new Error("ShadowJoin: a regression join takes numeric labels (addTarget)");
    if (this.production.length > 0 || this.shadowStarted) throw new Error("ShadowJoin: labels come before the answers");
    if (!this.hashKept(id)) return;
    this.labelRows++;
    if (label === null) return;
    if (this.labels.get(this.hash[0], this.hash[1]) >= 0) this.duplicateLabels++;
    else this.labels.addIfAbsent(this.hash[0], this.hash[1], this.classes.of(label));
  }
  /**
   * Room for about `rows` production answers and as many pairs, from the size of the logs: growing by doubling
   * copies every column and rehashes the index. A hint only; more rows still fit.
   */
  reserve(rows) {
    const room = rows + Math.ceil(rows / 32);
    this.production.reserve(room);
    this.shadowSide.reserve(room);
    this.index.reserve(room);
    if (room > this.pairRow.length) this.pairRow = growInt32(this.pairRow, room);
  }
  /** `addLabel` for a regression join: the request's numeric ground truth, null when the labels file has none. */
  addTarget(id, target) {
    if (!this.numericLabels) throw new Error("ShadowJoin: a join of class labels takes addLabel");
    if (this.production.length > 0 || this.shadowStarted) throw new Error("ShadowJoin: labels come before the answers");
    if (!this.hashKept(id)) return;
    this.labelRows++;
    if (target === null) return;
    if (this.labels.get(this.hash[0], this.hash[1]) >= 0) this.duplicateLabels++;
    else this.labels.addIfAbsent(this.hash[0], this.hash[1], this.labelTargets.push(target) - 1);
  }
  addProduction(id, answer) {
    if (this.shadowStarted) throw new Error("ShadowJoin: every production answer comes before the shadow answers");
    this.insertProduction(id, answer);
  }
  /**
   * Replay: both answers to one request at once. Every shadow answer then has its production answer before it, so
   * the join needs neither side whole first; a join is built with addPair alone, never mixed with addShadow.
   */
  addPair(id, production, shadow) {
    this.insertProduction(id, production);
    this.addShadow(id, shadow);
  }
  insertProduction(id, answer) {
    if (!this.hashKept(id)) return;
    this.production.push(answer, this.classes, this.segmentCodes);
    this.pendProduction(this.hash[0], this.hash[1]);
  }
  /** The id hash of the production row just pushed, indexed with the pending ones (see `pending`). */
  pendProduction(h1, h2) {
    this.pending[2 * this.pendingRows] = h1;
    this.pending[2 * this.pendingRows + 1] = h2;
    if (++this.pendingRows === PENDING_ROWS) this.indexPending();
  }
  /**
   * `addProduction` for each answer of a batch that a reading thread parsed (side-thread.ts): the same columns, codes
   * and index, with the ids hashed there.
   */
  addProductionBatch(batch) {
    if (this.shadowStarted) throw new Error("ShadowJoin: every production answer comes before the shadow answers");
    const classes = this.productionThreadClasses;
    const segments = this.productionThreadSegments;
    classes.add(batch.newClasses);
    segments.forEach((codes, s) => codes.add(batch.newSegmentValues[s]));
    const { hash } = batch;
    if (this.keep === null) {
      if (this.pendingRows > 0) this.indexPending();
      const first = this.production.appendBatch(batch, classes, segments);
      this.indexRows(hash, batch.length, first);
      return;
    }
    for (let i = 0; i < batch.length; i++) {
      if (!this.keep(hash[2 * i])) continue;
      const row = this.production.pushAt(batch, i, classes.of(batch.prediction[i]), classes.of(batch.label[i]));
      for (let s = 0; s < segments.length; s++) this.production.segments[s][row] = segments[s].of(batch.segments[s][i]);
      this.pendProduction(hash[2 * i], hash[2 * i + 1]);
    }
  }
  /** The pending production rows into the index. */
  indexPending() {
    this.indexRows(this.pending, this.pendingRows, this.production.length - this.pendingRows);
    this.pendingRows = 0;
  }
  /**
   * Production rows `first` .. `first + count - 1`, whose id hash words are hash[2k], hash[2k + 1], into the index (a
   * repeated id counted, its row left out), and their delayed labels.
   */
  indexRows(hash, count, first) {
    const { index } = this;
    for (let k = 0; k < count; k++) if (index.addIfAbsent(hash[2 * k], hash[2 * k + 1], first + k) !== EMPTY) this.duplicateProduction++;
    if (this.labels.size > 0) for (let k = 0; k < count; k++) this.labelRow(first + k, hash[2 * k], hash[2 * k + 1]);
  }
  /** A production row without ground truth takes its id's delayed label, if any. */
  labelRow(row, h1, h2) {
    const { production } = this;
    if (!this.numericLabels) {
      if (production.label[row] < 0) production.label[row] = this.labels.get(h1, h2);
    } else if (Number.isNaN(production.target[row])) {
      const at = this.labels.get(h1, h2);
      if (at >= 0) production.target[row] = this.labelTargets[at];
    }
  }
  addShadow(id, answer) {
    this.shadowStarted = true;
    if (this.pendingRows > 0) this.indexPending();
    if (!this.hashKept(id)) return;
    this.shadowRows++;
    const row = this.index.claim(this.hash[0], this.hash[1]);
    if (row === CLAIMED) this.duplicateShadow++;
    if (row < 0) {
      if (row === EMPTY && this.unmatchedShadow.addIfAbsent(this.hash[0], this.hash[1], 0) !== EMPTY) this.duplicateShadow++;
      return;
    }
    const pair = this.shadowSide.push(answer, this.classes, []);
    if (pair === this.pairRow.length) this.pairRow = growInt32(this.pairRow, grownLength(pair));
    this.pairRow[pair] = row;
    const size = this.disagreement(row, pair);
    if (size > 0) this.keepIfLarge(size, pair, id);
    this.pairCount++;
  }
  /**
   * `addShadow` for each answer of a batch that a reading thread parsed (shadow-thread.ts): the same pairs, counts
   * and disagreements in the same order, with the ids hashed there and an id made into a string only when it is
   * among the largest disagreements so far.
   */
  addShadowBatch(batch) {
    this.shadowStarted = true;
    if (this.pendingRows > 0) this.indexPending();
    const classes = this.shadowThreadClasses;
    classes.add(batch.newClasses);
    const rows = this.claimBatch(batch);
    const first = this.pairCount;
    const at = this.claimedAt;
    for (let i = 0; i < batch.length; i++) {
      const row = rows[i];
      if (row < 0) continue;
      const pair = this.shadowSide.pushAt(batch, i, classes.of(batch.prediction[i]), classes.of(batch.label[i]));
      if (pair === this.pairRow.length) this.pairRow = growInt32(this.pairRow, grownLength(pair));
      this.pairRow[pair] = row;
      at[pair - first] = i;
      this.pairCount++;
    }
    for (let pair = first; pair < this.pairCount; pair++) {
      const size = this.disagreement(this.pairRow[pair], pair);
      if (size > 0) this.keepIfLarge(size, pair, batch, at[pair - first]);
    }
  }
  /** Per row of the batch, the production row it claims, or -1 (another shard's, unmatched or repeated), counted. */
  claimBatch(batch) {
    const { hash } = batch;
    if (this.claimed.length < batch.length) {
      this.claimed = new Int32Array(batch.length);
      this.claimedAt = new Int32Array(batch.length);
    }
    const rows = this.claimed;
    for (let i = 0; i < batch.length; i++) {
      const [h1, h2] = [hash[2 * i], hash[2 * i + 1]];
      rows[i] = EMPTY;
      if (this.keep !== null && !this.keep(h1)) continue;
      this.shadowRows++;
      const row = this.index.claim(h1, h2);
      if (row >= 0) rows[i] = row;
      else if (row === CLAIMED) this.duplicateShadow++;
      else if (this.unmatchedShadow.addIfAbsent(h1, h2, 0) !== EMPTY) this.duplicateShadow++;
    }
    return rows;
  }
  /** Hashes the id into `hash`; false when a shard is kept and the id is not in it. */
  hashKept(id) {
    bootstrapKeyHash(id, HASH_SEED, this.hash, 0);
    return this.keep === null || this.keep(this.hash[0]);
  }
  /** Flips rank above every score difference; among them, and among the rest, the larger |score delta| wins. */
  disagreement(row, pair) {
    const a = this.production;
    const b = this.shadowSide;
    const flip = a.prediction[row] >= 0 && b.prediction[pair] >= 0 && a.prediction[row] !== b.prediction[pair];
    return sizeOf(flip, Math.abs(b.score[pair] - a.score[row]));
  }
  /** Keeps the pair among the largest disagreements when it is one; its id is the string, or row `i` of a batch's ids. */
  keepIfLarge(size, pair, id, i = 0) {
    const heap = this.top;
    if (heap.length === TOP_DISAGREEMENTS && size <= heap[0].size) return;
    const entry = { size, pair, id: typeof id === "string" ? id : batchId(id, i) };
    if (heap.length < TOP_DISAGREEMENTS) {
      heap.push(entry);
      for (let at = heap.length - 1, up = at - 1 >> 1; at > 0 && heap[up].size > heap[at].size; at = up, up = at - 1 >> 1)
        [heap[up], heap[at]] = [heap[at], heap[up]];
      return;
    }
    heap[0] = entry;
    for (let at = 0; ; ) {
      const left = 2 * at + 1;
      const smaller = left + 1 < heap.length && heap[left + 1].size < heap[left].size ? left + 1 : left;
      if (smaller >= heap.length || heap[smaller].size >= heap[at].size) break;
      [heap[smaller], heap[at]] = [heap[at], heap[smaller]];
      at = smaller;
    }
  }
  /**
   * The pairs, column by column. Call once, after the last answer: the id indexes are dropped first (most of the
   * join's memory), and the shadow columns are handed over as views rather than copied.
   */
  pairs() {
    if (this.pendingRows > 0) this.indexPending();
    this.index = this.unmatchedShadow = this.labels = new HashIndex();
    const n = this.pairCount;
    const rows = this.pairRow.subarray(0, n);
    const p = this.production;
    const pick = (column) => {
      const out = new column.constructor(n);
      for (let i = 0; i < n; i++) out[i] = column[rows[i]];
      return out;
    };
    const s = this.shadowSide;
    const className = (code) => code >= 0 ? this.classes.names[code] : null;
    const top = [...this.top].sort((x, y) => y.size - x.size).map(({ pair, id }) => {
      const row = rows[pair];
      const segments = /* @__PURE__ */ Object.create(null);
      this.segmentNames.forEach(
        (name, k) => segments[name] = p.segments[k][row] >= 0 ? this.segmentCodes[k].names[p.segments[k][row]] : null
      );
      const score = (x) => x === x ? x : null;
      return {
        id,
        production: { score: score(p.score[row]), prediction: className(p.prediction[row]) },
        shadow: { score: score(s.score[pair]), prediction: className(s.prediction[pair]) },
        segments
      };
    });
    const classOrder = sortedNames(this.classes.names);
    const segmentOrder = this.segmentCodes.map((codes) => sortedNames(codes.names));
    recode(s.prediction.subarray(0, n), classOrder.code);
    recode(s.label.subarray(0, n), classOrder.code);
    const { label, labelled: classLabelled } = pairLabels(recode(pick(p.label), classOrder.code), s.label.subarray(0, n));
    const target = this.numericLabels ? pairTargets(pick(p.target), s.target.subarray(0, n)) : null;
    const labelled = target === null ? classLabelled : countFinite(target);
    const distinctProduction = p.length - this.duplicateProduction;
    const distinctShadow = this.shadowRows - this.duplicateShadow;
    const union = distinctProduction + distinctShadow - n;
    return {
      n,
      top,
      production: {
        score: pick(p.score),
        prediction: recode(pick(p.prediction), classOrder.code),
        latency: pick(p.latency),
        error: pick(p.error)
      },
      shadow: {
        score: s.score.subarray(0, n),
        prediction: s.prediction.subarray(0, n),
        latency: s.latency.subarray(0, n),
        error: s.error.subarray(0, n)
      },
      label,
      target,
      classes: classOrder.names,
      segments: this.segmentNames.map((name, k) => ({
        name,
        values: segmentOrder[k].names,
        codes: recode(pick(p.segments[k]), segmentOrder[k].code)
      })),
      counts: {
        production: p.length,
        shadow: this.shadowRows,
        pairs: n,
        duplicateProduction: this.duplicateProduction,
        duplicateShadow: this.duplicateShadow,
        unmatchedProduction: distinctProduction - n,
        unmatchedShadow: distinctShadow - n,
        joinRate: union > 0 ? n / union : null,
        labels: this.labelRows,
        duplicateLabels: this.duplicateLabels,
        labelledPairs: labelled
      }
    };
  }
};
function sortedNames(names) {
  const order = names.map((_, k) => k).sort((a, b) => names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0);
  const code = new Int32Array(names.length);
  order.forEach((old, k) => code[old] = k);
  return { names: order.map((k) => names[k]), code };
}
function recode(codes, code) {
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) codes[i] = code[codes[i]];
  return codes;
}
function growInt32(array, length, fill = 0) {
  const grown = new Int32Array(length);
  if (fill !== 0) grown.fill(fill, array.length);
  grown.set(array);
  return grown;
}
function grownLength(length) {
  return length < 1 << 20 ? length * 2 : length + (length >> 1);
}
var utf8 = new TextDecoder();
function batchId(batch, i) {
  return utf8.decode(batch.idBytes.subarray(i === 0 ? 0 : batch.idEnds[i - 1], batch.idEnds[i]));
}
function pairTargets(production, shadow) {
  for (let i = 0; i < production.length; i++) if (Number.isNaN(production[i])) production[i] = shadow[i];
  return production;
}
function countFinite(values) {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) count++;
  return count;
}
function pairLabels(production, shadow) {
  let labelled = 0;
  for (let i = 0; i < production.length; i++) {
    if (production[i] < 0) production[i] = shadow[i];
    if (production[i] >= 0) labelled++;
  }
  return { label: production, labelled };
}

// shared/shadow-compare/cloudevents.ts
var REQUEST_TYPES = /* @__PURE__ */ new Set(["io.seldon.serving.inference.request", "org.kubeflow.serving.inference.request"]);
var RESPONSE_TYPES = /* @__PURE__ */ new Set(["io.seldon.serving.inference.response", "org.kubeflow.serving.inference.response"]);
var MAX_BATCH = 1e5;
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var CloudEventPairer = class {
  constructor(emit) {
    this.emit = emit;
  }
  emit;
  counts = {
    events: 0,
    requests: 0,
    responses: 0,
    responsesWithoutRequest: 0,
    requestsWithoutResponse: 0,
    otherEvents: 0
  };
  requests = /* @__PURE__ */ new Map();
  responses = /* @__PURE__ */ new Map();
  add(event, where) {
    this.counts.events++;
    if (!isObject(event)) throw new DataError("a CloudEvent must be a JSON object", where);
    const type = event.type;
    const id = event.id;
    if (typeof type !== "string" || typeof id !== "string" || id === "")
      throw new DataError('a CloudEvent needs string attributes "type" and "id"', where);
    const time = typeof event.time === "string" ? Date.parse(event.time) : NaN;
    if (REQUEST_TYPES.has(type)) {
      this.counts.requests++;
      const request = { key: requestKey(event), time, instances: instanceCount(event.data, where) };
      const response = this.responses.get(id);
      if (response) {
        this.responses.delete(id);
        this.pair(request, response.data, response.time, response.where);
      } else this.requests.set(id, request);
    } else if (RESPONSE_TYPES.has(type)) {
      this.counts.responses++;
      const request = this.requests.get(id);
      if (request) {
        this.requests.delete(id);
        this.pair(request, event.data, time, where);
      } else this.responses.set(id, { data: event.data, time, where });
    } else this.counts.otherEvents++;
  }
  finish() {
    this.counts.responsesWithoutRequest += this.responses.size;
    this.responses.clear();
    for (const request of this.requests.values()) {
      this.counts.requestsWithoutResponse++;
      this.emitEach(request, () => failed());
    }
    this.requests.clear();
    if (this.counts.requests + this.counts.responses === 0 && this.counts.events > 0) {
      throw new DataError(
        `none of the ${this.counts.events} events is a Seldon or KServe inference request or response`,
        {},
        { hint: "is this the payload log of an inference service?" }
      );
    }
    return this.counts;
  }
  pair(request, data, time, where) {
    const latency = Number.isFinite(time) && Number.isFinite(request.time) ? time - request.time : null;
    if (isObject(data) && "error" in data) {
      this.emitEach(request, () => failed(latency));
      return;
    }
    const outputs = outputRows(data, where);
    if (outputs.length !== request.instances)
      throw new DataError(`the response has ${outputs.length} outputs for a request of ${request.instances} instances`, where);
    this.emitEach(request, (i) => ({ ...answerOf(outputs[i]), latency }));
  }
  emitEach(request, answer) {
    if (request.instances === 1) this.emit(request.key, answer(0));
    else for (let i = 0; i < request.instances; i++) this.emit(`${request.key}#${i}`, answer(i));
  }
};
function failed(latency = null) {
  return { score: null, prediction: null, latency, error: true, label: null, segments: [] };
}
function requestKey(event) {
  if (typeof event.requestid === "string" && event.requestid !== "") return event.requestid;
  const metadata = event.metadata;
  if (isObject(metadata)) {
    const header = metadata["x-request-id"];
    if (typeof header === "string" && header !== "") return header;
    if (Array.isArray(header) && typeof header[0] === "string") return header[0];
  }
  return event.id;
}
function instanceCount(data, where) {
  const rows = isObject(data) && Array.isArray(data.instances) ? data.instances.length : tensorRows(isObject(data) && Array.isArray(data.inputs) ? data.inputs[0] : seldonTensor(data), where);
  if (rows === null) throw new DataError("the request has no instances, inputs or Seldon data", where);
  if (rows < 1 || rows > MAX_BATCH) throw new DataError(`the request has ${rows} instances; between 1 and ${MAX_BATCH} are read`, where);
  return rows;
}
function outputRows(data, where) {
  if (isObject(data) && Array.isArray(data.predictions)) return data.predictions;
  const tensor = isObject(data) && Array.isArray(data.outputs) ? data.outputs[0] : seldonTensor(data);
  const rows = tensorRows(tensor, where);
  if (rows === null || !isObject(tensor)) throw new DataError("the response has no predictions, outputs or Seldon data", where);
  const values = tensor.data ?? tensor.values ?? tensor.ndarray;
  if (Array.isArray(values[0])) return values;
  const width = values.length / rows;
  if (!Number.isInteger(width)) throw new DataError(`the response's ${values.length} values do not split into ${rows} rows`, where);
  return width === 1 ? values : Array.from({ length: rows }, (_, i) => values.slice(i * width, (i + 1) * width));
}
function seldonTensor(data) {
  if (!isObject(data) || !isObject(data.data)) return void 0;
  const inner = data.data;
  if (Array.isArray(inner.ndarray)) return { ndarray: inner.ndarray, shape: [inner.ndarray.length] };
  return inner.tensor;
}
function tensorRows(tensor, where) {
  if (!isObject(tensor)) return null;
  const shape = tensor.shape;
  if (Array.isArray(shape) && Number.isSafeInteger(shape[0])) return shape[0];
  const values = tensor.data ?? tensor.values ?? tensor.ndarray;
  if (Array.isArray(values)) return values.length;
  throw new DataError("a tensor needs a shape or data", where);
}
function answerOf(output) {
  if (typeof output === "number" && Number.isFinite(output)) {
    const isClass = Number.isInteger(output);
    return {
      score: isClass ? null : output,
      prediction: isClass ? String(output) : null,
      latency: null,
      error: false,
      label: null,
      segments: []
    };
  }
  if (typeof output === "string") return { score: null, prediction: output, latency: null, error: false, label: null, segments: [] };
  if (Array.isArray(output) && output.length > 0 && output.every((v) => typeof v === "number" && Number.isFinite(v))) {
    const scores = output;
    let top = 0;
    for (let k = 1; k < scores.length; k++) if (scores[k] > scores[top]) top = k;
    return {
      score: scores.length <= 2 ? scores[scores.length - 1] : scores[top],
      prediction: String(top),
      latency: null,
      error: false,
      label: null,
      segments: []
    };
  }
  return failed();
}

// shared/shadow-compare/logs.ts
var CLOUD_EVENT_COLUMNS = ["specversion", "type", "id"];
var TRUE = /* @__PURE__ */ new Set(["1", "true", "True", "TRUE", "yes"]);
var FALSE = /* @__PURE__ */ new Set(["", "0", "false", "False", "FALSE", "no"]);
async function readSide(paths, columns, options, emit, between) {
  const chosen = [columns.id, columns.score, columns.prediction, columns.label, columns.latency, columns.error, ...columns.segments];
  const numbers = new Set(
    [columns.score, columns.latency, columns.numericLabel ? columns.label : void 0].filter((name) => name !== void 0)
  );
  const read = readTableColumns(paths, options, [...new Set(chosen.filter((name) => name !== void 0))], numbers);
  let pairer = null;
  let table = null;
  const block = blockReader(columns, emit);
  for await (const batch of read) {
    if ("chunk" in batch) {
      block(batch);
      if (between) await between();
      continue;
    }
    if (pairer === null && table === null) {
      if (CLOUD_EVENT_COLUMNS.every((c) => batch.columns.includes(c))) pairer = new CloudEventPairer(emit);
      else table = tableReader(columns, emit);
    }
    if (pairer)
      for (let i = 0; i < batch.rows.length; i++)
        pairer.add(eventOf(batch.columns, batch.rows[i]), { file: batch.file, line: batch.lines[i] });
    else table(batch);
    if (between) await between();
  }
  const data = read.summary();
  return pairer ? { data, cloudEvents: pairer.finish() } : { data };
}
function blockReader(columns, emit) {
  const hidden = new Set(columns.redact);
  let layout = null;
  const segments = columns.segments.map(() => null);
  const answer = { score: null, prediction: null, latency: null, error: false, label: null, target: null, segments };
  return ({ file, chunk }) => {
    if (layout === null || layout.columns !== chunk.columns) layout = layoutOf({ file, columns: chunk.columns }, columns);
    const { at } = layout;
    const where = (i, column) => () => ({ file, line: chunk.lines[i], column, redacted: hidden.has(column) });
    const textOf = (k, i) => k === void 0 ? null : text(textAt(chunk, k, i));
    const numberOf = (k, i, column) => {
      if (k === void 0) return null;
      const parsed = chunk.codes[k][i] === -1 ? chunk.numbers[k][i] : textAt(chunk, k, i);
      return strictNumber(parsed, where(i, column));
    };
    for (let i = 0; i < chunk.length; i++) {
      if (chunk.faults?.has(i)) continue;
      const id = textOf(at.id, i);
      if (id === null) throw new DataError(`request id is empty in column ${JSON.stringify(columns.id)}`, where(i, columns.id)());
      answer.score = numberOf(at.score, i, columns.score);
      answer.prediction = textOf(at.prediction, i);
      if (columns.numericLabel) answer.target = numberOf(at.label, i, columns.label);
      else answer.label = textOf(at.label, i);
      answer.latency = numberOf(at.latency, i, columns.latency);
      answer.error = at.error === void 0 ? false : flag(textAt(chunk, at.error, i), where(i, columns.error));
      for (let s = 0; s < segments.length; s++) segments[s] = textOf(layout.segments[s], i);
      emit(id, answer);
    }
  };
}
function eventOf(columns, row) {
  const event = /* @__PURE__ */ Object.create(null);
  columns.forEach((name, k) => {
    if (row[k] !== void 0) event[name] = row[k];
  });
  return event;
}
function tableReader(columns, emit) {
  const hidden = new Set(columns.redact);
  let layout = null;
  return (batch) => {
    if (layout === null || layout.columns !== batch.columns) layout = layoutOf(batch, columns);
    const { at, segments } = layout;
    for (let i = 0; i < batch.rows.length; i++) {
      const row = batch.rows[i];
      const where = (column) => ({ file: batch.file, line: batch.lines[i], column, redacted: hidden.has(column) });
      const id = text(row[at.id]);
      if (id === null) throw new DataError(`request id is empty in column ${JSON.stringify(columns.id)}`, where(columns.id));
      emit(id, {
        score: columns.score ? strictNumber(row[at.score], () => where(columns.score)) : null,
        prediction: columns.prediction ? text(row[at.prediction]) : null,
        label: at.label === void 0 || columns.numericLabel ? null : text(row[at.label]),
        target: at.label === void 0 || !columns.numericLabel ? null : strictNumber(row[at.label], () => where(columns.label)),
        latency: columns.latency ? strictNumber(row[at.latency], () => where(columns.latency)) : null,
        error: columns.error ? flag(row[at.error], () => where(columns.error)) : false,
        segments: segments.map((k) => text(row[k]))
      });
    }
  };
}
function layoutOf(batch, columns) {
  const at = /* @__PURE__ */ Object.create(null);
  const find = (name) => {
    const k = batch.columns.indexOf(name);
    if (k < 0)
      throw new DataError(
        `the log has no column ${JSON.stringify(name.slice(0, 64))}`,
        { file: batch.file },
        {
          hint: `its columns: ${batch.columns.slice(0, 10).map((c) => JSON.stringify(c.slice(0, 64))).join(", ")}`
        }
      );
    return k;
  };
  for (const role of ["id", "score", "prediction", "latency", "error"]) {
    const name = columns[role];
    if (name !== void 0) at[role] = find(name);
  }
  if (columns.label !== void 0 && batch.columns.includes(columns.label)) at.label = batch.columns.indexOf(columns.label);
  return { columns: batch.columns, at, segments: columns.segments.map(find) };
}
function text(value) {
  if (value === void 0 || value === null || value === "") return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value);
}
function strictNumber(value, where) {
  if (value === void 0 || value === null || value === "") return null;
  const parsed = typeof value === "number" ? value : typeof value === "string" ? decimalNumber(value) : NaN;
  if (!Number.isFinite(parsed)) throw new DataError(`${shown(value, where())} is not a finite decimal number`, where());
  return parsed;
}
function shown(value, at) {
  return at.redacted ? `the value (redacted) in column ${JSON.stringify(at.column)}` : JSON.stringify(String(value).slice(0, 40));
}
function flag(value, where) {
  if (value === true || value === 1) return true;
  if (value === false || value === 0 || value === void 0 || value === null) return false;
  const t = String(value);
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  throw new DataError(`${shown(t, where())} is not an error flag (1/0, true/false, yes/no)`, where());
}

export {
  TOP_DISAGREEMENTS,
  disagreementSize,
  HASH_SEED,
  MAX_CLASSES,
  MAX_SEGMENT_VALUES,
  Codes,
  ShadowJoin,
  sortedNames,
  readSide,
  strictNumber
};
