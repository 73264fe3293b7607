/**
 * The row sweep of a large bootstrap on two threads: the rows' columns move into shared memory (no copy kept, one
 * chunk at a time), a worker (dist/workers/replicates.js) sweeps the upper half of the replicates while this thread
 * sweeps the lower half with every point value, and the halves' replicate records are put together. Each replicate's
 * values depend only on its own weights, so they are the same to the bit as one thread's.
 */
import type { MetricRecord } from './binary-table.js';
import type { RowStore } from './row-store.js';
import { sweepSorted, type SortedRows, type SweepPlan, type SweptChunk, type SweptPopulation } from './row-sweep.js';
import { runOnThread, workerScript } from '../worker-script.js';

/** Rows x replicates before a second thread pays for its start and for moving the rows into shared memory. */
const WORKER_MIN_WORK = 1 << 24;

/** What the worker is posted (see replicate-worker.ts). */
export interface SweepTask {
  rows: SortedRows;
  plan: SweepPlan;
  from: number;
  to: number;
}

/**
 * sweepRows, on two threads when the bootstrap is large and there is a worker script. MODELGATE_METRICS_WORKER=1
 * uses the worker for any bootstrap of two replicates or more, =0 never (see workerScript).
 */
export async function sweepRowsOnThreads(store: RowStore, plan: SweepPlan): Promise<SweptPopulation[]> {
  const R = plan.replicates;
  const worker = R >= 2 && plan.replicated.includes(true) ? workerScript('replicates', 'MODELGATE_METRICS_WORKER') : null;
  const rows = store.mergedOrder();
  if (worker === null || !(worker.forced || store.rows * R >= WORKER_MIN_WORK)) return sweepSorted(rows, plan, 0, R);
  for (const chunk of rows.chunks) shareColumns(chunk);
  const shared: SortedRows = { chunks: rows.chunks.map(columnsOf), order: sharedCopy(rows.order) };
  const half = R >>> 1;
  const theirs = runOnThread<(MetricRecord[] | null)[]>(
    worker.script,
    { rows: shared, plan, from: half, to: R } satisfies SweepTask,
    'sweeping bootstrap replicates',
  );
  const ours = sweepSorted(shared, plan, 0, half);
  const upper = await theirs;
  ours.forEach((population, p) => {
    if (population.replicates !== null) population.replicates = population.replicates.concat(upper[p]!);
  });
  return ours;
}

/** A chunk's columns in shared memory in place of its own, so that the worker reads the same bytes. */
function shareColumns(chunk: SweptChunk): void {
  chunk.scores = sharedCopy(chunk.scores);
  chunk.meta = sharedCopy(chunk.meta);
  chunk.weights = chunk.weights === null ? null : sharedCopy(chunk.weights);
  chunk.keys = chunk.keys === null ? null : sharedCopy(chunk.keys);
}

const columnsOf = ({ length, scores, meta, weights, keys }: SweptChunk): SweptChunk => ({ length, scores, meta, weights, keys });

type Column = Float64Array | Uint32Array | Int32Array | Uint16Array | Uint8Array;

function sharedCopy<T extends Column>(array: T): T {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  const Kind = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Kind(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}
