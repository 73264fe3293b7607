import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  Codes,
  HASH_SEED,
  MAX_CLASSES,
  MAX_SEGMENT_VALUES,
  readSide
} from "../chunks/chunk-PHHOPAOW.js";
import {
  workerError
} from "../chunks/chunk-SJ4OJ7LD.js";
import "../chunks/chunk-O6GBSEXR.js";
import "../chunks/chunk-WGSDQCGC.js";
import "../chunks/chunk-CDUPDCSK.js";
import {
  bootstrapKeyHash
} from "../chunks/chunk-Z7B6ZZR2.js";
import "../chunks/chunk-JUZ7LOQF.js";
import "../chunks/chunk-ZGDBGMMU.js";

// shared/shadow-compare/side-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var CREDIT = 16;
var BATCH_ROWS = 1 << 16;
var port = parentPort;
var { paths, columns, options, progress, ids } = workerData;
var credit = CREDIT;
var resume = null;
port.on("message", () => {
  credit++;
  resume?.();
});
var post = (message, transfer = []) => port.postMessage(message, transfer);
var utf8 = new TextEncoder();
var classes = new Codes("classes", MAX_CLASSES);
var sentClasses = 0;
var segmentCodes = columns.segments.map((name) => new Codes(`values of segment ${JSON.stringify(name)}`, MAX_SEGMENT_VALUES));
var sentSegmentValues = columns.segments.map(() => 0);
var idBytes = new Uint8Array(ids ? 32 * BATCH_ROWS : 0);
var BatchBuilder = class {
  length = 0;
  hash = new Int32Array(2 * BATCH_ROWS);
  score = new Float64Array(BATCH_ROWS);
  latency = new Float64Array(BATCH_ROWS);
  error = new Uint8Array(BATCH_ROWS);
  prediction = new Int32Array(BATCH_ROWS);
  label = new Int32Array(BATCH_ROWS);
  target = columns.numericLabel ? new Float64Array(BATCH_ROWS) : null;
  segments = columns.segments.map(() => new Int32Array(BATCH_ROWS));
  /** The ids' bytes, copied out of the shared room when the batch is full (see `seal`). */
  sealedIds = new Uint8Array(0);
  idEnds = new Int32Array(ids ? BATCH_ROWS : 0);
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
    for (let s = 0; s < segmentCodes.length; s++) this.segments[s][i] = segmentCodes[s].of(answer.segments[s] ?? null);
    if (ids) this.idEnds[i] = this.idLength = this.appendId(id);
  }
  /** Writes the id's UTF-8 after the ids before it and returns where it ends: ASCII a byte a character, the rest by TextEncoder. */
  appendId(id) {
    if (this.idLength + 3 * id.length > idBytes.length) {
      const grown = new Uint8Array(2 * (this.idLength + 3 * id.length));
      grown.set(idBytes.subarray(0, this.idLength));
      idBytes = grown;
    }
    const bytes = idBytes;
    let at = this.idLength;
    for (let k = 0; k < id.length; k++) {
      const unit = id.charCodeAt(k);
      if (unit >= 128) return this.idLength + utf8.encodeInto(id, bytes.subarray(this.idLength)).written;
      bytes[at++] = unit;
    }
    return at;
  }
  /** Done: its ids' bytes copied out, for the next batch writes its own from the start of the room. */
  seal() {
    this.sealedIds = idBytes.slice(0, this.idLength);
    return this;
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
      segments: this.segments,
      newSegmentValues: segmentCodes.map((codes, s) => codes.names.slice(sentSegmentValues[s])),
      idBytes: this.sealedIds,
      idEnds: this.idEnds
    };
    sentClasses = classes.names.length;
    segmentCodes.forEach((codes, s) => sentSegmentValues[s] = codes.names.length);
    const views = [
      batch.hash,
      batch.score,
      batch.latency,
      batch.error,
      batch.prediction,
      batch.label,
      batch.idBytes,
      batch.idEnds,
      ...batch.segments
    ];
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
      full.push(building.seal());
      building = new BatchBuilder();
    },
    // Between the reader's chunks: full batches go out, or the reading waits for credit.
    send
  );
  if (building.length > 0) full.push(building.seal());
  await send();
  post({ type: "end", read });
} catch (error) {
  post({ type: "error", error: workerError(error) });
}
