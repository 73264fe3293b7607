/**
 * A model as a local program in any language, started once and kept running: modelgate writes one JSON object
 * per row to its stdin (the features by name; numbers written in decimal become JSON numbers, a missing value is
 * null) and reads one line per row from its stdout, in order: a number, a list of one score or of two class
 * probabilities, `{"score": x}`, or `{"error": "why"}`. Its stderr goes to the log. The program runs without a
 * shell, with only PATH, HOME, the locale and the variables named in `env` in its environment.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { ConfigError, SourceError, type Location } from '../errors.js';
import { childEnvironment } from '../exec/command.js';
import { decimalNumber } from '../decimal.js';
import {
  inBatches,
  parseModelJson,
  RequestBudget,
  rowSpan,
  scoreOf,
  settingsOf,
  shorten,
  type AdapterOptions,
  type FeatureRecord,
  type ModelAdapter,
} from './adapter.js';

const MAX_LINE = 1 << 20;
const TAIL_LINES = 10;
const KILL_GRACE_MS = 2000;

export async function openCommandModel(argv: string[], options: AdapterOptions, where: Location = {}): Promise<ModelAdapter> {
  const settings = settingsOf(options);
  const [program, ...args] = argv;
  if (!program) throw new ConfigError('the model command is empty', where);
  const endpoint = `command ${shorten(argv.join(' '), 80)}`;
  const child = spawn(program, args, {
    cwd: options.cwd,
    shell: false,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: childEnvironment(options.env ?? []),
  });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new ConfigError(`model command not found: ${program}`, where, { hint: 'install it on the runner, or give its full path' })
          : new SourceError(`the model command could not start: ${error.message}`, where),
      ),
    );
  });
  const lines = new LineReader(child, options.onLog);
  const budget = new RequestBudget(settings.maxRequests, endpoint);
  let started = false;
  const features = options.features ? [...options.features] : undefined;
  return {
    kind: 'command',
    endpoint,
    features: features ?? [],
    async predict(rows) {
      budget.take(Math.ceil(rows.length / settings.batchSize));
      const scores = new Float64Array(rows.length);
      // One process answers in order, so one batch at a time.
      const requests = await inBatches(rows.length, settings.batchSize, 1, async (first, end) => {
        const span = `${endpoint} (${rowSpan(first, end)})`;
        const payload = rows
          .slice(first, end)
          .map((row) => JSON.stringify(requestLine(row, features)))
          .join('\n');
        const timeoutMs = settings.timeoutMs + (started ? 0 : settings.startupTimeoutMs);
        // Waiting starts before writing, so a program that stops reading its stdin is caught by the timeout too.
        const answers = lines.expect(end - first, timeoutMs, span);
        answers.catch(() => {});
        await lines.write(`${payload}\n`, span);
        const got = await answers;
        started = true;
        got.forEach((line, i) => (scores[first + i] = scoreLine(line, first + i, endpoint)));
      });
      return { scores, requests };
    },
    close: () => lines.close(),
  };
}

/** The features of one row as JSON: decimal text as numbers, a missing value as null. */
function requestLine(row: FeatureRecord, features: readonly string[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of features ?? Object.keys(row)) {
    const value = Object.hasOwn(row, name) ? row[name] : undefined;
    if (value === undefined || value === null || value === '') out[name] = null;
    else if (typeof value === 'string') out[name] = Number.isFinite(decimalNumber(value)) ? decimalNumber(value) : value;
    else out[name] = value;
  }
  return out;
}

function scoreLine(line: string, row: number, endpoint: string): number {
  let value: unknown;
  try {
    value = parseModelJson(line);
  } catch {
    throw new SourceError(
      `${endpoint}: the answer for row ${row + 1} is not JSON: ${JSON.stringify(shorten(line))}`,
      {},
      {
        hint: 'the program must write only its answers to stdout, one line per row; logs go to stderr',
      },
    );
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const answer = value as Record<string, unknown>;
    if (typeof answer.error === 'string')
      throw new SourceError(`${endpoint}: row ${row + 1}: the model says: ${shorten(answer.error, 300)}`);
    if (!Object.hasOwn(answer, 'score'))
      throw new SourceError(`${endpoint}: the answer for row ${row + 1} has no "score": ${shorten(line)}`);
    value = answer.score;
  }
  return scoreOf(value, row, endpoint);
}

/** The child's stdout as lines handed to whoever waits for them, its stderr to the log, its exit as an error. */
class LineReader {
  private lines: string[] = [];
  private partial = '';
  private waiter?: { count: number; span: string; resolve: (lines: string[]) => void; reject: (error: Error) => void };
  /** Why no more answers will come. */
  private stopped?: string;
  private tail: string[] = [];
  private exited: Promise<void>;

  constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    onLog: ((line: string) => void) | undefined,
  ) {
    child.stdout.on('data', (chunk: Buffer) => this.take(chunk.toString('utf8')));
    let errRest = '';
    child.stderr.on('data', (chunk: Buffer) => {
      const parts = (errRest + chunk.toString('utf8')).split(/\r?\n/);
      errRest = parts.pop()!.slice(-MAX_LINE);
      for (const line of parts) {
        this.tail.push(line);
        if (this.tail.length > TAIL_LINES) this.tail.shift();
        onLog?.(line);
      }
    });
    // A write to a program that has gone fails with EPIPE; the exit below says why it went.
    child.stdin.on('error', () => {});
    this.exited = new Promise((resolve) =>
      child.on('close', (code, signal) => {
        const why = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        this.stop(`the program ${why}${this.tail.length ? `; its last error output: ${this.tail.join(' | ')}` : ''}`);
        resolve();
      }),
    );
  }

  private take(text: string): void {
    const parts = (this.partial + text).split(/\r?\n/);
    this.partial = parts.pop()!;
    if (this.partial.length > MAX_LINE) {
      this.stop(`an answer line is longer than ${MAX_LINE} bytes; the program was stopped`);
      this.kill();
      return;
    }
    this.lines.push(...parts);
    this.deliver();
  }

  private deliver(): void {
    if (this.waiter && this.lines.length >= this.waiter.count) {
      const { count, resolve } = this.waiter;
      this.waiter = undefined;
      resolve(this.lines.splice(0, count));
    }
  }

  private stop(reason: string): void {
    this.stopped ??= reason;
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.reject(new SourceError(`${waiter.span}: ${this.stopped}`));
  }

  private kill(): void {
    this.child.kill('SIGTERM');
    setTimeout(() => this.child.kill('SIGKILL'), KILL_GRACE_MS).unref();
  }

  /** The next `count` lines, or an error naming `span` after `timeoutMs` (the program is then stopped). */
  expect(count: number, timeoutMs: number, span: string): Promise<string[]> {
    if (this.stopped) return Promise.reject(new SourceError(`${span}: ${this.stopped}`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.stop(`no answer within ${timeoutMs / 1000} s; the program was stopped`);
        this.kill();
      }, timeoutMs);
      const done =
        <T>(settle: (value: T) => void) =>
        (value: T) => {
          clearTimeout(timer);
          settle(value);
        };
      this.waiter = { count, span, resolve: done(resolve), reject: done(reject) };
      this.deliver();
    });
  }

  async write(text: string, span: string): Promise<void> {
    if (this.stopped) throw new SourceError(`${span}: ${this.stopped}`);
    if (!this.child.stdin.write(text)) {
      await new Promise<void>((resolve) => {
        const go = () => {
          this.child.stdin.off('drain', go);
          this.child.stdin.off('close', go);
          resolve();
        };
        this.child.stdin.on('drain', go);
        this.child.stdin.on('close', go);
      });
    }
    if (this.stopped) throw new SourceError(`${span}: ${this.stopped}`);
  }

  /** Ends stdin so the program can finish, and stops it if it does not within the grace period. */
  async close(): Promise<void> {
    this.stopped ??= 'the model was closed';
    this.child.stdin.end();
    const timer = setTimeout(() => this.kill(), KILL_GRACE_MS);
    await this.exited;
    clearTimeout(timer);
  }
}
