/**
 * Pairs production and shadow answers by request id: a hash join whose table holds one side (the production log,
 * or whichever side the caller builds first) and streams the other past it. Ids are kept as their 64-bit hash,
 * 8 bytes and a slot a row instead of a string: two distinct ids collide with probability about n² / 2^65
 * (1e-6 at 5M rows), and a collision is counted as a duplicate id, never as a pair.
 */
import { bootstrapKeyHash } from '../stats/bootstrap.js';
import { DataError } from '../errors.js';

/** One answer of one side, as a log row gives it; null where the log has no such column or the value is empty. */
export interface Answer {
  score: number | null;
  prediction: string | null;
  latency: number | null;
  error: boolean;
  label: string | null;
  /** Regression: the numeric ground truth, when the log has it (then `label` is null). */
  target?: number | null;
  /** The segment values, in the order of `segments` given to the join. */
  segments: readonly (string | null)[];
}

/** A pair the report may show: the largest disagreements, flips first, then by |score delta|. */
export interface Disagreement {
  id: string;
  production: { score: number | null; prediction: string | null };
  shadow: { score: number | null; prediction: string | null };
  /** Segment values by segment name. */
  segments: Record<string, string | null>;
}

/** Disagreements a report keeps. */
export const TOP_DISAGREEMENTS = 20;

/** How large a disagreement is: a flip ranks above every score difference; among them the larger |score delta|. */
export function disagreementSize(d: Pick<Disagreement, 'production' | 'shadow'>): number {
  const [a, b] = [d.production, d.shadow];
  const flip = a.prediction !== null && b.prediction !== null && a.prediction !== b.prediction;
  return sizeOf(flip, a.score === null || b.score === null ? NaN : Math.abs(b.score - a.score));
}

function sizeOf(flip: boolean, delta: number): number {
  return (flip ? 2 : 0) + (delta === delta ? Math.min(delta, 1) : 0);
}

export interface JoinCounts {
  production: number;
  shadow: number;
  pairs: number;
  /** Rows whose id was seen before on the same side: the first is kept. */
  duplicateProduction: number;
  duplicateShadow: number;
  unmatchedProduction: number;
  unmatchedShadow: number;
  /** Pairs over the distinct ids of both sides: 1 when every request was answered by both. */
  joinRate: number | null;
  /** Rows of the delayed ground truth, repeats of an id in it, and the pairs that have a label (from it or the logs). */
  labels: number;
  duplicateLabels: number;
  labelledPairs: number;
}

/** The joined pairs, column by column: pair i is production answer i and its shadow answer. */
export interface Pairs {
  n: number;
  production: Side;
  shadow: Side;
  /** Class code of the ground truth per pair, -1 when unknown (from either side's label column). */
  label: Int32Array;
  /** Regression joins: the numeric ground truth per pair, NaN when unknown; null for class labels. */
  target: Float64Array | null;
  /** Class names by code, shared by predictions and labels of both sides. */
  classes: string[];
  segments: { name: string; values: string[]; codes: Int32Array }[];
  counts: JoinCounts;
  /** The largest disagreements, largest first. */
  top: Disagreement[];
}

export interface Side {
  score: Float64Array;
  /** Class code per pair, -1 when the answer had no prediction. */
  prediction: Int32Array;
  latency: Float64Array;
  error: Uint8Array;
}

export const HASH_SEED = 0x5eed;
/** Production rows indexed at once (see ShadowJoin's `pending`). */
const PENDING_ROWS = 4096;
/** Classes and segment values a comparison keeps apart; more is a log of another schema, not a classifier. */
export const MAX_CLASSES = 1000;
export const MAX_SEGMENT_VALUES = 1000;

export class Codes {
  readonly names: string[] = [];
  private readonly byName = new Map<string, number>();
  constructor(
    private readonly what: string,
    private readonly max: number,
  ) {}
  of(name: string | null): number {
    if (name === null) return -1;
    let code = this.byName.get(name);
    if (code === undefined) {
      if (this.names.length >= this.max)
        throw new DataError(
          `more than ${this.max} distinct ${this.what}`,
          {},
          { hint: `is this the right column? a shadow comparison keeps at most ${this.max}` },
        );
      code = this.names.length;
      this.byName.set(name, code);
      this.names.push(name);
    }
    return code;
  }
}

/**
 * Open addressing from a 64-bit hash (two words) to a row number, at load <= 3/4: 12 bytes a slot, the row and both
 * hash words side by side so that a probe, and most runs of linear probing, touch one cache line. A slot's first word
 * is 0 when empty, row + 1 when it holds the row, and -(row + 1) once the row is claimed (a shadow answer taking its
 * production answer), which stays found. Empty is 0 so that a new table needs no fill: on 5M rows that is 96 MB.
 */
class HashIndex {
  size = 0;
  private table = new Int32Array(3 << 10);
  /** Slots - 1 (slots a power of two), an integer kept beside the table for the probes. */
  private mask = (1 << 10) - 1;

  /** The slot (its first word) holding the key, or the empty slot where it would go. */
  private slotOf(h1: number, h2: number): number {
    const { mask, table } = this;
    for (let at = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask; ; at = (at + 1) & mask) {
      const word = 3 * at;
      if (table[word] === 0 || (table[word + 1] === h1 && table[word + 2] === h2)) return word;
    }
  }

  /** The key's row, claimed or not; EMPTY when absent. */
  get(h1: number, h2: number): number {
    const held = this.table[this.slotOf(h1, h2)];
    return held === 0 ? EMPTY : Math.abs(held) - 1;
  }

  /** Adds the key with `row` and returns EMPTY, or returns the row it already has. */
  addIfAbsent(h1: number, h2: number, row: number): number {
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
  claim(h1: number, h2: number): number {
    const word = this.slotOf(h1, h2);
    const held = this.table[word];
    if (held <= 0) return held === 0 ? EMPTY : CLAIMED;
    this.table[word] = -held;
    return held - 1;
  }

  /** Room for `entries` keys without growing. */
  reserve(entries: number): void {
    let capacity = this.mask + 1;
    while (4 * entries > 3 * capacity) capacity *= 2;
    if (capacity > this.mask + 1) this.resize(capacity);
  }

  private resize(capacity: number): void {
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
}

/** What HashIndex's methods answer for an absent key, and `claim` for a row claimed before. */
const EMPTY = -1;
const CLAIMED = -2;

/**
 * A reading thread's codes of one kind of value (classes, or one segment's values) to this join's: the names in the
 * thread's order, and this join's code of each, looked up when an answer first needs it, as `push` would.
 */
class ThreadCodes {
  private readonly names: string[] = [];
  private codes = new Int32Array(16).fill(-1);
  constructor(private readonly join: Codes) {}

  /** The names a batch met first, in the thread's order. */
  add(names: readonly string[]): void {
    for (const name of names) this.names.push(name);
    if (this.codes.length < this.names.length) this.codes = growInt32(this.codes, 2 * this.names.length, -1);
  }

  of(code: number): number {
    if (code < 0) return -1;
    if (this.codes[code] < 0) this.codes[code] = this.join.of(this.names[code]);
    return this.codes[code];
  }

  /** `of` of the first `n` codes of `from`, written to `to` from `at` on. */
  mapInto(from: Int32Array, n: number, to: Int32Array, at: number): void {
    for (let i = 0; i < n; i++) to[at + i] = this.of(from[i]);
  }
}

/** A growable column of one side's answers. */
class SideBuilder {
  length = 0;
  score = new Float64Array(1024);
  prediction = new Int32Array(1024);
  latency = new Float64Array(1024);
  error = new Uint8Array(1024);
  label = new Int32Array(1024);
  /** Regression targets; empty (never written) for class labels. */
  target: Float64Array;
  segments: Int32Array[];

  constructor(segmentCount: number, numericLabels: boolean) {
    this.segments = Array.from({ length: segmentCount }, () => new Int32Array(1024));
    this.target = new Float64Array(numericLabels ? 1024 : 0);
  }

  push(answer: Answer, classes: Codes, segments: Codes[]): number {
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
  pushAt(batch: SideBatch, i: number, prediction: number, label: number): number {
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
  appendBatch(batch: SideBatch, classes: ThreadCodes, segments: readonly ThreadCodes[]): number {
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
  reserve(rows: number): void {
    if (rows > this.score.length) this.resize(rows);
  }

  private resize(size: number): void {
    const grown = <T extends Float64Array | Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
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
}

/**
 * Build with `addProduction` for every production answer, then `addShadow` for every shadow answer, then `pairs()`.
 * Memory a production row: 16 to 32 bytes of index (load 3/8 to 3/4) and its answer (25 bytes and 4 a segment);
 * a pair: the shadow answer and its production row (29 bytes); then the picked production columns in `pairs()`,
 * after the index is dropped.
 */
export class ShadowJoin {
  private readonly classes = new Codes('classes', MAX_CLASSES);
  private readonly segmentCodes: Codes[];
  private readonly production: SideBuilder;
  private readonly shadowSide: SideBuilder;
  /** Per pair, the production row it joins. */
  private pairRow = new Int32Array(1024);
  /** Production ids; a production row is claimed by the first shadow answer with its id. */
  private index = new HashIndex();
  /** Shadow ids no production answer has, to count their repeats too. */
  private unmatchedShadow = new HashIndex();
  /** Delayed ground truth by id hash: the label's class code, or for numeric labels its place in `labelTargets`. */
  private labels = new HashIndex();
  private readonly labelTargets: number[] = [];
  private labelRows = 0;
  private duplicateLabels = 0;
  private readonly hash = new Int32Array(2);
  /**
   * Production answers already in the columns whose ids are not yet in the index: hash words of the last
   * `pendingRows` rows. They go in by blocks, in a loop of nothing but probes, whose cache misses then overlap
   * (a probe between a row's parsing and copying waited for each miss alone: 1.7 of 3.3 s a 5M-row log).
   */
  private readonly pending = new Int32Array(2 * PENDING_ROWS);
  private pendingRows = 0;
  /** Production rows whose id an earlier row has: in the columns, never in the index, so never paired. */
  private duplicateProduction = 0;
  private duplicateShadow = 0;
  private shadowRows = 0;
  private pairCount = 0;
  private shadowStarted = false;
  /** Min-heap by size of the kept disagreements (the smallest at 0, so a larger one replaces it). */
  private readonly top: { size: number; pair: number; id: string }[] = [];
  /** The reading threads' class codes (each side's thread has its own) and production's segment codes, to this join's. */
  private readonly productionThreadClasses: ThreadCodes;
  private readonly shadowThreadClasses: ThreadCodes;
  private readonly productionThreadSegments: ThreadCodes[];
  /** claimBatch's answer, reused batch after batch; and the batch row of each pair the batch made. */
  private claimed = new Int32Array(0);
  private claimedAt = new Int32Array(0);

  private readonly numericLabels: boolean;

  /** `numericLabels`: regression, the ground truth a number (Answer.target, `addTarget`) rather than a class. */
  /** With `shard`, only the requests whose id falls in it are kept (labels, answers and their counts alike). */
  private readonly keep: ((hashWord: number) => boolean) | null;

  constructor(
    private readonly segmentNames: readonly string[],
    options: { numericLabels?: boolean; shard?: (hashWord: number) => boolean } = {},
  ) {
    this.numericLabels = options.numericLabels ?? false;
    this.keep = options.shard ?? null;
    this.segmentCodes = segmentNames.map((name) => new Codes(`values of segment ${JSON.stringify(name)}`, MAX_SEGMENT_VALUES));
    this.production = new SideBuilder(segmentNames.length, this.numericLabels);
    this.shadowSide = new SideBuilder(0, this.numericLabels);
    this.productionThreadClasses = new ThreadCodes(this.classes);
    this.shadowThreadClasses = new ThreadCodes(this.classes);
    this.productionThreadSegments = this.segmentCodes.map((codes) => new ThreadCodes(codes));
  }

  /**
   * Delayed ground truth for a request, before any answer: a pair whose logs carry no label takes it. The first
   * label of an id is kept and repeats are counted (one request has one truth).
   */
  addLabel(id: string, label: string | null): void {
    if (this.numericLabels) throw new Error('ShadowJoin: a regression join takes numeric labels (addTarget)');
    if (this.production.length > 0 || this.shadowStarted) throw new Error('ShadowJoin: labels come before the answers');
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
  reserve(rows: number): void {
    // The estimate comes from the first lines' length: a little room above it spares doubling every column for a few rows.
    const room = rows + Math.ceil(rows / 32);
    this.production.reserve(room);
    this.shadowSide.reserve(room);
    this.index.reserve(room);
    if (room > this.pairRow.length) this.pairRow = growInt32(this.pairRow, room);
  }

  /** `addLabel` for a regression join: the request's numeric ground truth, null when the labels file has none. */
  addTarget(id: string, target: number | null): void {
    if (!this.numericLabels) throw new Error('ShadowJoin: a join of class labels takes addLabel');
    if (this.production.length > 0 || this.shadowStarted) throw new Error('ShadowJoin: labels come before the answers');
    if (!this.hashKept(id)) return;
    this.labelRows++;
    if (target === null) return;
    if (this.labels.get(this.hash[0], this.hash[1]) >= 0) this.duplicateLabels++;
    else this.labels.addIfAbsent(this.hash[0], this.hash[1], this.labelTargets.push(target) - 1);
  }

  addProduction(id: string, answer: Answer): void {
    if (this.shadowStarted) throw new Error('ShadowJoin: every production answer comes before the shadow answers');
    this.insertProduction(id, answer);
  }

  /**
   * Replay: both answers to one request at once. Every shadow answer then has its production answer before it, so
   * the join needs neither side whole first; a join is built with addPair alone, never mixed with addShadow.
   */
  addPair(id: string, production: Answer, shadow: Answer): void {
    this.insertProduction(id, production);
    this.addShadow(id, shadow);
  }

  private insertProduction(id: string, answer: Answer): void {
    if (!this.hashKept(id)) return;
    this.production.push(answer, this.classes, this.segmentCodes);
    this.pendProduction(this.hash[0], this.hash[1]);
  }

  /** The id hash of the production row just pushed, indexed with the pending ones (see `pending`). */
  private pendProduction(h1: number, h2: number): void {
    this.pending[2 * this.pendingRows] = h1;
    this.pending[2 * this.pendingRows + 1] = h2;
    if (++this.pendingRows === PENDING_ROWS) this.indexPending();
  }

  /**
   * `addProduction` for each answer of a batch that a reading thread parsed (side-thread.ts): the same columns, codes
   * and index, with the ids hashed there.
   */
  addProductionBatch(batch: SideBatch): void {
    if (this.shadowStarted) throw new Error('ShadowJoin: every production answer comes before the shadow answers');
    const classes = this.productionThreadClasses;
    const segments = this.productionThreadSegments;
    classes.add(batch.newClasses);
    segments.forEach((codes, s) => codes.add(batch.newSegmentValues[s]));
    const { hash } = batch;
    if (this.keep === null) {
      // The whole batch: its columns copied at once, then its ids indexed from the batch's own hash words.
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
  private indexPending(): void {
    this.indexRows(this.pending, this.pendingRows, this.production.length - this.pendingRows);
    this.pendingRows = 0;
  }

  /**
   * Production rows `first` .. `first + count - 1`, whose id hash words are hash[2k], hash[2k + 1], into the index (a
   * repeated id counted, its row left out), and their delayed labels.
   */
  private indexRows(hash: Int32Array, count: number, first: number): void {
    const { index } = this;
    for (let k = 0; k < count; k++) if (index.addIfAbsent(hash[2 * k], hash[2 * k + 1], first + k) !== EMPTY) this.duplicateProduction++;
    if (this.labels.size > 0) for (let k = 0; k < count; k++) this.labelRow(first + k, hash[2 * k], hash[2 * k + 1]);
  }

  /** A production row without ground truth takes its id's delayed label, if any. */
  private labelRow(row: number, h1: number, h2: number): void {
    const { production } = this;
    if (!this.numericLabels) {
      if (production.label[row] < 0) production.label[row] = this.labels.get(h1, h2);
    } else if (Number.isNaN(production.target[row])) {
      const at = this.labels.get(h1, h2);
      if (at >= 0) production.target[row] = this.labelTargets[at];
    }
  }

  addShadow(id: string, answer: Answer): void {
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
  addShadowBatch(batch: SideBatch): void {
    this.shadowStarted = true;
    if (this.pendingRows > 0) this.indexPending();
    const classes = this.shadowThreadClasses;
    classes.add(batch.newClasses);
    // Claims first, in a loop of their own so that their cache misses overlap (see `pending`); then the pairs; then
    // the disagreements, whose reads of the production answers miss the cache as the claims do.
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
  private claimBatch(batch: SideBatch): Int32Array {
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
  private hashKept(id: string): boolean {
    bootstrapKeyHash(id, HASH_SEED, this.hash, 0);
    return this.keep === null || this.keep(this.hash[0]);
  }

  /** Flips rank above every score difference; among them, and among the rest, the larger |score delta| wins. */
  private disagreement(row: number, pair: number): number {
    const a = this.production;
    const b = this.shadowSide;
    const flip = a.prediction[row] >= 0 && b.prediction[pair] >= 0 && a.prediction[row] !== b.prediction[pair];
    return sizeOf(flip, Math.abs(b.score[pair] - a.score[row]));
  }

  /** Keeps the pair among the largest disagreements when it is one; its id is the string, or row `i` of a batch's ids. */
  private keepIfLarge(size: number, pair: number, id: string | SideBatch, i = 0): void {
    const heap = this.top;
    if (heap.length === TOP_DISAGREEMENTS && size <= heap[0].size) return;
    const entry = { size, pair, id: typeof id === 'string' ? id : batchId(id, i) };
    if (heap.length < TOP_DISAGREEMENTS) {
      heap.push(entry);
      for (let at = heap.length - 1, up = (at - 1) >> 1; at > 0 && heap[up].size > heap[at].size; at = up, up = (at - 1) >> 1)
        [heap[up], heap[at]] = [heap[at], heap[up]];
      return;
    }
    heap[0] = entry;
    for (let at = 0; ;) {
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
  pairs(): Pairs {
    if (this.pendingRows > 0) this.indexPending();
    this.index = this.unmatchedShadow = this.labels = new HashIndex();
    const n = this.pairCount;
    const rows = this.pairRow.subarray(0, n);
    const p = this.production;
    const pick = <T extends Float64Array | Int32Array | Uint8Array>(column: T): T => {
      const out = new (column.constructor as new (n: number) => T)(n);
      for (let i = 0; i < n; i++) out[i] = column[rows[i]];
      return out;
    };
    const s = this.shadowSide;
    // The top disagreements name classes and segment values before their codes are renumbered.
    const className = (code: number): string | null => (code >= 0 ? this.classes.names[code] : null);
    const top = [...this.top]
      .sort((x, y) => y.size - x.size)
      .map(({ pair, id }): Disagreement => {
        const row = rows[pair];
        const segments: Record<string, string | null> = Object.create(null);
        this.segmentNames.forEach(
          (name, k) => (segments[name] = p.segments[k][row] >= 0 ? this.segmentCodes[k].names[p.segments[k][row]] : null),
        );
        const score = (x: number): number | null => (x === x ? x : null);
        return {
          id,
          production: { score: score(p.score[row]), prediction: className(p.prediction[row]) },
          shadow: { score: score(s.score[pair]), prediction: className(s.prediction[pair]) },
          segments,
        };
      });
    // Classes and segment values in name order, so that no report depends on the order of the logs' rows.
    const classOrder = sortedNames(this.classes.names);
    const segmentOrder = this.segmentCodes.map((codes) => sortedNames(codes.names));
    recode(s.prediction.subarray(0, n), classOrder.code);
    recode(s.label.subarray(0, n), classOrder.code);
    // A label the production log lacks may have come with the shadow answer.
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
        error: pick(p.error),
      },
      shadow: {
        score: s.score.subarray(0, n),
        prediction: s.prediction.subarray(0, n),
        latency: s.latency.subarray(0, n),
        error: s.error.subarray(0, n),
      },
      label,
      target,
      classes: classOrder.names,
      segments: this.segmentNames.map((name, k) => ({
        name,
        values: segmentOrder[k].names,
        codes: recode(pick(p.segments[k]), segmentOrder[k].code),
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
        labelledPairs: labelled,
      },
    };
  }
}

/** The names in code-unit order, and each old code's place among them. */
export function sortedNames(names: readonly string[]): { names: string[]; code: Int32Array } {
  const order = names.map((_, k) => k).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
  const code = new Int32Array(names.length);
  order.forEach((old, k) => (code[old] = k));
  return { names: order.map((k) => names[k]), code };
}

/** Codes renumbered in place (negative codes, no value, stay). */
function recode(codes: Int32Array, code: Int32Array): Int32Array {
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) codes[i] = code[codes[i]];
  return codes;
}

function growInt32(array: Int32Array, length: number, fill = 0): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(length);
  if (fill !== 0) grown.fill(fill, array.length);
  grown.set(array);
  return grown;
}

/** The next length of a full column: doubling while small, then by half, so that a column just past its reservation does not double. */
function grownLength(length: number): number {
  return length < 1 << 20 ? length * 2 : length + (length >> 1);
}

/**
 * One side's answers parsed on a reading thread (side-thread.ts), as columns of at least `length` rows: row i's id hash
 * is hash[2i], hash[2i + 1] (bootstrapKeyHash with HASH_SEED), its id the UTF-8 of idBytes from idEnds[i - 1] to
 * idEnds[i] (the shadow side's; production's batches carry none); a missing score or latency is NaN.
 */
export interface SideBatch {
  length: number;
  hash: Int32Array;
  score: Float64Array;
  latency: Float64Array;
  error: Uint8Array;
  /** Codes into the thread's classes: every name it has met, `newClasses` the ones first met in this batch; -1 none. */
  prediction: Int32Array;
  label: Int32Array;
  /** Regression: the numeric ground truth (NaN when unknown); null for class labels. */
  target: Float64Array | null;
  newClasses: string[];
  /** Per segment of the join (production's side only), codes into the thread's values of it, and the values first met in this batch. */
  segments: Int32Array[];
  newSegmentValues: string[][];
  idBytes: Uint8Array;
  idEnds: Int32Array;
}

const utf8 = new TextDecoder();

function batchId(batch: SideBatch, i: number): string {
  return utf8.decode(batch.idBytes.subarray(i === 0 ? 0 : batch.idEnds[i - 1], batch.idEnds[i]));
}

/** The pairs' numeric ground truth: production's, else the shadow answer's. */
function pairTargets(production: Float64Array, shadow: Float64Array): Float64Array {
  for (let i = 0; i < production.length; i++) if (Number.isNaN(production[i])) production[i] = shadow[i];
  return production;
}

function countFinite(values: Float64Array): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) count++;
  return count;
}

/** The pairs' ground truth: production's label, else the one that came with the shadow answer. */
function pairLabels(production: Int32Array, shadow: Int32Array): { label: Int32Array; labelled: number } {
  let labelled = 0;
  for (let i = 0; i < production.length; i++) {
    if (production[i] < 0) production[i] = shadow[i];
    if (production[i] >= 0) labelled++;
  }
  return { label: production, labelled };
}
