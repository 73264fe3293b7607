/**
 * `shadow-compare`: production's and the shadow model's prediction logs (or CloudEvents) -> a join by request id
 * -> agreement, flips, score and latency deltas, distribution shift, per-segment flips -> the rules -> a report.
 */
import { configPosition, loadConfig, locateInConfig } from '../config/index.js';
import type { AnyConfig, LoadedConfig, ShadowCompareConfig } from '../config/types.js';
import { estimateLines, resolveFiles, workspaceRoot } from '../data/files.js';
import { labelReader, readTable } from '../data/read.js';
import type { DataSummary, ReadOptions } from '../data/types.js';
import { ConfigError, DataError, UsageError } from '../errors.js';
import { countStatuses, verdictOf } from '../gates/verdict.js';
import { modelLog } from '../model/access.js';
import type { Platform } from '../platform/port.js';
import { createProgressReporter } from '../platform/progress.js';
import { REPORT_SCHEMA_VERSION, type ReportEnvelope } from '../report/model.js';
import { shadowChecks } from '../shadow-compare/checks.js';
import { compareShadowOnThreads, DEFAULT_COMPARE_OPTIONS, type ShadowComparison } from '../shadow-compare/compare.js';
import { ShadowJoin, type Disagreement, type JoinCounts, type Pairs } from '../shadow-compare/join.js';
import { readSide, strictNumber, type LogColumns, type SideRead } from '../shadow-compare/logs.js';
import { inShard, mergeShadowPartials, parseShard, writeShadowPartial, type PartialSpec, type Shard } from '../shadow-compare/partial.js';
import { EndpointDownError, replayRequests, type ReplayRecord, type ReplaySettings } from '../shadow-compare/replay.js';
import { startSideThread } from '../shadow-compare/side-thread.js';
import { judgeMeasurement } from '../gates/judge.js';
import type { Check } from '../report/model.js';

export interface ShadowCompareOptions {
  config: string;
  production?: string[];
  shadow?: string[];
  labels?: string[];
  /** Replay mode: recorded requests sent to both models. */
  replay?: string[];
  productionModel?: string;
  shadowModel?: string;
  /** `K/N`: compare only the requests whose id hash falls in shard K of N (with emitPartial). */
  shard?: string;
  /** Write this shard's pairs to this file instead of gating. */
  emitPartial?: string;
  /** Merge the shards' partials matching these globs and gate the whole. */
  partials?: string[];
}

type ShadowConfig = AnyConfig & { shadow_compare: ShadowCompareConfig };

/**
 * What report.sections.shadow_compare holds: the join, the comparison's tables, and what was read. An error report
 * of a replay stopped by a model gone down holds `replay` alone (ShadowCompareErrorSection).
 */
export interface ShadowCompareSection {
  join: JoinCounts;
  comparison: Omit<ShadowComparison, 'measurements' | 'notes'>;
  top_disagreements: Disagreement[];
  /** Columns kept out of every report and log. */
  redacted: string[];
  data: { production: SideData; shadow: SideData; labels?: SideData; replay_file?: SideData };
  /** Replay mode: the file replayed and each model's requests, errors and latency. */
  replay?: ReplayRecord;
  options: {
    level: number;
    correction: 'holm' | 'bh';
    psi_bins: number;
    psi_epsilon: number;
    min_segment_size: number;
    /** The paired bootstrap of the latency quantile deltas. */
    bootstrap: { replicates: number; seed: number; method: string };
  };
}

/** The section of an error report whose replay stopped: each model's requests, failures and first failure. */
export interface ShadowCompareErrorSection {
  replay: ReplayRecord;
}

interface SideData {
  files: string[];
  rows: number;
  cloud_events?: SideRead['cloudEvents'];
}

/** The gate's report; null for a shard that wrote its partial (`emitPartial`). */
export async function shadowCompare(options: ShadowCompareOptions, platform: Platform): Promise<ReportEnvelope | null> {
  const loaded = await loadConfig(
    options.config,
    {
      'shadow_compare.production': options.production,
      'shadow_compare.shadow': options.shadow,
      'shadow_compare.labels': options.labels,
      'shadow_compare.replay': options.replay,
      // A flag names the spec: a model the config gives as a mapping keeps its json, headers and features.
      'shadow_compare.production_model': options.productionModel === undefined ? undefined : { spec: options.productionModel },
      'shadow_compare.shadow_model': options.shadowModel === undefined ? undefined : { spec: options.shadowModel },
    },
    'shadow_compare',
  );
  try {
    return await compareLoaded(loaded, options, platform);
  } catch (error) {
    throw locateInConfig(error, loaded);
  }
}

async function compareLoaded(
  loaded: LoadedConfig<ShadowConfig>,
  options: ShadowCompareOptions,
  platform: Platform,
): Promise<ReportEnvelope | null> {
  const { config } = loaded;
  const section = config.shadow_compare;
  if (section.gates.length === 0)
    throw new ConfigError(
      'shadow_compare.gates is empty: there is nothing to hold the shadow model to',
      { file: loaded.file, path: '/shadow_compare' },
      { hint: 'add at least one rule, such as `- metric: flip_rate` with `max: 0.02`' },
    );
  const read = readOptionsOf(config);
  const columns = logColumnsOf(section, config.data?.task === 'regression');
  const sharding = shardingOf(options, section);
  const { pairs, inputs, shards } = options.partials?.length
    ? await mergedInputs(options.partials, columns, config)
    : { ...(await joinInputs(loaded, columns, read, platform, sharding.shard)), shards: 0 };
  if (options.emitPartial) {
    const written = await writeShadowPartial(
      options.emitPartial,
      partialSpec(columns, config),
      sharding.shard!,
      { ...pairs, top: redactedTop(pairs.top, columns) },
      inputs.data,
    );
    platform.setOutput('partial', written);
    platform.info(`partial written: ${written} (shard ${sharding.shard!.index}/${sharding.shard!.count}, ${pairs.n} pairs)`);
    return null;
  }
  if (inputs.replay === undefined)
    checkJoinRate(pairs.counts, section.min_join_rate, configPosition(loaded, '/shadow_compare/min_join_rate'));
  else if (inputs.replay.rows === 0) throw new DataError('the replay file has no requests', { file: inputs.replay.files.join(', ') });

  const compareOptions = {
    ...DEFAULT_COMPARE_OPTIONS,
    level: section.level,
    replicates: section.bootstrap.replicates,
    seed: section.bootstrap.seed,
    correction: section.correction,
    psiBins: section.psi_bins,
    binaryLabel: binaryLabelOf(config.data),
  };
  const comparison = await compareShadowOnThreads(pairs, compareOptions);
  const checks = [
    ...(inputs.replay
      ? endpointChecks(inputs.replay, section.max_error_rate, configPosition(loaded, '/shadow_compare/max_error_rate'))
      : []),
    ...shadowChecks(section.gates, comparison, {
      policy: section.inconclusive,
      level: section.level,
      ruleLocation: (index) => configPosition(loaded, `/shadow_compare/gates/${index}`),
    }),
  ];
  const { measurements: _measurements, notes: comparisonNotes, ...tables } = comparison;
  const redacted = section.redact;
  const body: ShadowCompareSection = {
    join: pairs.counts,
    comparison: tables,
    top_disagreements: redactedTop(pairs.top, columns),
    redacted,
    data: inputs.data,
    ...(inputs.replay ? { replay: inputs.replay } : {}),
    options: {
      level: compareOptions.level,
      correction: compareOptions.correction,
      psi_bins: compareOptions.psiBins,
      psi_epsilon: compareOptions.psiEpsilon,
      min_segment_size: compareOptions.minSegmentSize,
      bootstrap: {
        replicates: compareOptions.replicates,
        seed: compareOptions.seed,
        method: 'paired Poisson bootstrap, percentile intervals',
      },
    },
  };
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    gate: 'shadow-compare',
    verdict: verdictOf(checks),
    counts: countStatuses(checks),
    checks,
    config: { file: loaded.file, sha256: loaded.sha256 },
    notes: [
      ...comparisonNotes,
      shadowNote(compareOptions),
      ...(inputs.replay ? [replayNote(inputs.replay)] : []),
      ...(shards
        ? [
            `Merged from ${shards} shards' partials: each kept the requests whose id hash fell in it, and every statistic is over all their pairs.`,
          ]
        : []),
    ],
    sections: { shadow_compare: body },
  };
}

/**
 * The pairs, from both logs or from replaying both models, with the delayed labels. Its own function so that the
 * join, whose id index and answer columns are most of the gate's memory, is garbage once the pairs are taken, before
 * the comparison runs.
 */
async function joinInputs(
  loaded: LoadedConfig<ShadowConfig>,
  columns: LogColumns,
  read: ReadOptions,
  platform: Platform,
  shard: Shard | undefined,
): Promise<{ pairs: Pairs; inputs: Inputs }> {
  const section = loaded.config.shadow_compare;
  const join = new ShadowJoin(columns.segments, {
    numericLabels: columns.numericLabel,
    ...(shard ? { shard: (word: number) => inShard(shard, word) } : {}),
  });
  const progress = createProgressReporter(platform);
  try {
    const labels = section.labels === undefined ? undefined : await readLabels(section.labels, columns, read, join);
    const inputs =
      section.replay === undefined
        ? await readLogs(loaded, columns, { ...read, onProgress: progress }, join, shard?.count ?? 1)
        : await replayBoth(loaded, columns, { ...read, onProgress: progress }, join, platform);
    if (labels) inputs.data.labels = labels;
    return { pairs: join.pairs(), inputs };
  } finally {
    progress.end();
  }
}

/** `--shard` and `--emit-partial` come together, never with `--partials`, and only for logs (replay answers are not sharded). */
function shardingOf(options: ShadowCompareOptions, section: ShadowCompareConfig): { shard?: Shard } {
  if (options.partials?.length && (options.emitPartial || options.shard))
    throw new UsageError('--partials merges the shards: it takes neither --emit-partial nor --shard');
  if (Boolean(options.emitPartial) !== Boolean(options.shard))
    throw new UsageError('--emit-partial and --shard K/N come together: each matrix job writes the partial of its own shard');
  if (!options.shard) return {};
  if (section.replay !== undefined) throw new UsageError('replay mode is not sharded: --shard and --emit-partial take prediction logs');
  const hidden = new Set(section.redact);
  const carried = [section.score, section.prediction, section.label, section.latency, section.error, ...(section.segments ?? [])];
  const redacted = carried.find((column) => column !== undefined && hidden.has(column));
  if (redacted !== undefined)
    throw new UsageError(
      `a partial carries the compared columns, and ${JSON.stringify(redacted)} is redacted: it must not leave the runner`,
      {
        hint: 'compare it in one job, without --shard, or leave the column out of the comparison',
      },
    );
  return { shard: parseShard(options.shard) };
}

/** What a shard and the merge must agree on: the columns compared and how they are read. */
function partialSpec(columns: LogColumns, config: ShadowConfig): PartialSpec {
  const { redact: _redact, ...compared } = columns;
  return { ...compared, task: config.data?.task ?? 'binary' };
}

async function mergedInputs(
  patterns: string[],
  columns: LogColumns,
  config: ShadowConfig,
): Promise<{ pairs: Pairs; inputs: Inputs; shards: number }> {
  const { pairs, data, shards } = await mergeShadowPartials(patterns, partialSpec(columns, config), readOptionsOf(config).workspace);
  return { pairs, inputs: { data: data as Inputs['data'] }, shards };
}

/** What was compared: both sides' data, and the replay when the answers came from the models. */
interface Inputs {
  data: ShadowCompareSection['data'];
  replay?: ReplayRecord;
}

async function readLogs(
  loaded: LoadedConfig<ShadowConfig>,
  columns: LogColumns,
  read: ReadOptions,
  join: ShadowJoin,
  shards: number,
): Promise<Inputs> {
  const section = loaded.config.shadow_compare;
  const production = needPaths(section.production, 'production', loaded.file);
  const shadow = needPaths(section.shadow, 'shadow', loaded.file);
  // A missing or unreadable file is the reader's error to report, with its own words.
  join.reserve(Math.ceil((await resolveFiles(production, read).then(estimateLines, () => 0)) / shards));
  // The shadow side's segments are production's: one request, one segment, whichever side logged it.
  const shadowColumns = { ...columns, segments: [] };
  // Each large log is parsed on a thread of its own, both at once: this one indexes production's answers as they
  // come, then takes the shadow's.
  const productionThread = await startSideThread(production, columns, read, { ids: false, side: 'production' });
  const shadowThread = await startSideThread(shadow, shadowColumns, read, { ids: true, side: 'shadow' });
  let productionRead: SideRead;
  let shadowRead: SideRead;
  try {
    productionRead = productionThread
      ? await productionThread.drain((batch) => join.addProductionBatch(batch), read.onProgress)
      : await readSide(production, columns, read, (id, answer) => join.addProduction(id, answer));
    shadowRead = shadowThread
      ? await shadowThread.drain((batch) => join.addShadowBatch(batch), read.onProgress)
      : await readSide(shadow, shadowColumns, read, (id, answer) => join.addShadow(id, answer));
  } finally {
    await Promise.all([productionThread?.stop(), shadowThread?.stop()]);
  }
  return {
    data: {
      production: sideData(productionRead.data, productionRead.cloudEvents),
      shadow: sideData(shadowRead.data, shadowRead.cloudEvents),
    },
  };
}

async function replayBoth(
  loaded: LoadedConfig<ShadowConfig>,
  columns: LogColumns,
  read: ReadOptions,
  join: ShadowJoin,
  platform: Platform,
): Promise<Inputs> {
  const { config } = loaded;
  const section = config.shadow_compare;
  const task = config.data?.task ?? 'binary';
  if (task === 'multiclass')
    throw new ConfigError(
      'replay mode reads one score per request: binary and regression models only',
      configPosition(loaded, '/data/task'),
    );
  const classes = (config.data?.classes ?? [0, 1]).map(String);
  const settings: ReplaySettings = {
    files: [section.replay!].flat(),
    // The config's semantic checks refused replay mode without both models.
    models: { production: section.production_model!, shadow: section.shadow_model! },
    at: (pointer) => ({ ...configPosition(loaded, pointer), path: pointer }),
    features: section.features,
    batchSize: section.batch_size,
    concurrency: section.concurrency,
    maxRequests: section.max_requests,
    timeoutMs: section.timeout_ms,
    retries: section.retries,
    id: columns.id,
    label: columns.label,
    segments: columns.segments,
    redact: columns.redact ?? [],
    classes: task === 'regression' ? null : [classes[0], classes[1]],
    threshold: config.data?.threshold ?? 0.5,
    read,
    modelLogs: { production: modelLog(platform, 'production model'), shadow: modelLog(platform, 'shadow model') },
  };
  const { record, data } = await platform.group(`Replaying ${settings.files.join(', ')} against both models`, () =>
    replayRequests(settings, join).catch((error: unknown) => {
      // A model down mid-replay: nothing is compared, but the error report shows each model's counts up to the stop.
      if (error instanceof EndpointDownError && error.record) error.sections = { shadow_compare: { replay: error.record } };
      throw error;
    }),
  );
  const side = (s: 'production' | 'shadow'): SideData => ({ files: [record.endpoints[s].endpoint], rows: record.endpoints[s].rows });
  return {
    data: { production: side('production'), shadow: side('shadow'), replay_file: { files: data.files, rows: data.rowsRead } },
    replay: record,
  };
}

/** One check per model: its share of failed requests held to `max_error_rate`. */
function endpointChecks(replay: ReplayRecord, maxErrorRate: number, where: { file: string; line?: number; column?: number }): Check[] {
  return (['production', 'shadow'] as const).map((side) => {
    const e = replay.endpoints[side];
    const rule = { metric: 'endpoint_error_rate', max: maxErrorRate };
    const raw = judgeMeasurement(
      rule,
      {
        id: `endpoint_error_rate[${side}]`,
        title: `Error rate of the ${side} model`,
        metric: 'endpoint_error_rate',
        scope: { endpoint: side },
        value: e.error_rate,
        interval: null,
        n: e.rows,
        evidence: {
          test: `failed requests at ${e.endpoint}: ${e.failed_rows} of ${e.rows} rows in ${e.failed_requests} of ${e.requests} requests`,
          statistic: null,
          p_value: null,
        },
      },
      null,
    );
    const reason = `${raw.reason}${raw.raw_status === 'fail' ? ' (shadow_compare.max_error_rate)' : ''}${e.first_error ? `; first failure: ${e.first_error}` : ''}`;
    return { ...raw, reason, status: raw.raw_status, severity: 'fail', rule: { index: -1, ...where } };
  });
}

function replayNote(replay: ReplayRecord): string {
  const budget = replay.budget_reached
    ? ` The request budget (max_requests ${replay.max_requests}) ended the replay after ${replay.rows} requests; the rest of the file was not replayed.`
    : '';
  return `Replay: ${replay.rows} recorded requests sent to both models, ${replay.batch_size} a request, ${replay.concurrency} in flight; a batched request's latency is spread evenly over its rows, and a failed request's rows count as errors with no score.${budget}`;
}

/** Which label is positive, as evaluate reads it (data.classes, data.positive_label); no calibration for other tasks. */
function binaryLabelOf(data: ShadowConfig['data']): (name: string) => number {
  if (data?.task !== undefined && data.task !== 'binary') return () => -1;
  return labelReader({
    task: 'binary',
    classes: data?.classes?.map(String),
    positiveLabel: data?.positive_label === undefined ? undefined : String(data.positive_label),
  });
}

function needPaths(paths: string | string[] | undefined, side: 'production' | 'shadow', file: string): string[] {
  if (paths === undefined)
    throw new ConfigError(
      `no ${side} log to compare`,
      { file, path: '/shadow_compare' },
      { hint: `set shadow_compare.${side} in the config, or pass --${side} (action input \`${side}\`)` },
    );
  return Array.isArray(paths) ? paths : [paths];
}

function logColumnsOf(section: ShadowCompareConfig, numericLabel: boolean): LogColumns {
  // completeShadowCompare filled these from `data:`, and its checks refused a section without an id.
  return {
    id: section.id!,
    score: section.score,
    prediction: section.prediction,
    label: section.label,
    latency: section.latency,
    error: section.error,
    segments: section.segments ?? [],
    redact: section.redact,
    numericLabel,
  };
}

/** The top disagreements as the report may show them: a redacted id, score or prediction column is left out. */
function redactedTop(top: Disagreement[], columns: LogColumns): Disagreement[] {
  const hidden = new Set(columns.redact);
  const answer = (a: Disagreement['production']) => ({
    score: columns.score !== undefined && hidden.has(columns.score) ? null : a.score,
    prediction: columns.prediction !== undefined && hidden.has(columns.prediction) ? null : a.prediction,
  });
  return top.map((d) => ({
    id: hidden.has(columns.id) ? '(redacted)' : d.id,
    production: answer(d.production),
    shadow: answer(d.shadow),
    segments: d.segments,
  }));
}

function readOptionsOf(config: ShadowConfig): ReadOptions {
  const data = config.data;
  const workspace = data?.allow_outside_workspace ? undefined : workspaceRoot();
  return {
    format: data?.format,
    delimiter: data?.delimiter,
    maxBadRows: 0,
    maxLineBytes: data?.max_line_bytes,
    maxFieldBytes: data?.max_field_bytes,
    ...(workspace === undefined ? {} : { workspace }),
  };
}

/** The delayed ground truth: an id and a label a row, read strictly, ahead of both logs. */
async function readLabels(paths: string | string[], columns: LogColumns, options: ReadOptions, join: ShadowJoin): Promise<SideData> {
  const files = Array.isArray(paths) ? paths : [paths];
  const read = readTable(files, options);
  const id = columns.id;
  // The config's checks refused a labels file without a label column.
  const label = columns.label!;
  for await (const batch of read) {
    const at = { id: batch.columns.indexOf(id), label: batch.columns.indexOf(label) };
    for (const [role, k] of Object.entries(at))
      if (k < 0)
        throw new DataError(`the labels file has no ${role} column ${JSON.stringify(role === 'id' ? id : label)}`, { file: batch.file });
    for (let i = 0; i < batch.rows.length; i++) {
      const row = batch.rows[i];
      const key = row[at.id];
      if (key === undefined || key === null || key === '')
        throw new DataError(`request id is empty in column ${JSON.stringify(id)}`, { file: batch.file, line: batch.lines[i], column: id });
      const value = row[at.label];
      if (!columns.numericLabel) join.addLabel(String(key), value === undefined || value === null || value === '' ? null : String(value));
      else {
        const where = { file: batch.file, line: batch.lines[i], column: label, redacted: columns.redact?.includes(label) ?? false };
        join.addTarget(
          String(key),
          strictNumber(value, () => where),
        );
      }
    }
  }
  const summary = read.summary();
  return { files: summary.files, rows: summary.rowsRead };
}

function checkJoinRate(counts: JoinCounts, minJoinRate: number, where: { file: string; line?: number; column?: number }): void {
  const detail = `${counts.pairs} pairs of ${counts.production} production and ${counts.shadow} shadow rows; ${counts.unmatchedProduction} production and ${counts.unmatchedShadow} shadow ids unmatched`;
  if (counts.pairs === 0)
    throw new DataError(`no request id is in both logs (${detail})`, where, {
      hint: 'are both logs of the same traffic, joined by the same id column?',
    });
  if (counts.joinRate !== null && counts.joinRate < minJoinRate)
    throw new DataError(
      `only ${(100 * counts.joinRate).toFixed(2)}% of the requests are in both logs, below shadow_compare.min_join_rate ${minJoinRate} (${detail})`,
      where,
      { hint: 'a comparison of the requests both logs happen to share may be biased: check the logs cover the same window' },
    );
}

function sideData(data: DataSummary, cloudEvents: SideRead['cloudEvents']): SideData {
  return { files: data.files, rows: data.rowsRead, ...(cloudEvents ? { cloud_events: cloudEvents } : {}) };
}

function shadowNote(options: typeof DEFAULT_COMPARE_OPTIONS): string {
  return `Requests are paired by id; a repeated id keeps its first answer on each side. Intervals are at ${Math.round(100 * options.level)}%; segment p-values are ${options.correction === 'holm' ? 'Holm' : 'Benjamini-Hochberg'}-adjusted; segments under ${options.minSegmentSize} pairs are shown but not tested.`;
}
