/**
 * State on GitHub Actions, in the Actions cache (@actions/cache). Each save is a new entry keyed
 * `modelgate-state:<name>:<ref scope>:<run>-<attempt>-<unique>` (entries are immutable); a load asks for the prefix
 * `modelgate-state:<name>:<ref scope>:` as a restore key, and the cache answers the newest entry that matches.
 *
 * Why the cache and not the artifact of an earlier run: both outlive the run, but an artifact is read back from
 * another run only through the REST API with a token that has `actions: read` (which restricted GITHUB_TOKEN
 * defaults lack), after listing the repository's artifacts by name, which lists a fork's pull request runs too,
 * so one would have to filter out what a stranger uploaded; and v4 artifacts refuse a second upload of a name in
 * one run, which a canary saving after every step needs. The cache needs no token (the runner's own), finds the
 * newest entry itself, and is scoped by ref: a pull request's run may read its base branch's entries but never
 * write them, so a pull request cannot plant the state its base branch reads; with the ref in the key, it does not
 * read them either.
 *
 * What that costs, and callers must know: the cache evicts entries not read for 7 days and, past the repository's
 * cache size limit, the oldest, so a state left unread longer is gone (null). The cache version hashes the path
 * restored to, which lies under GITHUB_WORKSPACE: runners whose workspace paths differ (hosted Linux and macOS, or
 * a self-hosted work folder) do not see each other's states.
 *
 * The library turns every restore failure (service down, rate limited, reads denied) into a miss and only logs
 * it; a state store cannot, since "no state" would restart a canary from its first step. So the adapter watches
 * for the library's own failure line while it restores and makes it a SourceError: null means no entry.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as cache from '@actions/cache';
import { SourceError } from '../errors.js';
import { checkStateName, decodeState, encodeState, MAX_STORED_STATE_BYTES, refScope } from './state.js';

/** Where a state file sits while the cache library archives or extracts it. */
const STAGING_DIR = '.modelgate-state';

function prefixOf(name: string, env: NodeJS.ProcessEnv): string {
  // GITHUB_REF names the branch, tag or pull request merge ref this run is for. A branch goes by its name, as on
  // GitLab (CI_COMMIT_REF_NAME); tags and pull requests keep their full ref, so neither can pass for a branch.
  const ref = env.GITHUB_REF;
  if (!ref) throw new SourceError(`state ${name}: GITHUB_REF is not set, so there is no ref to keep the state under`);
  return `modelgate-state:${checkStateName(name)}:${refScope(ref.replace(/^refs\/heads\//, ''))}:`;
}

function stagingFile(name: string, env: NodeJS.ProcessEnv): string {
  return path.resolve(env.GITHUB_WORKSPACE || process.cwd(), STAGING_DIR, `${name}.state`);
}

function unavailable(name: string, action: string): SourceError {
  return new SourceError(
    `state ${name} not ${action}: the Actions cache is not available on this runner (neither ACTIONS_RESULTS_URL with ACTIONS_CACHE_SERVICE_V2 nor ACTIONS_CACHE_URL is set)`,
  );
}

export async function saveGithubState(name: string, bytes: Uint8Array, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const blob = encodeState(name, bytes);
  const prefix = prefixOf(name, env);
  if (!cache.isFeatureAvailable()) throw unavailable(name, 'saved');
  const key = `${prefix}${env.GITHUB_RUN_ID ?? 'run'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${randomUUID().slice(0, 8)}`;
  const file = stagingFile(name, env);
  let id: number;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, blob);
    id = await cache.saveCache([file], key);
  } catch (error) {
    throw new SourceError(`state ${name} not saved to the Actions cache: ${(error as Error).message}`, {}, { cause: error });
  } finally {
    await removeStaged(file);
  }
  // -1: the library caught a failure (service down, writes denied for this event, cache-mode read-only) and logged why.
  if (id === -1)
    throw new SourceError(`state ${name} not saved: the Actions cache did not take entry ${key} (the cache messages above say why)`);
}

export async function loadGithubState(name: string, env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array | null> {
  const prefix = prefixOf(name, env);
  if (!cache.isFeatureAvailable()) throw unavailable(name, 'loaded');
  const file = stagingFile(name, env);
  // Left by a run that stopped halfway, it would be read as the restored state.
  await rm(file, { force: true });
  try {
    let matched: string | undefined;
    try {
      // The primary key is the prefix itself, which no entry has exactly, so the restore key's newest match is taken.
      const watched = await watchingRestoreFailure(() => cache.restoreCache([file], prefix, [prefix]));
      if (watched.failure !== undefined) throw new Error(watched.failure);
      matched = watched.value;
    } catch (error) {
      throw new SourceError(`state ${name} not loaded from the Actions cache: ${(error as Error).message}`, {}, { cause: error });
    }
    if (matched === undefined) return null;
    return decodeState(name, await readStaged(file, matched), `the Actions cache entry ${matched}`);
  } finally {
    await removeStaged(file);
  }
}

async function readStaged(file: string, key: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
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

/**
 * What the cache library logs when a restore fails or is not allowed, through @actions/core (workflow commands on
 * stdout, `%`, CR and LF escaped): `::warning::Failed to restore: …`, `::error::Failed to restore: …` (5xx), and
 * `Cache restore skipped: …` when the run's cache mode permits no reads.
 */
const RESTORE_FAILURE = /^(?:::(?:warning|error)::(Failed to restore: .*)|(Cache restore skipped: .*))$/m;

/** Runs the restore and returns the first failure line the library printed meanwhile (it still reaches the log). */
async function watchingRestoreFailure<T>(restore: () => Promise<T>): Promise<{ value: T; failure?: string }> {
  const write = process.stdout.write;
  let failure: string | undefined;
  process.stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : '';
    const match = RESTORE_FAILURE.exec(text);
    if (match && failure === undefined) failure = (match[1] ?? match[2]).replace(/%0D/g, '\r').replace(/%0A/g, ' ').replace(/%25/g, '%');
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof process.stdout.write;
  try {
    const value = await restore();
    return failure === undefined ? { value } : { value, failure };
  } finally {
    process.stdout.write = write;
  }
}

/** The staged file and, when nothing else is in it, its folder: the workspace is left as it was found. */
async function removeStaged(file: string): Promise<void> {
  await rm(file, { force: true });
  await rmdir(path.dirname(file)).catch(() => undefined);
}
