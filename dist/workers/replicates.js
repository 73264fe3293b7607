import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  ascendRange,
  countMetrics,
  mergeRange,
  sweepReplicates,
  sweepSorted
} from "../chunks/chunk-AVOJQ7UQ.js";
import "../chunks/chunk-TXIFP543.js";
import {
  answerOneTask
} from "../chunks/chunk-Z7B6ZZR2.js";
import "../chunks/chunk-JUZ7LOQF.js";
import "../chunks/chunk-ZGDBGMMU.js";

// shared/metrics/replicate-worker.ts
function sweepOf({ rows, plan, from, to, whole, ascended }) {
  return whole ? sweepSorted(rows, plan, from, to, ascended) : sweepReplicates(rows, plan, from, to);
}
function mergeOf({ merge: { chunks, order, range, ascend } }) {
  mergeRange(chunks, order, range);
  return ascend === void 0 ? null : ascendRange({ chunks, order }, ascend, range);
}
answerOneTask(
  (message) => "merge" in message ? mergeOf(message) : "rows" in message ? sweepOf(message) : message.tasks.map((task) => countMetrics(task.counts, message.options, task.unscoredRows))
);
