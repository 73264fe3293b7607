/**
 * Worker entry (bundled as dist/workers/read.js): runs `readExampleColumns` on its own thread and posts the
 * batches, so parsing a large CSV overlaps with the main thread's accumulation. See `readInWorker` in read.ts
 * for the other side. At most CREDIT batches are in flight, so memory stays flat when the main thread is slower.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readExampleColumns, workerError } from './read.js';
import type { WorkerRequest, WorkerMessage } from './read.js';

/**
 * Batches in flight: enough for the parsing to go on while the main thread sorts a full chunk of rows (a million
 * rows, about 0.15 s, in which this thread parses some 60 blocks of 256 KiB); 16 left it waiting 1.2 s of 5 on the
 * 10M-row bench file.
 */
const CREDIT = 96;
const port = parentPort!;
const { paths, bindings, options, progress } = workerData as WorkerRequest;
let credit = CREDIT;
let resume: (() => void) | null = null;
port.on('message', () => {
  credit++;
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
    while (credit === 0) await new Promise<void>((wake) => (resume = wake));
    resume = null;
    credit--;
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
    post({ type: 'batch', columns, newGroupValues, newSliceValues, summary: read.summary() }, buffers);
  }
  post({ type: 'end', summary: read.summary() });
} catch (error) {
  post({ type: 'error', error: workerError(error) });
}
