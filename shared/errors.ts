/**
 * Errors are values with a kind and a location, rendered once at the edge (CLI or action entry).
 * A gate that meets one of these never passes: the command turns it into verdict `error`, exit code 2.
 */
export interface Location {
  file?: string;
  /** 1-based line in a text file; for Parquet, the 1-based row number. */
  line?: number;
  /** 1-based column number, or the column's name where that reads better. */
  column?: number | string;
  /** JSON path inside a config file, such as `/evaluate/gates/0/min`. */
  path?: string;
}

export type ErrorKind = 'ConfigError' | 'DataError' | 'SourceError' | 'UsageError';

export class ModelgateError extends Error {
  readonly kind: ErrorKind;
  readonly location: Location;
  readonly hint?: string;
  /** A few offending values, already shortened, for the message. */
  readonly samples?: string[];
  /**
   * What the gate measured before it had to stop, as report sections (shadow-compare's replay counts when a model
   * went down): the error report carries them beside the error, so the reader sees how far it got.
   */
  sections?: Record<string, unknown>;

  constructor(
    kind: ErrorKind,
    message: string,
    location: Location = {},
    extra: { hint?: string; samples?: string[]; cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = kind;
    this.kind = kind;
    this.location = location;
    this.hint = extra.hint;
    this.samples = extra.samples;
  }
}

export class ConfigError extends ModelgateError {
  constructor(message: string, location: Location = {}, extra: { hint?: string; cause?: unknown } = {}) {
    super('ConfigError', message, location, extra);
  }
}

export class DataError extends ModelgateError {
  constructor(message: string, location: Location = {}, extra: { hint?: string; samples?: string[]; cause?: unknown } = {}) {
    super('DataError', message, location, extra);
  }
}

export class SourceError extends ModelgateError {
  constructor(message: string, location: Location = {}, extra: { hint?: string; cause?: unknown } = {}) {
    super('SourceError', message, location, extra);
  }
}

export class UsageError extends ModelgateError {
  constructor(message: string, extra: { hint?: string } = {}) {
    super('UsageError', message, {}, extra);
  }
}

/** `file:line:column` as editors and CI logs link it. */
export function formatLocation(location: Location): string {
  const parts: string[] = [];
  if (location.file) parts.push(location.file);
  if (location.line !== undefined) parts.push(String(location.line));
  if (location.column !== undefined) parts.push(String(location.column));
  let text = parts.join(':');
  if (location.path) text += `${text ? ' ' : ''}at ${location.path}`;
  return text;
}

/** One line (plus hint and samples) for logs and reports. */
export function formatError(error: unknown): string {
  if (error instanceof ModelgateError) {
    const where = formatLocation(error.location);
    let text = `${error.kind}: ${where ? `${where}: ` : ''}${error.message}`;
    if (error.samples?.length) text += ` (e.g. ${error.samples.join(', ')})`;
    if (error.hint) text += `\n  hint: ${error.hint}`;
    return text;
  }
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
