import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  childEnvironment
} from "./chunk-7PH4F4CC.js";
import {
  RequestBudget,
  inBatches,
  parseModelJson,
  rowSpan,
  scoreOf,
  settingsOf,
  shorten
} from "./chunk-UKZD7QTU.js";
import {
  decimalNumber
} from "./chunk-CDUPDCSK.js";
import {
  ConfigError,
  SourceError
} from "./chunk-JUZ7LOQF.js";
import "./chunk-ZGDBGMMU.js";

// shared/model/command.ts
import { spawn } from "node:child_process";
var MAX_LINE = 1 << 20;
var TAIL_LINES = 10;
var KILL_GRACE_MS = 2e3;
async function openCommandModel(argv, options, where = {}) {
  const settings = settingsOf(options);
  const [program, ...args] = argv;
  if (!program) throw new ConfigError("the model command is empty", where);
  const endpoint = `command ${shorten(argv.join(" "), 80)}`;
  const child = spawn(program, args, {
    cwd: options.cwd,
    shell: false,
    stdio: ["pipe", "pipe", "pipe"],
    env: childEnvironment(options.env ?? [])
  });
  await new Promise((resolve, reject) => {
    child.once("spawn", resolve);
    child.once(
      "error",
      (error) => reject(
        error.code === "ENOENT" ? new ConfigError(`model command not found: ${program}`, where, { hint: "install it on the runner, or give its full path" }) : new SourceError(`the model command could not start: ${error.message}`, where)
      )
    );
  });
  const lines = new LineReader(child, options.onLog);
  const budget = new RequestBudget(settings.maxRequests, endpoint);
  let started = false;
  const features = options.features ? [...options.features] : void 0;
  return {
    kind: "command",
    endpoint,
    features: features ?? [],
    async predict(rows) {
      budget.take(Math.ceil(rows.length / settings.batchSize));
      const scores = new Float64Array(rows.length);
      const requests = await inBatches(rows.length, settings.batchSize, 1, async (first, end) => {
        const span = `${endpoint} (${rowSpan(first, end)})`;
        const payload = rows.slice(first, end).map((row) => JSON.stringify(requestLine(row, features))).join("\n");
        const timeoutMs = settings.timeoutMs + (started ? 0 : settings.startupTimeoutMs);
        const answers = lines.expect(end - first, timeoutMs, span);
        answers.catch(() => {
        });
        await lines.write(`${payload}
`, span);
        const got = await answers;
        started = true;
        got.forEach((line, i) => scores[first + i] = scoreLine(line, first + i, endpoint));
      });
      return { scores, requests };
    },
    close: () => lines.close()
  };
}
function requestLine(row, features) {
  const out = {};
  for (const name of features ?? Object.keys(row)) {
    const value = Object.hasOwn(row, name) ? row[name] : void 0;
    if (value === void 0 || value === null || value === "") out[name] = null;
    else if (typeof value === "string") out[name] = Number.isFinite(decimalNumber(value)) ? decimalNumber(value) : value;
    else out[name] = value;
  }
  return out;
}
function scoreLine(line, row, endpoint) {
  let value;
  try {
    value = parseModelJson(line);
  } catch {
    throw new SourceError(
      `${endpoint}: the answer for row ${row + 1} is not JSON: ${JSON.stringify(shorten(line))}`,
      {},
      {
        hint: "the program must write only its answers to stdout, one line per row; logs go to stderr"
      }
    );
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const answer = value;
    if (typeof answer.error === "string")
      throw new SourceError(`${endpoint}: row ${row + 1}: the model says: ${shorten(answer.error, 300)}`);
    if (!Object.hasOwn(answer, "score"))
      throw new SourceError(`${endpoint}: the answer for row ${row + 1} has no "score": ${shorten(line)}`);
    value = answer.score;
  }
  return scoreOf(value, row, endpoint);
}
var LineReader = class {
  constructor(child, onLog) {
    this.child = child;
    child.stdout.on("data", (chunk) => this.take(chunk.toString("utf8")));
    let errRest = "";
    child.stderr.on("data", (chunk) => {
      const parts = (errRest + chunk.toString("utf8")).split(/\r?\n/);
      errRest = parts.pop().slice(-MAX_LINE);
      for (const line of parts) {
        this.tail.push(line);
        if (this.tail.length > TAIL_LINES) this.tail.shift();
        onLog?.(line);
      }
    });
    child.stdin.on("error", () => {
    });
    this.exited = new Promise(
      (resolve) => child.on("close", (code, signal) => {
        const why = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        this.stop(`the program ${why}${this.tail.length ? `; its last error output: ${this.tail.join(" | ")}` : ""}`);
        resolve();
      })
    );
  }
  child;
  lines = [];
  partial = "";
  waiter;
  /** Why no more answers will come. */
  stopped;
  tail = [];
  exited;
  take(text) {
    const parts = (this.partial + text).split(/\r?\n/);
    this.partial = parts.pop();
    if (this.partial.length > MAX_LINE) {
      this.stop(`an answer line is longer than ${MAX_LINE} bytes; the program was stopped`);
      this.kill();
      return;
    }
    this.lines.push(...parts);
    this.deliver();
  }
  deliver() {
    if (this.waiter && this.lines.length >= this.waiter.count) {
      const { count, resolve } = this.waiter;
      this.waiter = void 0;
      resolve(this.lines.splice(0, count));
    }
  }
  stop(reason) {
    this.stopped ??= reason;
    const waiter = this.waiter;
    this.waiter = void 0;
    waiter?.reject(new SourceError(`${waiter.span}: ${this.stopped}`));
  }
  kill() {
    this.child.kill("SIGTERM");
    setTimeout(() => this.child.kill("SIGKILL"), KILL_GRACE_MS).unref();
  }
  /** The next `count` lines, or an error naming `span` after `timeoutMs` (the program is then stopped). */
  expect(count, timeoutMs, span) {
    if (this.stopped) return Promise.reject(new SourceError(`${span}: ${this.stopped}`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.stop(`no answer within ${timeoutMs / 1e3} s; the program was stopped`);
        this.kill();
      }, timeoutMs);
      const done = (settle) => (value) => {
        clearTimeout(timer);
        settle(value);
      };
      this.waiter = { count, span, resolve: done(resolve), reject: done(reject) };
      this.deliver();
    });
  }
  async write(text, span) {
    if (this.stopped) throw new SourceError(`${span}: ${this.stopped}`);
    if (!this.child.stdin.write(text)) {
      await new Promise((resolve) => {
        const go = () => {
          this.child.stdin.off("drain", go);
          this.child.stdin.off("close", go);
          resolve();
        };
        this.child.stdin.on("drain", go);
        this.child.stdin.on("close", go);
      });
    }
    if (this.stopped) throw new SourceError(`${span}: ${this.stopped}`);
  }
  /** Ends stdin so the program can finish, and stops it if it does not within the grace period. */
  async close() {
    this.stopped ??= "the model was closed";
    this.child.stdin.end();
    const timer = setTimeout(() => this.kill(), KILL_GRACE_MS);
    await this.exited;
    clearTimeout(timer);
  }
};
export {
  openCommandModel
};
