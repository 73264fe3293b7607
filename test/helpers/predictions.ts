/**
 * The same predictions in every format the readers take, written from rows parsed out of a CSV text, so an e2e
 * test can check that the format changes nothing in the report.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parquetWriteFile } from 'hyparquet-writer';

/** Rows of a simple CSV (no quoting), with numeric-looking cells as numbers. */
export function parseSimpleCsv(text: string): { header: string[]; rows: (string | number)[][] } {
  const [head, ...lines] = text.trim().split('\n');
  const header = head.split(',');
  const rows = lines.map((line) => line.split(',').map((cell) => (cell !== '' && Number.isFinite(Number(cell)) ? Number(cell) : cell)));
  return { header, rows };
}

export function writeJsonl(file: string, csv: string): void {
  const { header, rows } = parseSimpleCsv(csv);
  writeFileSync(file, rows.map((row) => JSON.stringify(Object.fromEntries(header.map((h, i) => [h, row[i]])))).join('\n') + '\n');
}

/** Parquet with typed columns: integers as INT32, other numbers as DOUBLE, text as STRING. */
export function writeParquet(file: string, csv: string): void {
  const { header, rows } = parseSimpleCsv(csv);
  parquetWriteFile({
    filename: file,
    columnData: header.map((name, i) => {
      const data = rows.map((row) => row[i]);
      const type = data.every((v) => typeof v === 'number' && Number.isInteger(v))
        ? 'INT32'
        : data.every((v) => typeof v === 'number')
          ? 'DOUBLE'
          : 'STRING';
      return { name, data: type === 'STRING' ? data.map(String) : data, type };
    }),
  });
}

export function writeGzip(file: string, text: string): void {
  writeFileSync(file, gzipSync(text));
}
