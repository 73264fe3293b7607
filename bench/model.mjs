#!/usr/bin/env node
/**
 * `npm run bench` (third part): scoring through the model adapters, against the goal of the model-layer issue.
 *
 * 100,000 rows (income, debt, age, region) are scored by the same logistic regression two ways:
 *   http        the reference server (examples/model-server/server.mjs, one process on 127.0.0.1) over OIP v2, one
 *               tensor per feature, --batch rows a request, at concurrency 1, 8 and 32
 *   in process  the TF.js LayersModel of test/fixtures/model/tfjs-logreg (the same weights; the server gets the
 *               region as its two indicator columns), through the tfjs adapter, the same batch size, on the best
 *               TensorFlow.js backend installed (tfjs-node, else WebAssembly, else CPU)
 * Each is timed from the first request to the last score (the model opened and warmed up before), --repeat
 * rounds, the median kept; requests/s and rows/s are printed, and the scores of both must agree to 1e-6 (float32).
 *
 *   goal  batched http scoring (the best of the three concurrencies) within 3x of scoring in process
 *
 * Usage: node bench/model.mjs [--rows 100000] [--batch 256] [--repeat 3]; exits 1 when the goal is missed
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundle, median, root, startModelServer } from './lib.mjs';

const GOAL_RATIO = 3;
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    batch: { type: 'string', default: '256' },
    repeat: { type: 'string', default: '3' },
  },
});
const rowCount = Number(values.rows);
const batchSize = Number(values.batch);
const repeat = Number(values.repeat);
if (![rowCount, batchSize, repeat].every((n) => Number.isSafeInteger(n) && n >= 1))
  throw new Error('usage: node bench/model.mjs [--rows N] [--batch N] [--repeat K]');

const REGIONS = ['north', 'south', 'atlantis'];
/** Rows as a CSV reader hands them over (decimal text), with the region also as the server's indicator columns. */
function makeRows(n) {
  return Array.from({ length: n }, (_, i) => {
    const region = REGIONS[i % 3];
    return {
      income: String(((i * 37) % 101) / 25 - 2),
      debt: String(((i * 13) % 17) / 10),
      age: String(20 + (i % 45)),
      region,
      north: region === 'north' ? '1' : '0',
      south: region === 'south' ? '1' : '0',
    };
  });
}

/** Scores every row `repeat` times after one warm-up; the median wall time and the last scores. */
async function timeScoring(model, rows) {
  await model.predict(rows.slice(0, Math.min(rows.length, 20 * batchSize)));
  const times = [];
  let last;
  for (let round = 0; round < repeat; round++) {
    const started = performance.now();
    last = await model.predict(rows);
    times.push(performance.now() - started);
  }
  return { ms: median(times), times, scores: last.scores, requests: last.requests.length };
}

function timeFormula(rows, { kernel, bias }) {
  const started = performance.now();
  const scores = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const z =
      bias +
      kernel[0] * Number(r.income) +
      kernel[1] * Number(r.debt) +
      kernel[2] * Number(r.age) +
      kernel[3] * Number(r.north) +
      kernel[4] * Number(r.south);
    scores[i] = 1 / (1 + Math.exp(-z));
  }
  return performance.now() - started;
}

async function main() {
  const { openModel, loadTensorflow } = await bundle(
    'model-bench',
    `export { openModel } from './shared/model/spec.ts';\nexport { loadTensorflow } from './shared/model/backend.ts';`,
  );
  const fixture = JSON.parse(readFileSync(path.join(root, 'test/fixtures/model/tfjs-logreg/formula.json'), 'utf8'));
  const rows = makeRows(rowCount);
  const load = loadavg()[0];
  const results = { rows: rowCount, batchSize, repeat, cpus: cpus().length, load, http: [], inProcess: undefined };

  const tfjs = await openModel(`tfjs:${path.join(root, 'test/fixtures/model/tfjs-logreg')}`, { batchSize });
  const { backend } = await loadTensorflow();
  const local = await timeScoring(tfjs, rows);
  await tfjs.close();
  results.inProcess = { backend, ms: local.ms, times: local.times };

  const [k0, k1, k2, north, south] = fixture.kernel;
  const server = await startModelServer([
    '--name',
    'credit',
    '--features',
    'income,debt,age,north,south',
    '--coef',
    [k0, k1, k2, north, south].join(','),
    '--bias',
    String(fixture.bias),
  ]);
  let worst = 0;
  try {
    for (const concurrency of [1, 8, 32]) {
      const model = await openModel(`oip+${server.url}/credit`, { batchSize, concurrency, retries: 0 });
      const http = await timeScoring(model, rows);
      await model.close();
      for (let i = 0; i < rowCount; i++) worst = Math.max(worst, Math.abs(http.scores[i] - local.scores[i]));
      results.http.push({ concurrency, ms: http.ms, times: http.times, requests: http.requests });
    }
  } finally {
    server.stop();
  }

  const perSecond = (count, ms) => (count / (ms / 1000)).toFixed(0).padStart(9);
  console.log(
    `\nmodel scoring, ${rowCount.toLocaleString('en-US')} rows, batches of ${batchSize}, median of ${repeat} round(s), ${cpus().length} CPUs, load ${load.toFixed(1)} at start`,
  );
  for (const h of results.http)
    console.log(
      `  http OIP v2, concurrency ${String(h.concurrency).padStart(2)}: ${perSecond(h.requests, h.ms)} requests/s ${perSecond(rowCount, h.ms)} rows/s  (${(h.ms / 1000).toFixed(2)} s)`,
    );
  const requests = Math.ceil(rowCount / batchSize);
  console.log(
    `  in process, TF.js (${backend}):     ${perSecond(requests, local.ms)} batches/s  ${perSecond(rowCount, local.ms)} rows/s  (${(local.ms / 1000).toFixed(2)} s)`,
  );
  // For scale, no goal: the formula itself in plain JavaScript, what neither HTTP nor TF.js can beat.
  const formulaMs = timeFormula(rows, fixture);
  console.log(`  formula in plain JavaScript (no goal):  ${perSecond(rowCount, formulaMs)} rows/s  (${(formulaMs / 1000).toFixed(3)} s)`);
  results.formulaMs = formulaMs;
  const best = results.http.reduce((a, b) => (b.ms < a.ms ? b : a));
  const ratio = best.ms / local.ms;
  const agree = worst <= 1e-6;
  const goals = [
    {
      goal: `batched http scoring (best: concurrency ${best.concurrency}) within ${GOAL_RATIO}x of scoring the same model in process`,
      value: `${ratio.toFixed(2)}x`,
      pass: ratio <= GOAL_RATIO,
    },
    { goal: 'http and in-process scores agree to 1e-6 (float32)', value: worst.toExponential(1), pass: agree },
  ];
  for (const g of goals) console.log(`  ${g.pass ? 'PASS' : 'MISS'}  ${g.goal}: ${g.value}`);
  writeFileSync(path.join(root, 'bench', 'results-model.json'), `${JSON.stringify({ ...results, goals }, null, 2)}\n`);
  if (goals.some((g) => !g.pass)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 2;
});
