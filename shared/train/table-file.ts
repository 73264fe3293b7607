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
