import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  chunkPoster,
  scanBoundColumns,
  workerError
} from "../chunks/chunk-FZO3EJ5J.js";
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
var scan = scanBoundColumns(paths, bindings, {
  ...options,
  ...progress ? { onProgress: (value) => post({ type: "progress", progress: value }) } : {}
});
var posted = chunkPoster();
try {
  for await (const { file, chunk } of scan.chunks) {
    const { posted: message, transfer, bytes } = posted(chunk);
    while (inFlight.length > 0 && inFlightBytes + bytes > IN_FLIGHT_BYTES) await new Promise((wake) => resume = wake);
    resume = null;
    inFlight.push(bytes);
    inFlightBytes += bytes;
    post({ type: "chunk", file: file.path, posted: message, counts: scan.counts() }, transfer);
  }
  post({ type: "end", counts: scan.counts() });
} catch (error) {
  post({ type: "error", error: workerError(error) });
}
