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
}

export interface BehavioralResult {
  name: string;
  type: BehavioralTest['type'];
  cases: number;
  failed: number;
  fail_rate: number | null;
  /** Up to FAILING_SHOWN failing cases, in case order. */
  failing: FailingCase[];
}

const FAILING_SHOWN = 20;

export interface BehavioralContext {
  config: Config;
  adapter: ModelAdapter;
  /** The dataset's first rows (for tests without `cases`). */
  head: Cases;
  readOptions: ReadOptions;
  at: (pointer: string) => Location;
}

/** The checks a suite needs that the schema cannot express, before any case is scored. */
export function checkBehavioral(tests: readonly BehavioralTest[], features: readonly string[], at: (pointer: string) => Location): void {
  const names = new Set<string>();
  tests.forEach((test, i) => {
    const here = `/evaluate/behavioral/${i}`;
    if (names.has(test.name)) throw new ConfigError(`two behavioral tests are named ${test.name}`, at(`${here}/name`));
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

/** Runs every test; one check per test, judged like every rule. */
export async function runBehavioral(
  tests: readonly BehavioralTest[],
  ctx: BehavioralContext,
): Promise<{ checks: Check[]; results: BehavioralResult[] }> {
  const judged: { rule: { metric: string; max: number; severity: 'fail' | 'warn' }; raws: RawCheck[] }[] = [];
  const results: BehavioralResult[] = [];
  for (const [i, test] of tests.entries()) {
    const cases = await casesOf(test, i, ctx);
    const result = test.type === 'MFT' ? await runMft(test, cases, ctx) : await runPerturbed(test, cases, ctx);
    results.push(result);
    const rule = { metric: 'fail_rate', max: test.max_fail_rate, severity: test.severity };
    const raw = judgeMeasurement(
      rule,
      {
        id: `behavioral[${test.name}]`,
        title: `Behavioral test ${test.name} (${test.type}) fail rate`,
        metric: 'fail_rate',
        value: result.fail_rate,
        interval: null,
        n: result.cases,
        evidence: { test: describeTest(test), statistic: result.failed, p_value: null },
        ...(result.cases === 0 ? { inconclusive: 'no case to run (a swap whose values no case has?)' } : {}),
      },
      null,
    );
    const first = result.failing[0];
    if (first) raw.reason += `; first failing case ${first.case} (${first.at}): expected ${first.expected}, got ${first.got}`;
    judged.push({ rule, raws: [raw] });
  }
  const checks = finishChecks(judged, ctx.config.evaluate.inconclusive, (index) => {
    const { file, line, column } = ctx.at(`/evaluate/behavioral/${index}`);
    return { file, line, column: typeof column === 'number' ? column : undefined };
  });
  return { checks, results };
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

function resultOf(test: BehavioralTest, cases: number, failing: FailingCase[], failed: number): BehavioralResult {
  return { name: test.name, type: test.type, cases, failed, fail_rate: cases === 0 ? null : failed / cases, failing };
}

async function runMft(test: BehavioralTest, cases: Cases, ctx: BehavioralContext): Promise<BehavioralResult> {
  const { data } = ctx.config;
  const { scores } = await ctx.adapter.predict(cases.rows, cases.origins);
  const classOf = labelReader({ task: data.task, classes: data.classes, positiveLabel: data.positive_label });
  const failing: FailingCase[] = [];
  let failed = 0;
  cases.rows.forEach((row, i) => {
    const value = row[data.label];
    let ok: boolean;
    let expected: string;
    if (test.score_range) {
      const [low, high] = test.score_range;
      ok = scores[i] >= low && scores[i] <= high;
      expected = `score in [${shown(low)}, ${shown(high)}]`;
    } else if (data.task === 'regression') {
      const target = typeof value === 'number' ? value : decimalNumber(String(value ?? ''));
      if (!Number.isFinite(target)) throw caseError(test, cases, i, data.label, 'needs a numeric expected value');
      ok = Math.abs(scores[i] - target) <= test.tolerance;
      expected = `${shown(target)} ± ${test.tolerance}`;
    } else {
      const expectedClass = classOf(value);
      if (expectedClass < 0)
        throw caseError(test, cases, i, data.label, `needs an expected label, and ${JSON.stringify(value ?? null)} is not one`);
      ok = (scores[i] >= data.threshold ? 1 : 0) === expectedClass;
      expected = `label ${String(value)} (score ${expectedClass === 1 ? '>=' : '<'} ${data.threshold})`;
    }
    if (ok) return;
    failed++;
    if (failing.length < FAILING_SHOWN)
      failing.push({
        case: i + 1,
        at: at(cases.origins, i),
        input: inputOf(row, ctx.adapter.features),
        expected,
        got: `score ${shown(scores[i])}`,
      });
  });
  return resultOf(test, cases.rows.length, failing, failed);
}

function caseError(test: BehavioralTest, cases: Cases, i: number, column: string, what: string): DataError {
  return new DataError(`behavioral test ${test.name}: case ${i + 1} ${what}`, { ...cases.origins[i], column });
}

async function runPerturbed(test: BehavioralTest, cases: Cases, ctx: BehavioralContext): Promise<BehavioralResult> {
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
  const { scores } = await ctx.adapter.predict([...kept.map((i) => cases.rows[i]), ...perturbed], [...origins, ...origins]);
  const failing: FailingCase[] = [];
  let failed = 0;
  kept.forEach((caseIndex, k) => {
    const before = scores[k];
    const after = scores[kept.length + k];
    const delta = after - before;
    const ok =
      test.type === 'INV'
        ? Math.abs(delta) <= test.tolerance
        : test.expect === 'increase'
          ? delta >= -test.tolerance
          : delta <= test.tolerance;
    if (ok) return;
    failed++;
    if (failing.length < FAILING_SHOWN)
      failing.push({
        case: caseIndex + 1,
        at: at(cases.origins, caseIndex),
        input: inputOf(cases.rows[caseIndex], ctx.adapter.features),
        perturbed: changes[k],
        expected:
          test.type === 'INV'
            ? `score within ${test.tolerance} of ${shown(before)}`
            : `score to ${test.expect} from ${shown(before)} (tolerance ${test.tolerance})`,
        got: `score ${shown(after)} (change ${shown(delta)})`,
      });
  });
  return resultOf(test, kept.length, failing, failed);
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
