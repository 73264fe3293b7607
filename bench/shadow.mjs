#!/usr/bin/env node
/**
 * `npm run bench` (second part): measures `shadow-compare` against the goals of its issue and prints PASS or MISS.
 *
 * Data: two logs of 5,000,000 requests (bench/shadow-generate.mjs: full float64 scores, ids of 14 characters, two
 * segment columns, latencies, 40% delayed labels), each in its own order, 0.3% of requests missing from the shadow.
 * The config compares everything shadow-compare can: flips (overall and by region and device), kappa, McNemar on the
 * labelled pairs, score deltas with Wilcoxon, KS, PSI, latency quantiles.
 *
 *   wall    at most 2x the naive line split (bench/naive.mjs) of both files, measured in the same round
 *   memory  peak RSS at most 1 GB
 *   peer    pandas merge + SciPy/scikit-learn (bench/peers/shadow_pandas.py, run by Debian's /usr/bin/python3 when it
 *           has them) at least 4x slower; its pairs, flips and mean score delta must equal modelgate's
 *
 * Then replay throughput, printed with no goal: --replay-rows recorded requests (default 20,000) replayed by
 * `shadow-compare --replay` over OIP v2 to two reference model servers (examples/model-server/server.mjs, versions 1
 * and 2) on 127.0.0.1, one request a row, at concurrency 1, 8 and 32; requests/s counts both models' requests, rows/s
 * the recorded requests answered by both, over the CLI's whole wall time (start-up included).
 *
 * Usage: node bench/shadow.mjs [--rows 5000000] [--repeat 3] [--replay-rows 20000] [--replay-only]
 *        (needs `npm run build` first); exits 1 when a goal is missed
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { measure, median, root, run, startModelServer } from './lib.mjs';

const dataDir = join(root, 'bench', 'data');
const PYTHON = '/usr/bin/python3';
const GOALS = { naiveRatio: 2, rssMb: 1024, peerSpeedup: 4 };

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '5000000' },
    repeat: { type: 'string', default: '3' },
    'replay-rows': { type: 'string', default: '20000' },
    'replay-only': { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);
const repeat = Number(values.repeat);
const replayRows = Number(values['replay-rows']);
if (!Number.isSafeInteger(rows) || rows < 1000 || !Number.isSafeInteger(repeat) || repeat < 1 || !Number.isSafeInteger(replayRows))
  throw new Error('usage: node bench/shadow.mjs [--rows N >= 1000] [--repeat K] [--replay-rows N] [--replay-only]');

async function ensureLog(side) {
  const file = join(dataDir, `shadow-${side}-${rows}.csv`);
  if (!existsSync(file) || statSync(file).size < rows * 40) {
    console.log(`generating ${rows.toLocaleString('en-US')} ${side} requests into ${relative(root, file)} ...`);
    await run(process.execPath, [join(root, 'bench', 'shadow-generate.mjs'), '--rows', String(rows), '--side', side, '--out', file]);
  }
  return file;
}

function writeConfig(production, shadow) {
  const file = join(dataDir, 'bench-shadow-compare.yml');
  writeFileSync(
    file,
    `# Written by bench/shadow.mjs.
version: 1
shadow_compare:
  production: ${relative(root, production)}
  shadow: ${relative(root, shadow)}
  id: request_id
  score: score
  prediction: prediction
  label: label
  latency: latency_ms
  segments: [region, device]
  min_join_rate: 0.99
  gates:
    - {metric: agreement, min: 0.9}
    - {metric: flip_rate, over: [region, device], max: 0.05}
    - {metric: cohen_kappa, min: 0.8}
    - {metric: mcnemar, min: 0.001}
    - {metric: score_delta, max: 0.05}
    - {metric: wilcoxon, min: 0.001}
    - {metric: ks, max: 0.05}
    - {metric: psi, max: 0.1}
    - {metric: latency_p99_delta, max: 50}
`,
  );
  return file;
}

const pythonPeer = () => spawnSync(PYTHON, ['-c', 'import pandas, scipy, sklearn'], { stdio: 'ignore' }).status === 0;

async function main() {
  if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  mkdirSync(dataDir, { recursive: true });
  const production = await ensureLog('production');
  const shadow = await ensureLog('shadow');
  const config = writeConfig(production, shadow);
  const out = join(dataDir, 'out-shadow');
  const peer = pythonPeer();
  const load = loadavg()[0];
  const rounds = [];
  for (let round = 1; round <= repeat; round++) {
    const naiveProduction = await measure(['bench/naive.mjs', relative(root, production)]);
    const naiveShadow = await measure(['bench/naive.mjs', relative(root, shadow)]);
    // shadow-compare exits 1 when its rules fail: a verdict, not a failure of the measurement.
    const modelgate = await measure(['dist/cli.js', 'shadow-compare', '--config', relative(root, config), '--out', relative(root, out)], {
      okCodes: [0, 1],
    });
    const pandas = peer && round === 1 ? await run(PYTHON, ['bench/peers/shadow_pandas.py', production, shadow]) : null;
    const naiveMs = naiveProduction.wallMs + naiveShadow.wallMs;
    rounds.push({ naiveMs, modelgate, pandas: pandas && { wallMs: pandas.wallMs, ...JSON.parse(pandas.stdout) } });
    console.log(
      `round ${round}: naive split of both ${(naiveMs / 1000).toFixed(2)} s; modelgate ${(modelgate.wallMs / 1000).toFixed(2)} s, ${modelgate.rssMb.toFixed(0)} MB` +
        (pandas ? `; pandas + SciPy ${(pandas.wallMs / 1000).toFixed(2)} s` : ''),
    );
  }
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).sections.shadow_compare;
  const ratio = median(rounds.map((r) => r.modelgate.wallMs / r.naiveMs));
  const rss = Math.max(...rounds.map((r) => r.modelgate.rssMb));
  const peerRound = rounds[0].pandas;
  const goals = [
    { goal: `wall <= ${GOALS.naiveRatio}x the naive split of both logs`, value: `${ratio.toFixed(2)}x`, pass: ratio <= GOALS.naiveRatio },
    { goal: `peak RSS <= ${GOALS.rssMb} MB`, value: `${rss.toFixed(0)} MB`, pass: rss <= GOALS.rssMb },
  ];
  if (peerRound) {
    const speedup = peerRound.wallMs / rounds[0].modelgate.wallMs;
    const agree =
      peerRound.pairs === report.join.pairs &&
      peerRound.flips === report.comparison.classification.flips &&
      Math.abs(peerRound.meanDelta - report.comparison.scores.meanDelta) < 1e-9;
    goals.push({
      goal: `pandas + SciPy >= ${GOALS.peerSpeedup}x slower`,
      value: `${speedup.toFixed(2)}x (pandas ${peerRound.maxRssMb.toFixed(0)} MB)`,
      pass: speedup >= GOALS.peerSpeedup,
    });
    goals.push({ goal: 'pandas and modelgate agree (pairs, flips, mean score delta to 1e-9)', value: agree ? 'yes' : 'NO', pass: agree });
  } else goals.push({ goal: 'pandas + SciPy peer', value: `not present (${PYTHON} without pandas, scipy, sklearn)`, pass: true });
  console.log(`\nshadow-compare, ${rows.toLocaleString('en-US')} requests a side (full float64 scores), load ${load.toFixed(1)} at start`);
  for (const g of goals) console.log(`  ${g.pass ? 'PASS' : 'MISS'}  ${g.goal}: ${g.value}`);
  writeFileSync(join(root, 'bench', 'results-shadow.json'), JSON.stringify({ rows, load, rounds, goals }, null, 2));
  // As bench/run.mjs: a missed goal is a failed bench, so CI or a script can tell.
  if (goals.some((g) => !g.pass)) process.exitCode = 1;
}

/** A reference model server serving `version` of one small credit model. */
function creditServer(version) {
  return startModelServer([
    '--name',
    'credit',
    '--features',
    'income,debt,age',
    '--coef',
    '0.8,-1.5,0.03',
    '--bias',
    '-0.4',
    '--model-version',
    version,
  ]);
}

async function replayThroughput() {
  mkdirSync(dataDir, { recursive: true });
  const requests = join(dataDir, `replay-requests-${replayRows}.csv`);
  if (!existsSync(requests)) {
    const lines = ['id,income,debt,age,region'];
    for (let i = 0; i < replayRows; i++)
      lines.push(`r${i},${((i * 37) % 101) / 25 - 2},${((i * 13) % 17) / 10},${20 + (i % 45)},${['eu', 'us', 'apac'][i % 3]}`);
    writeFileSync(requests, `${lines.join('\n')}\n`);
  }
  const servers = await Promise.all([creditServer('1'), creditServer('2')]);
  try {
    console.log(
      `\nreplay throughput, ${replayRows.toLocaleString('en-US')} recorded requests, one a request, to two reference servers on 127.0.0.1`,
    );
    for (const concurrency of [1, 8, 32]) {
      const config = join(dataDir, 'bench-shadow-replay.yml');
      writeFileSync(
        config,
        `# Written by bench/shadow.mjs.\nversion: 1\nshadow_compare:\n  replay: ${relative(root, requests)}\n  id: id\n  batch_size: 1\n  concurrency: ${concurrency}\n  inconclusive: warn\n  gates:\n    - {metric: flip_rate, max: 1}\n`,
      );
      const args = [
        'dist/cli.js',
        'shadow-compare',
        '--config',
        relative(root, config),
        '--out',
        relative(root, join(dataDir, 'out-replay')),
      ];
      args.push(`--production-model=oip+${servers[0].url}/credit@1`, `--shadow-model=oip+${servers[1].url}/credit@2`);
      const { wallMs, rssMb } = await measure(args, { okCodes: [0, 1] });
      const seconds = wallMs / 1000;
      console.log(
        `  concurrency ${String(concurrency).padStart(2)}: ${((2 * replayRows) / seconds).toFixed(0)} requests/s (both models), ${(replayRows / seconds).toFixed(0)} rows/s, wall ${seconds.toFixed(2)} s, ${rssMb.toFixed(0)} MB`,
      );
    }
  } finally {
    for (const server of servers) server.stop();
  }
}

if (!values['replay-only']) await main();
await replayThroughput();
