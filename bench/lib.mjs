/**
 * What the benches share: a child run to completion and one measured under bench/probe.mjs (wall time, peak RSS),
 * the median of rounds, the TypeScript sources bundled for use in the bench's own process, and the reference model
 * server started on a free loopback port.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const root = path.resolve(import.meta.dirname, '..');

/**
 * Runs a command to completion in the repository; rejects with its output unless it exits with one of `okCodes`
 * (a gate's exit 1 is a verdict, not a failed measurement). Stderr that mentions an error is shown unless `quiet`.
 */
export function run(command, args, { env = {}, quiet = false, okCodes = [0] } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (!okCodes.includes(code)) reject(new Error(`${[command, ...args].join(' ')} exited with ${code}:\n${stderr || stdout}`));
      else {
        if (!quiet && stderr.trim() !== '' && /error/i.test(stderr)) process.stderr.write(stderr);
        resolve({ wallMs, stdout });
      }
    });
  });
}

/** One Node child measured by bench/probe.mjs: wall time, peak RSS in MB, and whatever else the probe recorded. */
export async function measure(args, { env = {}, okCodes } = {}) {
  const probeOut = path.join(root, 'bench', 'data', `probe-${process.pid}.json`);
  rmSync(probeOut, { force: true });
  const probe = path.join(root, 'bench', 'probe.mjs');
  const { wallMs, stdout } = await run(process.execPath, ['--import', probe, ...args], {
    env: { ...env, BENCH_PROBE_OUT: probeOut },
    okCodes,
  });
  const probed = JSON.parse(readFileSync(probeOut, 'utf8'));
  return { wallMs, rssMb: probed.maxRssKb / 1024, firstReadMs: probed.firstReadMs, stdout };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Bundles `contents` (TypeScript re-exporting from shared/) with esbuild and imports it. The bundle is written under
 * node_modules/.cache so that the packages it leaves to run time still resolve from node_modules.
 */
export async function bundle(name, contents) {
  const dir = path.join(root, 'node_modules/.cache/modelgate-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, `${name}.mjs`);
  await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
    define: { __dirname: 'import.meta.dirname', __filename: 'import.meta.filename' },
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/** examples/model-server/server.mjs with `args` on a free port of 127.0.0.1; resolves to its URL and a stop function. */
export function startModelServer(args) {
  const child = spawn(process.execPath, [path.join(root, 'examples', 'model-server', 'server.mjs'), '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)\n/.exec(out);
      if (match) resolve({ url: match[1], stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`the model server exited with ${code}`)));
  });
}
