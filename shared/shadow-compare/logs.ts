/**
 * One side's prediction log into the join: a table in any reader format (CSV, JSON Lines, Parquet, gzip, globs)
 * with an id column and the answer's columns, or the CloudEvents a Seldon or KServe payload logger writes.
 * Values are read strictly: a score that is not a decimal number is a DataError naming file, line and column, not
 * a row quietly left out of the comparison.
 */
import { decimalNumber } from '../decimal.js';
import { DataError } from '../errors.js';
import { readTableColumns, textAt, type ColumnBatch } from '../data/read.js';
import type { DataSummary, ReadOptions, RowBatch } from '../data/types.js';
import { CloudEventPairer, type CloudEventCounts } from './cloudevents.js';
import type { Answer } from './join.js';

/** Which column holds what; every role but `id` optional. */
export interface LogColumns {
  id: string;
  score?: string;
  prediction?: string;
  label?: string;
  latency?: string;
  /** A column that is true (1, true, yes) when the request failed. */
  error?: string;
  segments: string[];
  /** Columns whose values never leave the runner: an error about one names the column and line, not the value. */
  redact?: readonly string[];
  /** Regression: the label is a number (Answer.target), read strictly like a score, not a class name. */
  numericLabel?: boolean;
}

export interface SideRead {
  data: DataSummary;
  /** Set when the log was CloudEvents. */
  cloudEvents?: CloudEventCounts;
}

type Emit = (id: string, answer: Answer) => void;

/** Where a value stands, and whether its column is redacted. */
export interface Where {
  file: string;
  line: number;
  column: string;
  redacted: boolean;
}

const CLOUD_EVENT_COLUMNS = ['specversion', 'type', 'id'];
const TRUE = new Set(['1', 'true', 'True', 'TRUE', 'yes']);
const FALSE = new Set(['', '0', 'false', 'False', 'FALSE', 'no']);

/** Reads one side's log, calling `emit` for every answer in order, and `between` (awaited) after each batch of rows. */
export async function readSide(
  paths: string | string[],
  columns: LogColumns,
  options: ReadOptions,
  emit: Emit,
  between?: () => Promise<void>,
): Promise<SideRead> {
  const chosen = [columns.id, columns.score, columns.prediction, columns.label, columns.latency, columns.error, ...columns.segments];
  const numbers = new Set(
    [columns.score, columns.latency, columns.numericLabel ? columns.label : undefined].filter((name): name is string => name !== undefined),
  );
  const read = readTableColumns(paths, options, [...new Set(chosen.filter((name): name is string => name !== undefined))], numbers);
  let pairer: CloudEventPairer | null = null;
  let table: ((batch: RowBatch) => void) | null = null;
  const block = blockReader(columns, emit);
  for await (const batch of read) {
    if ('chunk' in batch) {
      block(batch);
      if (between) await between();
      continue;
    }
    if (pairer === null && table === null) {
      if (CLOUD_EVENT_COLUMNS.every((c) => batch.columns.includes(c))) pairer = new CloudEventPairer(emit);
      else table = tableReader(columns, emit);
    }
    if (pairer)
      for (let i = 0; i < batch.rows.length; i++)
        pairer.add(eventOf(batch.columns, batch.rows[i]), { file: batch.file, line: batch.lines[i] });
    else table!(batch);
    if (between) await between();
  }
  const data = read.summary();
  return pairer ? { data, cloudEvents: pairer.finish() } : { data };
}

/**
 * Quote-free CSV blocks, column by column: numbers come parsed, texts interned, and one Answer is filled in place
 * for every row (the join copies what it keeps), so a row costs no object.
 */
function blockReader(columns: LogColumns, emit: Emit): (batch: ColumnBatch) => void {
  const hidden = new Set(columns.redact);
  let layout: { columns: string[]; at: Record<string, number>; segments: number[] } | null = null;
  const segments: (string | null)[] = columns.segments.map(() => null);
  const answer: Answer = { score: null, prediction: null, latency: null, error: false, label: null, target: null, segments };
  return ({ file, chunk }) => {
    if (layout === null || layout.columns !== chunk.columns) layout = layoutOf({ file, columns: chunk.columns }, columns);
    const { at } = layout;
    const where = (i: number, column: string) => (): Where => ({ file, line: chunk.lines[i], column, redacted: hidden.has(column) });
    const textOf = (k: number | undefined, i: number): string | null => (k === undefined ? null : text(textAt(chunk, k, i)));
    const numberOf = (k: number | undefined, i: number, column: string | undefined): number | null => {
      if (k === undefined) return null;
      const parsed = chunk.codes[k][i] === -1 ? chunk.numbers[k]![i] : textAt(chunk, k, i);
      return strictNumber(parsed, where(i, column!));
    };
    for (let i = 0; i < chunk.length; i++) {
      if (chunk.faults?.has(i)) continue;
      const id = textOf(at.id, i);
      if (id === null) throw new DataError(`request id is empty in column ${JSON.stringify(columns.id)}`, where(i, columns.id)());
      answer.score = numberOf(at.score, i, columns.score);
      answer.prediction = textOf(at.prediction, i);
      if (columns.numericLabel) answer.target = numberOf(at.label, i, columns.label);
      else answer.label = textOf(at.label, i);
      answer.latency = numberOf(at.latency, i, columns.latency);
      answer.error = at.error === undefined ? false : flag(textAt(chunk, at.error, i), where(i, columns.error!));
      for (let s = 0; s < segments.length; s++) segments[s] = textOf(layout.segments[s], i);
      emit(id, answer);
    }
  };
}

function eventOf(columns: string[], row: unknown[]): Record<string, unknown> {
  const event: Record<string, unknown> = Object.create(null);
  columns.forEach((name, k) => {
    if (row[k] !== undefined) event[name] = row[k];
  });
  return event;
}

function tableReader(columns: LogColumns, emit: Emit): (batch: RowBatch) => void {
  const hidden = new Set(columns.redact);
  let layout: { columns: string[]; at: Record<string, number>; segments: number[] } | null = null;
  return (batch) => {
    if (layout === null || layout.columns !== batch.columns) layout = layoutOf(batch, columns);
    const { at, segments } = layout;
    for (let i = 0; i < batch.rows.length; i++) {
      const row = batch.rows[i];
      const where = (column: string): Where => ({ file: batch.file, line: batch.lines[i], column, redacted: hidden.has(column) });
      const id = text(row[at.id]);
      if (id === null) throw new DataError(`request id is empty in column ${JSON.stringify(columns.id)}`, where(columns.id));
      emit(id, {
        score: columns.score ? strictNumber(row[at.score], () => where(columns.score!)) : null,
        prediction: columns.prediction ? text(row[at.prediction]) : null,
        label: at.label === undefined || columns.numericLabel ? null : text(row[at.label]),
        target: at.label === undefined || !columns.numericLabel ? null : strictNumber(row[at.label], () => where(columns.label!)),
        latency: columns.latency ? strictNumber(row[at.latency], () => where(columns.latency!)) : null,
        error: columns.error ? flag(row[at.error], () => where(columns.error!)) : false,
        segments: segments.map((k) => text(row[k])),
      });
    }
  };
}

function layoutOf(
  batch: Pick<RowBatch, 'file' | 'columns'>,
  columns: LogColumns,
): { columns: string[]; at: Record<string, number>; segments: number[] } {
  const at: Record<string, number> = Object.create(null);
  const find = (name: string): number => {
    const k = batch.columns.indexOf(name);
    if (k < 0)
      throw new DataError(
        `the log has no column ${JSON.stringify(name.slice(0, 64))}`,
        { file: batch.file },
        {
          hint: `its columns: ${batch.columns
            .slice(0, 10)
            .map((c) => JSON.stringify(c.slice(0, 64)))
            .join(', ')}`,
        },
      );
    return k;
  };
  for (const role of ['id', 'score', 'prediction', 'latency', 'error'] as const) {
    const name = columns[role];
    if (name !== undefined) at[role] = find(name);
  }
  // The truth may sit in either log (or a labels file), so one side without the label column is usual.
  if (columns.label !== undefined && batch.columns.includes(columns.label)) at.label = batch.columns.indexOf(columns.label);
  return { columns: batch.columns, at, segments: columns.segments.map(find) };
}

function text(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/** A number read strictly: empty is null, anything but a finite decimal a DataError at `where` (without the value when redacted). */
export function strictNumber(value: unknown, where: () => Where): number | null {
  if (value === undefined || value === null || value === '') return null;
  const parsed = typeof value === 'number' ? value : typeof value === 'string' ? decimalNumber(value) : NaN;
  if (!Number.isFinite(parsed)) throw new DataError(`${shown(value, where())} is not a finite decimal number`, where());
  return parsed;
}

/** A value for an error message: quoted and cut, or not at all when its column is redacted. */
function shown(value: unknown, at: Where): string {
  return at.redacted ? `the value (redacted) in column ${JSON.stringify(at.column)}` : JSON.stringify(String(value).slice(0, 40));
}

function flag(value: unknown, where: () => Where): boolean {
  if (value === true || value === 1) return true;
  if (value === false || value === 0 || value === undefined || value === null) return false;
  const t = String(value);
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  throw new DataError(`${shown(t, where())} is not an error flag (1/0, true/false, yes/no)`, where());
}
