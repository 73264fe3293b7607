/**
 * All accumulators of one evaluated dataset: overall, per value of each sensitive attribute, per intersection of
 * the attributes, and per value of each slice column. Mergeable and serialisable, so shards evaluated on
 * different runners merge into exactly what one pass over all rows gives.
 */
import { exampleAt, keyAt, type ExampleColumns } from '../data/columns.js';
import type { Example } from '../data/types.js';
import { ScoreIndex, checkBinaryRow } from './binary-table.js';
import type { PairMasses } from './binary.js';
import { PopulationAccumulator, type PopulationJSON, type PopulationSpec } from './population.js';
import { dataRecord, dataRecordFrom, ownValue } from '../records.js';
import { RowStore, rowStoreFromJSON, rowStoreToJSON, type RowStoreJSON } from './row-store.js';
import { DataError } from '../errors.js';
import type { SweepOptions } from './row-sweep.js';
import { sweepRowsOnThreads } from './sweep-threads.js';
import {
  MulticlassRowStore,
  multiclassRowsFromJSON,
  multiclassRowsToJSON,
  sweepOvr,
  type MulticlassRowStoreJSON,
} from './multiclass-rows.js';
import { bootstrapKeyHash, drawHashedWords, weightRowBytes } from '../stats/bootstrap.js';

export interface EvaluationSpec extends PopulationSpec {
  groups: string[];
  slices: string[];
  intersect: boolean;
  /**
   * Whether slices keep bootstrap replicates too (default true). Reports show intervals for overall and groups only,
   * so `evaluate` turns this off unless a gate names a slice: a slice's replicates cost as much as a group's.
   */
  sliceReplicates?: boolean;
  /**
   * The bootstrap seed the replicate weights handed to `add`/`addBatch` were drawn with (from each row's id, else its
   * position). Needed to keep bootstrap rows in a RowStore, which draws them again instead of keeping them.
   */
  seed?: number;
}

/** Separates attribute values in an intersection key; cannot occur in CSV text the readers hand out. */
export const INTERSECTION_SEPARATOR = '\u001f';
/** The display name of the intersection of the attributes: `sex & race`. */
export function intersectionName(attributes: string[]): string {
  return attributes.join(' & ');
}

export interface EvaluationJSON {
  overall: PopulationJSON;
  groups: Record<string, Record<string, PopulationJSON>>;
  intersections: Record<string, PopulationJSON>;
  slices: Record<string, Record<string, PopulationJSON>>;
  /**
   * Set when the rows are kept in a RowStore (the population tables are then empty): the rows' cells by number, and
   * the rows, 20 to 36 bytes each (see RowStoreJSON) instead of tables that grow with distinct scores and replicates.
   */
  rows?: { cells: { groups: string[]; slices: string[] }[]; store: RowStoreJSON };
  /** Multiclass with bootstrap: the rows the replicates of roc_auc_ovr are swept from (see MulticlassRowStore), besides the tables. */
  multiclassRows?: { cells: { groups: string[]; slices: string[] }[]; store: MulticlassRowStoreJSON };
}

/**
 * Rows of one combination of group and slice values, summed before they reach their populations (see
 * EvaluationAccumulator): point masses only, as bootstrap replicates would take R times the memory per atom.
 */
interface Atom extends PairMasses {
  /** Its place in `atomList`. */
  index: number;
  /** overall, one group per attribute, the intersection, one slice per slice column. */
  targets: PopulationAccumulator[];
  /** The targets whose replicates a row updates while `replicaCells` holds: its finest group and its slices. */
  replicaTargets: PopulationAccumulator[];
}

/** Row counts held back before they are added (see `pending`). */
const PENDING_COUNTS = 4096;
/** Combinations of values held as atoms before every row goes to its populations directly. */
const MAX_ATOMS = 1024;
/** Bytes the atoms' tables (4 or 24 per atom and distinct pair) may take before rows go to their populations directly. */
const ATOM_BYTES = 64 * 2 ** 20;
/**
 * A binary evaluation keeps its rows in a RowStore as well as in distinct-score tables for its first PROBE_ROWS rows;
 * past SWITCH_PAIRS distinct (score, prediction) pairs it drops the tables and keeps only the rows (scores written
 * at full precision: a table per population would cost tens of bytes a row each), and past PROBE_ROWS rows with
 * fewer pairs it drops the rows (few distinct scores: the tables are small and fastest).
 */
const PROBE_ROWS = 1 << 18;
const SWITCH_PAIRS = 1 << 15;

/**
 * How binary scores are kept: 'probing' decides as above; MODELGATE_SCORE_STORE=rows or =tables forces one (tests
 * compare the two).
 */
type ScoreStore = 'probing' | 'tables' | 'rows';
function initialScoreStore(spec: EvaluationSpec): ScoreStore {
  if (spec.task !== 'binary' || (spec.replicates > 0 && spec.seed === undefined)) return 'tables';
  const forced = process.env.MODELGATE_SCORE_STORE;
  return forced === 'rows' || forced === 'tables' ? forced : 'probing';
}

/** One row's bootstrap key hash (see bootstrapKeyHash). */
const keyHash = new Int32Array(2);

/** A combination of group and slice values of a RowStore's rows, and the populations its rows count in. */
interface RowCell {
  groups: string[];
  slices: string[];
  targets: PopulationAccumulator[];
}

export class EvaluationAccumulator {
  private readonly overallCell: PopulationAccumulator;
  private readonly groupCells: Map<string, PopulationAccumulator>[];
  private readonly intersectionCells = new Map<string, PopulationAccumulator>();
  /** Subset intersections asked for while the rows are in a RowStore (see subsetIntersection). */
  private readonly subsetCells: Map<string, PopulationAccumulator>[] = [];
  private readonly sliceCells: Map<string, PopulationAccumulator>[];
  /** Binary tasks: the rows' (score, prediction) pairs, numbered once a row for all its populations. */
  private readonly pairs: ScoreIndex | null;
  /** Intersection cells under one nested Map level per attribute, so finding a row's cell joins no key. */
  private readonly intersectionIndex = new Map<string, unknown>();
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
  private atoms: Map<string, unknown> | null;
  private readonly atomList: Atom[] = [];
  /**
   * Rows of weight 1 not yet counted, as (atom index, cell) pairs: counted together, the cells a row increments
   * (mostly cache misses) no longer wait for each other, as they would one row at a time.
   */
  private readonly pending = new Int32Array(2 * PENDING_COUNTS);
  private pendingLength = 0;
  /** One row's replicate weights, for the rows addBatch hands to addRow. */
  private rowWeights: Uint8Array | null = null;
  private unitWeights = true;
  /** Atoms by the codes of a read's example columns: one nested array level per group and slice column. */
  private atomsByCode: unknown[] = [];
  private codesFor: readonly string[][] | undefined;
  /**
   * Bootstrap replicates are R numbers a row and population, so they are summed once where possible too: while
   * this holds, a row's replicates go only to its finest group (its intersection, or its group when there is
   * one attribute) and its slices, and the first flush makes overall's and each attribute's groups' replicates
   * the sums of those cells (exact, as for atoms: integer weights); after it every population is updated per row.
   */
  private replicaCells: boolean;
  /** What slice cells are made with: `spec`, or `spec` without replicates (see EvaluationSpec.sliceReplicates). */
  private readonly sliceSpec: EvaluationSpec;
  /** See PROBE_ROWS. The rows are in `store` while probing or 'rows', in the populations' tables unless 'rows'. */
  private scoreStore: ScoreStore;
  private store: RowStore | null;
  /** The cells of the store's rows, by number; found by their values, or by a read's codes (one level a column). */
  private readonly rowCells: RowCell[] = [];
  private readonly rowCellsByValues = new Map<string, number>();
  private rowCellsByCode: unknown[] = [];
  private rowCellCodesFor: readonly string[][] | undefined;
  /** The options the populations' `swept` results were measured with. */
  private sweptWith: string | null = null;
  /**
   * Multiclass with bootstrap: every row once (its cell in `rowCells`), for the replicates of roc_auc_ovr, which no
   * per-population sum can give; null otherwise. `ovrMeasured` while the populations' `ovr` are those of its rows.
   */
  private multiclassRows: MulticlassRowStore | null;
  private ovrMeasured = false;

  readonly spec: EvaluationSpec;

  constructor(spec: EvaluationSpec) {
    // Multiclass with bootstrap keeps every row for the replicates of roc_auc_ovr: the point's score metrics come from
    // the same rows, and populations keep no score tables.
    const keepsRows = spec.task === 'multiclass' && spec.replicates > 0 && spec.seed !== undefined;
    this.spec = spec = keepsRows ? { ...spec, scoresInRows: true } : spec;
    this.sliceSpec = spec.sliceReplicates === false ? { ...spec, replicates: 0 } : spec;
    this.overallCell = new PopulationAccumulator(spec);
    this.groupCells = spec.groups.map(() => new Map());
    this.sliceCells = spec.slices.map(() => new Map());
    this.pairs = spec.task === 'binary' ? new ScoreIndex(true) : null;
    this.atoms = this.pairs && spec.groups.length + spec.slices.length > 0 ? new Map() : null;
    // Binary rows reach their finest cells through atoms; multiclass and regression rows directly (see addToTables).
    this.replicaCells =
      (this.atoms !== null || this.pairs === null) &&
      spec.replicates > 0 &&
      (spec.groups.length === 1 || (spec.groups.length > 1 && spec.intersect));
    this.scoreStore = initialScoreStore(spec);
    this.store = this.scoreStore === 'tables' ? null : new RowStore(spec.replicates > 0);
    this.multiclassRows = keepsRows ? new MulticlassRowStore(spec.classCount, true) : null;
  }

  /** Whether batches still need their rows' bootstrap weights: not once rows are kept (their weights are drawn again). */
  get needsReplicateWeights(): boolean {
    return this.spec.replicates > 0 && this.scoreStore !== 'rows';
  }

  /** How the binary scores are kept (see PROBE_ROWS). */
  get scoreStoreKind(): ScoreStore {
    return this.scoreStore;
  }

  get overall(): PopulationAccumulator {
    this.flush();
    return this.overallCell;
  }

  /** Per attribute (in spec order): group value -> accumulator. */
  get groups(): Map<string, PopulationAccumulator>[] {
    this.flush();
    return this.groupCells;
  }

  /** Intersection key (values joined by INTERSECTION_SEPARATOR) -> accumulator. */
  get intersections(): Map<string, PopulationAccumulator> {
    this.flush();
    return this.intersectionCells;
  }

  get slices(): Map<string, PopulationAccumulator>[] {
    this.flush();
    return this.sliceCells;
  }

  add(example: Example, replicateWeights: ArrayLike<number> | null): void {
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
        keyHash[1],
      );
      if (this.scoreStore === 'rows') return;
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
        keyHash[1],
      );
      this.ovrMeasured = false;
    }
    this.decideScoreStore();
  }

  private addToTables(example: Example, replicateWeights: ArrayLike<number> | null): void {
    if (this.pairs === null) {
      const populations = this.populationsOf(example);
      if (!this.replicaCells || replicateWeights === null) {
        for (const population of populations) population.add(example, replicateWeights);
        return;
      }
      // Replicates to the finest cells only (a twelfth of the work with sex x race), summed into the rest at flush.
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
  private addToAtom(
    atom: Atom,
    at: number,
    label: number,
    weight: number,
    replicateWeights: ArrayLike<number> | null,
    offset = 0,
  ): boolean {
    const pairs = this.pairs!;
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

  private countLater(atom: Atom, cell: number): void {
    const pending = this.pending;
    pending[this.pendingLength++] = atom.index;
    pending[this.pendingLength++] = cell;
    if (this.pendingLength === pending.length) this.countPending();
  }

  /** Adds the pending rows to their atoms' counts. */
  private countPending(): void {
    const { pending, atomList } = this;
    const length = this.pendingLength;
    this.pendingLength = 0;
    for (let j = 0; j < length; j += 2) {
      const atom = atomList[pending[j]];
      const cell = pending[j + 1];
      if (++atom.counts[cell] === 0x100) this.carry(atom, cell);
    }
  }

  /** A cell of an atom's 8-bit counts went round from 255 to 0: 256 more rows in its carries. */
  private carry(atom: Atom, cell: number): void {
    if (atom.carries.length <= cell) {
      const carries = new Float64Array(atom.counts.length);
      carries.set(atom.carries);
      atom.carries = carries;
    }
    atom.carries[cell] += 0x100;
  }

  /**
   * `addRow` of every row of a batch; with replicates, `weights` holds the rows' weights as poissonWeightBlock lays
   * them out. The bulk of a large read (binary rows of weight 1 whose atom has room for their pair) takes a path
   * with nothing per row but the row; every other row goes through addRow.
   */
  addBatch(batch: ExampleColumns, weights: Uint8Array | null): void {
    this.sweptWith = null;
    if (this.store !== null) {
      this.storeBatch(batch);
      if (this.scoreStore === 'rows') return;
    }
    this.addBatchToTables(batch, weights);
    if (this.multiclassRows !== null) for (let i = 0; i < batch.length; i++) this.storeMulticlassRow(batch, i);
    this.decideScoreStore();
  }

  /** Row i of a read's columns (already in the tables, so checked) into the multiclass rows. */
  private storeMulticlassRow(batch: ExampleColumns, i: number): void {
    this.hashKey(keyAt(batch, i));
    this.multiclassRows!.push(batch.label[i], batch.scores![i], this.rowCellAt(batch, i), batch.weight[i], keyHash[0], keyHash[1]);
    this.ovrMeasured = false;
  }

  private addBatchToTables(batch: ExampleColumns, weights: Uint8Array | null): void {
    // With replicates, a row that goes through addRow has its weights copied word by word into the array it reads.
    const replicates = this.spec.replicates;
    const stride = weightRowBytes(replicates) >>> 2;
    let row: Uint8Array | null = null;
    let rowWords: Int32Array<ArrayBufferLike> = new Int32Array(0);
    let blockWords = rowWords;
    if (replicates > 0) {
      if (weights === null || weights.length !== 4 * stride * batch.length)
        throw new Error('a batch came without the bootstrap weights of its rows');
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
    const finest = columns.pop()!;
    for (let i = 0; i < batch.length; i++) {
      const label = labels[i];
      const prediction = predictions[i];
      let atom: Atom | undefined;
      if (
        rowWeights[i] === 1 &&
        this.unitWeights &&
        this.atoms !== null &&
        (label === 0 || label === 1) &&
        (prediction === 0 || prediction === 1)
      ) {
        let level: unknown[] | undefined = this.atomsByCode;
        for (let k = 0; k < columns.length && level !== undefined; k++) level = level[columns[k][i]] as unknown[] | undefined;
        atom = level?.[finest[i]] as Atom | undefined;
      }
      // Its replicate weights are read where they are in the block.
      if (atom !== undefined && this.addToAtom(atom, pairs.slot(scores[i], prediction), label, 1, weights, 4 * stride * i)) continue;
      for (let k = 0, from = i * stride; k < stride; k++) rowWords[k] = blockWords[from + k];
      this.addRowToTables(batch, i, row);
    }
  }

  /** `add` of row i of example columns: for a binary row of integer weight, no object, string or Map on the way. */
  addRow(batch: ExampleColumns, i: number, replicateWeights: ArrayLike<number> | null): void {
    this.sweptWith = null;
    if (this.store !== null) {
      this.storeRow(batch, i);
      if (this.scoreStore === 'rows') return;
    }
    this.addRowToTables(batch, i, replicateWeights);
    if (this.multiclassRows !== null) this.storeMulticlassRow(batch, i);
    this.decideScoreStore();
  }

  private addRowToTables(batch: ExampleColumns, i: number, replicateWeights: ArrayLike<number> | null): void {
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
    // The atom under the row's codes, or the string path (which creates it, or declines past MAX_ATOMS).
    const { groups, slices } = batch;
    const depth = groups.length + slices.length;
    let level = this.atomsByCode;
    for (let k = 0; k < depth - 1; k++) {
      const code = k < groups.length ? groups[k][i] : slices[k - groups.length][i];
      level = (level[code] ??= []) as unknown[];
    }
    const code = slices.length > 0 ? slices[slices.length - 1][i] : groups[groups.length - 1][i];
    let atom = level[code] as Atom | undefined;
    if (atom === undefined) {
      atom = this.atomOf(exampleAt(batch, i)) ?? undefined;
      if (atom === undefined) return this.addToTables(exampleAt(batch, i), replicateWeights);
      level[code] = atom;
    }
    const at = pairs.slot(score, prediction);
    if (!this.addToAtom(atom, at, label, weight, replicateWeights)) this.addToTables(exampleAt(batch, i), replicateWeights);
  }

  private batchCells = new Int32Array(0);

  private storeBatch(batch: ExampleColumns): void {
    const store = this.store!;
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
  private rowCellsOf(batch: ExampleColumns): Int32Array {
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
      for (let k = 0; k < depth - 1 && level !== undefined; k++) level = level[columns[k][i]] as unknown[];
      const cell = level?.[last[i]] as number | undefined;
      cells[i] = cell ?? this.rowCellAt(batch, i);
    }
    return cells;
  }

  /** The hash a row's replicate weights are drawn from, into keyHash (nothing without bootstrap). */
  private hashKey(key: string | number): void {
    if (this.spec.replicates > 0) bootstrapKeyHash(key, this.spec.seed!, keyHash, 0);
  }

  private storeRow(batch: ExampleColumns, i: number): void {
    const label = batch.label[i];
    const score = batch.score[i];
    const prediction = batch.prediction[i];
    const weight = batch.weight[i];
    checkBinaryRow(label, score, prediction, weight);
    this.hashKey(keyAt(batch, i));
    this.store!.push(score, label, prediction, this.rowCellAt(batch, i), weight, keyHash[0], keyHash[1]);
  }

  /** The RowStore cell of row i of a read's columns, by its codes. */
  private rowCellAt(batch: ExampleColumns, i: number): number {
    const { groups, slices } = batch;
    const depth = groups.length + slices.length;
    if (depth === 0) return this.rowCellOf([], []);
    let level = this.rowCellsByCodeFor(batch);
    for (let k = 0; k < depth - 1; k++) {
      const code = k < groups.length ? groups[k][i] : slices[k - groups.length][i];
      level = (level[code] ??= []) as unknown[];
    }
    const code = slices.length > 0 ? slices[slices.length - 1][i] : groups[groups.length - 1][i];
    let cell = level[code] as number | undefined;
    if (cell === undefined) {
      cell = this.rowCellOf(
        groups.map((codes, k) => batch.groupValues[k][codes[i]]),
        slices.map((codes, k) => batch.sliceValues[k][codes[i]]),
      );
      level[code] = cell;
    }
    return cell;
  }

  /** The cells by group and slice codes, for the codes of this batch's read (a new read's codes start a new table). */
  private rowCellsByCodeFor(batch: ExampleColumns): unknown[] {
    if (batch.groupValues !== this.rowCellCodesFor) {
      this.rowCellsByCode = [];
      this.rowCellCodesFor = batch.groupValues;
    }
    return this.rowCellsByCode;
  }

  /** The RowStore cell of these group and slice values, created when new. */
  private rowCellOf(groups: string[], slices: string[]): number {
    const key = [...groups, ...slices].join(INTERSECTION_SEPARATOR);
    let cell = this.rowCellsByValues.get(key);
    if (cell === undefined) {
      cell = this.rowCells.length;
      this.rowCells.push({ groups, slices, targets: this.populationsOf({ groups, slices } as Example) });
      this.rowCellsByValues.set(key, cell);
    }
    return cell;
  }

  /** While probing, keeps the rows or the tables once it is clear which suit the scores (see PROBE_ROWS). */
  private decideScoreStore(): void {
    if (this.scoreStore !== 'probing') return;
    if (this.pairs!.size > SWITCH_PAIRS) this.keepRows();
    else if (this.store!.rows >= PROBE_ROWS) this.keepTables();
  }

  /** Drops the tables: from now on rows are only stored, and measured by `sweep`. */
  private keepRows(): void {
    this.scoreStore = 'rows';
    this.pendingLength = 0;
    this.atoms = null;
    this.atomList.length = 0;
    this.atomsByCode = [];
    for (const population of this.allPopulations()) population.reset();
  }

  /** Drops the rows, putting them in the tables first unless they are there already. */
  private keepTables(): void {
    const store = this.store;
    const wasRows = this.scoreStore === 'rows';
    this.scoreStore = 'tables';
    this.store = null;
    if (!wasRows || store === null) return;
    const pairs = this.pairs!;
    for (const population of this.allPopulations()) population.reset();
    const R = this.spec.replicates;
    const words = new Int32Array(weightRowBytes(R) >>> 2);
    const replicateWeights = R > 0 ? new Uint8Array(words.buffer) : null;
    for (const chunk of store.chunks) {
      for (let i = 0; i < chunk.length; i++) {
        const meta = chunk.meta[i];
        const at = pairs.slot(chunk.scores[i], (meta >>> 1) & 1);
        if (chunk.keys !== null) drawHashedWords(chunk.keys[2 * i], chunk.keys[2 * i + 1], R, words, 0);
        for (const population of this.rowCells[meta >>> 2].targets)
          population.addBinaryAt(pairs, at, meta & 1, chunk.weightAt(i), replicateWeights);
      }
    }
  }

  /** Overall, then every group, intersection, subset intersection and slice population (not flushing: see the getters). */
  private allPopulations(): PopulationAccumulator[] {
    return [
      this.overallCell,
      ...this.groupCells.flatMap((map) => [...map.values()]),
      ...this.intersectionCells.values(),
      ...this.subsetCells.flatMap((map) => [...map.values()]),
      ...this.sliceCells.flatMap((map) => [...map.values()]),
    ];
  }

  /**
   * The populations of the intersection of an attribute subset (positions in spec.groups), keyed like
   * `intersections`, when the rows are in a RowStore: each row cell counts in its projection too, so the next
   * `measure` sweeps them with the rest (swept populations cannot be merged afterwards). Null when the tables hold
   * the rows: their subset cells are merges of the full intersection's cells.
   */
  subsetIntersection(positions: number[]): Map<string, PopulationAccumulator> | null {
    if (this.scoreStore === 'probing') this.keepTables();
    if (this.scoreStore !== 'rows') return null;
    const cells = new Map<string, PopulationAccumulator>();
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
  sweepSubsetCells(positions: number[], cells: Map<string, PopulationAccumulator>): void {
    if (this.multiclassRows === null) return;
    for (const cell of this.rowCells) {
      const population = cells.get(positions.map((k) => cell.groups[k]).join(INTERSECTION_SEPARATOR));
      if (population !== undefined) cell.targets.push(population);
    }
    this.subsetCells.push(cells);
    this.ovrMeasured = false;
  }

  /** With multiclass rows kept: every population's roc_auc_ovr and its replicates, swept from the rows (see sweepOvr). */
  private measureOvr(): void {
    if (this.multiclassRows === null || this.ovrMeasured) return;
    this.flush();
    const populations = this.allPopulations();
    const numbers = new Map(populations.map((population, p) => [population, p]));
    const cellTargets = this.rowCells.map((cell) => cell.targets.map((population) => numbers.get(population)!));
    const replicated = populations.map((population) => population.keepsReplicates);
    const { point, logLoss, replicates } = sweepOvr(this.multiclassRows, cellTargets, replicated, this.spec.replicates);
    populations.forEach((population, p) => (population.ovr = { point: point[p], logLoss: logLoss[p], replicates: replicates[p] }));
    this.ovrMeasured = true;
  }

  /**
   * Readies every population's values for `metrics`: with rows kept in a RowStore, measures them all in one sweep
   * (setting each population's `swept`); while still probing, the tables hold every row, so the rows are dropped.
   */
  async measure(options: SweepOptions): Promise<void> {
    this.measureOvr();
    if (this.scoreStore === 'probing') this.keepTables();
    if (this.scoreStore !== 'rows') return;
    const key = JSON.stringify(options);
    if (this.sweptWith === key) return;
    const populations = this.allPopulations();
    const numbers = new Map(populations.map((population, p) => [population, p]));
    const cellTargets = this.rowCells.map((cell) => cell.targets.map((population) => numbers.get(population)!));
    const replicated = populations.map((population) => population.keepsReplicates);
    const swept = await sweepRowsOnThreads(this.store!, { cellTargets, replicated, replicates: this.spec.replicates, options });
    populations.forEach((population, p) => (population.swept = swept[p]));
    this.sweptWith = key;
  }

  /** Adds the atoms' rows to their populations and empties the atoms. */
  private flush(): void {
    this.countPending();
    for (const atom of this.atomList) {
      if (atom.rows === 0) continue;
      for (const population of atom.targets) population.addPairs(this.pairs!, atom);
      atom.counts = new Uint8Array(0);
      atom.carries = new Float64Array(0);
      atom.masses = new Float64Array(0);
      atom.rows = 0;
      atom.unscoredRows = 0;
    }
    if (this.replicaCells) {
      this.replicaCells = false;
      if (this.groupCells.length > 1) {
        // In key order, so the sums (rounded, for regression's running means) do not depend on the order rows came in.
        for (const key of [...this.intersectionCells.keys()].sort()) {
          const cell = this.intersectionCells.get(key)!;
          key.split(INTERSECTION_SEPARATOR).forEach((value, k) => this.cell(this.groupCells[k], value).mergeReplicates(cell));
        }
      }
      // Overall from the attribute with the fewest groups: every attribute's groups add up to it.
      const fewest = this.groupCells.reduce((best, cells) => (cells.size < best.size ? cells : best));
      for (const key of [...fewest.keys()].sort()) this.overallCell.mergeReplicates(fewest.get(key)!);
    }
  }

  /** The atom of the example's values, created when new; null when there would be too many. */
  private atomOf(example: Example): Atom | null {
    let level = this.atoms!;
    const { groups, slices } = example;
    const depth = groups.length + slices.length;
    for (let i = 0; i < depth - 1; i++) {
      const value = i < groups.length ? groups[i] : slices[i - groups.length];
      let next = level.get(value) as Map<string, unknown> | undefined;
      if (next === undefined) level.set(value, (next = new Map()));
      level = next;
    }
    const value = slices.length > 0 ? slices[slices.length - 1] : groups[groups.length - 1];
    let atom = level.get(value) as Atom | undefined;
    if (atom === undefined) {
      if (this.atomList.length === MAX_ATOMS) return null;
      const targets = this.populationsOf(example);
      const finest = this.groupCells.length === 1 ? 1 : 1 + this.groupCells.length;
      const replicaTargets = targets.slice(
        finest,
        this.sliceSpec.replicates > 0 ? targets.length : targets.length - this.sliceCells.length,
      );
      atom = {
        index: this.atomList.length,
        counts: new Uint8Array(0),
        carries: new Float64Array(0),
        masses: new Float64Array(0),
        rows: 0,
        unscoredRows: 0,
        targets,
        replicaTargets,
      };
      level.set(value, atom);
      this.atomList.push(atom);
    }
    return atom;
  }

  /** The populations a row belongs to: overall, its group per attribute, its intersection, its slice per column. */
  private populationsOf(example: Example): PopulationAccumulator[] {
    const populations = [this.overallCell];
    for (let i = 0; i < this.groupCells.length; i++) populations.push(this.cell(this.groupCells[i], example.groups[i]));
    if (this.spec.intersect && this.groupCells.length > 1) populations.push(this.intersectionCell(example.groups));
    for (let i = 0; i < this.sliceCells.length; i++) populations.push(this.cell(this.sliceCells[i], example.slices[i], this.sliceSpec));
    return populations;
  }

  private intersectionCell(values: string[]): PopulationAccumulator {
    let level = this.intersectionIndex;
    const last = values.length - 1;
    for (let i = 0; i < last; i++) {
      let next = level.get(values[i]) as Map<string, unknown> | undefined;
      if (next === undefined) level.set(values[i], (next = new Map()));
      level = next;
    }
    let cell = level.get(values[last]) as PopulationAccumulator | undefined;
    if (cell === undefined) level.set(values[last], (cell = this.cell(this.intersectionCells, values.join(INTERSECTION_SEPARATOR))));
    return cell;
  }

  merge(other: EvaluationAccumulator): void {
    this.sweptWith = null;
    if (this.multiclassRows !== null || other.multiclassRows !== null) {
      if (this.multiclassRows === null || other.multiclassRows === null)
        throw new DataError('cannot merge multiclass evaluations where one kept its rows for bootstrap and the other did not');
      const cells = other.rowCells.map((cell) => this.rowCellOf(cell.groups, cell.slices));
      this.multiclassRows.append(other.multiclassRows, cells);
      this.ovrMeasured = false;
    }
    if (this.store !== null && other.store !== null && (this.scoreStore === 'rows' || other.scoreStore === 'rows')) {
      if (this.scoreStore !== 'rows') this.keepRows();
      const cells = other.rowCells.map((cell) => this.rowCellOf(cell.groups, cell.slices));
      const rows = new RowStore();
      rows.append(other.store);
      rows.recode(cells);
      this.store.append(rows);
      return;
    }
    if (this.store !== null && other.store === null) this.keepTables();
    if (other.scoreStore === 'rows') other.keepTables();
    if (this.store !== null) {
      // Both probing: their tables and their rows both take the other's.
      const cells = other.rowCells.map((cell) => this.rowCellOf(cell.groups, cell.slices));
      const rows = new RowStore();
      rows.append(other.store!);
      rows.recode(cells);
      this.store.append(rows);
    }
    this.mergeTables(other);
    this.decideScoreStore();
  }

  private mergeTables(other: EvaluationAccumulator): void {
    this.overall.merge(other.overall);
    const mergeMaps = (into: Map<string, PopulationAccumulator>, from: Map<string, PopulationAccumulator>, spec = this.spec) => {
      for (const [key, acc] of from) this.cell(into, key, spec).merge(acc);
    };
    this.groups.forEach((map, i) => mergeMaps(map, other.groups[i]));
    mergeMaps(this.intersections, other.intersections);
    this.slices.forEach((map, i) => mergeMaps(map, other.slices[i], this.sliceSpec));
  }

  toJSON(): EvaluationJSON {
    if (this.scoreStore === 'rows') {
      const empty = (names: string[]) => dataRecordFrom(names.map((name) => [name, dataRecord<PopulationJSON>()]));
      return {
        overall: new PopulationAccumulator(this.spec).toJSON(),
        groups: empty(this.spec.groups),
        intersections: dataRecord(),
        slices: empty(this.spec.slices),
        rows: { cells: this.rowCells.map(({ groups, slices }) => ({ groups, slices })), store: rowStoreToJSON(this.store!) },
      };
    }
    this.keepTables();
    const mapJSON = (map: Map<string, PopulationAccumulator>) =>
      dataRecordFrom([...map.keys()].sort().map((key) => [key, map.get(key)!.toJSON()]));
    return {
      overall: this.overall.toJSON(),
      groups: dataRecordFrom(this.spec.groups.map((name, i) => [name, mapJSON(this.groups[i])])),
      intersections: mapJSON(this.intersections),
      slices: dataRecordFrom(this.spec.slices.map((name, i) => [name, mapJSON(this.slices[i])])),
      ...(this.multiclassRows !== null && {
        multiclassRows: {
          cells: this.rowCells.map(({ groups, slices }) => ({ groups, slices })),
          store: multiclassRowsToJSON(this.multiclassRows),
        },
      }),
    };
  }

  static fromJSON(spec: EvaluationSpec, json: EvaluationJSON): EvaluationAccumulator {
    const acc = new EvaluationAccumulator(spec);
    if (json.rows !== undefined) return acc.loadRows(json.rows);
    acc.keepTables();
    const load = (
      into: Map<string, PopulationAccumulator>,
      entries: Record<string, PopulationJSON>,
      populationSpec: EvaluationSpec = acc.spec,
    ) => {
      for (const [key, value] of Object.entries(entries)) into.set(key, new PopulationAccumulator(populationSpec, value));
    };
    acc.overall.merge(new PopulationAccumulator(acc.spec, json.overall));
    spec.groups.forEach((name, i) => load(acc.groups[i], ownValue(json.groups, name) ?? {}));
    load(acc.intersections, json.intersections);
    spec.slices.forEach((name, i) => load(acc.slices[i], ownValue(json.slices, name) ?? {}, acc.sliceSpec));
    // After the populations: the row cells' targets are found among them.
    if (acc.multiclassRows !== null || json.multiclassRows !== undefined) acc.loadMulticlassRows(json.multiclassRows);
    return acc;
  }

  /** fromJSON's multiclass rows (see EvaluationJSON.multiclassRows). */
  private loadMulticlassRows(json: unknown): void {
    const fail = (detail: string): never => {
      throw new DataError(`malformed evaluation JSON: ${detail}`);
    };
    if (this.multiclassRows === null) fail('multiclass rows are kept only for a multiclass task with bootstrap');
    if (json === undefined) fail('a multiclass evaluation with bootstrap needs its rows (multiclassRows)');
    const { cells, store } = (typeof json === 'object' && json !== null ? json : fail('multiclassRows is not an object')) as Record<
      string,
      unknown
    >;
    this.loadRowCells(cells, fail);
    this.multiclassRows = multiclassRowsFromJSON(store, this.spec.classCount, true, this.rowCells.length, fail);
  }

  /** A partial's row cells, in order, as this accumulator's (which must have none yet). */
  private loadRowCells(cells: unknown, fail: (detail: string) => never): void {
    if (!Array.isArray(cells)) return fail('rows.cells is not an array');
    const strings = (values: unknown, length: number) =>
      Array.isArray(values) && values.length === length && values.every((v) => typeof v === 'string');
    for (const cell of cells as { groups: unknown; slices: unknown }[]) {
      if (
        typeof cell !== 'object' ||
        cell === null ||
        !strings(cell.groups, this.spec.groups.length) ||
        !strings(cell.slices, this.spec.slices.length)
      ) {
        fail('a row cell needs one group value per attribute and one slice value per slice column');
      }
      const before = this.rowCells.length;
      if (this.rowCellOf(cell.groups as string[], cell.slices as string[]) !== before) fail('row cells repeat');
    }
  }

  /** fromJSON of a partial whose rows are in a RowStore. */
  private loadRows(json: unknown): this {
    const fail = (detail: string): never => {
      throw new DataError(`malformed evaluation JSON: ${detail}`);
    };
    if (this.spec.task !== 'binary') fail('rows are kept for binary tasks only');
    const { cells, store } = (typeof json === 'object' && json !== null ? json : fail('rows is not an object')) as Record<string, unknown>;
    this.loadRowCells(cells, fail);
    this.scoreStore = 'rows';
    this.store = rowStoreFromJSON(store, this.spec.replicates > 0, this.rowCells.length, fail);
    return this;
  }

  private cell(map: Map<string, PopulationAccumulator>, key: string, spec: EvaluationSpec = this.spec): PopulationAccumulator {
    let acc = map.get(key);
    if (!acc) {
      acc = new PopulationAccumulator(spec);
      map.set(key, acc);
    }
    return acc;
  }
}
