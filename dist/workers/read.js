import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  chunkPoster,
  readExampleColumns,
  scanBoundColumns,
  useColumnRing,
  workerError
} from "../chunks/chunk-SJ4OJ7LD.js";
import "../chunks/chunk-O6GBSEXR.js";
import "../chunks/chunk-WGSDQCGC.js";
import "../chunks/chunk-CDUPDCSK.js";
import "../chunks/chunk-Z7B6ZZR2.js";
import "../chunks/chunk-JUZ7LOQF.js";
import "../chunks/chunk-ZGDBGMMU.js";

// shared/data/read-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var IN_FLIGHT_BYTES = 16 << 20;
var port = parentPort;
var { paths, bindings, options, progress } = workerData;
var inFlight = [];
var RING_BYTES = IN_FLIGHT_BYTES + (4 << 20);
var ring = options.bootstrap ? null : useColumnRing(RING_BYTES);
var inFlightBytes = 0;
var resume = null;
port.on("message", () => {
  const taken = inFlight.shift();
  inFlightBytes -= taken?.bytes ?? 0;
  ring?.release(taken?.ringArrays ?? 0);
  resume?.();
});
var post = (message, transfer = []) => port.postMessage(message, transfer);
var reading = {
  ...options,
  // The batches made here are posted, their arrays handed over: each needs arrays of its own.
  reuseBatches: false,
  ...progress ? { onProgress: (value) => post({ type: "progress", progress: value }) } : {}
};
function ringArraysOf(message) {
  if (message.posted.kind !== "columns") return 0;
  const { lines, codes, numbers } = message.posted.chunk;
  return ring.countOf([lines, ...codes, ...numbers.filter((column) => column !== null)]);
}
async function* parsedChunks() {
  const scan = scanBoundColumns(paths, bindings, reading);
  const posted = chunkPoster();
  for await (const { file, chunk } of scan.chunks) {
    const { posted: message, transfer, bytes } = posted(chunk);
    yield { message: { type: "chunk", file: file.path, posted: message, summary: scan.summary() }, transfer, bytes };
  }
  post({ type: "end", summary: scan.summary() });
}
async function* madeBatches() {
  const read = readExampleColumns(paths, bindings, reading);
  const sent = { groups: bindings.groups.map(() => 0), slices: bindings.slices.map(() => 0) };
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
    const transfer = arrays.map((array) => array.buffer);
    const bytes = transfer.reduce((sum, buffer) => sum + buffer.byteLength, 0);
    yield { message: { type: "batch", columns, newGroupValues, newSliceValues, summary: read.summary() }, transfer, bytes };
  }
  post({ type: "end", summary: read.summary() });
}
try {
  for await (const { message, transfer, bytes } of options.bootstrap ? madeBatches() : parsedChunks()) {
    while (inFlight.length > 0 && inFlightBytes + bytes > IN_FLIGHT_BYTES) await new Promise((wake) => resume = wake);
    resume = null;
    inFlight.push({ bytes, ringArrays: ring === null || message.type !== "chunk" ? 0 : ringArraysOf(message) });
    inFlightBytes += bytes;
    post(message, transfer);
  }
} catch (error) {
  post({ type: "error", error: workerError(error) });
}
