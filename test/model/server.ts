/**
 * The reference model server (examples/model-server/server.mjs) as a real process on loopback, and the formula
 * of the model it serves, for the adapter tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const SERVER = fileURLToPath(new URL('../../examples/model-server/server.mjs', import.meta.url));

export const MODEL = { name: 'credit', features: ['income', 'debt', 'age'], weights: [0.8, -1.5, 0.03], bias: -0.4 };

/** The served model's score, computed as the server computes it; `version` moves the bias as --model-version does. */
export function expectedScore(row: Record<string, number>, version = 1): number {
  let z = MODEL.bias + 0.5 * (version - 1);
  MODEL.features.forEach((f, j) => (z += MODEL.weights[j] * row[f]));
  return 1 / (1 + Math.exp(-z));
}

/** Deterministic rows, some values given as decimal text the way CSV readers hand them over. */
export function featureRows(n: number): Record<string, number | string>[] {
  return Array.from({ length: n }, (_, i) => ({
    income: ((i * 37) % 101) / 25 - 2,
    debt: i % 3 === 0 ? String(((i * 13) % 17) / 10) : ((i * 13) % 17) / 10,
    age: 20 + (i % 45),
    label: i % 2,
  }));
}

export function numeric(row: Record<string, number | string>): Record<string, number> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
}

/** Every server started and not yet exited: stopped after the test file, and killed if the worker exits first. */
const running = new Set<ChildProcess>();
// Registered once, when a test file imports this module: an afterAll registered inside a test is not run.
afterAll(() => Promise.all([...running].map(stopChild)));
// Test files share a worker process and each imports this module afresh: one exit handler for all of them.
const everyRunning = ((globalThis as { modelServers?: Set<Set<ChildProcess>> }).modelServers ??= new Set());
if (everyRunning.size === 0)
  process.once('exit', () => {
    for (const set of everyRunning) for (const child of set) child.kill('SIGKILL');
  });
everyRunning.add(running);

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  stop(): Promise<void>;
}

/** Starts the server serving MODEL, with `args` added, on a free port; stopped after the test file. */
export function startServer(args: string[] = []): Promise<RunningServer> {
  return serve([
    '--name',
    MODEL.name,
    '--features',
    MODEL.features.join(','),
    '--coef',
    MODEL.weights.join(','),
    '--bias',
    String(MODEL.bias),
    ...args,
  ]);
}

/** Starts the server with exactly `args` on a free port and waits for its `listening on` line; stopped after the test file. */
export async function serve(args: string[]): Promise<RunningServer> {
  const child = spawn(process.execPath, [SERVER, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)\n/.exec(out);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`the model server exited with code ${code}: ${err}`)));
  });
  return { url, child, stderr: () => err, stop: () => stopChild(child) };
}
