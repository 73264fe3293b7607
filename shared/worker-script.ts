import { existsSync } from 'node:fs';

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
