/**
 * State outside CI: `<dir>/<name>.state`, one file per name, replaced whole on each save (written beside it and
 * renamed over it, so a reader sees the old state or the new one, never half of one). A local run has no ref to
 * keep states apart; a directory per branch is the caller's choice of `dir`.
 */
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SourceError } from '../errors.js';
import { checkStateName, decodeState, encodeState, MAX_STORED_STATE_BYTES } from './state.js';

export async function saveLocalState(dir: string, name: string, bytes: Uint8Array): Promise<void> {
  const file = stateFile(dir, name);
  const blob = encodeState(name, bytes);
  const staging = `${file}.partial-${process.pid}`;
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(staging, blob);
    await rename(staging, file);
  } catch (error) {
    await rm(staging, { force: true });
    throw new SourceError(`state ${name} not saved to ${file}: ${(error as Error).message}`, {}, { cause: error });
  }
}

export async function loadLocalState(dir: string, name: string): Promise<Uint8Array | null> {
  const file = stateFile(dir, name);
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SourceError(`state ${name} not read from ${file}: ${(error as Error).message}`, {}, { cause: error });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new SourceError(`state ${name}: ${file} is not a regular file`);
    if (info.size > MAX_STORED_STATE_BYTES) {
      throw new SourceError(`state ${name}: ${file} is ${info.size} bytes, more than a state may hold (${MAX_STORED_STATE_BYTES})`);
    }
    return decodeState(name, await handle.readFile(), `state file ${file}`);
  } finally {
    await handle.close();
  }
}

function stateFile(dir: string, name: string): string {
  return path.join(dir, `${checkStateName(name)}.state`);
}
