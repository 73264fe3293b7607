/**
 * Worker entry (bundled as dist/workers/shadow-side.js): reads the shadow log with `readSide` on its own thread
 * and posts its answers as column batches (ShadowBatch), ids already hashed, while the main thread reads and
 * indexes the production log. See shadow-thread.ts for the other side. The main thread cannot pair a shadow
 * answer before the whole production log is indexed, so it keeps the batches as they come (their columns are
 * what the join keeps of a pair anyway) and grants credit at once; CREDIT bounds what is in flight past that.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { workerError } from '../data/read.js';
import { bootstrapKeyHash } from '../stats/bootstrap.js';
import { Codes, HASH_SEED, MAX_CLASSES, type Answer, type ShadowBatch } from './join.js';
import { readSide } from './logs.js';
import type { SideThreadMessage, SideThreadRequest } from './shadow-thread.js';

const CREDIT = 16;
const BATCH_ROWS = 1 << 16;
const port = parentPort!;
const { paths, columns, options, progress } = workerData as SideThreadRequest;
let credit = CREDIT;
let resume: (() => void) | null = null;
port.on('message', () => {
  credit++;
  resume?.();
});
const post = (message: SideThreadMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

const classes = new Codes('classes', MAX_CLASSES);
let sentClasses = 0;

/** The answers of one batch, filled row by row. */
class BatchBuilder {
  length = 0;
  readonly hash = new Int32Array(2 * BATCH_ROWS);
  readonly score = new Float64Array(BATCH_ROWS);
  readonly latency = new Float64Array(BATCH_ROWS);
  readonly error = new Uint8Array(BATCH_ROWS);
  readonly prediction = new Int32Array(BATCH_ROWS);
  readonly label = new Int32Array(BATCH_ROWS);
  readonly target = columns.numericLabel ? new Float64Array(BATCH_ROWS) : null;
  readonly ids: string[] = [];
  readonly idEnds = new Int32Array(BATCH_ROWS);
  private idLength = 0;

  add(id: string, answer: Answer): void {
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
  message(): { batch: ShadowBatch; transfer: ArrayBuffer[] } {
    const batch: ShadowBatch = {
      length: this.length,
      hash: this.hash,
      score: this.score,
      latency: this.latency,
      error: this.error,
      prediction: this.prediction,
      label: this.label,
      target: this.target,
      newClasses: classes.names.slice(sentClasses),
      ids: this.ids.join(''),
      idEnds: this.idEnds,
    };
    sentClasses = classes.names.length;
    const views = [batch.hash, batch.score, batch.latency, batch.error, batch.prediction, batch.label, batch.idEnds];
    if (batch.target) views.push(batch.target);
    return { batch, transfer: views.map((view) => view.buffer as ArrayBuffer) };
  }
}

let building = new BatchBuilder();
const full: BatchBuilder[] = [];

async function send(): Promise<void> {
  while (full.length > 0) {
    while (credit === 0) await new Promise<void>((wake) => (resume = wake));
    resume = null;
    credit--;
    const { batch, transfer } = full.shift()!.message();
    post({ type: 'batch', batch }, transfer);
  }
}

try {
  const read = await readSide(
    paths,
    columns,
    { ...options, ...(progress ? { onProgress: (value) => post({ type: 'progress', progress: value }) } : {}) },
    (id, answer) => {
      building.add(id, answer);
      if (building.length < BATCH_ROWS) return;
      full.push(building);
      building = new BatchBuilder();
    },
    // Between the reader's chunks: full batches go out, or the reading waits for credit.
    send,
  );
  if (building.length > 0) full.push(building);
  await send();
  post({ type: 'end', read });
} catch (error) {
  post({ type: 'error', error: workerError(error) });
}
