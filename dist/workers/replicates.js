import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  countMetrics,
  mergeRange,
  sweepReplicates,
  sweepSorted
} from "../chunks/chunk-DUTHUEKQ.js";
import "../chunks/chunk-ZDNHV567.js";
import {
  answerOneTask
} from "../chunks/chunk-Z7B6ZZR2.js";
import "../chunks/chunk-JUZ7LOQF.js";
import "../chunks/chunk-ZGDBGMMU.js";

// shared/metrics/replicate-worker.ts
function sweepOf({ rows, plan, from, to, whole }) {
  return whole ? sweepSorted(rows, plan, from, to) : sweepReplicates(rows, plan, from, to);
}
function mergeOf({ merge: { chunks, order, range } }) {
  mergeRange(chunks, order, range);
  return null;
}
answerOneTask(
  (message) => "merge" in message ? mergeOf(message) : "rows" in message ? sweepOf(message) : message.tasks.map((task) => countMetrics(task.counts, message.options, task.unscoredRows))
);
