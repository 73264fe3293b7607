/**
 * Worker entry (bundled as dist/workers/read.js): parses a large CSV on its own thread and posts its chunks
 * (scanBoundColumns), so that parsing overlaps with the main thread, which makes the examples and accumulates them.
 * With bootstrap it makes the examples and draws their weights too (readExampleColumns says why) and posts those. See
 * `readingThread` in read.ts for the other side. At most IN_FLIGHT_BYTES are in flight, so memory stays flat when the
 * main thread is slower.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { useColumnRing } from './column-ring.js';
import { chunkPoster, readExampleColumns, scanBoundColumns, workerError } from './read.js';
import type { WorkerRequest, WorkerMessage } from './read.js';
import type { Progress, ReadOptions } from './types.js';

/**
 * The columns of chunks posted and not yet taken, at most (one chunk always goes): enough for the parsing to go on
 * while the main thread sorts a full chunk of rows (a million rows, about 0.15 s, in which this thread parses some
 * 60 blocks of 256 KiB, about 10 MB of columns); 16 batches left it waiting 1.2 s of 5 on the 10M-row bench file.
 * Counted in bytes, since a batch with bootstrap weights is eight times the size.
 */
const IN_FLIGHT_BYTES = 16 << 20;
const port = parentPort!;
const { paths, bindings, options, progress } = workerData as WorkerRequest;
/**
 * Each chunk or batch in flight, oldest first (the main thread takes them in order, one message each): its bytes, and
 * how many of its arrays lie in the column ring.
 */
const inFlight: { bytes: number; ringArrays: number }[] = [];
/**
 * Where the parser copies its columns when only parsing (column-ring.ts): room for the chunks in flight and the one
 * or two the parser has made and not posted yet; a chunk that finds no room gets arrays of its own.
 */
const RING_BYTES = IN_FLIGHT_BYTES + (4 << 20);
const ring = options.bootstrap ? null : useColumnRing(RING_BYTES);
let inFlightBytes = 0;
let resume: (() => void) | null = null;
// Each message says the oldest chunk or batch in flight is taken: its bytes, and its arrays in the column ring.
port.on('message', () => {
  const taken = inFlight.shift();
  inFlightBytes -= taken?.bytes ?? 0;
  ring?.release(taken?.ringArrays ?? 0);
  resume?.();
});
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const reading: ReadOptions = {
  ...options,
  // The batches made here are posted, their arrays handed over: each needs arrays of its own.
  reuseBatches: false,
  ...(progress ? { onProgress: (value: Progress) => post({ type: 'progress', progress: value }) } : {}),
};

/** How many of a posted column chunk's arrays lie in the column ring. */
function ringArraysOf(message: Extract<WorkerMessage, { type: 'chunk' }>): number {
  if (message.posted.kind !== 'columns') return 0;
  const { lines, codes, numbers } = message.posted.chunk;
  return ring!.countOf([lines, ...codes, ...numbers.filter((column) => column !== null)]);
}

interface Outgoing {
  message: WorkerMessage;
  transfer: ArrayBuffer[];
  bytes: number;
}

/** The parsed chunks, for the main thread to make the examples of. */
async function* parsedChunks(): AsyncGenerator<Outgoing> {
  const scan = scanBoundColumns(paths, bindings, reading);
  const posted = chunkPoster();
  for await (const { file, chunk } of scan.chunks) {
    const { posted: message, transfer, bytes } = posted(chunk);
    yield { message: { type: 'chunk', file: file.path, posted: message, summary: scan.summary() }, transfer, bytes };
  }
  post({ type: 'end', summary: scan.summary() });
}

/** The examples made here, with their bootstrap weights; group and slice values as the ones new since the last batch. */
async function* madeBatches(): AsyncGenerator<Outgoing> {
  const read = readExampleColumns(paths, bindings, reading);
  const sent = { groups: bindings.groups.map(() => 0), slices: bindings.slices.map(() => 0) };
  for await (const batch of read.batches) {
    const { groupValues, sliceValues, ...columns } = batch;
    const newGroupValues = groupValues.map((values, k) => values.slice(sent.groups[k]));
    const newSliceValues = sliceValues.map((values, k) => values.slice(sent.slices[k]));
    groupValues.forEach((values, k) => (sent.groups[k] = values.length));
    sliceValues.forEach((values, k) => (sent.slices[k] = values.length));
    const arrays: ArrayBufferView[] = [
      columns.label,
      columns.score,
      columns.prediction,
      columns.weight,
      ...columns.groups,
      ...columns.slices,
    ];
    if (columns.replicateWeights) arrays.push(columns.replicateWeights);
    const transfer = arrays.map((array) => array.buffer as ArrayBuffer);
    const bytes = transfer.reduce((sum, buffer) => sum + buffer.byteLength, 0);
    yield { message: { type: 'batch', columns, newGroupValues, newSliceValues, summary: read.summary() }, transfer, bytes };
  }
  post({ type: 'end', summary: read.summary() });
}

try {
  for await (const { message, transfer, bytes } of options.bootstrap ? madeBatches() : parsedChunks()) {
    while (inFlight.length > 0 && inFlightBytes + bytes > IN_FLIGHT_BYTES) await new Promise<void>((wake) => (resume = wake));
    resume = null;
    inFlight.push({ bytes, ringArrays: ring === null || message.type !== 'chunk' ? 0 : ringArraysOf(message) });
    inFlightBytes += bytes;
    post(message, transfer);
  }
} catch (error) {
  post({ type: 'error', error: workerError(error) });
}
