import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  readExampleColumns,
  workerError
} from "../chunks/chunk-I657FG5H.js";
import "../chunks/chunk-O6GBSEXR.js";
import "../chunks/chunk-WGSDQCGC.js";
import "../chunks/chunk-CDUPDCSK.js";
import "../chunks/chunk-KQS7CJMP.js";
import "../chunks/chunk-JUZ7LOQF.js";
import "../chunks/chunk-ZGDBGMMU.js";

// shared/data/read-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var CREDIT = 96;
var port = parentPort;
var { paths, bindings, options, progress } = workerData;
var credit = CREDIT;
var resume = null;
port.on("message", () => {
  credit++;
  resume?.();
});
var post = (message, transfer = []) => port.postMessage(message, transfer);
var read = readExampleColumns(paths, bindings, {
  ...options,
  ...progress ? { onProgress: (value) => post({ type: "progress", progress: value }) } : {}
});
var sent = { groups: bindings.groups.map(() => 0), slices: bindings.slices.map(() => 0) };
try {
  for await (const batch of read.batches) {
    while (credit === 0) await new Promise((wake) => resume = wake);
    resume = null;
    credit--;
    const { groupValues, sliceValues, ...columns } = batch;
    const newGroupValues = groupValues.map((values, k) => values.slice(sent.groups[k]));
    const newSliceValues = sliceValues.map((values, k) => values.slice(sent.slices[k]));
    groupValues.forEach((values, k) => sent.groups[k] = values.length);
    sliceValues.forEach((values, k) => sent.slices[k] = values.length);
    const arrays = [
      columns.label,
      columns.score,
      columns.prediction,
      columns.weight,
      ...columns.groups,
      ...columns.slices
    ];
    if (columns.replicateWeights) arrays.push(columns.replicateWeights);
    const buffers = arrays.map((array) => array.buffer);
    post({ type: "batch", columns, newGroupValues, newSliceValues, summary: read.summary() }, buffers);
  }
  post({ type: "end", summary: read.summary() });
} catch (error) {
  post({ type: "error", error: workerError(error) });
}
