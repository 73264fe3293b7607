import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  openScoring,
  writeTable
} from "./chunk-SV6NMWGN.js";
import {
  openModel
} from "./chunk-M3QQPMLW.js";
import {
  bindingsOf,
  evaluate
} from "./chunk-XT62SAKH.js";
import {
  loadConfig,
  locateInConfig
} from "./chunk-RXAXZ7AT.js";
import {
  configPosition,
  createProgressReporter
} from "./chunk-HGPOXKMJ.js";
import {
  writeReportFiles
} from "./chunk-T2F5XZJZ.js";
import {
  checkBehavioral,
  orderTests,
  runBehavioral
} from "./chunk-5V7E2M3B.js";
import "./chunk-TIRKBGY6.js";
import "./chunk-3XEZIFGU.js";
import "./chunk-4N5IKU52.js";
import "./chunk-ZSB5QIDP.js";
import {
  MODEL_FILE,
  PREPROCESSING_FILE,
  directoryHandler,
  encodeRows,
  fitPreprocessing,
  loadTensorflow,
  scoreRows
} from "./chunk-5LLKO4G5.js";
import "./chunk-K34OCKWP.js";
import "./chunk-Y3JTFFIU.js";
import {
  childEnvironment,
  fillPlaceholders,
  runCommand,
  shellWords
} from "./chunk-7PH4F4CC.js";
import "./chunk-UKZD7QTU.js";
import "./chunk-YPYHEPH3.js";
import "./chunk-HA7OEFXU.js";
import {
  dataRecord
} from "./chunk-GWICTQE2.js";
import "./chunk-6FWDVCS2.js";
import "./chunk-XD5TKENX.js";
import {
  TOKEN_VARIABLES
} from "./chunk-ZHLQDNGW.js";
import "./chunk-AVOJQ7UQ.js";
import "./chunk-TXIFP543.js";
import {
  checkDataPath,
  dataPathPolicy,
  labelReader,
  readTable,
  readTableLines,
  resolveFiles,
  textAt
} from "./chunk-SJ4OJ7LD.js";
import "./chunk-O6GBSEXR.js";
import "./chunk-WGSDQCGC.js";
import "./chunk-CDUPDCSK.js";
import {
  keyUniform
} from "./chunk-Z7B6ZZR2.js";
import {
  ConfigError,
  DataError
} from "./chunk-JUZ7LOQF.js";
import "./chunk-ZGDBGMMU.js";

// shared/commands/train.ts
import { createHash as createHash3 } from "node:crypto";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path3 from "node:path";

// shared/train/builtin.ts
import { createHash } from "node:crypto";
async function trainBuiltin(runtime, spec, x, y, width, seed) {
  const { tf } = runtime;
  const started = performance.now();
  const rows = y.length;
  const model = buildModel(tf, spec, width, seed);
  let train2 = Array.from({ length: rows }, (_, i) => i);
  let validation;
  if (spec.early_stopping) {
    const order = keyedOrder(train2, seed, -1);
    const cut = Math.max(1, Math.round(spec.early_stopping.validation_fraction * rows));
    const held = order.slice(0, cut).sort((a, b) => a - b);
    train2 = order.slice(cut).sort((a, b) => a - b);
    validation = [
      gather(tf, x, width, held),
      tf.tensor2d(
        held.map((i) => y[i]),
        [held.length, 1]
      )
    ];
  }
  const history = [];
  let best = Infinity;
  let stale = 0;
  let stoppedAfter;
  try {
    for (let epoch = 1; epoch <= spec.epochs; epoch++) {
      const order = keyedOrder(train2, seed, epoch);
      const xs = gather(tf, x, width, order);
      const ys = tf.tensor2d(
        order.map((i) => y[i]),
        [order.length, 1]
      );
      try {
        const fit = await model.fit(xs, ys, {
          epochs: 1,
          batchSize: spec.batch_size,
          shuffle: false,
          verbose: 0,
          ...validation ? { validationData: validation } : {}
        });
        const log = { epoch, loss: Number(fit.history.loss[0]) };
        if (validation) log.val_loss = Number(fit.history.val_loss[0]);
        history.push(log);
      } finally {
        xs.dispose();
        ys.dispose();
      }
      if (spec.early_stopping) {
        const loss = history[history.length - 1].val_loss;
        if (loss < best - spec.early_stopping.min_delta) {
          best = loss;
          stale = 0;
        } else if (++stale >= spec.early_stopping.patience) {
          if (epoch < spec.epochs) stoppedAfter = epoch;
          break;
        }
      }
    }
  } finally {
    validation?.forEach((t) => t.dispose());
  }
  const weights = hashWeights(model);
  const all = createHash("sha256");
  for (const w of weights) all.update(`${w.name}:${w.sha256}
`);
  return { model, history, stoppedAfter, weights, weightsSha256: all.digest("hex"), seconds: (performance.now() - started) / 1e3 };
}
function firstDifference(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i]?.name !== b[i]?.name || a[i]?.sha256 !== b[i]?.sha256 || a[i]?.shape.join() !== b[i]?.shape.join())
      return a[i]?.name ?? b[i].name;
  }
  return null;
}
function buildModel(tf, spec, width, seed) {
  const model = tf.sequential({ name: "modelgate" });
  const regularizer = spec.l2 > 0 ? tf.regularizers.l2({ l2: spec.l2 }) : void 0;
  let inputs = width;
  spec.layers.forEach((layer, i) => {
    model.add(
      tf.layers.dense({
        name: `hidden_${i + 1}`,
        units: layer.units,
        activation: layer.activation,
        inputShape: [inputs],
        kernelInitializer: tf.initializers.glorotUniform({ seed: seed + i }),
        kernelRegularizer: regularizer
      })
    );
    inputs = layer.units;
  });
  model.add(
    tf.layers.dense({
      name: "output",
      units: 1,
      activation: "sigmoid",
      inputShape: [inputs],
      kernelInitializer: tf.initializers.glorotUniform({ seed: seed + spec.layers.length }),
      kernelRegularizer: regularizer
    })
  );
  const rate = spec.learning_rate;
  const optimizer = spec.optimizer === "sgd" ? tf.train.sgd(rate) : spec.optimizer === "rmsprop" ? tf.train.rmsprop(rate) : spec.optimizer === "adagrad" ? tf.train.adagrad(rate) : tf.train.adam(rate);
  model.compile({ optimizer, loss: "binaryCrossentropy" });
  return model;
}
function keyedOrder(indexes, seed, round2) {
  const draws = new Float64Array(indexes.length);
  const epochSeed = seed % 2 ** 36 * 65537 + round2;
  indexes.forEach((row, k) => draws[k] = keyUniform(row, epochSeed));
  return indexes.map((row, k) => [row, k]).sort((a, b) => draws[a[1]] - draws[b[1]] || a[0] - b[0]).map(([row]) => row);
}
function gather(tf, x, width, rows) {
  const out = new Float32Array(rows.length * width);
  rows.forEach((row, i) => out.set(x.subarray(row * width, (row + 1) * width), i * width));
  return tf.tensor2d(out, [rows.length, width]);
}
function hashWeights(model) {
  return model.weights.map((variable) => {
    const values = variable.read().dataSync();
    return {
      name: variable.originalName,
      shape: variable.shape.slice(),
      sha256: createHash("sha256").update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength)).digest("hex")
    };
  });
}

// shared/config/train.ts
var DEFAULT_ARTIFACT = "modelgate-model";
function trainConfigOf(loaded) {
  const { config } = loaded;
  const at = (path4) => ({ ...configPosition(loaded, path4), path: path4 });
  const train2 = config.train;
  if (train2 === void 0) {
    throw new ConfigError("the config has no `train:` section", at(""), {
      hint: "add `train:` with `dataset`, `sample` and `model` (see the README)"
    });
  }
  if (train2.model === void 0 && train2.command === void 0) {
    throw new ConfigError("`train` needs a `model` (the built-in trainer) or a `command` (your own trainer)", at("/train"));
  }
  if (train2.model !== void 0 && train2.command !== void 0) {
    throw new ConfigError("`train` sets both `model` and `command`; set one trainer", at("/train/command"));
  }
  checkSample(train2.sample, at);
  const token = train2.env.findIndex((name) => TOKEN_VARIABLES.includes(name.toUpperCase()));
  if (token !== -1) {
    throw new ConfigError(
      `\`train.env\` names ${train2.env[token]}, the platform's token: the trainer never gets it`,
      at(`/train/env/${token}`),
      {
        hint: "give the trainer a token of its own, with only the access it needs, under another name"
      }
    );
  }
  if (train2.baseline_manifest !== void 0 && config.data.baseline !== void 0) {
    throw new ConfigError("both `data.baseline` and `train.baseline_manifest` name a baseline; set one", at("/train/baseline_manifest"), {
      hint: "the manifest names its predictions file and checks that it is on the same held-out rows"
    });
  }
  if (train2.model) checkModel(train2.model, config.data, at);
  if (train2.artifact === true) train2.artifact = DEFAULT_ARTIFACT;
  return train2;
}
function checkSample(sample, at) {
  if (sample.fraction !== void 0 && sample.n !== void 0) {
    throw new ConfigError("`train.sample` sets both `fraction` and `n`; set one", at("/train/sample/n"));
  }
  if (sample.method === "reservoir" && sample.n === void 0) {
    throw new ConfigError("reservoir sampling keeps a fixed number of rows: set `train.sample.n`", at("/train/sample"));
  }
  if (sample.method === "stratified" && sample.n !== void 0) {
    throw new ConfigError("stratified sampling keeps a `fraction` of every stratum, not `n` rows", at("/train/sample/n"), {
      hint: "use `fraction`, or `method: reservoir` for a fixed number of rows"
    });
  }
  if (sample.method === "time" && (sample.column === void 0 || sample.days === void 0)) {
    throw new ConfigError("time sampling needs `train.sample.column` (the timestamp) and `train.sample.days`", at("/train/sample"));
  }
  if (sample.method !== "stratified" && sample.by !== void 0) {
    throw new ConfigError(
      `\`train.sample.by\` applies only to stratified sampling, and the method is ${sample.method}`,
      at("/train/sample/by")
    );
  }
}
function checkModel(model, data, at) {
  if (data.task !== "binary") {
    throw new ConfigError(`the built-in trainer predicts binary labels; data.task is ${data.task}`, at("/train/model"), {
      hint: "use `train.command` with your own trainer for other tasks"
    });
  }
  if (model.type === "mlp" && model.layers.length === 0) {
    throw new ConfigError("an `mlp` model needs at least one hidden layer in `train.model.layers`", at("/train/model"));
  }
  if (model.type === "logistic_regression" && model.layers.length > 0) {
    throw new ConfigError("`train.model.layers` applies only to `type: mlp`", at("/train/model/layers"));
  }
  model.categorical?.forEach((name, i) => {
    if (!model.features.includes(name))
      throw new ConfigError(`\`${name}\` in train.model.categorical is not in train.model.features`, at(`/train/model/categorical/${i}`));
  });
  if (model.features.includes(data.label)) {
    throw new ConfigError(
      `the label column \`${data.label}\` cannot be a feature`,
      at(`/train/model/features/${model.features.indexOf(data.label)}`)
    );
  }
}

// shared/train/baseline.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// shared/train/lineage.ts
import { execFileSync } from "node:child_process";
import { createHash as createHash2 } from "node:crypto";
import { createReadStream } from "node:fs";
function buildManifest(input, env = process.env) {
  return {
    modelgate_manifest: 1,
    git: gitOf(env),
    config: { file: input.config.file, sha256: input.config.sha256 },
    inputs: input.inputs,
    sample: sampleRecord(input.sample),
    trainer: input.trainer,
    model: input.model,
    predictions: input.predictions,
    verdict: input.report.verdict,
    metrics: input.report.metrics.overall
  };
}
function sampleRecord(s) {
  return {
    file: s.file,
    sha256: s.sha256,
    method: s.settings.method,
    seed: s.settings.seed,
    ...s.settings.fraction !== void 0 ? { fraction: s.settings.fraction } : {},
    ...s.settings.n !== void 0 ? { n: s.settings.n } : {},
    ...s.by ? { by: s.by, min_per_stratum: s.settings.min_per_stratum } : {},
    ...s.settings.method === "time" ? { column: s.settings.column, days: s.settings.days } : {},
    rows_read: s.rowsRead,
    rows: s.rows,
    train_rows: s.trainRows,
    holdout_rows: s.holdoutRows,
    strata: s.strata,
    holdout: s.holdout,
    holdout_sha256: s.holdoutSha256,
    ...s.cache ? { cache: s.cache } : {}
  };
}
async function hashFiles(files) {
  const out = [];
  for (const file of files) {
    const hash = createHash2("sha256");
    let bytes = 0;
    for await (const chunk of createReadStream(file)) {
      hash.update(chunk);
      bytes += chunk.length;
    }
    out.push({ file, sha256: hash.digest("hex"), bytes });
  }
  return out;
}
function gitOf(env) {
  const commit = env.GITHUB_SHA || env.CI_COMMIT_SHA || git(["rev-parse", "HEAD"]);
  const ref = env.GITHUB_REF || env.CI_COMMIT_REF_NAME || git(["rev-parse", "--abbrev-ref", "HEAD"]);
  return { commit: commit || null, ref: ref || null };
}
function git(args) {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 5e3 }).trim() || null;
  } catch {
    return null;
  }
}

// shared/train/baseline.ts
async function baselineFromManifest(manifestFile, current, workspace) {
  let text;
  try {
    checkDataPath(manifestFile, workspace);
    text = await readFile(manifestFile, "utf8");
  } catch (error) {
    return { problem: `cannot read it: ${error.message}` };
  }
  let previous;
  try {
    previous = JSON.parse(text);
  } catch {
    return { problem: "cannot read it: it is not JSON" };
  }
  if (previous?.modelgate_manifest !== 1 || !previous.sample || !previous.inputs)
    return { problem: 'it is not a modelgate lineage manifest (no "modelgate_manifest": 1 with inputs and sample)' };
  const recorded = previous.predictions;
  if (!recorded?.file || !recorded.sha256) return { problem: "it records no predictions file" };
  const differences = heldOutDifferences(previous, current);
  if (differences.length > 0) return { problem: `its held-out rows are not this run's: ${differences.join("; ")}` };
  const dir = path.dirname(path.resolve(manifestFile));
  const predictions = path.resolve(dir, recorded.file);
  if (path.isAbsolute(recorded.file) || path.relative(dir, predictions).startsWith("..")) {
    return { problem: `its predictions path ${JSON.stringify(recorded.file)} is not inside the manifest's directory` };
  }
  try {
    checkDataPath(predictions, workspace);
  } catch (error) {
    return { problem: `its predictions file cannot be used: ${error.message}` };
  }
  const [actual] = await hashFiles([predictions]).catch((error) => [{ error }]);
  if ("error" in actual) return { problem: `its predictions file ${predictions} cannot be read: ${actual.error.message}` };
  if (actual.sha256 !== recorded.sha256) {
    return {
      problem: `its predictions file ${predictions} has sha256 ${actual.sha256.slice(0, 12)}\u2026, the manifest records ${recorded.sha256.slice(0, 12)}\u2026`
    };
  }
  return { predictions };
}
function heldOutDifferences(previous, current) {
  const out = [];
  const hashes = (m) => m.inputs.map((i) => i.sha256);
  if (!same(hashes(previous), hashes(current)))
    out.push(`the dataset differs (sha256 ${short(hashes(previous))} vs ${short(hashes(current))})`);
  for (const key of [
    "method",
    "seed",
    "fraction",
    "n",
    "by",
    "min_per_stratum",
    "column",
    "days",
    "holdout",
    "holdout_rows",
    "holdout_sha256"
  ]) {
    if (!same(previous.sample[key], current.sample[key]))
      out.push(`sample.${key} ${show(previous.sample[key])} vs ${show(current.sample[key])}`);
  }
  return out;
}
function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function short(hashes) {
  return hashes.map((h) => `${h.slice(0, 12)}\u2026`).join(", ") || "none";
}
function show(value) {
  return value === void 0 ? "unset" : typeof value === "string" && /^[0-9a-f]{64}$/.test(value) ? `${value.slice(0, 12)}\u2026` : JSON.stringify(value);
}

// shared/train/sample.ts
var DAY_MS = 864e5;
var SIGMAS = 7;
async function drawSample(paths, options, spec) {
  checkSpec(spec);
  const read = readTableLines(paths, options, [.../* @__PURE__ */ new Set([...spec.id ? [spec.id] : [], ...spec.by])]);
  const pools = new StrataPools(spec);
  const window = spec.method === "time" ? new TimeWindow(spec.days * DAY_MS) : null;
  let columns;
  let layout;
  let position = 0;
  for await (const batch of read) {
    const available = isLines(batch) ? batch.header : batch.columns;
    if (!layout || available !== layout.source) {
      columns ??= available;
      layout = layoutOf(batch.file, available, columns, spec);
    }
    const rows = isLines(batch) ? lineRows(batch, layout, spec) : tableRows(batch.rows, layout);
    const lines = isLines(batch) ? batch.chunk.lines : batch.lines;
    const faults = isLines(batch) ? batch.chunk.faults : null;
    for (let i = 0; i < lines.length; i++) {
      if (faults?.has(i)) continue;
      const key = rows.key(i);
      const draw = keyUniform(key, spec.seed);
      if (window) {
        const values = rows.values(i);
        const row = { values, file: batch.file, line: lines[i], position: position++, key, draw, stratum: "all" };
        const time = timestampOf(values[layout.time], row, spec.column);
        if (spec.fraction !== void 0 && draw >= spec.fraction) window.see(time);
        else window.add(row, time);
        continue;
      }
      const pool = pools.of(rows, i, layout);
      const at = position++;
      if (!pool.wants(draw)) continue;
      pool.add({ values: rows.values(i), file: batch.file, line: lines[i], position: at, key, draw, stratum: pool.name });
    }
  }
  const data = read.summary();
  if (columns === void 0) throw new DataError("the dataset has no rows", { file: data.files[0] });
  return { columns, data, ...window ? windowRows(window, position) : poolRows(pools.byStratum, position, spec) };
}
var StrataPools = class {
  constructor(spec) {
    this.spec = spec;
  }
  spec;
  byStratum = /* @__PURE__ */ new Map();
  byCode = /* @__PURE__ */ new Map();
  codeSpace = null;
  of(rows, i, layout) {
    if (rows.codeSpace !== this.codeSpace) {
      this.codeSpace = rows.codeSpace;
      this.byCode = /* @__PURE__ */ new Map();
    }
    const code = rows.code(i);
    let pool = code >= 0 ? this.byCode.get(code) : void 0;
    if (pool) return pool;
    const raw = rows.stratum(i);
    pool = this.byStratum.get(raw);
    if (!pool) {
      pool = new StratumPool(
        this.spec,
        layout.by.length ? stratumName(
          layout.by.map((k) => rows.values(i)[k]),
          this.spec.by
        ) : "all"
      );
      this.byStratum.set(raw, pool);
    }
    if (code >= 0) this.byCode.set(code, pool);
    return pool;
  }
};
function windowRows(window, position) {
  const rows = window.rows();
  const strata = dataRecord();
  strata.all = { rows: position, sampled: rows.length };
  return { rows, strata, warnings: [] };
}
function poolRows(pools, position, spec) {
  const warnings = [];
  const strata = dataRecord();
  const rows = [];
  for (const pool of [...pools.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
    const kept = pool.select();
    strata[pool.name] = { rows: pool.count, sampled: kept.length };
    rows.push(...kept);
  }
  if (spec.n !== void 0 && position < spec.n)
    warnings.push(`the sample asks for ${spec.n} rows and the dataset has ${position}: all of them are used`);
  if (pools.size > 1) rows.sort((a, b) => a.position - b.position);
  return { rows, strata, warnings };
}
function tableRows(rows, layout) {
  const { reorder, by, id } = layout;
  const values = (i) => reorder ? reorder.map((k) => rows[i][k]) : rows[i];
  return {
    key: (i) => id >= 0 ? asText(rows[i][reorder ? reorder[id] : id]) : values(i).map(asText).join(""),
    stratum: (i) => by.map((k) => asText(values(i)[k])).join(""),
    code: () => -1,
    codeSpace: null,
    values
  };
}
var CODED_STRATA = 4;
function lineRows(batch, layout, spec) {
  const { chunk, delimiter } = batch;
  const { bytes, starts, ends } = chunk.source;
  const { reorder } = layout;
  const id = spec.id ? chunk.columns.indexOf(spec.id) : -1;
  const by = spec.by.map((name) => chunk.columns.indexOf(name));
  const codes = by.map((k) => chunk.codes[k]);
  const values = (i) => {
    const fields = bytes.toString("utf8", starts[i], ends[i]).split(delimiter);
    return reorder ? reorder.map((k) => fields[k]) : fields;
  };
  return {
    key: (i) => id >= 0 ? textAt(chunk, id, i) : values(i).join(""),
    stratum: (i) => by.map((k) => textAt(chunk, k, i)).join(""),
    code: (i) => {
      if (codes.length > CODED_STRATA) return -1;
      let code = 0;
      for (let k = 0, scale = 1; k < codes.length; k++, scale *= 4096) {
        const c = codes[k][i];
        if (c < 0) return -1;
        code += c * scale;
      }
      return code;
    },
    // The parser's interned values: the same table for every chunk of a file, so its codes mean the same.
    codeSpace: chunk.texts[by[0]] ?? null,
    values
  };
}
function isLines(batch) {
  return "chunk" in batch;
}
function checkSpec(spec) {
  if (!["uniform", "stratified", "reservoir", "time"].includes(spec.method)) {
    throw new DataError(
      `unknown sampling method ${JSON.stringify(spec.method)}`,
      {},
      { hint: "use uniform, stratified, reservoir or time" }
    );
  }
  if (spec.fraction !== void 0 && !(spec.fraction > 0 && spec.fraction <= 1)) {
    throw new DataError(`the sample fraction must be in (0, 1], got ${spec.fraction}`);
  }
  if (spec.n !== void 0 && !(Number.isSafeInteger(spec.n) && spec.n >= 1))
    throw new DataError(`the sample size n must be a positive integer, got ${spec.n}`);
  if (spec.method === "reservoir" && spec.n === void 0) throw new DataError("reservoir sampling needs n");
  if (spec.method === "time" && !(spec.column && spec.days !== void 0 && spec.days > 0))
    throw new DataError("time sampling needs a timestamp column and days > 0");
}
function layoutOf(file, available, columns, spec) {
  const needed = [.../* @__PURE__ */ new Set([...spec.required, ...spec.by, ...spec.id ? [spec.id] : [], ...spec.column ? [spec.column] : []])];
  for (const name of needed) {
    if (!available.includes(name)) {
      const role = spec.by.includes(name) ? "stratum column" : name === spec.column ? "timestamp column" : name === spec.id ? "id column" : "column";
      throw new DataError(
        `${role} ${JSON.stringify(name)} is not in the data`,
        { file, column: name },
        { hint: `columns: ${available.join(", ")}` }
      );
    }
  }
  let reorder = null;
  if (available !== columns && available.join("") !== columns.join("")) {
    if (available.length !== columns.length || columns.some((name) => !available.includes(name))) {
      throw new DataError(
        `the files of one dataset must have the same columns; this one has ${available.join(", ")} and the first had ${columns.join(", ")}`,
        { file }
      );
    }
    reorder = columns.map((name) => available.indexOf(name));
  }
  const at = (name) => columns.indexOf(name);
  return { source: available, reorder, id: spec.id ? at(spec.id) : -1, by: spec.by.map(at), time: spec.column ? at(spec.column) : -1 };
}
var StratumPool = class {
  constructor(spec, name) {
    this.name = name;
    this.n = spec.method === "reservoir" || spec.method === "uniform" ? spec.n : void 0;
    this.fraction = this.n === void 0 ? spec.fraction ?? 1 : 1;
    this.floor = spec.method === "stratified" ? spec.minPerStratum : 0;
  }
  name;
  count = 0;
  candidates = [];
  limit = 1;
  smallestDropped = Infinity;
  fraction;
  floor;
  n;
  /** Counts a row; false when its draw rules it out (then it need not be built). */
  wants(draw) {
    this.count++;
    if (draw < this.limit) return true;
    if (draw < this.smallestDropped) this.smallestDropped = draw;
    return false;
  }
  /** A row `wants` accepted. */
  add(row) {
    this.candidates.push(row);
    if (this.candidates.length >= 2 * this.expected() + 64) this.prune();
  }
  /** The `target` rows with the smallest (draw, position), in input order. */
  select() {
    const target = this.target();
    const rows = this.candidates;
    let kept = rows;
    if (rows.length > target) {
      const cut = target > 0 ? kthDraw(rows, target) : -Infinity;
      let ties = target - rows.reduce((n, row) => n + (row.draw < cut ? 1 : 0), 0);
      kept = rows.filter((row) => row.draw < cut || row.draw === cut && ties-- > 0);
    }
    const largest = kept.reduce((max, row) => Math.max(max, row.draw), -Infinity);
    if (kept.length < target || largest >= this.smallestDropped) {
      throw new DataError("the one-pass sample dropped a row it needed; choose another seed", {});
    }
    return kept;
  }
  target() {
    if (this.n !== void 0) return Math.min(this.n, this.count);
    return Math.min(this.count, Math.max(this.floor, Math.round(this.fraction * this.count)));
  }
  expected() {
    return this.n ?? Math.max(this.floor, this.fraction * this.count);
  }
  /** Drops the candidates whose draw the final cut cannot reach; they stay in input order. */
  prune() {
    const rows = this.candidates;
    const keep = Math.max(this.floor, this.n ?? 0);
    if (this.n !== void 0) {
      this.limit = kthDraw(rows, keep) + Number.EPSILON;
    } else {
      const f = this.fraction;
      this.limit = Math.min(1, f + SIGMAS * Math.sqrt(f * (1 - f) / this.count) + SIGMAS / this.count);
    }
    let cut = this.limit;
    if (keep > 0 && rows.reduce((n, row) => n + (row.draw < cut ? 1 : 0), 0) < keep) cut = kthDraw(rows, keep) + Number.EPSILON;
    const kept = [];
    for (const row of rows) {
      if (row.draw < cut) kept.push(row);
      else if (row.draw < this.smallestDropped) this.smallestDropped = row.draw;
    }
    this.candidates = kept;
    if (this.n === void 0 && this.floor > 0 && kept.length > this.floor)
      this.limit = Math.max(this.limit, kthDraw(kept, this.floor) + Number.EPSILON);
  }
};
function kthDraw(rows, k) {
  const draws = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) draws[i] = rows[i].draw;
  return draws.sort()[k - 1];
}
var TimeWindow = class {
  constructor(span) {
    this.span = span;
  }
  span;
  kept = [];
  newest = -Infinity;
  pruneAt = 1024;
  see(time) {
    if (time > this.newest) this.newest = time;
  }
  add(row, time) {
    this.see(time);
    if (time < this.newest - this.span) return;
    this.kept.push({ row, time });
    if (this.kept.length >= this.pruneAt) {
      this.prune();
      this.pruneAt = Math.max(1024, 2 * this.kept.length);
    }
  }
  rows() {
    this.prune();
    return this.kept.map((k) => k.row);
  }
  prune() {
    const cut = this.newest - this.span;
    this.kept = this.kept.filter((k) => k.time >= cut);
  }
};
function timestampOf(value, row, column) {
  const time = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : Date.parse(value) : NaN;
  if (!Number.isFinite(time)) {
    throw new DataError(`timestamp ${JSON.stringify(value ?? "")} is neither ISO 8601 text nor epoch milliseconds`, {
      file: row.file,
      line: row.line,
      column
    });
  }
  return time;
}
function stratumName(values, columns) {
  return columns.map((name, i) => `${name}=${JSON.stringify(asText(values[i]))}`).join(", ");
}
function asText(value) {
  if (typeof value === "string") return value;
  if (value === null || value === void 0) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

// shared/train/split.ts
function splitHoldout(rows, fraction, seed, strata) {
  const byStratum = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const name = strata(row);
    let list = byStratum.get(name);
    if (!list) byStratum.set(name, list = []);
    list.push({ row, draw: keyUniform(row.key, seed) });
  }
  const held = /* @__PURE__ */ new Set();
  for (const list of byStratum.values()) {
    list.sort((a, b) => a.draw - b.draw || a.row.position - b.row.position);
    const count = list.length < 2 ? 0 : Math.min(list.length - 1, Math.max(1, Math.round(fraction * list.length)));
    for (let i = 0; i < count; i++) held.add(list[i].row);
  }
  return { train: rows.filter((row) => !held.has(row)), holdout: rows.filter((row) => held.has(row)) };
}

// shared/train/sample-origins.ts
var ORIGINS_FILE = "sample-origins.bin";
var ROW_BYTES = 24;
function encodeOrigins(rows, files) {
  const index = new Map(files.map((file, i) => [file, i]));
  const bytes = Buffer.alloc(rows.length * ROW_BYTES);
  rows.forEach((row, i) => {
    const file = index.get(row.file);
    if (file === void 0) throw new Error(`sampled row from ${row.file}, which is not one of the dataset's files`);
    bytes.writeDoubleLE(file, i * ROW_BYTES);
    bytes.writeDoubleLE(row.line, i * ROW_BYTES + 8);
    bytes.writeDoubleLE(row.position, i * ROW_BYTES + 16);
  });
  return bytes;
}
function restoreOrigins(bytes, rows, files, where) {
  const refuse = (why) => {
    throw new DataError(
      `the cached sample's origins ${why}`,
      { file: where },
      { hint: "delete the cache entry; the next run draws the sample again" }
    );
  };
  if (bytes.length !== rows.length * ROW_BYTES) refuse(`hold ${bytes.length} bytes, not ${rows.length} rows of ${ROW_BYTES}`);
  let previous = -1;
  rows.forEach((row, i) => {
    const file = bytes.readDoubleLE(i * ROW_BYTES);
    const line = bytes.readDoubleLE(i * ROW_BYTES + 8);
    const position = bytes.readDoubleLE(i * ROW_BYTES + 16);
    if (!(Number.isInteger(file) && file >= 0 && file < files.length)) refuse(`name file ${file} of ${files.length} at row ${i + 1}`);
    if (!(Number.isSafeInteger(line) && line >= 1)) refuse(`give line ${line} at row ${i + 1}`);
    if (!(Number.isSafeInteger(position) && position > previous)) refuse(`are not in input order at row ${i + 1}`);
    previous = position;
    row.file = files[file];
    row.line = line;
    row.position = position;
  });
}

// shared/commands/train-behavioral.ts
import { existsSync } from "node:fs";
import path2 from "node:path";
async function trainedBehavioral(loaded, modelDir, holdout, readOptions, platform) {
  const { config } = loaded;
  const tests = config.evaluate.behavioral;
  const at = (pointer) => ({ ...configPosition(loaded, pointer), path: pointer });
  if (tests.length === 0) {
    if (config.evaluate.behavioral_baseline)
      throw new ConfigError(
        "`evaluate.behavioral_baseline` is a baseline for behavioral tests, and evaluate.behavioral has none",
        at("/evaluate/behavioral_baseline")
      );
    return null;
  }
  if (!existsSync(path2.join(modelDir, MODEL_FILE)) || !existsSync(path2.join(modelDir, PREPROCESSING_FILE)))
    throw new ConfigError(
      "evaluate.behavioral needs a model to ask, and the trainer left no TF.js model (model.json and preprocessing.json)",
      at("/evaluate/behavioral"),
      {
        hint: "train with the built-in trainer (train.model), or run the tests with `modelgate evaluate --model SPEC` on the trained model"
      }
    );
  const adapter = await openModel({ kind: "tfjs", dir: modelDir });
  let baseline;
  try {
    const settings = config.evaluate.behavioral_baseline;
    if (settings) baseline = (await openScoring(settings, "/evaluate/behavioral_baseline", readOptions, at, platform)).adapter;
    checkBehavioral(tests, adapter.features, at, baseline !== void 0);
    const keep = Math.max(0, ...tests.filter((t) => t.cases === void 0).map((t) => t.max_cases));
    const head = { rows: [], origins: [] };
    for (const row of holdout.rows.slice(0, keep)) {
      head.rows.push(Object.fromEntries(holdout.columns.map((c, j) => [c, row.values[j]])));
      head.origins.push({ file: row.file, line: row.line });
    }
    const against = baseline ? ` (baseline ${baseline.endpoint})` : "";
    const { checks, results } = await platform.group(
      `Behavioral tests of the trained model${against}: ${tests.map((t) => t.name).join(", ")}`,
      () => runBehavioral(tests, { config, adapter, baseline, head, readOptions, at })
    );
    return { checks, tests: orderTests(results) };
  } finally {
    await adapter.close();
    await baseline?.close();
  }
}

// shared/commands/train.ts
var SAMPLE_DIR = "sample";
async function train(options, platform) {
  const loaded = await loadConfig(
    options.config,
    {
      baseline: options.baseline,
      "train.dataset": options.dataset,
      "train.baseline_manifest": options.baselineManifest
    },
    "train"
  );
  try {
    return await trainLoaded(options, platform, loaded);
  } catch (error) {
    throw locateInConfig(error, loaded);
  }
}
async function trainLoaded(options, platform, loaded) {
  const settings = trainConfigOf(loaded);
  const { config } = loaded;
  if (settings.dataset === void 0) {
    throw new ConfigError(
      "no dataset to train on",
      { file: loaded.file, path: "/train" },
      { hint: "set train.dataset in the config, or pass --dataset (action input `dataset`)" }
    );
  }
  const out = options.out;
  const modelDir = path3.join(out, "model");
  const staging = path3.join(out, ".model-staging");
  await clearPreviousRun(out, modelDir, staging);
  const progress = createProgressReporter(platform);
  const readOptions = trainReadOptions(config, progress);
  const files = await resolveFiles(settings.dataset, readOptions);
  const inputs = await hashFiles(files.map((f) => f.path));
  const spec = sampleSpecOf(config, settings);
  const cacheKey = `modelgate-train-sample-${sha256(JSON.stringify({ inputs: inputs.map((i) => i.sha256), spec, format: settings.sample.format, read: [config.data.format, config.data.delimiter, config.data.max_bad_rows], origins: 1 })).slice(0, 40)}`;
  const cacheDir = path3.join(out, SAMPLE_DIR);
  const sampleFile = path3.join(cacheDir, `sample.${settings.sample.format}`);
  const { sample, cacheHit } = await sampleOrRestore(settings, platform, {
    cacheDir,
    cacheKey,
    sampleFile,
    files,
    readOptions,
    spec,
    progress
  });
  for (const warning of sample.warnings) platform.warning(warning);
  if (sample.rows.length === 0)
    throw new DataError(
      "the sample is empty: no row was selected",
      { file: files[0].path },
      { hint: "raise train.sample.fraction or n, or check the time window" }
    );
  const label = config.data.label;
  const labelAt = sample.columns.indexOf(label);
  if (labelAt < 0)
    throw new DataError(
      `label column ${JSON.stringify(label)} is not in the data`,
      { file: files[0].path, column: label },
      { hint: `columns: ${sample.columns.join(", ")}` }
    );
  const holdoutStrata = stratumOf(sample.columns, settings.sample.method === "stratified" ? spec.by : [label]);
  const holdoutSeed = settings.holdout.seed ?? settings.sample.seed;
  const { trainRows, holdoutRows, holdoutColumns } = await holdoutSplit(settings, sample, readOptions, label, holdoutSeed, holdoutStrata);
  if (holdoutRows.length === 0)
    throw new DataError(
      "no held-out rows to evaluate on",
      { file: files[0].path },
      { hint: "raise train.holdout.fraction or the sample size" }
    );
  checkClasses(config, trainRows, labelAt, "training rows");
  const trainFile = path3.join(out, `train.${settings.sample.format}`);
  const trainValues = trainRows.map((r) => r.values);
  await writeTable(trainFile, settings.sample.format, sample.columns, trainValues);
  let scores;
  let trainer;
  let reproducibility = null;
  const trainSection = {};
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
      trainSection
    }));
  } else {
    const result = await runExternal(settings, loaded, out, staging, label, trainFile, holdoutRows, holdoutColumns, platform);
    scores = result.scores;
    trainer = result.trainer;
    Object.assign(trainSection, { trainer: "command", command: settings.command });
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
    cacheHit
  });
  const manifestBaseline = await manifestBaselineOf(
    settings.baseline_manifest,
    { inputs, sample: sampleRecord(sampleInput) },
    readOptions.workspace,
    platform
  );
  const behavioral = await trainedBehavioral(loaded, staging, { rows: holdoutRows, columns: holdoutColumns }, readOptions, platform);
  const predictions = heldOutPredictions(config, holdoutColumns, holdoutRows, scores);
  const predictionsFile = path3.join(out, "predictions.csv");
  await writeTable(predictionsFile, "csv", predictions.columns, rowsOf(predictions));
  const baselineFiles = manifestBaseline && "predictions" in manifestBaseline ? [manifestBaseline.predictions] : void 0;
  const gated = await evaluate(
    {
      config: loaded.file,
      as: {
        ...trainReportParts(settings, manifestBaseline, reproducibility, holdoutRows.length, sample.rows.length, holdoutSeed, behavioral),
        predictions
      }
    },
    platform,
    { ...loaded, config: predictionsConfig(config, predictions.columns[predictions.columns.length - 1], baselineFiles) }
  );
  const report = gated.report;
  const modelFiles = (await readdir(staging).catch(() => [])).sort().map((name) => path3.join(staging, name));
  const manifestFile = path3.join(out, "manifest.json");
  const manifest = buildManifest({
    config: loaded,
    inputs,
    sample: sampleInput,
    trainer,
    model: { dir: modelDir, files: (await hashFiles(modelFiles)).map((f) => ({ ...f, file: path3.basename(f.file) })) },
    predictions: (await hashFiles([predictionsFile])).map((f) => ({ ...f, file: path3.relative(path3.dirname(manifestFile), f.file) }))[0],
    report
  });
  report.sections = {
    ...report.sections,
    ...behavioral ? { behavioral: { tests: behavioral.tests } } : {},
    train: {
      ...trainSection,
      sample: sampleSection(settings, sample, trainRows.length, holdoutRows.length, cacheHit, sampleFile),
      data: sample.data
    },
    lineage: manifest
  };
  if (modelFiles.length > 0) await rename(staging, modelDir);
  await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}
`);
  if (settings.cache && !cacheHit && platform.saveCache) await platform.saveCache([cacheDir], cacheKey);
  const artifact = await uploadRun(settings, platform, report, out, [
    manifestFile,
    predictionsFile,
    ...modelFiles.length ? (await readdir(modelDir)).sort().map((name) => path3.join(modelDir, name)) : []
  ]);
  return { report, manifest: manifestFile, modelDir: modelFiles.length ? modelDir : null, ...artifact ? { artifact } : {} };
}
async function clearPreviousRun(out, modelDir, staging) {
  await Promise.all([
    rm(modelDir, { recursive: true, force: true }),
    rm(staging, { recursive: true, force: true }),
    rm(path3.join(out, "manifest.json"), { force: true })
  ]);
  await mkdir(out, { recursive: true });
}
function trainReadOptions(config, progress) {
  return {
    format: config.data.format,
    delimiter: config.data.delimiter,
    maxBadRows: config.data.max_bad_rows,
    maxLineBytes: config.data.max_line_bytes,
    maxFieldBytes: config.data.max_field_bytes,
    ...dataPathPolicy(config),
    onProgress: progress
  };
}
function sampleSection(settings, sample, trainRows, holdoutRows, cacheHit, file) {
  return {
    method: settings.sample.method,
    seed: settings.sample.seed,
    rows_read: sample.data.rowsRead,
    rows: sample.rows.length,
    train_rows: trainRows,
    holdout_rows: holdoutRows,
    strata: sample.strata,
    cache_hit: cacheHit,
    file
  };
}
async function uploadRun(settings, platform, report, out, files) {
  if (settings.artifact === false || !platform.uploadArtifact) return void 0;
  const reportFiles = await writeReportFiles(report, out);
  const artifact = report.verdict === "fail" ? `${settings.artifact}-failed` : settings.artifact;
  const uploaded = await platform.uploadArtifact(
    artifact,
    [files[0], reportFiles.json, reportFiles.markdown, reportFiles.junit, ...files.slice(1)],
    out
  );
  platform.info(`artifact ${artifact} uploaded: ${uploaded.location}`);
  return artifact;
}
function sampleInputOf(settings, run) {
  const { sampleFile, sampleSha256, by, sample, trainRows, holdoutRows, holdoutSeed, cacheKey, cacheHit } = run;
  return {
    file: sampleFile,
    sha256: sampleSha256,
    settings: settings.sample,
    by: settings.sample.method === "stratified" ? by : void 0,
    strata: sample.strata,
    rowsRead: sample.data.rowsRead,
    rows: sample.rows.length,
    trainRows: trainRows.length,
    holdoutRows: holdoutRows.length,
    holdout: settings.holdout.file !== void 0 ? { file: settings.holdout.file } : { fraction: settings.holdout.fraction, seed: holdoutSeed },
    holdoutSha256: sha256(holdoutRows.map((r) => r.key).join("\n")),
    cache: settings.cache ? { key: cacheKey, hit: cacheHit } : void 0
  };
}
async function manifestBaselineOf(manifestFile, current, workspace, platform) {
  if (manifestFile === void 0) return void 0;
  const found = await baselineFromManifest(manifestFile, current, workspace);
  if ("problem" in found) platform.warning(`the baseline manifest ${manifestFile} cannot be used: ${found.problem}`);
  else platform.info(`baseline: ${found.predictions}, from the manifest ${manifestFile}`);
  return found;
}
function trainReportParts(settings, manifestBaseline, reproducibility, holdout, sampled, holdoutSeed, behavioral) {
  const split = settings.holdout.file !== void 0 ? `the file ${[settings.holdout.file].flat().join(", ")}` : `${settings.holdout.fraction} of each stratum, seed ${holdoutSeed}`;
  return {
    gate: "train",
    checks: [...reproducibility ? [reproducibility] : [], ...behavioral?.checks ?? []],
    notes: [
      ...baselineNotes(settings.baseline_manifest, manifestBaseline),
      `Held-out rows: ${holdout} of the ${sampled} sampled (${split}); the model never saw them.`
    ],
    ...manifestBaseline && "problem" in manifestBaseline ? { baselineMissing: baselineProblem(settings.baseline_manifest, manifestBaseline.problem) } : {}
  };
}
function baselineProblem(manifestFile, problem) {
  return `the baseline manifest ${manifestFile} cannot be used: ${problem}`;
}
function baselineNotes(manifestFile, manifestBaseline) {
  if (manifestBaseline && "problem" in manifestBaseline)
    return [`No baseline: ${baselineProblem(manifestFile, manifestBaseline.problem)}.`];
  if (manifestBaseline)
    return [`Baseline: the held-out predictions recorded by ${manifestFile}, on the same held-out rows (same data, sampling and split).`];
  return [];
}
async function holdoutSplit(settings, sample, readOptions, label, holdoutSeed, holdoutStrata) {
  let trainRows;
  let holdoutRows;
  let holdoutColumns = sample.columns;
  if (settings.holdout.file !== void 0) {
    trainRows = sample.rows;
    const held = await readRows(settings.holdout.file, readOptions, [label, ...settings.model?.features ?? []]);
    holdoutRows = held.rows;
    holdoutColumns = held.columns;
  } else {
    ({ train: trainRows, holdout: holdoutRows } = splitHoldout(sample.rows, settings.holdout.fraction, holdoutSeed, holdoutStrata));
  }
  return { trainRows, holdoutRows, holdoutColumns };
}
async function sampleOrRestore(settings, platform, source) {
  const { cacheDir, cacheKey, sampleFile, files, readOptions, spec, progress } = source;
  let cacheHit = false;
  if (settings.cache && platform.restoreCache) {
    cacheHit = await platform.restoreCache([cacheDir], cacheKey) === cacheKey;
    platform.info(cacheHit ? `sample restored from cache ${cacheKey}` : `no cached sample for ${cacheKey}`);
  }
  let sample;
  if (cacheHit) {
    const paths = files.map((f) => f.path);
    sample = await platform.group("Reading the cached sample", () => readCachedSample(cacheDir, sampleFile, spec, paths));
  } else {
    await rm(cacheDir, { recursive: true, force: true });
    sample = await platform.group(`Sampling ${files.map((f) => f.path).join(", ")}`, async () => {
      try {
        return await drawSample(
          files.map((f) => f.path),
          readOptions,
          spec
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
      sample.rows.map((r) => r.values)
    );
    await writeFile(
      path3.join(cacheDir, ORIGINS_FILE),
      encodeOrigins(
        sample.rows,
        files.map((f) => f.path)
      )
    );
    await writeFile(
      path3.join(cacheDir, "sample.json"),
      JSON.stringify({ columns: sample.columns, strata: sample.strata, data: sample.data, warnings: sample.warnings })
    );
  }
  return { sample, cacheHit };
}
async function trainWithBuiltin(model, run_) {
  const { settings, loaded, platform, trainRows, holdoutRows, holdoutColumns, columns, labelAt, staging, trainSection } = run_;
  const runtime = await loadTensorflow();
  platform.info(`TensorFlow.js backend: ${runtime.backend}${runtime.skipped.length ? ` (${runtime.skipped.join("; ")})` : ""}`);
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
      impute: model.impute
    }
  );
  const x = encodeRows(
    preprocessing,
    trainRows.map((r) => r.values),
    columns,
    origins
  );
  const y = labelsOf(loaded.config, trainRows, labelAt);
  const run = await platform.group(
    `Training ${model.type} on ${trainRows.length} rows (${runtime.backend})`,
    () => trainBuiltin(runtime, model, x, y, preprocessing.width, settings.sample.seed)
  );
  platform.info(`trained in ${run.seconds.toFixed(2)} s; final loss ${run.history[run.history.length - 1].loss.toFixed(4)}`);
  let reproducibility = null;
  if (settings.reproducible) {
    const again = await platform.group(
      "Training again to check reproducibility",
      () => trainBuiltin(runtime, model, x, y, preprocessing.width, settings.sample.seed)
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
    holdoutRows.map((r) => ({ file: r.file, line: r.line }))
  );
  await run.model.save(directoryHandler(staging));
  await writeFile(path3.join(staging, PREPROCESSING_FILE), `${JSON.stringify(preprocessing, null, 1)}
`);
  run.model.dispose();
  const trainer = builtinRecord(model, runtime, preprocessing);
  Object.assign(trainSection, {
    trainer: "built-in",
    model: model.type,
    backend: runtime.backend,
    backend_notes: runtime.skipped,
    features: preprocessing.features.map(
      (f) => f.kind === "numeric" ? { name: f.name, kind: f.kind } : { name: f.name, kind: f.kind, categories: f.categories.length }
    ),
    epochs: run.history.length,
    ...run.stoppedAfter ? { stopped_early_after: run.stoppedAfter } : {},
    loss: run.history.map((h) => round(h.loss)),
    ...run.history.some((h) => h.val_loss !== void 0) ? { val_loss: run.history.map((h) => round(h.val_loss)) } : {},
    weights_sha256: run.weightsSha256
  });
  return { scores, trainer, reproducibility };
}
function sampleSpecOf(config, settings) {
  const s = settings.sample;
  return {
    method: s.method,
    fraction: s.fraction,
    n: s.n,
    by: s.method === "stratified" ? s.by ?? [config.data.label, ...config.data.groups] : [],
    minPerStratum: s.min_per_stratum,
    column: s.column,
    days: s.days,
    seed: s.seed,
    id: config.data.id,
    required: [
      config.data.label,
      ...settings.model?.features ?? [],
      ...config.data.groups,
      ...config.data.slices,
      ...config.data.weight ? [config.data.weight] : []
    ]
  };
}
function stratumOf(columns, by) {
  const at = by.map((name) => columns.indexOf(name));
  return (row) => stratumName(
    at.map((k) => row.values[k]),
    by
  );
}
async function readCachedSample(dir, file, spec, files) {
  const { readFile: readFile2 } = await import("node:fs/promises");
  const meta = JSON.parse(await readFile2(path3.join(dir, "sample.json"), "utf8"));
  const { rows } = await readRows(file, { maxBadRows: 0 }, meta.columns, spec.id);
  const origins = path3.join(dir, ORIGINS_FILE);
  const bytes = await readFile2(origins).catch((error) => {
    throw new DataError(`the cached sample has no origins (${error.code ?? error.message})`, { file: origins });
  });
  restoreOrigins(bytes, rows, files, origins);
  return { ...meta, rows };
}
async function readRows(paths, options, required, id) {
  const rows = [];
  let columns;
  for await (const batch of readTable(paths, { ...options, onProgress: void 0 })) {
    columns ??= batch.columns;
    for (const name of required) {
      if (!batch.columns.includes(name))
        throw new DataError(
          `column ${JSON.stringify(name)} is not in the data`,
          { file: batch.file, column: name },
          { hint: `columns: ${batch.columns.join(", ")}` }
        );
    }
    if (batch.columns.join("") !== columns.join(""))
      throw new DataError("the files of one dataset must have the same columns in the same order", { file: batch.file });
    const idAt = id ? columns.indexOf(id) : -1;
    batch.rows.forEach((values, i) => {
      const key = idAt >= 0 ? String(values[idAt]) : values.map((v) => v === null || v === void 0 ? "" : typeof v === "object" ? JSON.stringify(v) : String(v)).join("");
      rows.push({ values, file: batch.file, line: batch.lines[i], position: rows.length, key, draw: 0, stratum: "" });
    });
  }
  return { columns: columns ?? required, rows };
}
function labelsOf(config, rows, labelAt) {
  const read = labelReader(bindingsOf(config));
  const y = new Float32Array(rows.length);
  rows.forEach((row, i) => {
    const value = read(row.values[labelAt]);
    if (value < 0) {
      throw new DataError(
        `label ${JSON.stringify(String(row.values[labelAt] ?? ""))} is not a class of this binary task`,
        { file: row.file, line: row.line, column: config.data.label },
        {
          hint: "labels are 0/1, true/false or yes/no unless data.classes or data.positive_label names them"
        }
      );
    }
    y[i] = value;
  });
  return y;
}
function checkClasses(config, rows, labelAt, what) {
  const seen = new Set(rows.map((row) => String(row.values[labelAt] ?? "")));
  if (seen.size < 2) {
    throw new DataError(
      `the ${what} hold one class only (${[...seen].map((v) => JSON.stringify(v)).join(", ") || "none"}): a model cannot be trained`,
      { file: rows[0]?.file, column: config.data.label },
      {
        hint: "sample more rows, or stratify by the label (train.sample.method: stratified) so that every class is kept"
      }
    );
  }
}
function reproducibilityCheck(first, second, loaded) {
  const differing = firstDifference(first.weights, second.weights);
  const at = configPosition(loaded, "/train/reproducible");
  return {
    id: "reproducible",
    title: "Training is reproducible",
    status: differing ? "fail" : "pass",
    raw_status: differing ? "fail" : "pass",
    severity: "fail",
    metric: "weights_sha256",
    value: null,
    bound: { on: "point" },
    interval: null,
    n: first.weights.length,
    reason: differing ? `Two trainings with the same data and seed gave different weights: first differing tensor ${differing} (hashes ${first.weightsSha256.slice(0, 12)} vs ${second.weightsSha256.slice(0, 12)}).` : `Two trainings with the same data and seed gave identical weights (${first.weights.length} tensors, sha256 ${first.weightsSha256.slice(0, 12)}).`,
    rule: { index: -1, ...at }
  };
}
function builtinRecord(model, runtime, preprocessing) {
  return {
    kind: "built-in",
    spec: model,
    spec_sha256: sha256(JSON.stringify(model)),
    backend: runtime.backend,
    versions: runtime.versions,
    preprocessing_sha256: sha256(JSON.stringify(preprocessing))
  };
}
async function runExternal(settings, loaded, out, staging, label, trainFile, holdoutRows, holdoutColumns, platform) {
  const where = { ...configPosition(loaded, "/train/command"), path: "/train/command" };
  const holdoutFile = path3.join(out, `holdout.${settings.sample.format}`);
  const keep = holdoutColumns.map((_, k) => k).filter((k) => holdoutColumns[k] !== label);
  await writeTable(
    holdoutFile,
    settings.sample.format,
    keep.map((k) => holdoutColumns[k]),
    holdoutRows.map((r) => keep.map((k) => r.values[k]))
  );
  const predictions = path3.join(out, "trainer-predictions.csv");
  await rm(predictions, { force: true });
  await mkdir(staging, { recursive: true });
  const argv = fillPlaceholders(
    shellWords(settings.command, where),
    {
      sample: trainFile,
      holdout: holdoutFile,
      predictions,
      model_dir: staging,
      out,
      seed: String(settings.sample.seed),
      label
    },
    where
  );
  platform.info(`running the trainer: ${JSON.stringify(argv)}`);
  const { seconds } = await platform.group(
    "External trainer",
    () => runCommand({
      argv,
      env: childEnvironment(settings.env),
      timeoutMs: settings.timeout_minutes * 6e4,
      where,
      onLine: (stream, line) => stream === "stderr" ? platform.info(`[trainer stderr] ${line}`) : platform.info(`[trainer] ${line}`)
    })
  );
  platform.info(`the trainer finished in ${seconds.toFixed(1)} s`);
  const read = await readRows(predictions, { maxBadRows: 0 }, ["score"]).catch((error) => {
    if (error instanceof DataError && /file not found/.test(error.message)) {
      throw new DataError(
        "the trainer did not write its predictions",
        { file: predictions },
        { hint: "write one row per held-out row, in order, with a `score` column, to the {predictions} path" }
      );
    }
    throw error;
  });
  if (read.rows.length !== holdoutRows.length) {
    throw new DataError(
      `the trainer wrote ${read.rows.length} predictions for ${holdoutRows.length} held-out rows`,
      { file: predictions },
      { hint: "write one row per held-out row, in the order of {holdout}" }
    );
  }
  const at = read.columns.indexOf("score");
  const scores = new Float64Array(read.rows.length);
  read.rows.forEach((row, i) => {
    const value = typeof row.values[at] === "number" ? row.values[at] : Number(row.values[at]);
    if (!(Number.isFinite(value) && value >= 0 && value <= 1) || row.values[at] === "") {
      throw new DataError(`score ${JSON.stringify(row.values[at])} is not a probability in [0, 1]`, {
        file: predictions,
        line: row.line,
        column: "score"
      });
    }
    scores[i] = value;
  });
  return { scores, trainer: { kind: "command", command: settings.command, argv } };
}
function heldOutPredictions(config, columns, rows, scores) {
  const roles = [
    .../* @__PURE__ */ new Set([
      config.data.label,
      ...config.data.id ? [config.data.id] : [],
      ...config.data.groups,
      ...config.data.slices,
      ...config.data.weight ? [config.data.weight] : []
    ])
  ];
  for (const name of roles)
    if (!columns.includes(name))
      throw new DataError(`column ${JSON.stringify(name)} is not in the held-out data`, { file: rows[0]?.file, column: name });
  const scoreName = roles.includes("score") ? "modelgate_score" : "score";
  const sources = [...new Set(rows.map((row) => row.file))];
  const shown = sources.length > 3 ? `${sources.slice(0, 3).join(", ")} and ${sources.length - 3} more` : sources.join(", ");
  return {
    name: `held-out predictions in memory (rows of ${shown})`,
    columns: [...roles, scoreName],
    values: [
      ...roles.map((name) => {
        const at = columns.indexOf(name);
        return rows.map((row) => row.values[at]);
      }),
      scores
    ],
    origins: rows
  };
}
function* rowsOf(table) {
  for (let i = 0; i < table.origins.length; i++) yield table.values.map((column) => column[i]);
}
function predictionsConfig(config, scoreName, baseline) {
  const data = { ...config.data, score: scoreName, format: "csv", ...baseline ? { baseline } : {} };
  delete data.predictions;
  delete data.prediction;
  delete data.delimiter;
  return { ...config, data };
}
function sha256(text) {
  return createHash3("sha256").update(text).digest("hex");
}
function round(value) {
  return Math.round(value * 1e6) / 1e6;
}
export {
  train
};
