import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  countMetrics
} from "../chunks/chunk-GPQEVGTT.js";
import "../chunks/chunk-EP7BJUEO.js";
import "../chunks/chunk-I7H5MTYW.js";
import "../chunks/chunk-NHNGL3H4.js";
import "../chunks/chunk-ZGDBGMMU.js";

// shared/metrics/replicate-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
port.once("message", ({ tasks, options }) => {
  try {
    port.postMessage({ records: tasks.map((task) => countMetrics(task.counts, options, task.unscoredRows)) });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
