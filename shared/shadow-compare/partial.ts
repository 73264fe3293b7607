/**
 * Sharded shadow comparisons: `--shard K/N` keeps the requests whose id hash falls in shard K (every shard reads
 * the whole logs, and holds a join of a N-th of the ids), `--emit-partial FILE` writes that shard's joined pairs
 * column by column, and `--partials GLOB` puts the N shards' pairs back together before one comparison. Counts
 * are sums (an id belongs to one shard, with its repeats), the pairs are concatenated, and every statistic is
 * taken over all of them, so the merged report equals a single pass up to the order of floating-point sums.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { matchPartialFiles } from '../data/files.js';
import { ConfigError, DataError, UsageError } from '../errors.js';
import { MODELGATE_VERSION } from '../version.js';
import { TOP_DISAGREEMENTS, disagreementSize, sortedNames, type Disagreement, type JoinCounts, type Pairs, type Side } from './join.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** `K/N` with 1 <= K <= N <= 4096. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(index >= 1 && count >= 1 && index <= count && count <= 4096))
    throw new UsageError(`--shard ${JSON.stringify(text.slice(0, 40))} is not K/N with 1 <= K <= N <= 4096`, { hint: 'e.g. --shard 2/4' });
  return { index, count };
}

/** Whether a request id, by its join hash's first word, belongs to the shard. */
export function inShard(shard: Shard, hashWord: number): boolean {
  return (hashWord >>> 0) % shard.count === shard.index - 1;
}

/** What both the shards and the merge must agree on: the columns compared and how their values are read. */
export type PartialSpec = Record<string, unknown>;

interface SideJson {
  score: string;
  prediction: string;
  latency: string;
  error: string;
}

interface ShadowPartial {
  modelgate_shadow_partial: 1;
  modelgate_version: string;
  spec: PartialSpec;
  shard: Shard;
  /** What the shard read (every shard reads the same logs). */
  data: unknown;
  pairs: {
    n: number;
    classes: string[];
    segments: { name: string; values: string[]; codes: string }[];
    production: SideJson;
    shadow: SideJson;
    label: string;
    target: string | null;
    counts: JoinCounts;
    top: Disagreement[];
  };
}

const bytesOf = (array: Float64Array | Int32Array | Uint8Array): string =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');

function arrayOf<T extends Float64Array | Int32Array | Uint8Array>(
  kind: new (buffer: ArrayBuffer) => T,
  text: unknown,
  n: number,
  file: string,
): T {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'base64') : Buffer.alloc(0);
  const width = (kind as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
  if (bytes.length !== n * width) throw new DataError('not a readable shadow-compare partial: a column has the wrong length', { file });
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return new kind(copy);
}

/** Writes the shard's pairs (gzip'd JSON, columns as base64 of their bytes): about 46 bytes a pair before gzip. */
export async function writeShadowPartial(file: string, spec: PartialSpec, shard: Shard, pairs: Pairs, data: unknown): Promise<string> {
  const side = (s: Side): SideJson => ({
    score: bytesOf(s.score),
    prediction: bytesOf(s.prediction),
    latency: bytesOf(s.latency),
    error: bytesOf(s.error),
  });
  const partial: ShadowPartial = {
    modelgate_shadow_partial: 1,
    modelgate_version: MODELGATE_VERSION,
    spec,
    shard,
    data,
    pairs: {
      n: pairs.n,
      classes: pairs.classes,
      segments: pairs.segments.map((s) => ({ name: s.name, values: s.values, codes: bytesOf(s.codes) })),
      production: side(pairs.production),
      shadow: side(pairs.shadow),
      label: bytesOf(pairs.label),
      target: pairs.target && bytesOf(pairs.target),
      counts: pairs.counts,
      top: pairs.top,
    },
  };
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, gzipSync(JSON.stringify(partial)));
  return file;
}

/**
 * The pairs of every shard's partial, as one join of the whole logs would give them, and what the shards read.
 * Refused: a file that is not a partial, one of another modelgate release or another spec, the same partial or
 * the same shard twice, shards of different counts or logs, and a missing shard.
 */
export async function mergeShadowPartials(
  patterns: string[],
  spec: PartialSpec,
  workspace: string | undefined,
): Promise<{ pairs: Pairs; data: unknown; shards: number }> {
  const files = await matchPartialFiles(patterns, workspace);
  const byShard = new Map<number, string>();
  const digests = new Map<string, string>();
  const parts: ShadowPartial[] = [];
  for (const file of files) {
    const bytes = await readFile(file).catch((error: Error) => {
      throw new DataError(`not a readable partial: ${error.message}`, { file });
    });
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (digests.has(digest))
      throw new DataError(`${file} is the same partial as ${digests.get(digest)}: merging it twice would count its pairs twice`, { file });
    digests.set(digest, file);
    const partial = parsePartial(bytes, file);
    checkPartial(partial, spec, parts[0], files[0], file);
    const twin = byShard.get(partial.shard.index);
    if (twin !== undefined)
      throw new DataError(`${file} and ${twin} are both shard ${partial.shard.index}/${partial.shard.count}`, { file });
    byShard.set(partial.shard.index, file);
    parts.push(partial);
  }
  const count = parts[0].shard.count;
  const missing = Array.from({ length: count }, (_, k) => k + 1).filter((k) => !byShard.has(k));
  if (missing.length)
    throw new DataError(
      `shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${count} missing: the merge would compare a subset of the requests`,
      {
        file: patterns.join(', '),
      },
    );
  return { pairs: concatenate(parts.map((p, k) => pairsOf(p, files[k]))), data: parts[0].data, shards: count };
}

function parsePartial(bytes: Buffer, file: string): ShadowPartial {
  let partial: ShadowPartial;
  try {
    partial = JSON.parse(gunzipSync(bytes).toString('utf8')) as ShadowPartial;
  } catch {
    // The parser's message would quote the file's text, which is not ours to echo into reports.
    throw new DataError('not a readable shadow-compare partial: not gzip-compressed JSON', { file });
  }
  if (partial?.modelgate_shadow_partial !== 1)
    throw new DataError('not a shadow-compare partial (missing "modelgate_shadow_partial": 1)', { file });
  return partial;
}

function checkPartial(partial: ShadowPartial, spec: PartialSpec, first: ShadowPartial | undefined, firstFile: string, file: string): void {
  if (partial.modelgate_version !== MODELGATE_VERSION)
    throw new DataError(
      `this partial was written by modelgate ${JSON.stringify(String(partial.modelgate_version).slice(0, 40))}, and the merge runs modelgate ${MODELGATE_VERSION}`,
      { file },
      { hint: 'write the partials and merge them with the same modelgate release (pin the action or package version in every job)' },
    );
  if (JSON.stringify(partial.spec) !== JSON.stringify(spec))
    throw new ConfigError(
      'this partial compared other columns (or read them otherwise) than the merge job is configured to',
      { file },
      { hint: `partial: ${JSON.stringify(partial.spec).slice(0, 300)}; merge job: ${JSON.stringify(spec).slice(0, 300)}` },
    );
  // What the shard read goes into the report as it stands: only its own shape is taken.
  if (!isReadLogs(partial.data)) throw new DataError('not a readable shadow-compare partial: what it read is malformed', { file });
  const { index, count } = partial.shard ?? {};
  if (!(Number.isInteger(index) && Number.isInteger(count) && index >= 1 && index <= count))
    throw new DataError('not a readable shadow-compare partial: no shard K/N', { file });
  if (first === undefined) return;
  if (count !== first.shard.count)
    throw new DataError(`${file} is a shard of ${count} and ${firstFile} one of ${first.shard.count}`, { file });
  if (JSON.stringify(partial.data) !== JSON.stringify(first.data))
    throw new DataError(`${file} and ${firstFile} read different logs: every shard reads the same production and shadow logs`, { file });
}

function pairsOf(partial: ShadowPartial, file: string): Pairs {
  const p = partial.pairs;
  const n = p.n;
  if (!(Number.isInteger(n) && n >= 0)) throw new DataError('not a readable shadow-compare partial: no pair count', { file });
  const side = (s: SideJson): Side => ({
    score: arrayOf(Float64Array, s?.score, n, file),
    prediction: arrayOf(Int32Array, s?.prediction, n, file),
    latency: arrayOf(Float64Array, s?.latency, n, file),
    error: arrayOf(Uint8Array, s?.error, n, file),
  });
  const bad = (what: string) => new DataError(`not a readable shadow-compare partial: ${what}`, { file });
  if (!isNames(p.classes) || !Array.isArray(p.segments) || !p.segments.every((s) => typeof s?.name === 'string' && isNames(s.values)))
    throw bad('classes or segment values are not lists of distinct names');
  const pairs: Pairs = {
    n,
    production: side(p.production),
    shadow: side(p.shadow),
    label: arrayOf(Int32Array, p.label, n, file),
    target: p.target === null ? null : arrayOf(Float64Array, p.target, n, file),
    classes: p.classes,
    segments: p.segments.map((s) => ({ name: s.name, values: s.values, codes: arrayOf(Int32Array, s.codes, n, file) })),
    counts: p.counts,
    top: p.top,
  };
  // A code past its names would be renumbered into some other class or segment: the file is refused instead.
  for (const [codes, names] of [
    [pairs.production.prediction, p.classes],
    [pairs.shadow.prediction, p.classes],
    [pairs.label, p.classes],
    ...pairs.segments.map((s) => [s.codes, s.values] as const),
  ] as const)
    for (let i = 0; i < n; i++) if (codes[i] < -1 || codes[i] >= names.length) throw bad(`pair ${i} has a code outside its names`);
  if (!COUNTED.every((key) => Number.isSafeInteger(p.counts?.[key]) && (p.counts[key] as number) >= 0) || p.counts.pairs !== n)
    throw bad('its counts are not whole numbers, or not those of its pairs');
  if (!Array.isArray(p.top) || p.top.length > TOP_DISAGREEMENTS || !p.top.every(isDisagreement))
    throw bad('its top disagreements are malformed');
  return pairs;
}

/** `{production, shadow, labels?}`, each the files read and their rows, with CloudEvents counts when the log was one. */
function isReadLogs(data: unknown): boolean {
  const count = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
  const side = (value: unknown): boolean => {
    if (typeof value !== 'object' || value === null) return false;
    const { files, rows, cloud_events: events, ...rest } = value as Record<string, unknown>;
    return (
      Object.keys(rest).length === 0 &&
      Array.isArray(files) &&
      files.every((f) => typeof f === 'string') &&
      count(rows) &&
      (events === undefined || (typeof events === 'object' && events !== null && Object.values(events).every(count)))
    );
  };
  if (typeof data !== 'object' || data === null) return false;
  const { production, shadow, labels, ...rest } = data as Record<string, unknown>;
  return Object.keys(rest).length === 0 && side(production) && side(shadow) && (labels === undefined || side(labels));
}

function isNames(list: unknown): list is string[] {
  return Array.isArray(list) && list.every((name) => typeof name === 'string') && new Set(list).size === list.length;
}

function isDisagreement(d: Disagreement): boolean {
  const answer = (a: Disagreement['production']) =>
    (a?.score === null || typeof a?.score === 'number') && (a?.prediction === null || typeof a?.prediction === 'string');
  return (
    typeof d?.id === 'string' &&
    answer(d.production) &&
    answer(d.shadow) &&
    typeof d.segments === 'object' &&
    d.segments !== null &&
    Object.values(d.segments).every((v) => v === null || typeof v === 'string')
  );
}

/** The shards' pairs one after another, class and segment codes renumbered by name, counts summed. */
function concatenate(parts: Pairs[]): Pairs {
  const n = parts.reduce((sum, p) => sum + p.n, 0);
  const classes = namesOf(parts.map((p) => p.classes));
  const segmentNames = parts[0].segments.map((s) => s.name);
  const segmentValues = segmentNames.map((_, k) => namesOf(parts.map((p) => p.segments[k]?.values ?? [])));
  const out: Pairs = {
    n,
    production: emptySide(n),
    shadow: emptySide(n),
    label: new Int32Array(n),
    target: parts[0].target ? new Float64Array(n) : null,
    classes: classes.names,
    segments: segmentNames.map((name, k) => ({ name, values: segmentValues[k].names, codes: new Int32Array(n) })),
    counts: sumCounts(parts.map((p) => p.counts)),
    top: parts
      .flatMap((p) => p.top)
      .sort((a, b) => disagreementSize(b) - disagreementSize(a))
      .slice(0, TOP_DISAGREEMENTS),
  };
  let at = 0;
  for (const part of parts) {
    const classCode = part.classes.map((name) => classes.code.get(name)!);
    const recode = (code: number, codes: number[]) => (code < 0 ? code : codes[code]);
    for (const [from, to] of [
      [part.production, out.production],
      [part.shadow, out.shadow],
    ] as const) {
      to.score.set(from.score, at);
      to.latency.set(from.latency, at);
      to.error.set(from.error, at);
      for (let i = 0; i < part.n; i++) to.prediction[at + i] = recode(from.prediction[i], classCode);
    }
    for (let i = 0; i < part.n; i++) out.label[at + i] = recode(part.label[i], classCode);
    if (out.target && part.target) out.target.set(part.target, at);
    part.segments.forEach((segment, k) => {
      const valueCode = segment.values.map((value) => segmentValues[k].code.get(value)!);
      for (let i = 0; i < part.n; i++) out.segments[k].codes[at + i] = recode(segment.codes[i], valueCode);
    });
    at += part.n;
  }
  return out;
}

/** The names of every shard together, in the order a single join gives them (sortedNames), and each one's code. */
function namesOf(lists: string[][]): { names: string[]; code: Map<string, number> } {
  const { names } = sortedNames([...new Set(lists.flat())]);
  return { names, code: new Map(names.map((name, k) => [name, k])) };
}

function emptySide(n: number): Side {
  return { score: new Float64Array(n), prediction: new Int32Array(n), latency: new Float64Array(n), error: new Uint8Array(n) };
}

/** The counts a merge adds up (the join rate is taken again from the sums). */
const COUNTED = [
  'production',
  'shadow',
  'pairs',
  'duplicateProduction',
  'duplicateShadow',
  'unmatchedProduction',
  'unmatchedShadow',
  'labels',
  'duplicateLabels',
  'labelledPairs',
] as const;

function sumCounts(all: JoinCounts[]): JoinCounts {
  const counts = Object.fromEntries(COUNTED.map((key) => [key, all.reduce((total, c) => total + c[key], 0)])) as Omit<
    JoinCounts,
    'joinRate'
  >;
  const union = counts.pairs + counts.unmatchedProduction + counts.unmatchedShadow;
  return { ...counts, joinRate: union > 0 ? counts.pairs / union : null };
}
