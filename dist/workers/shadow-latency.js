import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  latencyQuantiles
} from "../chunks/chunk-GVC6BKAP.js";
import "../chunks/chunk-5UZIHGKC.js";
import "../chunks/chunk-NI7Q5XCD.js";
import "../chunks/chunk-O6GBSEXR.js";
import "../chunks/chunk-WGSDQCGC.js";
import "../chunks/chunk-CDUPDCSK.js";
import "../chunks/chunk-KQS7CJMP.js";
import "../chunks/chunk-JUZ7LOQF.js";
import "../chunks/chunk-ZGDBGMMU.js";

// shared/shadow-compare/latency-worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
port.once("message", (task) => {
  let answer;
  try {
    answer = { found: latencyQuantiles(task, task.options) };
  } catch (error) {
    answer = { error: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  port.postMessage(answer);
});
