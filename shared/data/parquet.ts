import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema } from 'hyparquet';
import type { AsyncBuffer, FileMetaData } from 'hyparquet';
import { DataError } from '../errors.js';
import { DEFAULT_MAX_FIELD_BYTES, fieldTooLong } from './limits.js';
import type { TableChunk } from './types.js';

const BATCH_ROWS = 4096;

/**
 * Reads a Parquet file one row group at a time, so memory is bounded by a row group. Lines are 1-based
 * row numbers. INT64 values become numbers when exact and decimal strings otherwise (ids).
 * `select` is called with the top-level column names and returns those to read; others are never decoded.
 * `onBytes` is told the compressed bytes of each row group read. A text value longer than `maxFieldBytes` is an
 * error, as in the text formats; so are two columns of one name, which the format allows.
 */
export async function* readParquet(
  file: string,
  select?: (columns: string[]) => string[],
  onBytes?: (bytes: number) => void,
  maxFieldBytes = DEFAULT_MAX_FIELD_BYTES,
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
  const seen = new Set<string>();
  for (const name of available) {
    if (seen.has(name)) {
      throw new DataError(
        `duplicate column name ${JSON.stringify(name)} in the Parquet schema`,
        { file, column: name },
        {
          hint: 'each column is read by its name: rename or drop one of them',
        },
      );
    }
    seen.add(name);
  }
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
      throw new DataError(
        `cannot read Parquet rows ${rowStart + 1}-${rowEnd}: ${(error as Error).message}`,
        { file, line: rowStart + 1 },
        {
          cause: error,
        },
      );
    }
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      for (let i = 0; i < row.length; i++) {
        const value = row[i];
        if (typeof value === 'bigint') row[i] = fromBigInt(value);
        else if (typeof value === 'string' && value.length > maxFieldBytes / 3 && Buffer.byteLength(value) > maxFieldBytes) {
          throw fieldTooLong(file, rowStart + r + 1, columns[i], maxFieldBytes);
        }
      }
    }
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
