/**
 * Worker entry (bundled as dist/workers/replicates.js): countMetrics of the populations summary.ts hands over, or
 * part of a row sweep (sweep-threads.ts: part of the replicates, or part of the populations), or part of its merge
 * (and that part's ascending sums), so that a large bootstrap or a large point sweep is measured on two threads.
 */
import type { MetricOptions } from './population.js';
import { countMetrics, type CountsSnapshot } from './replicated.js';
import { mergeRange } from './row-store.js';
import { ascendRange, sweepReplicates, sweepSorted, type AscendingSums } from './row-sweep.js';
import type { MergeTask, SweepTask } from './sweep-threads.js';
import { answerOneTask } from '../worker-script.js';

/** What summary.ts posts. */
export interface ReplicateTasks {
  tasks: { counts: CountsSnapshot; unscoredRows: number }[];
  options: MetricOptions;
}

function sweepOf({ rows, plan, from, to, whole, ascended }: SweepTask) {
  return whole ? sweepSorted(rows, plan, from, to, ascended) : sweepReplicates(rows, plan, from, to);
}

function mergeOf({ merge: { chunks, order, range, ascend } }: MergeTask): AscendingSums | null {
  mergeRange(chunks, order, range);
  return ascend === undefined ? null : ascendRange({ chunks, order }, ascend, range);
}

answerOneTask((message: ReplicateTasks | SweepTask | MergeTask) =>
  'merge' in message
    ? mergeOf(message)
    : 'rows' in message
      ? sweepOf(message)
      : message.tasks.map((task) => countMetrics(task.counts, message.options, task.unscoredRows)),
);
