import { existsSync } from 'node:fs';
import { parentPort, Worker } from 'node:worker_threads';

/**
 * A second thread's script, bundled as dist/workers/<name>.js beside the chunks, when the environment variable
 * `setting` allows one: '0' never; '1' always (`forced`: tests run small inputs on it; an error outside a bundle,
 * where there is no script); unset, when there is a script, and the caller decides by the size of the work.
 */
export function workerScript(name: string, setting: string): { script: URL; forced: boolean } | null {
  const value = process.env[setting];
  if (value === '0') return null;
  // From a chunk in dist/chunks/; outside a bundle this names no file.
  const script = new URL(`../workers/${name}.js`, import.meta.url);
  if (existsSync(script)) return { script, forced: value === '1' };
  if (value === '1') throw new Error(`${setting}=1, but there is no worker script at ${script.pathname}: run from the bundle (dist/)`);
  return null;
}

/** What a one-task thread posts back (see answerOneTask): its result, or the error's stack. */
type TaskAnswer<T> = { result: T } | { error: string };

/**
 * Runs one task on a new thread of `script` (whose entry calls answerOneTask) and resolves to its result; `what` the
 * work, for the errors. The buffers in `transfer` move to the thread. The promise counts as handled from the start,
 * so a thread that fails while the caller works on is reported where the caller awaits it, not as an unhandled
 * rejection; and a task that cannot be posted ends the thread rather than leave it waiting, which would keep the
 * process alive.
 */
export function runOnThread<T>(script: URL, task: unknown, what: string, transfer: ArrayBuffer[] = []): Promise<T> {
  const answered = new Promise<T>((resolve, reject) => {
    const worker = new Worker(script);
    worker.once('message', (answer: TaskAnswer<T>) => {
      void worker.terminate();
      if ('error' in answer) reject(new Error(`${what} on a second thread failed: ${answer.error}`));
      else resolve(answer.result);
    });
    // A thread that fails outside its task (its script cannot load, say): named by its work as a failed task is.
    worker.once('error', (error) => reject(new Error(`${what} on a second thread failed: ${error.message}`, { cause: error })));
    worker.once('exit', (code) => reject(new Error(`the thread ${what} stopped (exit code ${code}) before it answered`)));
    try {
      worker.postMessage(task, transfer);
    } catch (error) {
      void worker.terminate();
      reject(error);
    }
  });
  answered.catch(() => {});
  return answered;
}

/** A thread entry's side of runOnThread: answers the first message with `handle`'s result, or its error. */
export function answerOneTask<Task, T>(handle: (task: Task) => T): void {
  const port = parentPort!;
  port.once('message', (task: Task) => {
    let answer: TaskAnswer<T>;
    try {
      answer = { result: handle(task) };
    } catch (error) {
      answer = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(answer);
  });
}
