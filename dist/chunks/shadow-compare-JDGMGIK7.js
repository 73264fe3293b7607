import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  checkModelEnv,
  headersFromEnv,
  modelLog,
  openModel,
  parseModelSpec
} from "./chunk-M3QQPMLW.js";
import {
  MODELGATE_VERSION,
  loadConfig,
  locateInConfig
} from "./chunk-RXAXZ7AT.js";
import {
  configPosition,
  createProgressReporter
} from "./chunk-HGPOXKMJ.js";
import "./chunk-3XEZIFGU.js";
import {
  finishChecks,
  judgeMeasurement,
  scopeText
} from "./chunk-ZSB5QIDP.js";
import {
  checkJsonRequest
} from "./chunk-K34OCKWP.js";
import "./chunk-Y3JTFFIU.js";
import "./chunk-7PH4F4CC.js";
import "./chunk-UKZD7QTU.js";
import {
  countStatuses,
  verdictOf
} from "./chunk-YPYHEPH3.js";
import {
  REPORT_SCHEMA_VERSION
} from "./chunk-GWICTQE2.js";
import "./chunk-6FWDVCS2.js";
import "./chunk-XD5TKENX.js";
import "./chunk-ZHLQDNGW.js";
import {
  ShadowJoin,
  TOP_DISAGREEMENTS,
  disagreementSize,
  readSide,
  sortedNames,
  strictNumber
} from "./chunk-PHHOPAOW.js";
import {
  DEFAULT_COMPARE_OPTIONS,
  compareShadowOnThreads
} from "./chunk-XMQHU56Z.js";
import "./chunk-TXIFP543.js";
import {
  checkDataPath,
  estimateLines,
  labelReader,
  matchPartialFiles,
  readTable,
  readerScript,
  rebuiltError,
  resolveFiles,
  workspaceRoot
} from "./chunk-SJ4OJ7LD.js";
import "./chunk-O6GBSEXR.js";
import "./chunk-WGSDQCGC.js";
import "./chunk-CDUPDCSK.js";
import {
  quantileLinear
} from "./chunk-Z7B6ZZR2.js";
import {
  ConfigError,
  DataError,
  SourceError,
  UsageError
} from "./chunk-JUZ7LOQF.js";
import "./chunk-ZGDBGMMU.js";

// shared/shadow-compare/checks.ts
var TITLES = {
  agreement: "Agreement",
  flip_rate: "Flip rate",
  cohen_kappa: "Cohen's kappa",
  mcnemar: "McNemar p-value",
  score_delta: "Mean score delta",
  wilcoxon: "Wilcoxon p-value",
  ks: "KS statistic",
  psi: "PSI",
  brier_delta: "Brier score delta",
  ece_delta: "Calibration error delta",
  abs_error_delta: "Absolute error delta",
  squared_error_delta: "Squared error delta",
  latency_p50_delta: "p50 latency delta",
  latency_p95_delta: "p95 latency delta",
  latency_p99_delta: "p99 latency delta",
  error_rate_delta: "Error-rate delta",
  join_rate: "Join rate"
};
function rawFor(rule, m, level) {
  const title = `${TITLES[m.metric] ?? m.metric}${m.scope ? ` for ${scopeText(m.scope)}` : ""}`;
  return judgeMeasurement(rule, { ...m, id: m.scope ? `${m.metric}[${scopeText(m.scope)}]` : m.metric, title }, level);
}
function measurementsFor(rule, comparison) {
  const same = comparison.measurements.filter((m) => m.metric === rule.metric);
  const where = rule.where && Object.entries(rule.where);
  if (where?.length) return same.filter((m) => m.scope && where.every(([k, v]) => Object.hasOwn(m.scope, k) && m.scope[k] === String(v)));
  if (rule.over?.length) return same.filter((m) => m.scope && rule.over.some((attribute) => Object.hasOwn(m.scope, attribute)));
  return same.filter((m) => m.scope === void 0);
}
function shadowChecks(rules, comparison, options) {
  const judged = rules.map((rule) => {
    const found = measurementsFor(rule, comparison);
    const raws = found.length ? found.map((m) => rawFor(rule, m, options.level)) : [
      rawFor(
        rule,
        {
          metric: rule.metric,
          value: null,
          interval: null,
          n: 0,
          inconclusive: "the logs have nothing this rule can measure (no such column on both sides, or no pairs)"
        },
        options.level
      )
    ];
    return { rule, raws };
  });
  return finishChecks(judged, options.policy, options.ruleLocation);
}

// shared/shadow-compare/partial.ts
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
function parseShard(text2) {
  const match = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text2);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(index >= 1 && count >= 1 && index <= count && count <= 4096))
    throw new UsageError(`--shard ${JSON.stringify(text2.slice(0, 40))} is not K/N with 1 <= K <= N <= 4096`, { hint: "e.g. --shard 2/4" });
  return { index, count };
}
function inShard(shard, hashWord) {
  return (hashWord >>> 0) % shard.count === shard.index - 1;
}
var bytesOf = (array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64");
function arrayOf(kind, text2, n, file) {
  const bytes = typeof text2 === "string" ? Buffer.from(text2, "base64") : Buffer.alloc(0);
  const width = kind.BYTES_PER_ELEMENT;
  if (bytes.length !== n * width) throw new DataError("not a readable shadow-compare partial: a column has the wrong length", { file });
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return new kind(copy);
}
async function writeShadowPartial(file, spec, shard, pairs, data) {
  const side = (s) => ({
    score: bytesOf(s.score),
    prediction: bytesOf(s.prediction),
    latency: bytesOf(s.latency),
    error: bytesOf(s.error)
  });
  const partial = {
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
      top: pairs.top
    }
  };
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, gzipSync(JSON.stringify(partial)));
  return file;
}
async function mergeShadowPartials(patterns, spec, workspace) {
  const files = await matchPartialFiles(patterns, workspace);
  const byShard = /* @__PURE__ */ new Map();
  const digests = /* @__PURE__ */ new Map();
  const parts = [];
  for (const file of files) {
    const bytes = await readFile(file).catch((error) => {
      throw new DataError(`not a readable partial: ${error.message}`, { file });
    });
    const digest = createHash("sha256").update(bytes).digest("hex");
    if (digests.has(digest))
      throw new DataError(`${file} is the same partial as ${digests.get(digest)}: merging it twice would count its pairs twice`, { file });
    digests.set(digest, file);
    const partial = parsePartial(bytes, file);
    checkPartial(partial, spec, parts[0], files[0], file);
    const twin = byShard.get(partial.shard.index);
    if (twin !== void 0)
      throw new DataError(`${file} and ${twin} are both shard ${partial.shard.index}/${partial.shard.count}`, { file });
    byShard.set(partial.shard.index, file);
    parts.push(partial);
  }
  const count = parts[0].shard.count;
  const missing = Array.from({ length: count }, (_, k) => k + 1).filter((k) => !byShard.has(k));
  if (missing.length)
    throw new DataError(
      `shard${missing.length > 1 ? "s" : ""} ${missing.join(", ")} of ${count} missing: the merge would compare a subset of the requests`,
      {
        file: patterns.join(", ")
      }
    );
  return { pairs: concatenate(parts.map((p, k) => pairsOf(p, files[k]))), data: parts[0].data, shards: count };
}
function parsePartial(bytes, file) {
  let partial;
  try {
    partial = JSON.parse(gunzipSync(bytes).toString("utf8"));
  } catch {
    throw new DataError("not a readable shadow-compare partial: not gzip-compressed JSON", { file });
  }
  if (partial?.modelgate_shadow_partial !== 1)
    throw new DataError('not a shadow-compare partial (missing "modelgate_shadow_partial": 1)', { file });
  return partial;
}
function checkPartial(partial, spec, first, firstFile, file) {
  if (partial.modelgate_version !== MODELGATE_VERSION)
    throw new DataError(
      `this partial was written by modelgate ${JSON.stringify(String(partial.modelgate_version).slice(0, 40))}, and the merge runs modelgate ${MODELGATE_VERSION}`,
      { file },
      { hint: "write the partials and merge them with the same modelgate release (pin the action or package version in every job)" }
    );
  if (JSON.stringify(partial.spec) !== JSON.stringify(spec))
    throw new ConfigError(
      "this partial compared other columns (or read them otherwise) than the merge job is configured to",
      { file },
      { hint: `partial: ${JSON.stringify(partial.spec).slice(0, 300)}; merge job: ${JSON.stringify(spec).slice(0, 300)}` }
    );
  if (!isReadLogs(partial.data)) throw new DataError("not a readable shadow-compare partial: what it read is malformed", { file });
  const { index, count } = partial.shard ?? {};
  if (!(Number.isInteger(index) && Number.isInteger(count) && index >= 1 && index <= count))
    throw new DataError("not a readable shadow-compare partial: no shard K/N", { file });
  if (first === void 0) return;
  if (count !== first.shard.count)
    throw new DataError(`${file} is a shard of ${count} and ${firstFile} one of ${first.shard.count}`, { file });
  if (JSON.stringify(partial.data) !== JSON.stringify(first.data))
    throw new DataError(`${file} and ${firstFile} read different logs: every shard reads the same production and shadow logs`, { file });
}
function pairsOf(partial, file) {
  const p = partial.pairs;
  const n = p.n;
  if (!(Number.isInteger(n) && n >= 0)) throw new DataError("not a readable shadow-compare partial: no pair count", { file });
  const side = (s) => ({
    score: arrayOf(Float64Array, s?.score, n, file),
    prediction: arrayOf(Int32Array, s?.prediction, n, file),
    latency: arrayOf(Float64Array, s?.latency, n, file),
    error: arrayOf(Uint8Array, s?.error, n, file)
  });
  const bad = (what) => new DataError(`not a readable shadow-compare partial: ${what}`, { file });
  if (!isNames(p.classes) || !Array.isArray(p.segments) || !p.segments.every((s) => typeof s?.name === "string" && isNames(s.values)))
    throw bad("classes or segment values are not lists of distinct names");
  const pairs = {
    n,
    production: side(p.production),
    shadow: side(p.shadow),
    label: arrayOf(Int32Array, p.label, n, file),
    target: p.target === null ? null : arrayOf(Float64Array, p.target, n, file),
    classes: p.classes,
    segments: p.segments.map((s) => ({ name: s.name, values: s.values, codes: arrayOf(Int32Array, s.codes, n, file) })),
    counts: p.counts,
    top: p.top
  };
  for (const [codes, names] of [
    [pairs.production.prediction, p.classes],
    [pairs.shadow.prediction, p.classes],
    [pairs.label, p.classes],
    ...pairs.segments.map((s) => [s.codes, s.values])
  ])
    for (let i = 0; i < n; i++) if (codes[i] < -1 || codes[i] >= names.length) throw bad(`pair ${i} has a code outside its names`);
  if (!COUNTED.every((key) => Number.isSafeInteger(p.counts?.[key]) && p.counts[key] >= 0) || p.counts.pairs !== n)
    throw bad("its counts are not whole numbers, or not those of its pairs");
  if (!Array.isArray(p.top) || p.top.length > TOP_DISAGREEMENTS || !p.top.every(isDisagreement))
    throw bad("its top disagreements are malformed");
  return pairs;
}
function isReadLogs(data) {
  const count = (value) => Number.isSafeInteger(value) && value >= 0;
  const side = (value) => {
    if (typeof value !== "object" || value === null) return false;
    const { files, rows, cloud_events: events, ...rest2 } = value;
    return Object.keys(rest2).length === 0 && Array.isArray(files) && files.every((f) => typeof f === "string") && count(rows) && (events === void 0 || typeof events === "object" && events !== null && Object.values(events).every(count));
  };
  if (typeof data !== "object" || data === null) return false;
  const { production, shadow, labels, ...rest } = data;
  return Object.keys(rest).length === 0 && side(production) && side(shadow) && (labels === void 0 || side(labels));
}
function isNames(list) {
  return Array.isArray(list) && list.every((name) => typeof name === "string") && new Set(list).size === list.length;
}
function isDisagreement(d) {
  const answer = (a) => (a?.score === null || typeof a?.score === "number") && (a?.prediction === null || typeof a?.prediction === "string");
  return typeof d?.id === "string" && answer(d.production) && answer(d.shadow) && typeof d.segments === "object" && d.segments !== null && Object.values(d.segments).every((v) => v === null || typeof v === "string");
}
function concatenate(parts) {
  const n = parts.reduce((sum, p) => sum + p.n, 0);
  const classes = namesOf(parts.map((p) => p.classes));
  const segmentNames = parts[0].segments.map((s) => s.name);
  const segmentValues = segmentNames.map((_, k) => namesOf(parts.map((p) => p.segments[k]?.values ?? [])));
  const out = {
    n,
    production: emptySide(n),
    shadow: emptySide(n),
    label: new Int32Array(n),
    target: parts[0].target ? new Float64Array(n) : null,
    classes: classes.names,
    segments: segmentNames.map((name, k) => ({ name, values: segmentValues[k].names, codes: new Int32Array(n) })),
    counts: sumCounts(parts.map((p) => p.counts)),
    top: parts.flatMap((p) => p.top).sort((a, b) => disagreementSize(b) - disagreementSize(a)).slice(0, TOP_DISAGREEMENTS)
  };
  let at = 0;
  for (const part of parts) {
    const classCode = part.classes.map((name) => classes.code.get(name));
    const recode = (code, codes) => code < 0 ? code : codes[code];
    for (const [from, to] of [
      [part.production, out.production],
      [part.shadow, out.shadow]
    ]) {
      to.score.set(from.score, at);
      to.latency.set(from.latency, at);
      to.error.set(from.error, at);
      for (let i = 0; i < part.n; i++) to.prediction[at + i] = recode(from.prediction[i], classCode);
    }
    for (let i = 0; i < part.n; i++) out.label[at + i] = recode(part.label[i], classCode);
    if (out.target && part.target) out.target.set(part.target, at);
    part.segments.forEach((segment, k) => {
      const valueCode = segment.values.map((value) => segmentValues[k].code.get(value));
      for (let i = 0; i < part.n; i++) out.segments[k].codes[at + i] = recode(segment.codes[i], valueCode);
    });
    at += part.n;
  }
  return out;
}
function namesOf(lists) {
  const { names } = sortedNames([...new Set(lists.flat())]);
  return { names, code: new Map(names.map((name, k) => [name, k])) };
}
function emptySide(n) {
  return { score: new Float64Array(n), prediction: new Int32Array(n), latency: new Float64Array(n), error: new Uint8Array(n) };
}
var COUNTED = [
  "production",
  "shadow",
  "pairs",
  "duplicateProduction",
  "duplicateShadow",
  "unmatchedProduction",
  "unmatchedShadow",
  "labels",
  "duplicateLabels",
  "labelledPairs"
];
function sumCounts(all) {
  const counts = Object.fromEntries(COUNTED.map((key) => [key, all.reduce((total, c) => total + c[key], 0)]));
  const union = counts.pairs + counts.unmatchedProduction + counts.unmatchedShadow;
  return { ...counts, joinRate: union > 0 ? counts.pairs / union : null };
}

// shared/shadow-compare/replay.ts
import path2 from "node:path";
var DOWN_AFTER = 10;
var MIN_BLOCK_ROWS = 1024;
var EndpointStats = class {
  constructor(adapter) {
    this.adapter = adapter;
  }
  adapter;
  requests = 0;
  failedRequests = 0;
  rows = 0;
  failedRows = 0;
  consecutive = 0;
  firstError = null;
  ms = new Float64Array(1024);
  answered = 0;
  answer(ms, rows) {
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
  fail(error, rows) {
    this.requests++;
    this.rows += rows;
    this.failedRequests++;
    this.failedRows += rows;
    this.consecutive++;
    this.firstError ??= error.message;
  }
  record() {
    const sorted = this.ms.slice(0, this.answered).sort();
    let sum = 0;
    for (const x of sorted) sum += x;
    const round = (x) => Math.round(x * 1e3) / 1e3;
    return {
      kind: this.adapter.kind,
      endpoint: this.adapter.endpoint,
      features: [...this.adapter.features],
      requests: this.requests,
      failed_requests: this.failedRequests,
      rows: this.rows,
      failed_rows: this.failedRows,
      error_rate: this.rows ? this.failedRows / this.rows : null,
      latency_ms: sorted.length ? {
        mean: round(sum / sorted.length),
        p50: round(quantileLinear(sorted, 0.5)),
        p95: round(quantileLinear(sorted, 0.95)),
        p99: round(quantileLinear(sorted, 0.99)),
        max: round(sorted[sorted.length - 1])
      } : null,
      first_error: this.firstError
    };
  }
};
async function replayRequests(settings, join) {
  const production = await open("production", settings);
  let shadow;
  try {
    shadow = await open("shadow", settings);
  } catch (error) {
    await production.close();
    throw error;
  }
  const stats = { production: new EndpointStats(production), shadow: new EndpointStats(shadow) };
  const done = { rows: 0, budgetReached: false, files: [] };
  const record = () => ({
    files: done.files,
    rows: done.rows,
    batch_size: settings.batchSize,
    concurrency: settings.concurrency,
    max_requests: settings.maxRequests ?? null,
    budget_reached: done.budgetReached,
    endpoints: { production: stats.production.record(), shadow: stats.shadow.record() }
  });
  try {
    const data = await replayFile(settings, stats, join, done);
    return { rows: done.rows, data, record: record() };
  } catch (error) {
    if (error instanceof EndpointDownError) error.record = record();
    throw error;
  } finally {
    await Promise.all([production.close(), shadow.close()]);
  }
}
async function open(side, settings) {
  const given = settings.models[side];
  const model = typeof given === "string" ? { spec: given } : given;
  const key = `shadow_compare.${side}_model`;
  const pointer = `/shadow_compare/${side}_model`;
  const where = settings.at(typeof given === "string" ? pointer : `${pointer}/spec`);
  const spec = parseModelSpec(model.spec, where);
  if (spec.kind === "tfjs") checkDataPath(path2.join(spec.dir, "model.json"), settings.read.workspace);
  const features = model.features ?? settings.features;
  if ((spec.kind === "command" || spec.kind === "json" || spec.kind === "kserve") && features === void 0)
    throw new ConfigError(
      `the ${side} model is a ${spec.kind === "json" ? "json+http model" : spec.kind === "kserve" ? "KServe V1 model" : "command"}: name the columns to send it in \`shadow_compare.features\` (or \`${key}.features\`)`,
      where
    );
  if (spec.kind === "json" !== (model.json !== void 0))
    throw new ConfigError(
      spec.kind === "json" ? `the ${side} model is a json+http model: it needs \`${key}.json\`, its request template and the JSON pointer to the scores` : `\`${key}.json\` describes a json+http model, and the ${side} model is ${spec.kind}`,
      spec.kind === "json" ? where : settings.at(`${pointer}/json`),
      {
        hint: `write the model as a mapping: ${side}_model: {spec: json+http://\u2026, json: {template: {instances: $rows}, output: /predictions}}`
      }
    );
  return openModel(
    spec,
    {
      batchSize: settings.batchSize,
      // The replay keeps its own requests in flight, one batch per predict call.
      concurrency: 1,
      timeoutMs: settings.timeoutMs,
      retries: settings.retries,
      ...settings.maxRequests === void 0 ? {} : { maxRequests: settings.maxRequests },
      ...features ? { features } : {},
      ...model.json ? { json: checkJsonRequest(model.json, (p) => settings.at(`${pointer}/json${p}`)) } : {},
      headers: headersFromEnv(model.headers, key, settings.at),
      env: checkModelEnv(model.env, key, settings.at),
      ...settings.modelLogs ? { onLog: settings.modelLogs[side] } : {}
    },
    where
  );
}
async function replayFile(settings, stats, join, done) {
  const features = [.../* @__PURE__ */ new Set([...stats.production.adapter.features, ...stats.shadow.adapter.features])];
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
  let at = null;
  for await (const batch of read) {
    if (at?.columns !== batch.columns) at = layoutOf(batch, settings, features);
    if (!done.files.includes(batch.file)) done.files.push(batch.file);
    for (let i = 0; i < batch.rows.length; i++) {
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
function emptyBlock() {
  return { ids: [], records: [], origins: [], labels: [], segments: [] };
}
function layoutOf(batch, settings, features) {
  const find = (name, what) => {
    const k = batch.columns.indexOf(name);
    if (k < 0)
      throw new DataError(
        `the replay file has no ${what} column ${JSON.stringify(name.slice(0, 64))}`,
        { file: batch.file },
        {
          hint: `its columns: ${batch.columns.slice(0, 10).map((c) => JSON.stringify(c.slice(0, 64))).join(", ")}`
        }
      );
    return k;
  };
  return {
    columns: batch.columns,
    id: find(settings.id, "id"),
    // The truth is optional in a replay file: a column of that name is read when there is one.
    label: settings.label === void 0 ? -1 : batch.columns.indexOf(settings.label),
    features: features.map((f) => find(f, "feature")),
    segments: settings.segments.map((s) => find(s, "segment"))
  };
}
function addRow(block, batch, i, at, features, settings) {
  const row = batch.rows[i];
  const id = text(row[at.id]);
  if (id === null)
    throw new DataError(`request id is empty in column ${JSON.stringify(settings.id)}`, {
      file: batch.file,
      line: batch.lines[i],
      column: settings.id
    });
  const record = /* @__PURE__ */ Object.create(null);
  features.forEach((f, j) => record[f] = row[at.features[j]]);
  block.ids.push(id);
  block.records.push(record);
  block.origins.push({ file: batch.file, line: batch.lines[i] });
  block.labels.push(at.label < 0 ? null : text(row[at.label]));
  block.segments.push(at.segments.map((k) => text(row[k])));
}
async function sendBlock(block, stats, settings) {
  const n = block.ids.length;
  const answers = { scores: new Float64Array(n).fill(NaN), latency: new Float64Array(n).fill(NaN) };
  const adapter = stats.adapter;
  const concurrency = adapter.kind === "command" || adapter.kind === "tfjs" ? 1 : settings.concurrency;
  let next = 0;
  const state = {};
  const worker = async () => {
    while (state.thrown === void 0 && next < n) {
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
  if (state.thrown !== void 0) throw state.thrown;
  return answers;
}
var EndpointDownError = class extends SourceError {
  record;
};
function downError(stats, at) {
  return new EndpointDownError(
    `${stats.adapter.endpoint} failed ${stats.consecutive} requests in a row (${stats.failedRequests} of ${stats.requests} so far), so the replay stopped: a comparison of what is left would hide it`,
    { file: at.file, line: at.line },
    { hint: `the first failure: ${stats.firstError ?? "unknown"}` }
  );
}
function redacted(error, redact) {
  if (!(error instanceof DataError) || typeof error.location.column !== "string" || !redact.includes(error.location.column)) return error;
  return new DataError(
    `feature ${JSON.stringify(error.location.column)} has a value (redacted) the model cannot take`,
    { ...error.location },
    { hint: "the model is asked only for complete rows of the types it declares" }
  );
}
function feedJoin(join, block, a, b, settings) {
  const answer = (side, i) => {
    const score = side.scores[i];
    const failed = score !== score;
    return {
      score: failed ? null : score,
      prediction: failed || settings.classes === null ? null : settings.classes[score >= settings.threshold ? 1 : 0],
      latency: failed ? null : side.latency[i],
      error: failed,
      label: settings.classes === null ? null : block.labels[i],
      target: settings.classes === null ? strictNumber(block.labels[i], () => ({
        ...block.origins[i],
        column: settings.label,
        redacted: settings.redact.includes(settings.label)
      })) : null,
      segments: block.segments[i]
    };
  };
  for (let i = 0; i < block.ids.length; i++) join.addPair(block.ids[i], answer(a, i), answer(b, i));
}
function text(value) {
  if (value === void 0 || value === null || value === "") return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value);
}

// shared/shadow-compare/side-thread.ts
import { Worker } from "node:worker_threads";
async function startSideThread(paths, columns, options, { ids, side }) {
  const script = await readerScript(paths, options, "shadow-side");
  if (script === null) return null;
  const { onProgress: _onProgress, ...rest } = options;
  const request = { paths, columns, options: rest, progress: true, ids };
  const worker = new Worker(script, { workerData: request });
  const inbox = [];
  let wake = null;
  const deliver = (message) => {
    inbox.push(message);
    if (message.type === "batch") worker.postMessage("next");
    wake?.();
  };
  worker.on("message", deliver);
  worker.on("error", (cause) => deliver({ type: "failed", cause }));
  worker.on(
    "exit",
    (code) => deliver({ type: "failed", cause: new Error(`the ${side} log's reading thread stopped (exit code ${code}) before the end of the log`) })
  );
  return {
    async drain(take, progress) {
      for (; ; ) {
        while (inbox.length === 0) await new Promise((resolve) => wake = resolve);
        wake = null;
        const message = inbox.shift();
        if (message.type === "batch") take(message.batch);
        else if (message.type === "progress") progress?.(message.progress);
        else if (message.type === "end") return message.read;
        else if (message.type === "error") throw rebuiltError(message.error);
        else throw message.cause;
      }
    },
    async stop() {
      await worker.terminate();
    }
  };
}

// shared/commands/shadow-compare.ts
async function shadowCompare(options, platform) {
  const loaded = await loadConfig(
    options.config,
    {
      "shadow_compare.production": options.production,
      "shadow_compare.shadow": options.shadow,
      "shadow_compare.labels": options.labels,
      "shadow_compare.replay": options.replay,
      // A flag names the spec: a model the config gives as a mapping keeps its json, headers and features.
      "shadow_compare.production_model": options.productionModel === void 0 ? void 0 : { spec: options.productionModel },
      "shadow_compare.shadow_model": options.shadowModel === void 0 ? void 0 : { spec: options.shadowModel }
    },
    "shadow_compare"
  );
  try {
    return await compareLoaded(loaded, options, platform);
  } catch (error) {
    throw locateInConfig(error, loaded);
  }
}
async function compareLoaded(loaded, options, platform) {
  const { config } = loaded;
  const section = config.shadow_compare;
  if (section.gates.length === 0)
    throw new ConfigError(
      "shadow_compare.gates is empty: there is nothing to hold the shadow model to",
      { file: loaded.file, path: "/shadow_compare" },
      { hint: "add at least one rule, such as `- metric: flip_rate` with `max: 0.02`" }
    );
  const read = readOptionsOf(config);
  const columns = logColumnsOf(section, config.data?.task === "regression");
  const sharding = shardingOf(options, section);
  const { pairs, inputs, shards } = options.partials?.length ? await mergedInputs(options.partials, columns, config) : { ...await joinInputs(loaded, columns, read, platform, sharding.shard), shards: 0 };
  if (options.emitPartial) {
    const written = await writeShadowPartial(
      options.emitPartial,
      partialSpec(columns, config),
      sharding.shard,
      { ...pairs, top: redactedTop(pairs.top, columns) },
      inputs.data
    );
    platform.setOutput("partial", written);
    platform.info(`partial written: ${written} (shard ${sharding.shard.index}/${sharding.shard.count}, ${pairs.n} pairs)`);
    return null;
  }
  if (inputs.replay === void 0)
    checkJoinRate(pairs.counts, section.min_join_rate, configPosition(loaded, "/shadow_compare/min_join_rate"));
  else if (inputs.replay.rows === 0) throw new DataError("the replay file has no requests", { file: inputs.replay.files.join(", ") });
  const compareOptions = {
    ...DEFAULT_COMPARE_OPTIONS,
    level: section.level,
    replicates: section.bootstrap.replicates,
    seed: section.bootstrap.seed,
    correction: section.correction,
    psiBins: section.psi_bins,
    binaryLabel: binaryLabelOf(config.data)
  };
  const comparison = await compareShadowOnThreads(pairs, compareOptions);
  const checks = [
    ...inputs.replay ? endpointChecks(inputs.replay, section.max_error_rate, configPosition(loaded, "/shadow_compare/max_error_rate")) : [],
    ...shadowChecks(section.gates, comparison, {
      policy: section.inconclusive,
      level: section.level,
      ruleLocation: (index) => configPosition(loaded, `/shadow_compare/gates/${index}`)
    })
  ];
  const { measurements: _measurements, notes: comparisonNotes, ...tables } = comparison;
  const redacted2 = section.redact;
  const body = {
    join: pairs.counts,
    comparison: tables,
    top_disagreements: redactedTop(pairs.top, columns),
    redacted: redacted2,
    data: inputs.data,
    ...inputs.replay ? { replay: inputs.replay } : {},
    options: {
      level: compareOptions.level,
      correction: compareOptions.correction,
      psi_bins: compareOptions.psiBins,
      psi_epsilon: compareOptions.psiEpsilon,
      min_segment_size: compareOptions.minSegmentSize,
      bootstrap: {
        replicates: compareOptions.replicates,
        seed: compareOptions.seed,
        method: "paired Poisson bootstrap, percentile intervals"
      }
    }
  };
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    gate: "shadow-compare",
    verdict: verdictOf(checks),
    counts: countStatuses(checks),
    checks,
    config: { file: loaded.file, sha256: loaded.sha256 },
    notes: [
      ...comparisonNotes,
      shadowNote(compareOptions),
      ...inputs.replay ? [replayNote(inputs.replay)] : [],
      ...shards ? [
        `Merged from ${shards} shards' partials: each kept the requests whose id hash fell in it, and every statistic is over all their pairs.`
      ] : []
    ],
    sections: { shadow_compare: body }
  };
}
async function joinInputs(loaded, columns, read, platform, shard) {
  const section = loaded.config.shadow_compare;
  const join = new ShadowJoin(columns.segments, {
    numericLabels: columns.numericLabel,
    ...shard ? { shard: (word) => inShard(shard, word) } : {}
  });
  const progress = createProgressReporter(platform);
  try {
    const labels = section.labels === void 0 ? void 0 : await readLabels(section.labels, columns, read, join);
    const inputs = section.replay === void 0 ? await readLogs(loaded, columns, { ...read, onProgress: progress }, join, shard?.count ?? 1) : await replayBoth(loaded, columns, { ...read, onProgress: progress }, join, platform);
    if (labels) inputs.data.labels = labels;
    return { pairs: join.pairs(), inputs };
  } finally {
    progress.end();
  }
}
function shardingOf(options, section) {
  if (options.partials?.length && (options.emitPartial || options.shard))
    throw new UsageError("--partials merges the shards: it takes neither --emit-partial nor --shard");
  if (Boolean(options.emitPartial) !== Boolean(options.shard))
    throw new UsageError("--emit-partial and --shard K/N come together: each matrix job writes the partial of its own shard");
  if (!options.shard) return {};
  if (section.replay !== void 0) throw new UsageError("replay mode is not sharded: --shard and --emit-partial take prediction logs");
  const hidden = new Set(section.redact);
  const carried = [section.score, section.prediction, section.label, section.latency, section.error, ...section.segments ?? []];
  const redacted2 = carried.find((column) => column !== void 0 && hidden.has(column));
  if (redacted2 !== void 0)
    throw new UsageError(
      `a partial carries the compared columns, and ${JSON.stringify(redacted2)} is redacted: it must not leave the runner`,
      {
        hint: "compare it in one job, without --shard, or leave the column out of the comparison"
      }
    );
  return { shard: parseShard(options.shard) };
}
function partialSpec(columns, config) {
  const { redact: _redact, ...compared } = columns;
  return { ...compared, task: config.data?.task ?? "binary" };
}
async function mergedInputs(patterns, columns, config) {
  const { pairs, data, shards } = await mergeShadowPartials(patterns, partialSpec(columns, config), readOptionsOf(config).workspace);
  return { pairs, inputs: { data }, shards };
}
async function readLogs(loaded, columns, read, join, shards) {
  const section = loaded.config.shadow_compare;
  const production = needPaths(section.production, "production", loaded.file);
  const shadow = needPaths(section.shadow, "shadow", loaded.file);
  join.reserve(Math.ceil(await resolveFiles(production, read).then(estimateLines, () => 0) / shards));
  const shadowColumns = { ...columns, segments: [] };
  const productionThread = await startSideThread(production, columns, read, { ids: false, side: "production" });
  const shadowThread = await startSideThread(shadow, shadowColumns, read, { ids: true, side: "shadow" });
  let productionRead;
  let shadowRead;
  try {
    productionRead = productionThread ? await productionThread.drain((batch) => join.addProductionBatch(batch), read.onProgress) : await readSide(production, columns, read, (id, answer) => join.addProduction(id, answer));
    shadowRead = shadowThread ? await shadowThread.drain((batch) => join.addShadowBatch(batch), read.onProgress) : await readSide(shadow, shadowColumns, read, (id, answer) => join.addShadow(id, answer));
  } finally {
    await Promise.all([productionThread?.stop(), shadowThread?.stop()]);
  }
  return {
    data: {
      production: sideData(productionRead.data, productionRead.cloudEvents),
      shadow: sideData(shadowRead.data, shadowRead.cloudEvents)
    }
  };
}
async function replayBoth(loaded, columns, read, join, platform) {
  const { config } = loaded;
  const section = config.shadow_compare;
  const task = config.data?.task ?? "binary";
  if (task === "multiclass")
    throw new ConfigError(
      "replay mode reads one score per request: binary and regression models only",
      configPosition(loaded, "/data/task")
    );
  const classes = (config.data?.classes ?? [0, 1]).map(String);
  const settings = {
    files: [section.replay].flat(),
    // The config's semantic checks refused replay mode without both models.
    models: { production: section.production_model, shadow: section.shadow_model },
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
    classes: task === "regression" ? null : [classes[0], classes[1]],
    threshold: config.data?.threshold ?? 0.5,
    read,
    modelLogs: { production: modelLog(platform, "production model"), shadow: modelLog(platform, "shadow model") }
  };
  const { record, data } = await platform.group(
    `Replaying ${settings.files.join(", ")} against both models`,
    () => replayRequests(settings, join).catch((error) => {
      if (error instanceof EndpointDownError && error.record) error.sections = { shadow_compare: { replay: error.record } };
      throw error;
    })
  );
  const side = (s) => ({ files: [record.endpoints[s].endpoint], rows: record.endpoints[s].rows });
  return {
    data: { production: side("production"), shadow: side("shadow"), replay_file: { files: data.files, rows: data.rowsRead } },
    replay: record
  };
}
function endpointChecks(replay, maxErrorRate, where) {
  return ["production", "shadow"].map((side) => {
    const e = replay.endpoints[side];
    const rule = { metric: "endpoint_error_rate", max: maxErrorRate };
    const raw = judgeMeasurement(
      rule,
      {
        id: `endpoint_error_rate[${side}]`,
        title: `Error rate of the ${side} model`,
        metric: "endpoint_error_rate",
        scope: { endpoint: side },
        value: e.error_rate,
        interval: null,
        n: e.rows,
        evidence: {
          test: `failed requests at ${e.endpoint}: ${e.failed_rows} of ${e.rows} rows in ${e.failed_requests} of ${e.requests} requests`,
          statistic: null,
          p_value: null
        }
      },
      null
    );
    const reason = `${raw.reason}${raw.raw_status === "fail" ? " (shadow_compare.max_error_rate)" : ""}${e.first_error ? `; first failure: ${e.first_error}` : ""}`;
    return { ...raw, reason, status: raw.raw_status, severity: "fail", rule: { index: -1, ...where } };
  });
}
function replayNote(replay) {
  const budget = replay.budget_reached ? ` The request budget (max_requests ${replay.max_requests}) ended the replay after ${replay.rows} requests; the rest of the file was not replayed.` : "";
  return `Replay: ${replay.rows} recorded requests sent to both models, ${replay.batch_size} a request, ${replay.concurrency} in flight; a batched request's latency is spread evenly over its rows, and a failed request's rows count as errors with no score.${budget}`;
}
function binaryLabelOf(data) {
  if (data?.task !== void 0 && data.task !== "binary") return () => -1;
  return labelReader({
    task: "binary",
    classes: data?.classes?.map(String),
    positiveLabel: data?.positive_label === void 0 ? void 0 : String(data.positive_label)
  });
}
function needPaths(paths, side, file) {
  if (paths === void 0)
    throw new ConfigError(
      `no ${side} log to compare`,
      { file, path: "/shadow_compare" },
      { hint: `set shadow_compare.${side} in the config, or pass --${side} (action input \`${side}\`)` }
    );
  return Array.isArray(paths) ? paths : [paths];
}
function logColumnsOf(section, numericLabel) {
  return {
    id: section.id,
    score: section.score,
    prediction: section.prediction,
    label: section.label,
    latency: section.latency,
    error: section.error,
    segments: section.segments ?? [],
    redact: section.redact,
    numericLabel
  };
}
function redactedTop(top, columns) {
  const hidden = new Set(columns.redact);
  const answer = (a) => ({
    score: columns.score !== void 0 && hidden.has(columns.score) ? null : a.score,
    prediction: columns.prediction !== void 0 && hidden.has(columns.prediction) ? null : a.prediction
  });
  return top.map((d) => ({
    id: hidden.has(columns.id) ? "(redacted)" : d.id,
    production: answer(d.production),
    shadow: answer(d.shadow),
    segments: d.segments
  }));
}
function readOptionsOf(config) {
  const data = config.data;
  const workspace = data?.allow_outside_workspace ? void 0 : workspaceRoot();
  return {
    format: data?.format,
    delimiter: data?.delimiter,
    maxBadRows: 0,
    maxLineBytes: data?.max_line_bytes,
    maxFieldBytes: data?.max_field_bytes,
    ...workspace === void 0 ? {} : { workspace }
  };
}
async function readLabels(paths, columns, options, join) {
  const files = Array.isArray(paths) ? paths : [paths];
  const read = readTable(files, options);
  const id = columns.id;
  const label = columns.label;
  for await (const batch of read) {
    const at = { id: batch.columns.indexOf(id), label: batch.columns.indexOf(label) };
    for (const [role, k] of Object.entries(at))
      if (k < 0)
        throw new DataError(`the labels file has no ${role} column ${JSON.stringify(role === "id" ? id : label)}`, { file: batch.file });
    for (let i = 0; i < batch.rows.length; i++) {
      const row = batch.rows[i];
      const key = row[at.id];
      if (key === void 0 || key === null || key === "")
        throw new DataError(`request id is empty in column ${JSON.stringify(id)}`, { file: batch.file, line: batch.lines[i], column: id });
      const value = row[at.label];
      if (!columns.numericLabel) join.addLabel(String(key), value === void 0 || value === null || value === "" ? null : String(value));
      else {
        const where = { file: batch.file, line: batch.lines[i], column: label, redacted: columns.redact?.includes(label) ?? false };
        join.addTarget(
          String(key),
          strictNumber(value, () => where)
        );
      }
    }
  }
  const summary = read.summary();
  return { files: summary.files, rows: summary.rowsRead };
}
function checkJoinRate(counts, minJoinRate, where) {
  const detail = `${counts.pairs} pairs of ${counts.production} production and ${counts.shadow} shadow rows; ${counts.unmatchedProduction} production and ${counts.unmatchedShadow} shadow ids unmatched`;
  if (counts.pairs === 0)
    throw new DataError(`no request id is in both logs (${detail})`, where, {
      hint: "are both logs of the same traffic, joined by the same id column?"
    });
  if (counts.joinRate !== null && counts.joinRate < minJoinRate)
    throw new DataError(
      `only ${(100 * counts.joinRate).toFixed(2)}% of the requests are in both logs, below shadow_compare.min_join_rate ${minJoinRate} (${detail})`,
      where,
      { hint: "a comparison of the requests both logs happen to share may be biased: check the logs cover the same window" }
    );
}
function sideData(data, cloudEvents) {
  return { files: data.files, rows: data.rowsRead, ...cloudEvents ? { cloud_events: cloudEvents } : {} };
}
function shadowNote(options) {
  return `Requests are paired by id; a repeated id keeps its first answer on each side. Intervals are at ${Math.round(100 * options.level)}%; segment p-values are ${options.correction === "holm" ? "Holm" : "Benjamini-Hochberg"}-adjusted; segments under ${options.minSegmentSize} pairs are shown but not tested.`;
}
export {
  shadowCompare
};
