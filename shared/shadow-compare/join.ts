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

const HASH_SEED = 0x5eed;
/** Classes and segment values a comparison keeps apart; more is a log of another schema, not a classifier. */
export const MAX_CLASSES = 1000;
export const MAX_SEGMENT_VALUES = 1000;

class Codes {
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

/** Open addressing from a 64-bit hash (two words) to a row number, at load <= 1/2: 12 bytes a slot. */
class HashIndex {
  size = 0;
  private slots = new Int32Array(1 << 10).fill(-1);
  private keys = new Int32Array(2 << 10);

  get(h1: number, h2: number): number {
    const mask = this.slots.length - 1;
    for (let at = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask; ; at = (at + 1) & mask) {
      const row = this.slots[at];
      if (row < 0) return -1;
      if (this.keys[2 * at] === h1 && this.keys[2 * at + 1] === h2) return row;
    }
  }

  /** Adds a key that `get` does not find. */
  add(h1: number, h2: number, row: number): void {
    if (2 * (this.size + 1) > this.slots.length) this.rehash(this.slots.length * 2);
    this.size++;
    this.place(h1, h2, row);
  }

  private place(h1: number, h2: number, row: number): void {
    const mask = this.slots.length - 1;
    let at = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
    while (this.slots[at] >= 0) at = (at + 1) & mask;
    this.slots[at] = row;
    this.keys[2 * at] = h1;
    this.keys[2 * at + 1] = h2;
  }

  private rehash(length: number): void {
    const [slots, keys] = [this.slots, this.keys];
    this.slots = new Int32Array(length).fill(-1);
    this.keys = new Int32Array(2 * length);
    for (let at = 0; at < slots.length; at++) if (slots[at] >= 0) this.place(keys[2 * at], keys[2 * at + 1], slots[at]);
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
  segments: Int32Array[];

  constructor(segmentCount: number) {
    this.segments = Array.from({ length: segmentCount }, () => new Int32Array(1024));
  }

  push(answer: Answer, classes: Codes, segments: Codes[]): number {
    if (this.length === this.score.length) this.grow();
    const i = this.length++;
    this.score[i] = answer.score ?? NaN;
    this.prediction[i] = classes.of(answer.prediction);
    this.latency[i] = answer.latency ?? NaN;
    this.error[i] = answer.error ? 1 : 0;
    this.label[i] = classes.of(answer.label);
    for (let s = 0; s < segments.length; s++) this.segments[s][i] = segments[s].of(answer.segments[s] ?? null);
    return i;
  }

  private grow(): void {
    const size = this.score.length * 2;
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
    this.segments = this.segments.map(grown);
  }
}

/**
 * Build with `addProduction` for every production answer, then `addShadow` for every shadow answer, then `pairs()`.
 * Memory: about 55 bytes a production row (two hash slots of 12 bytes at load <= 1/2, its answer and mark) and
 * 25 a pair, plus the picked production columns when `pairs()` is called.
 */
export class ShadowJoin {
  private readonly classes = new Codes('classes', MAX_CLASSES);
  private readonly segmentCodes: Codes[];
  private readonly production: SideBuilder;
  private readonly shadowSide: SideBuilder;
  /** Per pair, the production row it joins. */
  private pairRow = new Int32Array(1024);
  private index = new HashIndex();
  /** Shadow ids no production answer has, to count their repeats too. */
  private unmatchedShadow = new HashIndex();
  /** Delayed ground truth by id hash: the label's class code. */
  private labels = new HashIndex();
  private labelRows = 0;
  private duplicateLabels = 0;
  private matched = new Uint8Array(1024);
  private readonly hash = new Int32Array(2);
  private duplicateProduction = 0;
  private duplicateShadow = 0;
  private shadowRows = 0;
  private pairCount = 0;
  private shadowStarted = false;
  /** Min-heap by size of the kept disagreements (the smallest at 0, so a larger one replaces it). */
  private readonly top: { size: number; pair: number; id: string }[] = [];

  constructor(private readonly segmentNames: readonly string[]) {
    this.segmentCodes = segmentNames.map((name) => new Codes(`values of segment ${JSON.stringify(name)}`, MAX_SEGMENT_VALUES));
    this.production = new SideBuilder(segmentNames.length);
    this.shadowSide = new SideBuilder(0);
  }

  /**
   * Delayed ground truth for a request, before any answer: a pair whose logs carry no label takes it. The first
   * label of an id is kept and repeats are counted (one request has one truth).
   */
  addLabel(id: string, label: string | null): void {
    if (this.production.length > 0 || this.shadowStarted) throw new Error('ShadowJoin: labels come before the answers');
    this.labelRows++;
    if (label === null) return;
    bootstrapKeyHash(id, HASH_SEED, this.hash, 0);
    if (this.labels.get(this.hash[0], this.hash[1]) >= 0) this.duplicateLabels++;
    else this.labels.add(this.hash[0], this.hash[1], this.classes.of(label));
  }

  addProduction(id: string, answer: Answer): void {
    if (this.shadowStarted) throw new Error('ShadowJoin: every production answer comes before the shadow answers');
    bootstrapKeyHash(id, HASH_SEED, this.hash, 0);
    if (this.index.get(this.hash[0], this.hash[1]) >= 0) {
      this.duplicateProduction++;
      return;
    }
    const row = this.production.push(answer, this.classes, this.segmentCodes);
    if (this.production.label[row] < 0 && this.labels.size > 0) this.production.label[row] = this.labels.get(this.hash[0], this.hash[1]);
    if (row === this.matched.length) {
      const marks = new Uint8Array(this.matched.length * 2);
      marks.set(this.matched);
      this.matched = marks;
    }
    this.index.add(this.hash[0], this.hash[1], row);
  }

  addShadow(id: string, answer: Answer): void {
    this.shadowStarted = true;
    this.shadowRows++;
    bootstrapKeyHash(id, HASH_SEED, this.hash, 0);
    const row = this.index.get(this.hash[0], this.hash[1]);
    if (row < 0) {
      if (this.unmatchedShadow.get(this.hash[0], this.hash[1]) >= 0) this.duplicateShadow++;
      else this.unmatchedShadow.add(this.hash[0], this.hash[1], 0);
      return;
    }
    if (this.matched[row] === 1) {
      this.duplicateShadow++;
      return;
    }
    this.matched[row] = 1;
    const pair = this.shadowSide.push(answer, this.classes, []);
    if (pair === this.pairRow.length) {
      const grown = new Int32Array(this.pairRow.length * 2);
      grown.set(this.pairRow);
      this.pairRow = grown;
    }
    this.pairRow[pair] = row;
    this.keepIfLarge(id, row, pair);
    // A label the production log lacks may come with the shadow answer.
    if (this.production.label[row] < 0) this.production.label[row] = this.shadowSide.label[pair];
    this.pairCount++;
  }

  /** Flips rank above every score difference; among them, and among the rest, the larger |score delta| wins. */
  private keepIfLarge(id: string, row: number, pair: number): void {
    const a = this.production;
    const b = this.shadowSide;
    const flip = a.prediction[row] >= 0 && b.prediction[pair] >= 0 && a.prediction[row] !== b.prediction[pair];
    const delta = Math.abs(b.score[pair] - a.score[row]);
    const size = (flip ? 2 : 0) + (delta === delta ? Math.min(delta, 1) : 0);
    if (size === 0) return;
    const heap = this.top;
    if (heap.length === TOP_DISAGREEMENTS && size <= heap[0].size) return;
    const entry = { size, pair, id };
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
    const distinctProduction = p.length;
    const distinctShadow = this.shadowRows - this.duplicateShadow;
    const union = distinctProduction + distinctShadow - n;
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
    return {
      n,
      top,
      production: { score: pick(p.score), prediction: pick(p.prediction), latency: pick(p.latency), error: pick(p.error) },
      shadow: {
        score: s.score.subarray(0, n),
        prediction: s.prediction.subarray(0, n),
        latency: s.latency.subarray(0, n),
        error: s.error.subarray(0, n),
      },
      label: pick(p.label),
      classes: this.classes.names,
      segments: this.segmentNames.map((name, k) => ({ name, values: this.segmentCodes[k].names, codes: pick(p.segments[k]) })),
      counts: {
        production: p.length + this.duplicateProduction,
        shadow: this.shadowRows,
        pairs: n,
        duplicateProduction: this.duplicateProduction,
        duplicateShadow: this.duplicateShadow,
        unmatchedProduction: distinctProduction - n,
        unmatchedShadow: distinctShadow - n,
        joinRate: union > 0 ? n / union : null,
        labels: this.labelRows,
        duplicateLabels: this.duplicateLabels,
        labelledPairs: countLabelled(rows, p.label),
      },
    };
  }
}

function countLabelled(rows: Int32Array, label: Int32Array): number {
  let count = 0;
  for (let i = 0; i < rows.length; i++) if (label[rows[i]] >= 0) count++;
  return count;
}
