/**
 * The bootstrap's innermost loops in WebAssembly (replicate-kernel.wat): a row's non-zero replicate masses from its
 * Poisson draws, masses into replicate counts, and a row's or a run's masses into a population's ScoreSweep. Each
 * does the same operations in the same order as the JavaScript it stands for (ScoreSweep.add, addOneLabel), so the
 * sums are the same to the bit, without V8's bounds check on every access. docs/fast-paths.md has the figures.
 *
 * One kernel serves one sweep (one thread). Its memory holds the row's draws and masses and the regions of doubles
 * the sweep asks for (replicate masses and counts, ScoreSweep states); the sweep reads and writes them through views.
 * The memory is allocated whole at the start and never grows, so the views stay valid.
 */
import { REPLICATE_KERNEL_WASM } from '../wasm.generated.js';
import { BY_TOP_BITS, STRADDLES, THRESHOLDS } from '../stats/bootstrap.js';
import { DataError } from '../errors.js';

/** Doubles a replicate takes in a ScoreSweep's state (a 64-byte cache line): the layout the kernel assumes. */
export const SWEPT = 8;
const PAGE = 1 << 16;
const LINE = 64;
/** What one WebAssembly memory can hold: 65,536 pages. */
const MAX_MEMORY_BYTES = 2 ** 32;

interface KernelExports {
  drawMasses(h1: number, h2: number, from: number, to: number, weight: number, drawsAt: number, massAt: number, tablesAt: number): number;
  addMasses(countsAt: number, count: number, massAt: number): void;
  addOneRow(
    state: number,
    label: number,
    count: number,
    massAt: number,
    score: number,
    lossIfPositive: number,
    lossIfNegative: number,
  ): void;
  takeNonZero(massesAt: number, replicates: number, massAt: number): number;
  addRun(
    state: number,
    negativesAt: number,
    positivesAt: number,
    replicates: number,
    score: number,
    lossIfPositive: number,
    lossIfNegative: number,
  ): void;
}

let compiled: WebAssembly.Module | null = null;

/**
 * drawMasses' tables, as the kernel reads them (replicate-kernel.wat): bootstrap.ts's value of each 16-bit number's
 * two bytes (the high byte's first in memory, as WebAssembly's words lie), of each byte, and the thresholds.
 */
const DRAW_TABLES: Uint8Array = (() => {
  const tables = new Uint8Array(131328 + 8 * THRESHOLDS.length);
  const view = new DataView(tables.buffer);
  for (let pair = 0; pair < 1 << 16; pair++) view.setUint16(2 * pair, BY_TOP_BITS[pair >>> 8] | (BY_TOP_BITS[pair & 0xff] << 8), true);
  tables.set(BY_TOP_BITS, 131072);
  THRESHOLDS.forEach((threshold, k) => view.setFloat64(131328 + 8 * k, threshold, true));
  return tables;
})();
if (STRADDLES !== 255) throw new Error('replicate-kernel.wat takes 255 for a byte that straddles a threshold');

export class ReplicateKernel {
  /** The row's non-zero masses: replicate index[j] has mass[j], for j below the count drawMasses returned. */
  readonly index: Uint16Array;
  readonly mass: Float64Array;
  /** The regions of doubles asked for, in order, zeroed; each starts a cache line. */
  readonly regions: Float64Array[];
  private readonly massAt: number;
  private readonly drawsAt: number;
  private readonly tablesAt: number;
  private readonly exports: KernelExports;

  /**
   * @param replicates The replicates of a row's masses and of a run (1 to 65536: indexes are 16-bit).
   * @param drawBytes Bytes of a row's Poisson draws (whole words: see bootstrap.ts's weightRowBytes).
   * @param regions The length of each region of doubles.
   */
  constructor(
    readonly replicates: number,
    drawBytes: number,
    regions: number[],
  ) {
    if (!(Number.isInteger(replicates) && replicates >= 1 && replicates <= 1 << 16))
      throw new RangeError(`a replicate kernel needs 1 to 65536 replicates, got ${replicates}`);
    this.massAt = align(2 * replicates);
    this.drawsAt = this.massAt + align(8 * replicates);
    this.tablesAt = this.drawsAt + align(drawBytes);
    const starts: number[] = [];
    let bytes = this.tablesAt + align(DRAW_TABLES.length);
    for (const length of regions) {
      starts.push(bytes);
      bytes += align(8 * length);
    }
    if (bytes > MAX_MEMORY_BYTES) {
      throw new DataError(
        `a bootstrap of ${replicates} replicates on this thread needs ${(bytes / 2 ** 30).toFixed(1)} GiB of replicate sums (64 bytes a replicate for each population with intervals), over the 4 GiB one WebAssembly memory can hold`,
        {},
        {
          hint: 'lower evaluate.bootstrap.replicates, or keep intervals for fewer populations (fewer groups, slices or intersections), or shard the data across jobs (--emit-partial, then --partials)',
        },
      );
    }
    const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(bytes / PAGE)) });
    compiled ??= new WebAssembly.Module(Buffer.from(REPLICATE_KERNEL_WASM, 'base64'));
    this.exports = new WebAssembly.Instance(compiled, { kernel: { memory } }).exports as unknown as KernelExports;
    const { buffer } = memory;
    this.index = new Uint16Array(buffer, 0, replicates);
    this.mass = new Float64Array(buffer, this.massAt, replicates);
    this.regions = regions.map((length, k) => new Float64Array(buffer, starts[k], length));
    new Uint8Array(buffer, this.tablesAt, DRAW_TABLES.length).set(DRAW_TABLES);
  }

  /**
   * A row's Poisson draws of replicates from .. from + R, from its key hash (h1, h2: bootstrapKeyHash), as
   * bootstrap.ts's drawHashedWords draws them, times its weight: those that are not 0 into index and
   * mass; returns how many.
   */
  drawMasses(h1: number, h2: number, from: number, weight: number): number {
    return this.exports.drawMasses(h1, h2, from, from + this.replicates, weight, this.drawsAt, this.massAt, this.tablesAt);
  }

  /** The row's masses (the first `count`) into the R doubles of a region from counts[at]. */
  addMasses(counts: Float64Array, at: number, count: number): void {
    this.exports.addMasses(counts.byteOffset + 8 * at, count, this.massAt);
  }

  /** ScoreSweep.addOneLabel of a state in a region by the row's masses (the first `count`). */
  addOneRow(state: Float64Array, label: number, count: number, score: number, lossIfPositive: number, lossIfNegative: number): void {
    this.exports.addOneRow(state.byteOffset, label, count, this.massAt, score, lossIfPositive, lossIfNegative);
  }

  /** The R masses from masses[at] as a row's (the non-zero ones into index and mass), set to 0; returns how many. */
  takeNonZero(masses: Float64Array, at: number): number {
    return this.exports.takeNonZero(masses.byteOffset + 8 * at, this.replicates, this.massAt);
  }

  /** ScoreSweep.add of a state by the R masses from negatives[at] and from positives[at], which are set to 0. */
  addRun(
    state: Float64Array,
    negatives: Float64Array,
    positives: Float64Array,
    at: number,
    score: number,
    lossIfPositive: number,
    lossIfNegative: number,
  ): void {
    const R = this.replicates;
    this.exports.addRun(
      state.byteOffset,
      negatives.byteOffset + 8 * at,
      positives.byteOffset + 8 * at,
      R,
      score,
      lossIfPositive,
      lossIfNegative,
    );
  }
}

/** Each region from a cache line's start. */
function align(bytes: number): number {
  return Math.ceil(bytes / LINE) * LINE;
}
