import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  csvWriter
} from "./chunk-KQLE6GTY.js";
import "./chunk-4N5IKU52.js";
import {
  checkModelEnv,
  headersFromEnv,
  openModel,
  parseModelSpec
} from "./chunk-M5D2EL2K.js";
import {
  configPosition,
  createProgressReporter,
  finishChecks,
  judgeMeasurement
} from "./chunk-I5HSDLNW.js";
import {
  checkJsonRequest
} from "./chunk-25AU774R.js";
import "./chunk-PSY2UPIN.js";
import "./chunk-7PH4F4CC.js";
import {
  shorten
} from "./chunk-UKZD7QTU.js";
import {
  countStatuses,
  verdictOf
} from "./chunk-YPYHEPH3.js";
import "./chunk-6FWDVCS2.js";
import "./chunk-FW3ZZ2QG.js";
import "./chunk-ZHLQDNGW.js";
import {
  badRowFix,
  checkDataPath,
  dataPathPolicy,
  labelReader,
  readTable
} from "./chunk-ZD34CWCU.js";
import "./chunk-O6GBSEXR.js";
import "./chunk-WGSDQCGC.js";
import {
  keyUniform
} from "./chunk-WMTBHY5M.js";
import {
  decimalNumber
} from "./chunk-CDUPDCSK.js";
import {
  ConfigError,
  DataError,
  UsageError
} from "./chunk-JUZ7LOQF.js";
import "./chunk-ZGDBGMMU.js";

// shared/model/score-dataset.ts
import { mkdir } from "node:fs/promises";
import path from "node:path";

// shared/model/behavioral.ts
var FAILING_SHOWN = 20;
function checkBehavioral(tests, features, at2) {
  const names = /* @__PURE__ */ new Set();
  tests.forEach((test, i) => {
    const here = `/evaluate/behavioral/${i}`;
    if (names.has(test.name)) throw new ConfigError(`two behavioral tests are named ${test.name}`, at2(`${here}/name`));
    names.add(test.name);
    if (test.type === "MFT" && test.perturb !== void 0)
      throw new ConfigError(`behavioral test ${test.name}: an MFT test checks fixed inputs and perturbs nothing`, at2(`${here}/perturb`), {
        hint: "use type INV or DIR to perturb, or drop `perturb`"
      });
    if (test.type !== "MFT" && test.perturb === void 0)
      throw new ConfigError(`behavioral test ${test.name}: an ${test.type} test needs \`perturb\``, at2(here));
    if (test.type === "DIR" && test.expect === void 0)
      throw new ConfigError(`behavioral test ${test.name}: a DIR test needs \`expect: increase\` or \`expect: decrease\``, at2(here));
    if (test.type !== "DIR" && test.expect !== void 0)
      throw new ConfigError(`behavioral test ${test.name}: \`expect\` is for DIR tests`, at2(`${here}/expect`));
    if (test.score_range !== void 0) checkScoreRange(test, here, at2);
    const p = test.perturb ?? {};
    if (p.swap_values !== void 0 && p.swap === void 0)
      throw new ConfigError(`behavioral test ${test.name}: \`swap_values\` needs \`swap\`, the column`, at2(`${here}/perturb/swap_values`));
    const columns = [...Object.keys(p.set ?? {}), ...p.swap ? [p.swap] : [], ...Object.keys({ ...p.noise, ...p.scale, ...p.add })];
    for (const column of columns)
      if (!features.includes(column))
        throw new ConfigError(
          `behavioral test ${test.name} perturbs ${JSON.stringify(column)}, which the model does not read: its score cannot move`,
          at2(`${here}/perturb`),
          { hint: `the model reads ${features.join(", ")}` }
        );
  });
}
function checkScoreRange(test, here, at2) {
  const [low, high] = test.score_range;
  if (test.type !== "MFT")
    throw new ConfigError(`behavioral test ${test.name}: \`score_range\` is for MFT tests`, at2(`${here}/score_range`), {
      hint: "INV and DIR tests hold the score change to `tolerance`"
    });
  if (!(low <= high))
    throw new ConfigError(
      `behavioral test ${test.name}: \`score_range\` must be [low, high] with low <= high, got [${low}, ${high}]`,
      at2(`${here}/score_range`)
    );
}
async function runBehavioral(tests, ctx) {
  const judged = [];
  const results = [];
  for (const [i, test] of tests.entries()) {
    const cases = await casesOf(test, i, ctx);
    const result = test.type === "MFT" ? await runMft(test, cases, ctx) : await runPerturbed(test, cases, ctx);
    results.push(result);
    const rule = { metric: "fail_rate", max: test.max_fail_rate, severity: test.severity };
    const raw = judgeMeasurement(
      rule,
      {
        id: `behavioral[${test.name}]`,
        title: `Behavioral test ${test.name} (${test.type}) fail rate`,
        metric: "fail_rate",
        value: result.fail_rate,
        interval: null,
        n: result.cases,
        evidence: { test: describeTest(test), statistic: result.failed, p_value: null },
        ...result.cases === 0 ? { inconclusive: "no case to run (a swap whose values no case has?)" } : {}
      },
      null
    );
    const first = result.failing[0];
    if (first) raw.reason += `; first failing case ${first.case} (${first.at}): expected ${first.expected}, got ${first.got}`;
    judged.push({ rule, raws: [raw] });
  }
  const checks = finishChecks(judged, ctx.config.evaluate.inconclusive, (index) => {
    const { file, line, column } = ctx.at(`/evaluate/behavioral/${index}`);
    return { file, line, column: typeof column === "number" ? column : void 0 };
  });
  return { checks, results };
}
function describeTest(test) {
  const p = describePerturb(test);
  if (test.type === "MFT")
    return test.score_range ? `MFT: the score lies in [${test.score_range.join(", ")}]` : "MFT: the expected label is predicted";
  if (test.type === "INV") return `INV: |score change| <= ${test.tolerance} under ${p}`;
  return `DIR: the score must ${test.expect} (tolerance ${test.tolerance}) under ${p}`;
}
function describePerturb(test) {
  const p = test.perturb ?? {};
  const parts = [];
  if (p.set) parts.push(`set ${JSON.stringify(p.set)}`);
  if (p.swap) parts.push(`swap ${p.swap}${p.swap_values ? ` ${p.swap_values.join(" <-> ")}` : ""}`);
  if (p.noise) parts.push(`noise ${JSON.stringify(p.noise)} (seed ${test.seed})`);
  if (p.scale) parts.push(`scale ${JSON.stringify(p.scale)}`);
  if (p.add) parts.push(`add ${JSON.stringify(p.add)}`);
  return parts.join(", ");
}
async function casesOf(test, index, ctx) {
  const at2 = `/evaluate/behavioral/${index}/cases`;
  if (test.cases === void 0) return { rows: ctx.head.rows.slice(0, test.max_cases), origins: ctx.head.origins.slice(0, test.max_cases) };
  if (Array.isArray(test.cases)) {
    if (test.cases.length > test.max_cases)
      throw new ConfigError(
        `behavioral test ${test.name} has ${test.cases.length} cases, more than max_cases (${test.max_cases})`,
        ctx.at(at2)
      );
    return {
      rows: test.cases.map((row) => ({ ...row })),
      origins: test.cases.map((_, j) => {
        const where = ctx.at(`${at2}/${j}`);
        return { file: where.file ?? "config", line: where.line ?? 0 };
      })
    };
  }
  const cases = { rows: [], origins: [] };
  for await (const batch of readTable(test.cases, ctx.readOptions)) {
    for (let i = 0; i < batch.rows.length; i++) {
      if (cases.rows.length === test.max_cases)
        throw new DataError(
          `behavioral test ${test.name}: the case file has more than max_cases (${test.max_cases}) rows`,
          { file: batch.file, line: batch.lines[i] },
          { hint: "raise max_cases, or split the file into several tests" }
        );
      const row = /* @__PURE__ */ Object.create(null);
      batch.columns.forEach((c, j) => row[c] = batch.rows[i][j]);
      cases.rows.push(row);
      cases.origins.push({ file: batch.file, line: batch.lines[i] });
    }
  }
  return cases;
}
var at = (origins, i) => `${origins[i].file}:${origins[i].line}`;
var shown = (score) => String(Math.round(score * 1e6) / 1e6);
function inputOf(row, features) {
  return Object.fromEntries(features.map((f) => [f, row[f] ?? null]));
}
function resultOf(test, cases, failing, failed) {
  return { name: test.name, type: test.type, cases, failed, fail_rate: cases === 0 ? null : failed / cases, failing };
}
async function runMft(test, cases, ctx) {
  const { data } = ctx.config;
  const { scores } = await ctx.adapter.predict(cases.rows, cases.origins);
  const classOf = labelReader({ task: data.task, classes: data.classes, positiveLabel: data.positive_label });
  const failing = [];
  let failed = 0;
  cases.rows.forEach((row, i) => {
    const value = row[data.label];
    let ok;
    let expected;
    if (test.score_range) {
      const [low, high] = test.score_range;
      ok = scores[i] >= low && scores[i] <= high;
      expected = `score in [${shown(low)}, ${shown(high)}]`;
    } else if (data.task === "regression") {
      const target = typeof value === "number" ? value : decimalNumber(String(value ?? ""));
      if (!Number.isFinite(target)) throw caseError(test, cases, i, data.label, "needs a numeric expected value");
      ok = Math.abs(scores[i] - target) <= test.tolerance;
      expected = `${shown(target)} \xB1 ${test.tolerance}`;
    } else {
      const expectedClass = classOf(value);
      if (expectedClass < 0)
        throw caseError(test, cases, i, data.label, `needs an expected label, and ${JSON.stringify(value ?? null)} is not one`);
      ok = (scores[i] >= data.threshold ? 1 : 0) === expectedClass;
      expected = `label ${String(value)} (score ${expectedClass === 1 ? ">=" : "<"} ${data.threshold})`;
    }
    if (ok) return;
    failed++;
    if (failing.length < FAILING_SHOWN)
      failing.push({
        case: i + 1,
        at: at(cases.origins, i),
        input: inputOf(row, ctx.adapter.features),
        expected,
        got: `score ${shown(scores[i])}`
      });
  });
  return resultOf(test, cases.rows.length, failing, failed);
}
function caseError(test, cases, i, column, what) {
  return new DataError(`behavioral test ${test.name}: case ${i + 1} ${what}`, { ...cases.origins[i], column });
}
async function runPerturbed(test, cases, ctx) {
  const swap = swapOf(test, cases, ctx, cases.rows.length);
  const kept = [];
  const perturbed = [];
  const changes = [];
  cases.rows.forEach((row, i) => {
    const change = perturbOne(test, row, i, cases, swap);
    if (change === null) return;
    kept.push(i);
    changes.push(change);
    perturbed.push({ ...row, ...change });
  });
  const origins = kept.map((i) => cases.origins[i]);
  const { scores } = await ctx.adapter.predict([...kept.map((i) => cases.rows[i]), ...perturbed], [...origins, ...origins]);
  const failing = [];
  let failed = 0;
  kept.forEach((caseIndex, k) => {
    const before = scores[k];
    const after = scores[kept.length + k];
    const delta = after - before;
    const ok = test.type === "INV" ? Math.abs(delta) <= test.tolerance : test.expect === "increase" ? delta >= -test.tolerance : delta <= test.tolerance;
    if (ok) return;
    failed++;
    if (failing.length < FAILING_SHOWN)
      failing.push({
        case: caseIndex + 1,
        at: at(cases.origins, caseIndex),
        input: inputOf(cases.rows[caseIndex], ctx.adapter.features),
        perturbed: changes[k],
        expected: test.type === "INV" ? `score within ${test.tolerance} of ${shown(before)}` : `score to ${test.expect} from ${shown(before)} (tolerance ${test.tolerance})`,
        got: `score ${shown(after)} (change ${shown(delta)})`
      });
  });
  return resultOf(test, kept.length, failing, failed);
}
function swapOf(test, cases, ctx, limit) {
  const p = test.perturb;
  if (p.swap === void 0) return null;
  if (p.swap_values) return [String(p.swap_values[0]), String(p.swap_values[1])];
  const values = /* @__PURE__ */ new Set();
  for (let i = 0; i < limit && values.size <= 2; i++) {
    const v = cases.rows[i][p.swap];
    if (v !== void 0 && v !== null && v !== "") values.add(String(v));
  }
  if (values.size !== 2) {
    const index = ctx.config.evaluate.behavioral.indexOf(test);
    throw new ConfigError(
      `behavioral test ${test.name}: swap ${p.swap} needs two values, and the cases hold ${values.size > 2 ? "more" : values.size}`,
      ctx.at(`/evaluate/behavioral/${index}/perturb/swap`),
      { hint: "name the pair with `swap_values: [a, b]`" }
    );
  }
  return [...values];
}
function perturbOne(test, row, i, cases, swap) {
  const p = test.perturb;
  const change = { ...p.set };
  if (p.swap !== void 0 && swap) {
    const value = String(row[p.swap] ?? "");
    if (value !== swap[0] && value !== swap[1]) return null;
    change[p.swap] = value === swap[0] ? swap[1] : swap[0];
  }
  const numberAt = (column) => {
    const v = column in change ? change[column] : row[column];
    const n = typeof v === "number" ? v : decimalNumber(String(v ?? ""));
    if (!Number.isFinite(n))
      throw caseError(test, cases, i, column, `perturbs ${column}, and ${JSON.stringify(v ?? null)} is not a number`);
    return n;
  };
  for (const [column, factor] of Object.entries(p.scale ?? {})) change[column] = numberAt(column) * factor;
  for (const [column, amount] of Object.entries(p.add ?? {})) change[column] = numberAt(column) + amount;
  for (const [column, amplitude] of Object.entries(p.noise ?? {}))
    change[column] = numberAt(column) + amplitude * (2 * keyUniform(`${test.name}:${i}:${column}`, test.seed) - 1);
  return change;
}

// shared/model/score-dataset.ts
var MIN_BLOCK_ROWS = 4096;
async function scoreDataset(loaded, out, platform) {
  const { config } = loaded;
  const settings = config.evaluate.model;
  const at2 = (pointer) => ({ ...configPosition(loaded, pointer), path: pointer });
  checkScorable(config, at2);
  const files = [config.data.dataset].flat();
  const readOptions = {
    format: config.data.format,
    delimiter: config.data.delimiter,
    maxBadRows: config.data.max_bad_rows,
    maxLineBytes: config.data.max_line_bytes,
    maxFieldBytes: config.data.max_field_bytes,
    ...dataPathPolicy(config)
  };
  const spec = parseModelSpec(settings.spec, at2("/evaluate/model/spec"));
  if (spec.kind === "tfjs") checkDataPath(path.join(spec.dir, "model.json"), readOptions.workspace);
  if ((spec.kind === "command" || spec.kind === "json" || spec.kind === "kserve") && settings.features === void 0)
    throw new ConfigError(
      `a ${spec.kind} model needs \`evaluate.model.features\`: the columns to send it, in order`,
      at2("/evaluate/model")
    );
  if (spec.kind === "json" !== (settings.json !== void 0))
    throw new ConfigError(
      spec.kind === "json" ? "a json+http model needs `evaluate.model.json`: its request template and the JSON pointer to the scores" : `\`evaluate.model.json\` describes a json+http model, and the model is ${spec.kind}`,
      at2(spec.kind === "json" ? "/evaluate/model" : "/evaluate/model/json"),
      { hint: "for example json: {template: {instances: $rows}, output: /predictions}" }
    );
  const options = adapterOptions(settings, at2, platform);
  const adapter = await openModel(spec, options, at2("/evaluate/model/spec"));
  try {
    const tests = config.evaluate.behavioral;
    checkBehavioral(tests, adapter.features, at2);
    const keep = Math.max(0, ...tests.filter((t) => t.cases === void 0).map((t) => t.max_cases));
    const head = { rows: [], origins: [] };
    const scored = await platform.group(
      `Scoring ${files.join(", ")} through ${adapter.endpoint}`,
      () => scoreThrough(adapter, { config, files, readOptions, out, options, platform, head, keep })
    );
    if (tests.length === 0) return scored;
    const behavioral = await platform.group(
      `Behavioral tests: ${tests.map((t) => t.name).join(", ")}`,
      () => runBehavioral(tests, { config, adapter, head, readOptions, at: at2 })
    );
    return { ...scored, behavioral };
  } finally {
    await adapter.close();
  }
}
function checkScorable(config, at2) {
  if (config.data.dataset === void 0)
    throw new ConfigError("`evaluate.model` needs a dataset to score", at2("/data"), {
      hint: "set data.dataset in the config, or pass --dataset (action input `dataset`)"
    });
  if (config.data.task === "multiclass")
    throw new ConfigError("scoring through a model gives one score per row: binary and regression tasks only", at2("/data/task"), {
      hint: "write the per-class scores to a predictions file and evaluate that"
    });
  if (config.data.prediction !== void 0)
    throw new ConfigError("`data.prediction` names a column of hard predictions, and a model gives scores", at2("/data/prediction"), {
      hint: "drop data.prediction: a score at or above data.threshold is positive"
    });
}
function adapterOptions(settings, at2, platform) {
  const headers = headersFromEnv(settings.headers, "evaluate.model", at2);
  checkModelEnv(settings.env, "evaluate.model", at2);
  return {
    batchSize: settings.batch_size,
    concurrency: settings.concurrency,
    timeoutMs: Math.ceil(settings.timeout_seconds * 1e3),
    retries: settings.retries,
    ...settings.features ? { features: settings.features } : {},
    ...settings.json ? { json: checkJsonRequest(settings.json, (pointer) => at2(`/evaluate/model/json${pointer}`)) } : {},
    headers,
    env: settings.env,
    onLog: (line) => platform.info(`model: ${line}`)
  };
}
async function scoreThrough(adapter, run) {
  const { config, files, out } = run;
  const data = config.data;
  const roles = [
    .../* @__PURE__ */ new Set([data.label, ...data.id ? [data.id] : [], ...data.weight ? [data.weight] : [], ...data.groups, ...data.slices])
  ];
  const features = [...adapter.features];
  const columns = [.../* @__PURE__ */ new Set([...roles, ...features])];
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

// shared/commands/evaluate-model.ts
var DEFAULT_OUT = "modelgate-report";
function scoring(options, loaded) {
  if (options.partials || options.as) return false;
  const flagged = options.model !== void 0 || (options.dataset?.length ?? 0) > 0;
  if (flagged && (options.predictions?.length ?? 0) > 0)
    throw new UsageError("--predictions and --model/--dataset cannot be combined: evaluate either predictions or a model");
  const config = loaded.config;
  if (flagged && config.evaluate.model === void 0)
    throw new ConfigError(
      "--dataset needs a model to score it through",
      { file: loaded.file, path: "/evaluate" },
      {
        hint: "pass --model SPEC (action input `model`), or set evaluate.model.spec in the config"
      }
    );
  const predictions = config.data.predictions;
  const scores = flagged || config.evaluate.model !== void 0 && (predictions === void 0 || predictions.length === 0);
  if (!scores && config.evaluate.behavioral.length > 0)
    throw new ConfigError(
      "evaluate.behavioral needs a model to ask: predictions alone cannot answer a perturbed case",
      { file: loaded.file, path: "/evaluate/behavioral" },
      { hint: "score through a model: --model SPEC --dataset FILE, or evaluate.model and data.dataset in the config" }
    );
  return scores;
}
async function scoreDatasetOf(options, loaded, platform) {
  const scored = await scoreDataset(loaded, options.out ?? DEFAULT_OUT, platform);
  const model = scored.model;
  platform.info(`scored ${model.rows} rows through ${model.endpoint} in ${model.requests} requests; predictions: ${model.predictions}`);
  return {
    config: scored.config,
    annotate(report) {
      report.data = { ...report.data, model };
      if (scored.behavioral) {
        report.checks.push(...scored.behavioral.checks);
        report.verdict = verdictOf(report.checks);
        report.counts = countStatuses(report.checks);
        const tests = [...scored.behavioral.results].sort((a, b) => Number(b.failed > 0) - Number(a.failed > 0));
        report.sections = { ...report.sections, behavioral: { tests } };
      }
      report.notes.push(
        `Scores come from the model at ${model.endpoint} (${model.kind}), ${model.rows} rows of ${model.dataset.join(", ")} in ${model.requests} requests of up to ${model.batch_size} rows; they are kept in ${model.predictions}, which can be gated again without the model.`
      );
    }
  };
}
export {
  scoreDatasetOf,
  scoring
};
