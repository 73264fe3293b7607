/**
 * The row sweep on two threads, the rows' columns in shared memory (RowStore sorts them into it), read in place by a
 * worker (dist/workers/replicates.js):
 * - a large bootstrap: the worker sweeps the upper replicates alone while this thread sweeps the lower ones with every
 *   point value (see lowerReplicates), and the two parts' replicate records are put together;
 * - no bootstrap, many rows: the populations are dealt between the two threads (each walks every row but adds to its
 *   own populations only), and each population's results are taken from the thread that swept it.
 * From MERGE_SPLIT_MIN_ROWS rows, the merge of the sorted chunks before either sweep is split too: the worker merges
 * the rows of the scores above a pivot while this thread merges the rest (mergedOnThreads); for a point sweep of unit
 * weights each also takes its part's ascending sums, so the populations' sweeps only walk down.
 * A population's values depend only on its own rows, and a replicate's on its own weights, so both are the same to
 * the bit as one thread's; the ascending sums of two parts split at a calibration bin's edge are the whole walk's.
 */
import type { MetricRecord } from './binary-table.js';
import { mergeRange, type MergeRange, type RowStore } from './row-store.js';
import {
  addAscendingSums,
  ascendRange,
  sweepSorted,
  type AscendingSums,
  type SortedRows,
  type SweepPlan,
  type SweptChunk,
  type SweptPopulation,
} from './row-sweep.js';
import { runOnThread, workerScript } from '../worker-script.js';
import { sharedCopy } from '../shared-memory.js';

/** Rows x replicates before a second thread pays for its start and for moving the rows into shared memory. */
const WORKER_MIN_WORK = 1 << 24;
/** Rows before the point sweep's populations are dealt between two threads: below, a thread's start costs more. */
const POPULATION_SPLIT_MIN_ROWS = 1 << 19;
/**
 * Rows before a two-thread sweep's merge is split between the threads too: the merge takes about 45 ms a million
 * rows, and a thread about 35 ms to start.
 */
const MERGE_SPLIT_MIN_ROWS = 1 << 22;

/**
 * The point metrics, calibration and curves a bootstrap's main thread also sweeps cost about as much as this many
 * replicates: on 1M rows of full-precision and of 6-decimal scores (the bench's populations), with the replicate loops
 * in WebAssembly, the worker's 106 replicates took 1.28-1.33 and 1.58-1.69 s (12 and 15 ms a replicate), this thread's
 * 94 with the point values 0.06 to 0.2 s more (12 replicates' worth when the loops were JavaScript).
 */
const POINT_SWEEP_REPLICATES = 20;

/** How many of R replicates this thread sweeps besides the point values, so that both threads finish together. */
export function lowerReplicates(R: number): number {
  return Math.min(R - 1, Math.max(1, Math.round((R - POINT_SWEEP_REPLICATES) / 2)));
}

/**
 * What the worker is posted to merge part of the sorted rows into the shared order, and with `ascend`, to take that
 * part's ascending sums (see mergedOnThreads).
 */
export interface MergeTask {
  merge: { chunks: SweptChunk[]; order: Uint8Array | Uint16Array; range: MergeRange; ascend?: SweepPlan };
}

/** What the worker is posted (see replicate-worker.ts): the replicates from .. to alone, or (`whole`) every result. */
export interface SweepTask {
  rows: SortedRows;
  plan: SweepPlan;
  from: number;
  to: number;
  whole: boolean;
  /** The ascending walk's sums, when the merge took them (see mergedOnThreads). */
  ascended?: AscendingSums;
}

/**
 * sweepRows, on two threads when the sweep is large and there is a worker script. MODELGATE_METRICS_WORKER=1 uses
 * the worker for any bootstrap of two replicates or more and for any point sweep of two populations or more, =0
 * never (see workerScript).
 */
export async function sweepRowsOnThreads(store: RowStore, plan: SweepPlan): Promise<SweptPopulation[]> {
  const R = plan.replicates;
  const worker = workerScript('replicates', 'MODELGATE_METRICS_WORKER');
  const apart = worker === null ? null : twoThreadSweep(store, plan, worker.forced);
  if (worker === null || apart === null) return sweepSorted(store.mergedOrder(), plan, 0, R);
  if (!(worker.forced || store.rows >= MERGE_SPLIT_MIN_ROWS)) return apart(worker.script, store.mergedOrder(), plan);
  const ascending = apart === sweepPopulationsApart && store.chunks.every((chunk) => chunk.weights === null) ? plan : null;
  const { rows, ascended } = await mergedOnThreads(worker.script, store, ascending);
  return apart(worker.script, rows, plan, ascended);
}

/** Which of the two-thread sweeps suits the work, if any (see sweepRowsOnThreads). */
type TwoThreadSweep = (script: URL, rows: SortedRows, plan: SweepPlan, ascended?: AscendingSums) => Promise<SweptPopulation[]>;

function twoThreadSweep(store: RowStore, plan: SweepPlan, forced: boolean): TwoThreadSweep | null {
  const R = plan.replicates;
  if (R >= 2 && plan.replicated.includes(true)) return forced || store.rows * R >= WORKER_MIN_WORK ? sweepReplicatesApart : null;
  if (R === 0 && plan.replicated.length >= 2 && (forced || store.rows >= POPULATION_SPLIT_MIN_ROWS)) return sweepPopulationsApart;
  return null;
}

/**
 * RowStore.mergedOrder, with the rows of the upper scores merged by the worker while this thread merges the rest
 * (RowStore.mergeParts): the same order and marks, as each part holds every row of its scores. With `ascending` (a
 * point sweep of rows of weight 1), the pivot is the calibration bin edge that parts the rows most evenly, if one
 * parts them well enough, and each thread also takes its part's ascending sums (ascendRange), whose sum is the whole
 * ascending walk's; else the pivot is about the median score and `ascended` is undefined.
 */
async function mergedOnThreads(
  script: URL,
  store: RowStore,
  ascending: SweepPlan | null,
): Promise<{ rows: SortedRows; ascended?: AscendingSums }> {
  const bins = ascending?.options.calibrationBins ?? 0;
  const edge = ascending === null ? undefined : store.evenEdge(Array.from({ length: bins - 1 }, (_, b) => (b + 1) / bins));
  const { chunks, order, parts } = store.mergeParts(edge ?? 'median');
  const [ours, theirs] = parts;
  if (theirs === undefined) {
    mergeRange(chunks, order, ours);
    return { rows: { chunks, order } };
  }
  for (const chunk of chunks) shareColumns(chunk);
  const plan = edge === undefined ? undefined : ascending!;
  const merged = runOnThread<AscendingSums | null>(
    script,
    { merge: { chunks: chunks.map(columnsOf), order, range: theirs, ascend: plan } } satisfies MergeTask,
    'merging sorted rows',
  );
  mergeRange(chunks, order, ours);
  const rows = { chunks, order };
  const ourSums = plan === undefined ? undefined : ascendRange(rows, plan, ours);
  const theirSums = await merged;
  return { rows, ascended: ourSums && addAscendingSums(ourSums, theirSums!) };
}

async function sweepReplicatesApart(script: URL, rows: SortedRows, plan: SweepPlan): Promise<SweptPopulation[]> {
  const R = plan.replicates;
  const shared = sharedRows(rows);
  const lower = lowerReplicates(R);
  const theirs = runOnThread<(MetricRecord[] | null)[]>(
    script,
    { rows: shared, plan, from: lower, to: R, whole: false } satisfies SweepTask,
    'sweeping bootstrap replicates',
  );
  const ours = sweepSorted(shared, plan, 0, lower);
  const upper = await theirs;
  ours.forEach((population, p) => {
    if (population.replicates !== null) population.replicates = population.replicates.concat(upper[p]!);
  });
  return ours;
}

async function sweepPopulationsApart(script: URL, rows: SortedRows, plan: SweepPlan, ascended?: AscendingSums): Promise<SweptPopulation[]> {
  const theirPopulations = dealPopulations(rows, plan.cellTargets, plan.replicated.length);
  const only = (mine: boolean): SweepPlan => ({
    ...plan,
    cellTargets: plan.cellTargets.map((targets) => targets.filter((p) => theirPopulations[p] !== mine)),
  });
  const shared = sharedRows(rows);
  const theirs = runOnThread<SweptPopulation[]>(
    script,
    { rows: shared, plan: only(false), from: 0, to: 0, whole: true, ascended } satisfies SweepTask,
    'sweeping populations',
  );
  const ours = sweepSorted(shared, only(true), 0, 0, ascended);
  const swept = await theirs;
  return ours.map((population, p) => (theirPopulations[p] ? swept[p] : population));
}

/**
 * Which populations the second thread sweeps (true) so that both threads add about as many row-population terms:
 * largest population first, each to the thread with fewer terms so far.
 */
export function dealPopulations(rows: SortedRows, cellTargets: SweepPlan['cellTargets'], populations: number): boolean[] {
  const cellRows = new Float64Array(cellTargets.length);
  for (const chunk of rows.chunks) for (let i = 0; i < chunk.length; i++) cellRows[chunk.meta[i] >>> 2]++;
  const size = new Float64Array(populations);
  cellTargets.forEach((targets, cell) => targets.forEach((p) => (size[p] += cellRows[cell])));
  const bySize = Array.from(size.keys()).sort((a, b) => size[b] - size[a] || a - b);
  const theirs: boolean[] = new Array<boolean>(populations).fill(false);
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

/** The rows with their columns in shared memory (a copy only of any that are not there yet: a partial's, say). */
function sharedRows(rows: SortedRows): SortedRows {
  for (const chunk of rows.chunks) shareColumns(chunk);
  return { chunks: rows.chunks.map(columnsOf), order: sharedCopy(rows.order) };
}

/** A chunk's columns in shared memory in place of its own, so that the worker reads the same bytes. */
function shareColumns(chunk: SweptChunk): void {
  chunk.scores = sharedCopy(chunk.scores);
  chunk.meta = sharedCopy(chunk.meta);
  chunk.weights = chunk.weights === null ? null : sharedCopy(chunk.weights);
  chunk.keys = chunk.keys === null ? null : sharedCopy(chunk.keys);
}

const columnsOf = ({ length, scores, meta, weights, keys }: SweptChunk): SweptChunk => ({ length, scores, meta, weights, keys });
