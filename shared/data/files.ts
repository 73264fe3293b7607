import { closeSync, createReadStream, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { isMainThread } from 'node:worker_threads';
import { createGunzip } from 'node:zlib';
import { DataError } from '../errors.js';
import type { Format, ReadOptions } from './types.js';

/** Characters without which no path is a glob pattern (those of picomatch's syntax, and its escape). */
const MAYBE_PATTERN = /[*?[\]{}()!+@\\]/;

/** One input file and how to read it. */
export interface DataFile {
  path: string;
  format: Format;
  gzip: boolean;
  /** CSV only. */
  delimiter: string;
  /** Bytes on disk (compressed bytes for `.gz`). */
  size: number;
}

/**
 * Read block size. Measured on a 1M-row CSV: 64 KiB is the fastest; 256 KiB blocks took twice as long,
 * since bigger text blocks, line arrays and batches outlive young-generation collections.
 */
const READ_CHUNK = 1 << 16;
/**
 * A reading thread's blocks: larger, so that the batches it posts are fewer (each costs a message and the main
 * thread's bookkeeping); 256 KiB made the 10M-row bench file's reading thread 1.2 s less idle than 64 KiB did.
 */
const BLOCKING_READ_CHUNK = 1 << 18;

const EXTENSIONS: Record<string, { format: Format; delimiter?: string }> = {
  '.csv': { format: 'csv' },
  '.tsv': { format: 'csv', delimiter: '\t' },
  '.jsonl': { format: 'jsonl' },
  '.ndjson': { format: 'jsonl' },
  '.parquet': { format: 'parquet' },
};

/** Kernel and device trees: their "files" are the process's environment, memory and devices, never data. */
const SYSTEM_TREES = ['/proc', '/sys', '/dev'];

/**
 * The directory data paths must stay in, as the CI checked it out: GITHUB_WORKSPACE on GitHub, CI_PROJECT_DIR on
 * GitLab, else the working directory (also when the variable names no directory here, as under gitlab-ci-local).
 */
export function workspaceRoot(env: NodeJS.ProcessEnv = process.env): string {
  const named = [env.GITHUB_WORKSPACE, env.CI_PROJECT_DIR].find((dir) => dir && isDirectory(dir));
  return resolve(named ?? process.cwd());
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The `workspace` read option the config asks for: none when `data.allow_outside_workspace` is set. */
export function dataPathPolicy(config: { data: { allow_outside_workspace?: boolean } }): { workspace?: string } {
  return config.data.allow_outside_workspace ? {} : { workspace: workspaceRoot() };
}

/**
 * Refuses a path named by the (PR author's) config that is not plain data: anything under /proc, /sys or /dev
 * (whose text is the environment, tokens included), a device, FIFO, socket or directory, and, when `workspace` is
 * given, a file whose real path (symlinks resolved) lies outside it. Errors quote the path, never the file.
 */
export function checkDataPath(path: string, workspace?: string): void {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new DataError(`file not found: ${path}`, { file: path });
  }
  if (SYSTEM_TREES.some((tree) => real === tree || real.startsWith(`${tree}/`))) {
    throw new DataError(`refused to read ${path}: ${real} is a system file, not data`, { file: path });
  }
  if (!statSync(real).isFile()) {
    throw new DataError(
      `refused to read ${path}: not a regular file (a directory, device, FIFO or socket)`,
      { file: path },
      { hint: `for a directory use a glob such as ${path}/*.csv` },
    );
  }
  if (workspace === undefined) return;
  const root = realpathSync(workspace);
  const inside = relative(root, real);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new DataError(
      `refused to read ${path}: it resolves to ${real}, outside the workspace ${root}`,
      { file: path },
      {
        hint: 'keep data files in the repository checkout, or set data.allow_outside_workspace: true',
      },
    );
  }
}

/**
 * Resolves a path, a list of paths or globs into the sorted, de-duplicated files of one dataset.
 * A glob that matches nothing, a missing file or a directory is an error: a dataset is never silently empty.
 */
export async function resolveFiles(
  paths: string | string[],
  options: Pick<ReadOptions, 'format' | 'delimiter' | 'workspace'>,
): Promise<DataFile[]> {
  const patterns = typeof paths === 'string' ? [paths] : paths;
  if (patterns.length === 0) throw new DataError('no data files given');
  const found = new Map<string, string>();
  for (const pattern of patterns) {
    // The glob library is loaded only for a path that could be a pattern: most reads name files.
    const globs = MAYBE_PATTERN.test(pattern) ? await import('tinyglobby') : null;
    if (globs !== null && globs.isDynamicPattern(pattern)) {
      const matches = await globs.glob(pattern, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(pattern) });
      if (matches.length === 0) throw new DataError(`no files match ${JSON.stringify(pattern)}`, { file: pattern });
      for (const match of matches) if (!found.has(resolve(match))) found.set(resolve(match), match);
    } else {
      const info = await stat(pattern).catch(() => undefined);
      if (info === undefined) throw new DataError(`file not found: ${pattern}`, { file: pattern });
      if (!info.isFile()) throw new DataError(`not a file: ${pattern}`, { file: pattern }, { hint: `use a glob such as ${pattern}/*.csv` });
      if (!found.has(resolve(pattern))) found.set(resolve(pattern), pattern);
    }
  }
  const files: DataFile[] = [];
  for (const path of [...found.values()].sort()) {
    checkDataPath(path, options.workspace);
    files.push({ path, ...formatOf(path, options), size: (await stat(path)).size });
  }
  const formats = new Set(files.map((file) => file.format));
  if (formats.size > 1) {
    throw new DataError(
      `the files of one dataset mix formats (${[...formats].join(', ')})`,
      { file: files[0].path },
      {
        hint: 'read each format as its own dataset',
      },
    );
  }
  return files;
}

function formatOf(path: string, options: Pick<ReadOptions, 'format' | 'delimiter' | 'workspace'>): Omit<DataFile, 'path' | 'size'> {
  const lower = path.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const base = gzip ? lower.slice(0, -3) : lower;
  const known = EXTENSIONS[base.slice(base.lastIndexOf('.'))];
  const format = options.format ?? known?.format;
  if (format === undefined) {
    throw new DataError(
      `cannot tell the format of ${path} from its extension`,
      { file: path },
      {
        hint: 'name it .csv, .tsv, .jsonl, .ndjson or .parquet (optionally .gz), or set data.format',
      },
    );
  }
  if (gzip && format === 'parquet') {
    throw new DataError(
      'a gzipped Parquet file cannot be read in row groups',
      { file: path },
      {
        hint: 'Parquet compresses its own pages; store the .parquet file uncompressed',
      },
    );
  }
  return { format, gzip, delimiter: options.delimiter ?? known?.delimiter ?? ',' };
}

/**
 * The partial files the globs match, each once and in order, every one checked against the workspace: a glob that
 * matches nothing is an error (a shard whose partial is missing must not be merged away silently).
 */
export async function matchPartialFiles(patterns: string[], workspace: string | undefined): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const files: string[] = [];
  for (const pattern of patterns) {
    const matches = (await glob(pattern, { absolute: false })).sort();
    if (matches.length === 0) throw new DataError(`no partial files match ${pattern}`, { file: pattern });
    for (const match of matches) if (!files.some((file) => resolve(file) === resolve(match))) files.push(match);
  }
  for (const file of files) checkDataPath(file, workspace);
  return files;
}

/** Lines a presizing hint may promise: a head of short lines must not reserve memory for rows that never come. */
const MAX_LINE_ESTIMATE = 1 << 23;

/**
 * About how many lines the files hold, for presizing columns and hash tables: the plain text files' bytes over the
 * mean length of the whole lines in the first 64 KiB of the first one, at most MAX_LINE_ESTIMATE; 0 when nothing can be told
 * (compressed or Parquet files). A hint, never a limit: the reader counts the real lines.
 */
export async function estimateLines(files: readonly DataFile[]): Promise<number> {
  if (files.length === 0 || files.some((file) => file.gzip || file.format === 'parquet')) return 0;
  const handle = await open(files[0].path, 'r');
  try {
    const head = Buffer.alloc(Math.min(READ_CHUNK, files[0].size));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    let lines = 0;
    let end = 0;
    for (let at = head.indexOf(10); at >= 0 && at < bytesRead; at = head.indexOf(10, at + 1)) [lines, end] = [lines + 1, at + 1];
    if (lines === 0) return 0;
    const bytes = files.reduce((sum, file) => sum + file.size, 0);
    return Math.min(MAX_LINE_ESTIMATE, Math.ceil((bytes * lines) / end));
  } finally {
    await handle.close();
  }
}

/** The file's bytes, gunzipped for `.gz`; `onBytes` counts bytes read from disk. */
export async function* readBytes(file: DataFile, onBytes: (bytes: number) => void, blocking = !isMainThread): AsyncGenerator<Buffer> {
  const raw = blocking && !file.gzip ? null : createReadStream(file.path, { highWaterMark: READ_CHUNK });
  try {
    if (raw === null) {
      yield* readBlocking(file, onBytes);
      return;
    }
    if (!file.gzip) {
      for await (const chunk of raw as AsyncIterable<Buffer>) {
        onBytes(chunk.length);
        yield chunk;
      }
      return;
    }
    const gunzip = createGunzip({ chunkSize: READ_CHUNK });
    raw.pipe(gunzip);
    // Counted beside the pipe: progress is in bytes on disk, which is what totalBytes adds up.
    raw.on('data', (chunk) => onBytes(chunk.length));
    raw.on('error', (error) => gunzip.destroy(error));
    try {
      yield* gunzip as AsyncIterable<Buffer>;
    } finally {
      gunzip.destroy();
    }
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`cannot read ${file.path}: ${(error as Error).message}`, { file: file.path }, { cause: error });
  } finally {
    raw?.destroy();
  }
}

/**
 * `readBytes` of a plain file with synchronous reads (its errors are turned into DataErrors there): for a reading
 * thread, which has nothing else to do while it waits, and so skips the thread pool's round trip for every block.
 */
function* readBlocking(file: DataFile, onBytes: (bytes: number) => void): Generator<Buffer> {
  const fd = openSync(file.path, 'r');
  try {
    for (;;) {
      const block = Buffer.allocUnsafe(BLOCKING_READ_CHUNK);
      const read = readSync(fd, block, 0, BLOCKING_READ_CHUNK, null);
      if (read === 0) return;
      onBytes(read);
      yield read < BLOCKING_READ_CHUNK ? block.subarray(0, read) : block;
    }
  } finally {
    closeSync(fd);
  }
}

/** UTF-8 text of byte chunks, multi-byte characters split across chunks kept whole, BOM dropped. */
export async function* decodeUtf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let first = true;
  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text === '') continue;
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    yield text;
  }
  // An incomplete character at the end decodes to U+FFFD, which the parsers report.
  const tail = decoder.end();
  if (tail !== '') yield tail;
}

/**
 * The decoder turns bytes that are not UTF-8 into U+FFFD; the parsers fail on it rather than read
 * mangled group names. `linesBefore` is the number of complete lines before `text`.
 */
export function invalidUtf8Error(file: string, text: string, index: number, linesBefore: number): DataError {
  let line = linesBefore + 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return new DataError(
    'the file is not valid UTF-8 (or holds U+FFFD, the mark of an earlier failed decoding)',
    { file, line, column: index - lineStart + 1 },
    {
      hint: 'convert it to UTF-8, for example with `iconv -f latin1 -t utf-8`',
    },
  );
}
