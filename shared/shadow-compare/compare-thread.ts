/**
 * The two paired computations of a large shadow comparison that need nothing else of it, on a second thread
 * (compare-worker.ts) while this one compares the rest: the latency deltas' paired bootstrap and the Wilcoxon
 * signed-rank test of the score deltas (compare.ts pairedTests). Their columns move to the thread (transferred,
 * not copied): they are what compare.ts made for it alone.
 */
import type { PairedQuantiles } from '../stats/paired-quantiles.js';
import type { WilcoxonResult } from '../stats/rank-tests.js';
import { runOnThread } from '../worker-script.js';
import type { CompareOptions } from './compare.js';

/** The pairs with both latencies: production's and the shadow's, aligned. */
export interface LatencySample {
  first: Float64Array;
  second: Float64Array;
}

/** What the bootstrap of the latency deltas takes of the comparison's options. */
export type LatencyOptions = Pick<CompareOptions, 'replicates' | 'seed' | 'level'>;

/** What compare-worker.ts is posted: either part may be absent (no pairs with both latencies, or both scores). */
export interface PairedTestsTask {
  latency: LatencySample | null;
  /** Shadow - production score per pair with both scores. */
  scoreDeltas: Float64Array | null;
  options: LatencyOptions;
}

export interface PairedTestsFound {
  latency: PairedQuantiles | null;
  signedRanks: WilcoxonResult | null;
}

export function pairedTestsOnThread(script: URL, task: PairedTestsTask): Promise<PairedTestsFound> {
  const columns = [task.latency?.first, task.latency?.second, task.scoreDeltas].filter((column) => column != null);
  return runOnThread(
    script,
    task,
    'the latency bootstrap and the signed-rank test',
    columns.map((column) => column.buffer as ArrayBuffer),
  );
}
