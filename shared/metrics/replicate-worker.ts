/**
 * Worker entry (bundled as dist/workers/replicates.js): countMetrics of the populations summary.ts hands over, so
 * the replicate metrics of a large bootstrap are measured on two threads. See `replicateMetricsOf` in summary.ts.
 */
import { parentPort } from 'node:worker_threads';
import type { MetricOptions } from './population.js';
import { countMetrics, type CountsSnapshot } from './replicated.js';

/** What summary.ts posts. */
export interface ReplicateTasks {
  tasks: { counts: CountsSnapshot; unscoredRows: number }[];
  options: MetricOptions;
}

const port = parentPort!;
port.once('message', ({ tasks, options }: ReplicateTasks) => {
  try {
    port.postMessage({ records: tasks.map((task) => countMetrics(task.counts, options, task.unscoredRows)) });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
