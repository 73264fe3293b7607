/**
 * Deterministic samples of a dataset in one pass. Every row gets a draw in [0, 1) that is a pure function of
 * its key (the id column, or else its content) and the seed, so the same data and seed select the same rows,
 * returned in input order, however the input is split into files or chunks. Memory holds the candidates of
 * the sample, never the whole input: a stratum keeps the rows whose draw could still be among its smallest.
 */
import { readTableLines, type LineBatch } from '../data/index.js';
import { textAt } from '../data/read.js';
import type { DataSummary, ReadOptions, RowBatch } from '../data/types.js';
import { DataError } from '../errors.js';
import { keyUniform } from '../stats/bootstrap.js';
import type { SampleMethod } from './config.js';
import { dataRecord } from '../records.js';

export interface SampleSpec {
  method: SampleMethod;
  fraction?: number;
  n?: number;
  /** Stratified: the columns whose value combinations are the strata. */
  by: string[];
  minPerStratum: number;
  /** Time: the timestamp column and the window. */
  column?: string;
  days?: number;
  seed: number;
  /** Column whose value keys a row's draw; else the row's content. */
  id?: string;
  /** Columns every file must have (label, features), checked when a file starts. */
  required: string[];
}

export interface SampledRow {
  values: unknown[];
  file: string;
  line: number;
  /** 0-based position in the whole dataset. */
  position: number;
  /** What the draws hash: the id, or the content. */
  key: string;
  draw: number;
  stratum: string;
}

export interface Sample {
  /** Column names of `rows[i].values`: those of the first file. */
  columns: string[];
  /** In input order. */
  rows: SampledRow[];
  /** Rows read and kept per stratum (one stratum, `all`, unless stratified). */
  strata: Record<string, { rows: number; sampled: number }>;
  data: DataSummary;
  warnings: string[];
}

const DAY_MS = 86_400_000;
/** Candidates are dropped only when their draw is this many standard deviations above the fraction. */
const SIGMAS = 7;

/** Reads `paths` once and returns the sample `spec` describes. */
export async function drawSample(paths: string | string[], options: ReadOptions, spec: SampleSpec): Promise<Sample> {
  checkSpec(spec);
  // Only the draw's and the strata's columns are parsed for every line; the rest only for the rows kept.
  const read = readTableLines(paths, options, [...new Set([...(spec.id ? [spec.id] : []), ...spec.by])]);
  const pools = new StrataPools(spec);
  const window = spec.method === 'time' ? new TimeWindow(spec.days! * DAY_MS) : null;
  let columns: string[] | undefined;
  let layout: Layout | undefined;
  let position = 0;
  for await (const batch of read) {
    const available = isLines(batch) ? batch.header : batch.columns;
    if (!layout || available !== layout.source) {
      columns ??= available;
      layout = layoutOf(batch.file, available, columns, spec);
    }
    const rows = isLines(batch) ? lineRows(batch, layout, spec) : tableRows(batch.rows, layout);
    const lines = isLines(batch) ? batch.chunk.lines : batch.lines;
    const faults = isLines(batch) ? batch.chunk.faults : null;
    for (let i = 0; i < lines.length; i++) {
      if (faults?.has(i)) continue;
      const key = rows.key(i);
      const draw = keyUniform(key, spec.seed);
      if (window) {
        const values = rows.values(i);
        const row: SampledRow = { values, file: batch.file, line: lines[i], position: position++, key, draw, stratum: 'all' };
        const time = timestampOf(values[layout.time], row, spec.column!);
        if (spec.fraction !== undefined && draw >= spec.fraction) window.see(time);
        else window.add(row, time);
        continue;
      }
      const pool = pools.of(rows, i, layout);
      const at = position++;
      // Most rows are rejected by their draw alone, before their values are split.
      if (!pool.wants(draw)) continue;
      pool.add({ values: rows.values(i), file: batch.file, line: lines[i], position: at, key, draw, stratum: pool.name });
    }
  }
  const data = read.summary();
  if (columns === undefined) throw new DataError('the dataset has no rows', { file: data.files[0] });
  return { columns, data, ...(window ? windowRows(window, position) : poolRows(pools.byStratum, position, spec)) };
}

/** The pool of each stratum, found by the row's stratum code while rows come from one parser (code space). */
class StrataPools {
  readonly byStratum = new Map<string, StratumPool>();
  private byCode = new Map<number, StratumPool>();
  private codeSpace: unknown = null;

  constructor(private readonly spec: SampleSpec) {}

  of(rows: Rows, i: number, layout: Layout): StratumPool {
    if (rows.codeSpace !== this.codeSpace) {
      this.codeSpace = rows.codeSpace;
      this.byCode = new Map();
    }
    const code = rows.code(i);
    let pool = code >= 0 ? this.byCode.get(code) : undefined;
    if (pool) return pool;
    const raw = rows.stratum(i);
    pool = this.byStratum.get(raw);
    if (!pool) {
      pool = new StratumPool(
        this.spec,
        layout.by.length
          ? stratumName(
              layout.by.map((k) => rows.values(i)[k]),
              this.spec.by,
            )
          : 'all',
      );
      this.byStratum.set(raw, pool);
    }
    if (code >= 0) this.byCode.set(code, pool);
    return pool;
  }
}

function windowRows(window: TimeWindow, position: number): Pick<Sample, 'rows' | 'strata' | 'warnings'> {
  const rows = window.rows();
  const strata: Sample['strata'] = dataRecord();
  strata.all = { rows: position, sampled: rows.length };
  return { rows, strata, warnings: [] };
}

function poolRows(pools: Map<string, StratumPool>, position: number, spec: SampleSpec): Pick<Sample, 'rows' | 'strata' | 'warnings'> {
  const warnings: string[] = [];
  const strata: Sample['strata'] = dataRecord();
  const rows: SampledRow[] = [];
  for (const pool of [...pools.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const kept = pool.select();
    strata[pool.name] = { rows: pool.count, sampled: kept.length };
    rows.push(...kept);
  }
  if (spec.n !== undefined && position < spec.n)
    warnings.push(`the sample asks for ${spec.n} rows and the dataset has ${position}: all of them are used`);
  // Each pool keeps input order; only rows from several strata need merging back into it.
  if (pools.size > 1) rows.sort((a, b) => a.position - b.position);
  return { rows, strata, warnings };
}

/** Row i of a batch as the sampler sees it; `values` in the canonical column order. */
interface Rows {
  key(i: number): string;
  /** Its stratum's values, joined. */
  stratum(i: number): string;
  /** Its stratum's values as a number within `codeSpace`, or -1 when they have none. */
  code(i: number): number;
  codeSpace: unknown;
  values(i: number): unknown[];
}

function tableRows(rows: unknown[][], layout: Layout): Rows {
  const { reorder, by, id } = layout;
  const values = (i: number) => (reorder ? reorder.map((k) => rows[i][k]) : rows[i]);
  return {
    key: (i) => (id >= 0 ? asText(rows[i][reorder ? reorder[id] : id]) : values(i).map(asText).join('\u001f')),
    stratum: (i) => by.map((k) => asText(values(i)[k])).join('\u001f'),
    code: () => -1,
    codeSpace: null,
    values,
  };
}

/** Codes of up to this many stratum columns make one number: each is below 4096 (csv.ts MAX_INTERNED), 4096^4 < 2^53. */
const CODED_STRATA = 4;

/** Rows of quote-free lines: the id and strata come from the parsed columns; the line is split only for `values`. */
function lineRows(batch: LineBatch, layout: Layout, spec: SampleSpec): Rows {
  const { chunk, delimiter } = batch;
  const { bytes, starts, ends } = chunk.source;
  const { reorder } = layout;
  const id = spec.id ? chunk.columns.indexOf(spec.id) : -1;
  const by = spec.by.map((name) => chunk.columns.indexOf(name));
  const codes = by.map((k) => chunk.codes[k]);
  const values = (i: number) => {
    const fields = bytes.toString('utf8', starts[i], ends[i]).split(delimiter);
    return reorder ? reorder.map((k) => fields[k]) : fields;
  };
  return {
    key: (i) => (id >= 0 ? textAt(chunk, id, i) : values(i).join('\u001f')),
    stratum: (i) => by.map((k) => textAt(chunk, k, i)).join('\u001f'),
    code: (i) => {
      if (codes.length > CODED_STRATA) return -1;
      let code = 0;
      for (let k = 0, scale = 1; k < codes.length; k++, scale *= 4096) {
        const c = codes[k][i];
        if (c < 0) return -1;
        code += c * scale;
      }
      return code;
    },
    // The parser's interned values: the same table for every chunk of a file, so its codes mean the same.
    codeSpace: chunk.texts[by[0]] ?? null,
    values,
  };
}

function isLines(batch: RowBatch | LineBatch): batch is LineBatch {
  return 'chunk' in batch;
}

function checkSpec(spec: SampleSpec): void {
  if (!['uniform', 'stratified', 'reservoir', 'time'].includes(spec.method)) {
    throw new DataError(
      `unknown sampling method ${JSON.stringify(spec.method)}`,
      {},
      { hint: 'use uniform, stratified, reservoir or time' },
    );
  }
  if (spec.fraction !== undefined && !(spec.fraction > 0 && spec.fraction <= 1)) {
    throw new DataError(`the sample fraction must be in (0, 1], got ${spec.fraction}`);
  }
  if (spec.n !== undefined && !(Number.isSafeInteger(spec.n) && spec.n >= 1))
    throw new DataError(`the sample size n must be a positive integer, got ${spec.n}`);
  if (spec.method === 'reservoir' && spec.n === undefined) throw new DataError('reservoir sampling needs n');
  if (spec.method === 'time' && !(spec.column && spec.days !== undefined && spec.days > 0))
    throw new DataError('time sampling needs a timestamp column and days > 0');
}

interface Layout {
  source: string[];
  /** Source index of each canonical column, when this file orders them differently. */
  reorder: number[] | null;
  id: number;
  by: number[];
  time: number;
}

/** Where the roles sit in the canonical columns, after checking that this file has every column needed. */
function layoutOf(file: string, available: string[], columns: string[], spec: SampleSpec): Layout {
  const needed = [...new Set([...spec.required, ...spec.by, ...(spec.id ? [spec.id] : []), ...(spec.column ? [spec.column] : [])])];
  for (const name of needed) {
    if (!available.includes(name)) {
      const role = spec.by.includes(name)
        ? 'stratum column'
        : name === spec.column
          ? 'timestamp column'
          : name === spec.id
            ? 'id column'
            : 'column';
      throw new DataError(
        `${role} ${JSON.stringify(name)} is not in the data`,
        { file, column: name },
        { hint: `columns: ${available.join(', ')}` },
      );
    }
  }
  let reorder: number[] | null = null;
  if (available !== columns && available.join('\u001f') !== columns.join('\u001f')) {
    if (available.length !== columns.length || columns.some((name) => !available.includes(name))) {
      throw new DataError(
        `the files of one dataset must have the same columns; this one has ${available.join(', ')} and the first had ${columns.join(', ')}`,
        { file },
      );
    }
    reorder = columns.map((name) => available.indexOf(name));
  }
  const at = (name: string) => columns.indexOf(name);
  return { source: available, reorder, id: spec.id ? at(spec.id) : -1, by: spec.by.map(at), time: spec.column ? at(spec.column) : -1 };
}

/**
 * One stratum (or the whole dataset): its rows with the smallest draws, `round(fraction * rows)` of them
 * (at least the floor), or exactly `n`. Rows whose draw is far above what the final cut can reach are
 * dropped as the count grows; the cut is checked against the smallest dropped draw, so the result is
 * always exactly the smallest draws.
 */
class StratumPool {
  count = 0;
  private candidates: SampledRow[] = [];
  private limit = 1;
  private smallestDropped = Infinity;
  private readonly fraction: number;
  private readonly floor: number;
  private readonly n: number | undefined;

  constructor(
    spec: SampleSpec,
    readonly name: string,
  ) {
    this.n = spec.method === 'reservoir' || spec.method === 'uniform' ? spec.n : undefined;
    this.fraction = this.n === undefined ? (spec.fraction ?? 1) : 1;
    this.floor = spec.method === 'stratified' ? spec.minPerStratum : 0;
  }

  /** Counts a row; false when its draw rules it out (then it need not be built). */
  wants(draw: number): boolean {
    this.count++;
    if (draw < this.limit) return true;
    if (draw < this.smallestDropped) this.smallestDropped = draw;
    return false;
  }

  /** A row `wants` accepted. */
  add(row: SampledRow): void {
    this.candidates.push(row);
    if (this.candidates.length >= 2 * this.expected() + 64) this.prune();
  }

  /** The `target` rows with the smallest (draw, position), in input order. */
  select(): SampledRow[] {
    const target = this.target();
    const rows = this.candidates;
    let kept = rows;
    if (rows.length > target) {
      const cut = target > 0 ? kthDraw(rows, target) : -Infinity;
      let ties = target - rows.reduce((n, row) => n + (row.draw < cut ? 1 : 0), 0);
      // Candidates are in input order, so ties at the cut go by position, as a sort by (draw, position) would.
      kept = rows.filter((row) => row.draw < cut || (row.draw === cut && ties-- > 0));
    }
    const largest = kept.reduce((max, row) => Math.max(max, row.draw), -Infinity);
    if (kept.length < target || largest >= this.smallestDropped) {
      // Unreachable in practice (a 7-sigma event); failing beats a sample that is not the one the seed names.
      throw new DataError('the one-pass sample dropped a row it needed; choose another seed', {});
    }
    return kept;
  }

  private target(): number {
    if (this.n !== undefined) return Math.min(this.n, this.count);
    return Math.min(this.count, Math.max(this.floor, Math.round(this.fraction * this.count)));
  }

  private expected(): number {
    return this.n ?? Math.max(this.floor, this.fraction * this.count);
  }

  /** Drops the candidates whose draw the final cut cannot reach; they stay in input order. */
  private prune(): void {
    const rows = this.candidates;
    const keep = Math.max(this.floor, this.n ?? 0);
    if (this.n !== undefined) {
      this.limit = kthDraw(rows, keep) + Number.EPSILON;
    } else {
      const f = this.fraction;
      this.limit = Math.min(1, f + SIGMAS * Math.sqrt((f * (1 - f)) / this.count) + SIGMAS / this.count);
    }
    let cut = this.limit;
    if (keep > 0 && rows.reduce((n, row) => n + (row.draw < cut ? 1 : 0), 0) < keep) cut = kthDraw(rows, keep) + Number.EPSILON;
    const kept: SampledRow[] = [];
    for (const row of rows) {
      if (row.draw < cut) kept.push(row);
      else if (row.draw < this.smallestDropped) this.smallestDropped = row.draw;
    }
    this.candidates = kept;
    if (this.n === undefined && this.floor > 0 && kept.length > this.floor)
      this.limit = Math.max(this.limit, kthDraw(kept, this.floor) + Number.EPSILON);
  }
}

/**
 * The k-th smallest draw (1-based) of `rows`. A numeric sort of the draws alone: sorting the row objects with a
 * comparator was most of the reservoir's time (bench/train.mjs).
 */
function kthDraw(rows: SampledRow[], k: number): number {
  const draws = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) draws[i] = rows[i].draw;
  return draws.sort()[k - 1];
}

/** The rows of the last `span` ms before the newest timestamp seen, pruned as the newest moves on. */
class TimeWindow {
  private kept: { row: SampledRow; time: number }[] = [];
  private newest = -Infinity;
  private pruneAt = 1024;

  constructor(private readonly span: number) {}

  see(time: number): void {
    if (time > this.newest) this.newest = time;
  }

  add(row: SampledRow, time: number): void {
    this.see(time);
    if (time < this.newest - this.span) return;
    this.kept.push({ row, time });
    if (this.kept.length >= this.pruneAt) {
      this.prune();
      this.pruneAt = Math.max(1024, 2 * this.kept.length);
    }
  }

  rows(): SampledRow[] {
    this.prune();
    return this.kept.map((k) => k.row);
  }

  private prune(): void {
    const cut = this.newest - this.span;
    this.kept = this.kept.filter((k) => k.time >= cut);
  }
}

function timestampOf(value: unknown, row: SampledRow, column: string): number {
  const time =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? /^-?\d+(\.\d+)?$/.test(value.trim())
          ? Number(value)
          : Date.parse(value)
        : NaN;
  if (!Number.isFinite(time)) {
    throw new DataError(`timestamp ${JSON.stringify(value ?? '')} is neither ISO 8601 text nor epoch milliseconds`, {
      file: row.file,
      line: row.line,
      column,
    });
  }
  return time;
}

/** `label="1", sex="F"`: readable in the report, and distinct for distinct values. */
export function stratumName(values: unknown[], columns: string[]): string {
  return columns.map((name, i) => `${name}=${JSON.stringify(asText(values[i]))}`).join(', ');
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
