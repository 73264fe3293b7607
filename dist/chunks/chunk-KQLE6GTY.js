import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// shared/train/table-file.ts
import { createWriteStream } from "node:fs";
import { once } from "node:events";
async function writeTable(file, format, columns, rows) {
  const out = createWriteStream(file);
  const write = async (text) => {
    if (!out.write(text)) await once(out, "drain");
  };
  try {
    if (format === "csv") await write(`${columns.map(csvField).join(",")}
`);
    for (const row of rows) {
      await write(
        format === "csv" ? `${row.map(csvField).join(",")}
` : `${JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, row[i] ?? null])))}
`
      );
    }
  } finally {
    out.end();
    await once(out, "close");
  }
}
async function csvWriter(file, columns) {
  const out = createWriteStream(file);
  let failure;
  out.on("error", (error) => failure ??= error);
  const write = async (text) => {
    if (failure) throw failure;
    if (!out.write(text)) await once(out, "drain");
  };
  await write(`${columns.map(csvField).join(",")}
`);
  let closed = false;
  return {
    write: (rows) => write(rows.map((row) => `${row.map(csvField).join(",")}
`).join("")),
    async close() {
      if (closed) return;
      closed = true;
      if (!out.destroyed) {
        out.end();
        await once(out, "close");
      }
      if (failure) throw failure;
    }
  };
}
function csvField(value) {
  const text = value === null || value === void 0 ? "" : typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export {
  writeTable,
  csvWriter
};
