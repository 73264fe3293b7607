import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  countMetrics,
  sweepSorted
} from "../chunks/chunk-XVH2H7P4.js";
import "../chunks/chunk-POY55HIQ.js";
import {
  answerOneTask
} from "../chunks/chunk-WATMPNN7.js";
import "../chunks/chunk-JUZ7LOQF.js";
import "../chunks/chunk-ZGDBGMMU.js";

// shared/metrics/replicate-worker.ts
function sweepOf({ rows, plan, from, to, whole }) {
  const swept = sweepSorted(rows, plan, from, to);
  return whole ? swept : swept.map((population) => population.replicates);
}
answerOneTask(
  (message) => "rows" in message ? sweepOf(message) : message.tasks.map((task) => countMetrics(task.counts, message.options, task.unscoredRows))
);
