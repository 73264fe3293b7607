/**
 * The latency deltas' paired bootstrap (compare.ts latencyQuantiles) on a second thread, so that it runs beside the
 * rest of a large comparison. The two latency columns move to the thread (transferred, not copied): they are what
 * compare.ts made for it alone.
 */
import { Worker } from 'node:worker_threads';
import type { PairedQuantiles } from '../stats/paired-quantiles.js';
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

export type LatencyAnswer = { found: PairedQuantiles } | { error: string };

export function latencyQuantilesOnThread(script: URL, task: LatencyTask): Promise<PairedQuantiles> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script);
    worker.once('message', (answer: LatencyAnswer) => {
      void worker.terminate();
      if ('error' in answer) reject(new Error(`the latency bootstrap on a second thread failed: ${answer.error}`));
      else resolve(answer.found);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the latency bootstrap's thread stopped (exit code ${code}) before it answered`)));
    try {
      worker.postMessage(task, [task.first.buffer as ArrayBuffer, task.second.buffer as ArrayBuffer]);
    } catch (error) {
      // A thread left waiting for its task would keep the process from ending.
      void worker.terminate();
      reject(error);
    }
  });
}
