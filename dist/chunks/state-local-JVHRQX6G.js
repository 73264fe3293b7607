import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  MAX_STORED_STATE_BYTES,
  checkStateName,
  decodeState,
  encodeState
} from "./chunk-UGDNZUZH.js";
import {
  SourceError
} from "./chunk-JUZ7LOQF.js";
import "./chunk-ZGDBGMMU.js";

// shared/platform/state-local.ts
import { mkdir, open, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
async function saveLocalState(dir, name, bytes) {
  const file = stateFile(dir, name);
  const blob = encodeState(name, bytes);
  const staging = `${file}.partial-${process.pid}`;
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(staging, blob);
    await rename(staging, file);
  } catch (error) {
    await rm(staging, { force: true });
    throw new SourceError(`state ${name} not saved to ${file}: ${error.message}`, {}, { cause: error });
  }
}
async function loadLocalState(dir, name) {
  const file = stateFile(dir, name);
  let handle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw new SourceError(`state ${name} not read from ${file}: ${error.message}`, {}, { cause: error });
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
function stateFile(dir, name) {
  return path.join(dir, `${checkStateName(name)}.state`);
}
export {
  loadLocalState,
  saveLocalState
};
