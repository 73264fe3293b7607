/**
 * Worker entry (bundled as dist/workers/shadow-side.js): reads one side's log with `readSide` on its own thread and
 * posts its answers as column batches (SideBatch), ids already hashed; one such thread reads each large log, while the
 * main thread indexes production's answers and then pairs the shadow's. See side-thread.ts for the other end. The
 * main thread cannot pair a shadow answer before the whole production log is indexed, so it keeps the batches as they
 * come (their columns are what the join keeps of a pair anyway) and grants credit at once; CREDIT bounds what is in
 * flight past that.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { workerError } from '../data/read.js';
import { bootstrapKeyHash } from '../stats/bootstrap.js';
import { Codes, HASH_SEED, MAX_CLASSES, MAX_SEGMENT_VALUES, type Answer, type SideBatch } from './join.js';
import { readSide } from './logs.js';
import type { SideThreadMessage, SideThreadRequest } from './side-thread.js';

const CREDIT = 16;
const BATCH_ROWS = 1 << 16;
const port = parentPort!;
const { paths, columns, options, progress, ids } = workerData as SideThreadRequest;
let credit = CREDIT;
let resume: (() => void) | null = null;
port.on('message', () => {
  credit++;
  resume?.();
});
const post = (message: SideThreadMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

const utf8 = new TextEncoder();
const classes = new Codes('classes', MAX_CLASSES);
let sentClasses = 0;
// As the join names them, so that too many values is the same error on either thread.
const segmentCodes = columns.segments.map((name) => new Codes(`values of segment ${JSON.stringify(name)}`, MAX_SEGMENT_VALUES));
const sentSegmentValues = columns.segments.map(() => 0);

/**
 * The batch's ids as UTF-8, one after another, written here and sent as a copy of the bytes used: a join of 65,536
 * strings took 10 ms, 0.9 s of a 5M-row log.
 */
let idBytes = new Uint8Array(ids ? 32 * BATCH_ROWS : 0);

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
  readonly segments = columns.segments.map(() => new Int32Array(BATCH_ROWS));
  /** The ids' bytes, copied out of the shared room when the batch is full (see `seal`). */
  private sealedIds = new Uint8Array(0);
  readonly idEnds = new Int32Array(ids ? BATCH_ROWS : 0);
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
    for (let s = 0; s < segmentCodes.length; s++) this.segments[s][i] = segmentCodes[s].of(answer.segments[s] ?? null);
    if (ids) this.idEnds[i] = this.idLength = this.appendId(id);
  }

  /** Writes the id's UTF-8 after the ids before it and returns where it ends: ASCII a byte a character, the rest by TextEncoder. */
  private appendId(id: string): number {
    // 3 bytes a UTF-16 unit at most.
    if (this.idLength + 3 * id.length > idBytes.length) {
      const grown = new Uint8Array(2 * (this.idLength + 3 * id.length));
      grown.set(idBytes.subarray(0, this.idLength));
      idBytes = grown;
    }
    const bytes = idBytes;
    let at = this.idLength;
    for (let k = 0; k < id.length; k++) {
      const unit = id.charCodeAt(k);
      if (unit >= 0x80) return this.idLength + utf8.encodeInto(id, bytes.subarray(this.idLength)).written;
      bytes[at++] = unit;
    }
    return at;
  }

  /** Done: its ids' bytes copied out, for the next batch writes its own from the start of the room. */
  seal(): this {
    this.sealedIds = idBytes.slice(0, this.idLength);
    return this;
  }

  /** The batch as sent: its columns whole (rows past `length` unused), their buffers transferred, not copied. */
  message(): { batch: SideBatch; transfer: ArrayBuffer[] } {
    const batch: SideBatch = {
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
      idEnds: this.idEnds,
    };
    sentClasses = classes.names.length;
    segmentCodes.forEach((codes, s) => (sentSegmentValues[s] = codes.names.length));
    const views = [
      batch.hash,
      batch.score,
      batch.latency,
      batch.error,
      batch.prediction,
      batch.label,
      batch.idBytes,
      batch.idEnds,
      ...batch.segments,
    ];
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
      full.push(building.seal());
      building = new BatchBuilder();
    },
    // Between the reader's chunks: full batches go out, or the reading waits for credit.
    send,
  );
  if (building.length > 0) full.push(building.seal());
  await send();
  post({ type: 'end', read });
} catch (error) {
  post({ type: 'error', error: workerError(error) });
}
