import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  countMetrics,
  sweepSorted
} from "../chunks/chunk-I2WMYHRP.js";
import "../chunks/chunk-5UZIHGKC.js";
import "../chunks/chunk-KQS7CJMP.js";
import "../chunks/chunk-JUZ7LOQF.js";
import "../chunks/chunk-ZGDBGMMU.js";

// shared/metrics/replicate-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
port.once("message", (message) => {
  try {
    if ("rows" in message) {
      const { rows, plan, from, to } = message;
      port.postMessage({ replicates: sweepSorted(rows, plan, from, to).map((population) => population.replicates) });
    } else {
      port.postMessage({ records: message.tasks.map((task) => countMetrics(task.counts, message.options, task.unscoredRows)) });
    }
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
