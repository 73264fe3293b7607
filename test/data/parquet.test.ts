import { join } from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { readParquet } from '../../shared/data/parquet.js';
import { DataError } from '../../shared/errors.js';
import { drain, failure, useTempDir, write } from './helpers.js';

const dir = useTempDir();
const path = join(dir, 'predictions.parquet');
const ROWS = 10;
parquetWriteFile({
  filename: path,
  rowGroupSize: 4,
  columnData: [
    { name: 'id', data: [...Array.from({ length: ROWS - 1 }, (_, i) => BigInt(i + 1)), 2n ** 60n], type: 'INT64' },
    { name: 'label', data: Array.from({ length: ROWS }, (_, i) => ['a', 'b', 'c'][i % 3]), type: 'STRING' },
    { name: 'scores', data: Array.from({ length: ROWS }, (_, i) => [0.1, 0.2, i / 10]) },
    { name: 'weight', data: Array.from({ length: ROWS }, (_, i) => (i === 5 ? null : i + 0.5)), type: 'DOUBLE' },
  ],
});

describe('readParquet', () => {
  it('reads every row group in order, numbering rows from 1', async () => {
    const chunks = await drain(readParquet(path));
    expect(chunks).toHaveLength(3);
    expect(chunks.map((chunk) => chunk.lines)).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
      [9, 10],
    ]);
    expect(chunks[0].columns).toEqual(['id', 'label', 'scores', 'weight']);
    const rows = chunks.flatMap((chunk) => chunk.rows);
    expect(rows[0]).toEqual([1, 'a', [0.1, 0.2, 0], 0.5]);
    expect(rows[5]).toEqual([6, 'c', [0.1, 0.2, 0.5], null]);
    // An INT64 past 2^53 stays exact, as text.
    expect(rows[9]).toEqual(['1152921504606846976', 'a', [0.1, 0.2, 0.9], 9.5]);
  });

  it('decodes only the selected columns and reports compressed bytes per row group', async () => {
    let offered: string[] = [];
    let bytes = 0;
    const chunks = await drain(
      readParquet(
        path,
        (columns) => ((offered = columns), ['weight', 'label']),
        (n) => (bytes += n),
      ),
    );
    expect(offered).toEqual(['id', 'label', 'scores', 'weight']);
    expect(chunks[0].columns).toEqual(['label', 'weight']);
    expect(chunks.flatMap((chunk) => chunk.rows)[1]).toEqual(['b', 1.5]);
    expect(bytes).toBeGreaterThan(0);
  });

  it('yields a large row group in batches of a few thousand rows', async () => {
    const big = join(dir, 'big.parquet');
    parquetWriteFile({
      filename: big,
      rowGroupSize: 10_000,
      columnData: [{ name: 'x', data: Float64Array.from({ length: 10_000 }, (_, i) => i) }],
    });
    const chunks = await drain(readParquet(big));
    expect(chunks.map((chunk) => chunk.rows.length)).toEqual([4096, 4096, 1808]);
    expect(chunks[2].lines.at(-1)).toBe(10_000);
  });

  it('fails on a file that is not Parquet, and on one without rows', async () => {
    const junk = write(dir, 'junk.parquet', 'id,label\n1,a\n');
    const error = await failure(drain(readParquet(junk)));
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toMatch(/^not a readable Parquet file/);
    expect(error.location).toEqual({ file: junk });

    const empty = join(dir, 'empty.parquet');
    parquetWriteFile({ filename: empty, columnData: [{ name: 'x', data: [], type: 'DOUBLE' }] });
    const noRows = await failure(drain(readParquet(empty)));
    expect(noRows.message).toMatch(/^no data rows/);
  });
});
