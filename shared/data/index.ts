export { readExampleColumns, readExamples, readTable, readTableLines } from './read.js';
export type { ExampleColumnsRead, ExampleRead, LineBatch, TableRead } from './read.js';
export { exampleAt } from './columns.js';
export type { ExampleColumns } from './columns.js';
export type {
  Bindings,
  DataSummary,
  Example,
  Format,
  MemoryTable,
  Progress,
  ReadOptions,
  RowBatch,
  RowOrigin,
  SkippedRow,
  SkipReason,
  TableSource,
  Task,
} from './types.js';
