import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  readExampleColumns,
  workerError
} from "../chunks/chunk-KI5IY5WC.js";
import "../chunks/chunk-O6GBSEXR.js";
import "../chunks/chunk-WGSDQCGC.js";
import "../chunks/chunk-CDUPDCSK.js";
import "../chunks/chunk-WATMPNN7.js";
import "../chunks/chunk-JUZ7LOQF.js";
import "../chunks/chunk-ZGDBGMMU.js";

// shared/data/read-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var IN_FLIGHT_BYTES = 16 << 20;
var port = parentPort;
var { paths, bindings, options, progress } = workerData;
var inFlight = [];
var inFlightBytes = 0;
var resume = null;
port.on("message", () => {
  inFlightBytes -= inFlight.shift() ?? 0;
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
    const bytes = buffers.reduce((sum, buffer) => sum + buffer.byteLength, 0);
    while (inFlight.length > 0 && inFlightBytes + bytes > IN_FLIGHT_BYTES) await new Promise((wake) => resume = wake);
    resume = null;
    inFlight.push(bytes);
    inFlightBytes += bytes;
    post({ type: "batch", columns, newGroupValues, newSliceValues, summary: read.summary() }, buffers);
  }
  post({ type: "end", summary: read.summary() });
} catch (error) {
  post({ type: "error", error: workerError(error) });
}
