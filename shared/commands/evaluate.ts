/**
 * `evaluate`: predictions (and optionally baseline predictions) -> metrics overall, per group, intersection and
 * slice -> disparities -> gates -> Report. Also writes and merges partials, so shards evaluated by a CI matrix
 * gate exactly like one pass over all rows.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { configPosition, loadConfig, locateInConfig } from '../config/index.js';
import type { Config, LoadedConfig } from '../config/types.js';
import { readExampleColumns } from '../data/index.js';
import { badRowFix } from '../data/read.js';
import { keyAt } from '../data/columns.js';
import { dataPathPolicy, matchPartialFiles } from '../data/files.js';
import type { Bindings, DataSummary, MemoryTable, TableSource, Task } from '../data/types.js';
import { ConfigError, DataError, UsageError } from '../errors.js';
import { runGates, standardDisparities } from '../gates/engine.js';
import { countStatuses, verdictOf } from '../gates/verdict.js';
import { EvaluationAccumulator, type EvaluationJSON, type EvaluationSpec } from '../metrics/evaluation.js';
import { RowSet, type RowSetJSON } from '../metrics/row-set.js';
import { metricWithoutInterval, metricsWithoutInterval } from '../metrics/population.js';
import { metricTitle } from '../metrics/names.js';
import { summarizeEvaluation, type EvaluationResult, type PopulationResult } from '../metrics/summary.js';
import type { Platform } from '../platform/port.js';
import { createProgressReporter } from '../platform/progress.js';
import {
  REPORT_SCHEMA_VERSION,
  type Check,
  type DisparityValue,
  type GateName,
  type Interval,
  type MetricBlock,
  type Report,
} from '../report/model.js';
import { scoreEvidence } from '../report/score-evidence.js';
import { percentileInterval } from '../stats/bootstrap.js';
import { dataRecord, dataRecordFrom } from '../records.js';
import { MODELGATE_VERSION } from '../version.js';

export interface EvaluateOptions {
  config: string;
  predictions?: string[];
  baseline?: string[];
  threshold?: number;
  /** Write this shard's accumulators to the file instead of gating. */
  emitPartial?: string;
  /** Merge the partials matching these globs and gate the whole. */
  partials?: string | string[];
  /** Score these labelled rows through the model (overrides data.dataset) instead of reading predictions. */
  dataset?: string[];
  /** The model spec (overrides evaluate.model.spec). */
  model?: string;
  /** The behavioral tests' baseline model spec (overrides evaluate.behavioral_baseline.spec). */
  baselineModel?: string;
  /** Where the scored predictions are written (predictions.csv); default modelgate-report. */
  out?: string;
  /**
   * Set by a gate that holds its own predictions to evaluate's rules (train): the report is that gate's, with its
   * checks and notes after evaluate's, and `baselineMissing` as the drop rules' reason when it has no baseline.
   * `predictions`, its predictions in memory, are read instead of data.predictions, by the same reader.
   */
  as?: { gate: GateName; checks: Check[]; notes: string[]; baselineMissing?: string; predictions?: MemoryTable };
}

interface Evaluated {
  accumulator: EvaluationAccumulator;
  rows: RowSet;
  data: DataSummary;
}

interface Partial {
  modelgate_partial: 1;
  /** The release that wrote it: accumulators are merged only by the same release (their layout may change). */
  modelgate_version: string;
  spec: EvaluationSpec & { threshold: number; seed: number };
  candidate: { accumulators: EvaluationJSON; rows: RowSetJSON; data: DataSummary };
  baseline?: { accumulators: EvaluationJSON; rows: RowSetJSON; data: DataSummary };
}

export function bindingsOf(config: Config): Bindings {
  const data = config.data;
  return {
    task: data.task,
    label: data.label,
    score: data.score,
    prediction: data.prediction,
    threshold: data.threshold,
    positiveLabel: data.positive_label === undefined ? undefined : String(data.positive_label),
    classes: data.classes?.map(String),
    id: data.id,
    groups: data.groups,
    ...(data.missing_group === undefined ? {} : { missingGroup: data.missing_group }),
    slices: data.slices,
    weight: data.weight,
  };
}

function specOf(config: Config): Partial['spec'] {
  const replicates = config.evaluate.bootstrap?.replicates ?? 0;
  return {
    task: config.data.task,
    classCount: config.data.classes?.length ?? 2,
    replicates,
    groups: config.data.groups,
    slices: config.data.slices,
    intersect: config.evaluate.intersect || config.evaluate.gates.some((g) => g.intersect),
    // Only a gate with `where` on a slice reads a slice's replicates (reports show group intervals only).
    sliceReplicates: config.evaluate.gates.some((g) => Object.keys(g.where ?? {}).some((column) => config.data.slices.includes(column))),
    threshold: config.data.threshold,
    seed: config.evaluate.bootstrap?.seed ?? 0,
  };
}

async function evaluateFiles(
  source: TableSource,
  config: Config,
  spec: Partial['spec'],
  platform: Platform,
  trackRows: boolean,
): Promise<Evaluated> {
  const bindings = bindingsOf(config);
  const accumulator = new EvaluationAccumulator(spec);
  const rows = new RowSet();
  const progress = createProgressReporter(platform);
  // The reader stops drawing bootstrap weights once the accumulator keeps rows (it draws them again itself).
  const stopWeights = new Int32Array(new SharedArrayBuffer(4));
  const read = readExampleColumns(source, bindings, {
    format: config.data.format,
    delimiter: config.data.delimiter,
    maxBadRows: config.data.max_bad_rows,
    maxLineBytes: config.data.max_line_bytes,
    maxFieldBytes: config.data.max_field_bytes,
    maxGroupValues: config.data.max_group_values,
    ...dataPathPolicy(config),
    onProgress: progress,
    // The accumulator copies what it keeps of a batch (rows, tables, ids) before the next is read.
    reuseBatches: true,
    ...(spec.replicates > 0 && { bootstrap: { seed: spec.seed, replicates: spec.replicates, stop: stopWeights } }),
  });
  try {
    for await (const batch of read.batches) {
      // Columns, not an object per row: 10M rows made 40M short-lived objects.
      accumulator.addBatch(batch, batch.replicateWeights ?? null);
      if (spec.replicates > 0 && !accumulator.needsReplicateWeights) Atomics.store(stopWeights, 0, 1);
      if (trackRows) for (let i = 0; i < batch.length; i++) rows.add(String(keyAt(batch, i)), batch.label[i]);
    }
  } finally {
    progress.end();
  }
  return { accumulator, rows, data: read.summary() };
}

function checkPairing(candidate: RowSet, baseline: RowSet, joinedBy: 'id' | 'position', baselineFiles: string[]): void {
  if (candidate.equals(baseline)) return;
  const detail =
    candidate.count !== baseline.count
      ? `the candidate has ${candidate.count} rows and the baseline ${baseline.count}`
      : `the same number of rows (${candidate.count}), but different ${joinedBy === 'id' ? 'ids or labels' : 'labels at the same positions'}`;
  throw new DataError(
    `baseline predictions do not cover the same rows as the candidate's: ${detail}`,
    { file: baselineFiles[0] },
    {
      hint:
        joinedBy === 'id'
          ? 'rows are joined by data.id: both files must hold the same ids with the same labels'
          : 'without data.id rows are joined by position: both files must list the same rows in the same order; bind data.id to join by id',
    },
  );
}

function metricBlock(pop: PopulationResult): MetricBlock {
  return { n: pop.n, weighted_n: pop.weightedN, ...pop.metrics };
}

function intervalsOf(pop: PopulationResult, level: number): Record<string, Interval> {
  const out: Record<string, Interval> = {};
  if (!pop.replicates) return out;
  for (const metric of Object.keys(pop.metrics)) {
    const values = pop.replicates.map((r) => r[metric]).filter((v): v is number => v !== null && v !== undefined && Number.isFinite(v));
    const interval = percentileInterval(values, level);
    if (interval) out[metric] = interval;
  }
  return out;
}

/** The metrics bootstrap ran for but gives no interval (see metricWithoutInterval), each with why; nothing when there are none. */
function withoutIntervals(task: Task, level: number | null, overall: PopulationResult): { none?: Record<string, string> } {
  if (level === null) return {};
  const none = dataRecordFrom(
    Object.keys(overall.metrics).flatMap((metric) => {
      const reason = metricWithoutInterval(task, metric);
      return reason === null ? [] : [[metric, reason] as [string, string]];
    }),
  );
  return Object.keys(none).length > 0 ? { none } : {};
}

function mapBlocks<T>(
  table: Record<string, Record<string, PopulationResult>>,
  f: (p: PopulationResult) => T,
): Record<string, Record<string, T>> {
  return dataRecordFrom(
    Object.entries(table).map(([attr, groups]) => [attr, dataRecordFrom(Object.entries(groups).map(([g, p]) => [g, f(p)]))]),
  );
}

/** The attributes' tables without the intersections'. */
function withoutIntersections(result: EvaluationResult): EvaluationResult['groups'] {
  return dataRecordFrom(Object.entries(result.groups).filter(([attribute]) => !result.intersections.includes(attribute)));
}

/** The intersections' tables. */
function intersectionsOf(result: EvaluationResult): EvaluationResult['groups'] {
  return dataRecordFrom(result.intersections.map((name) => [name, result.groups[name]]));
}

/** The attribute subsets rules intersect (`over: [a, b], intersect: true`), for summarizeEvaluation. */
function intersectedSubsets(config: Config): string[][] {
  return config.evaluate.gates.filter((rule) => rule.intersect && (rule.over?.length ?? 0) > 1).map((rule) => rule.over!);
}

function mergeSummaries(summaries: DataSummary[]): DataSummary {
  const merged: DataSummary = {
    files: [],
    format: summaries[0].format,
    rowsRead: 0,
    rowsUsed: 0,
    rowsSkipped: {},
    skippedSamples: [],
    bytes: 0,
  };
  for (const s of summaries) {
    merged.files.push(...s.files);
    merged.rowsRead += s.rowsRead;
    merged.rowsUsed += s.rowsUsed;
    merged.bytes += s.bytes;
    for (const [reason, count] of Object.entries(s.rowsSkipped)) {
      merged.rowsSkipped[reason as keyof DataSummary['rowsSkipped']] =
        (merged.rowsSkipped[reason as keyof DataSummary['rowsSkipped']] ?? 0) + (count ?? 0);
    }
    merged.skippedSamples.push(...s.skippedSamples.slice(0, Math.max(0, 5 - merged.skippedSamples.length)));
  }
  return merged;
}

async function loadPartials(
  patterns: string[],
  spec: Partial['spec'],
  workspace: string | undefined,
): Promise<{ candidate: Evaluated; baseline: Evaluated | null }> {
  const files = await matchPartialFiles(patterns, workspace);
  // A shard merged twice would count its rows twice and narrow every interval: the same bytes, or the same data
  // file read by two shards, is an error.
  const digests = new Map<string, string>();
  const dataFiles = new Map<string, string>();
  const candidate: Evaluated = { accumulator: new EvaluationAccumulator(spec), rows: new RowSet(), data: null as unknown as DataSummary };
  let baseline: Evaluated | null = null;
  const summaries: DataSummary[] = [];
  const baselineSummaries: DataSummary[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new DataError(`not a readable partial: ${(error as Error).message}`, { file });
    }
    const digest = createHash('sha256').update(bytes).digest('hex');
    const twin = digests.get(digest);
    if (twin !== undefined)
      throw new DataError(`${file} is the same partial as ${twin}: merging it twice would count its rows twice`, { file });
    digests.set(digest, file);
    let partial: Partial;
    try {
      partial = JSON.parse(bytes.toString('utf8')) as Partial;
    } catch {
      // JSON.parse's message quotes the text, which is not ours to echo into reports.
      throw new DataError('not a readable partial: it is not JSON', { file });
    }
    if (partial?.modelgate_partial !== 1) throw new DataError('not a modelgate partial (missing "modelgate_partial": 1)', { file });
    if (partial.modelgate_version !== MODELGATE_VERSION) {
      throw new DataError(
        `this partial was written by modelgate ${JSON.stringify(partial.modelgate_version ?? 'before 0.1.0')}, and the merge runs modelgate ${MODELGATE_VERSION}`,
        { file },
        {
          hint: 'write the partials and merge them with the same modelgate release (pin the action or package version in every job)',
        },
      );
    }
    for (const data of partial.candidate?.data?.files ?? []) {
      const other = dataFiles.get(data);
      if (other !== undefined)
        throw new DataError(
          `${file} and ${other} both read ${data}: each shard must read its own rows`,
          { file },
          { hint: 'give each matrix job its own predictions file (e.g. data/part-$INDEX.csv)' },
        );
      dataFiles.set(data, file);
    }
    if (JSON.stringify(partial.spec) !== JSON.stringify(spec)) {
      throw new ConfigError(
        'this partial was computed with a different configuration (task, groups, slices, threshold or bootstrap) than the merge job uses',
        { file },
        {
          hint: `partial: ${JSON.stringify(partial.spec)}; merge job: ${JSON.stringify(spec)}`,
        },
      );
    }
    candidate.accumulator.merge(EvaluationAccumulator.fromJSON(spec, partial.candidate.accumulators));
    candidate.rows.merge(partial.candidate.rows);
    summaries.push(partial.candidate.data);
    if (partial.baseline) {
      baseline ??= { accumulator: new EvaluationAccumulator(spec), rows: new RowSet(), data: null as unknown as DataSummary };
      baseline.accumulator.merge(EvaluationAccumulator.fromJSON(spec, partial.baseline.accumulators));
      baseline.rows.merge(partial.baseline.rows);
      baselineSummaries.push(partial.baseline.data);
    } else if (baseline) {
      throw new DataError('some partials carry baseline accumulators and this one does not', { file });
    }
  }
  candidate.data = mergeSummaries(summaries);
  if (baseline) baseline.data = mergeSummaries(baselineSummaries);
  return { candidate, baseline };
}

function asList(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [value];
}

export interface EvaluateResult {
  report?: Report;
  /** Set with --emit-partial: where the shard's accumulators were written. */
  partialFile?: string;
}

export async function evaluate(options: EvaluateOptions, platform: Platform, loaded?: LoadedConfig): Promise<EvaluateResult> {
  loaded ??= await loadConfig(options.config, {
    predictions: options.predictions,
    baseline: options.baseline,
    dataset: options.dataset,
    'evaluate.model.spec': options.model,
    'evaluate.behavioral_baseline.spec': options.baselineModel,
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
  });
  try {
    const { scoring, scoreDatasetOf } = await import('./evaluate-model.js');
    if (!scoring(options, loaded)) return await evaluateLoaded(options, platform, loaded);
    const scored = await scoreDatasetOf(options, loaded, platform);
    const result = await evaluateLoaded(options, platform, { ...loaded, config: scored.config });
    if (result.report) scored.annotate(result.report);
    return result;
  } catch (error) {
    throw locateInConfig(error, loaded);
  }
}

async function evaluateLoaded(options: EvaluateOptions, platform: Platform, loaded: LoadedConfig): Promise<EvaluateResult> {
  const { config } = loaded;
  const spec = specOf(config);
  const level = config.evaluate.bootstrap && config.evaluate.bootstrap.replicates > 0 ? config.evaluate.bootstrap.level : null;
  const baselineFiles = asList(config.data.baseline);
  const joinedBy = config.data.id ? 'id' : 'position';

  if (config.evaluate.gates.length === 0 && !options.emitPartial) {
    // A gate with no rules would pass whatever the model does: fail closed instead.
    throw new ConfigError(
      'evaluate.gates is empty: there is nothing to hold the model to',
      { file: loaded.file, path: '/evaluate/gates' },
      {
        hint: 'add at least one rule, such as `- metric: roc_auc` with `min: 0.75`',
      },
    );
  }

  const as: NonNullable<EvaluateOptions['as']> = options.as ?? { gate: 'evaluate', checks: [], notes: [] };
  const { candidate, baseline } = await readEvaluated(options, loaded, spec, platform);
  if (options.emitPartial) return { partialFile: await writePartial(options.emitPartial, spec, candidate, baseline) };
  if (baseline) checkPairing(candidate.rows, baseline.rows, joinedBy, baselineFiles ?? ['baseline partials']);

  const metricOptions = { beta: config.evaluate.beta, calibrationBins: config.evaluate.calibration_bins };
  const subsets = intersectedSubsets(config);
  const result = await summarizeEvaluation(candidate.accumulator, metricOptions, subsets);
  const baselineResult: EvaluationResult | null = baseline ? await summarizeEvaluation(baseline.accumulator, metricOptions, subsets) : null;
  if (candidate.data.rowsUsed === 0) throw noUsableRows(candidate.data);

  const outcome = runGates({
    rules: config.evaluate.gates,
    candidate: result,
    baseline: baselineResult,
    minGroupSize: config.evaluate.min_group_size,
    inconclusive: config.evaluate.inconclusive,
    level,
    task: config.data.task,
    groupAttributes: config.data.groups,
    ruleLocation: (index) => configPosition(loaded!, `/evaluate/gates/${index}`),
    baselineMissing: as.baselineMissing,
  });
  const checks = [...outcome.checks, ...as.checks];
  const disparities =
    config.data.task === 'binary'
      ? standardDisparities(result, config.evaluate.min_group_size, level)
      : dataRecord<Record<string, DisparityValue>>();
  for (const [attribute, values] of Object.entries(outcome.disparities)) Object.assign((disparities[attribute] ??= dataRecord()), values);

  const notes = [...evaluationNotes(config, level, spec, baseline ? joinedBy : null), ...as.notes];
  const report: Report = {
    schema_version: REPORT_SCHEMA_VERSION,
    gate: as.gate,
    verdict: verdictOf(checks),
    counts: countStatuses(checks),
    checks,
    metrics: {
      overall: metricBlock(result.overall),
      groups: mapBlocks(withoutIntersections(result), metricBlock),
      intersections: mapBlocks(intersectionsOf(result), metricBlock),
      slices: mapBlocks(result.slices, metricBlock),
    },
    intervals: {
      overall: level === null ? {} : intervalsOf(result.overall, level),
      groups: level === null ? dataRecord() : mapBlocks(result.groups, (p) => intervalsOf(p, level)),
      ...withoutIntervals(config.data.task, level, result.overall),
    },
    disparities,
    ...(baseline && baselineResult
      ? {
          baseline: {
            file: (baselineFiles ?? candidate.data.files).join(', '),
            join: joinedBy,
            metrics: metricBlock(baselineResult.overall),
            groups: mapBlocks(withoutIntersections(baselineResult), metricBlock),
            ...(config.data.task === 'binary'
              ? { disparities: standardDisparities(baselineResult, config.evaluate.min_group_size, level) }
              : {}),
          },
        }
      : {}),
    data: {
      ...candidate.data,
      task: config.data.task,
      ...(config.data.task === 'binary'
        ? {
            threshold: config.data.threshold,
            threshold_rule: config.data.prediction
              ? `prediction column ${config.data.prediction}`
              : `score >= ${config.data.threshold} is positive`,
          }
        : {}),
    },
    ...(level !== null
      ? { bootstrap: { replicates: spec.replicates, level, seed: spec.seed, method: 'Poisson bootstrap, percentile intervals' } }
      : {}),
    config: { file: loaded.file, sha256: loaded.sha256 },
    notes,
    ...scoreEvidence(candidate.accumulator, config.evaluate.calibration_bins),
  };
  return { report };
}

/** The candidate's (and baseline's) accumulators: from partials, or by reading the predictions (files, or a gate's own in memory). */
async function readEvaluated(
  options: EvaluateOptions,
  loaded: LoadedConfig,
  spec: Partial['spec'],
  platform: Platform,
): Promise<{ candidate: Evaluated; baseline: Evaluated | null }> {
  const { config } = loaded;
  if (options.partials) {
    if (options.emitPartial) throw new UsageError('--partials and --emit-partial cannot be combined');
    return await loadPartials(
      typeof options.partials === 'string' ? [options.partials] : options.partials,
      spec,
      dataPathPolicy(config).workspace,
    );
  }
  const predictions = options.as?.predictions ?? predictionFiles(options, loaded, spec);
  const baselineFiles = asList(config.data.baseline);
  const candidate = await platform.group(`Reading predictions: ${sourceName(predictions)}`, () =>
    evaluateFiles(predictions, config, spec, platform, Boolean(baselineFiles?.length)),
  );
  const baseline = baselineFiles?.length
    ? await platform.group(`Reading baseline: ${baselineFiles.join(', ')}`, () =>
        evaluateFiles(baselineFiles, config, spec, platform, true),
      )
    : null;
  return { candidate, baseline };
}

/** data.predictions, checked: there are some, and a shard of a bootstrapped run has ids. */
function predictionFiles(options: EvaluateOptions, loaded: LoadedConfig, spec: Partial['spec']): string[] {
  const { config } = loaded;
  const predictions = asList(config.data.predictions);
  if (!predictions?.length) {
    throw new ConfigError(
      'no predictions to evaluate',
      { file: loaded.file, path: '/data/predictions' },
      {
        hint: 'set data.predictions in the config, or pass --predictions (action input `predictions`); or score a dataset through a model with --model and --dataset',
      },
    );
  }
  if (options.emitPartial && spec.replicates > 0 && !config.data.id) {
    throw new ConfigError(
      'bootstrap over shards needs an id column: positions restart in every shard',
      { file: loaded.file, path: '/data/id' },
      { hint: 'bind data.id, or turn off evaluate.bootstrap for sharded runs' },
    );
  }
  return predictions;
}

function sourceName(source: TableSource): string {
  return typeof source === 'string' ? source : Array.isArray(source) ? source.join(', ') : source.name;
}

/** This shard's accumulators and rows, for a later `--partials` merge. */
async function writePartial(file: string, spec: Partial['spec'], candidate: Evaluated, baseline: Evaluated | null): Promise<string> {
  const partial: Partial = {
    modelgate_partial: 1,
    modelgate_version: MODELGATE_VERSION,
    spec,
    candidate: { accumulators: candidate.accumulator.toJSON(), rows: candidate.rows.toJSON(), data: candidate.data },
    ...(baseline ? { baseline: { accumulators: baseline.accumulator.toJSON(), rows: baseline.rows.toJSON(), data: baseline.data } } : {}),
  };
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, JSON.stringify(partial));
  return file;
}

/** Definitions the reader needs beside the numbers. */
function evaluationNotes(config: Config, level: number | null, spec: EvaluationSpec, joinedBy: string | null): string[] {
  const notes: string[] = [];
  if (config.data.task === 'binary') {
    notes.push(
      config.data.prediction
        ? `Predicted labels come from the column \`${config.data.prediction}\`.`
        : `A score ≥ ${config.data.threshold} counts as a positive prediction.`,
    );
    notes.push('Log loss clips probabilities to [1e-15, 1 − 1e-15].');
    notes.push(
      `Expected calibration error uses ${config.evaluate.calibration_bins} equal-width bins on [0, 1], weighted by the rows in each bin.`,
    );
    notes.push(
      'A rate whose denominator is zero (e.g. recall for a group with no positives) is undefined, not 0 as in Fairlearn; checks on it are inconclusive.',
    );
  }
  if (level !== null) {
    notes.push(
      `Intervals: ${Math.round(level * 100)}% percentile intervals from ${spec.replicates} Poisson bootstrap replicates (seed ${spec.seed}), row weights drawn from a hash of the ${config.data.id ? 'row id' : 'row position'}; candidate−baseline deltas are paired on the same rows.`,
    );
    for (const [metric, reason] of metricsWithoutInterval(config.data.task)) {
      notes.push(`No interval for ${metricTitle(metric)} (\`${metric}\`): ${reason}; a rule held to its interval bound errors.`);
    }
  }
  if (joinedBy) notes.push(`The baseline is joined to the candidate by ${joinedBy}.`);

  return notes;
}

/** Every row was skipped under max_bad_rows: the reasons and what makes such rows read, not a bigger budget. */
function noUsableRows(data: DataSummary): DataError {
  const reasons = (Object.entries(data.rowsSkipped) as [keyof DataSummary['rowsSkipped'], number][]).sort((a, b) => b[1] - a[1]);
  const counts = reasons.map(([reason, n]) => `${n} ${reason}`).join(', ');
  const sample = data.skippedSamples[0];
  return new DataError(
    `no usable rows: every row was skipped${counts === '' ? '' : ` (${counts})`}`,
    sample === undefined
      ? { file: data.files[0] }
      : { file: sample.file, line: sample.line, column: sample.column === '' ? undefined : sample.column },
    { hint: reasons.length === 0 ? undefined : reasons.map(([reason]) => badRowFix(reason)).join('; ') },
  );
}
