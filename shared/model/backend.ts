/**
 * TensorFlow.js with the best backend this machine has: `@tensorflow/tfjs-node` (native TensorFlow) when it
 * is installed, else WebAssembly (its .wasm files beside the bundle, in dist/wasm), else pure JavaScript.
 * A backend that is present but fails to start is an error, never a silent fallback; the reasons a faster
 * backend was not used are kept for the report.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Tf from '@tensorflow/tfjs';
import { SourceError } from '../errors.js';

export type BackendName = 'tensorflow' | 'wasm' | 'cpu';

export interface TfRuntime {
  tf: typeof Tf;
  backend: BackendName;
  /** Why faster backends were not used, for the report. */
  skipped: string[];
  versions: Record<string, string>;
}

/** Kept in a variable so bundlers leave the optional native package to be resolved at run time. */
const NATIVE_PACKAGE = '@tensorflow/tfjs-node';
const WASM_FILE = 'tfjs-backend-wasm.wasm';

let loading: Promise<TfRuntime> | undefined;

/**
 * The runtime, loaded once per process. `MODELGATE_TF_BACKEND` (tensorflow, wasm or cpu) asks for one
 * backend and makes its absence an error (benchmarks and tests compare backends with it).
 */
export function loadTensorflow(env: NodeJS.ProcessEnv = process.env): Promise<TfRuntime> {
  loading ??= load(env.MODELGATE_TF_BACKEND as BackendName | undefined);
  return loading;
}

async function load(wanted: BackendName | undefined): Promise<TfRuntime> {
  if (wanted !== undefined && !['tensorflow', 'wasm', 'cpu'].includes(wanted)) {
    throw new SourceError(`MODELGATE_TF_BACKEND must be tensorflow, wasm or cpu, got ${JSON.stringify(wanted)}`);
  }
  const skipped: string[] = [];
  if (wanted === undefined || wanted === 'tensorflow') {
    let native: typeof Tf | undefined;
    try {
      // The native package registers its backend into its own copy of tfjs, so use that copy throughout.
      native = interop(await import(NATIVE_PACKAGE)) as typeof Tf;
    } catch (error) {
      if (wanted === 'tensorflow') throw new SourceError(`${NATIVE_PACKAGE} cannot be loaded: ${(error as Error).message}`);
      skipped.push(`tensorflow: ${NATIVE_PACKAGE} is not installed`);
    }
    if (native) return start(native, 'tensorflow', skipped);
  }
  const tf = interop(await import('@tensorflow/tfjs'));
  if (wanted === undefined || wanted === 'wasm') {
    const wasmDir = findWasmDir();
    if (wasmDir) {
      const wasm = interop(await import('@tensorflow/tfjs-backend-wasm'));
      wasm.setWasmPaths(wasmDir + path.sep);
      // One thread: results do not depend on the runner's core count.
      wasm.setThreadsCount(1);
      return start(tf, 'wasm', skipped);
    }
    if (wanted === 'wasm')
      throw new SourceError(`the WebAssembly backend's ${WASM_FILE} was not found next to the bundle (dist/wasm) nor in node_modules`);
    skipped.push(`wasm: ${WASM_FILE} not found next to the bundle`);
  }
  return start(tf, 'cpu', skipped);
}

async function start(tf: typeof Tf, backend: BackendName, skipped: string[]): Promise<TfRuntime> {
  let ok: boolean;
  try {
    ok = await tf.setBackend(backend);
    await tf.ready();
  } catch (error) {
    throw new SourceError(`the ${backend} TensorFlow.js backend failed to start: ${(error as Error).message}`, {}, { cause: error });
  }
  if (!ok || tf.getBackend() !== backend)
    throw new SourceError(`the ${backend} TensorFlow.js backend failed to start (setBackend returned false)`);
  const versions: Record<string, string> = { ...(tf.version as Record<string, string>) };
  if (backend === 'wasm') versions['tfjs-backend-wasm'] = interop(await import('@tensorflow/tfjs-backend-wasm')).version_wasm;
  return { tf, backend, skipped, versions };
}

/** A CommonJS package imported from the ESM bundle arrives as `default`; from source, as the namespace. */
function interop<T extends object>(module: T): T {
  const inner = (module as { default?: T }).default;
  return inner !== undefined && typeof inner === 'object' && Object.keys(module).length <= 2 ? inner : module;
}

/** dist/wasm beside the bundle (the bundle's chunks live one level down), else the package in node_modules. */
function findWasmDir(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [path.join(here, 'wasm'), path.join(here, '..', 'wasm')]) {
    if (existsSync(path.join(dir, WASM_FILE))) return dir;
  }
  try {
    const main = createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm');
    const dir = path.dirname(main);
    return existsSync(path.join(dir, WASM_FILE)) ? dir : undefined;
  } catch {
    return undefined;
  }
}
