/** Writes rows as CSV (RFC 4180, quoted only where needed) or JSON Lines, streaming to disk. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export async function writeTable(
  file: string,
  format: 'csv' | 'jsonl',
  columns: string[],
  rows: Iterable<readonly unknown[]>,
): Promise<void> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  try {
    if (format === 'csv') await write(`${columns.map(csvField).join(',')}\n`);
    for (const row of rows) {
      await write(
        format === 'csv'
          ? `${row.map(csvField).join(',')}\n`
          : `${JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, row[i] ?? null])))}\n`,
      );
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
}

/** A CSV file written a block of rows at a time, for writers that stream (one string per block, not per row). */
export async function csvWriter(
  file: string,
  columns: string[],
): Promise<{ write(rows: readonly (readonly unknown[])[]): Promise<void>; close(): Promise<void> }> {
  const out = createWriteStream(file);
  // An error (a full disk, a directory in the way) surfaces at the next write or at close, not as a crash.
  let failure: Error | undefined;
  out.on('error', (error) => (failure ??= error));
  const write = async (text: string) => {
    if (failure) throw failure;
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${columns.map(csvField).join(',')}\n`);
  let closed = false;
  return {
    write: (rows) => write(rows.map((row) => `${row.map(csvField).join(',')}\n`).join('')),
    async close() {
      if (closed) return;
      closed = true;
      if (!out.destroyed) {
        out.end();
        await once(out, 'close');
      }
      if (failure) throw failure;
    },
  };
}

function csvField(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
