import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  isFeatureAvailable,
  restoreCache,
  saveCache
} from "./chunk-FUB6PS4P.js";
import {
  MAX_STORED_STATE_BYTES,
  checkStateName,
  decodeState,
  encodeState,
  refScope
} from "./chunk-UGDNZUZH.js";
import "./chunk-LZB2GGWO.js";
import "./chunk-BQ7SXF54.js";
import "./chunk-AZ6AYF3V.js";
import "./chunk-J6FYXDA3.js";
import {
  SourceError
} from "./chunk-JUZ7LOQF.js";
import "./chunk-ZGDBGMMU.js";

// shared/platform/state-github.ts
import { randomUUID } from "node:crypto";
import { mkdir, open, rm, rmdir, writeFile } from "node:fs/promises";
import path from "node:path";
var STAGING_DIR = ".modelgate-state";
function prefixOf(name, env) {
  const ref = env.GITHUB_REF;
  if (!ref) throw new SourceError(`state ${name}: GITHUB_REF is not set, so there is no ref to keep the state under`);
  return `modelgate-state:${checkStateName(name)}:${refScope(ref.replace(/^refs\/heads\//, ""))}:`;
}
function stagingFile(name, env) {
  return path.resolve(env.GITHUB_WORKSPACE || process.cwd(), STAGING_DIR, `${name}.state`);
}
function unavailable(name, action) {
  return new SourceError(
    `state ${name} not ${action}: the Actions cache is not available on this runner (neither ACTIONS_RESULTS_URL with ACTIONS_CACHE_SERVICE_V2 nor ACTIONS_CACHE_URL is set)`
  );
}
async function saveGithubState(name, bytes, env = process.env) {
  const blob = encodeState(name, bytes);
  const prefix = prefixOf(name, env);
  if (!isFeatureAvailable()) throw unavailable(name, "saved");
  const key = `${prefix}${env.GITHUB_RUN_ID ?? "run"}-${env.GITHUB_RUN_ATTEMPT ?? "1"}-${randomUUID().slice(0, 8)}`;
  const file = stagingFile(name, env);
  let id;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, blob);
    id = await saveCache([file], key);
  } catch (error) {
    throw new SourceError(`state ${name} not saved to the Actions cache: ${error.message}`, {}, { cause: error });
  } finally {
    await removeStaged(file);
  }
  if (id === -1)
    throw new SourceError(`state ${name} not saved: the Actions cache did not take entry ${key} (the cache messages above say why)`);
}
async function loadGithubState(name, env = process.env) {
  const prefix = prefixOf(name, env);
  if (!isFeatureAvailable()) throw unavailable(name, "loaded");
  const file = stagingFile(name, env);
  await rm(file, { force: true });
  try {
    let matched;
    try {
      const watched = await watchingRestoreFailure(() => restoreCache([file], prefix, [prefix]));
      if (watched.failure !== void 0) throw new Error(watched.failure);
      matched = watched.value;
    } catch (error) {
      throw new SourceError(`state ${name} not loaded from the Actions cache: ${error.message}`, {}, { cause: error });
    }
    if (matched === void 0) return null;
    return decodeState(name, await readStaged(file, matched), `the Actions cache entry ${matched}`);
  } finally {
    await removeStaged(file);
  }
}
async function readStaged(file, key) {
  let handle;
  try {
    handle = await open(file, "r");
  } catch {
    throw new SourceError(`the Actions cache entry ${key} holds no state file: something else was saved under a modelgate key`);
  }
  try {
    const { size } = await handle.stat();
    if (size > MAX_STORED_STATE_BYTES)
      throw new SourceError(`the Actions cache entry ${key} holds ${size} bytes, more than a state may hold (${MAX_STORED_STATE_BYTES})`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
var RESTORE_FAILURE = /^(?:::(?:warning|error)::(Failed to restore: .*)|(Cache restore skipped: .*))$/m;
async function watchingRestoreFailure(restore) {
  const write = process.stdout.write;
  let failure;
  process.stdout.write = function(chunk, ...rest) {
    const text = typeof chunk === "string" ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString("utf8") : "";
    const match = RESTORE_FAILURE.exec(text);
    if (match && failure === void 0) failure = (match[1] ?? match[2]).replace(/%0D/g, "\r").replace(/%0A/g, " ").replace(/%25/g, "%");
    return write.call(this, chunk, ...rest);
  };
  try {
    const value = await restore();
    return failure === void 0 ? { value } : { value, failure };
  } finally {
    process.stdout.write = write;
  }
}
async function removeStaged(file) {
  await rm(file, { force: true });
  await rmdir(path.dirname(file)).catch(() => void 0);
}
export {
  loadGithubState,
  saveGithubState
};
