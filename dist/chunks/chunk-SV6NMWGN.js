import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  checkModelEnv,
  headersFromEnv,
  modelLog,
  openModel,
  parseModelSpec
} from "./chunk-M3QQPMLW.js";
import {
  configPosition,
  createProgressReporter
} from "./chunk-HGPOXKMJ.js";
import {
  checkBehavioral,
  runBehavioral
} from "./chunk-5V7E2M3B.js";
import {
  checkJsonRequest
} from "./chunk-K34OCKWP.js";
import {
  shorten
} from "./chunk-UKZD7QTU.js";
import {
  badRowFix,
  checkDataPath,
  dataPathPolicy,
  labelReader,
  readTable
} from "./chunk-SJ4OJ7LD.js";
import {
  ConfigError,
  DataError
} from "./chunk-JUZ7LOQF.js";

// shared/train/table-file.ts
import { createWriteStream } from "node:fs";
import { once } from "node:events";
async function writeTable(file, format, columns, rows) {
  const out = createWriteStream(file);
  const write = async (text) => {
    if (!out.write(text)) await once(out, "drain");
  };
  try {
    if (format === "csv") await write(`${columns.map(csvField).join(",")}
`);
    for (const row of rows) {
      await write(
        format === "csv" ? `${row.map(csvField).join(",")}
` : `${JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, row[i] ?? null])))}
`
      );
    }
  } finally {
    out.end();
    await once(out, "close");
  }
}
async function csvWriter(file, columns) {
  const out = createWriteStream(file);
  let failure;
  out.on("error", (error) => failure ??= error);
  const write = async (text) => {
    if (failure) throw failure;
    if (!out.write(text)) await once(out, "drain");
  };
  await write(`${columns.map(csvField).join(",")}
`);
  let closed = false;
  return {
    write: (rows) => write(rows.map((row) => `${row.map(csvField).join(",")}
`).join("")),
    async close() {
      if (closed) return;
      closed = true;
      if (!out.destroyed) {
        out.end();
        await once(out, "close");
      }
      if (failure) throw failure;
    }
  };
}
function csvField(value) {
  const text = value === null || value === void 0 ? "" : typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// shared/model/score-dataset.ts
import { mkdir } from "node:fs/promises";
import path from "node:path";
var MIN_BLOCK_ROWS = 4096;
async function scoreDataset(loaded, out, platform) {
  const { config } = loaded;
  const settings = config.evaluate.model;
  const at = (pointer) => ({ ...configPosition(loaded, pointer), path: pointer });
  checkScorable(config, at);
  const files = [config.data.dataset].flat();
  const readOptions = {
    format: config.data.format,
    delimiter: config.data.delimiter,
    maxBadRows: config.data.max_bad_rows,
    maxLineBytes: config.data.max_line_bytes,
    maxFieldBytes: config.data.max_field_bytes,
    ...dataPathPolicy(config)
  };
  const tests = config.evaluate.behavioral;
  const baselineSettings = config.evaluate.behavioral_baseline;
  if (baselineSettings && tests.length === 0)
    throw new ConfigError(
      "`evaluate.behavioral_baseline` is a baseline for behavioral tests, and evaluate.behavioral has none",
      at("/evaluate/behavioral_baseline"),
      {
        hint: "add tests to evaluate.behavioral, or drop behavioral_baseline (a baseline for the metrics is `data.baseline`)"
      }
    );
  const { adapter, options } = await openScoring(settings, "/evaluate/model", readOptions, at, platform);
  let baseline;
  try {
    if (baselineSettings)
      baseline = (await openScoring(baselineSettings, "/evaluate/behavioral_baseline", readOptions, at, platform)).adapter;
    checkBehavioral(tests, adapter.features, at, baseline !== void 0);
    const keep = Math.max(0, ...tests.filter((t) => t.cases === void 0).map((t) => t.max_cases));
    const head = { rows: [], origins: [] };
    const extra = baseline ? baseline.features.filter((f) => !adapter.features.includes(f)) : [];
    const scored = await platform.group(
      `Scoring ${files.join(", ")} through ${adapter.endpoint}`,
      () => scoreThrough(adapter, { config, files, readOptions, out, options, platform, head, keep, extra })
    );
    if (tests.length === 0) return scored;
    const against = baseline ? ` (baseline ${baseline.endpoint})` : "";
    const behavioral = await platform.group(
      `Behavioral tests${against}: ${tests.map((t) => t.name).join(", ")}`,
      () => runBehavioral(tests, { config, adapter, baseline, head, readOptions, at })
    );
    return { ...scored, behavioral };
  } finally {
    await adapter.close();
    await baseline?.close();
  }
}
async function openScoring(settings, base, readOptions, at, platform) {
  const spec = parseModelSpec(settings.spec, at(`${base}/spec`));
  if (spec.kind === "tfjs") checkDataPath(path.join(spec.dir, "model.json"), readOptions.workspace);
  if ((spec.kind === "command" || spec.kind === "json" || spec.kind === "kserve") && settings.features === void 0)
    throw new ConfigError(
      `a ${spec.kind} model needs \`${base.slice(1).replace("/", ".")}.features\`: the columns to send it, in order`,
      at(base)
    );
  if (spec.kind === "json" !== (settings.json !== void 0))
    throw new ConfigError(
      spec.kind === "json" ? `a json+http model needs \`${base.slice(1).replace("/", ".")}.json\`: its request template and the JSON pointer to the scores` : `\`${base.slice(1).replace("/", ".")}.json\` describes a json+http model, and the model is ${spec.kind}`,
      at(spec.kind === "json" ? base : `${base}/json`),
      { hint: "for example json: {template: {instances: $rows}, output: /predictions}" }
    );
  const options = adapterOptions(settings, base, at, platform);
  return { adapter: await openModel(spec, options, at(`${base}/spec`)), options };
}
function checkScorable(config, at) {
  if (config.data.dataset === void 0)
    throw new ConfigError("`evaluate.model` needs a dataset to score", at("/data"), {
      hint: "set data.dataset in the config, or pass --dataset (action input `dataset`)"
    });
  if (config.data.task === "multiclass")
    throw new ConfigError("scoring through a model gives one score per row: binary and regression tasks only", at("/data/task"), {
      hint: "write the per-class scores to a predictions file and evaluate that"
    });
  if (config.data.prediction !== void 0)
    throw new ConfigError("`data.prediction` names a column of hard predictions, and a model gives scores", at("/data/prediction"), {
      hint: "drop data.prediction: a score at or above data.threshold is positive"
    });
}
function adapterOptions(settings, base, at, platform) {
  const key = base.slice(1).replace("/", ".");
  const headers = headersFromEnv(settings.headers, key, at);
  checkModelEnv(settings.env, key, at);
  return {
    batchSize: settings.batch_size,
    concurrency: settings.concurrency,
    timeoutMs: Math.ceil(settings.timeout_seconds * 1e3),
    retries: settings.retries,
    ...settings.features ? { features: settings.features } : {},
    ...settings.json ? { json: checkJsonRequest(settings.json, (pointer) => at(`${base}/json${pointer}`)) } : {},
    headers,
    env: settings.env,
    onLog: modelLog(platform)
  };
}
async function scoreThrough(adapter, run) {
  const { config, files, out } = run;
  const data = config.data;
  const roles = [
    .../* @__PURE__ */ new Set([data.label, ...data.id ? [data.id] : [], ...data.weight ? [data.weight] : [], ...data.groups, ...data.slices])
  ];
  const features = [...adapter.features];
  const columns = [.../* @__PURE__ */ new Set([...roles, ...features, ...run.extra])];
  const scoreName = columns.includes("score") ? "modelgate_score" : "score";
  const featureAt = features.map((f) => columns.indexOf(f));
  const roleAt = roles.map((r) => columns.indexOf(r));
  const predictions = path.join(out, "predictions.csv");
  await mkdir(out, { recursive: true });
  const writer = await csvWriter(predictions, [...roles, scoreName]);
  const progress = createProgressReporter(run.platform);
  const read = readTable(files, { ...run.readOptions, onProgress: progress }, columns);
  const labelAt = columns.indexOf(data.label);
  const checkLabel = labelCheck(config);
  const blockRows = Math.max(MIN_BLOCK_ROWS, 2 * (run.options.batchSize ?? 64) * (run.options.concurrency ?? 4));
  const stats = { rows: 0, requests: 0, totalMs: 0, maxMs: 0 };
  let rows = [];
  let origins = [];
  const flush = async () => {
    if (rows.length === 0) return;
    const records = rows.map((row) => {
      const record = /* @__PURE__ */ Object.create(null);
      features.forEach((f, j) => record[f] = row[featureAt[j]]);
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
  const evaluated = { ...data, predictions: [predictions], score: scoreName, format: "csv" };
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
      batch_size: config.evaluate.model.batch_size,
      concurrency: adapter.kind === "command" ? 1 : config.evaluate.model.concurrency,
      latency_ms: { mean: stats.requests ? round(stats.totalMs / stats.requests) : 0, max: round(stats.maxMs) }
    }
  };
}
function labelCheck(config) {
  const data = config.data;
  if (data.task !== "binary" || data.max_bad_rows > 0) return () => {
  };
  const classOf = labelReader({ task: data.task, classes: data.classes, positiveLabel: data.positive_label });
  return (value, file, line) => {
    if (classOf(value) >= 0) return;
    const missing = value === void 0 || value === null || value === "";
    throw new DataError(
      missing ? `the label column ${JSON.stringify(data.label)} is empty` : `${shorten(JSON.stringify(value), 60)} is not a label of this binary task`,
      { file, line, column: data.label },
      { hint: badRowFix(missing ? "missing_value" : "unknown_label") }
    );
  };
}
function round(ms) {
  return Math.round(ms * 1e3) / 1e3;
}

export {
  writeTable,
  scoreDataset,
  openScoring
};
