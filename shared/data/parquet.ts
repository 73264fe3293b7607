import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet';
import type { AsyncBuffer, FileMetaData } from 'hyparquet';
import { DataError } from '../errors.js';
import type { TableChunk } from './types.js';

const BATCH_ROWS = 4096;

/**
 * Reads a Parquet file one row group at a time, so memory is bounded by a row group. Lines are 1-based
 * row numbers. INT64 values become numbers when exact and decimal strings otherwise (ids).
 * `select` is called with the top-level column names and returns those to read; others are never decoded.
 * `onBytes` is told the compressed bytes of each row group read.
 */
export async function* readParquet(
  file: string,
  select?: (columns: string[]) => string[],
  onBytes?: (bytes: number) => void,
): AsyncGenerator<TableChunk> {
  let buffer: AsyncBuffer;
  let metadata: FileMetaData;
  try {
    buffer = await asyncBufferFromFile(file);
    metadata = await parquetMetadataAsync(buffer);
  } catch (error) {
    throw new DataError(`not a readable Parquet file: ${(error as Error).message}`, { file }, { cause: error });
  }
  const available = parquetSchema(metadata).children.map((child) => child.element.name);
  if (Number(metadata.num_rows) === 0) throw new DataError('no data rows: the Parquet file has a schema and no rows', { file });
  const wanted = select === undefined ? undefined : new Set(select(available));
  const columns = wanted === undefined ? available : available.filter((name) => wanted.has(name));
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    let rows: unknown[][] = [];
    try {
      await parquetRead({ file: buffer, metadata, columns, rowStart, rowEnd, onComplete: (read) => (rows = read) });
    } catch (error) {
      throw new DataError(`cannot read Parquet rows ${rowStart + 1}-${rowEnd}: ${(error as Error).message}`, { file, line: rowStart + 1 }, {
        cause: error,
      });
    }
    for (const row of rows) for (let i = 0; i < row.length; i++) if (typeof row[i] === 'bigint') row[i] = fromBigInt(row[i] as bigint);
    onBytes?.(Number(group.total_compressed_size ?? 0n));
    for (let start = 0; start < rows.length; start += BATCH_ROWS) {
      const batch = rows.slice(start, start + BATCH_ROWS);
      yield { columns, rows: batch, lines: batch.map((_, i) => rowStart + start + i + 1) };
    }
    rowStart = rowEnd;
  }
}

function fromBigInt(value: bigint): number | string {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
}
