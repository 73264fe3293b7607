import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  Codes,
  HASH_SEED,
  MAX_CLASSES,
  readSide
} from "../chunks/chunk-6YFRJRLW.js";
import {
  workerError
} from "../chunks/chunk-NDXSJSPV.js";
import "../chunks/chunk-O6GBSEXR.js";
import "../chunks/chunk-WGSDQCGC.js";
import "../chunks/chunk-CDUPDCSK.js";
import {
  bootstrapKeyHash
} from "../chunks/chunk-KPYJSAC4.js";
import "../chunks/chunk-JUZ7LOQF.js";
import "../chunks/chunk-ZGDBGMMU.js";

// shared/shadow-compare/side-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var CREDIT = 16;
var BATCH_ROWS = 1 << 16;
var port = parentPort;
var { paths, columns, options, progress } = workerData;
var credit = CREDIT;
var resume = null;
port.on("message", () => {
  credit++;
  resume?.();
});
var post = (message, transfer = []) => port.postMessage(message, transfer);
var classes = new Codes("classes", MAX_CLASSES);
var sentClasses = 0;
var BatchBuilder = class {
  length = 0;
  hash = new Int32Array(2 * BATCH_ROWS);
  score = new Float64Array(BATCH_ROWS);
  latency = new Float64Array(BATCH_ROWS);
  error = new Uint8Array(BATCH_ROWS);
  prediction = new Int32Array(BATCH_ROWS);
  label = new Int32Array(BATCH_ROWS);
  target = columns.numericLabel ? new Float64Array(BATCH_ROWS) : null;
  ids = [];
  idEnds = new Int32Array(BATCH_ROWS);
  idLength = 0;
  add(id, answer) {
    const i = this.length++;
    bootstrapKeyHash(id, HASH_SEED, this.hash, 2 * i);
    this.score[i] = answer.score ?? NaN;
    this.latency[i] = answer.latency ?? NaN;
    this.error[i] = answer.error ? 1 : 0;
    this.prediction[i] = classes.of(answer.prediction);
    this.label[i] = classes.of(answer.label);
    if (this.target !== null) this.target[i] = answer.target ?? NaN;
    this.ids.push(id);
    this.idEnds[i] = this.idLength += id.length;
  }
  /** The batch as sent: its columns whole (rows past `length` unused), their buffers transferred, not copied. */
  message() {
    const batch = {
      length: this.length,
      hash: this.hash,
      score: this.score,
      latency: this.latency,
      error: this.error,
      prediction: this.prediction,
      label: this.label,
      target: this.target,
      newClasses: classes.names.slice(sentClasses),
      ids: this.ids.join(""),
      idEnds: this.idEnds
    };
    sentClasses = classes.names.length;
    const views = [batch.hash, batch.score, batch.latency, batch.error, batch.prediction, batch.label, batch.idEnds];
    if (batch.target) views.push(batch.target);
    return { batch, transfer: views.map((view) => view.buffer) };
  }
};
var building = new BatchBuilder();
var full = [];
async function send() {
  while (full.length > 0) {
    while (credit === 0) await new Promise((wake) => resume = wake);
    resume = null;
    credit--;
    const { batch, transfer } = full.shift().message();
    post({ type: "batch", batch }, transfer);
  }
}
try {
  const read = await readSide(
    paths,
    columns,
    { ...options, ...progress ? { onProgress: (value) => post({ type: "progress", progress: value }) } : {} },
    (id, answer) => {
      building.add(id, answer);
      if (building.length < BATCH_ROWS) return;
      full.push(building);
      building = new BatchBuilder();
    },
    // Between the reader's chunks: full batches go out, or the reading waits for credit.
    send
  );
  if (building.length > 0) full.push(building);
  await send();
  post({ type: "end", read });
} catch (error) {
  post({ type: "error", error: workerError(error) });
}
