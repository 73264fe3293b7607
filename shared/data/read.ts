import { ConfigError, DataError } from '../errors.js';
import { readCsv } from './csv.js';
import { readBytes, resolveFiles } from './files.js';
import type { DataFile } from './files.js';
import { readJsonl } from './jsonl.js';
import { readParquet } from './parquet.js';
import type { Bindings, DataSummary, Example, Format, Progress, ReadOptions, RowBatch, SkipReason, SkippedRow, TableChunk } from './types.js';

/** Generic rows of a dataset, plus what the read skipped and why. */
export interface TableRead extends AsyncIterable<RowBatch> {
  summary(): DataSummary;
}

/** Typed, validated examples of a dataset, in batches, plus what the read skipped and why. */
export interface ExampleRead {
  batches: AsyncIterable<Example[]>;
  /** Complete once `batches` is exhausted; partial while reading. */
  summary(): DataSummary;
}

const SAMPLES = 5;
const SAMPLE_CHARS = 40;
const COMMON_DELIMITERS = [',', ';', '\t', '|'];

/**
 * Reads files (a path, paths or globs; several files are one dataset) as generic rows. With `columns`,
 * every file must have them and rows hold only them (named by `RowBatch.columns`); without, all columns.
 * Rows a format cannot read (ragged CSV rows, bad JSON lines) are skipped within `options.maxBadRows`.
 * Single use: iterate once.
 */
export function readTable(paths: string | string[], options: ReadOptions, columns?: string[]): TableRead {
  const state = new ReadState(options);
  const select =
    columns &&
    ((file: DataFile, available: string[]) => {
      for (const name of columns) if (!available.includes(name)) throw missingColumn(file, available, 'column', name);
      return columns;
    });
  async function* batches(): AsyncGenerator<RowBatch> {
    for await (const { file, chunk } of scan(paths, options, state, select)) {
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
            state.skip(row.reason, file.path, chunk.lines[i], row.column, row.value);
          }
        });
      }
      state.rowsUsed += rows.length;
      if (rows.length > 0) yield { file: file.path, columns: chunk.columns, rows, lines };
    }
  }
  const iterator = batches();
  return { [Symbol.asyncIterator]: () => iterator, summary: () => state.summary() };
}

/**
 * Reads files as examples for `bindings`: every file must have every bound column (a missing one is a
 * DataError naming the file, the column and the columns there are); each row is converted and checked,
 * and a bad row is skipped and counted within `options.maxBadRows`, past which the read fails.
 * Single use: iterate `batches` once.
 */
export function readExamples(paths: string | string[], bindings: Bindings, options: ReadOptions): ExampleRead {
  const state = new ReadState(options);
  async function* batches(): AsyncGenerator<Example[]> {
    const maker = new ExampleMaker(bindings, state);
    const select = (file: DataFile, available: string[]) => {
      for (const [role, name] of maker.columns) if (!available.includes(name)) throw missingColumn(file, available, role, name);
      return maker.columns.map(([, name]) => name);
    };
    for await (const { file, chunk } of scan(paths, options, state, select, maker.numbers)) {
      const examples = maker.make(file.path, chunk);
      if (examples.length > 0) yield examples;
    }
  }
  return { batches: batches(), summary: () => state.summary() };
}

/** Counts, the bad-row budget and progress of one read. */
class ReadState {
  files: string[] = [];
  format: Format;
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

  skip(reason: SkipReason, file: string, line: number, column: string, value: unknown): void {
    this.skipped++;
    this.rowsSkipped[reason] = (this.rowsSkipped[reason] ?? 0) + 1;
    const sample: SkippedRow = { reason, file, line, column, value: shorten(value) };
    if (this.samples.length < SAMPLES) this.samples.push(sample);
    if (this.skipped <= this.options.maxBadRows) return;
    const where = column === '' ? '' : ` in column ${JSON.stringify(column)}`;
    throw new DataError(
      `bad row (${reason})${where}: ${JSON.stringify(sample.value)}; ${this.skipped} bad rows, more than data.max_bad_rows = ${this.options.maxBadRows}`,
      { file, line, column: column === '' ? undefined : column },
      {
        hint: 'fix the rows, or allow skipping them with data.max_bad_rows (skipped rows are counted in the report)',
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

/** Every file's chunks in turn, with the counts and progress of the read kept up to date. */
async function* scan(
  paths: string | string[],
  options: ReadOptions,
  state: ReadState,
  select?: (file: DataFile, available: string[]) => string[],
  numbers?: ReadonlySet<string>,
): AsyncGenerator<{ file: DataFile; chunk: TableChunk }> {
  const files = await resolveFiles(paths, options);
  state.files = files.map((file) => file.path);
  state.format = files[0].format;
  state.totalBytes = files.reduce((sum, file) => sum + file.size, 0);
  for (const file of files) {
    const bytesBefore = state.bytes;
    const onBytes = (bytes: number) => (state.bytes += bytes);
    const selectHere = select && ((available: string[]) => select(file, available));
    const chunks =
      file.format === 'csv'
        ? readCsv(readBytes(file, onBytes), file.path, { delimiter: file.delimiter, select: selectHere, numbers })
        : file.format === 'jsonl'
          ? readJsonl(readBytes(file, onBytes), file.path, selectHere)
          : readParquet(file.path, selectHere, onBytes);
    for await (const chunk of chunks) {
      state.rowsRead += chunk.rows.length;
      yield { file, chunk };
      state.progress(file.path);
    }
    // Read-ahead and compressed row-group sizes make the running count approximate; a finished file is exact.
    state.bytes = bytesBefore + file.size;
  }
  state.progress(files[files.length - 1].path, true);
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

/** Turns rows into examples for one set of bindings; skips (and counts) rows that do not make one. */
class ExampleMaker {
  /** Every bound column with its role, in binding order. */
  readonly columns: [Role, string][] = [];
  /** Columns whose plain decimals a text reader may hand over as numbers; their text would only be converted here. */
  readonly numbers = new Set<string>();
  private readonly labels: LabelReader;
  private readonly classCount: number;
  private readonly scoreArray: boolean;
  private position = 0;
  private positionsFor: string[] | undefined;
  private positions!: Positions;
  private file = '';
  private line = 0;

  constructor(
    private readonly bindings: Bindings,
    private readonly state: ReadState,
  ) {
    checkBindings(bindings);
    const { label, score, prediction, weight, id, groups, slices } = bindings;
    this.columns.push(['label', label]);
    for (const name of typeof score === 'string' ? [score] : (score ?? [])) this.columns.push(['score', name]);
    if (prediction !== undefined) this.columns.push(['prediction', prediction]);
    if (weight !== undefined) this.columns.push(['weight', weight]);
    if (id !== undefined) this.columns.push(['id', id]);
    for (const name of groups) this.columns.push(['groups', name]);
    for (const name of slices) this.columns.push(['slices', name]);
    this.labels = bindings.task === 'multiclass' ? new ClassLabels(bindings.classes!) : new BinaryLabels(bindings);
    this.classCount = bindings.classes?.length ?? 0;
    this.scoreArray = typeof score === 'string';
    const numeric = (name: string | undefined) => name !== undefined && this.numbers.add(name);
    if (bindings.task !== 'multiclass') numeric(score as string | undefined);
    else if (Array.isArray(score)) score.forEach(numeric);
    if (bindings.task === 'regression') [bindings.label, bindings.prediction].forEach(numeric);
    // Binary labels are compared as text when classes or a positive label are named ("1.0" is not "1").
    if (bindings.task === 'binary' && bindings.classes === undefined && bindings.positiveLabel === undefined) numeric(bindings.label);
    numeric(bindings.weight);
    for (const name of [bindings.id, ...bindings.groups, ...bindings.slices]) if (name !== undefined) this.numbers.delete(name);
  }

  make(file: string, chunk: TableChunk): Example[] {
    if (chunk.columns !== this.positionsFor) {
      this.positions = positionsOf(this.bindings, chunk.columns);
      this.positionsFor = chunk.columns;
    }
    this.file = file;
    const examples: Example[] = [];
    const { rows, lines } = chunk;
    const task = this.bindings.task;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      this.line = lines[i];
      if (!Array.isArray(row)) {
        this.state.skip(row.reason, file, this.line, row.column, row.value);
        continue;
      }
      const example = task === 'binary' ? this.binary(row) : task === 'multiclass' ? this.multiclass(row) : this.regression(row);
      if (example !== undefined) examples.push(example);
    }
    this.state.rowsUsed += examples.length;
    return examples;
  }

  private binary(row: unknown[]): Example | undefined {
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
    let prediction: number;
    if (at.prediction >= 0) {
      const raw = row[at.prediction];
      if (isMissing(raw)) return this.reject('missing_value', this.bindings.prediction!, raw);
      prediction = this.labels.read(raw);
      if (prediction < 0) return this.reject('unknown_label', this.bindings.prediction!, raw);
    } else {
      prediction = score >= this.bindings.threshold ? 1 : 0;
    }
    return this.finish(row, label, score, undefined, prediction);
  }

  private multiclass(row: unknown[]): Example | undefined {
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
    let prediction: number;
    if (at.prediction >= 0) {
      const raw = row[at.prediction];
      if (isMissing(raw)) return this.reject('missing_value', this.bindings.prediction!, raw);
      prediction = this.labels.read(raw);
      if (prediction < 0) return this.reject('unknown_label', this.bindings.prediction!, raw);
    } else {
      prediction = argmax(scores!);
    }
    // The score of a multiclass example is the probability given to its predicted class (top-label confidence).
    return this.finish(row, label, scores === undefined ? NaN : scores[prediction], scores, prediction);
  }

  private regression(row: unknown[]): Example | undefined {
    const at = this.positions;
    const rawLabel = row[at.label];
    if (isMissing(rawLabel)) return this.reject('missing_value', this.bindings.label, rawLabel);
    const label = toNumber(rawLabel);
    if (!Number.isFinite(label)) return this.reject('non_numeric_label', this.bindings.label, rawLabel);
    const column = at.score >= 0 ? at.score : at.prediction;
    const raw = row[column];
    const score = toNumber(raw);
    if (!Number.isFinite(score)) return this.reject('non_numeric_score', (this.bindings.score as string | undefined) ?? this.bindings.prediction!, raw);
    return this.finish(row, label, score, undefined, score);
  }

  /** The roles every task shares: weight, id, groups, slices. */
  private finish(row: unknown[], label: number, score: number, scores: Float64Array | undefined, prediction: number): Example | undefined {
    const at = this.positions;
    const bindings = this.bindings;
    let weight = 1;
    if (at.weight >= 0) {
      const raw = row[at.weight];
      if (isMissing(raw)) return this.reject('missing_value', bindings.weight!, raw);
      weight = toNumber(raw);
      if (!Number.isFinite(weight) || weight < 0) return this.reject('bad_weight', bindings.weight!, raw);
    }
    let id: string | undefined;
    if (at.id >= 0) {
      const raw = row[at.id];
      if (isMissing(raw)) return this.reject('missing_value', bindings.id!, raw);
      id = asText(raw);
    }
    const groups: string[] = [];
    for (let k = 0; k < at.groups.length; k++) {
      const raw = row[at.groups[k]];
      if (isMissing(raw)) return this.reject('missing_value', bindings.groups[k], raw);
      groups.push(asText(raw));
    }
    const slices: string[] = [];
    for (let k = 0; k < at.slices.length; k++) {
      const raw = row[at.slices[k]];
      if (isMissing(raw)) return this.reject('missing_value', bindings.slices[k], raw);
      slices.push(asText(raw));
    }
    return { label, score, scores, prediction, weight, id, position: this.position++, groups, slices };
  }

  private reject(reason: SkipReason, column: string, value: unknown): undefined {
    this.state.skip(reason, this.file, this.line, column, value);
    return undefined;
  }
}

function checkBindings(bindings: Bindings): void {
  const { task, score, prediction, classes } = bindings;
  if (score === undefined && prediction === undefined) {
    throw new ConfigError('bind data.score or data.prediction: there is nothing to evaluate', { path: '/data' });
  }
  if (task !== 'multiclass' && Array.isArray(score)) {
    throw new ConfigError(`data.score is a list of columns, which only a multiclass task has (task is ${task})`, { path: '/data/score' });
  }
  if (task === 'binary' && classes !== undefined && classes.length !== 2) {
    throw new ConfigError(`a binary task has two classes [negative, positive], got ${classes.length}`, { path: '/data/classes' });
  }
  if (task === 'binary' && !(bindings.threshold >= 0 && bindings.threshold <= 1)) {
    throw new ConfigError(`data.threshold must be within [0, 1], got ${bindings.threshold}`, { path: '/data/threshold' });
  }
  if (task === 'multiclass') {
    if (classes === undefined || classes.length < 2) {
      throw new ConfigError('a multiclass task needs data.classes: the class labels, in score order', { path: '/data/classes' });
    }
    if (Array.isArray(score) && score.length !== classes.length) {
      throw new ConfigError(`data.score names ${score.length} columns for ${classes.length} classes`, { path: '/data/score' });
    }
  }
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
    if (value === '1' || value === 1 || value === true) return this.classes === undefined && this.positive === undefined ? 1 : this.custom(value);
    if (value === '0' || value === 0 || value === false) return this.classes === undefined && this.positive === undefined ? 0 : this.custom(value);
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
  if (typeof value !== 'string' || value === '') return NaN;
  const number = +value;
  return number === 0 && value.trim() === '' ? NaN : number;
}

function isMissing(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

function shorten(value: unknown): string {
  const text = value === undefined || value === null ? '' : asText(value);
  return text.length > SAMPLE_CHARS ? `${text.slice(0, SAMPLE_CHARS - 1)}…` : text;
}

function missingColumn(file: DataFile, available: string[], role: Role | 'column', name: string): DataError {
  const line = file.format === 'csv' ? 1 : undefined;
  if (file.format === 'csv' && available.length === 1) {
    const other = COMMON_DELIMITERS.find((delimiter) => delimiter !== file.delimiter && available[0].includes(delimiter));
    if (other !== undefined) {
      const shown = other === '\t' ? '\\t' : other;
      return new DataError(`the header is one column, ${JSON.stringify(shorten(available[0]))}: looks like delimiter "${shown}"; set data.delimiter`, { file: file.path, line }, {
        hint: `data.delimiter: "${shown}"`,
      });
    }
  }
  const near = closest(name, available);
  const listed = available.length > 30 ? `${available.slice(0, 30).join(', ')}, … (${available.length} in all)` : available.join(', ');
  const bound = role === 'column' ? '' : ` (data.${role})`;
  return new DataError(`no column ${JSON.stringify(name)}${bound} in ${file.path}; its columns are: ${listed}`, { file: file.path, line, column: name }, {
    hint: near === undefined ? 'every file of the dataset must have every bound column' : `did you mean ${JSON.stringify(near)}?`,
  });
}

/** The existing name a typo most likely meant: same letters ignoring case and spacing, else a small edit distance. */
function closest(name: string, candidates: string[]): string | undefined {
  const squash = (text: string) => text.toLowerCase().replace(/[\s_-]/g, '');
  const exact = candidates.find((candidate) => squash(candidate) === squash(name));
  if (exact !== undefined) return exact;
  let best: string | undefined;
  let bestDistance = (name.length <= 3 ? 1 : Math.max(2, Math.floor(name.length / 3))) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
