/**
 * `evaluate --model SPEC --dataset FILE`: the labelled rows of a dataset scored through a model adapter, written as
 * predictions (the id, label, weight, group and slice columns, and the score) to `predictions.csv` in the output
 * directory. evaluate then gates that file exactly as it gates any predictions, and the file stays, so the run can
 * be gated again without the model.
 *
 * The dataset streams through: rows are read, scored and written a block at a time, so memory holds one block's
 * features, never the dataset's.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { configPosition } from '../config/positions.js';
import type { Config, LoadedConfig, ScoringModel } from '../config/types.js';
import { readTable } from '../data/index.js';
import { checkDataPath, dataPathPolicy } from '../data/files.js';
import type { DataSummary, ReadOptions } from '../data/types.js';
import { ConfigError, DataError, type Location } from '../errors.js';
import { badRowFix, labelReader } from '../data/read.js';
import type { Platform } from '../platform/port.js';
import { createProgressReporter } from '../platform/progress.js';
import { checkModelEnv, headersFromEnv, modelLog } from './access.js';
import { csvWriter } from '../train/table-file.js';
import { shorten, type AdapterOptions, type FeatureRecord, type ModelAdapter } from './adapter.js';
import type { RowOrigin } from './preprocessing.js';
import { openModel, parseModelSpec } from './spec.js';
import { checkJsonRequest } from './json-http.js';
import { checkBehavioral, runBehavioral, type BehavioralResult, type Cases } from './behavioral.js';
import type { Check } from '../report/model.js';

/** What the report's `data.model` says about the scoring: where the scores came from, never a credential. */
export interface ModelRecord {
  kind: ModelAdapter['kind'];
  /** A URL without credentials, a program name or a directory. */
  endpoint: string;
  features: string[];
  /** The dataset files scored. */
  dataset: string[];
  /** The predictions file written, which evaluate read. */
  predictions: string;
  rows: number;
  requests: number;
  batch_size: number;
  concurrency: number;
  /** Wall time per request, retries included. */
  latency_ms: { mean: number; max: number };
}

export interface ScoredDataset {
  /** The behavioral tests' checks and results, when `evaluate.behavioral` has any. */
  behavioral?: { checks: Check[]; results: BehavioralResult[] };
  /** The config evaluate gates with: the predictions file as `data.predictions`, its score column as `data.score`. */
  config: Config;
  model: ModelRecord;
  /** What reading the dataset did (its files, rows and skipped rows). */
  data: DataSummary;
}

/** Rows scored per block: enough to keep every request slot busy, few enough to hold. */
const MIN_BLOCK_ROWS = 4096;

/** Scores `config.data.dataset` through `config.evaluate.model` into `<out>/predictions.csv`. */
export async function scoreDataset(loaded: LoadedConfig, out: string, platform: Platform): Promise<ScoredDataset> {
  const { config } = loaded;
  const settings = config.evaluate.model!;
  const at = (pointer: string): Location => ({ ...configPosition(loaded, pointer), path: pointer });
  checkScorable(config, at);
  const files = [config.data.dataset!].flat();
  const readOptions: ReadOptions = {
    format: config.data.format,
    delimiter: config.data.delimiter,
    maxBadRows: config.data.max_bad_rows,
    maxLineBytes: config.data.max_line_bytes,
    maxFieldBytes: config.data.max_field_bytes,
    ...dataPathPolicy(config),
  };
  const tests = config.evaluate.behavioral;
  const baselineSettings = config.evaluate.behavioral_baseline;
  if (baselineSettings && tests.length === 0)
    throw new ConfigError(
      '`evaluate.behavioral_baseline` is a baseline for behavioral tests, and evaluate.behavioral has none',
      at('/evaluate/behavioral_baseline'),
      {
        hint: 'add tests to evaluate.behavioral, or drop behavioral_baseline (a baseline for the metrics is `data.baseline`)',
      },
    );
  const { adapter, options } = await openScoring(settings, '/evaluate/model', readOptions, at, platform);
  let baseline: ModelAdapter | undefined;
  try {
    if (baselineSettings)
      baseline = (await openScoring(baselineSettings, '/evaluate/behavioral_baseline', readOptions, at, platform)).adapter;
    checkBehavioral(tests, adapter.features, at, baseline !== undefined);
    const keep = Math.max(0, ...tests.filter((t) => t.cases === undefined).map((t) => t.max_cases));
    const head: Cases = { rows: [], origins: [] };
    // The dataset's first rows are the default cases: they carry the baseline's features too.
    const extra = baseline ? baseline.features.filter((f) => !adapter.features.includes(f)) : [];
    const scored = await platform.group(`Scoring ${files.join(', ')} through ${adapter.endpoint}`, () =>
      scoreThrough(adapter, { config, files, readOptions, out, options, platform, head, keep, extra }),
    );
    if (tests.length === 0) return scored;
    const against = baseline ? ` (baseline ${baseline.endpoint})` : '';
    const behavioral = await platform.group(`Behavioral tests${against}: ${tests.map((t) => t.name).join(', ')}`, () =>
      runBehavioral(tests, { config, adapter, baseline, head, readOptions, at }),
    );
    return { ...scored, behavioral };
  } finally {
    await adapter.close();
    await baseline?.close();
  }
}

/** Opens the model a `scoring_model` section (at `base`) describes. */
export async function openScoring(
  settings: ScoringModel,
  base: string,
  readOptions: ReadOptions,
  at: (pointer: string) => Location,
  platform: Platform,
): Promise<{ adapter: ModelAdapter; options: AdapterOptions }> {
  const spec = parseModelSpec(settings.spec, at(`${base}/spec`));
  // A TF.js directory named by the config is read like a data file: inside the workspace, never /proc or /dev.
  if (spec.kind === 'tfjs') checkDataPath(path.join(spec.dir, 'model.json'), readOptions.workspace);
  if ((spec.kind === 'command' || spec.kind === 'json' || spec.kind === 'kserve') && settings.features === undefined)
    throw new ConfigError(
      `a ${spec.kind} model needs \`${base.slice(1).replace('/', '.')}.features\`: the columns to send it, in order`,
      at(base),
    );
  if ((spec.kind === 'json') !== (settings.json !== undefined))
    throw new ConfigError(
      spec.kind === 'json'
        ? `a json+http model needs \`${base.slice(1).replace('/', '.')}.json\`: its request template and the JSON pointer to the scores`
        : `\`${base.slice(1).replace('/', '.')}.json\` describes a json+http model, and the model is ${spec.kind}`,
      at(spec.kind === 'json' ? base : `${base}/json`),
      { hint: 'for example json: {template: {instances: $rows}, output: /predictions}' },
    );
  const options = adapterOptions(settings, base, at, platform);
  return { adapter: await openModel(spec, options, at(`${base}/spec`)), options };
}

/** A model gives one score per row: binary and regression tasks, with the prediction made by the threshold. */
function checkScorable(config: Config, at: (pointer: string) => Location): void {
  if (config.data.dataset === undefined)
    throw new ConfigError('`evaluate.model` needs a dataset to score', at('/data'), {
      hint: 'set data.dataset in the config, or pass --dataset (action input `dataset`)',
    });
  if (config.data.task === 'multiclass')
    throw new ConfigError('scoring through a model gives one score per row: binary and regression tasks only', at('/data/task'), {
      hint: 'write the per-class scores to a predictions file and evaluate that',
    });
  if (config.data.prediction !== undefined)
    throw new ConfigError('`data.prediction` names a column of hard predictions, and a model gives scores', at('/data/prediction'), {
      hint: 'drop data.prediction: a score at or above data.threshold is positive',
    });
}

function adapterOptions(settings: ScoringModel, base: string, at: (pointer: string) => Location, platform: Platform): AdapterOptions {
  const key = base.slice(1).replace('/', '.');
  const headers = headersFromEnv(settings.headers, key, at);
  checkModelEnv(settings.env, key, at);
  return {
    batchSize: settings.batch_size,
    concurrency: settings.concurrency,
    timeoutMs: Math.ceil(settings.timeout_seconds * 1000),
    retries: settings.retries,
    ...(settings.features ? { features: settings.features } : {}),
    ...(settings.json ? { json: checkJsonRequest(settings.json, (pointer) => at(`${base}/json${pointer}`)) } : {}),
    headers,
    env: settings.env,
    onLog: modelLog(platform),
  };
}

interface ScoreRun {
  config: Config;
  files: string[];
  readOptions: ReadOptions;
  out: string;
  options: AdapterOptions;
  platform: Platform;
  /** Filled with the first `keep` rows (all columns read), the behavioral tests' default cases. */
  head: Cases;
  keep: number;
  /** Columns read for `head` only (a baseline model's features the scored model does not read). */
  extra: string[];
}

async function scoreThrough(adapter: ModelAdapter, run: ScoreRun): Promise<ScoredDataset> {
  const { config, files, out } = run;
  const data = config.data;
  const roles = [
    ...new Set([data.label, ...(data.id ? [data.id] : []), ...(data.weight ? [data.weight] : []), ...data.groups, ...data.slices]),
  ];
  const features = [...adapter.features];
  const columns = [...new Set([...roles, ...features, ...run.extra])];
  const scoreName = columns.includes('score') ? 'modelgate_score' : 'score';
  const featureAt = features.map((f) => columns.indexOf(f));
  const roleAt = roles.map((r) => columns.indexOf(r));
  const predictions = path.join(out, 'predictions.csv');
  await mkdir(out, { recursive: true });
  const writer = await csvWriter(predictions, [...roles, scoreName]);
  const progress = createProgressReporter(run.platform);
  const read = readTable(files, { ...run.readOptions, onProgress: progress }, columns);
  const labelAt = columns.indexOf(data.label);
  const checkLabel = labelCheck(config);
  const blockRows = Math.max(MIN_BLOCK_ROWS, 2 * (run.options.batchSize ?? 64) * (run.options.concurrency ?? 4));
  const stats = { rows: 0, requests: 0, totalMs: 0, maxMs: 0 };
  let rows: unknown[][] = [];
  let origins: RowOrigin[] = [];
  const flush = async () => {
    if (rows.length === 0) return;
    const records: FeatureRecord[] = rows.map((row) => {
      const record: Record<string, unknown> = Object.create(null);
      features.forEach((f, j) => (record[f] = row[featureAt[j]]));
      return record;
    });
    const { scores, requests } = await adapter.predict(records, origins);
    for (const r of requests) {
      stats.requests++;
      stats.totalMs += r.ms;
      stats.maxMs = Math.max(stats.maxMs, r.ms);
    }
    await writer.write(rows.map((row, i) => [...roleAt.map((k) => row[k]), scores[i]]));
    stats.rows += rows.length;
    rows = [];
    origins = [];
  };
  try {
    for await (const batch of read) {
      // Files of one dataset may order their columns differently: rows are kept in `columns` order.
      const order = columns.map((name) => batch.columns.indexOf(name));
      const same = order.every((k, j) => k === j);
      for (let i = 0; i < batch.rows.length; i++) {
        const row = batch.rows[i];
        const ordered = same ? row : order.map((k) => row[k]);
        checkLabel(ordered[labelAt], batch.file, batch.lines[i]);
        rows.push(ordered);
        origins.push({ file: batch.file, line: batch.lines[i] });
        if (run.head.rows.length < run.keep) {
          run.head.rows.push(Object.fromEntries(columns.map((c, j) => [c, ordered[j]])));
          run.head.origins.push({ file: batch.file, line: batch.lines[i] });
        }
        if (rows.length >= blockRows) await flush();
      }
    }
    await flush();
  } finally {
    progress.end();
    await writer.close();
  }
  const evaluated = { ...data, predictions: [predictions], score: scoreName, format: 'csv' as const };
  delete evaluated.delimiter;
  delete evaluated.dataset;
  return {
    config: { ...config, data: evaluated },
    data: read.summary(),
    model: {
      kind: adapter.kind,
      endpoint: adapter.endpoint,
      features,
      dataset: read.summary().files,
      predictions,
      rows: stats.rows,
      requests: stats.requests,
      batch_size: config.evaluate.model!.batch_size,
      concurrency: adapter.kind === 'command' ? 1 : config.evaluate.model!.concurrency,
      latency_ms: { mean: stats.requests ? round(stats.totalMs / stats.requests) : 0, max: round(stats.maxMs) },
    },
  };
}

/**
 * Without a bad-row budget a bad binary label stops the run at its line in the dataset, before the model is asked
 * for its row; evaluate's own read of predictions.csv would name a line of a file the user never wrote. With a
 * budget, evaluate skips and counts such rows as it does in any predictions file.
 */
function labelCheck(config: Config): (value: unknown, file: string, line: number) => void {
  const data = config.data;
  if (data.task !== 'binary' || data.max_bad_rows > 0) return () => {};
  const classOf = labelReader({ task: data.task, classes: data.classes, positiveLabel: data.positive_label });
  return (value, file, line) => {
    if (classOf(value) >= 0) return;
    const missing = value === undefined || value === null || value === '';
    throw new DataError(
      missing
        ? `the label column ${JSON.stringify(data.label)} is empty`
        : `${shorten(JSON.stringify(value), 60)} is not a label of this binary task`,
      { file, line, column: data.label },
      { hint: badRowFix(missing ? 'missing_value' : 'unknown_label') },
    );
  };
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
