#!/usr/bin/env node
/**
 * Benchmarks of the train gate, separate from bench/run.mjs:
 *   1. reservoir (n = 100,000) and stratified (label x sex, 1%) sampling of the bench file, against the naive
 *      line split of the same file (bench/naive.mjs): wall time, ratio, and the peak heap, which must stay
 *      bounded by the sample rather than grow with the file;
 *   2. the built-in logistic regression on 100,000 rows x 20 features, 5 epochs, on the wasm and cpu
 *      backends (each in its own process, since a process loads one TensorFlow.js backend): seconds and the
 *      wasm/cpu ratio.
 *
 * The TypeScript sources are bundled once with esbuild into node_modules/.cache (so that node_modules still
 * resolves from there). Usage:
 *   node bench/train.mjs [--file bench/data/predictions.csv] [--rows 100000] [--epochs 5] [--batch 256] [--skip-sampling] [--skip-training]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundle, root } from './lib.mjs';
import { naiveSplit } from './naive.mjs';

const { values } = parseArgs({
  options: {
    file: { type: 'string', default: path.join(root, 'bench/data/predictions.csv') },
    rows: { type: 'string', default: '100000' },
    features: { type: 'string', default: '20' },
    epochs: { type: 'string', default: '5' },
    batch: { type: 'string', default: '256' },
    'skip-sampling': { type: 'boolean', default: false },
    'skip-training': { type: 'boolean', default: false },
    'train-only': { type: 'string' },
  },
});

/** Peak heap while `body` runs, sampled every 50 ms. */
async function measure(body) {
  globalThis.gc?.();
  let peak = process.memoryUsage().heapUsed;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 50);
  const started = performance.now();
  const result = await body();
  const ms = performance.now() - started;
  clearInterval(timer);
  return { result, ms, peakMiB: Math.max(peak, process.memoryUsage().heapUsed) / 2 ** 20 };
}

async function trainOnce(mod) {
  const rows = Number(values.rows);
  const width = Number(values.features);
  // A fixed synthetic problem: y = 1 when a fixed linear score of the features plus noise is positive.
  let state = 12345;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const x = new Float32Array(rows * width);
  const y = new Float32Array(rows);
  for (let i = 0; i < rows; i++) {
    let score = 0;
    for (let j = 0; j < width; j++) {
      const v = next() * 2 - 1;
      x[i * width + j] = v;
      score += v * ((j % 5) - 2);
    }
    y[i] = score + (next() - 0.5) > 0 ? 1 : 0;
  }
  const runtime = await mod.loadTensorflow();
  const spec = {
    type: 'logistic_regression',
    features: [],
    max_categories: 50,
    impute: 'error',
    layers: [],
    optimizer: 'adam',
    learning_rate: 0.05,
    epochs: Number(values.epochs),
    batch_size: Number(values.batch),
    l2: 0,
  };
  const run = await mod.trainBuiltin(runtime, spec, x, y, width, 1);
  return { backend: runtime.backend, seconds: run.seconds, loss: run.history.at(-1).loss };
}

const mod = await bundle(
  'train-bench',
  `export { drawSample } from './shared/train/sample.ts';
export { trainBuiltin } from './shared/train/builtin.ts';
export { loadTensorflow } from './shared/model/backend.ts';`,
);
if (values['train-only']) {
  // Child process: one backend, one line of JSON.
  console.log(JSON.stringify(await trainOnce(mod)));
  process.exit(0);
}

const report = {};
if (!values['skip-sampling']) {
  if (!existsSync(values.file)) {
    console.error(`${values.file} does not exist; generate it with: node bench/generate.mjs`);
    process.exit(2);
  }
  const naive = await naiveSplit(values.file);
  const read = { maxBadRows: 0 };
  const base = { by: [], minPerStratum: 0, seed: 7, id: 'id', required: ['label'] };
  const reservoir = await measure(() => mod.drawSample(values.file, read, { ...base, method: 'reservoir', n: 100_000 }));
  const stratified = await measure(() =>
    mod.drawSample(values.file, read, { ...base, method: 'stratified', fraction: 0.01, by: ['label', 'sex'], minPerStratum: 30 }),
  );
  report.sampling = {
    file: path.relative(root, values.file),
    rows: naive.rows,
    naive_ms: Math.round(naive.ms),
    reservoir: {
      ms: Math.round(reservoir.ms),
      ratio: +(reservoir.ms / naive.ms).toFixed(2),
      sampled: reservoir.result.rows.length,
      peak_heap_mib: Math.round(reservoir.peakMiB),
    },
    stratified: {
      ms: Math.round(stratified.ms),
      ratio: +(stratified.ms / naive.ms).toFixed(2),
      sampled: stratified.result.rows.length,
      peak_heap_mib: Math.round(stratified.peakMiB),
    },
    target_ratio: 1.5,
  };
}
if (values['skip-training']) {
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}
const training = {};
for (const backend of ['wasm', 'cpu']) {
  const child = spawnSync(
    process.execPath,
    [
      import.meta.filename,
      '--train-only',
      backend,
      '--rows',
      values.rows,
      '--features',
      values.features,
      '--epochs',
      values.epochs,
      '--batch',
      values.batch,
    ],
    {
      env: { ...process.env, MODELGATE_TF_BACKEND: backend },
      encoding: 'utf8',
    },
  );
  if (child.status !== 0) {
    console.error(child.stderr);
    process.exit(1);
  }
  training[backend] = JSON.parse(child.stdout.trim().split('\n').at(-1));
}
report.logistic_regression = {
  rows: Number(values.rows),
  features: Number(values.features),
  epochs: Number(values.epochs),
  batch_size: Number(values.batch),
  wasm_seconds: +training.wasm.seconds.toFixed(2),
  cpu_seconds: +training.cpu.seconds.toFixed(2),
  wasm_over_cpu: +(training.wasm.seconds / training.cpu.seconds).toFixed(2),
};
console.log(JSON.stringify(report, null, 2));
