/**
 * Replay mode: a file of recorded requests (an id column and the feature columns) sent to the production and the
 * shadow model through the model adapters, both answers to each request fed to the same ShadowJoin as logs are,
 * so every comparison and rule works unchanged.
 *
 * The file streams through a block at a time: memory holds one block's features, never the file's. Each model gets
 * at most `concurrency` requests in flight and at most `maxRequests` over the replay. A failed request (HTTP error,
 * timeout, an answer that is not a score) is counted against its endpoint and its rows become failed answers, so the
 * error rate can be held to `max_error_rate`; an endpoint that fails DOWN_AFTER requests in a row is down, and the
 * replay stops with an error rather than compare what is left.
 */
import path from 'node:path';
import { checkDataPath } from '../data/files.js';
import { readTable } from '../data/read.js';
import type { DataSummary, ReadOptions, RowBatch } from '../data/types.js';
import { ConfigError, DataError, SourceError, type Location } from '../errors.js';
import type { FeatureRecord, ModelAdapter } from '../model/adapter.js';
import type { RowOrigin } from '../model/preprocessing.js';
import { openModel, parseModelSpec } from '../model/spec.js';
import { checkJsonRequest } from '../model/json-http.js';
import { checkModelEnv, headersFromEnv } from '../model/access.js';
import type { ReplayModel } from '../config/types.js';
import { quantileLinear } from '../stats/bootstrap.js';
import type { Answer, ShadowJoin } from './join.js';
import { strictNumber } from './logs.js';

/** Consecutive failed requests after which an endpoint counts as down. */
export const DOWN_AFTER = 10;
/** Rows read before a block is sent: enough to keep every request slot busy, few enough to hold. */
const MIN_BLOCK_ROWS = 1024;

export type ReplaySide = 'production' | 'shadow';

export interface ReplaySettings {
  files: string[];
  /** Each model as the config gives it: its spec, or its spec and how to ask it. */
  models: Record<ReplaySide, ReplayModel>;
  /** Where a JSON pointer of the config stands, for errors. */
  at: (pointer: string) => Location;
  features?: string[];
  batchSize: number;
  concurrency: number;
  maxRequests?: number;
  timeoutMs: number;
  retries: number;
  id: string;
  /** The truth, when the file has this column. */
  label?: string;
  segments: string[];
  redact: readonly string[];
  /** How a score becomes a prediction: none for regression, else `[negative, positive]` at `threshold`. */
  classes: [string, string] | null;
  threshold: number;
  read: ReadOptions;
  /** Where each command model's stderr lines go (modelLog). */
  modelLogs?: Record<ReplaySide, (line: string) => void>;
}

/** What the report says about one model of the replay. */
export interface EndpointRecord {
  kind: ModelAdapter['kind'];
  /** A URL without credentials, a program name or a directory. */
  endpoint: string;
  features: string[];
  requests: number;
  failed_requests: number;
  rows: number;
  failed_rows: number;
  /** Failed rows over rows sent: what `max_error_rate` holds. */
  error_rate: number | null;
  /** Wall time per answered request, retries included. */
  latency_ms: { mean: number; p50: number; p95: number; p99: number; max: number } | null;
  /** The first failure's message (it names the endpoint and the rows, never credentials). */
  first_error: string | null;
}

export interface ReplayRecord {
  files: string[];
  rows: number;
  batch_size: number;
  concurrency: number;
  max_requests: number | null;
  /** True when the request budget ended the replay before the file did. */
  budget_reached: boolean;
  endpoints: Record<ReplaySide, EndpointRecord>;
}

interface Block {
  ids: string[];
  records: FeatureRecord[];
  origins: RowOrigin[];
  labels: (string | null)[];
  segments: (string | null)[][];
}

/** One side's answers to a block. */
interface BlockAnswers {
  scores: Float64Array;
  /** Milliseconds per row (its request's time spread over its rows); NaN where the request failed. */
  latency: Float64Array;
}

class EndpointStats {
  requests = 0;
  failedRequests = 0;
  rows = 0;
  failedRows = 0;
  consecutive = 0;
  firstError: string | null = null;
  private ms = new Float64Array(1024);
  private answered = 0;

  constructor(readonly adapter: ModelAdapter) {}

  answer(ms: number, rows: number): void {
    this.requests++;
    this.rows += rows;
    this.consecutive = 0;
    if (this.answered === this.ms.length) {
      const grown = new Float64Array(2 * this.ms.length);
      grown.set(this.ms);
      this.ms = grown;
    }
    this.ms[this.answered++] = ms;
  }

  fail(error: SourceError, rows: number): void {
    this.requests++;
    this.rows += rows;
    this.failedRequests++;
    this.failedRows += rows;
    this.consecutive++;
    this.firstError ??= error.message;
  }

  record(): EndpointRecord {
    const sorted = this.ms.slice(0, this.answered).sort();
    let sum = 0;
    for (const x of sorted) sum += x;
    const round = (x: number) => Math.round(x * 1000) / 1000;
    return {
      kind: this.adapter.kind,
      endpoint: this.adapter.endpoint,
      features: [...this.adapter.features],
      requests: this.requests,
      failed_requests: this.failedRequests,
      rows: this.rows,
      failed_rows: this.failedRows,
      error_rate: this.rows ? this.failedRows / this.rows : null,
      latency_ms: sorted.length
        ? {
            mean: round(sum / sorted.length),
            p50: round(quantileLinear(sorted, 0.5)),
            p95: round(quantileLinear(sorted, 0.95)),
            p99: round(quantileLinear(sorted, 0.99)),
            max: round(sorted[sorted.length - 1]),
          }
        : null,
      first_error: this.firstError,
    };
  }
}

/** Replays `settings.files` against both models into `join`; returns what the report says of it and of the read. */
export async function replayRequests(
  settings: ReplaySettings,
  join: ShadowJoin,
): Promise<{ record: ReplayRecord; data: DataSummary; rows: number }> {
  const production = await open('production', settings);
  let shadow: ModelAdapter;
  try {
    shadow = await open('shadow', settings);
  } catch (error) {
    await production.close();
    throw error;
  }
  const stats = { production: new EndpointStats(production), shadow: new EndpointStats(shadow) };
  const done: ReplayProgress = { rows: 0, budgetReached: false, files: [] };
  const record = (): ReplayRecord => ({
    files: done.files,
    rows: done.rows,
    batch_size: settings.batchSize,
    concurrency: settings.concurrency,
    max_requests: settings.maxRequests ?? null,
    budget_reached: done.budgetReached,
    endpoints: { production: stats.production.record(), shadow: stats.shadow.record() },
  });
  try {
    const data = await replayFile(settings, stats, join, done);
    return { rows: done.rows, data, record: record() };
  } catch (error) {
    // The counts up to the stop are the evidence of a model gone down: they go with the error into its report.
    if (error instanceof EndpointDownError) error.record = record();
    throw error;
  } finally {
    await Promise.all([production.close(), shadow.close()]);
  }
}

async function open(side: ReplaySide, settings: ReplaySettings): Promise<ModelAdapter> {
  const given = settings.models[side];
  const model = typeof given === 'string' ? { spec: given } : given;
  const key = `shadow_compare.${side}_model`;
  const pointer = `/shadow_compare/${side}_model`;
  const where = settings.at(typeof given === 'string' ? pointer : `${pointer}/spec`);
  const spec = parseModelSpec(model.spec, where);
  // A TF.js directory the config names is read like a data file: inside the workspace, never /proc or /dev.
  if (spec.kind === 'tfjs') checkDataPath(path.join(spec.dir, 'model.json'), settings.read.workspace);
  const features = model.features ?? settings.features;
  if ((spec.kind === 'command' || spec.kind === 'json' || spec.kind === 'kserve') && features === undefined)
    throw new ConfigError(
      `the ${side} model is a ${spec.kind === 'json' ? 'json+http model' : spec.kind === 'kserve' ? 'KServe V1 model' : 'command'}: name the columns to send it in \`shadow_compare.features\` (or \`${key}.features\`)`,
      where,
    );
  if ((spec.kind === 'json') !== (model.json !== undefined))
    throw new ConfigError(
      spec.kind === 'json'
        ? `the ${side} model is a json+http model: it needs \`${key}.json\`, its request template and the JSON pointer to the scores`
        : `\`${key}.json\` describes a json+http model, and the ${side} model is ${spec.kind}`,
      spec.kind === 'json' ? where : settings.at(`${pointer}/json`),
      {
        hint: `write the model as a mapping: ${side}_model: {spec: json+http://…, json: {template: {instances: $rows}, output: /predictions}}`,
      },
    );
  return openModel(
    spec,
    {
      batchSize: settings.batchSize,
      // The replay keeps its own requests in flight, one batch per predict call.
      concurrency: 1,
      timeoutMs: settings.timeoutMs,
      retries: settings.retries,
      ...(settings.maxRequests === undefined ? {} : { maxRequests: settings.maxRequests }),
      ...(features ? { features } : {}),
      ...(model.json ? { json: checkJsonRequest(model.json, (p) => settings.at(`${pointer}/json${p}`)) } : {}),
      headers: headersFromEnv(model.headers, key, settings.at),
      env: checkModelEnv(model.env, key, settings.at),
      ...(settings.modelLogs ? { onLog: settings.modelLogs[side] } : {}),
    },
    where,
  );
}

/** How far the replay got: requests answered by both models (or counted failed), and the files read so far. */
interface ReplayProgress {
  rows: number;
  budgetReached: boolean;
  files: string[];
}

async function replayFile(
  settings: ReplaySettings,
  stats: Record<ReplaySide, EndpointStats>,
  join: ShadowJoin,
  done: ReplayProgress,
): Promise<DataSummary> {
  const features = [...new Set([...stats.production.adapter.features, ...stats.shadow.adapter.features])];
  const blockRows = Math.max(MIN_BLOCK_ROWS, 2 * settings.batchSize * settings.concurrency);
  const read = readTable(settings.files, settings.read);
  let block = emptyBlock();
  let requestsLeft = settings.maxRequests ?? Number.POSITIVE_INFINITY;
  const flush = async () => {
    const n = block.ids.length;
    if (n === 0) return;
    const requests = Math.ceil(n / settings.batchSize);
    requestsLeft -= requests;
    const [a, b] = await Promise.all([sendBlock(block, stats.production, settings), sendBlock(block, stats.shadow, settings)]);
    feedJoin(join, block, a, b, settings);
    done.rows += n;
    block = emptyBlock();
  };
  let at: Layout | null = null;
  for await (const batch of read) {
    if (at?.columns !== batch.columns) at = layoutOf(batch, settings, features);
    if (!done.files.includes(batch.file)) done.files.push(batch.file);
    for (let i = 0; i < batch.rows.length; i++) {
      // The budget counts whole requests: a block never holds more rows than the requests left can carry.
      if (block.ids.length >= requestsLeft * settings.batchSize) {
        done.budgetReached = true;
        break;
      }
      addRow(block, batch, i, at, features, settings);
      if (block.ids.length >= blockRows) await flush();
    }
    if (done.budgetReached) break;
  }
  await flush();
  const data = read.summary();
  done.files = data.files;
  return data;
}

function emptyBlock(): Block {
  return { ids: [], records: [], origins: [], labels: [], segments: [] };
}

interface Layout {
  columns: string[];
  id: number;
  label: number;
  features: number[];
  segments: number[];
}

function layoutOf(batch: RowBatch, settings: ReplaySettings, features: string[]): Layout {
  const find = (name: string, what: string): number => {
    const k = batch.columns.indexOf(name);
    if (k < 0)
      throw new DataError(
        `the replay file has no ${what} column ${JSON.stringify(name.slice(0, 64))}`,
        { file: batch.file },
        {
          hint: `its columns: ${batch.columns
            .slice(0, 10)
            .map((c) => JSON.stringify(c.slice(0, 64)))
            .join(', ')}`,
        },
      );
    return k;
  };
  return {
    columns: batch.columns,
    id: find(settings.id, 'id'),
    // The truth is optional in a replay file: a column of that name is read when there is one.
    label: settings.label === undefined ? -1 : batch.columns.indexOf(settings.label),
    features: features.map((f) => find(f, 'feature')),
    segments: settings.segments.map((s) => find(s, 'segment')),
  };
}

function addRow(block: Block, batch: RowBatch, i: number, at: Layout, features: string[], settings: ReplaySettings): void {
  const row = batch.rows[i];
  const id = text(row[at.id]);
  if (id === null)
    throw new DataError(`request id is empty in column ${JSON.stringify(settings.id)}`, {
      file: batch.file,
      line: batch.lines[i],
      column: settings.id,
    });
  const record: Record<string, unknown> = Object.create(null);
  features.forEach((f, j) => (record[f] = row[at.features[j]]));
  block.ids.push(id);
  block.records.push(record);
  block.origins.push({ file: batch.file, line: batch.lines[i] });
  block.labels.push(at.label < 0 ? null : text(row[at.label]));
  block.segments.push(at.segments.map((k) => text(row[k])));
}

/** One model's answers to a block: requests of `batchSize` rows, `concurrency` at a time, failures counted. */
async function sendBlock(block: Block, stats: EndpointStats, settings: ReplaySettings): Promise<BlockAnswers> {
  const n = block.ids.length;
  const answers: BlockAnswers = { scores: new Float64Array(n).fill(NaN), latency: new Float64Array(n).fill(NaN) };
  const adapter = stats.adapter;
  // One process (a command) or this process (TF.js) answers one request at a time.
  const concurrency = adapter.kind === 'command' || adapter.kind === 'tfjs' ? 1 : settings.concurrency;
  let next = 0;
  const state: { thrown?: unknown } = {};
  const worker = async () => {
    while (state.thrown === undefined && next < n) {
      const first = next;
      const end = Math.min(n, first + settings.batchSize);
      next = end;
      try {
        const { scores, requests } = await adapter.predict(block.records.slice(first, end), block.origins.slice(first, end));
        answers.scores.set(scores, first);
        const ms = requests.reduce((sum, r) => sum + r.ms, 0);
        answers.latency.fill(ms / (end - first), first, end);
        stats.answer(ms, end - first);
      } catch (error) {
        if (!(error instanceof SourceError)) {
          state.thrown ??= redacted(error, settings.redact);
          return;
        }
        stats.fail(error, end - first);
        if (stats.consecutive >= DOWN_AFTER) state.thrown ??= downError(stats, block.origins[first]);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.ceil(n / settings.batchSize)) }, worker));
  if (state.thrown !== undefined) throw state.thrown;
  return answers;
}

/** A model that failed DOWN_AFTER requests in a row; `record` holds the replay's counts up to the stop. */
export class EndpointDownError extends SourceError {
  record?: ReplayRecord;
}

function downError(stats: EndpointStats, at: RowOrigin): SourceError {
  return new EndpointDownError(
    `${stats.adapter.endpoint} failed ${stats.consecutive} requests in a row (${stats.failedRequests} of ${stats.requests} so far), so the replay stopped: a comparison of what is left would hide it`,
    { file: at.file, line: at.line },
    { hint: `the first failure: ${stats.firstError ?? 'unknown'}` },
  );
}

/** A data error about a redacted feature names the column and the line, never the value. */
function redacted(error: unknown, redact: readonly string[]): unknown {
  if (!(error instanceof DataError) || typeof error.location.column !== 'string' || !redact.includes(error.location.column)) return error;
  return new DataError(
    `feature ${JSON.stringify(error.location.column)} has a value (redacted) the model cannot take`,
    { ...error.location },
    { hint: 'the model is asked only for complete rows of the types it declares' },
  );
}

function feedJoin(join: ShadowJoin, block: Block, a: BlockAnswers, b: BlockAnswers, settings: ReplaySettings): void {
  const answer = (side: BlockAnswers, i: number): Answer => {
    const score = side.scores[i];
    const failed = score !== score;
    return {
      score: failed ? null : score,
      prediction: failed || settings.classes === null ? null : settings.classes[score >= settings.threshold ? 1 : 0],
      latency: failed ? null : side.latency[i],
      error: failed,
      label: settings.classes === null ? null : block.labels[i],
      target:
        settings.classes === null
          ? strictNumber(block.labels[i], () => ({
              ...block.origins[i],
              column: settings.label!,
              redacted: settings.redact.includes(settings.label!),
            }))
          : null,
      segments: block.segments[i],
    };
  };
  for (let i = 0; i < block.ids.length; i++) join.addPair(block.ids[i], answer(a, i), answer(b, i));
}

function text(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}
