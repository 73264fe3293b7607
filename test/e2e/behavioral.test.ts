/**
 * Behavioral suites (`evaluate.behavioral`) through the CLI bundle, scored by the reference model server on
 * 127.0.0.1 serving a model that reads a sensitive attribute (`minority`, weight 0.6): the counterfactual swap of
 * that attribute fails its INV test by exactly the cases the formula says, a DIR test against the model's sign
 * fails, tests the model honours pass, and each is a check with its failing cases in the report.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJson, runCli, tempDir, writeFiles } from '../helpers/bundle.js';
import { startServer } from '../model/server.js';

const FEATURES = ['income', 'debt', 'age', 'minority'];
const WEIGHTS = [0.8, -1.5, 0.03, 0.6];
const BIAS = -0.4;
const N = 300;
const CASES = 200;

function score(row: Record<string, number>): number {
  let z = BIAS;
  FEATURES.forEach((f, j) => (z += WEIGHTS[j] * row[f]));
  return 1 / (1 + Math.exp(-z));
}

function row(i: number): Record<string, number> {
  return { income: ((i * 37) % 101) / 25 - 2, debt: ((i * 13) % 17) / 10, age: 20 + (i % 45), minority: i % 4 === 0 ? 1 : 0 };
}

function dataset(): string {
  const lines = ['id,income,debt,age,minority,label'];
  for (let i = 0; i < N; i++) {
    const r = row(i);
    lines.push(`r${i},${r.income},${r.debt},${r.age},${r.minority},${((i * 7919) % 1000) / 1000 < score(r) ? 1 : 0}`);
  }
  return `${lines.join('\n')}\n`;
}

function config(url: string, behavioral: string): string {
  return `version: 1
data:
  dataset: data/rows.csv
  label: label
  id: id
evaluate:
  model:
    spec: oip+${url}/credit
  gates:
    - metric: roc_auc
      min: 0.5
  behavioral:
${behavioral}`;
}

const SUITE = `    - name: minority-swap-invariance
      type: INV
      perturb: {swap: minority}
      tolerance: 0.05
      max_cases: ${CASES}
    - name: age-noise-invariance
      type: INV
      perturb: {noise: {age: 1}}
      tolerance: 0.01
      seed: 3
      max_cases: ${CASES}
    - name: income-raises
      type: DIR
      perturb: {add: {income: 1}}
      expect: increase
      max_cases: ${CASES}
    - name: debt-raises
      type: DIR
      perturb: {add: {debt: 0.5}}
      expect: increase
      max_fail_rate: 0.5
      severity: warn
      max_cases: ${CASES}
    - name: obvious-cases
      type: MFT
      cases:
        - {income: 3, debt: 0, age: 40, minority: 0, label: 1}
        - {income: -2, debt: 1.6, age: 30, minority: 1, label: 0}
        - {income: -2, debt: 1.6, age: 30, minority: 1, label: 1}
    - name: mft-file
      type: MFT
      cases: data/mft.csv
`;

let dir: string;
let url: string;

beforeAll(async () => {
  url = (await startServer(['--features', FEATURES.join(','), '--coef', WEIGHTS.join(',')])).url;
  dir = tempDir();
  writeFiles(dir, {
    'data/rows.csv': dataset(),
    'data/mft.csv': 'income,debt,age,minority,label\n4,0,50,0,1\n-3,1.5,25,0,0\n',
    'suite.yml': config(url, SUITE),
  });
});

const evaluate = (configFile: string, out: string) => runCli(['evaluate', '--config', configFile, '--out', out], dir);

describe('evaluate.behavioral (CLI bundle, reference server on loopback)', () => {
  it('fails the gate on the counterfactual swap, by exactly the cases the formula moves beyond the tolerance', async () => {
    const run = await evaluate('suite.yml', 'out/suite');
    expect(run.code, run.stdout + run.stderr).toBe(1);
    const report = readJson(path.join(dir, 'out/suite/report.json'));
    const byId = Object.fromEntries(report.checks.map((c: { id: string }) => [c.id, c]));

    let swapFails = 0;
    let debtFails = 0;
    for (let i = 0; i < CASES; i++) {
      const r = row(i);
      if (Math.abs(score({ ...r, minority: 1 - r.minority }) - score(r)) > 0.05) swapFails++;
      if (score({ ...r, debt: r.debt + 0.5 }) < score(r)) debtFails++;
    }
    expect(swapFails).toBeGreaterThan(0);
    expect(byId['behavioral[minority-swap-invariance]']).toMatchObject({
      status: 'fail',
      metric: 'fail_rate',
      value: swapFails / CASES,
      n: CASES,
      bound: { max: 0 },
      evidence: { test: 'INV: |score change| <= 0.05 under swap minority', statistic: swapFails, p_value: null },
    });
    expect(byId['behavioral[minority-swap-invariance]'].reason).toMatch(/first failing case \d+ \(data\/rows\.csv:\d+\)/);
    expect(byId['behavioral[age-noise-invariance]']).toMatchObject({ status: 'pass', value: 0, n: CASES });
    expect(byId['behavioral[income-raises]']).toMatchObject({ status: 'pass', value: 0 });
    expect(debtFails).toBe(CASES);
    expect(byId['behavioral[debt-raises]']).toMatchObject({ status: 'warn', raw_status: 'fail', value: 1, severity: 'warn' });
    expect(byId['behavioral[obvious-cases]']).toMatchObject({ status: 'fail', value: 1 / 3, n: 3 });
    expect(byId['behavioral[mft-file]']).toMatchObject({ status: 'pass', value: 0, n: 2 });
    expect(report.verdict).toBe('fail');

    // The section: failing tests first, each with its failing cases (input, perturbation, expected, got).
    const tests = report.sections.behavioral.tests;
    expect(tests.map((t: { name: string }) => t.name).slice(0, 3)).toEqual(['minority-swap-invariance', 'debt-raises', 'obvious-cases']);
    const swap = tests[0];
    expect(swap).toMatchObject({ cases: CASES, failed: swapFails });
    expect(swap.failing.length).toBe(Math.min(20, swapFails));
    const first = swap.failing[0];
    const r = row(first.case - 1);
    expect(first.at).toBe(`data/rows.csv:${first.case + 1}`);
    expect(first.input).toEqual({ income: String(r.income), debt: String(r.debt), age: String(r.age), minority: String(r.minority) });
    expect(first.perturbed).toEqual({ minority: String(1 - r.minority) });
    const mft = tests.find((t: { name: string }) => t.name === 'obvious-cases');
    expect(mft.failing).toEqual([
      expect.objectContaining({ case: 3, at: expect.stringMatching(/^suite\.yml:\d+$/), expected: 'label 1 (score >= 0.5)' }),
    ]);

    const summary = readFileSync(path.join(dir, 'out/suite/summary.md'), 'utf8');
    expect(summary).toContain('minority-swap-invariance');
  });

  it('is deterministic (seeded noise), takes JSON Lines cases and a named swap pair, and refuses a swap of three values', async () => {
    const again = await evaluate('suite.yml', 'out/again');
    expect(again.code).toBe(1);
    const first = readJson(path.join(dir, 'out/suite/report.json'));
    const second = readJson(path.join(dir, 'out/again/report.json'));
    expect(second.checks).toEqual(first.checks);
    expect(second.sections.behavioral).toEqual(first.sections.behavioral);

    writeFiles(dir, {
      'data/cases.jsonl':
        '{"income": 1, "debt": 0.5, "age": 30, "minority": 0, "label": 0}\n{"income": 1, "debt": 0.5, "age": 30, "minority": 2, "label": 0}\n',
      'pair.yml': config(
        url,
        '    - {name: pair, type: INV, cases: data/cases.jsonl, perturb: {swap: minority, swap_values: [0, 1]}, tolerance: 0.2}\n',
      ),
      'three.yml': config(url, '    - {name: three, type: INV, cases: data/cases3.csv, perturb: {swap: minority}}\n'),
      'data/cases3.csv': 'income,debt,age,minority,label\n1,0,30,0,1\n1,0,30,1,1\n1,0,30,2,1\n',
    });
    const pair = await evaluate('pair.yml', 'out/pair');
    expect(pair.code, pair.stdout + pair.stderr).toBe(0);
    // The case with minority 2 holds neither value of the pair: left out, not counted as a pass.
    const check = readJson(path.join(dir, 'out/pair/report.json')).checks.find((c: { id: string }) => c.id === 'behavioral[pair]');
    expect(check).toMatchObject({ status: 'pass', n: 1, value: 0 });
    const three = await evaluate('three.yml', 'out/three');
    expect(three.code).toBe(2);
    expect(readJson(path.join(dir, 'out/three/report.json')).error.message).toMatch(
      /swap minority needs two values, and the cases hold more/,
    );
  });

  it('holds MFT cases without labels to a score range: a case outside it fails, with the range as expected', async () => {
    const clear = { income: 3, debt: 0, age: 40, minority: 0 };
    const doubtful = { income: -2, debt: 1.6, age: 30, minority: 1 };
    expect(score(clear)).toBeGreaterThanOrEqual(0.9);
    expect(score(doubtful)).toBeLessThan(0.9);
    writeFiles(dir, {
      'range.yml': config(
        url,
        `    - name: clear-approvals
      type: MFT
      score_range: [0.9, 1]
      cases:
        - ${JSON.stringify(clear)}
        - ${JSON.stringify(doubtful)}
`,
      ),
    });
    const run = await evaluate('range.yml', 'out/range');
    expect(run.code, run.stdout + run.stderr).toBe(1);
    const report = readJson(path.join(dir, 'out/range/report.json'));
    const check = report.checks.find((c: { id: string }) => c.id === 'behavioral[clear-approvals]');
    expect(check).toMatchObject({ status: 'fail', value: 0.5, n: 2, evidence: { test: 'MFT: the score lies in [0.9, 1]', statistic: 1 } });
    const [failing] = report.sections.behavioral.tests[0].failing;
    expect(failing).toMatchObject({ case: 2, expected: 'score in [0.9, 1]' });
    expect(failing.got).toContain(String(score(doubtful)).slice(0, 6));
  });

  it('refuses a suite without a model, a perturbed column the model does not read, and a DIR test without expect', async () => {
    writeFiles(dir, {
      'predictions.csv': 'label,score\n1,0.9\n0,0.1\n',
      'nomodel.yml': `version: 1
data:
  predictions: predictions.csv
  label: label
  score: score
evaluate:
  gates: [{metric: roc_auc, min: 0.5}]
  behavioral:
    - {name: a, type: INV, perturb: {swap: minority}}
`,
      'unread.yml': config(url, '    - {name: b, type: INV, perturb: {swap: sex}}\n'),
      'noexpect.yml': config(url, '    - {name: c, type: DIR, perturb: {add: {income: 1}}}\n'),
      'rangeinv.yml': config(url, '    - {name: d, type: INV, perturb: {swap: minority}, score_range: [0, 1]}\n'),
      'rangeback.yml': config(url, '    - {name: e, type: MFT, cases: data/mft.csv, score_range: [0.9, 0.1]}\n'),
    });
    const cases: [string, RegExp][] = [
      ['nomodel.yml', /evaluate\.behavioral needs a model/],
      ['unread.yml', /perturbs "sex", which the model does not read/],
      ['noexpect.yml', /a DIR test needs `expect: increase`/],
      ['rangeinv.yml', /behavioral test d: `score_range` is for MFT tests/],
      ['rangeback.yml', /behavioral test e: `score_range` must be \[low, high\] with low <= high, got \[0\.9, 0\.1\]/],
    ];
    for (const [file, message] of cases) {
      const run = await evaluate(file, `out/${file}`);
      expect(run.code, run.stdout + run.stderr).toBe(2);
      const report = readJson(path.join(dir, `out/${file}`, 'report.json'));
      expect(report.verdict).toBe('error');
      expect(report.error.message).toMatch(message);
    }
  });
});
