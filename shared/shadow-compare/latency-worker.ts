/**
 * Worker entry (bundled as dist/workers/shadow-latency.js): the latency deltas' paired bootstrap of a large
 * shadow comparison, while the main thread compares the rest (see latency-thread.ts).
 */
import { parentPort } from 'node:worker_threads';
import { latencyQuantiles } from './compare.js';
import type { LatencyAnswer, LatencyTask } from './latency-thread.js';

const port = parentPort!;
port.once('message', (task: LatencyTask) => {
  let answer: LatencyAnswer;
  try {
    answer = { found: latencyQuantiles(task, task.options) };
  } catch (error) {
    answer = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(answer);
});
