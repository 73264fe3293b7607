/**
 * Behavioral tests against a baseline model (`evaluate.behavioral_baseline`, `--baseline-model`) through the CLI
 * bundle: two reference servers on 127.0.0.1, the baseline reading the sensitive attribute `minority` a little
 * (weight 0.3) and the candidate more (0.6). The counterfactual swap fails some cases on both, and more on the
 * candidate: the gate fails on exactly the cases that fail on the candidate and pass on the baseline, computed here
 * from the formula, and lists them first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { keyUniform } from '../../shared/stats/bootstrap.js';
import { readJson, runCli, tempDir, writeFiles } from '../helpers/bundle.js';
import { serve } from '../model/server.js';

const FEATURES = ['income', 'debt', 'age', 'minority'];
const CANDIDATE = [0.8, -1.5, 0.03, 0.6];
const BASELINE = [0.8, -1.5, 0.03, 0.3];
const BIAS = -1.2;
const N = 300;
const TOLERANCE = 0.05;

function score(weights: number[], row: Record<string, number>): number {
  let z = BIAS;
  FEATURES.forEach((f, j) => (z += weights[j] * row[f]));
  return 1 / (1 + Math.exp(-z));
}

function row(i: number): Record<string, number> {
  return { income: ((i * 37) % 101) / 25 - 2, debt: ((i * 13) % 17) / 10, age: 20 + (i % 45), minority: i % 4 === 0 ? 1 : 0 };
}

const swapFails = (weights: number[], i: number) => {
  const r = row(i);
  return Math.abs(score(weights, { ...r, minority: 1 - r.minority }) - score(weights, r)) > TOLERANCE;
};

/** The seeded noise the gate adds to `income` in case i of the test `income-noise` (seed 7). */
const noiseFails = (weights: number[], i: number) => {
  const r = row(i);
  const noisy = r.income + 2 * (2 * keyUniform(`income-noise:${i}:income`, 7) - 1);
  return Math.abs(score(weights, { ...r, income: noisy }) - score(weights, r)) > 0.1;
};

function count(pred: (i: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < N; i++) if (pred(i)) n++;
  return n;
}

function dataset(): string {
  const lines = ['id,income,debt,age,minority,label'];
  for (let i = 0; i < N; i++) {
    const r = row(i);
    lines.push(`r${i},${r.income},${r.debt},${r.age},${r.minority},${((i * 7919) % 1000) / 1000 < score(CANDIDATE, r) ? 1 : 0}`);
  }
  return `${lines.join('\n')}\n`;
}

function config(behavioral: string, baseline: string | null): string {
  return `version: 1
data:
  dataset: data/rows.csv
  label: label
  id: id
evaluate:
  model:
    spec: oip+${candidateUrl}/credit
${baseline === null ? '' : `  behavioral_baseline:\n    spec: oip+${baseline}/credit\n`}  gates:
    - metric: roc_auc
      min: 0.5
  behavioral:
${behavioral}`;
}

const SUITE = `    - name: minority-swap
      type: INV
      perturb: {swap: minority}
      tolerance: ${TOLERANCE}
    - name: income-noise
      type: INV
      perturb: {noise: {income: 2}}
      tolerance: 0.1
      seed: 7
`;

let dir: string;
let candidateUrl: string;
let baselineUrl: string;

const serverArgs = (weights: number[]) => [
  '--name',
  'credit',
  '--features',
  FEATURES.join(','),
  '--coef',
  weights.join(','),
  '--bias',
  String(BIAS),
];

beforeAll(async () => {
  [candidateUrl, baselineUrl] = (await Promise.all([serve(serverArgs(CANDIDATE)), serve(serverArgs(BASELINE))])).map((s) => s.url);
  dir = tempDir();
  writeFiles(dir, { 'data/rows.csv': dataset(), 'suite.yml': config(SUITE, baselineUrl) });
});

const evaluate = (args: string[]) => runCli(['evaluate', ...args], dir);

describe('evaluate.behavioral_baseline: no new failures compared with the baseline model', () => {
  it('fails on the cases that fail on the candidate and pass on the baseline, and no others', async () => {
    const candidate = count((i) => swapFails(CANDIDATE, i));
    const baseline = count((i) => swapFails(BASELINE, i));
    const fresh = count((i) => swapFails(CANDIDATE, i) && !swapFails(BASELINE, i));
    // The situation the rule is for: the baseline already fails some cases, the candidate those and more.
    expect(baseline).toBeGreaterThan(0);
    expect(fresh).toBeGreaterThan(0);
    expect(count((i) => swapFails(BASELINE, i) && !swapFails(CANDIDATE, i))).toBe(0);
    expect(candidate).toBe(baseline + fresh);

    const run = await evaluate(['--config', 'suite.yml', '--out', 'out/suite']);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    const report = readJson(path.join(dir, 'out/suite/report.json'));
    const byId = Object.fromEntries(report.checks.map((c: { id: string }) => [c.id, c]));
    expect(byId['behavioral[minority-swap]']).toMatchObject({
      status: 'fail',
      metric: 'new_failures',
      value: fresh,
      n: N,
      bound: { max: 0 },
      evidence: { statistic: fresh, failures: { candidate, baseline, new: fresh } },
      rule: { index: 0 },
    });
    expect(byId['behavioral[minority-swap]'].reason).toMatch(/first new failing case \d+ \(data\/rows\.csv:\d+\)/);
    // No max_fail_rate: the cases the baseline fails too do not fail the gate, so there is no fail-rate check.
    expect(byId['behavioral[minority-swap]:fail_rate']).toBeUndefined();

    // The same seeded noise reaches both models: each fails exactly the cases the formula says under that noise.
    const noisy = count((i) => noiseFails(CANDIDATE, i));
    const noisyBaseline = count((i) => noiseFails(BASELINE, i));
    const noisyNew = count((i) => noiseFails(CANDIDATE, i) && !noiseFails(BASELINE, i));
    expect(noisy).toBeGreaterThan(0);
    expect(byId['behavioral[income-noise]']).toMatchObject({
      status: noisyNew > 0 ? 'fail' : 'pass',
      value: noisyNew,
      evidence: { failures: { candidate: noisy, baseline: noisyBaseline, new: noisyNew } },
      rule: { index: 1 },
    });

    const tests = report.sections.behavioral.tests;
    expect(tests.map((t: { name: string }) => t.name)).toEqual(['minority-swap', 'income-noise']);
    expect(tests[0]).toMatchObject({ cases: N, failed: candidate, baseline: { failed: baseline, new_failures: fresh } });
    // New failures first, in case order, then the cases the baseline fails too.
    const shown = tests[0].failing as { case: number; new: boolean; baseline_got: string }[];
    const expectedNew = Array.from({ length: N }, (_, i) => i).filter((i) => swapFails(CANDIDATE, i) && !swapFails(BASELINE, i));
    const expectedOld = Array.from({ length: N }, (_, i) => i).filter((i) => swapFails(BASELINE, i));
    const expectedShown = [
      ...expectedNew.slice(0, 20).map((i) => [i + 1, true]),
      ...expectedOld.slice(0, 20).map((i) => [i + 1, false]),
    ].slice(0, 20);
    expect(shown.map((c) => [c.case, c.new])).toEqual(expectedShown);
    const r = row(shown[0].case - 1);
    const baselineAfter = score(BASELINE, { ...r, minority: 1 - r.minority });
    expect(shown[0].baseline_got).toMatch(new RegExp(`^score ${String(Math.round(baselineAfter * 1e6) / 1e6).replace('.', '\\.')} `));

    const summary = readFileSync(path.join(dir, 'out/suite/summary.md'), 'utf8');
    expect(summary).toContain(
      `Failing cases of minority-swap (INV): ${candidate} of ${N}, ${fresh} new against the baseline (${baseline} fail there), new first`,
    );
    expect(summary).toContain(`| ${shown[0].case} (new) |`);
    expect(summary.indexOf(`| ${shown[0].case} (new) |`)).toBeLessThan(summary.indexOf('Failing cases of income-noise'));
    const html = readFileSync(path.join(dir, 'out/suite/report.html'), 'utf8');
    expect(html).toContain('New failures');
    expect(html).toContain(`${shown[0].case} (new)`);
  });

  it('takes --baseline-model over the config, a max_new_failures, and a max_fail_rate checked beside it', async () => {
    const candidate = count((i) => swapFails(CANDIDATE, i));
    const fresh = count((i) => swapFails(CANDIDATE, i) && !swapFails(BASELINE, i));
    writeFiles(dir, {
      'limits.yml': config(
        `    - {name: allowed, type: INV, perturb: {swap: minority}, tolerance: ${TOLERANCE}, max_new_failures: ${fresh}}
    - {name: rated, type: INV, perturb: {swap: minority}, tolerance: ${TOLERANCE}, max_new_failures: ${fresh}, max_fail_rate: ${candidate / N - 0.001}}
`,
        null,
      ),
    });
    // Without a baseline model, max_new_failures cannot be measured: an error, never a pass.
    const without = await evaluate(['--config', 'limits.yml', '--out', 'out/without']);
    expect(without.code, without.stdout + without.stderr).toBe(2);
    expect(readJson(path.join(dir, 'out/without/report.json')).error).toMatchObject({
      message: expect.stringMatching(/behavioral test allowed sets max_new_failures, and there is no baseline model/),
      file: 'limits.yml',
      line: expect.any(Number),
    });

    const run = await evaluate(['--config', 'limits.yml', '--baseline-model', `oip+${baselineUrl}/credit`, '--out', 'out/limits']);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    const byId = Object.fromEntries(readJson(path.join(dir, 'out/limits/report.json')).checks.map((c: { id: string }) => [c.id, c]));
    expect(byId['behavioral[allowed]']).toMatchObject({ status: 'pass', value: fresh, bound: { max: fresh } });
    expect(byId['behavioral[rated]']).toMatchObject({ status: 'pass', value: fresh });
    expect(byId['behavioral[rated]:fail_rate']).toMatchObject({
      status: 'fail',
      metric: 'fail_rate',
      value: candidate / N,
      rule: { index: 1 },
    });

    // The candidate as its own baseline: nothing is new.
    const same = await evaluate(['--config', 'suite.yml', '--baseline-model', `oip+${candidateUrl}/credit`, '--out', 'out/same']);
    expect(same.code, same.stdout + same.stderr).toBe(0);
    const check = readJson(path.join(dir, 'out/same/report.json')).checks.find((c: { id: string }) => c.id === 'behavioral[minority-swap]');
    expect(check).toMatchObject({ status: 'pass', value: 0, evidence: { failures: { candidate, baseline: candidate, new: 0 } } });
  });

  it('refuses a baseline with no behavioral test', async () => {
    writeFiles(dir, { 'empty.yml': config('    []\n', baselineUrl).replace('  behavioral:\n    []\n', '') });
    const run = await evaluate(['--config', 'empty.yml', '--out', 'out/empty']);
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(readJson(path.join(dir, 'out/empty/report.json')).error.message).toMatch(
      /behavioral_baseline` is a baseline for behavioral tests/,
    );
  });
});
