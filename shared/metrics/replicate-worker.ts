/**
 * Worker entry (bundled as dist/workers/replicates.js): countMetrics of the populations summary.ts hands over, or
 * part of the replicates of a row sweep (sweep-threads.ts), so the replicate metrics of a large bootstrap are
 * measured on two threads.
 */
import type { MetricOptions } from './population.js';
import { countMetrics, type CountsSnapshot } from './replicated.js';
import { sweepSorted } from './row-sweep.js';
import type { SweepTask } from './sweep-threads.js';
import { answerOneTask } from '../worker-script.js';

/** What summary.ts posts. */
export interface ReplicateTasks {
  tasks: { counts: CountsSnapshot; unscoredRows: number }[];
  options: MetricOptions;
}

answerOneTask((message: ReplicateTasks | SweepTask) =>
  'rows' in message
    ? sweepSorted(message.rows, message.plan, message.from, message.to).map((population) => population.replicates)
    : message.tasks.map((task) => countMetrics(task.counts, message.options, task.unscoredRows)),
);
