#!/usr/bin/env node
/**
 * The baseline the benchmark's ratios are measured against: the CSV loop most people would write
 * first. It reads the file with fs.createReadStream at its default 64 KiB highWaterMark, carries the
 * partial last line over to the next chunk, splits chunks with split('\n') and lines with split(','),
 * and sums the third column (the score) so the engine cannot optimise the work away. No quoting, no
 * validation: it is a floor for parsing cost, not a reader.
 *
 * Usage: node bench/naive.mjs FILE   -> prints {"rows":..,"sum":..,"ms":..}
 */
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * @param {string} file a CSV with a header line and the score in its third column
 * @returns {Promise<{rows: number, sum: number, ms: number}>} data rows (header and empty lines not
 *   counted), the sum of their scores, and the wall time in milliseconds
 */
export async function naiveSplit(file) {
  const started = performance.now();
  let rows = 0;
  let sum = 0;
  let leftover = '';
  let header = true;
  const take = (line) => {
    if (line === '') return;
    if (header) {
      header = false;
      return;
    }
    const fields = line.split(',');
    sum += Number(fields[2]);
    rows++;
  };
  for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
    const lines = (leftover + chunk).split('\n');
    leftover = lines.pop();
    for (const line of lines) take(line);
  }
  take(leftover);
  return { rows, sum, ms: performance.now() - started };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (file === undefined) {
    process.stderr.write('usage: node bench/naive.mjs FILE\n');
    process.exitCode = 2;
  } else {
    try {
      process.stdout.write(`${JSON.stringify(await naiveSplit(file))}\n`);
    } catch (error) {
      process.stderr.write(`naive: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    }
  }
}
