/**
 * The sharding goal of `npm run bench`: the big file split into N shard files (rows dealt in turn, as a matrix job
 * would be handed a part of a test set), each shard evaluated with bootstrap on into a partial (`--emit-partial`),
 * then the partials merged (`--partials`) and gated as one pass. Measured: each partial's bytes per row, the merge's
 * wall time over the single bootstrap pass of the whole file in the same round, the merge's peak RSS, and whether the
 * merged report equals the single pass's (every key but `data.files` and `data.bytes`, which name other files).
 */
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { measure, root } from './lib.mjs';

/** Deals the rows of `file` to `count` shard files in turn, each with the header; reuses shards already written. */
async function split(file, count, dir, rows) {
  mkdirSync(dir, { recursive: true });
  const files = Array.from({ length: count }, (_, k) => join(dir, `shard-${k + 1}-of-${count}.csv`));
  const marker = join(dir, `rows-${rows}`);
  if (existsSync(marker) && files.every((f) => existsSync(f))) return files;
  const outs = files.map((f) => createWriteStream(f));
  let line = -1;
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    const targets = line < 0 ? outs : [outs[line % count]];
    for (const out of targets) if (!out.write(`${text}\n`)) await once(out, 'drain');
    line++;
  }
  await Promise.all(outs.map((out) => new Promise((resolve) => out.end(resolve))));
  createWriteStream(marker).end();
  return files;
}

/** The report's keys whose JSON differs, leaving out what names the files read. */
function reportDifferences(single, merged) {
  const a = JSON.parse(readFileSync(single, 'utf8'));
  const b = JSON.parse(readFileSync(merged, 'utf8'));
  for (const report of [a, b]) {
    delete report.data.files;
    delete report.data.bytes;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

/**
 * Runs the shards and the merge with `config` (the bootstrap config of the whole file, with `data.id`), and compares
 * the merged report with `singleReport`, the single pass of the same config measured in the same round.
 */
export async function measureShards({ big, rows, count, config, singleReport, dataDir }) {
  const dir = join(dataDir, `shards-${relative(dataDir, big).replace(/\.csv$/, '')}`);
  const files = await split(big, count, dir, rows);
  const partials = files.map((_, k) => join(dir, `partial-${k + 1}.json`));
  const evaluate = (extra, out) => [
    'dist/cli.js',
    'evaluate',
    '--config',
    relative(root, config),
    '--out',
    relative(root, join(dir, out)),
    ...extra,
  ];
  const shardRuns = [];
  for (const [k, file] of files.entries())
    shardRuns.push(
      await measure(evaluate(['--predictions', relative(root, file), '--emit-partial', relative(root, partials[k])], `out-${k + 1}`)),
    );
  const merge = await measure(evaluate(['--partials', relative(root, join(dir, 'partial-*.json'))], 'out-merged'), { okCodes: [0, 1] });
  // Row i (from 0) went to shard i mod count.
  const shardRows = files.map((_, k) => Math.ceil((rows - k) / count));
  const bytesPerRow = Math.max(...partials.map((p, k) => statSync(p).size / shardRows[k]));
  return {
    shardMs: shardRuns.map((r) => r.wallMs),
    shardRssMb: Math.max(...shardRuns.map((r) => r.rssMb)),
    partialBytes: partials.map((p) => statSync(p).size),
    bytesPerRow,
    mergeMs: merge.wallMs,
    mergeRssMb: merge.rssMb,
    differences: reportDifferences(singleReport, join(dir, 'out-merged', 'report.json')),
  };
}
