/**
 * Worker entry (bundled as dist/workers/shadow-latency.js): the latency deltas' paired bootstrap of a large
 * shadow comparison, while the main thread compares the rest (see latency-thread.ts).
 */
import { answerOneTask } from '../worker-script.js';
import { latencyQuantiles } from './compare.js';
import type { LatencyTask } from './latency-thread.js';

answerOneTask((task: LatencyTask) => latencyQuantiles(task, task.options));
