export { readExamples, readTable } from './read.js';
export type { ExampleRead, TableRead } from './read.js';
export type {
  Bindings,
  DataSummary,
  Example,
  Format,
  Progress,
  ReadOptions,
  RowBatch,
  SkippedRow,
  SkipReason,
  Task,
} from './types.js';
