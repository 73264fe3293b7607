/**
 * Worker entry (bundled as dist/workers/read.js): parses a large CSV on its own thread (scanBoundColumns) and posts
 * its chunks, so that parsing overlaps with the main thread, which makes the examples and accumulates them. See
 * `scanInWorker` in read.ts for the other side. At most IN_FLIGHT_BYTES of chunks are in flight, so memory stays flat
 * when the main thread is slower.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { chunkPoster, scanBoundColumns, workerError } from './read.js';
import type { WorkerRequest, WorkerMessage } from './read.js';

/**
 * The columns of chunks posted and not yet taken, at most (one chunk always goes): enough for the parsing to go on
 * while the main thread sorts a full chunk of rows (a million rows, about 0.15 s, in which this thread parses some
 * 60 blocks of 256 KiB, about 10 MB of columns); 16 batches left it waiting 1.2 s of 5 on the 10M-row bench file.
 */
const IN_FLIGHT_BYTES = 16 << 20;
const port = parentPort!;
const { paths, bindings, options, progress } = workerData as WorkerRequest;
/** Bytes of each chunk in flight, oldest first: the main thread takes them in order, one 'next' each. */
const inFlight: number[] = [];
let inFlightBytes = 0;
let resume: (() => void) | null = null;
port.on('message', () => {
  inFlightBytes -= inFlight.shift() ?? 0;
  resume?.();
});
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

const scan = scanBoundColumns(paths, bindings, {
  ...options,
  ...(progress ? { onProgress: (value) => post({ type: 'progress', progress: value }) } : {}),
});
const posted = chunkPoster();
try {
  for await (const { file, chunk } of scan.chunks) {
    const { posted: message, transfer, bytes } = posted(chunk);
    while (inFlight.length > 0 && inFlightBytes + bytes > IN_FLIGHT_BYTES) await new Promise<void>((wake) => (resume = wake));
    resume = null;
    inFlight.push(bytes);
    inFlightBytes += bytes;
    post({ type: 'chunk', file: file.path, posted: message, counts: scan.counts() }, transfer);
  }
  post({ type: 'end', counts: scan.counts() });
} catch (error) {
  post({ type: 'error', error: workerError(error) });
}
