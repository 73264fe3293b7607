import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Worker, isMainThread } from 'node:worker_threads';
import { closestName } from '../closest.js';
import { workerScript } from '../worker-script.js';
import { ConfigError, DataError, ModelgateError, SourceError, type ErrorKind, type Location } from '../errors.js';
import { poissonWeightBlock } from '../stats/bootstrap.js';
import { exampleAt, keyAt, type ExampleColumns } from './columns.js';
import { readCsv, type ColumnChunk } from './csv.js';
import { readBytes, resolveFiles } from './files.js';
import type { DataFile } from './files.js';
import { hashKey, IdHashLog } from './id-set.js';
import { readJsonl } from './jsonl.js';
import { DEFAULT_MAX_GROUP_VALUES, lineCapsOf } from './limits.js';
import { checkBindings } from '../config/bindings.js';
import { decimalNumber } from '../decimal.js';
import { MemoryBudget } from '../memory.js';
import type {
  Bindings,
  DataSummary,
  Example,
  MemoryTable,
  Progress,
  ReadOptions,
  RowBatch,
  SkipReason,
  SkippedRow,
  TableChunk,
  TableSource,
} from './types.js';
import { MEMORY_FORMAT } from './types.js';
import { isAcceptedWeight, WEIGHT_RANGE } from './weights.js';

/** Generic rows of a dataset, plus what the read skipped and why. */
export interface TableRead extends AsyncIterable<RowBatch> {
  summary(): DataSummary;
}

/** `TableRead` with `LineBatch`es among its batches. */
export interface TableLinesRead extends AsyncIterable<RowBatch | LineBatch> {
  summary(): DataSummary;
}

/** Typed, validated examples of a dataset, in batches, plus what the read skipped and why. */
export interface ExampleRead {
  batches: AsyncIterable<Example[]>;
  /** Complete once `batches` is exhausted; partial while reading. */
  summary(): DataSummary;
}

export interface ExampleColumnsRead {
  batches: AsyncIterable<ExampleColumns>;
  /** Complete once `batches` is exhausted; partial while reading. */
  summary(): DataSummary;
}

const SAMPLES = 5;
const SAMPLE_CHARS = 40;
/** Longest group or slice value: each names a population in every report. */
const MAX_GROUP_VALUE_CHARS = 1000;
/**
 * Characters a group or slice value may not hold: controls (C0, DEL, C1), zero-width and direction marks, word
 * joiner and invisible operators, bidi embeddings and isolates, and the BOM. With them two values can render exactly
 * alike ("F" and "F\u200b") and be gated as two populations.
 */
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern exists to find
const INVISIBLE_IN_VALUE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const COMMON_DELIMITERS = [',', ';', '\t', '|'];

/** A file being read, or the origin file of a MemoryTable's rows (format `memory`): what a chunk's errors name. */
type Source = Pick<DataFile, 'path'> & { format: DataFile['format'] | typeof MEMORY_FORMAT; delimiter?: string };

/**
 * Reads files (a path, paths or globs; several files are one dataset), or a MemoryTable's rows, as generic rows. With `columns`,
 * every file must have them and rows hold only them (named by `RowBatch.columns`); without, all columns.
 * Rows a format cannot read (ragged CSV rows, bad JSON lines) are skipped within `options.maxBadRows`.
 * Single use: iterate once.
 */
export function readTable(paths: TableSource, options: ReadOptions, columns?: string[]): TableRead {
  const state = new ReadState(options);
  const select =
    columns &&
    ((file: Source, available: string[]) => {
      for (const name of columns) if (!available.includes(name)) throw missingColumn(file, available, 'column', name);
      return columns;
    });
  async function* batches(): AsyncGenerator<RowBatch> {
    for await (const { file, chunk: any } of scan(paths, options, state, select)) {
      const batch = usableRows(file, any as TableChunk, state); // rows only: no columnar chunks were asked for
      if (batch !== null) yield batch;
    }
  }
  const iterator = batches();
  return { [Symbol.asyncIterator]: () => iterator, summary: () => state.summary() };
}

/** The rows of a chunk that read, the others skipped and counted; null when none did. */
function usableRows(file: Source, chunk: TableChunk, state: ReadState): RowBatch | null {
  let rows = chunk.rows as unknown[][];
  let lines = chunk.lines;
  if (!rows.every(Array.isArray)) {
    rows = [];
    lines = [];
    chunk.rows.forEach((row, i) => {
      if (Array.isArray(row)) {
        rows.push(row);
        lines.push(chunk.lines[i]);
      } else {
        state.skip(row.reason, file.path, chunk.lines[i], row.column, row.value, rows.length);
      }
    });
  }
  state.rowsUsed += rows.length;
  return rows.length > 0 ? { file: file.path, columns: chunk.columns, rows, lines } : null;
}

/** Quote-free CSV lines of `readTableLines`: the chosen columns parsed, every line kept whole as bytes. */
export interface LineBatch {
  file: string;
  /** Every column of the file, in its order: the fields of a line split at `delimiter`. */
  header: string[];
  delimiter: string;
  /** Its `source` holds the lines; rows in `faults` are ragged, already counted as skipped, and not to be used. */
  chunk: ColumnChunk & { source: NonNullable<ColumnChunk['source']> };
}

/**
 * `readTable` (all columns, the same rows, checks and counts) for a reader that judges most rows by a few
 * `columns` and needs the others only for the rows it keeps: quote-free CSV lines come as `LineBatch`es, whose
 * chosen columns are parsed without a string per field and whose other fields are split only when asked for;
 * everything else (other formats, lines with quotes, the header's block) comes as `RowBatch`es of every column.
 * Chosen columns a file lacks are left out of its LineBatches: the caller checks `header`. Single use.
 */
export function readTableLines(paths: string | string[], options: ReadOptions, columns: string[]): TableLinesRead {
  return readChosenColumns(paths, options, columns, undefined, true) as TableLinesRead;
}

/** A block of quote-free CSV lines as typed columns (`readTableColumns`). */
export interface ColumnBatch {
  file: string;
  /** Rows in `faults` are ragged, already counted as skipped, and not to be used. */
  chunk: ColumnChunk;
}

export interface TableColumnsRead extends AsyncIterable<RowBatch | ColumnBatch> {
  summary(): DataSummary;
}

/**
 * `readTable` (the same rows, checks and counts) for a reader of a few `columns` of long files: quote-free CSV lines
 * come as `ColumnBatch`es, with the `numbers` columns' plain decimals parsed without a string and text columns
 * interned, so a row costs no array and no string per field; everything else (other formats, lines with quotes, the
 * header's block) comes as `RowBatch`es of every column. Chosen columns a file lacks are left out of its
 * ColumnBatches: the caller checks `chunk.columns`. Single use.
 */
export function readTableColumns(
  paths: string | string[],
  options: ReadOptions,
  columns: string[],
  numbers: ReadonlySet<string>,
): TableColumnsRead {
  return readChosenColumns(paths, options, columns, numbers, false);
}

function readChosenColumns(
  paths: string | string[],
  options: ReadOptions,
  columns: string[],
  numbers: ReadonlySet<string> | undefined,
  wholeLines: boolean,
): TableColumnsRead | TableLinesRead {
  const state = new ReadState(options);
  const headers = new Map<string, string[]>();
  const select = (file: Source, available: string[]) => {
    headers.set(file.path, available);
    // Other formats come as rows, which must hold every column.
    return file.format === 'csv' ? columns.filter((name) => available.includes(name)) : available;
  };
  async function* batches(): AsyncGenerator<RowBatch | LineBatch | ColumnBatch> {
    for await (const { file, chunk } of scan(paths, options, state, select, numbers, true, wholeLines)) {
      if ('codes' in chunk) {
        if (wholeLines && chunk.source === undefined) throw new Error('a column chunk without its lines');
        let faulty = 0;
        if (chunk.faults !== null) {
          for (const [i, fault] of chunk.faults)
            state.skip(fault.reason, file.path, chunk.lines[i], fault.column, fault.value, i - faulty++);
          faulty = chunk.faults.size;
        }
        state.rowsUsed += chunk.length - faulty;
        if (chunk.length > faulty)
          yield wholeLines
            ? { file: file.path, header: headers.get(file.path)!, delimiter: file.delimiter ?? ',', chunk: chunk as LineBatch['chunk'] }
            : { file: file.path, chunk };
        continue;
      }
      const batch = usableRows(file, chunk, state);
      if (batch !== null) yield batch;
    }
  }
  const iterator = batches();
  return { [Symbol.asyncIterator]: () => iterator, summary: () => state.summary() } as TableColumnsRead | TableLinesRead;
}

/**
 * Reads files as examples for `bindings`: every file must have every bound column (a missing one is a
 * DataError naming the file, the column and the columns there are); each row is converted and checked,
 * and a bad row is skipped and counted within `options.maxBadRows`, past which the read fails.
 * Single use: iterate `batches` once.
 */
export function readExamples(paths: TableSource, bindings: Bindings, options: ReadOptions): ExampleRead {
  const read = readExampleColumns(paths, bindings, options);
  async function* batches(): AsyncGenerator<Example[]> {
    for await (const columns of read.batches) yield Array.from({ length: columns.length }, (_, i) => exampleAt(columns, i));
  }
  return { batches: batches(), summary: read.summary };
}

/**
 * `readExamples` as columns: the same rows, checks and counts, without an object per row. CSV lines are parsed
 * straight into typed columns (see `ColumnChunk`), which is what makes large files cheap; `columnar: false`
 * parses them as rows instead, to compare the two. A large CSV is parsed on a worker thread (see readerScript), which
 * hands its chunks over as they are parsed; this thread makes the examples, so that the parsing alone bounds the read.
 */
export function readExampleColumns(paths: TableSource, bindings: Bindings, options: ReadOptions, columnar = true): ExampleColumnsRead {
  const state = new ReadState(options);
  let madeOnThread: DataSummary | null = null;
  async function* batches(): AsyncGenerator<ExampleColumns> {
    const maker = new ExampleMaker(bindings, state, options.maxGroupValues ?? DEFAULT_MAX_GROUP_VALUES, options.reuseBatches === true);
    // Files only: a MemoryTable's rows are on this thread already.
    const script = columnar && !isMemoryTable(paths) ? await readerScript(paths, options) : null;
    if (script !== null && options.bootstrap) {
      // The reading thread makes the examples and draws their bootstrap weights too: for scores of few distinct
      // values (tables), drawing the weights is most of the read's work, and this thread adds them to the tables.
      yield* readInWorker(script, paths as string | string[], bindings, options, (summary) => (madeOnThread = summary));
      return;
    }
    const chunks =
      script !== null
        ? scanInWorker(script, paths as string | string[], bindings, options, state)
        : scan(paths, options, state, selectBound(maker.columns), maker.numbers, columnar);
    const bootstrap = options.bootstrap;
    for await (const { file, chunk } of chunks) {
      const columns = maker.make(file.path, chunk);
      if (columns.length === 0) continue;
      if (bootstrap && !(bootstrap.stop && Atomics.load(bootstrap.stop, 0) === 1))
        columns.replicateWeights = poissonWeightBlock(columns.length, (i) => keyAt(columns, i), bootstrap.seed, bootstrap.replicates);
      yield columns;
    }
    const repeated = maker.ids?.repeated();
    if (repeated !== undefined && repeated.size > 0) await findDuplicate(paths, options, bindings.id!, repeated);
  }
  return { batches: batches(), summary: () => madeOnThread ?? state.summary() };
}

/** A scan's `select` for the bound columns: every file must have each of them. */
function selectBound(columns: readonly [Role, string][]): (file: Source, available: string[]) => string[] {
  return (file, available) => {
    for (const [role, name] of columns) if (!available.includes(name)) throw missingColumn(file, available, role, name);
    return columns.map(([, name]) => name);
  };
}

/**
 * The reading thread's side of readExampleColumns (read-worker.ts): the chunks of the bound columns as they are
 * parsed, checked against the bindings as readExampleColumns checks them, and the counts of the scan so far.
 */
export function scanBoundColumns(paths: string | string[], bindings: Bindings, options: ReadOptions) {
  const state = new ReadState(options);
  const { columns, numbers } = boundColumns(bindings);
  return { chunks: scan(paths, options, state, selectBound(columns), numbers, true), summary: () => state.summary() };
}

/**
 * Throws the error for the first id (in reading order) met twice among those whose hashes are `repeated`, naming its
 * two lines; returns when there is none (distinct ids of one hash). Reads the id column again, only on a suspect.
 */
async function findDuplicate(paths: TableSource, options: ReadOptions, column: string, repeated: Set<string>): Promise<void> {
  const lean: ReadOptions = {
    format: options.format,
    delimiter: options.delimiter,
    maxLineBytes: options.maxLineBytes,
    maxFieldBytes: options.maxFieldBytes,
    maxBadRows: Number.MAX_SAFE_INTEGER,
  };
  const first = new Map<string, { file: string; line: number }>();
  for await (const batch of readTable(paths, lean, [column])) {
    for (let i = 0; i < batch.rows.length; i++) {
      const value = batch.rows[i][0];
      if (isMissing(value)) continue;
      const id = asText(value);
      if (!repeated.has(hashKey(id))) continue;
      const before = first.get(id);
      const here = { file: batch.file, line: batch.lines[i] };
      if (before === undefined) {
        first.set(id, here);
        continue;
      }
      const where =
        before.file === here.file ? `lines ${before.line} and ${here.line}` : `${before.file}:${before.line} and ${here.file}:${here.line}`;
      throw new DataError(
        `data.id is not unique: ${JSON.stringify(shorten(id))} is the id of ${where}`,
        { file: here.file, line: here.line, column },
        {
          hint: 'the id pairs rows with the baseline and seeds their bootstrap weights, so each row needs its own; bind another column, or leave data.id out to pair rows by position',
        },
      );
    }
  }
}

/** CSV data of at least this many bytes is parsed on a worker thread. */
const WORKER_MIN_BYTES = 16 * 2 ** 20;

/**
 * The worker script (see workerScript) when this read should use one: CSV files of WORKER_MIN_BYTES or more (any
 * size with MODELGATE_READ_WORKER=1), and not already on a worker; `name` picks the script (shadow-compare has its own). Null also when the files do not resolve: the
 * read in this thread then reports why.
 */
export async function readerScript(paths: string | string[], options: ReadOptions, name = 'read'): Promise<URL | null> {
  const worker = isMainThread ? workerScript(name, 'MODELGATE_READ_WORKER') : null;
  if (worker === null) return null;
  const files = await resolveFiles(paths, options).catch(() => null);
  if (files === null || files.some((file) => file.format !== 'csv')) return null;
  return worker.forced || files.reduce((sum, file) => sum + file.size, 0) >= WORKER_MIN_BYTES ? worker.script : null;
}

/** What read-worker.ts is started with. */
export interface WorkerRequest {
  paths: string | string[];
  bindings: Bindings;
  options: Omit<ReadOptions, 'onProgress'>;
  progress: boolean;
}

export type WorkerError =
  { kind: ErrorKind; message: string; location: Location; hint?: string; samples?: string[] } | { kind?: undefined; message: string };

/** An error thrown on a reading thread as a message can carry it: `rebuiltError` makes it again on the other side. */
export function workerError(error: unknown): WorkerError {
  return error instanceof ModelgateError
    ? { kind: error.kind, message: error.message, location: error.location, hint: error.hint, samples: error.samples }
    : { message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

/** A chunk as it crosses threads: a column chunk's interned texts go as the ones new since the last chunk. */
export type PostedChunk =
  | { kind: 'rows'; chunk: TableChunk }
  | { kind: 'columns'; chunk: Omit<ColumnChunk, 'texts' | 'source'>; newTexts: string[][]; fresh: boolean[] };

/**
 * What read-worker.ts posts: parsed chunks, or with bootstrap the examples it made of them (see readExampleColumns),
 * each with the summary of its read so far.
 */
export type WorkerMessage =
  | { type: 'chunk'; file: string; posted: PostedChunk; summary: DataSummary }
  | {
      type: 'batch';
      columns: Omit<ExampleColumns, 'groupValues' | 'sliceValues'>;
      newGroupValues: string[][];
      newSliceValues: string[][];
      summary: DataSummary;
    }
  | { type: 'progress'; progress: Progress }
  | { type: 'end'; summary: DataSummary }
  | { type: 'error'; error: WorkerError };

/**
 * The reading thread's half of PostedChunk: a parser's interned texts only grow, so each chunk carries the texts
 * added since the last one of the same parser (all of them when the parser is new: the next file's). Returns the
 * message and the buffers to transfer.
 */
export function chunkPoster(): (chunk: TableChunk | ColumnChunk) => { posted: PostedChunk; transfer: ArrayBuffer[]; bytes: number } {
  let sentTexts: readonly string[][] = [];
  let sentCounts: number[] = [];
  return (chunk) => {
    // Rows are copied, not transferred: their size counted as 16 bytes a field, as a column chunk's would be.
    if (!('codes' in chunk)) return { posted: { kind: 'rows', chunk }, transfer: [], bytes: 16 * chunk.rows.length * chunk.columns.length };
    const { texts, ...columns } = chunk;
    const fresh = texts.map((strings, k) => strings !== sentTexts[k]);
    const newTexts = texts.map((strings, k) => strings.slice(fresh[k] ? 0 : sentCounts[k]));
    sentTexts = texts;
    sentCounts = texts.map((strings) => strings.length);
    const arrays = [columns.lines, ...columns.codes, ...columns.numbers.filter((column) => column !== null)];
    // Arrays in the parser's shared ring (column-ring.ts) are read in place; the others' buffers are handed over.
    const transfer = arrays.map((array) => array.buffer).filter((buffer): buffer is ArrayBuffer => !(buffer instanceof SharedArrayBuffer));
    return {
      posted: { kind: 'columns', chunk: columns, newTexts, fresh },
      transfer,
      bytes: arrays.reduce((sum, array) => sum + array.byteLength, 0),
    };
  };
}

/** The other half: each posted chunk as the parser made it, its texts kept here as the parser keeps them. */
function chunkReceiver(): (posted: PostedChunk) => TableChunk | ColumnChunk {
  let texts: string[][] = [];
  return (posted) => {
    if (posted.kind === 'rows') return posted.chunk;
    // A new parser's texts make a new list, so that codes cached for the old parser's texts are not used for the new one's.
    if (posted.fresh.some((fresh) => fresh)) texts = texts.slice();
    posted.newTexts.forEach((added, k) => {
      if (posted.fresh[k]) texts[k] = added;
      else for (const text of added) texts[k].push(text);
    });
    return { ...posted.chunk, texts };
  };
}

/**
 * The chunks, batches and end of a reading thread (read-worker.ts) started for this read, its progress reported and its
 * errors rethrown here; each chunk or batch is acknowledged once the caller has taken it, which lets the thread post more.
 */
async function* readingThread(
  script: URL,
  paths: string | string[],
  bindings: Bindings,
  options: ReadOptions,
): AsyncGenerator<Extract<WorkerMessage, { type: 'chunk' | 'batch' | 'end' }>> {
  const { onProgress, ...rest } = options;
  const request: WorkerRequest = { paths, bindings, options: rest, progress: onProgress !== undefined };
  const worker = new Worker(script, { workerData: request });
  const inbox: (WorkerMessage | { type: 'failed'; cause: unknown })[] = [];
  let wake: (() => void) | null = null;
  const deliver = (message: WorkerMessage | { type: 'failed'; cause: unknown }) => {
    inbox.push(message);
    wake?.();
  };
  worker.on('message', deliver);
  worker.on('error', (cause) => deliver({ type: 'failed', cause }));
  worker.on('exit', (code) =>
    deliver({ type: 'failed', cause: new Error(`the CSV reading thread stopped (exit code ${code}) before the end of the data`) }),
  );
  // The worker checks the process's memory as it reads; this thread's own heap is checked here.
  const budget = new MemoryBudget();
  try {
    for (;;) {
      while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      const message = inbox.shift()!;
      if (message.type === 'chunk' || message.type === 'batch') {
        budget.check({});
        yield message;
        worker.postMessage('next');
      } else if (message.type === 'progress') {
        onProgress?.(message.progress);
      } else if (message.type === 'end') {
        yield message;
        return;
      } else if (message.type === 'error') {
        throw rebuiltError(message.error);
      } else {
        throw message.cause;
      }
    }
  } finally {
    await worker.terminate();
  }
}

/** scan's chunks of the bound columns, parsed on a reading thread; `state` takes the scan's counts as they come. */
async function* scanInWorker(
  script: URL,
  paths: string | string[],
  bindings: Bindings,
  options: ReadOptions,
  state: ReadState,
): AsyncGenerator<{ file: Pick<Source, 'path'>; chunk: TableChunk | ColumnChunk }> {
  const receive = chunkReceiver();
  for await (const message of readingThread(script, paths, bindings, options)) {
    state.takeScanCounts(message.summary);
    if (message.type === 'chunk') yield { file: { path: message.file }, chunk: receive(message.posted) };
  }
}

/** The batches of readExampleColumns made on a reading thread, with the summary of its read as it goes. */
async function* readInWorker(
  script: URL,
  paths: string | string[],
  bindings: Bindings,
  options: ReadOptions,
  onSummary: (summary: DataSummary) => void,
): AsyncGenerator<ExampleColumns> {
  const groupValues: string[][] = bindings.groups.map(() => []);
  const sliceValues: string[][] = bindings.slices.map(() => []);
  for await (const message of readingThread(script, paths, bindings, options)) {
    onSummary(message.summary);
    if (message.type !== 'batch') continue;
    message.newGroupValues.forEach((values, k) => groupValues[k].push(...values));
    message.newSliceValues.forEach((values, k) => sliceValues[k].push(...values));
    yield { ...message.columns, groupValues, sliceValues };
  }
}

export function rebuiltError(error: WorkerError): Error {
  if (error.kind === undefined) return new Error(error.message);
  const extra = { hint: error.hint, samples: error.samples };
  if (error.kind === 'ConfigError') return new ConfigError(error.message, error.location, extra);
  if (error.kind === 'SourceError') return new SourceError(error.message, error.location, extra);
  return new DataError(error.message, error.location, extra);
}

const MISSING_GROUP_FIX =
  'fill the group column, or set data.missing_group: "<label>" to treat rows without a value as a group of their own';

/** What makes rows of this kind read, for the hints of bad-row and no-usable-row errors. */
export function badRowFix(reason: SkipReason): string {
  switch (reason) {
    case 'unknown_label':
      return 'binary labels must be 1/0, true/false or yes/no: for other values name the positive one with data.positive_label (the one other value is negative) or list both as data.classes: [negative, positive]; multiclass labels must be among data.classes';
    case 'non_numeric_label':
      return 'regression labels must be numbers';
    case 'non_numeric_score':
      return 'scores must be numbers: probabilities in [0, 1] (regression: the predicted value)';
    case 'score_out_of_range':
      return 'scores must be probabilities in [0, 1]: divide scores in percent (87.5) by 100 before the gate reads them, and bind hard 0/1 predictions as data.prediction';
    case 'bad_weight':
      return `fix the weights (${WEIGHT_RANGE})`;
    case 'missing_value':
      return 'fill the missing values';
    default:
      return 'fix the rows';
  }
}

/**
 * The hint of a read that stopped at a bad row. `allBad` is how many rows were read when none was usable (0
 * otherwise): skipping them would leave nothing to evaluate, so max_bad_rows is not offered as a way out.
 */
function badRowHint(fix: string, allBad: number): string {
  if (allBad > 0)
    return `every row read so far is bad (${allBad} of ${allBad}), so skipping them with data.max_bad_rows would leave no usable rows; ${fix}`;
  return `${fix}; or, if only a few rows are bad, allow skipping them with data.max_bad_rows (skipped rows are counted in the report)`;
}

/** Counts, the bad-row budget and progress of one read. */
class ReadState {
  files: string[] = [];
  format: DataSummary['format'];
  rowsRead = 0;
  rowsUsed = 0;
  bytes = 0;
  totalBytes = 0;
  private skipped = 0;
  private readonly rowsSkipped: Partial<Record<SkipReason, number>> = {};
  private readonly samples: SkippedRow[] = [];
  private readonly started = Date.now();
  private lastProgress = this.started;

  constructor(private readonly options: ReadOptions) {
    this.format = options.format ?? 'csv';
  }

  /** @param usedInBatch rows of the batch being read that were kept before this one (not yet in rowsUsed). */
  skip(reason: SkipReason, file: string, line: number, column: string, value: unknown, usedInBatch = 0, fix?: string): void {
    this.skipped++;
    this.rowsSkipped[reason] = (this.rowsSkipped[reason] ?? 0) + 1;
    const sample: SkippedRow = { reason, file, line, column, value: shorten(value) };
    if (this.samples.length < SAMPLES) this.samples.push(sample);
    if (this.skipped <= this.options.maxBadRows) return;
    const where = column === '' ? '' : ` in column ${JSON.stringify(column)}`;
    throw new DataError(
      `bad row (${reason})${where}: ${JSON.stringify(sample.value)}${reason === 'bad_weight' ? ` (${WEIGHT_RANGE})` : ''}; ${this.skipped} bad rows, more than data.max_bad_rows = ${this.options.maxBadRows}`,
      { file, line, column: column === '' ? undefined : column },
      {
        hint: badRowHint(fix ?? badRowFix(reason), this.rowsUsed + usedInBatch === 0 ? this.skipped : 0),
        samples: this.samples.map((row) => `${row.file}:${row.line} ${row.reason} ${JSON.stringify(row.value)}`),
      },
    );
  }

  progress(file: string, last = false): void {
    const report = this.options.onProgress;
    if (report === undefined) return;
    const now = Date.now();
    if (!last && now - this.lastProgress < (this.options.progressIntervalMs ?? 3000)) return;
    this.lastProgress = now;
    const progress: Progress = {
      file,
      rows: this.rowsRead,
      bytes: this.bytes,
      totalBytes: this.totalBytes,
      rowsPerSecond: (this.rowsRead * 1000) / Math.max(1, now - this.started),
    };
    report(progress);
  }

  /** The counts of a scan run on another thread (scanInWorker), from its summary; the rows' checks are this thread's. */
  takeScanCounts(summary: DataSummary): void {
    ({ files: this.files, format: this.format, rowsRead: this.rowsRead, bytes: this.bytes } = summary);
  }

  summary(): DataSummary {
    return {
      files: this.files.slice(),
      format: this.format,
      rowsRead: this.rowsRead,
      rowsUsed: this.rowsUsed,
      rowsSkipped: { ...this.rowsSkipped },
      skippedSamples: this.samples.slice(),
      bytes: this.bytes,
    };
  }
}

async function statOf(file: DataFile): Promise<Stats> {
  try {
    return await stat(file.path);
  } catch (error) {
    throw new DataError(`cannot read ${file.path}: ${(error as Error).message}`, { file: file.path }, { cause: error });
  }
}

/**
 * Every file's chunks in turn, with the counts and progress of the read kept up to date. A file whose size, times
 * or inode differ after its read from before it is an error: its rows could be from either version, or both.
 */
async function* scan(
  paths: TableSource,
  options: ReadOptions,
  state: ReadState,
  select?: (file: Source, available: string[]) => string[],
  numbers?: ReadonlySet<string>,
  columnar = false,
  wholeLines = false,
): AsyncGenerator<{ file: Source; chunk: TableChunk | ColumnChunk }> {
  if (isMemoryTable(paths)) {
    yield* scanMemory(paths, state, select);
    return;
  }
  const files = await resolveFiles(paths, options);
  state.files = files.map((file) => file.path);
  state.format = files[0].format;
  state.totalBytes = files.reduce((sum, file) => sum + file.size, 0);
  const caps = lineCapsOf(options);
  const budget = new MemoryBudget();
  for (const file of files) {
    const bytesBefore = state.bytes;
    const before = await statOf(file);
    const onBytes = (bytes: number) => (state.bytes += bytes);
    const selectHere = select && ((available: string[]) => select(file, available));
    const chunks =
      file.format === 'csv'
        ? readCsv(readBytes(file, onBytes), file.path, {
            ...caps,
            delimiter: file.delimiter,
            select: selectHere,
            numbers,
            columnar,
            wholeLines,
          })
        : file.format === 'jsonl'
          ? readJsonl(readBytes(file, onBytes), file.path, { ...caps, select: selectHere })
          : // Loaded when needed: hyparquet is most of the start-up of a gate that reads no Parquet.
            (await import('./parquet.js')).readParquet(file.path, selectHere, onBytes, caps.maxFieldBytes);
    for await (const chunk of chunks) {
      const rows = 'codes' in chunk ? chunk.length : chunk.rows.length;
      state.rowsRead += rows;
      budget.check({ file: file.path, line: chunk.lines[rows - 1] });
      yield { file, chunk };
      state.progress(file.path);
    }
    const after = await statOf(file);
    if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || after.ctimeMs !== before.ctimeMs || after.ino !== before.ino) {
      const change =
        after.size === before.size
          ? 'rewritten'
          : `${after.size > before.size ? 'grown' : 'cut'} from ${before.size} to ${after.size} bytes`;
      throw new DataError(
        `the file changed while it was read (${change}): its rows match neither version`,
        { file: file.path },
        {
          hint: 'let whatever writes it finish before the gate reads it',
        },
      );
    }
    // Read-ahead and compressed row-group sizes make the running count approximate; a finished file is exact.
    state.bytes = bytesBefore + before.size;
  }
  state.progress(files[files.length - 1].path, true);
}

function isMemoryTable(source: TableSource): source is MemoryTable {
  return typeof source === 'object' && !Array.isArray(source);
}

/** Rows a MemoryTable yields at a time: a block's worth of a file's, so the consumers see batches of the usual size. */
const MEMORY_CHUNK_ROWS = 4096;

/**
 * A MemoryTable's rows as a file reader's chunks of the selected columns. A chunk holds rows of one origin file, which
 * its errors name with each row's line; counts and progress as for files, with no bytes read.
 */
async function* scanMemory(
  table: MemoryTable,
  state: ReadState,
  select?: (file: Source, available: string[]) => string[],
): AsyncGenerator<{ file: Source; chunk: TableChunk }> {
  state.files = [table.name];
  state.format = MEMORY_FORMAT;
  const columns = select ? select({ path: table.name, format: MEMORY_FORMAT }, table.columns) : table.columns;
  const values = columns.map((name) => table.values[table.columns.indexOf(name)]);
  const { origins } = table;
  const length = origins.length;
  for (const column of table.values)
    if (column.length !== length) throw new Error(`${table.name}: a column of ${column.length} values for ${length} rows`);
  const budget = new MemoryBudget();
  for (let start = 0; start < length;) {
    const file = origins[start].file;
    let end = start + 1;
    while (end < length && end - start < MEMORY_CHUNK_ROWS && origins[end].file === file) end++;
    const rows: unknown[][] = [];
    const lines: number[] = [];
    for (let i = start; i < end; i++) {
      rows.push(values.map((column) => column[i]));
      lines.push(origins[i].line);
    }
    state.rowsRead += rows.length;
    budget.check({ file, line: lines[lines.length - 1] });
    // `columns` is the same array for every chunk: readers cache positions by it.
    yield { file: { path: file, format: MEMORY_FORMAT }, chunk: { columns, rows, lines } };
    state.progress(table.name);
    start = end;
  }
  state.progress(table.name, true);
}

type Role = 'label' | 'score' | 'prediction' | 'weight' | 'id' | 'groups' | 'slices';

/** Column positions of the bound roles within one chunk's columns; -1 when not bound. */
interface Positions {
  label: number;
  score: number;
  /** Multiclass with one score column per class. */
  scores: number[];
  prediction: number;
  weight: number;
  id: number;
  groups: number[];
  slices: number[];
}

/**
 * The columns `bindings` reads, each with its role, in binding order; and those whose plain decimals a text reader may
 * hand over as numbers (their text would only be converted to one).
 */
function boundColumns(bindings: Bindings): { columns: [Role, string][]; numbers: Set<string> } {
  checkBindings(bindings);
  const { label, score, prediction, weight, id, groups, slices } = bindings;
  const columns: [Role, string][] = [['label', label]];
  for (const name of typeof score === 'string' ? [score] : (score ?? [])) columns.push(['score', name]);
  if (prediction !== undefined) columns.push(['prediction', prediction]);
  if (weight !== undefined) columns.push(['weight', weight]);
  if (id !== undefined) columns.push(['id', id]);
  for (const name of groups) columns.push(['groups', name]);
  for (const name of slices) columns.push(['slices', name]);
  const numbers = new Set<string>();
  const numeric = (name: string | undefined) => name !== undefined && numbers.add(name);
  if (bindings.task !== 'multiclass') numeric(score as string | undefined);
  else if (Array.isArray(score)) score.forEach(numeric);
  if (bindings.task === 'regression') [bindings.label, bindings.prediction].forEach(numeric);
  // Binary labels are compared as text when classes or a positive label are named ("1.0" is not "1").
  if (bindings.task === 'binary' && bindings.classes === undefined && bindings.positiveLabel === undefined) numeric(bindings.label);
  numeric(bindings.weight);
  for (const name of [id, ...groups, ...slices]) if (name !== undefined) numbers.delete(name);
  return { columns, numbers };
}

/** Turns rows into examples for one set of bindings; skips (and counts) rows that do not make one. */
class ExampleMaker {
  /** Every bound column with its role, in binding order. */
  readonly columns: [Role, string][];
  /** Columns whose plain decimals a text reader may hand over as numbers; their text would only be converted here. */
  readonly numbers: Set<string>;
  private readonly labels: LabelReader;
  private readonly classCount: number;
  private readonly scoreArray: boolean;
  private position = 0;
  private positionsFor: string[] | undefined;
  private positions!: Positions;
  private file = '';
  private line = 0;
  /** The ids met so far, when one is bound. */
  readonly ids: IdHashLog | null;
  /** Group and slice values by code, and codes by value, for the whole read. */
  private readonly groupValues: string[][];
  private readonly sliceValues: string[][];
  private readonly groupCodes: Map<string, number>[];
  private readonly sliceCodes: Map<string, number>[];
  /** The batch being made. */
  private out!: ExampleColumns;
  /** Codes of the row being finished, written once the row is accepted. */
  private readonly rowGroups: Int32Array;
  private readonly rowSlices: Int32Array;
  /** Per kept column of the current CSV file, a cache from the file's text codes to group or slice codes. */
  private codeCache: Int32Array[] = [];
  private codeCacheFor: readonly string[][] | undefined;

  /** With `reuse`, the arrays of the last batch, made again for the next (see ReadOptions.reuseBatches). */
  private spare: Pick<ExampleColumns, 'label' | 'score' | 'prediction' | 'weight' | 'groups' | 'slices'> | null = null;

  constructor(
    private readonly bindings: Bindings,
    private readonly state: ReadState,
    private readonly maxGroupValues: number,
    private readonly reuse = false,
  ) {
    ({ columns: this.columns, numbers: this.numbers } = boundColumns(bindings));
    const { score, id } = bindings;
    this.labels = bindings.task === 'multiclass' ? new ClassLabels(bindings.classes!) : new BinaryLabels(bindings);
    this.classCount = bindings.classes?.length ?? 0;
    this.scoreArray = typeof score === 'string';
    this.groupValues = bindings.groups.map(() => []);
    this.sliceValues = bindings.slices.map(() => []);
    this.groupCodes = bindings.groups.map(() => new Map());
    this.sliceCodes = bindings.slices.map(() => new Map());
    this.rowGroups = new Int32Array(bindings.groups.length);
    this.rowSlices = new Int32Array(bindings.slices.length);
    this.ids = id === undefined ? null : new IdHashLog();
  }

  make(file: string, chunk: TableChunk | ColumnChunk): ExampleColumns {
    if (chunk.columns !== this.positionsFor) {
      this.positions = positionsOf(this.bindings, chunk.columns);
      this.positionsFor = chunk.columns;
    }
    this.file = file;
    const length = 'codes' in chunk ? chunk.length : chunk.rows.length;
    const { task } = this.bindings;
    this.out = {
      length: 0,
      ...this.arraysFor(length),
      scores: task === 'multiclass' ? [] : null,
      id: this.bindings.id === undefined ? null : [],
      position: this.position,
      groupValues: this.groupValues,
      sliceValues: this.sliceValues,
    };
    if ('codes' in chunk) this.makeFromColumns(chunk);
    else this.makeFromRows(chunk);
    const out = this.out;
    const n = out.length;
    this.state.rowsUsed += n;
    return {
      ...out,
      label: out.label.subarray(0, n),
      score: out.score.subarray(0, n),
      prediction: out.prediction.subarray(0, n),
      weight: out.weight.subarray(0, n),
      groups: out.groups.map((codes) => codes.subarray(0, n)),
      slices: out.slices.map((codes) => codes.subarray(0, n)),
    };
  }

  /** A batch's number and code columns for `length` rows: new, or with `reuse` the last batch's when they are long enough. */
  private arraysFor(length: number): NonNullable<ExampleMaker['spare']> {
    if (this.spare !== null && this.spare.label.length >= length) return this.spare;
    const { groups, slices } = this.bindings;
    const arrays = {
      label: new Float64Array(length),
      score: new Float64Array(length),
      prediction: new Float64Array(length),
      weight: new Float64Array(length),
      groups: groups.map(() => new Int32Array(length)),
      slices: slices.map(() => new Int32Array(length)),
    };
    if (this.reuse) this.spare = arrays;
    return arrays;
  }

  private makeFromRows(chunk: TableChunk): void {
    const { rows, lines } = chunk;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      this.line = lines[i];
      if (!Array.isArray(row)) this.state.skip(row.reason, this.file, this.line, row.column, row.value, this.out.length);
      else this.row(row);
    }
  }

  private row(row: unknown[]): void {
    const task = this.bindings.task;
    if (task === 'binary') this.binary(row);
    else if (task === 'multiclass') this.multiclass(row);
    else this.regression(row);
  }

  /**
   * Rows of a column chunk. The common binary row (a 0/1 label, a score in range, a threshold prediction, a
   * plain weight, values for every group and slice) is taken straight from the columns; any other row is
   * rebuilt as an array and goes through the same checks as rows do, so both paths accept and reject alike.
   */
  private makeFromColumns(chunk: ColumnChunk): void {
    const at = this.positions;
    const bindings = this.bindings;
    const { codes, lines, faults } = chunk;
    if (chunk.texts !== this.codeCacheFor) {
      this.codeCache = chunk.columns.map(() => new Int32Array(0));
      this.codeCacheFor = chunk.texts;
    }
    const fast = this.takesColumns(chunk);
    const { labels, scores, weights, labelCodes, scoreCodes, weightCodes, idCodes } = roleColumns(chunk, at);
    const threshold = bindings.threshold;
    const out = this.out;
    const { label: outLabel, score: outScore, prediction: outPrediction, weight: outWeight } = out;
    // Groups, then slices: each row's text codes, the cache from them to group or slice codes, where those go.
    const categories = [...at.groups, ...at.slices];
    const categoryCodes = categories.map((column) => codes[column]);
    const categoryCaches = categories.map((column) => this.codeCacheOf(column, chunk.texts[column].length));
    const categoryOut = [...out.groups, ...out.slices];
    let n = out.length;
    for (let i = 0; i < chunk.length; i++) {
      const fault = faults?.get(i);
      if (fault !== undefined) {
        this.state.skip(fault.reason, this.file, lines[i], fault.column, fault.value, n);
        continue;
      }
      if (fast && labelCodes[i] === -1 && scoreCodes[i] === -1 && (weights === null || weightCodes[i] === -1)) {
        const label = labels[i];
        const score = scores![i];
        const weight = weights === null ? 1 : weights[i];
        let usual =
          (label === 0 || label === 1) &&
          score >= 0 &&
          score <= 1 &&
          isAcceptedWeight(weight) &&
          (idCodes === null || textAt(chunk, at.id, i) !== '');
        for (let c = 0; usual && c < categories.length; c++) {
          const textCode = categoryCodes[c][i];
          let code = textCode >= 0 ? categoryCaches[c][textCode] : this.categoryCode(c, textAt(chunk, categories[c], i), lines[i]);
          if (code === -2) code = categoryCaches[c][textCode] = this.categoryCode(c, chunk.texts[categories[c]][textCode], lines[i]);
          categoryOut[c][n] = code;
          usual = code >= 0;
        }
        if (usual) {
          outLabel[n] = label;
          outScore[n] = score;
          outPrediction[n] = score >= threshold ? 1 : 0;
          outWeight[n] = weight;
          if (out.id !== null) this.keepId(textAt(chunk, at.id, i));
          n++;
          continue;
        }
      }
      // Anything else is checked as a row would be; `row` writes to `out` itself.
      this.position += n - out.length;
      out.length = n;
      this.line = lines[i];
      this.row(rowAt(chunk, i));
      n = out.length;
    }
    this.position += n - out.length;
    out.length = n;
  }

  private keepId(id: string): void {
    this.out.id!.push(id);
    this.ids!.add(id);
  }

  /** Whether the chunk's usual rows can be taken from its columns: a binary score task with numeric label, score and weight columns. */
  private takesColumns(chunk: ColumnChunk): boolean {
    const at = this.positions;
    const { task, classes, positiveLabel } = this.bindings;
    const numeric = (column: number) => chunk.numbers[column] !== null;
    return (
      task === 'binary' &&
      at.prediction < 0 &&
      at.score >= 0 &&
      numeric(at.label) &&
      numeric(at.score) &&
      (at.weight < 0 || numeric(at.weight)) &&
      classes === undefined &&
      positiveLabel === undefined
    );
  }

  /** The cache from column's text codes to its group or slice codes, -2 where not looked up yet, for `size` codes. */
  private codeCacheOf(column: number, size: number): Int32Array {
    const cache = this.codeCache[column];
    if (cache.length >= size) return cache;
    const grown = new Int32Array(Math.max(16, 2 * size)).fill(-2);
    grown.set(cache);
    return (this.codeCache[column] = grown);
  }

  /** The code of the value of category `c` (groups, then slices) on `line`; -1 for a missing value. */
  private categoryCode(c: number, value: string, line: number): number {
    this.line = line;
    const groups = this.groupCodes.length;
    return c < groups ? this.groupCode(c, value) : this.sliceCode(c - groups, value);
  }

  private groupCode(k: number, value: string): number {
    const named = value === '' ? (this.bindings.missingGroup ?? '') : value;
    return this.valueCode(named, this.groupCodes[k], this.groupValues[k], this.bindings.groups[k], 'data.groups');
  }

  private sliceCode(k: number, value: string): number {
    return this.valueCode(value, this.sliceCodes[k], this.sliceValues[k], this.bindings.slices[k], 'data.slices');
  }

  /**
   * The code of a group or slice value, added when new; -1 for a missing (empty) value. Values are held to
   * `maxGroupValues` per column: each costs its own accumulators, so an id-like column would take the memory.
   */
  private valueCode(value: string, codes: Map<string, number>, values: string[], column: string, role: string): number {
    if (value === '') return -1;
    let code = codes.get(value);
    if (code === undefined) {
      if (values.length >= this.maxGroupValues) {
        throw new DataError(
          `column ${JSON.stringify(column)} (${role}) has more than data.max_group_values = ${this.maxGroupValues} distinct values`,
          { file: this.file, line: this.line, column },
          {
            hint: 'each value is a population with its own metrics: bucket the column into fewer values (ranges, top values and "other"), or raise data.max_group_values if the memory is there (about 20 KB a value, more with bootstrap)',
          },
        );
      }
      const invisible = INVISIBLE_IN_VALUE.exec(value);
      if (invisible !== null) {
        const code = invisible[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
        throw new DataError(
          `a value of column ${JSON.stringify(column)} (${role}) holds an invisible or control character, U+${code} at character ${invisible.index + 1}`,
          { file: this.file, line: this.line, column },
          {
            hint: 'group and slice values name populations in every report, so two must never look alike: remove the character from the data',
          },
        );
      }
      if (value.length > MAX_GROUP_VALUE_CHARS) {
        throw new DataError(
          `a value of column ${JSON.stringify(column)} (${role}) is longer than ${MAX_GROUP_VALUE_CHARS} characters`,
          { file: this.file, line: this.line, column },
          {
            hint: 'group and slice values name populations in every report: use short category names',
          },
        );
      }
      code = values.length;
      values.push(value);
      codes.set(value, code);
    }
    return code;
  }

  private binary(row: unknown[]): true | undefined {
    const at = this.positions;
    const rawLabel = row[at.label];
    if (isMissing(rawLabel)) return this.reject('missing_value', this.bindings.label, rawLabel);
    const label = this.labels.read(rawLabel);
    if (label < 0) return this.reject('unknown_label', this.bindings.label, rawLabel);
    let score = NaN;
    if (at.score >= 0) {
      const raw = row[at.score];
      score = toNumber(raw);
      if (!Number.isFinite(score)) return this.reject('non_numeric_score', this.bindings.score as string, raw);
      if (score < 0 || score > 1) return this.reject('score_out_of_range', this.bindings.score as string, raw);
    }
    const prediction = this.boundPrediction(row) ?? (score >= this.bindings.threshold ? 1 : 0);
    if (prediction < 0) return undefined;
    return this.finish(row, label, score, undefined, prediction);
  }

  /** The bound prediction column's class; -1 after rejecting the row; null when no prediction column is bound. */
  private boundPrediction(row: unknown[]): number | null {
    const at = this.positions.prediction;
    if (at < 0) return null;
    const raw = row[at];
    const prediction = isMissing(raw) ? -1 : this.labels.read(raw);
    if (prediction < 0) this.reject(isMissing(raw) ? 'missing_value' : 'unknown_label', this.bindings.prediction!, raw);
    return prediction;
  }

  private multiclass(row: unknown[]): true | undefined {
    const at = this.positions;
    const rawLabel = row[at.label];
    if (isMissing(rawLabel)) return this.reject('missing_value', this.bindings.label, rawLabel);
    const label = this.labels.read(rawLabel);
    if (label < 0) return this.reject('unknown_label', this.bindings.label, rawLabel);
    let scores: Float64Array | undefined;
    if (this.scoreArray) {
      const raw = row[at.score];
      scores = scoreArray(raw, this.classCount);
      if (scores === undefined) return this.reject('non_numeric_score', this.bindings.score as string, raw);
    } else if (at.scores.length > 0) {
      scores = new Float64Array(this.classCount);
      for (let k = 0; k < at.scores.length; k++) {
        const raw = row[at.scores[k]];
        scores[k] = toNumber(raw);
        if (!Number.isFinite(scores[k])) return this.reject('non_numeric_score', (this.bindings.score as string[])[k], raw);
      }
    }
    const prediction = this.boundPrediction(row) ?? argmax(scores!);
    if (prediction < 0) return undefined;
    // The score of a multiclass example is the probability given to its predicted class (top-label confidence).
    return this.finish(row, label, scores === undefined ? NaN : scores[prediction], scores, prediction);
  }

  private regression(row: unknown[]): true | undefined {
    const at = this.positions;
    const rawLabel = row[at.label];
    if (isMissing(rawLabel)) return this.reject('missing_value', this.bindings.label, rawLabel);
    const label = toNumber(rawLabel);
    if (!Number.isFinite(label)) return this.reject('non_numeric_label', this.bindings.label, rawLabel);
    const column = at.score >= 0 ? at.score : at.prediction;
    const raw = row[column];
    const score = toNumber(raw);
    if (!Number.isFinite(score))
      return this.reject('non_numeric_score', (this.bindings.score as string | undefined) ?? this.bindings.prediction!, raw);
    return this.finish(row, label, score, undefined, score);
  }

  /** The roles every task shares (weight, id, groups, slices); writes the row to the batch once all are good. */
  private finish(row: unknown[], label: number, score: number, scores: Float64Array | undefined, prediction: number): true | undefined {
    const at = this.positions;
    const bindings = this.bindings;
    let weight = 1;
    if (at.weight >= 0) {
      const raw = row[at.weight];
      if (isMissing(raw)) return this.reject('missing_value', bindings.weight!, raw);
      weight = toNumber(raw);
      if (!isAcceptedWeight(weight)) return this.reject('bad_weight', bindings.weight!, raw);
    }
    let id: string | undefined;
    if (at.id >= 0) {
      const raw = row[at.id];
      if (isMissing(raw)) return this.reject('missing_value', bindings.id!, raw);
      id = asText(raw);
    }
    for (let k = 0; k < at.groups.length; k++) {
      const raw = row[at.groups[k]];
      if (isMissing(raw) && bindings.missingGroup === undefined)
        return this.reject('missing_value', bindings.groups[k], raw, MISSING_GROUP_FIX);
      this.rowGroups[k] = this.groupCode(k, isMissing(raw) ? '' : asText(raw));
    }
    for (let k = 0; k < at.slices.length; k++) {
      const raw = row[at.slices[k]];
      if (isMissing(raw)) return this.reject('missing_value', bindings.slices[k], raw);
      this.rowSlices[k] = this.sliceCode(k, asText(raw));
    }
    const out = this.out;
    const n = out.length++;
    out.label[n] = label;
    out.score[n] = score;
    if (out.scores !== null) out.scores.push(scores);
    out.prediction[n] = prediction;
    out.weight[n] = weight;
    if (out.id !== null) {
      out.id.push(id!);
      this.ids!.add(id!);
    }
    for (let k = 0; k < this.rowGroups.length; k++) out.groups[k][n] = this.rowGroups[k];
    for (let k = 0; k < this.rowSlices.length; k++) out.slices[k][n] = this.rowSlices[k];
    this.position++;
    return true;
  }

  private reject(reason: SkipReason, column: string, value: unknown, fix?: string): undefined {
    this.state.skip(reason, this.file, this.line, column, value, this.out.length, fix);
    return undefined;
  }
}

/** Field (column, i) of a column chunk as a row would hold it: the number, or the text. */
function valueAt(chunk: ColumnChunk, column: number, i: number): string | number {
  return chunk.codes[column][i] === -1 ? chunk.numbers[column]![i] : textAt(chunk, column, i);
}

/** The text of field (column, i) of a column chunk, which is not a number there. */
/** The label, score, weight and id columns of a chunk (label codes where a role is unbound, never read then). */
function roleColumns(chunk: ColumnChunk, at: { label: number; score: number; weight: number; id: number }) {
  const { numbers, codes } = chunk;
  const labelCodes = codes[at.label];
  return {
    labels: numbers[at.label]!,
    scores: numbers[at.score],
    weights: at.weight >= 0 ? numbers[at.weight] : null,
    labelCodes,
    scoreCodes: at.score >= 0 ? codes[at.score] : labelCodes,
    weightCodes: at.weight >= 0 ? codes[at.weight] : labelCodes,
    idCodes: at.id >= 0 ? codes[at.id] : null,
  };
}

/** Row i of a column chunk as the array a row reader gives. */
function rowAt(chunk: ColumnChunk, i: number): unknown[] {
  const row: unknown[] = [];
  for (let k = 0; k < chunk.columns.length; k++) row.push(valueAt(chunk, k, i));
  return row;
}

export function textAt(chunk: ColumnChunk, column: number, i: number): string {
  const code = chunk.codes[column][i];
  return code >= 0 ? chunk.texts[column][code] : chunk.overflow[column][-2 - code];
}

function positionsOf(bindings: Bindings, columns: string[]): Positions {
  const at = (name: string | undefined) => (name === undefined ? -1 : columns.indexOf(name));
  const { score } = bindings;
  return {
    label: at(bindings.label),
    score: typeof score === 'string' ? at(score) : -1,
    scores: Array.isArray(score) ? score.map(at) : [],
    prediction: at(bindings.prediction),
    weight: at(bindings.weight),
    id: at(bindings.id),
    groups: bindings.groups.map(at),
    slices: bindings.slices.map(at),
  };
}

/** Reads a label value as a class index; -1 when it is none of the classes. */
interface LabelReader {
  read(value: unknown): number;
}

const POSITIVE = new Set(['1', 'true', 'yes']);
const NEGATIVE = new Set(['0', 'false', 'no']);

/**
 * Binary labels: with `classes` [negative, positive], exactly those strings. With a `positiveLabel` other
 * than the usual 1/true/yes, that value is 1 and the one other value met is 0, so a third value fails
 * instead of silently counting as negative. Otherwise 1/0, true/false, yes/no, "1.0"/"0.0".
 */
class BinaryLabels implements LabelReader {
  private readonly classes: string[] | undefined;
  private readonly positive: string | undefined;
  private negative: string | undefined;

  constructor(bindings: Bindings) {
    this.classes = bindings.classes;
    const positive = bindings.positiveLabel;
    this.positive = positive === undefined || POSITIVE.has(positive.toLowerCase()) ? undefined : positive;
  }

  read(value: unknown): number {
    if (value === '1' || value === 1 || value === true)
      return this.classes === undefined && this.positive === undefined ? 1 : this.custom(value);
    if (value === '0' || value === 0 || value === false)
      return this.classes === undefined && this.positive === undefined ? 0 : this.custom(value);
    return this.classes === undefined && this.positive === undefined ? usual(value) : this.custom(value);
  }

  private custom(value: unknown): number {
    const text = asText(value);
    if (this.classes !== undefined) return text === this.classes[1] ? 1 : text === this.classes[0] ? 0 : -1;
    if (text === this.positive) return 1;
    this.negative ??= text;
    return text === this.negative ? 0 : -1;
  }
}

function usual(value: unknown): number {
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (POSITIVE.has(text)) return 1;
    if (NEGATIVE.has(text)) return 0;
  }
  const number = toNumber(value);
  return number === 1 ? 1 : number === 0 ? 0 : -1;
}

class ClassLabels implements LabelReader {
  private readonly index: Map<string, number>;
  constructor(classes: string[]) {
    this.index = new Map(classes.map((name, i) => [name, i]));
  }
  read(value: unknown): number {
    return this.index.get(asText(value)) ?? -1;
  }
}

/** Multiclass scores held in one column: a JSON array (CSV) or an array (JSONL, Parquet). */
function scoreArray(value: unknown, classes: number): Float64Array | undefined {
  let list = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (!Array.isArray(list) || list.length !== classes) return undefined;
  const scores = new Float64Array(classes);
  for (let k = 0; k < classes; k++) {
    if (typeof list[k] !== 'number' || !Number.isFinite(list[k])) return undefined;
    scores[k] = list[k];
  }
  return scores;
}

/** First index of the maximum, as numpy's argmax breaks ties. */
function argmax(scores: Float64Array): number {
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  return best;
}

/** A number, or NaN for anything that does not read as one (empty or blank strings included). */
function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  return typeof value === 'string' ? decimalNumber(value) : NaN;
}

function isMissing(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/** Nesting and size past which a JSON or Parquet value is not quoted: JSON.stringify recurses, and would overflow. */
const MAX_QUOTED_DEPTH = 64;
const MAX_QUOTED_NODES = 10_000;
const UNQUOTABLE = '(nested too deeply to show)';

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return String(value);
  if (!quotable(value)) return UNQUOTABLE;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // A BigInt inside a Parquet value.
    return String(value);
  }
}

/** Whether `root` is at most MAX_QUOTED_DEPTH deep with at most MAX_QUOTED_NODES objects, walked without recursion. */
function quotable(root: object): boolean {
  const pending: [object, number][] = [[root, 1]];
  let nodes = 0;
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (++nodes > MAX_QUOTED_NODES || depth > MAX_QUOTED_DEPTH) return false;
    if (ArrayBuffer.isView(item)) continue;
    for (const child of Object.values(item)) if (typeof child === 'object' && child !== null) pending.push([child, depth + 1]);
  }
  return true;
}

function shorten(value: unknown): string {
  const text = value === undefined || value === null ? '' : asText(value);
  return text.length > SAMPLE_CHARS ? `${text.slice(0, SAMPLE_CHARS - 1)}…` : text;
}

/** Most header names an error lists, and the longest name it quotes whole. */
const LISTED_COLUMNS = 10;
const QUOTED_NAME_CHARS = 64;
/** C0 controls but tab, and DEL: a header holding them is not a table's header (a binary file, /proc's NUL-separated text). */
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern exists to find
const NOT_TEXT = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/** A header name as an error may show it: cut to QUOTED_NAME_CHARS, or undefined when it is not text. */
function shownName(name: string): string | undefined {
  if (NOT_TEXT.test(name)) return undefined;
  return name.length > QUOTED_NAME_CHARS ? `${name.slice(0, QUOTED_NAME_CHARS - 1)}…` : name;
}

function quotedName(name: string): string | undefined {
  const shown = shownName(name);
  return shown === undefined ? undefined : JSON.stringify(shown);
}

/** The first LISTED_COLUMNS header names that are text, then how many more there are. */
function listedColumns(available: string[]): string {
  const quoted = available.map(shownName).filter((name): name is string => name !== undefined);
  const unquoted = available.length - quoted.length;
  const shown = quoted.slice(0, LISTED_COLUMNS);
  const more = available.length - shown.length;
  if (shown.length === 0) return `${available.length} name${available.length === 1 ? '' : 's'}, none of them text`;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more${unquoted > 0 ? ` (${unquoted} not text)` : ''}` : ''}`;
}

function missingColumn(file: Source, available: string[], role: Role | 'column', name: string): DataError {
  const line = file.format === 'csv' ? 1 : undefined;
  if (file.format === 'csv' && available.length === 1) {
    const other = COMMON_DELIMITERS.find((delimiter) => delimiter !== file.delimiter && available[0].includes(delimiter));
    const header = quotedName(shorten(available[0]));
    if (other !== undefined && header !== undefined) {
      const shown = other === '\t' ? '\\t' : other;
      return new DataError(
        `the header is one column, ${header}: looks like delimiter "${shown}"; set data.delimiter`,
        { file: file.path, line },
        {
          hint: `data.delimiter: "${shown}"`,
        },
      );
    }
  }
  const near = closestName(
    name,
    available.filter((candidate) => !NOT_TEXT.test(candidate)),
  );
  const bound = role === 'column' ? '' : ` (data.${role})`;
  return new DataError(
    `no column ${JSON.stringify(name)}${bound} in ${file.path}; its columns are: ${listedColumns(available)}`,
    { file: file.path, line, column: name },
    {
      hint: near === undefined ? 'every file of the dataset must have every bound column' : `did you mean ${quotedName(near)}?`,
    },
  );
}

/**
 * Reads a label value as its class index under these bindings, exactly as `readExamples` does (-1: missing or
 * not a class), for gates that read labels from generic rows (train).
 */
export function labelReader(bindings: Pick<Bindings, 'task' | 'classes' | 'positiveLabel'>): (value: unknown) => number {
  const labels = bindings.task === 'multiclass' ? new ClassLabels(bindings.classes!) : new BinaryLabels(bindings as Bindings);
  return (value) => (isMissing(value) ? -1 : labels.read(value));
}
