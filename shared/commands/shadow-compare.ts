/**
 * `shadow-compare`: production's and the shadow model's prediction logs (or CloudEvents) -> a join by request id
 * -> agreement, flips, score and latency deltas, distribution shift, per-segment flips -> the rules -> a report.
 */
import { loadConfig, locateInConfig } from '../config/index.js';
import type { AnyConfig, LoadedConfig, ShadowCompareConfig } from '../config/types.js';
import { workspaceRoot } from '../data/files.js';
import { readTable } from '../data/read.js';
import type { DataSummary, ReadOptions } from '../data/types.js';
import { ConfigError, DataError } from '../errors.js';
import { countStatuses, verdictOf } from '../gates/verdict.js';
import type { Platform } from '../platform/port.js';
import { createProgressReporter } from '../platform/progress.js';
import { REPORT_SCHEMA_VERSION, type ReportEnvelope } from '../report/model.js';
import { shadowChecks } from '../shadow-compare/checks.js';
import { compareShadow, DEFAULT_COMPARE_OPTIONS, type ShadowComparison } from '../shadow-compare/compare.js';
import { ShadowJoin, type Disagreement, type JoinCounts, type Pairs } from '../shadow-compare/join.js';
import { readSide, type LogColumns, type SideRead } from '../shadow-compare/logs.js';

export interface ShadowCompareOptions {
  config: string;
  production?: string[];
  shadow?: string[];
  labels?: string[];
}

type ShadowConfig = AnyConfig & { shadow_compare: ShadowCompareConfig };

/** What report.sections.shadow_compare holds: the join, the comparison's tables, and what was read. */
export interface ShadowCompareSection {
  join: JoinCounts;
  comparison: Omit<ShadowComparison, 'measurements' | 'notes'>;
  top_disagreements: Disagreement[];
  /** Columns kept out of every report and log. */
  redacted: string[];
  data: { production: SideData; shadow: SideData; labels?: SideData };
  options: { level: number; correction: 'holm' | 'bh'; psi_bins: number; psi_epsilon: number; min_segment_size: number };
}

interface SideData {
  files: string[];
  rows: number;
  cloud_events?: SideRead['cloudEvents'];
}

export async function shadowCompare(options: ShadowCompareOptions, platform: Platform): Promise<ReportEnvelope> {
  const loaded = await loadConfig(
    options.config,
    {
      'shadow_compare.production': options.production,
      'shadow_compare.shadow': options.shadow,
      'shadow_compare.labels': options.labels,
    },
    'shadow_compare',
  );
  try {
    return await compareLoaded(loaded, platform);
  } catch (error) {
    throw locateInConfig(error, loaded);
  }
}

async function compareLoaded(loaded: LoadedConfig<ShadowConfig>, platform: Platform): Promise<ReportEnvelope> {
  const { config } = loaded;
  const section = config.shadow_compare;
  if (section.gates.length === 0)
    throw new ConfigError(
      'shadow_compare.gates is empty: there is nothing to hold the shadow model to',
      { file: loaded.file, path: '/shadow_compare' },
      { hint: 'add at least one rule, such as `- metric: flip_rate` with `max: 0.02`' },
    );
  const production = needPaths(section.production, 'production', loaded.file);
  const shadow = needPaths(section.shadow, 'shadow', loaded.file);
  const read = readOptionsOf(config);
  const columns = logColumnsOf(section);
  const { pairs, productionRead, shadowRead, labels } = await joinLogs(section, columns, production, shadow, read, platform);
  checkJoinRate(pairs.counts, section.min_join_rate, configLocation(loaded, '/shadow_compare/min_join_rate'));

  const compareOptions = {
    ...DEFAULT_COMPARE_OPTIONS,
    level: section.level,
    correction: section.correction,
    psiBins: section.psi_bins,
  };
  const comparison = compareShadow(pairs, compareOptions);
  const checks = shadowChecks(section.gates, comparison, {
    policy: section.inconclusive,
    level: section.level,
    ruleLocation: (index) => configLocation(loaded, `/shadow_compare/gates/${index}`),
  });
  const { measurements: _measurements, notes: comparisonNotes, ...tables } = comparison;
  const redacted = section.redact;
  const body: ShadowCompareSection = {
    join: pairs.counts,
    comparison: tables,
    top_disagreements: redactedTop(pairs.top, columns),
    redacted,
    data: {
      production: sideData(productionRead.data, productionRead.cloudEvents),
      shadow: sideData(shadowRead.data, shadowRead.cloudEvents),
      ...(labels ? { labels } : {}),
    },
    options: {
      level: compareOptions.level,
      correction: compareOptions.correction,
      psi_bins: compareOptions.psiBins,
      psi_epsilon: compareOptions.psiEpsilon,
      min_segment_size: compareOptions.minSegmentSize,
    },
  };
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    gate: 'shadow-compare',
    verdict: verdictOf(checks),
    counts: countStatuses(checks),
    checks,
    config: { file: loaded.file, sha256: loaded.sha256 },
    notes: [...comparisonNotes, shadowNote(compareOptions)],
    sections: { shadow_compare: body },
  };
}

/**
 * Both logs (and the delayed labels) joined by request id. Its own function so that the join, whose id index and
 * answer columns are most of the gate's memory, is garbage once the pairs are taken, before the comparison runs.
 */
async function joinLogs(
  section: ShadowCompareConfig,
  columns: LogColumns,
  production: string[],
  shadow: string[],
  read: ReadOptions,
  platform: Platform,
): Promise<{ pairs: Pairs; productionRead: SideRead; shadowRead: SideRead; labels?: SideData }> {
  const join = new ShadowJoin(columns.segments);
  const progress = createProgressReporter(platform);
  try {
    const labels = section.labels === undefined ? undefined : await readLabels(section.labels, section, read, join);
    const productionRead = await readSide(production, columns, { ...read, onProgress: progress }, (id, answer) =>
      join.addProduction(id, answer),
    );
    // The shadow side's segments are production's: one request, one segment, whichever side logged it.
    const shadowRead = await readSide(shadow, { ...columns, segments: [] }, { ...read, onProgress: progress }, (id, answer) =>
      join.addShadow(id, answer),
    );
    return { pairs: join.pairs(), productionRead, shadowRead, ...(labels ? { labels } : {}) };
  } finally {
    progress.end();
  }
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

function logColumnsOf(section: ShadowCompareConfig): LogColumns {
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
async function readLabels(
  paths: string | string[],
  section: ShadowCompareConfig,
  options: ReadOptions,
  join: ShadowJoin,
): Promise<SideData> {
  const files = Array.isArray(paths) ? paths : [paths];
  const read = readTable(files, options);
  const id = section.id!;
  const label = section.label!;
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
      join.addLabel(String(key), value === undefined || value === null || value === '' ? null : String(value));
    }
  }
  const summary = read.summary();
  return { files: summary.files, rows: summary.rowsRead };
}

/** Where a config key stands, or its nearest parent that the file has (a defaulted key is not in the file). */
function configLocation(loaded: LoadedConfig<ShadowConfig>, pointer: string): { file: string; line?: number; column?: number } {
  let at = pointer;
  while (at !== '' && !loaded.sourceMap.has(at)) at = at.slice(0, at.lastIndexOf('/'));
  const found = loaded.sourceMap.get(at);
  return { file: loaded.file, line: found?.line, column: found?.column };
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
