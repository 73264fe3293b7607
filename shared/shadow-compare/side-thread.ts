/**
 * A large log read on a thread of its own (side-worker.ts), one for each side: the two logs are parsed at once on two
 * cores while this thread indexes production's answers as they come. The shadow's batches queue here until the join
 * takes them, in order, after the last production answer; an error of the shadow read is thrown then too, so a
 * production error still comes first, as when the logs are read one after the other.
 */
import { Worker } from 'node:worker_threads';
import { readerScript, rebuiltError, type WorkerError } from '../data/read.js';
import type { Progress, ReadOptions } from '../data/types.js';
import type { SideBatch } from './join.js';
import type { LogColumns, SideRead } from './logs.js';

/** What side-worker.ts is started with. */
export interface SideThreadRequest {
  paths: string | string[];
  columns: LogColumns;
  options: Omit<ReadOptions, 'onProgress'>;
  progress: boolean;
  /** Whether the batches carry the ids as text (the shadow side's name the top disagreements). */
  ids: boolean;
}

/** What side-worker.ts posts. */
export type SideThreadMessage =
  | { type: 'batch'; batch: SideBatch }
  | { type: 'progress'; progress: Progress }
  | { type: 'end'; read: SideRead }
  | { type: 'error'; error: WorkerError };

type Delivered = SideThreadMessage | { type: 'failed'; cause: unknown };

export interface SideThread {
  /** Feeds every batch to `take` in order once called, and returns what the read found; throws the read's error. */
  drain(take: (batch: SideBatch) => void, onProgress?: (progress: Progress) => void): Promise<SideRead>;
  /** Stops the thread (after `drain`, or when the production read failed). */
  stop(): Promise<void>;
}

/** Starts reading `paths` on a second thread, or returns null when this read should stay on this thread (small or not CSV). */
export async function startSideThread(
  paths: string | string[],
  columns: LogColumns,
  options: ReadOptions,
  { ids, side }: { ids: boolean; side: 'production' | 'shadow' },
): Promise<SideThread | null> {
  const script = await readerScript(paths, options, 'shadow-side');
  if (script === null) return null;
  const { onProgress: _onProgress, ...rest } = options;
  const request: SideThreadRequest = { paths, columns, options: rest, progress: true, ids };
  const worker = new Worker(script, { workerData: request });
  const inbox: Delivered[] = [];
  let wake: (() => void) | null = null;
  const deliver = (message: Delivered) => {
    inbox.push(message);
    // The batches are kept here whatever the pace of the join, so the reading thread never waits for it.
    if (message.type === 'batch') worker.postMessage('next');
    wake?.();
  };
  worker.on('message', deliver);
  worker.on('error', (cause) => deliver({ type: 'failed', cause }));
  worker.on('exit', (code) =>
    deliver({ type: 'failed', cause: new Error(`the ${side} log's reading thread stopped (exit code ${code}) before the end of the log`) }),
  );
  return {
    async drain(take, progress) {
      for (;;) {
        while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        const message = inbox.shift()!;
        if (message.type === 'batch') take(message.batch);
        else if (message.type === 'progress') progress?.(message.progress);
        else if (message.type === 'end') return message.read;
        else if (message.type === 'error') throw rebuiltError(message.error);
        else throw message.cause;
      }
    },
    async stop() {
      await worker.terminate();
    },
  };
}
