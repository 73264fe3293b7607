#!/usr/bin/env node
/**
 * Writes the benchmark's predictions CSV: a large, seeded, binary-classification file shaped like
 * what `evaluate` reads in real use.
 *
 * Usage: node bench/generate.mjs [--rows 10000000] [--seed 42] [--decimals full|6|4] [--out bench/data/predictions.csv]
 * (--out defaults to `data/predictions.csv` beside this script, whatever the working directory.)
 *
 * Columns, one row per draw, ids 1..rows:
 *   id      integer
 *   label   0/1; P(label = 1) is 0.30, shifted by -0.04..+0.04 with race so group base rates differ
 *   score   probability sigmoid(-1.2 + 2.4 * label + logistic noise), ROC AUC about 0.84, written as a model
 *           writes it (`--decimals full`, JavaScript's shortest round-trip text of the float64, about 1 distinct
 *           value a row) or rounded to 6 or 4 decimals (the default 4: at most 10,001 distinct values)
 *   sex     F or M, 50/50
 *   race    a 40%, b 25%, c 15%, d 12%, e 8%
 *   region  8 regions, unequal shares
 *   income  log-normal around 42,000, 2 decimals
 * About 36.5 bytes a row: 10M rows make 365 MB (364,645,500 bytes with the defaults).
 *
 * Deterministic for a given --rows and --seed. Rows are assembled into 1 MiB chunks and written
 * through a stream that is allowed to drain, so memory stays flat however many rows are asked for.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mulberry32, normalSampler, pickShare } from '../examples/lending/random.mjs';

const SEXES = [
  ['F', 0.5],
  ['M', 0.5],
];
/** [race, share, shift of P(label = 1)] */
const RACES = [
  ['a', 0.4, 0.02],
  ['b', 0.25, -0.02],
  ['c', 0.15, 0.04],
  ['d', 0.12, -0.04],
  ['e', 0.08, 0],
];
const REGIONS = [
  ['north', 0.18],
  ['south', 0.17],
  ['east', 0.15],
  ['west', 0.14],
  ['central', 0.12],
  ['coastal', 0.1],
  ['mountain', 0.08],
  ['islands', 0.06],
];
/** Bytes per write: few writes, and a bounded amount in flight. */
const CHUNK_BYTES = 1 << 20;
/** Longest possible row, so a row never overflows its chunk. */
const MAX_ROW_BYTES = 128;

/**
 * Formatting is most of the work for 10M rows, and per-row strings keep the garbage collector busier
 * than everything else together. So rows are assembled as bytes in a chunk buffer, and each field's
 * fixed text (a category with its comma, a 4-decimal score, two cents digits) is copied from a table.
 */
const ascii = (text) => Buffer.from(text, 'latin1');
const SCORE_BYTES = Array.from({ length: 10001 }, (_, k) => ascii(`${(k / 10000).toFixed(4)},`));
const CENTS_BYTES = Array.from({ length: 100 }, (_, c) => ascii(`.${String(c).padStart(2, '0')}\n`));
const COMMA = 0x2c;
const DIGIT_0 = 0x30;

/** Appends a few bytes at `pos`; a plain loop, since Buffer#copy's call overhead dominates for 1-8 bytes. */
function putBytes(buffer, pos, bytes) {
  for (let i = 0; i < bytes.length; i++) buffer[pos + i] = bytes[i];
  return pos + bytes.length;
}

/** Appends a non-negative integer's decimal digits at `pos`; returns the position after them. */
function putUint(buffer, pos, value) {
  let digits = 1;
  for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  for (let i = pos + digits - 1, rest = value; i >= pos; i--, rest = Math.floor(rest / 10)) buffer[i] = DIGIT_0 + (rest % 10);
  return pos + digits;
}

function parseCli(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      rows: { type: 'string', default: '10000000' },
      seed: { type: 'string', default: '42' },
      decimals: { type: 'string', default: '4' },
      out: { type: 'string' },
    },
  });
  const rows = Number(values.rows);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(rows) || rows < 1) throw new Error(`--rows must be a positive integer, got "${values.rows}"`);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`);
  const decimals = values.decimals === 'full' ? null : Number(values.decimals);
  if (decimals !== null && decimals !== 4 && decimals !== 6) throw new Error(`--decimals must be full, 6 or 4, got "${values.decimals}"`);
  const out = values.out === undefined ? fileURLToPath(new URL('./data/predictions.csv', import.meta.url)) : resolve(values.out);
  return { rows, seed, decimals, out };
}

async function generate({ rows, seed, decimals, out }) {
  mkdirSync(dirname(out), { recursive: true });
  const stream = createWriteStream(out, { highWaterMark: 4 * CHUNK_BYTES });
  const uniform = mulberry32(seed);
  const normal = normalSampler(uniform);
  const sexes = SEXES.map(([sex, share]) => [ascii(`${sex},`), share]);
  const races = RACES.map(([race, share, baseRateShift]) => [[ascii(`${race},`), baseRateShift], share]);
  const regions = REGIONS.map(([region, share]) => [ascii(`${region},`), share]);

  // A chunk handed to the stream is reused once the stream reports it written, so the few
  // chunks in flight are all the memory the rows ever take.
  const spare = [];
  const freshChunk = () => spare.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES + MAX_ROW_BYTES);

  let bytes = 0;
  let chunk = freshChunk();
  let pos = chunk.write('id,label,score,sex,race,region,income\n', 0, 'latin1');
  for (let id = 1; id <= rows; id++) {
    const sex = pickShare(uniform, sexes);
    const [race, baseRateShift] = pickShare(uniform, races);
    const region = pickShare(uniform, regions);
    const label = uniform() < 0.3 + baseRateShift ? 1 : 0;
    // Logistic noise by inverting its CDF; the half-step shift keeps v strictly inside (0, 1).
    const v = uniform() + 2 ** -33;
    const noise = Math.log(v / (1 - v));
    const score = 1 / (1 + Math.exp(-(-1.2 + 2.4 * label + noise)));
    const cents = Math.round(Math.exp(Math.log(42000) + 0.6 * normal()) * 100);

    pos = putUint(chunk, pos, id);
    chunk[pos++] = COMMA;
    chunk[pos++] = DIGIT_0 + label;
    chunk[pos++] = COMMA;
    if (decimals === 4) pos = putBytes(chunk, pos, SCORE_BYTES[Math.round(score * 10000)]);
    else pos += chunk.write(`${decimals === null ? score : score.toFixed(decimals)},`, pos, 'latin1');
    pos = putBytes(chunk, pos, sex);
    pos = putBytes(chunk, pos, race);
    pos = putBytes(chunk, pos, region);
    pos = putUint(chunk, pos, Math.floor(cents / 100));
    pos = putBytes(chunk, pos, CENTS_BYTES[cents % 100]);

    if (pos >= CHUNK_BYTES) {
      bytes += pos;
      const full = chunk;
      const accepted = stream.write(full.subarray(0, pos), () => spare.push(full));
      chunk = freshChunk();
      pos = 0;
      if (!accepted) await once(stream, 'drain');
    }
  }
  bytes += pos;
  stream.end(chunk.subarray(0, pos));
  await finished(stream);
  return bytes;
}

try {
  const options = parseCli(process.argv.slice(2));
  const started = performance.now();
  const bytes = await generate(options);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `wrote ${options.rows} rows, ${bytes} bytes (${(bytes / 1e6).toFixed(1)} MB) in ${seconds.toFixed(1)} s to ${options.out}\n`,
  );
} catch (error) {
  process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
