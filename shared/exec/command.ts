/**
 * The external trainer: a command template from the config, run without a shell. The template is split into
 * words first (POSIX-style quoting) and the placeholders are replaced inside each word afterwards, so a path
 * or value with spaces, quotes or `;` stays one argument and is never read as shell syntax.
 */
import { spawn } from 'node:child_process';
import { ConfigError, SourceError, type Location } from '../errors.js';

/** Splits a command line into words: whitespace separates, '...' is literal, "..." and \ escape. */
export function shellWords(text: string, where: Location = {}, what = 'the trainer command'): string[] {
  const words: string[] = [];
  let word = '';
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
        if (text[i] === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1])) i++;
        word += text[i];
      }
    } else if (c === '\\') {
      if (i + 1 >= text.length) throw new ConfigError(`${what} ends with a lone backslash`, where);
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** Replaces `{name}` in each word; an unknown placeholder is an error, not left as text. */
export function fillPlaceholders(words: string[], values: Record<string, string>, where: Location = {}): string[] {
  return words.map((word) =>
    word.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
      if (!Object.hasOwn(values, name))
        throw new ConfigError(`unknown placeholder {${name}} in the trainer command`, where, {
          hint: `placeholders: ${Object.keys(values)
            .map((k) => `{${k}}`)
            .join(', ')}`,
        });
      return values[name];
    }),
  );
}

export interface CommandRun {
  argv: string[];
  cwd?: string;
  timeoutMs: number;
  /** Each line the command writes, as it comes. */
  onLine(stream: 'stdout' | 'stderr', line: string): void;
  /** Where the command came from, for errors. */
  where: Location;
  /** The child's whole environment, nothing inherited; default childEnvironment([]). */
  env?: Record<string, string>;
}

/** What a trainer needs from the runner's environment to find its tools, libraries, locale and temp space. */
const INHERITED = ['PATH', 'HOME', 'LANG', 'LANGUAGE', 'TZ', 'TMPDIR', 'PYTHONPATH', 'VIRTUAL_ENV', 'CONDA_PREFIX'];

/**
 * The environment a child process gets: the INHERITED variables, the locale (LC_*) and the variables named in
 * `names` (train.env), from `env`. Nothing else: tokens and other secrets of the job do not reach code from the
 * pull request.
 */
export function childEnvironment(names: readonly string[], env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const child: Record<string, string> = Object.create(null);
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && (INHERITED.includes(name) || name.startsWith('LC_') || names.includes(name))) child[name] = value;
  }
  return child;
}

const KILL_GRACE_MS = 5000;
const TAIL_LINES = 10;

/** Runs the command to completion; a missing program, a non-zero exit or the timeout is an error. */
export function runCommand(run: CommandRun): Promise<{ seconds: number }> {
  const started = performance.now();
  const [program, ...args] = run.argv;
  if (!program) return Promise.reject(new ConfigError('the trainer command is empty', run.where));
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: run.cwd,
      shell: false,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: run.env ?? childEnvironment([]),
    });
    const tail: string[] = [];
    let timedOut = false;
    const lines = (stream: 'stdout' | 'stderr') => {
      let rest = '';
      return (chunk: Buffer) => {
        const parts = (rest + chunk.toString('utf8')).split(/\r?\n/);
        rest = parts.pop()!;
        for (const line of parts) emit(stream, line);
      };
    };
    const emit = (stream: 'stdout' | 'stderr', line: string) => {
      if (stream === 'stderr') {
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
      }
      run.onLine(stream, line);
    };
    child.stdout.on('data', lines('stdout'));
    child.stderr.on('data', lines('stderr'));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS).unref();
    }, run.timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (error.code === 'ENOENT')
        reject(
          new ConfigError(`trainer command not found: ${program}`, run.where, { hint: 'install it on the runner, or give its full path' }),
        );
      else reject(new SourceError(`the trainer command could not start: ${error.message}`, run.where));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      if (timedOut)
        return reject(
          new SourceError(
            `the trainer command did not finish within timeout_minutes (${run.timeoutMs / 60000} min) and was stopped`,
            run.where,
          ),
        );
      if (code === 0) return resolve({ seconds });
      const why = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      reject(new SourceError(`the trainer command ${why}${tail.length ? `; its last error output: ${tail.join(' | ')}` : ''}`, run.where));
    });
  });
}
