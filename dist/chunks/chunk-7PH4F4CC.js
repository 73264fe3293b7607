import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  ConfigError,
  SourceError
} from "./chunk-JUZ7LOQF.js";

// shared/exec/command.ts
import { spawn } from "node:child_process";
function shellWords(text, where = {}, what = "the trainer command") {
  const words = [];
  let word = "";
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new ConfigError(`${what} has an unterminated single quote`, where);
      word += text.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      inWord = true;
      for (i++; ; i++) {
        if (i >= text.length) throw new ConfigError(`${what} has an unterminated double quote`, where);
        if (text[i] === '"') break;
        if (text[i] === "\\" && i + 1 < text.length && '"\\$`'.includes(text[i + 1])) i++;
        word += text[i];
      }
    } else if (c === "\\") {
      if (i + 1 >= text.length) throw new ConfigError(`${what} ends with a lone backslash`, where);
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}
function fillPlaceholders(words, values, where = {}) {
  return words.map(
    (word) => word.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name) => {
      if (!Object.hasOwn(values, name))
        throw new ConfigError(`unknown placeholder {${name}} in the trainer command`, where, {
          hint: `placeholders: ${Object.keys(values).map((k) => `{${k}}`).join(", ")}`
        });
      return values[name];
    })
  );
}
var INHERITED = ["PATH", "HOME", "LANG", "LANGUAGE", "TZ", "TMPDIR", "PYTHONPATH", "VIRTUAL_ENV", "CONDA_PREFIX"];
function childEnvironment(names, env = process.env) {
  const child = /* @__PURE__ */ Object.create(null);
  for (const [name, value] of Object.entries(env)) {
    if (value !== void 0 && (INHERITED.includes(name) || name.startsWith("LC_") || names.includes(name))) child[name] = value;
  }
  return child;
}
var KILL_GRACE_MS = 5e3;
var TAIL_LINES = 10;
function runCommand(run) {
  const started = performance.now();
  const [program, ...args] = run.argv;
  if (!program) return Promise.reject(new ConfigError("the trainer command is empty", run.where));
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: run.cwd,
      shell: false,
      stdio: ["ignore", "pipe", "pipe"],
      env: run.env ?? childEnvironment([])
    });
    const tail = [];
    let timedOut = false;
    const lines = (stream) => {
      let rest = "";
      return (chunk) => {
        const parts = (rest + chunk.toString("utf8")).split(/\r?\n/);
        rest = parts.pop();
        for (const line of parts) emit(stream, line);
      };
    };
    const emit = (stream, line) => {
      if (stream === "stderr") {
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
      }
      run.onLine(stream, line);
    };
    child.stdout.on("data", lines("stdout"));
    child.stderr.on("data", lines("stderr"));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), KILL_GRACE_MS).unref();
    }, run.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      if (error.code === "ENOENT")
        reject(
          new ConfigError(`trainer command not found: ${program}`, run.where, { hint: "install it on the runner, or give its full path" })
        );
      else reject(new SourceError(`the trainer command could not start: ${error.message}`, run.where));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1e3;
      if (timedOut)
        return reject(
          new SourceError(
            `the trainer command did not finish within timeout_minutes (${run.timeoutMs / 6e4} min) and was stopped`,
            run.where
          )
        );
      if (code === 0) return resolve({ seconds });
      const why = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      reject(new SourceError(`the trainer command ${why}${tail.length ? `; its last error output: ${tail.join(" | ")}` : ""}`, run.where));
    });
  });
}

export {
  shellWords,
  fillPlaceholders,
  childEnvironment,
  runCommand
};
