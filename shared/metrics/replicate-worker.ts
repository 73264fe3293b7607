/**
 * Worker entry (bundled as dist/workers/replicates.js): countMetrics of the populations summary.ts hands over, or
 * part of the replicates of a row sweep (sweep-threads.ts), so the replicate metrics of a large bootstrap are
 * measured on two threads.
 */
import { parentPort } from 'node:worker_threads';
import type { MetricOptions } from './population.js';
import { countMetrics, type CountsSnapshot } from './replicated.js';
import { sweepSorted } from './row-sweep.js';
import type { SweepTask } from './sweep-threads.js';

/** What summary.ts posts. */
export interface ReplicateTasks {
  tasks: { counts: CountsSnapshot; unscoredRows: number }[];
  options: MetricOptions;
}

const port = parentPort!;
port.once('message', (message: ReplicateTasks | SweepTask) => {
  try {
    if ('rows' in message) {
      const { rows, plan, from, to } = message;
      port.postMessage({ replicates: sweepSorted(rows, plan, from, to).map((population) => population.replicates) });
    } else {
      port.postMessage({ records: message.tasks.map((task) => countMetrics(task.counts, message.options, task.unscoredRows)) });
    }
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
