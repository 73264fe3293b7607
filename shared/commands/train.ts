/**
 * `train`: deterministic sample of the dataset -> held-out split -> train (built-in TensorFlow.js model or an
 * external command) -> held-out predictions -> the evaluate gate, unchanged, reading them in memory -> lineage
 * manifest, model directory and artifacts. A run that errors leaves no model directory and uploads nothing.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configPosition, loadConfig, locateInConfig } from '../config/index.js';
import type { Config, LoadedConfig } from '../config/types.js';
import { readTable } from '../data/index.js';
import { dataPathPolicy, resolveFiles } from '../data/files.js';
import { labelReader } from '../data/read.js';
import type { MemoryTable, ReadOptions } from '../data/types.js';
import { ConfigError, DataError } from '../errors.js';
import { loadTensorflow, type TfRuntime } from '../model/backend.js';
import { directoryHandler } from '../model/files.js';
import { encodeRows, fitPreprocessing, type Preprocessing } from '../model/preprocessing.js';
import { PREPROCESSING_FILE, scoreRows } from '../model/tfjs.js';
import type { Platform } from '../platform/port.js';
import { createProgressReporter } from '../platform/progress.js';
import type { Check, Report } from '../report/model.js';
import { writeReportFiles } from '../report/publish.js';
import { firstDifference, trainBuiltin, type TrainingRun } from '../train/builtin.js';
import { childEnvironment, fillPlaceholders, runCommand, shellWords } from '../exec/command.js';
import { trainConfigOf, type TrainConfig } from '../train/config.js';
import { baselineFromManifest, type ManifestBaseline } from '../train/baseline.js';
import { buildManifest, hashFiles, sampleRecord, type Manifest, type ManifestInput, type TrainerRecord } from '../train/lineage.js';
import { drawSample, stratumName, type Sample, type SampledRow, type SampleSpec } from '../train/sample.js';
import { splitHoldout } from '../train/split.js';
import { encodeOrigins, ORIGINS_FILE, restoreOrigins } from '../train/sample-origins.js';
import { writeTable } from '../train/table-file.js';
import { bindingsOf, evaluate, type EvaluateOptions } from './evaluate.js';
import { trainedBehavioral, type TrainedBehavioral } from './train-behavioral.js';

export interface TrainOptions {
  config: string;
  /** Overrides train.dataset. */
  dataset?: string[];
  /** Baseline predictions on the same held-out rows; overrides data.baseline. */
  baseline?: string[];
  /** An earlier run's manifest.json whose predictions are the baseline; overrides train.baseline_manifest. */
  baselineManifest?: string;
  /** Where report, manifest, sample, predictions and model/ go. */
  out: string;
}

/** What the run wrote besides the report files, for the entry points' outputs. */
export interface TrainResult {
  report: Report;
  manifest: string;
  modelDir: string | null;
  artifact?: string;
}

/** The sample and what is known about it; cached as one directory. */
const SAMPLE_DIR = 'sample';

export async function train(options: TrainOptions, platform: Platform): Promise<TrainResult> {
  const loaded = await loadConfig(
    options.config,
    {
      baseline: options.baseline,
      'train.dataset': options.dataset,
      'train.baseline_manifest': options.baselineManifest,
    },
    'train',
  );
  try {
    return await trainLoaded(options, platform, loaded);
  } catch (error) {
    throw locateInConfig(error, loaded);
  }
}

async function trainLoaded(options: TrainOptions, platform: Platform, loaded: LoadedConfig): Promise<TrainResult> {
  const settings = trainConfigOf(loaded);
  const { config } = loaded;
  if (settings.dataset === undefined) {
    throw new ConfigError(
      'no dataset to train on',
      { file: loaded.file, path: '/train' },
      { hint: 'set train.dataset in the config, or pass --dataset (action input `dataset`)' },
    );
  }
  const out = options.out;
  const modelDir = path.join(out, 'model');
  const staging = path.join(out, '.model-staging');
  await clearPreviousRun(out, modelDir, staging);

  const progress = createProgressReporter(platform);
  const readOptions = trainReadOptions(config, progress);
  const files = await resolveFiles(settings.dataset, readOptions);
  const inputs = await hashFiles(files.map((f) => f.path));
  const spec = sampleSpecOf(config, settings);
  // `origins`: entries from before sample-origins.bin existed are never restored (they cannot name the data's lines).
  const cacheKey = `modelgate-train-sample-${sha256(JSON.stringify({ inputs: inputs.map((i) => i.sha256), spec, format: settings.sample.format, read: [config.data.format, config.data.delimiter, config.data.max_bad_rows], origins: 1 })).slice(0, 40)}`;
  const cacheDir = path.join(out, SAMPLE_DIR);
  const sampleFile = path.join(cacheDir, `sample.${settings.sample.format}`);

  const { sample, cacheHit } = await sampleOrRestore(settings, platform, {
    cacheDir,
    cacheKey,
    sampleFile,
    files,
    readOptions,
    spec,
    progress,
  });
  for (const warning of sample.warnings) platform.warning(warning);
  if (sample.rows.length === 0)
    throw new DataError(
      'the sample is empty: no row was selected',
      { file: files[0].path },
      { hint: 'raise train.sample.fraction or n, or check the time window' },
    );

  const label = config.data.label;
  const labelAt = sample.columns.indexOf(label);
  if (labelAt < 0)
    throw new DataError(
      `label column ${JSON.stringify(label)} is not in the data`,
      { file: files[0].path, column: label },
      { hint: `columns: ${sample.columns.join(', ')}` },
    );
  const holdoutStrata = stratumOf(sample.columns, settings.sample.method === 'stratified' ? spec.by : [label]);
  const holdoutSeed = settings.holdout.seed ?? settings.sample.seed;
  const { trainRows, holdoutRows, holdoutColumns } = await holdoutSplit(settings, sample, readOptions, label, holdoutSeed, holdoutStrata);
  if (holdoutRows.length === 0)
    throw new DataError(
      'no held-out rows to evaluate on',
      { file: files[0].path },
      { hint: 'raise train.holdout.fraction or the sample size' },
    );
  checkClasses(config, trainRows, labelAt, 'training rows');

  const trainFile = path.join(out, `train.${settings.sample.format}`);
  const trainValues = trainRows.map((r) => r.values);
  await writeTable(trainFile, settings.sample.format, sample.columns, trainValues);

  let scores: Float64Array;
  let trainer: TrainerRecord;
  let reproducibility: Check | null = null;
  const trainSection: Record<string, unknown> = {};
  if (settings.model) {
    ({ scores, trainer, reproducibility } = await trainWithBuiltin(settings.model, {
      settings,
      loaded,
      platform,
      trainRows,
      holdoutRows,
      holdoutColumns,
      columns: sample.columns,
      labelAt,
      staging,
      trainSection,
    }));
  } else {
    const result = await runExternal(settings, loaded, out, staging, label, trainFile, holdoutRows, holdoutColumns, platform);
    scores = result.scores;
    trainer = result.trainer;
    Object.assign(trainSection, { trainer: 'command', command: settings.command });
  }

  const sampleInput = sampleInputOf(settings, {
    sampleFile,
    sampleSha256: (await hashFiles([sampleFile]))[0].sha256,
    by: spec.by,
    sample,
    trainRows,
    holdoutRows,
    holdoutSeed,
    cacheKey,
    cacheHit,
  });
  const manifestBaseline = await manifestBaselineOf(
    settings.baseline_manifest,
    { inputs, sample: sampleRecord(sampleInput) },
    readOptions.workspace,
    platform,
  );

  const behavioral = await trainedBehavioral(loaded, staging, { rows: holdoutRows, columns: holdoutColumns }, readOptions, platform);
  const predictions = heldOutPredictions(config, holdoutColumns, holdoutRows, scores);
  // Written for users and later runs' baselines (the manifest records it); the gate reads the rows in memory.
  const predictionsFile = path.join(out, 'predictions.csv');
  await writeTable(predictionsFile, 'csv', predictions.columns, rowsOf(predictions));
  const baselineFiles = manifestBaseline && 'predictions' in manifestBaseline ? [manifestBaseline.predictions] : undefined;
  // The held-out predictions are held to evaluate's rules, and the report is train's own: its checks and notes too.
  const gated = await evaluate(
    {
      config: loaded.file,
      as: {
        ...trainReportParts(settings, manifestBaseline, reproducibility, holdoutRows.length, sample.rows.length, holdoutSeed, behavioral),
        predictions,
      },
    },
    platform,
    { ...loaded, config: predictionsConfig(config, predictions.columns[predictions.columns.length - 1], baselineFiles) },
  );
  const report = gated.report!;
  const modelFiles = (await readdir(staging).catch(() => [] as string[])).sort().map((name) => path.join(staging, name));
  const manifestFile = path.join(out, 'manifest.json');
  const manifest: Manifest = buildManifest({
    config: loaded,
    inputs,
    sample: sampleInput,
    trainer,
    model: { dir: modelDir, files: (await hashFiles(modelFiles)).map((f) => ({ ...f, file: path.basename(f.file) })) },
    predictions: (await hashFiles([predictionsFile])).map((f) => ({ ...f, file: path.relative(path.dirname(manifestFile), f.file) }))[0],
    report,
  });
  report.sections = {
    ...report.sections,
    ...(behavioral ? { behavioral: { tests: behavioral.tests } } : {}),
    train: {
      ...trainSection,
      sample: sampleSection(settings, sample, trainRows.length, holdoutRows.length, cacheHit, sampleFile),
      data: sample.data,
    },
    lineage: manifest,
  };

  if (modelFiles.length > 0) await rename(staging, modelDir);
  await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  if (settings.cache && !cacheHit && platform.saveCache) await platform.saveCache([cacheDir], cacheKey);

  const artifact = await uploadRun(settings, platform, report, out, [
    manifestFile,
    predictionsFile,
    ...(modelFiles.length ? (await readdir(modelDir)).sort().map((name) => path.join(modelDir, name)) : []),
  ]);
  return { report, manifest: manifestFile, modelDir: modelFiles.length ? modelDir : null, ...(artifact ? { artifact } : {}) };
}

/** A model directory from an earlier run must not pass for this run's if this one fails. */
async function clearPreviousRun(out: string, modelDir: string, staging: string): Promise<void> {
  await Promise.all([
    rm(modelDir, { recursive: true, force: true }),
    rm(staging, { recursive: true, force: true }),
    rm(path.join(out, 'manifest.json'), { force: true }),
  ]);
  await mkdir(out, { recursive: true });
}

function trainReadOptions(config: Config, progress: ReadOptions['onProgress']): ReadOptions {
  return {
    format: config.data.format,
    delimiter: config.data.delimiter,
    maxBadRows: config.data.max_bad_rows,
    maxLineBytes: config.data.max_line_bytes,
    maxFieldBytes: config.data.max_field_bytes,
    ...dataPathPolicy(config),
    onProgress: progress,
  };
}

/** The report's account of the sample and its split. */
function sampleSection(
  settings: TrainConfig,
  sample: Sample,
  trainRows: number,
  holdoutRows: number,
  cacheHit: boolean,
  file: string,
): Record<string, unknown> {
  return {
    method: settings.sample.method,
    seed: settings.sample.seed,
    rows_read: sample.data.rowsRead,
    rows: sample.rows.length,
    train_rows: trainRows,
    holdout_rows: holdoutRows,
    strata: sample.strata,
    cache_hit: cacheHit,
    file,
  };
}

/** The model, manifest, predictions and report files as one artifact (`-failed` when the gate failed); its name, or undefined. */
async function uploadRun(
  settings: TrainConfig,
  platform: Platform,
  report: Report,
  out: string,
  files: string[],
): Promise<string | undefined> {
  if (settings.artifact === false || !platform.uploadArtifact) return undefined;
  // The report files go up with the model, so they are written here as well as by the publishing edge.
  const reportFiles = await writeReportFiles(report, out);
  const artifact = report.verdict === 'fail' ? `${settings.artifact}-failed` : settings.artifact;
  const uploaded = await platform.uploadArtifact(
    artifact,
    [files[0], reportFiles.json, reportFiles.markdown, reportFiles.junit, ...files.slice(1)],
    out,
  );
  platform.info(`artifact ${artifact} uploaded: ${uploaded.location}`);
  return artifact;
}

/** What the manifest records of the sample and the split. */
function sampleInputOf(
  settings: TrainConfig,
  run: {
    sampleFile: string;
    sampleSha256: string;
    by: string[];
    sample: Sample;
    trainRows: SampledRow[];
    holdoutRows: SampledRow[];
    holdoutSeed: number;
    cacheKey: string;
    cacheHit: boolean;
  },
): ManifestInput['sample'] {
  const { sampleFile, sampleSha256, by, sample, trainRows, holdoutRows, holdoutSeed, cacheKey, cacheHit } = run;
  return {
    file: sampleFile,
    sha256: sampleSha256,
    settings: settings.sample,
    by: settings.sample.method === 'stratified' ? by : undefined,
    strata: sample.strata,
    rowsRead: sample.data.rowsRead,
    rows: sample.rows.length,
    trainRows: trainRows.length,
    holdoutRows: holdoutRows.length,
    holdout:
      settings.holdout.file !== undefined ? { file: settings.holdout.file } : { fraction: settings.holdout.fraction, seed: holdoutSeed },
    holdoutSha256: sha256(holdoutRows.map((r) => r.key).join('\n')),
    cache: settings.cache ? { key: cacheKey, hit: cacheHit } : undefined,
  };
}

/** The baseline a previous run's manifest names, or why it cannot be used (said as a warning); undefined without one. */
async function manifestBaselineOf(
  manifestFile: string | undefined,
  current: Parameters<typeof baselineFromManifest>[1],
  workspace: string | undefined,
  platform: Platform,
): Promise<ManifestBaseline | undefined> {
  if (manifestFile === undefined) return undefined;
  const found = await baselineFromManifest(manifestFile, current, workspace);
  if ('problem' in found) platform.warning(`the baseline manifest ${manifestFile} cannot be used: ${found.problem}`);
  else platform.info(`baseline: ${found.predictions}, from the manifest ${manifestFile}`);
  return found;
}

/** The drop rules of a run whose baseline manifest cannot be used are errors saying why; a usable one is named. */
/** What train adds to the report evaluate writes for it: its own checks and notes, and why it has no baseline. */
function trainReportParts(
  settings: TrainConfig,
  manifestBaseline: ManifestBaseline | undefined,
  reproducibility: Check | null,
  holdout: number,
  sampled: number,
  holdoutSeed: number,
  behavioral: TrainedBehavioral | null,
): NonNullable<EvaluateOptions['as']> {
  const split =
    settings.holdout.file !== undefined
      ? `the file ${[settings.holdout.file].flat().join(', ')}`
      : `${settings.holdout.fraction} of each stratum, seed ${holdoutSeed}`;
  return {
    gate: 'train',
    checks: [...(reproducibility ? [reproducibility] : []), ...(behavioral?.checks ?? [])],
    notes: [
      ...baselineNotes(settings.baseline_manifest, manifestBaseline),
      `Held-out rows: ${holdout} of the ${sampled} sampled (${split}); the model never saw them.`,
    ],
    ...(manifestBaseline && 'problem' in manifestBaseline
      ? { baselineMissing: baselineProblem(settings.baseline_manifest, manifestBaseline.problem) }
      : {}),
  };
}

/** Why a baseline manifest cannot be the baseline: the drop rules' error (fail closed), not "none given". */
function baselineProblem(manifestFile: string | undefined, problem: string): string {
  return `the baseline manifest ${manifestFile} cannot be used: ${problem}`;
}

function baselineNotes(manifestFile: string | undefined, manifestBaseline: ManifestBaseline | undefined): string[] {
  if (manifestBaseline && 'problem' in manifestBaseline)
    return [`No baseline: ${baselineProblem(manifestFile, manifestBaseline.problem)}.`];
  if (manifestBaseline)
    return [`Baseline: the held-out predictions recorded by ${manifestFile}, on the same held-out rows (same data, sampling and split).`];
  return [];
}

/** Training and held-out rows: the sample and a separate held-out file, or the sample split by stratum. */
async function holdoutSplit(
  settings: TrainConfig,
  sample: Sample,
  readOptions: ReadOptions,
  label: string,
  holdoutSeed: number,
  holdoutStrata: ReturnType<typeof stratumOf>,
): Promise<{ trainRows: SampledRow[]; holdoutRows: SampledRow[]; holdoutColumns: string[] }> {
  let trainRows: SampledRow[];
  let holdoutRows: SampledRow[];
  let holdoutColumns = sample.columns;
  if (settings.holdout.file !== undefined) {
    trainRows = sample.rows;
    const held = await readRows(settings.holdout.file, readOptions, [label, ...(settings.model?.features ?? [])]);
    holdoutRows = held.rows;
    holdoutColumns = held.columns;
  } else {
    ({ train: trainRows, holdout: holdoutRows } = splitHoldout(sample.rows, settings.holdout.fraction, holdoutSeed, holdoutStrata));
  }
  return { trainRows, holdoutRows, holdoutColumns };
}

interface SampleSource {
  cacheDir: string;
  cacheKey: string;
  sampleFile: string;
  files: { path: string }[];
  readOptions: ReadOptions;
  spec: ReturnType<typeof sampleSpecOf>;
  progress: ReturnType<typeof createProgressReporter>;
}

/** The sample: restored from the platform's cache when its key (data hashes, spec, read settings) is there, else drawn and stored. */
async function sampleOrRestore(
  settings: TrainConfig,
  platform: Platform,
  source: SampleSource,
): Promise<{ sample: Sample; cacheHit: boolean }> {
  const { cacheDir, cacheKey, sampleFile, files, readOptions, spec, progress } = source;
  let cacheHit = false;
  if (settings.cache && platform.restoreCache) {
    cacheHit = (await platform.restoreCache([cacheDir], cacheKey)) === cacheKey;
    platform.info(cacheHit ? `sample restored from cache ${cacheKey}` : `no cached sample for ${cacheKey}`);
  }
  let sample: Sample;
  if (cacheHit) {
    const paths = files.map((f) => f.path);
    sample = await platform.group('Reading the cached sample', () => readCachedSample(cacheDir, sampleFile, spec, paths));
  } else {
    await rm(cacheDir, { recursive: true, force: true });
    sample = await platform.group(`Sampling ${files.map((f) => f.path).join(', ')}`, async () => {
      try {
        return await drawSample(
          files.map((f) => f.path),
          readOptions,
          spec,
        );
      } finally {
        progress.end();
      }
    });
    await mkdir(cacheDir, { recursive: true });
    await writeTable(
      sampleFile,
      settings.sample.format,
      sample.columns,
      sample.rows.map((r) => r.values),
    );
    await writeFile(
      path.join(cacheDir, ORIGINS_FILE),
      encodeOrigins(
        sample.rows,
        files.map((f) => f.path),
      ),
    );
    await writeFile(
      path.join(cacheDir, 'sample.json'),
      JSON.stringify({ columns: sample.columns, strata: sample.strata, data: sample.data, warnings: sample.warnings }),
    );
  }
  return { sample, cacheHit };
}

interface BuiltinRun {
  settings: TrainConfig;
  loaded: LoadedConfig;
  platform: Platform;
  trainRows: SampledRow[];
  holdoutRows: SampledRow[];
  holdoutColumns: string[];
  columns: string[];
  labelAt: number;
  staging: string;
  /** Filled with what the report's train section says about the run. */
  trainSection: Record<string, unknown>;
}

/** Fits the built-in TF.js model, scores the held-out rows and stages the model files. */
async function trainWithBuiltin(
  model: NonNullable<TrainConfig['model']>,
  run_: BuiltinRun,
): Promise<{ scores: Float64Array; trainer: TrainerRecord; reproducibility: Check | null }> {
  const { settings, loaded, platform, trainRows, holdoutRows, holdoutColumns, columns, labelAt, staging, trainSection } = run_;
  const runtime = await loadTensorflow();
  platform.info(`TensorFlow.js backend: ${runtime.backend}${runtime.skipped.length ? ` (${runtime.skipped.join('; ')})` : ''}`);
  const origins = trainRows.map((r) => ({ file: r.file, line: r.line }));
  const preprocessing = fitPreprocessing(
    trainRows.map((r) => r.values),
    columns,
    origins,
    {
      label: loaded.config.data.label,
      features: model.features,
      categorical: model.categorical ?? [],
      maxCategories: model.max_categories,
      impute: model.impute,
    },
  );
  const x = encodeRows(
    preprocessing,
    trainRows.map((r) => r.values),
    columns,
    origins,
  );
  const y = labelsOf(loaded.config, trainRows, labelAt);
  const run = await platform.group(`Training ${model.type} on ${trainRows.length} rows (${runtime.backend})`, () =>
    trainBuiltin(runtime, model, x, y, preprocessing.width, settings.sample.seed),
  );
  platform.info(`trained in ${run.seconds.toFixed(2)} s; final loss ${run.history[run.history.length - 1].loss.toFixed(4)}`);
  let reproducibility: Check | null = null;
  if (settings.reproducible) {
    const again = await platform.group('Training again to check reproducibility', () =>
      trainBuiltin(runtime, model, x, y, preprocessing.width, settings.sample.seed),
    );
    again.model.dispose();
    reproducibility = reproducibilityCheck(run, again, loaded);
  }
  const scores = scoreRows(
    runtime,
    run.model,
    preprocessing,
    holdoutRows.map((r) => r.values),
    holdoutColumns,
    holdoutRows.map((r) => ({ file: r.file, line: r.line })),
  );
  await run.model.save(directoryHandler(staging));
  await writeFile(path.join(staging, PREPROCESSING_FILE), `${JSON.stringify(preprocessing, null, 1)}\n`);
  run.model.dispose();
  const trainer = builtinRecord(model, runtime, preprocessing);
  Object.assign(trainSection, {
    trainer: 'built-in',
    model: model.type,
    backend: runtime.backend,
    backend_notes: runtime.skipped,
    features: preprocessing.features.map((f) =>
      f.kind === 'numeric' ? { name: f.name, kind: f.kind } : { name: f.name, kind: f.kind, categories: f.categories.length },
    ),
    epochs: run.history.length,
    ...(run.stoppedAfter ? { stopped_early_after: run.stoppedAfter } : {}),
    loss: run.history.map((h) => round(h.loss)),
    ...(run.history.some((h) => h.val_loss !== undefined) ? { val_loss: run.history.map((h) => round(h.val_loss!)) } : {}),
    weights_sha256: run.weightsSha256,
  });
  return { scores, trainer, reproducibility };
}

function sampleSpecOf(config: Config, settings: TrainConfig): SampleSpec {
  const s = settings.sample;
  return {
    method: s.method,
    fraction: s.fraction,
    n: s.n,
    by: s.method === 'stratified' ? (s.by ?? [config.data.label, ...config.data.groups]) : [],
    minPerStratum: s.min_per_stratum,
    column: s.column,
    days: s.days,
    seed: s.seed,
    id: config.data.id,
    required: [
      config.data.label,
      ...(settings.model?.features ?? []),
      ...config.data.groups,
      ...config.data.slices,
      ...(config.data.weight ? [config.data.weight] : []),
    ],
  };
}

function stratumOf(columns: string[], by: string[]): (row: SampledRow) => string {
  const at = by.map((name) => columns.indexOf(name));
  return (row) =>
    stratumName(
      at.map((k) => row.values[k]),
      by,
    );
}

/** The cached sample, its rows named by their lines in the data files (`files`), as when it was drawn. */
async function readCachedSample(dir: string, file: string, spec: SampleSpec, files: readonly string[]): Promise<Sample> {
  const { readFile } = await import('node:fs/promises');
  const meta = JSON.parse(await readFile(path.join(dir, 'sample.json'), 'utf8')) as Pick<
    Sample,
    'columns' | 'strata' | 'data' | 'warnings'
  >;
  const { rows } = await readRows(file, { maxBadRows: 0 }, meta.columns, spec.id);
  const origins = path.join(dir, ORIGINS_FILE);
  const bytes = await readFile(origins).catch((error: NodeJS.ErrnoException) => {
    throw new DataError(`the cached sample has no origins (${error.code ?? error.message})`, { file: origins });
  });
  restoreOrigins(bytes, rows, files, origins);
  return { ...meta, rows };
}

/** Every row of a small file (a cached sample, a test file) as sampled rows keyed like the sample's. */
async function readRows(
  paths: string | string[],
  options: ReadOptions,
  required: string[],
  id?: string,
): Promise<{ columns: string[]; rows: SampledRow[] }> {
  const rows: SampledRow[] = [];
  let columns: string[] | undefined;
  for await (const batch of readTable(paths, { ...options, onProgress: undefined })) {
    columns ??= batch.columns;
    for (const name of required) {
      if (!batch.columns.includes(name))
        throw new DataError(
          `column ${JSON.stringify(name)} is not in the data`,
          { file: batch.file, column: name },
          { hint: `columns: ${batch.columns.join(', ')}` },
        );
    }
    if (batch.columns.join('\u001f') !== columns.join('\u001f'))
      throw new DataError('the files of one dataset must have the same columns in the same order', { file: batch.file });
    const idAt = id ? columns.indexOf(id) : -1;
    batch.rows.forEach((values, i) => {
      const key =
        idAt >= 0
          ? String(values[idAt])
          : values.map((v) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v))).join('\u001f');
      rows.push({ values, file: batch.file, line: batch.lines[i], position: rows.length, key, draw: 0, stratum: '' });
    });
  }
  return { columns: columns ?? required, rows };
}

function labelsOf(config: Config, rows: SampledRow[], labelAt: number): Float32Array {
  const read = labelReader(bindingsOf(config));
  const y = new Float32Array(rows.length);
  rows.forEach((row, i) => {
    const value = read(row.values[labelAt]);
    if (value < 0) {
      throw new DataError(
        `label ${JSON.stringify(String(row.values[labelAt] ?? ''))} is not a class of this binary task`,
        { file: row.file, line: row.line, column: config.data.label },
        {
          hint: 'labels are 0/1, true/false or yes/no unless data.classes or data.positive_label names them',
        },
      );
    }
    y[i] = value;
  });
  return y;
}

function checkClasses(config: Config, rows: SampledRow[], labelAt: number, what: string): void {
  const seen = new Set(rows.map((row) => String(row.values[labelAt] ?? '')));
  if (seen.size < 2) {
    throw new DataError(
      `the ${what} hold one class only (${[...seen].map((v) => JSON.stringify(v)).join(', ') || 'none'}): a model cannot be trained`,
      { file: rows[0]?.file, column: config.data.label },
      {
        hint: 'sample more rows, or stratify by the label (train.sample.method: stratified) so that every class is kept',
      },
    );
  }
}

function reproducibilityCheck(first: TrainingRun, second: TrainingRun, loaded: LoadedConfig): Check {
  const differing = firstDifference(first.weights, second.weights);
  const at = configPosition(loaded, '/train/reproducible');
  return {
    id: 'reproducible',
    title: 'Training is reproducible',
    status: differing ? 'fail' : 'pass',
    raw_status: differing ? 'fail' : 'pass',
    severity: 'fail',
    metric: 'weights_sha256',
    value: null,
    bound: { on: 'point' },
    interval: null,
    n: first.weights.length,
    reason: differing
      ? `Two trainings with the same data and seed gave different weights: first differing tensor ${differing} (hashes ${first.weightsSha256.slice(0, 12)} vs ${second.weightsSha256.slice(0, 12)}).`
      : `Two trainings with the same data and seed gave identical weights (${first.weights.length} tensors, sha256 ${first.weightsSha256.slice(0, 12)}).`,
    rule: { index: -1, ...at },
  };
}

function builtinRecord(model: NonNullable<TrainConfig['model']>, runtime: TfRuntime, preprocessing: Preprocessing): TrainerRecord {
  return {
    kind: 'built-in',
    spec: model,
    spec_sha256: sha256(JSON.stringify(model)),
    backend: runtime.backend,
    versions: runtime.versions,
    preprocessing_sha256: sha256(JSON.stringify(preprocessing)),
  };
}

async function runExternal(
  settings: TrainConfig,
  loaded: LoadedConfig,
  out: string,
  staging: string,
  label: string,
  trainFile: string,
  holdoutRows: SampledRow[],
  holdoutColumns: string[],
  platform: Platform,
): Promise<{ scores: Float64Array; trainer: TrainerRecord }> {
  const where = { ...configPosition(loaded, '/train/command'), path: '/train/command' };
  // The trainer sees the held-out features, never their labels.
  const holdoutFile = path.join(out, `holdout.${settings.sample.format}`);
  const keep = holdoutColumns.map((_, k) => k).filter((k) => holdoutColumns[k] !== label);
  await writeTable(
    holdoutFile,
    settings.sample.format,
    keep.map((k) => holdoutColumns[k]),
    holdoutRows.map((r) => keep.map((k) => r.values[k])),
  );
  const predictions = path.join(out, 'trainer-predictions.csv');
  await rm(predictions, { force: true });
  await mkdir(staging, { recursive: true });
  const argv = fillPlaceholders(
    shellWords(settings.command!, where),
    {
      sample: trainFile,
      holdout: holdoutFile,
      predictions,
      model_dir: staging,
      out,
      seed: String(settings.sample.seed),
      label,
    },
    where,
  );
  platform.info(`running the trainer: ${JSON.stringify(argv)}`);
  const { seconds } = await platform.group('External trainer', () =>
    runCommand({
      argv,
      env: childEnvironment(settings.env),
      timeoutMs: settings.timeout_minutes * 60_000,
      where,
      onLine: (stream, line) => (stream === 'stderr' ? platform.info(`[trainer stderr] ${line}`) : platform.info(`[trainer] ${line}`)),
    }),
  );
  platform.info(`the trainer finished in ${seconds.toFixed(1)} s`);
  const read = await readRows(predictions, { maxBadRows: 0 }, ['score']).catch((error: unknown) => {
    if (error instanceof DataError && /file not found/.test(error.message)) {
      throw new DataError(
        'the trainer did not write its predictions',
        { file: predictions },
        { hint: 'write one row per held-out row, in order, with a `score` column, to the {predictions} path' },
      );
    }
    throw error;
  });
  if (read.rows.length !== holdoutRows.length) {
    throw new DataError(
      `the trainer wrote ${read.rows.length} predictions for ${holdoutRows.length} held-out rows`,
      { file: predictions },
      { hint: 'write one row per held-out row, in the order of {holdout}' },
    );
  }
  const at = read.columns.indexOf('score');
  const scores = new Float64Array(read.rows.length);
  read.rows.forEach((row, i) => {
    const value = typeof row.values[at] === 'number' ? (row.values[at] as number) : Number(row.values[at]);
    if (!(Number.isFinite(value) && value >= 0 && value <= 1) || row.values[at] === '') {
      throw new DataError(`score ${JSON.stringify(row.values[at])} is not a probability in [0, 1]`, {
        file: predictions,
        line: row.line,
        column: 'score',
      });
    }
    scores[i] = value;
  });
  return { scores, trainer: { kind: 'command', command: settings.command!, argv } };
}

/**
 * The held-out predictions as evaluate reads them: the bound roles, then the score (last), one entry per held-out row,
 * which errors about it name by its source file and line.
 */
function heldOutPredictions(config: Config, columns: string[], rows: SampledRow[], scores: Float64Array): MemoryTable {
  const roles = [
    ...new Set([
      config.data.label,
      ...(config.data.id ? [config.data.id] : []),
      ...config.data.groups,
      ...config.data.slices,
      ...(config.data.weight ? [config.data.weight] : []),
    ]),
  ];
  for (const name of roles)
    if (!columns.includes(name))
      throw new DataError(`column ${JSON.stringify(name)} is not in the held-out data`, { file: rows[0]?.file, column: name });
  const scoreName = roles.includes('score') ? 'modelgate_score' : 'score';
  const sources = [...new Set(rows.map((row) => row.file))];
  // A glob of many files would make every mention of the source a list of them.
  const shown = sources.length > 3 ? `${sources.slice(0, 3).join(', ')} and ${sources.length - 3} more` : sources.join(', ');
  return {
    name: `held-out predictions in memory (rows of ${shown})`,
    columns: [...roles, scoreName],
    values: [
      ...roles.map((name) => {
        const at = columns.indexOf(name);
        return rows.map((row) => row.values[at]);
      }),
      scores,
    ],
    origins: rows,
  };
}

function* rowsOf(table: MemoryTable): Generator<unknown[]> {
  for (let i = 0; i < table.origins.length; i++) yield table.values.map((column) => column[i]);
}

/** The config evaluate gates the held-out predictions with: the score bound, baseline files read as CSV (as train writes them). */
function predictionsConfig(config: Config, scoreName: string, baseline?: string[]): Config {
  const data = { ...config.data, score: scoreName, format: 'csv' as const, ...(baseline ? { baseline } : {}) };
  delete data.predictions;
  delete data.prediction;
  delete data.delimiter;
  return { ...config, data };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
