/**
 * Behavioral tests (`evaluate.behavioral`, after CheckList's test types) run through the same adapter that scored
 * the dataset: MFT (fixed inputs, expected label), INV (a perturbation must not move the score beyond a tolerance)
 * and DIR (a perturbation must move the score the stated way). Each test is one check through the rule judge, its
 * fail rate held to `max_fail_rate`; its failing cases (input, perturbation, expected, got) go to the report's
 * `behavioral` section, first failures first.
 *
 * Cases are few by design (`max_cases`, 1000 by default): they are held in memory, unlike the dataset.
 */
import type { BehavioralTest, Config } from '../config/types.js';
import { decimalNumber } from '../decimal.js';
import { readTable } from '../data/index.js';
import { labelReader } from '../data/read.js';
import type { ReadOptions } from '../data/types.js';
import { ConfigError, DataError, type Location } from '../errors.js';
import { finishChecks, judgeMeasurement, type RawCheck } from '../gates/judge.js';
import type { Check } from '../report/model.js';
import { keyUniform } from '../stats/bootstrap.js';
import type { ModelAdapter } from './adapter.js';
import type { RowOrigin } from './preprocessing.js';

/** Rows of cases by column name, with where each came from. */
export interface Cases {
  rows: Record<string, unknown>[];
  origins: RowOrigin[];
}

export interface FailingCase {
  /** 1-based, in the test's cases. */
  case: number;
  /** `file:line` of the case. */
  at: string;
  /** The features sent for the case, unperturbed. */
  input: Record<string, unknown>;
  /** The perturbed features only (INV, DIR). */
  perturbed?: Record<string, unknown>;
  expected: string;
  got: string;
  /** With a baseline model: whether the baseline passes this case (a new failure), and what it gave. */
  new?: boolean;
  baseline_got?: string;
}

export interface BehavioralResult {
  name: string;
  type: BehavioralTest['type'];
  cases: number;
  failed: number;
  fail_rate: number | null;
  /** With a baseline model: the cases it fails, and those failing on the candidate only. */
  baseline?: { failed: number; new_failures: number };
  /** Up to FAILING_SHOWN failing cases, new failures first, each part in case order. */
  failing: FailingCase[];
}

const FAILING_SHOWN = 20;

/** Tests with new failures (against a baseline model) first, then tests with failures, each stable. */
export function orderTests(tests: readonly BehavioralResult[]): BehavioralResult[] {
  const rank = (t: BehavioralResult) => ((t.baseline?.new_failures ?? 0) > 0 ? 2 : 0) + (t.failed > 0 ? 1 : 0);
  return [...tests].sort((a, b) => rank(b) - rank(a));
}

export interface BehavioralContext {
  config: Config;
  adapter: ModelAdapter;
  /** `evaluate.behavioral_baseline`: asked the same cases, with the same perturbations. */
  baseline?: ModelAdapter;
  /** The dataset's first rows (for tests without `cases`). */
  head: Cases;
  readOptions: ReadOptions;
  at: (pointer: string) => Location;
}

/** The checks a suite needs that the schema cannot express, before any case is scored. */
export function checkBehavioral(
  tests: readonly BehavioralTest[],
  features: readonly string[],
  at: (pointer: string) => Location,
  withBaseline = false,
): void {
  const names = new Set<string>();
  tests.forEach((test, i) => {
    const here = `/evaluate/behavioral/${i}`;
    if (names.has(test.name)) throw new ConfigError(`two behavioral tests are named ${test.name}`, at(`${here}/name`));
    // A limit on new failures with nothing to compare against would pass by never being measured.
    if (test.max_new_failures !== undefined && !withBaseline)
      throw new ConfigError(
        `behavioral test ${test.name} sets max_new_failures, and there is no baseline model to count new failures against`,
        at(`${here}/max_new_failures`),
        { hint: 'set evaluate.behavioral_baseline (or pass --baseline-model SPEC), or drop max_new_failures' },
      );
    names.add(test.name);
    if (test.type === 'MFT' && test.perturb !== undefined)
      throw new ConfigError(`behavioral test ${test.name}: an MFT test checks fixed inputs and perturbs nothing`, at(`${here}/perturb`), {
        hint: 'use type INV or DIR to perturb, or drop `perturb`',
      });
    if (test.type !== 'MFT' && test.perturb === undefined)
      throw new ConfigError(`behavioral test ${test.name}: an ${test.type} test needs \`perturb\``, at(here));
    if (test.type === 'DIR' && test.expect === undefined)
      throw new ConfigError(`behavioral test ${test.name}: a DIR test needs \`expect: increase\` or \`expect: decrease\``, at(here));
    if (test.type !== 'DIR' && test.expect !== undefined)
      throw new ConfigError(`behavioral test ${test.name}: \`expect\` is for DIR tests`, at(`${here}/expect`));
    if (test.score_range !== undefined) checkScoreRange(test, here, at);
    const p = test.perturb ?? {};
    if (p.swap_values !== undefined && p.swap === undefined)
      throw new ConfigError(`behavioral test ${test.name}: \`swap_values\` needs \`swap\`, the column`, at(`${here}/perturb/swap_values`));
    const columns = [...Object.keys(p.set ?? {}), ...(p.swap ? [p.swap] : []), ...Object.keys({ ...p.noise, ...p.scale, ...p.add })];
    for (const column of columns)
      if (!features.includes(column))
        throw new ConfigError(
          `behavioral test ${test.name} perturbs ${JSON.stringify(column)}, which the model does not read: its score cannot move`,
          at(`${here}/perturb`),
          { hint: `the model reads ${features.join(', ')}` },
        );
  });
}

function checkScoreRange(test: BehavioralTest, here: string, at: (pointer: string) => Location): void {
  const [low, high] = test.score_range!;
  if (test.type !== 'MFT')
    throw new ConfigError(`behavioral test ${test.name}: \`score_range\` is for MFT tests`, at(`${here}/score_range`), {
      hint: 'INV and DIR tests hold the score change to `tolerance`',
    });
  if (!(low <= high))
    throw new ConfigError(
      `behavioral test ${test.name}: \`score_range\` must be [low, high] with low <= high, got [${low}, ${high}]`,
      at(`${here}/score_range`),
    );
}

/** Runs every test; one check per test (two with a baseline and a `max_fail_rate`), judged like every rule. */
export async function runBehavioral(
  tests: readonly BehavioralTest[],
  ctx: BehavioralContext,
): Promise<{ checks: Check[]; results: BehavioralResult[] }> {
  const judged: { rule: { metric: string; max: number; severity: 'fail' | 'warn' }; raws: RawCheck[] }[] = [];
  const testOf: number[] = [];
  const results: BehavioralResult[] = [];
  for (const [i, test] of tests.entries()) {
    const cases = await casesOf(test, i, ctx);
    const prepared = test.type === 'MFT' ? prepareMft(test, cases, ctx) : preparePerturbed(test, cases, ctx);
    const candidate = await outcomesOf(prepared, ctx.adapter);
    const baseline = ctx.baseline ? await outcomesOf(prepared, ctx.baseline) : null;
    const result = resultOf(test, prepared, candidate, baseline, cases, ctx);
    results.push(result);
    for (const entry of checksOf(test, result, ctx.baseline !== undefined)) {
      judged.push(entry);
      testOf.push(i);
    }
  }
  const checks = finishChecks(judged, ctx.config.evaluate.inconclusive, (index) => {
    const { file, line, column } = ctx.at(`/evaluate/behavioral/${testOf[index]}`);
    return { file, line, column: typeof column === 'number' ? column : undefined };
  });
  // A check's rule is its test, whichever of the test's checks it is.
  checks.forEach((check, index) => (check.rule.index = testOf[index]));
  return { checks, results };
}

/**
 * Without a baseline: the fail rate, held to `max_fail_rate` (default 0). With one: the new failures (cases failing
 * on the candidate that pass on the baseline), held to `max_new_failures` (default 0), and the fail rate only when
 * the test sets `max_fail_rate`, so a suite the old model already fails can gate on not getting worse.
 */
function checksOf(
  test: BehavioralTest,
  result: BehavioralResult,
  withBaseline: boolean,
): { rule: { metric: string; max: number; severity: 'fail' | 'warn' }; raws: RawCheck[] }[] {
  const entries: { rule: { metric: string; max: number; severity: 'fail' | 'warn' }; raws: RawCheck[] }[] = [];
  const none = result.cases === 0 ? { inconclusive: 'no case to run (a swap whose values no case has?)' } : {};
  const failures = result.baseline
    ? { failures: { candidate: result.failed, baseline: result.baseline.failed, new: result.baseline.new_failures } }
    : {};
  const firstOf = (cases: FailingCase[]) =>
    cases[0] && `case ${cases[0].case} (${cases[0].at}): expected ${cases[0].expected}, got ${cases[0].got}`;
  if (withBaseline && result.baseline) {
    const rule = { metric: 'new_failures', max: test.max_new_failures ?? 0, severity: test.severity };
    const raw = judgeMeasurement(
      rule,
      {
        id: `behavioral[${test.name}]`,
        title: `Behavioral test ${test.name} (${test.type}) new failures against the baseline model`,
        metric: 'new_failures',
        value: result.cases === 0 ? null : result.baseline.new_failures,
        interval: null,
        n: result.cases,
        evidence: {
          test: `${describeTest(test)}; failing on the candidate and passing on the baseline`,
          statistic: result.baseline.new_failures,
          p_value: null,
          ...failures,
        },
        ...none,
      },
      null,
    );
    const first = firstOf(result.failing.filter((c) => c.new));
    if (first) raw.reason += `; first new failing ${first}`;
    entries.push({ rule, raws: [raw] });
    if (test.max_fail_rate === undefined) return entries;
  }
  const rule = { metric: 'fail_rate', max: test.max_fail_rate ?? 0, severity: test.severity };
  const raw = judgeMeasurement(
    rule,
    {
      id: withBaseline ? `behavioral[${test.name}]:fail_rate` : `behavioral[${test.name}]`,
      title: `Behavioral test ${test.name} (${test.type}) fail rate`,
      metric: 'fail_rate',
      value: result.fail_rate,
      interval: null,
      n: result.cases,
      evidence: { test: describeTest(test), statistic: result.failed, p_value: null, ...failures },
      ...none,
    },
    null,
  );
  const first = firstOf(result.failing);
  if (first) raw.reason += `; first failing ${first}`;
  entries.push({ rule, raws: [raw] });
  return entries;
}
function describeTest(test: BehavioralTest): string {
  const p = describePerturb(test);
  if (test.type === 'MFT')
    return test.score_range ? `MFT: the score lies in [${test.score_range.join(', ')}]` : 'MFT: the expected label is predicted';
  if (test.type === 'INV') return `INV: |score change| <= ${test.tolerance} under ${p}`;
  return `DIR: the score must ${test.expect} (tolerance ${test.tolerance}) under ${p}`;
}

function describePerturb(test: BehavioralTest): string {
  const p = test.perturb ?? {};
  const parts: string[] = [];
  if (p.set) parts.push(`set ${JSON.stringify(p.set)}`);
  if (p.swap) parts.push(`swap ${p.swap}${p.swap_values ? ` ${p.swap_values.join(' <-> ')}` : ''}`);
  if (p.noise) parts.push(`noise ${JSON.stringify(p.noise)} (seed ${test.seed})`);
  if (p.scale) parts.push(`scale ${JSON.stringify(p.scale)}`);
  if (p.add) parts.push(`add ${JSON.stringify(p.add)}`);
  return parts.join(', ');
}

async function casesOf(test: BehavioralTest, index: number, ctx: BehavioralContext): Promise<Cases> {
  const at = `/evaluate/behavioral/${index}/cases`;
  if (test.cases === undefined) return { rows: ctx.head.rows.slice(0, test.max_cases), origins: ctx.head.origins.slice(0, test.max_cases) };
  if (Array.isArray(test.cases)) {
    if (test.cases.length > test.max_cases)
      throw new ConfigError(
        `behavioral test ${test.name} has ${test.cases.length} cases, more than max_cases (${test.max_cases})`,
        ctx.at(at),
      );
    return {
      rows: test.cases.map((row) => ({ ...row })),
      origins: test.cases.map((_, j) => {
        const where = ctx.at(`${at}/${j}`);
        return { file: where.file ?? 'config', line: where.line ?? 0 };
      }),
    };
  }
  const cases: Cases = { rows: [], origins: [] };
  for await (const batch of readTable(test.cases, ctx.readOptions)) {
    for (let i = 0; i < batch.rows.length; i++) {
      if (cases.rows.length === test.max_cases)
        throw new DataError(
          `behavioral test ${test.name}: the case file has more than max_cases (${test.max_cases}) rows`,
          { file: batch.file, line: batch.lines[i] },
          { hint: 'raise max_cases, or split the file into several tests' },
        );
      const row: Record<string, unknown> = Object.create(null);
      batch.columns.forEach((c, j) => (row[c] = batch.rows[i][j]));
      cases.rows.push(row);
      cases.origins.push({ file: batch.file, line: batch.lines[i] });
    }
  }
  return cases;
}

const at = (origins: readonly RowOrigin[], i: number) => `${origins[i].file}:${origins[i].line}`;
const shown = (score: number) => String(Math.round(score * 1e6) / 1e6);

function inputOf(row: Record<string, unknown>, features: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(features.map((f) => [f, row[f] ?? null]));
}

/**
 * A test's cases made ready to score: the rows to send (for INV and DIR each case and then each perturbed case),
 * and how one case's scores are judged. Built once, so a baseline model is asked exactly what the candidate is.
 */
interface Prepared {
  /** Case index (in the test's cases) of each judged case. */
  cases: number[];
  rows: Record<string, unknown>[];
  origins: RowOrigin[];
  /** The perturbed columns of each judged case (INV, DIR). */
  changes?: Record<string, unknown>[];
  judge(scores: Float64Array, k: number): { ok: boolean; expected: string; got: string };
}

/** One model's verdict on each judged case. */
interface Outcomes {
  failed: Uint8Array;
  /** What the model gave, for the failing cases shown. */
  got(k: number): { expected: string; got: string };
}

async function outcomesOf(prepared: Prepared, adapter: ModelAdapter): Promise<Outcomes> {
  const { scores } = await adapter.predict(prepared.rows, prepared.origins);
  const failed = new Uint8Array(prepared.cases.length);
  prepared.cases.forEach((_, k) => (failed[k] = prepared.judge(scores, k).ok ? 0 : 1));
  return {
    failed,
    got(k) {
      const { expected, got } = prepared.judge(scores, k);
      return { expected, got };
    },
  };
}

function resultOf(
  test: BehavioralTest,
  prepared: Prepared,
  candidate: Outcomes,
  baseline: Outcomes | null,
  cases: Cases,
  ctx: BehavioralContext,
): BehavioralResult {
  const n = prepared.cases.length;
  let failed = 0;
  let baselineFailed = 0;
  let newFailures = 0;
  const fresh: number[] = [];
  const known: number[] = [];
  for (let k = 0; k < n; k++) {
    if (baseline?.failed[k]) baselineFailed++;
    if (!candidate.failed[k]) continue;
    failed++;
    const isNew = baseline !== null && !baseline.failed[k];
    if (isNew) newFailures++;
    const list = isNew ? fresh : known;
    if (list.length < FAILING_SHOWN) list.push(k);
  }
  // New failures first: they are what the candidate broke.
  const failing = [...fresh, ...known].slice(0, FAILING_SHOWN).map((k): FailingCase => {
    const i = prepared.cases[k];
    const shownCase: FailingCase = {
      case: i + 1,
      at: at(cases.origins, i),
      input: inputOf(cases.rows[i], ctx.adapter.features),
      ...(prepared.changes ? { perturbed: prepared.changes[k] } : {}),
      ...candidate.got(k),
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
    ...(baseline ? { baseline: { failed: baselineFailed, new_failures: newFailures } } : {}),
    failing,
  };
}

function prepareMft(test: BehavioralTest, cases: Cases, ctx: BehavioralContext): Prepared {
  const { data } = ctx.config;
  const classOf = labelReader({ task: data.task, classes: data.classes, positiveLabel: data.positive_label });
  // Every expected value is read before any model is asked: a bad case is a data error, not a failed case.
  const expectedOf = cases.rows.map((row, i): ((score: number) => { ok: boolean; expected: string }) => {
    const value = row[data.label];
    if (test.score_range) {
      const [low, high] = test.score_range;
      const expected = `score in [${shown(low)}, ${shown(high)}]`;
      return (score) => ({ ok: score >= low && score <= high, expected });
    }
    if (data.task === 'regression') {
      const target = typeof value === 'number' ? value : decimalNumber(String(value ?? ''));
      if (!Number.isFinite(target)) throw caseError(test, cases, i, data.label, 'needs a numeric expected value');
      const expected = `${shown(target)} ± ${test.tolerance}`;
      return (score) => ({ ok: Math.abs(score - target) <= test.tolerance, expected });
    }
    const expectedClass = classOf(value);
    if (expectedClass < 0)
      throw caseError(test, cases, i, data.label, `needs an expected label, and ${JSON.stringify(value ?? null)} is not one`);
    const expected = `label ${String(value)} (score ${expectedClass === 1 ? '>=' : '<'} ${data.threshold})`;
    return (score) => ({ ok: (score >= data.threshold ? 1 : 0) === expectedClass, expected });
  });
  return {
    cases: cases.rows.map((_, i) => i),
    rows: cases.rows,
    origins: cases.origins,
    judge: (scores, k) => ({ ...expectedOf[k](scores[k]), got: `score ${shown(scores[k])}` }),
  };
}

function caseError(test: BehavioralTest, cases: Cases, i: number, column: string, what: string): DataError {
  return new DataError(`behavioral test ${test.name}: case ${i + 1} ${what}`, { ...cases.origins[i], column });
}

function preparePerturbed(test: BehavioralTest, cases: Cases, ctx: BehavioralContext): Prepared {
  const swap = swapOf(test, cases, ctx, cases.rows.length);
  const kept: number[] = [];
  const perturbed: Record<string, unknown>[] = [];
  const changes: Record<string, unknown>[] = [];
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
      const ok =
        test.type === 'INV'
          ? Math.abs(delta) <= test.tolerance
          : test.expect === 'increase'
            ? delta >= -test.tolerance
            : delta <= test.tolerance;
      return {
        ok,
        expected:
          test.type === 'INV'
            ? `score within ${test.tolerance} of ${shown(before)}`
            : `score to ${test.expect} from ${shown(before)} (tolerance ${test.tolerance})`,
        got: `score ${shown(after)} (change ${shown(delta)})`,
      };
    },
  };
}

/** The two values `swap` trades: given, or the only two the cases hold. */
function swapOf(test: BehavioralTest, cases: Cases, ctx: BehavioralContext, limit: number): [string, string] | null {
  const p = test.perturb!;
  if (p.swap === undefined) return null;
  if (p.swap_values) return [String(p.swap_values[0]), String(p.swap_values[1])];
  const values = new Set<string>();
  for (let i = 0; i < limit && values.size <= 2; i++) {
    const v = cases.rows[i][p.swap];
    if (v !== undefined && v !== null && v !== '') values.add(String(v));
  }
  if (values.size !== 2) {
    const index = ctx.config.evaluate.behavioral.indexOf(test);
    throw new ConfigError(
      `behavioral test ${test.name}: swap ${p.swap} needs two values, and the cases hold ${values.size > 2 ? 'more' : values.size}`,
      ctx.at(`/evaluate/behavioral/${index}/perturb/swap`),
      { hint: 'name the pair with `swap_values: [a, b]`' },
    );
  }
  return [...values] as [string, string];
}

/** The columns a perturbation changes in one case, or null when it leaves the case out (a swap of neither value). */
function perturbOne(
  test: BehavioralTest,
  row: Record<string, unknown>,
  i: number,
  cases: Cases,
  swap: [string, string] | null,
): Record<string, unknown> | null {
  const p = test.perturb!;
  const change: Record<string, unknown> = { ...p.set };
  if (p.swap !== undefined && swap) {
    const value = String(row[p.swap] ?? '');
    if (value !== swap[0] && value !== swap[1]) return null;
    change[p.swap] = value === swap[0] ? swap[1] : swap[0];
  }
  const numberAt = (column: string) => {
    const v = column in change ? change[column] : row[column];
    const n = typeof v === 'number' ? v : decimalNumber(String(v ?? ''));
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
