/**
 * The latency deltas' paired bootstrap (compare.ts latencyQuantiles) on a second thread (latency-worker.ts), so that
 * it runs beside the rest of a large comparison. The two latency columns move to the thread (transferred, not
 * copied): they are what compare.ts made for it alone.
 */
import type { PairedQuantiles } from '../stats/paired-quantiles.js';
import { runOnThread } from '../worker-script.js';
import type { CompareOptions } from './compare.js';

/** The pairs with both latencies: production's and the shadow's, aligned. */
export interface LatencySample {
  first: Float64Array;
  second: Float64Array;
}

/** What the bootstrap of the latency deltas takes of the comparison's options. */
export type LatencyOptions = Pick<CompareOptions, 'replicates' | 'seed' | 'level'>;

/** What latency-worker.ts is posted. */
export interface LatencyTask extends LatencySample {
  options: LatencyOptions;
}

export function latencyQuantilesOnThread(script: URL, task: LatencyTask): Promise<PairedQuantiles> {
  const transfer = [task.first.buffer as ArrayBuffer, task.second.buffer as ArrayBuffer];
  return runOnThread(script, task, 'the latency bootstrap', transfer);
}
