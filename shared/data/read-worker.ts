/**
 * Worker entry (bundled as dist/workers/read.js): runs `readExampleColumns` on its own thread and posts the
 * batches, so parsing a large CSV overlaps with the main thread's accumulation. See `readInWorker` in read.ts
 * for the other side. At most IN_FLIGHT_BYTES of batches are in flight, so memory stays flat when the main thread is slower.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readExampleColumns, workerError } from './read.js';
import type { WorkerRequest, WorkerMessage } from './read.js';

/**
 * The columns of batches posted and not yet taken, at most (one batch always goes): enough for the parsing to go on
 * while the main thread sorts a full chunk of rows (a million rows, about 0.15 s, in which this thread parses some
 * 60 blocks of 256 KiB, about 10 MB of columns); 16 batches left it waiting 1.2 s of 5 on the 10M-row bench file.
 * Counted in bytes, since a batch with bootstrap weights is eight times the size.
 */
const IN_FLIGHT_BYTES = 16 << 20;
const port = parentPort!;
const { paths, bindings, options, progress } = workerData as WorkerRequest;
/** Bytes of each batch in flight, oldest first: the main thread takes them in order, one 'next' each. */
const inFlight: number[] = [];
let inFlightBytes = 0;
let resume: (() => void) | null = null;
port.on('message', () => {
  inFlightBytes -= inFlight.shift() ?? 0;
  resume?.();
});
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

const read = readExampleColumns(paths, bindings, {
  ...options,
  ...(progress ? { onProgress: (value) => post({ type: 'progress', progress: value }) } : {}),
});
const sent = { groups: bindings.groups.map(() => 0), slices: bindings.slices.map(() => 0) };
try {
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
    const buffers = arrays.map((array) => array.buffer as ArrayBuffer);
    const bytes = buffers.reduce((sum, buffer) => sum + buffer.byteLength, 0);
    while (inFlight.length > 0 && inFlightBytes + bytes > IN_FLIGHT_BYTES) await new Promise<void>((wake) => (resume = wake));
    resume = null;
    inFlight.push(bytes);
    inFlightBytes += bytes;
    post({ type: 'batch', columns, newGroupValues, newSliceValues, summary: read.summary() }, buffers);
  }
  post({ type: 'end', summary: read.summary() });
} catch (error) {
  post({ type: 'error', error: workerError(error) });
}
