/** The contracts between readers, column bindings and the metric accumulators. */

export type Task = 'binary' | 'multiclass' | 'regression';
export type Format = 'csv' | 'jsonl' | 'parquet';

/** Where a row came from: the file and line a user can open (see `MemoryTable.origins`). */
export interface RowOrigin {
  file: string;
  line: number;
}

/**
 * Rows a gate already holds (train's held-out rows and their scores), read by the same readers, checks and counts as
 * a file's rows, so a gate evaluates its own predictions without writing them to a file and reading them back.
 */
export interface MemoryTable {
  /** What the report's data sources and messages call these rows (`DataSummary.files`). */
  name: string;
  columns: string[];
  /** Column k's values, row by row: numbers (a typed array) or values as a format reader gives them (text, numbers, booleans, null). */
  values: ArrayLike<unknown>[];
  /** Row i's origin, which errors and skipped-row samples about it name instead of `name`. */
  origins: ArrayLike<RowOrigin>;
}

/** What a reader reads: a path, paths or globs (several files are one dataset), or rows in memory. */
export type TableSource = string | string[] | MemoryTable;

/** The format a DataSummary reports for rows read from a MemoryTable. */
export const MEMORY_FORMAT = 'memory';

/** Which columns play which role; built from `data:` in the config plus CLI/action overrides. */
export interface Bindings {
  task: Task;
  label: string;
  /** Binary: one column with the positive-class probability. Multiclass: one column per class, or one column holding a JSON array. Regression: the predicted value. */
  score?: string | string[];
  /** Hard prediction column; for binary, when absent, `score >= threshold` is the prediction. */
  prediction?: string;
  /** Binary: score >= threshold is positive. */
  threshold: number;
  /** Binary: the label value that counts as positive (default 1, also accepting "1", "true", "yes"). */
  positiveLabel?: string;
  /** Multiclass: class labels in score-column order. Binary: the two label values [negative, positive] when not 0/1. */
  classes?: string[];
  id?: string;
  groups: string[];
  /** A group value for rows whose group column is empty; when absent such rows are bad rows (missing_value). */
  missingGroup?: string;
  slices: string[];
  weight?: string;
}

export interface ReadOptions {
  /** Overrides detection by extension. */
  format?: Format;
  /** CSV only; default ','. */
  delimiter?: string;
  /** When set, every data file's real path must lie inside this directory (see checkDataPath). */
  workspace?: string;
  /** Rows that may be skipped as bad before the read fails; default 0. */
  maxBadRows: number;
  /** Longest line in bytes (data.max_line_bytes); default DEFAULT_MAX_LINE_BYTES. */
  maxLineBytes?: number;
  /** Longest field in bytes (data.max_field_bytes); default DEFAULT_MAX_FIELD_BYTES. */
  maxFieldBytes?: number;
  /** Distinct values a group or slice column may take (data.max_group_values); default DEFAULT_MAX_GROUP_VALUES. */
  maxGroupValues?: number;
  /** Called every few seconds during long reads. */
  onProgress?: (progress: Progress) => void;
  /** How often onProgress is called, in ms; default 3000. */
  progressIntervalMs?: number;
  /**
   * Draw each row's Poisson bootstrap weights with its batch (`ExampleColumns.replicateWeights`): on the reading
   * thread when there is one, where they cost the evaluating thread nothing.
   */
  bootstrap?: {
    seed: number;
    replicates: number;
    /**
     * Set (element 0 to 1) by the consumer once it no longer needs the weights (it keeps rows and draws them again
     * itself): later batches come without them. Shared memory, so a reading thread sees it.
     */
    stop?: Int32Array;
  };
  /**
   * readExampleColumns only: each batch's columns are made in the same arrays as the last one's, so they hold only
   * until the next batch is read (the caller copies what it keeps). A long read then leaves no garbage a batch.
   */
  reuseBatches?: boolean;
}

export interface Progress {
  file: string;
  rows: number;
  bytes: number;
  /** Total bytes of all files, when known. */
  totalBytes?: number;
  rowsPerSecond: number;
}

/**
 * One example, typed and validated. Readers reuse nothing across rows, but batch them: see `readExamples`.
 * For binary tasks `label` is 0 or 1 and `score` the positive-class probability in [0, 1] (NaN when only
 * a hard prediction is bound). For multiclass `label` is the class index and `scores` the per-class
 * probabilities. For regression `label` and `score` are the true and predicted values.
 */
export interface Example {
  label: number;
  score: number;
  scores?: Float64Array;
  /** Hard prediction: binary 0/1 (from `prediction` or the threshold), multiclass class index, regression unused. */
  prediction: number;
  weight: number;
  /** Value of the id column, or undefined when no id is bound. */
  id: string | undefined;
  /** 0-based position of the row within the whole dataset (all files, in order), counting good rows only. */
  position: number;
  /** Values of each bound group column, in `bindings.groups` order, as strings. */
  groups: string[];
  /** Values of each bound slice column, in `bindings.slices` order, as strings. */
  slices: string[];
}

export type SkipReason =
  | 'missing_value'
  | 'non_numeric_score'
  | 'score_out_of_range'
  | 'unknown_label'
  | 'non_numeric_label'
  | 'ragged_row'
  | 'bad_weight'
  | 'bad_json';

export interface SkippedRow {
  reason: SkipReason;
  file: string;
  line: number;
  column: string;
  value: string;
}

/** What a read did, for the report's `data` section. Nothing is dropped without being counted here. */
export interface DataSummary {
  /** The files read, or a MemoryTable's name. */
  files: string[];
  format: Format | typeof MEMORY_FORMAT;
  rowsRead: number;
  rowsUsed: number;
  rowsSkipped: Partial<Record<SkipReason, number>>;
  /** The first few skipped rows, for the report. */
  skippedSamples: SkippedRow[];
  bytes: number;
}

/** A block of generic rows from `readTable`, for gates that need columns rather than examples (drift, train). */
export interface RowBatch {
  file: string;
  /** Column names of `rows`; compare by name, since files of one dataset may order columns differently. */
  columns: string[];
  /** Values as the format holds them: strings for CSV; numbers, strings, booleans, null, arrays for JSONL and Parquet; undefined for a key a JSON line lacks. */
  rows: unknown[][];
  /** 1-based line of each row (Parquet: row number). */
  lines: number[];
}

/** A row a format reader could not make into values (read.ts counts it as skipped). */
export interface RowFault {
  reason: SkipReason;
  column: string;
  value: string;
}

/** What each format reader yields: `rows[i]` starts on `lines[i]`. */
export interface TableChunk {
  columns: string[];
  rows: (unknown[] | RowFault)[];
  lines: number[];
}
