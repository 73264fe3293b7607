/**
 * Runs the committed bundles (dist/) as child processes, the way a GitHub runner or a user starts them, and gives
 * small temp workspaces to run them in. The child gets a clean environment: the tests may themselves run inside
 * GitHub Actions, whose GITHUB_* variables would otherwise switch the bundle to the GitHub platform.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const cliBundle = path.join(repoRoot, 'dist', 'cli.js');

export interface BundleRun {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut?: boolean;
}

/** Async on purpose: a test may serve HTTP to the child from this process, which a sync spawn would block. */
export function runBundle(
  script: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<BundleRun> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? options.cwd, ...options.env };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // A child past its time is killed, and the run says so (code null, timedOut), so a hang fails the test that waits.
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, options.timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ...(timedOut ? { timedOut } : {}) });
    });
  });
}

export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<BundleRun> {
  return runBundle(cliBundle, args, { cwd, env });
}

const created: string[] = [];
// Registered once, when a test file imports this module, so tempDir may also be called from inside a hook.
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory removed after the test file. */
export function tempDir(prefix = 'modelgate-e2e-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Writes `files` (relative path -> content) under `dir`, creating folders. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

export const lendingConfigPath = 'examples/lending/.modelgate.yml';

/** The first `rows` rows of a committed lending data file (header included). */
export function lendingRows(name: 'candidate' | 'baseline', rows: number): string {
  const lines = readFileSync(path.join(repoRoot, 'examples', 'lending', 'data', `${name}.csv`), 'utf8').split('\n');
  return `${lines.slice(0, rows + 1).join('\n')}\n`;
}

/**
 * A workspace laid out like the repository for the lending example: the committed config at its committed path
 * and the first `rows` rows of the candidate and baseline predictions, so the config's relative paths hold.
 */
export function lendingWorkspace(rows: number, config?: (text: string) => string): string {
  const dir = tempDir();
  const text = readFileSync(path.join(repoRoot, lendingConfigPath), 'utf8');
  writeFiles(dir, {
    [lendingConfigPath]: config ? config(text) : text,
    'examples/lending/data/candidate.csv': lendingRows('candidate', rows),
    'examples/lending/data/baseline.csv': lendingRows('baseline', rows),
  });
  return dir;
}

/** Replaces `from` in `text`, and fails loudly when it is not there (so a changed example cannot make a test vacuous). */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const replaced = text.replace(from, to);
  if (replaced === text) throw new Error(`test setup: ${String(from)} not found`);
  return replaced;
}

export function readJson<T = any>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
