#!/usr/bin/env node
/**
 * `npm run bench`: measures `evaluate` against the goals of the performance issue and prints PASS or MISS for each.
 *
 * Every goal is measured on three files of the same rows whose scores differ only in how they are written: as
 * models write them (full float64, about one distinct value a row), and rounded to 6 and to 4 decimals.
 *
 *   throughput  `evaluate` on the big CSV (sex and race with their intersection, region as a slice, every binary
 *               metric, no bootstrap) takes at most the wall time of the naive line-and-comma split of the same
 *               file (bench/naive.mjs), measured in the same run; peak RSS at most 400 MB.
 *   big boot    the same evaluation of the big CSV with 200 replicates: at most 6x the naive split, peak RSS at most
 *               800 MB.
 *   bootstrap   the same evaluation with 200 replicates on the 1M-row file takes at most 3x the time without.
 *   shards      the big file dealt to 3 shard files (bench/shards.mjs), each evaluated with 200 replicates into a
 *               partial of at most 40 bytes a row; merging them takes at most 1.5x the single bootstrap pass of the
 *               same round, at most 800 MB, and gives its report (first score precision only).
 *   start-up    `node dist/actions/evaluate.js` reaches its first data read (bundle loaded, config read and
 *               validated) within 250 ms of process start (full-precision file only).
 *   peers       modelgate's throughput evaluation takes less wall time than each peer present on the machine doing
 *               the same evaluation of the same file in the same round (bench/peers: pandas + scikit-learn on Debian's
 *               /usr/bin/python3, DuckDB through the @duckdb/node-api dev dependency). A peer not present is said so
 *               and skipped; each peer's overall roc_auc must equal modelgate's to 1e-9, or the bench says so loudly
 *               and exits 1.
 *
 * Every measurement is a fresh child process preloading bench/probe.mjs, which reports the child's peak RSS; wall
 * time is measured here, from spawn to exit. The rounds interleave the commands, so load from other processes on a
 * shared machine falls on all of them alike; ratios are taken within a round and the medians reported.
 *
 * Usage: node bench/run.mjs [--rows 10000000] [--bootstrap-rows 1000000] [--replicates 200] [--repeat 3]
 *                           [--scores full,6,4] [--no-big-bootstrap] [--shards 3|0] [--peers pandas,duckdb|none]
 * Needs `npm run build` first (it runs the committed bundles). Data files are generated into bench/data/ when
 * missing (git-ignored); results go to bench/results.json.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { measure, median, root, run } from './lib.mjs';
import { measurePeers, peerLines, peersOf } from './peers/peers.mjs';
import { measureShards } from './shards.mjs';

const dataDir = join(root, 'bench', 'data');
const GOALS = {
  ratio: 1.0,
  rssMb: 400,
  bigBootstrapRatio: 6,
  bigBootstrapRssMb: 800,
  bootstrapFactor: 3,
  startupMs: 250,
  peerRatio: 1.0,
  partialBytesPerRow: 40,
  mergeRatio: 1.5,
  mergeRssMb: 800,
};

function options() {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '10000000' },
      'bootstrap-rows': { type: 'string', default: '1000000' },
      replicates: { type: 'string', default: '200' },
      repeat: { type: 'string', default: '3' },
      scores: { type: 'string', default: 'full,6,4' },
      'no-big-bootstrap': { type: 'boolean', default: false },
      shards: { type: 'string', default: '3' },
      peers: { type: 'string', default: 'pandas,duckdb' },
    },
  });
  const scores = values.scores.split(',');
  for (const decimals of scores)
    if (!['full', '6', '4'].includes(decimals)) throw new Error(`--scores takes full, 6 and 4, got "${decimals}"`);
  const positive = (name) => {
    const value = Number(values[name]);
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${values[name]}"`);
    return value;
  };
  return {
    rows: positive('rows'),
    bootstrapRows: positive('bootstrap-rows'),
    replicates: positive('replicates'),
    repeat: positive('repeat'),
    scores,
    bigBootstrap: !values['no-big-bootstrap'],
    shards: values.shards === '0' ? 0 : positive('shards'),
    peers: values.peers.split(','),
  };
}

/** One file per row count and score precision. */
function dataFile(rows, decimals) {
  return join(dataDir, `predictions-${rows}-${decimals}.csv`);
}

/**
 * Reads the whole file once, so the first timed command does not pay for the disk, and counts its lines to check
 * it holds `rows` rows (a file left by another --rows is regenerated).
 */
function warm(file) {
  const fd = openSync(file, 'r');
  const block = Buffer.allocUnsafe(1 << 20);
  let lines = 0;
  try {
    for (let read; (read = readSync(fd, block, 0, block.length, null)) > 0;) {
      for (let at = block.indexOf(10); at !== -1 && at < read; at = block.indexOf(10, at + 1)) lines++;
    }
  } finally {
    closeSync(fd);
  }
  return lines - 1;
}

async function ensureData(rows, decimals) {
  const file = dataFile(rows, decimals);
  if (existsSync(file) && warm(file) === rows) return file;
  console.log(`generating ${rows.toLocaleString('en-US')} rows (${decimals} scores) into ${relative(root, file)} ...`);
  await run(process.execPath, [join(root, 'bench', 'generate.mjs'), '--rows', String(rows), '--decimals', decimals, '--out', file], {
    quiet: true,
  });
  if (warm(file) !== rows) throw new Error(`${file} does not hold ${rows} rows after generating it`);
  return file;
}

/** A config of the bench's evaluation; `id` names the id column, which bootstrap over shards needs. */
function writeConfig(name, predictions, replicates, { id = false } = {}) {
  const file = join(dataDir, `${name}.yml`);
  const bootstrap = replicates > 0 ? `  bootstrap: {replicates: ${replicates}, level: 0.95, seed: 7}\n` : '';
  writeFileSync(
    file,
    `# Written by bench/run.mjs.
version: 1
data:
  predictions: ${relative(root, predictions)}
${id ? '  id: id\n' : ''}  label: label
  score: score
  threshold: 0.5
  groups: [sex, race]
  slices: [region]
evaluate:
  intersect: true
${bootstrap}  gates:
    - metric: roc_auc
      min: 0.5
`,
  );
  return file;
}

/** The sharding goals: partial size, the merge's wall over the single pass and its peak RSS, the merged report. */
function shardGoals(decimals, rows, shards, rounds) {
  const of = `${shards} shards of ${rows.toLocaleString('en-US')} rows with bootstrap`;
  return [
    {
      goal: `[${decimals}] ${of}: partial bytes a row (max)`,
      value: Math.max(...rounds.map((r) => r.bytesPerRow)),
      limit: GOALS.partialBytesPerRow,
      unit: 'B',
    },
    {
      goal: `[${decimals}] ${of}: merge / single pass, same round`,
      value: median(rounds.map((r) => r.mergeRatio)),
      limit: GOALS.mergeRatio,
      unit: 'x',
    },
    {
      goal: `[${decimals}] ${of}: merge peak RSS`,
      value: Math.max(...rounds.map((r) => r.mergeRssMb)),
      limit: GOALS.mergeRssMb,
      unit: 'MB',
    },
    {
      goal: `[${decimals}] ${of}: report keys differing from the single pass`,
      value: Math.max(...rounds.map((r) => r.differences.length)),
      limit: 0,
      unit: 'keys',
    },
  ];
}

/** modelgate's wall over each peer's, same round, median over the rounds the peer was measured in. */
function peerGoals(decimals, rows, peers, rounds) {
  return peers.flatMap((peer) => {
    const ratios = rounds.map((r) => r.peers[peer.name]?.ratio).filter((ratio) => ratio !== undefined);
    if (ratios.length === 0) return [];
    return [
      {
        goal: `[${decimals}] evaluate ${rows.toLocaleString('en-US')} rows / ${peer.title}, same round`,
        value: median(ratios),
        limit: GOALS.peerRatio,
        unit: 'x',
      },
    ];
  });
}

/** One round's measurements and their ratios. */
function roundOf(results, peerResults, sharded) {
  return {
    load: loadavg()[0],
    naiveMs: results.naive.wallMs,
    evaluateMs: results.evaluate.wallMs,
    evaluateRssMb: results.evaluate.rssMb,
    ratio: results.evaluate.wallMs / results.naive.wallMs,
    ...(results.bigBoot && {
      bigBootMs: results.bigBoot.wallMs,
      bigBootRssMb: results.bigBoot.rssMb,
      bigBootRatio: results.bigBoot.wallMs / results.naive.wallMs,
    }),
    bootstrapOffMs: results.bootstrapOff.wallMs,
    bootstrapOnMs: results.bootstrapOn.wallMs,
    bootstrapRssMb: results.bootstrapOn.rssMb,
    bootstrapFactor: results.bootstrapOn.wallMs / results.bootstrapOff.wallMs,
    ...(results.startup && { startupMs: results.startup.firstReadMs }),
    ...(sharded && { ...sharded, mergeRatio: sharded.mergeMs / results.bigBoot.wallMs }),
    peers: peerResults,
  };
}

function printRound(label, last, { bootstrapRows, shards }) {
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `${label} (load ${last.load.toFixed(2)}): naive ${s(last.naiveMs)}, evaluate ${s(last.evaluateMs)} (x${last.ratio.toFixed(2)}, ${last.evaluateRssMb.toFixed(0)} MB)` +
      (last.bigBootMs
        ? `, with bootstrap ${s(last.bigBootMs)} (x${last.bigBootRatio.toFixed(2)}, ${last.bigBootRssMb.toFixed(0)} MB)`
        : '') +
      `, ${bootstrapRows.toLocaleString('en-US')} rows bootstrap ${s(last.bootstrapOffMs)} -> ${s(last.bootstrapOnMs)} (x${last.bootstrapFactor.toFixed(2)}, ${last.bootstrapRssMb.toFixed(0)} MB)` +
      (last.startupMs !== undefined ? `, start-up ${last.startupMs.toFixed(0)} ms` : ''),
  );
  if (last.mergeMs !== undefined)
    console.log(
      `${label} ${shards} shards with bootstrap: shards ${last.shardMs.map(s).join(', ')} (${last.shardRssMb.toFixed(0)} MB), partials ${last.partialBytes.map((b) => `${(b / 1e6).toFixed(1)} MB`).join(', ')} (${last.bytesPerRow.toFixed(1)} bytes a row), merge ${s(last.mergeMs)} (x${last.mergeRatio.toFixed(2)} the single pass, ${last.mergeRssMb.toFixed(0)} MB), report ${last.differences.length === 0 ? 'equal to the single pass' : `differs in ${last.differences.join(', ')}`}`,
    );
}

/** The goals of one score precision, from its rounds. */
function goalsOf(decimals, rounds, { rows, replicates, bootstrapRows, bigBootstrap, shards, first, peers }) {
  const med = (key) => median(rounds.map((r) => r[key]));
  const peak = (key) => Math.max(...rounds.map((r) => r[key]));
  const goals = [
    {
      goal: `[${decimals}] evaluate ${rows.toLocaleString('en-US')} rows / naive split, same round`,
      value: med('ratio'),
      limit: GOALS.ratio,
      unit: 'x',
    },
    { goal: `[${decimals}] evaluate peak RSS (max over rounds)`, value: peak('evaluateRssMb'), limit: GOALS.rssMb, unit: 'MB' },
    ...(bigBootstrap
      ? [
          {
            goal: `[${decimals}] ${replicates} replicates on ${rows.toLocaleString('en-US')} rows / naive split`,
            value: med('bigBootRatio'),
            limit: GOALS.bigBootstrapRatio,
            unit: 'x',
          },
          {
            goal: `[${decimals}] ${replicates} replicates on ${rows.toLocaleString('en-US')} rows, peak RSS`,
            value: peak('bigBootRssMb'),
            limit: GOALS.bigBootstrapRssMb,
            unit: 'MB',
          },
        ]
      : []),
    {
      goal: `[${decimals}] ${replicates} bootstrap replicates / none, ${bootstrapRows.toLocaleString('en-US')} rows`,
      value: med('bootstrapFactor'),
      limit: GOALS.bootstrapFactor,
      unit: 'x',
    },
    ...(first ? [{ goal: 'action start-up to first data read', value: med('startupMs'), limit: GOALS.startupMs, unit: 'ms' }] : []),
    ...(rounds[0].mergeMs !== undefined ? shardGoals(decimals, rows, shards, rounds) : []),
    ...peerGoals(decimals, rows, peers, rounds),
  ].map((g) => ({ ...g, status: g.value <= g.limit ? 'PASS' : 'MISS' }));
  return goals;
}

async function main() {
  const { rows, bootstrapRows, replicates, repeat, scores, bigBootstrap, shards, peers: selectedPeers } = options();
  const peers = peersOf(selectedPeers, { run, measureNode: (args) => measure(args) });
  for (const peer of peers) if (peer.missing) console.log(`peer ${peer.title}: peer not present (${peer.missing})`);
  if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  mkdirSync(dataDir, { recursive: true });
  const evaluate = (config, out = 'out') => [
    'dist/cli.js',
    'evaluate',
    '--config',
    relative(root, config),
    '--out',
    relative(root, join(dataDir, out)),
  ];
  // The throughput run's report has its own directory: the peers' roc_auc is checked against it after the round.
  const bigReport = join(dataDir, 'out-evaluate', 'report.json');
  const loadBefore = loadavg();
  const allGoals = [];
  const perScores = {};
  for (const decimals of scores) {
    const big = await ensureData(rows, decimals);
    const small = await ensureData(bootstrapRows, decimals);
    const configs = {
      big: writeConfig(`bench-evaluate-${decimals}`, big, 0),
      // With data.id, as a sharded run needs it: the shards' merge is compared with this pass.
      bigBoot: writeConfig(`bench-evaluate-bootstrap-${decimals}`, big, replicates, { id: true }),
      plain: writeConfig(`bench-bootstrap-off-${decimals}`, small, 0),
      boot: writeConfig(`bench-bootstrap-on-${decimals}`, small, replicates),
    };
    const commands = {
      naive: () => measure(['bench/naive.mjs', relative(root, big)]),
      evaluate: () => measure(evaluate(configs.big, 'out-evaluate')),
      ...(bigBootstrap && { bigBoot: () => measure(evaluate(configs.bigBoot, 'out-bootstrap')) }),
      bootstrapOff: () => measure(evaluate(configs.plain)),
      bootstrapOn: () => measure(evaluate(configs.boot)),
      ...(decimals === scores[0] && {
        startup: () =>
          measure(['dist/actions/evaluate.js'], { env: { INPUT_CONFIG: relative(root, configs.big), BENCH_PROBE_FIRST_READ: big } }),
      }),
    };
    const rounds = [];
    for (let round = 1; round <= repeat; round++) {
      warm(big);
      const results = {};
      for (const [name, command] of Object.entries(commands)) results[name] = await command();
      const naiveRows = JSON.parse(results.naive.stdout).rows;
      if (naiveRows !== rows) throw new Error(`naive split read ${naiveRows} rows, expected ${rows}`);
      const rocAuc = JSON.parse(readFileSync(bigReport, 'utf8')).metrics.overall.roc_auc;
      const peerResults = await measurePeers(peers, relative(root, big), { ...results.evaluate, rocAuc });
      const sharded =
        bigBootstrap && shards > 0 && decimals === scores[0]
          ? await measureShards({
              big,
              rows,
              count: shards,
              config: configs.bigBoot,
              singleReport: join(dataDir, 'out-bootstrap', 'report.json'),
              dataDir,
            })
          : null;
      rounds.push(roundOf(results, peerResults, sharded));
      printRound(`[${decimals}] round ${round}/${repeat}`, rounds[rounds.length - 1], { bootstrapRows, shards });
      for (const line of peerLines(`[${decimals}] round ${round}/${repeat} peer`, peerResults)) console.log(line);
    }
    const goals = goalsOf(decimals, rounds, {
      rows,
      replicates,
      bootstrapRows,
      bigBootstrap,
      shards,
      first: decimals === scores[0],
      peers,
    });
    allGoals.push(...goals);
    perScores[decimals] = rounds;
  }

  console.log(
    `\nmedians of ${repeat} round(s), ${cpus().length} CPUs, load average ${loadBefore[0].toFixed(2)} at start, ${loadavg()[0].toFixed(2)} at end:`,
  );
  const width = Math.max(...allGoals.map((g) => g.goal.length));
  console.log(`  ${'goal'.padEnd(width)}  ${'measured'.padStart(10)}  ${'limit'.padStart(8)}  result`);
  for (const g of allGoals) {
    const shown = (v) => (g.unit === 'x' ? `${v.toFixed(2)}x` : `${v.toFixed(0)} ${g.unit}`);
    console.log(`  ${g.goal.padEnd(width)}  ${shown(g.value).padStart(10)}  ${shown(g.limit).padStart(8)}  ${g.status}`);
  }

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadavg: { start: loadBefore, end: loadavg() },
    rows,
    bootstrapRows,
    replicates,
    rounds: perScores,
    goals: allGoals,
    peersNotPresent: Object.fromEntries(peers.filter((peer) => peer.missing).map((peer) => [peer.name, peer.missing])),
  };
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${relative(process.cwd(), join(root, 'bench', 'results.json'))}`);
  for (const peer of peers) if (peer.missing) console.log(`  ${peer.title}: peer not present`);
  const mismatches = Object.values(perScores)
    .flatMap((rounds) => rounds.flatMap((r) => Object.values(r.peers)))
    .filter((m) => !m.rocAucAgrees);
  if (mismatches.length > 0)
    console.error(`\n!!! ${mismatches.length} peer measurement(s) gave a ROC AUC other than modelgate's: see above`);
  if (allGoals.some((g) => g.status === 'MISS') || mismatches.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
