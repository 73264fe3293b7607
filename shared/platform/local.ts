import { formatLocation } from '../errors.js';
import type { Platform } from './port.js';

export interface LocalPlatformOptions {
  /** Values for `input(name)`, typically built from CLI flags. */
  inputs?: Record<string, string>;
  /** Where the job summary goes; default process.stdout. */
  stdout?: NodeJS.WritableStream;
  /** Where logs, annotations and groups go, kept apart from the summary; default process.stderr. */
  stderr?: NodeJS.WritableStream;
  /** Whether a live progress bar may be drawn; default: stderr is a terminal. */
  interactive?: boolean;
  /** Where artifacts are copied to (a folder per name, in it one per run); default $MODELGATE_ARTIFACT_DIR, else .modelgate/artifacts. */
  artifactDir?: string;
  /** Where cache entries are kept (one directory per key); default $MODELGATE_CACHE_DIR, else .modelgate/cache. */
  cacheDir?: string;
  /** Where named states are kept (a file per name); default $MODELGATE_STATE_DIR, else .modelgate/state. */
  stateDir?: string;
}

/** Why trigger does nothing here; the words of the skipped result and of the warning. */
export const NO_LOCAL_TRIGGER =
  'not available locally: starting a workflow or pipeline needs GitHub Actions (workflow_dispatch, repository_dispatch) or GitLab CI (the trigger API); nothing was started';

/** The local platform also keeps its outputs, since the CLI writes its files itself. */
export interface LocalPlatform extends Platform {
  readonly outputs: ReadonlyMap<string, string>;
}

export function createLocalPlatform(options: LocalPlatformOptions = {}): LocalPlatform {
  const inputs = options.inputs ?? {};
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const outputs = new Map<string, string>();
  const log = (line: string) => {
    stderr.write(`${line}\n`);
  };
  const stateDir = () => options.stateDir ?? (process.env.MODELGATE_STATE_DIR || '.modelgate/state');

  return {
    name: 'local',
    interactive: options.interactive ?? isTerminal(stderr),
    outputs,
    input: (name) => (Object.hasOwn(inputs, name) ? inputs[name] : ''),
    setOutput(name, value) {
      outputs.set(name, value);
    },
    writeSummary(markdown) {
      const text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
      return new Promise<void>((resolve, reject) => {
        stdout.write(text, (error) => (error ? reject(error) : resolve()));
      });
    },
    async upsertReviewComment() {
      return { outcome: 'skipped', reason: 'not running on a pull request platform' };
    },
    annotate({ level, message, title, file, line, column }) {
      const where = file ? `${formatLocation({ file, line, column })}: ` : '';
      log(`${where}${level}: ${title ? `${title}: ` : ''}${message}`);
    },
    info: log,
    warning: (message) => log(`warning: ${message}`),
    error: (message) => log(`error: ${message}`),
    debug: (message) => {
      if (process.env.MODELGATE_DEBUG === '1') log(`debug: ${message}`);
    },
    async uploadArtifact(name, files, root) {
      const { uploadLocalArtifact } = await import('./artifacts-local.js');
      return uploadLocalArtifact(options.artifactDir ?? process.env.MODELGATE_ARTIFACT_DIR ?? '.modelgate/artifacts', name, files, root);
    },
    async restoreCache(paths, key) {
      const { restoreLocalCache } = await import('./cache-local.js');
      return restoreLocalCache(options.cacheDir ?? process.env.MODELGATE_CACHE_DIR ?? '.modelgate/cache', paths, key);
    },
    async saveCache(paths, key) {
      const { saveLocalCache } = await import('./cache-local.js');
      await saveLocalCache(options.cacheDir ?? process.env.MODELGATE_CACHE_DIR ?? '.modelgate/cache', paths, key);
    },
    async saveState(name, bytes) {
      const { saveLocalState } = await import('./state-local.js');
      await saveLocalState(stateDir(), name, bytes);
    },
    async loadState(name) {
      const { loadLocalState } = await import('./state-local.js');
      return loadLocalState(stateDir(), name);
    },
    async trigger() {
      log(`warning: ${NO_LOCAL_TRIGGER}`);
      return { outcome: 'skipped', reason: NO_LOCAL_TRIGGER };
    },
    async group(title, body) {
      log(`==> ${title}`);
      return body();
    },
  };
}

function isTerminal(stream: NodeJS.WritableStream): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true && process.env.TERM !== 'dumb';
}
