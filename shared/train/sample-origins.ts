/**
 * Where each row of a cached sample came from: its data file (an index into the dataset's files, whose contents and
 * order the cache key fixes), its line in that file and its position in the dataset. Restored with the sample, so a
 * cache hit names the same origins as a fresh draw: errors and behavioral cases point at the data file's line, never
 * at the cached copy's.
 */
import type { SampledRow } from './sample.js';
import { DataError } from '../errors.js';

export const ORIGINS_FILE = 'sample-origins.bin';

/** Per row: file index, line and position, each a little-endian float64 (lines and positions may pass 2^32). */
const ROW_BYTES = 24;

/** The origins of `rows`, drawn from `files` (the paths as the sample read them). */
export function encodeOrigins(rows: readonly SampledRow[], files: readonly string[]): Buffer {
  const index = new Map(files.map((file, i) => [file, i]));
  const bytes = Buffer.alloc(rows.length * ROW_BYTES);
  rows.forEach((row, i) => {
    const file = index.get(row.file);
    if (file === undefined) throw new Error(`sampled row from ${row.file}, which is not one of the dataset's files`);
    bytes.writeDoubleLE(file, i * ROW_BYTES);
    bytes.writeDoubleLE(row.line, i * ROW_BYTES + 8);
    bytes.writeDoubleLE(row.position, i * ROW_BYTES + 16);
  });
  return bytes;
}

/**
 * Gives `rows` (read back from the cached sample, in its order) their origins in `files`; a cache entry whose
 * origins do not fit its rows is refused, naming `where`, rather than guessed at.
 */
export function restoreOrigins(bytes: Buffer, rows: SampledRow[], files: readonly string[], where: string): void {
  const refuse = (why: string): never => {
    throw new DataError(
      `the cached sample's origins ${why}`,
      { file: where },
      { hint: 'delete the cache entry; the next run draws the sample again' },
    );
  };
  if (bytes.length !== rows.length * ROW_BYTES) refuse(`hold ${bytes.length} bytes, not ${rows.length} rows of ${ROW_BYTES}`);
  let previous = -1;
  rows.forEach((row, i) => {
    const file = bytes.readDoubleLE(i * ROW_BYTES);
    const line = bytes.readDoubleLE(i * ROW_BYTES + 8);
    const position = bytes.readDoubleLE(i * ROW_BYTES + 16);
    if (!(Number.isInteger(file) && file >= 0 && file < files.length)) refuse(`name file ${file} of ${files.length} at row ${i + 1}`);
    if (!(Number.isSafeInteger(line) && line >= 1)) refuse(`give line ${line} at row ${i + 1}`);
    if (!(Number.isSafeInteger(position) && position > previous)) refuse(`are not in input order at row ${i + 1}`);
    previous = position;
    row.file = files[file];
    row.line = line;
    row.position = position;
  });
}
