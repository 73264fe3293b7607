import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  countMetrics,
  sweepSorted
} from "../chunks/chunk-32F7HQMM.js";
import "../chunks/chunk-VFKO5NFL.js";
import {
  answerOneTask
} from "../chunks/chunk-KPYJSAC4.js";
import "../chunks/chunk-JUZ7LOQF.js";
import "../chunks/chunk-ZGDBGMMU.js";

// shared/metrics/replicate-worker.ts
answerOneTask(
  (message) => "rows" in message ? sweepSorted(message.rows, message.plan, message.from, message.to).map((population) => population.replicates) : message.tasks.map((task) => countMetrics(task.counts, message.options, task.unscoredRows))
);
