import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  finishChecks,
  judgeMeasurement
} from "./chunk-ZSB5QIDP.js";
import {
  labelReader,
  readTable
} from "./chunk-SJ4OJ7LD.js";
import {
  decimalNumber
} from "./chunk-CDUPDCSK.js";
import {
  keyUniform
} from "./chunk-Z7B6ZZR2.js";
import {
  ConfigError,
  DataError
} from "./chunk-JUZ7LOQF.js";

// shared/model/behavioral.ts
var FAILING_SHOWN = 20;
function orderTests(tests) {
  const rank = (t) => ((t.baseline?.new_failures ?? 0) > 0 ? 2 : 0) + (t.failed > 0 ? 1 : 0);
  return [...tests].sort((a, b) => rank(b) - rank(a));
}
function checkBehavioral(tests, features, at2, withBaseline = false) {
  const names = /* @__PURE__ */ new Set();
  tests.forEach((test, i) => {
    const here = `/evaluate/behavioral/${i}`;
    if (names.has(test.name)) throw new ConfigError(`two behavioral tests are named ${test.name}`, at2(`${here}/name`));
    if (test.max_new_failures !== void 0 && !withBaseline)
      throw new ConfigError(
        `behavioral test ${test.name} sets max_new_failures, and there is no baseline model to count new failures against`,
        at2(`${here}/max_new_failures`),
        { hint: "set evaluate.behavioral_baseline (or pass --baseline-model SPEC), or drop max_new_failures" }
      );
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
  const testOf = [];
  const results = [];
  for (const [i, test] of tests.entries()) {
    const cases = await casesOf(test, i, ctx);
    const prepared = test.type === "MFT" ? prepareMft(test, cases, ctx) : preparePerturbed(test, cases, ctx);
    const candidate = await outcomesOf(prepared, ctx.adapter);
    const baseline = ctx.baseline ? await outcomesOf(prepared, ctx.baseline) : null;
    const result = resultOf(test, prepared, candidate, baseline, cases, ctx);
    results.push(result);
    for (const entry of checksOf(test, result, ctx.baseline !== void 0)) {
      judged.push(entry);
      testOf.push(i);
    }
  }
  const checks = finishChecks(judged, ctx.config.evaluate.inconclusive, (index) => {
    const { file, line, column } = ctx.at(`/evaluate/behavioral/${testOf[index]}`);
    return { file, line, column: typeof column === "number" ? column : void 0 };
  });
  checks.forEach((check, index) => check.rule.index = testOf[index]);
  return { checks, results };
}
function checksOf(test, result, withBaseline) {
  const entries = [];
  const none = result.cases === 0 ? { inconclusive: "no case to run (a swap whose values no case has?)" } : {};
  const failures = result.baseline ? { failures: { candidate: result.failed, baseline: result.baseline.failed, new: result.baseline.new_failures } } : {};
  const firstOf = (cases) => cases[0] && `case ${cases[0].case} (${cases[0].at}): expected ${cases[0].expected}, got ${cases[0].got}`;
  if (withBaseline && result.baseline) {
    const rule2 = { metric: "new_failures", max: test.max_new_failures ?? 0, severity: test.severity };
    const raw2 = judgeMeasurement(
      rule2,
      {
        id: `behavioral[${test.name}]`,
        title: `Behavioral test ${test.name} (${test.type}) new failures against the baseline model`,
        metric: "new_failures",
        value: result.cases === 0 ? null : result.baseline.new_failures,
        interval: null,
        n: result.cases,
        evidence: {
          test: `${describeTest(test)}; failing on the candidate and passing on the baseline`,
          statistic: result.baseline.new_failures,
          p_value: null,
          ...failures
        },
        ...none
      },
      null
    );
    const first2 = firstOf(result.failing.filter((c) => c.new));
    if (first2) raw2.reason += `; first new failing ${first2}`;
    entries.push({ rule: rule2, raws: [raw2] });
    if (test.max_fail_rate === void 0) return entries;
  }
  const rule = { metric: "fail_rate", max: test.max_fail_rate ?? 0, severity: test.severity };
  const raw = judgeMeasurement(
    rule,
    {
      id: withBaseline ? `behavioral[${test.name}]:fail_rate` : `behavioral[${test.name}]`,
      title: `Behavioral test ${test.name} (${test.type}) fail rate`,
      metric: "fail_rate",
      value: result.fail_rate,
      interval: null,
      n: result.cases,
      evidence: { test: describeTest(test), statistic: result.failed, p_value: null, ...failures },
      ...none
    },
    null
  );
  const first = firstOf(result.failing);
  if (first) raw.reason += `; first failing ${first}`;
  entries.push({ rule, raws: [raw] });
  return entries;
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
async function outcomesOf(prepared, adapter) {
  const { scores } = await adapter.predict(prepared.rows, prepared.origins);
  const failed = new Uint8Array(prepared.cases.length);
  prepared.cases.forEach((_, k) => failed[k] = prepared.judge(scores, k).ok ? 0 : 1);
  return {
    failed,
    got(k) {
      const { expected, got } = prepared.judge(scores, k);
      return { expected, got };
    }
  };
}
function resultOf(test, prepared, candidate, baseline, cases, ctx) {
  const n = prepared.cases.length;
  let failed = 0;
  let baselineFailed = 0;
  let newFailures = 0;
  const fresh = [];
  const known = [];
  for (let k = 0; k < n; k++) {
    if (baseline?.failed[k]) baselineFailed++;
    if (!candidate.failed[k]) continue;
    failed++;
    const isNew = baseline !== null && !baseline.failed[k];
    if (isNew) newFailures++;
    const list = isNew ? fresh : known;
    if (list.length < FAILING_SHOWN) list.push(k);
  }
  const failing = [...fresh, ...known].slice(0, FAILING_SHOWN).map((k) => {
    const i = prepared.cases[k];
    const shownCase = {
      case: i + 1,
      at: at(cases.origins, i),
      input: inputOf(cases.rows[i], ctx.adapter.features),
      ...prepared.changes ? { perturbed: prepared.changes[k] } : {},
      ...candidate.got(k)
    };
    if (baseline) {
      shownCase.new = !baseline.failed[k];
      shownCase.baseline_got = baseline.got(k).got;
    }
    return shownCase;
  });
  return {
    name: test.name,
    type: test.type,
    cases: n,
    failed,
    fail_rate: n === 0 ? null : failed / n,
    ...baseline ? { baseline: { failed: baselineFailed, new_failures: newFailures } } : {},
    failing
  };
}
function prepareMft(test, cases, ctx) {
  const { data } = ctx.config;
  const classOf = labelReader({ task: data.task, classes: data.classes, positiveLabel: data.positive_label });
  const expectedOf = cases.rows.map((row, i) => {
    const value = row[data.label];
    if (test.score_range) {
      const [low, high] = test.score_range;
      const expected2 = `score in [${shown(low)}, ${shown(high)}]`;
      return (score) => ({ ok: score >= low && score <= high, expected: expected2 });
    }
    if (data.task === "regression") {
      const target = typeof value === "number" ? value : decimalNumber(String(value ?? ""));
      if (!Number.isFinite(target)) throw caseError(test, cases, i, data.label, "needs a numeric expected value");
      const expected2 = `${shown(target)} \xB1 ${test.tolerance}`;
      return (score) => ({ ok: Math.abs(score - target) <= test.tolerance, expected: expected2 });
    }
    const expectedClass = classOf(value);
    if (expectedClass < 0)
      throw caseError(test, cases, i, data.label, `needs an expected label, and ${JSON.stringify(value ?? null)} is not one`);
    const expected = `label ${String(value)} (score ${expectedClass === 1 ? ">=" : "<"} ${data.threshold})`;
    return (score) => ({ ok: (score >= data.threshold ? 1 : 0) === expectedClass, expected });
  });
  return {
    cases: cases.rows.map((_, i) => i),
    rows: cases.rows,
    origins: cases.origins,
    judge: (scores, k) => ({ ...expectedOf[k](scores[k]), got: `score ${shown(scores[k])}` })
  };
}
function caseError(test, cases, i, column, what) {
  return new DataError(`behavioral test ${test.name}: case ${i + 1} ${what}`, { ...cases.origins[i], column });
}
function preparePerturbed(test, cases, ctx) {
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
  const n = kept.length;
  return {
    cases: kept,
    rows: [...kept.map((i) => cases.rows[i]), ...perturbed],
    origins: [...origins, ...origins],
    changes,
    judge(scores, k) {
      const before = scores[k];
      const after = scores[n + k];
      const delta = after - before;
      const ok = test.type === "INV" ? Math.abs(delta) <= test.tolerance : test.expect === "increase" ? delta >= -test.tolerance : delta <= test.tolerance;
      return {
        ok,
        expected: test.type === "INV" ? `score within ${test.tolerance} of ${shown(before)}` : `score to ${test.expect} from ${shown(before)} (tolerance ${test.tolerance})`,
        got: `score ${shown(after)} (change ${shown(delta)})`
      };
    }
  };
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

export {
  orderTests,
  checkBehavioral,
  runBehavioral
};
