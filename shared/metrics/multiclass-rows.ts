/**
 * Multiclass rows kept once for every population of an evaluation, for what only the rows can give: one-vs-rest ROC
 * AUC per bootstrap replicate. Per row its K scores (float64, exact), its true class, its cell (its combination of
 * group and slice values, from which its populations follow), the weight only where one other than 1 was seen, and
 * with bootstrap the 64-bit hash its replicate weights are drawn from (bootstrapKeyHash): 8K + 6 bytes a row, 8 more
 * with bootstrap and 8 more with weights, whatever the replicates, populations or distinct scores.
 *
 * The sweep (sweepOvr) visits the rows once per class in descending order of that class's score, drawing each row's
 * replicate weights again from its hash, and keeps per population and replicate three running sums (positive mass,
 * negative mass, area): R x 5 numbers a population. Rows sit in chunks of MULTICLASS_CHUNK_ROWS, each sorted alone (radix,
 * row-store.ts) and merged, so sorting never needs more than one chunk's scratch space.
 *
 * AUC as scikit-learn's roc_auc_score with sample_weight: the trapezoid under the ROC curve over distinct thresholds,
 * so a negative tied with a positive counts half. With integer weights every sum is an integer (or half of one) below
 * 2^53, so the result does not depend on the order of rows, chunks or shards: shards merge to the single pass's bits.
 */
import { mergeSortedRuns } from '../stats/merge-runs.js';
import { sortedOrder } from './row-store.js';
import { decodeRowChunks, LITTLE_ENDIAN, type RowChunksJSON } from './row-chunks-json.js';
import { LOG_LOSS_EPS } from './binary-table.js';
import { drawHashedWords, weightRowBytes } from '../stats/bootstrap.js';

/**
 * Rows per chunk: sorting one takes 28 bytes a row of scratch (row-store.ts's radix sort), so a quarter of the binary
 * store's chunk keeps that to 7 MB; merging 4 chunks a million rows costs little.
 */
export const MULTICLASS_CHUNK_ROWS = 1 << 18;

export class MulticlassRowChunk {
  length = 0;
  /** Per class, its score of each row (NaN when the row has no scores). */
  scores: Float64Array[];
  labels: Uint16Array;
  cells: Uint32Array;
  /** Null while every row of the chunk has weight 1. */
  weights: Float64Array | null = null;
  /** With bootstrap: per row, the two words of its key's hash; else null. */
  keys: Int32Array | null;

  constructor(classes: number, capacity: number, keyed: boolean) {
    this.scores = Array.from({ length: classes }, () => new Float64Array(capacity));
    this.labels = new Uint16Array(capacity);
    this.cells = new Uint32Array(capacity);
    this.keys = keyed ? new Int32Array(2 * capacity) : null;
  }

  get full(): boolean {
    return this.length === this.labels.length;
  }

  weightAt(i: number): number {
    return this.weights === null ? 1 : this.weights[i];
  }

  /** The chunk's rows as their own arrays, trimmed to its length. */
  trimmed(): MulticlassRowChunk {
    const chunk = new MulticlassRowChunk(0, 0, false);
    const n = this.length;
    chunk.scores = this.scores.map((column) => column.slice(0, n));
    chunk.labels = this.labels.slice(0, n);
    chunk.cells = this.cells.slice(0, n);
    chunk.weights = this.weights === null ? null : this.weights.slice(0, n);
    chunk.keys = this.keys === null ? null : this.keys.slice(0, 2 * n);
    chunk.length = n;
    return chunk;
  }
}

export class MulticlassRowStore {
  readonly chunks: MulticlassRowChunk[] = [];
  rows = 0;

  constructor(
    readonly classes: number,
    readonly keyed: boolean,
    private readonly chunkRows = MULTICLASS_CHUNK_ROWS,
  ) {
    if (!Number.isInteger(classes) || classes < 2 || classes > 0xffff)
      throw new RangeError(`a multiclass row store needs between 2 and 65535 classes, got ${classes}`);
  }

  /** A row MulticlassAccumulator.add has accepted; h1, h2 its key hash when keyed. */
  push(label: number, scores: ArrayLike<number> | undefined, cell: number, weight: number, h1 = 0, h2 = 0): void {
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === undefined || chunk.full) {
      chunk = new MulticlassRowChunk(this.classes, this.chunkRows, this.keyed);
      this.chunks.push(chunk);
    }
    const i = chunk.length++;
    for (let k = 0; k < this.classes; k++) chunk.scores[k][i] = scores === undefined ? NaN : scores[k] + 0; // -0 is 0
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
  filled(): MulticlassRowChunk[] {
    const last = this.chunks.length - 1;
    if (last >= 0 && !this.chunks[last].full) this.chunks[last] = this.chunks[last].trimmed();
    return this.chunks.filter((chunk) => chunk.length > 0);
  }

  /** Takes another store's rows after this one's, each row's cell renumbered through `cells` (theirs -> ours). */
  append(other: MulticlassRowStore, cells: ArrayLike<number>): void {
    if (other.classes !== this.classes || other.keyed !== this.keyed)
      throw new RangeError('cannot append multiclass rows of another class count or bootstrap');
    const ours = this.filled();
    for (const chunk of other.filled()) {
      const copy = chunk.trimmed();
      for (let i = 0; i < copy.length; i++) copy.cells[i] = cells[copy.cells[i]];
      ours.push(copy);
    }
    this.chunks.splice(0, this.chunks.length, ...ours);
    this.rows += other.rows;
  }
}

/**
 * Class k's rows in ascending order of their score k (NaN last, ties by chunk then arrival): per chunk its rows'
 * order, and the chunk each next row comes from (a merge of the sorted chunks). 6 bytes a row, for one class at a time.
 */
function classOrder(chunks: MulticlassRowChunk[], k: number): { within: Uint32Array[]; from: Uint16Array } {
  if (chunks.length > 0xffff) throw new Error(`too many row chunks to merge (${chunks.length})`);
  const within = chunks.map((chunk) => sortedOrder(chunk.scores[k], null, chunk.length));
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const from = new Uint16Array(total);
  if (chunks.length < 2) return { within, from };
  const at = new Int32Array(chunks.length);
  const key = (c: number): number => {
    const s = chunks[c].scores[k][within[c][at[c]]];
    return s === s ? s : 2;
  };
  const head = Float64Array.from(chunks, (_, c) => key(c));
  const before = (a: number, b: number): boolean => head[a] < head[b] || (head[a] === head[b] && a < b);
  let n = 0;
  mergeSortedRuns(chunks.length, before, (c) => {
    from[n++] = c;
    if (++at[c] === chunks[c].length) return false;
    head[c] = key(c);
    return true;
  });
  return { within, from };
}

export interface OvrResults {
  /** Per population: its roc_auc_ovr, or null (see MulticlassAccumulator). */
  point: (number | null)[];
  /** Per population: its log_loss (clipped as MulticlassAccumulator's), or null when a row has no scores or no mass. */
  logLoss: (number | null)[];
  /** Per population: R replicate values (null where undefined), or null when it keeps no replicates. */
  replicates: ((number | null)[] | null)[];
}

/**
 * One-vs-rest ROC AUC, macro-averaged over the K classes, of every population and (where `replicated`) every bootstrap
 * replicate. cellTargets[c]: the populations (numbers) rows of cell c count in.
 */
export function sweepOvr(
  store: MulticlassRowStore,
  cellTargets: readonly (readonly number[])[],
  replicated: readonly boolean[],
  replicates: number,
): OvrResults {
  const P = replicated.length;
  const K = store.classes;
  const chunks = store.filled();
  const R = store.keyed ? replicates : 0;
  const sweep = new OvrSweep(P, R, replicated, cellTargets);
  // A population with a row without scores has no AUC (as the point's tables say).
  const unscored = new Uint8Array(P);
  for (const chunk of chunks) {
    const first = chunk.scores[0];
    for (let i = 0; i < chunk.length; i++) if (first[i] !== first[i]) sweep.forTargets(chunk.cells[i], (p) => (unscored[p] = 1));
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
    point: Array.from(point, (sum, p) => (pointNull[p] || unscored[p] ? null : sum / K)),
    logLoss: Array.from(loss, (sum, p) => (unscored[p] || !(mass[p] > 0) ? null : sum / mass[p])),
    replicates: Array.from({ length: P }, (_, p) => {
      const at = sweep.base[p];
      if (at < 0) return null;
      return Array.from({ length: R }, (_, r) => (sumsNull[at + r] || unscored[p] ? null : sums[at + r] / K));
    }),
  };
}

/** The running sums of one class's descending sweep, for every population and replicate. */
class OvrSweep {
  /** Per population: where its replicates start in the R-wide arrays, or -1. */
  readonly base: Int32Array;
  readonly replicatedCount: number;
  private readonly offsets: Int32Array;
  private readonly targets: Int32Array;
  // Point: mass of positives and negatives above the current run, area so far, and the current run's masses.
  private readonly pos: Float64Array;
  private readonly neg: Float64Array;
  private readonly area: Float64Array;
  private readonly runPos: Float64Array;
  private readonly runNeg: Float64Array;
  /** Mass of the rows of this class x -log of their score, and that of the current score. */
  private readonly loss: Float64Array;
  private term = 0;
  // The same per replicate.
  private readonly posR: Float64Array;
  private readonly negR: Float64Array;
  private readonly areaR: Float64Array;
  private readonly runPosR: Float64Array;
  private readonly runNegR: Float64Array;
  /** The populations the current run touched. */
  private readonly stamp: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private runNumber = 0;
  private readonly words: Int32Array;
  private readonly draws: Uint8Array;
  private readonly masses: Float64Array;

  constructor(
    private readonly P: number,
    private readonly R: number,
    replicated: readonly boolean[],
    cellTargets: readonly (readonly number[])[],
  ) {
    this.offsets = new Int32Array(cellTargets.length + 1);
    cellTargets.forEach((targets, c) => (this.offsets[c + 1] = this.offsets[c] + targets.length));
    this.targets = Int32Array.from(cellTargets.flat());
    this.base = new Int32Array(P).fill(-1);
    let count = 0;
    if (R > 0) for (let p = 0; p < P; p++) if (replicated[p]) this.base[p] = R * count++;
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

  forTargets(cell: number, visit: (p: number) => void): void {
    for (let t = this.offsets[cell]; t < this.offsets[cell + 1]; t++) visit(this.targets[t]);
  }

  reset(): void {
    for (const array of [this.pos, this.neg, this.area, this.loss, this.posR, this.negR, this.areaR]) array.fill(0);
  }

  /** Class k's rows from the highest score k down; rows without scores (NaN, last in the order) are skipped. */
  run(chunks: MulticlassRowChunk[], k: number): void {
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
      // A score only this row has (the first of its run, and the next row has another) needs no run: its masses go
      // to the sums directly.
      const next = n > 0 ? chunks[from[n - 1]].scores[k][within[from[n - 1]][cursor[from[n - 1]]]] : NaN;
      this.addRow(chunk, i, chunk.labels[i] === k, first && next !== score);
    }
    this.commit();
  }

  private addRow(chunk: MulticlassRowChunk, i: number, positive: boolean, alone: boolean): void {
    const { R, offsets, targets, base, draws, masses } = this;
    const weight = chunk.weightAt(i);
    const cell = chunk.cells[i];
    if (R > 0) {
      const keys = chunk.keys!;
      drawHashedWords(keys[2 * i], keys[2 * i + 1], R, this.words, 0);
      // As doubles once a row, so the loops over populations read one array type.
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
  private commit(): void {
    const { R, base, pos, neg, area, runPos, runNeg, posR, negR, areaR, runPosR, runNegR } = this;
    for (let j = 0; j < this.touchedCount; j++) {
      const p = this.touched[j];
      area[p] += runNeg[p] * (pos[p] + runPos[p] / 2);
      // The run's mass times its term, as the point's tables add it (one product per distinct score).
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
  collect(
    point: Float64Array,
    pointNull: Uint8Array,
    sums: Float64Array,
    sumsNull: Uint8Array,
    loss: Float64Array,
    mass: Float64Array,
  ): void {
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
}

/** A row alone at its score into one population's replicate sums. */
function addAlone(
  positive: boolean,
  masses: Float64Array,
  R: number,
  at: number,
  posR: Float64Array,
  negR: Float64Array,
  areaR: Float64Array,
): void {
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

/**
 * A MulticlassRowStore in a partial: every chunk's rows as one base64 text of little-endian columns (per class its
 * scores as float64, classes as uint16, cells as uint32, then key hashes as 2 x int32 when keyed, then weights as
 * float64 when `weighted`): 8K + 6 bytes a row (+ 8 with bootstrap), whatever the replicates or distinct scores.
 */
export type MulticlassRowStoreJSON = RowChunksJSON;

export function multiclassRowsToJSON(store: MulticlassRowStore): MulticlassRowStoreJSON {
  if (!LITTLE_ENDIAN) throw new Error('partials with multiclass rows are written on little-endian machines only');
  const chunks = store.filled();
  const weighted = chunks.some((chunk) => chunk.weights !== null);
  const parts: Buffer[] = [];
  const bytes = (array: ArrayBufferView, length: number, width: number) => Buffer.from(array.buffer, array.byteOffset, length * width);
  for (const chunk of chunks) {
    const n = chunk.length;
    for (const column of chunk.scores) parts.push(bytes(column, n, 8));
    parts.push(bytes(chunk.labels, n, 2), bytes(chunk.cells, n, 4));
    if (chunk.keys !== null) parts.push(bytes(chunk.keys, n, 8));
    if (weighted) parts.push(chunk.weights === null ? Buffer.from(new Float64Array(n).fill(1).buffer) : bytes(chunk.weights, n, 8));
  }
  return { chunks: chunks.map((chunk) => chunk.length), weighted, data: Buffer.concat(parts).toString('base64') };
}

/** Reads multiclassRowsToJSON's text back, failing (through `fail`) on anything a row could not have been. */
export function multiclassRowsFromJSON(
  json: unknown,
  classes: number,
  keyed: boolean,
  cells: number,
  fail: (detail: string) => never,
): MulticlassRowStore {
  const width = 8 * classes + 6 + (keyed ? 8 : 0);
  const chunks = decodeRowChunks(json, 'multiclass rows', width, fail, (n, take, weighted) => {
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

function checkChunk(chunk: MulticlassRowChunk, classes: number, cells: number, fail: (detail: string) => never): void {
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
