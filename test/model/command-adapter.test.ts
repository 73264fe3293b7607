/**
 * The command adapter with a real program (test/fixtures/model/jsonl-model.mjs, run by this Node): one long-lived
 * process, JSON Lines both ways, stderr to the log, and every way a program can fail named with its rows.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ConfigError, SourceError } from '../../shared/errors.js';
import type { AdapterOptions, ModelAdapter } from '../../shared/model/adapter.js';
import { openModel } from '../../shared/model/spec.js';
import { missingPackages, skipNote, SYSTEM_TOOLS } from '../helpers/system.js';
import { expectedScore, featureRows, MODEL, numeric } from './server.js';

const PROGRAM = fileURLToPath(new URL('../fixtures/model/jsonl-model.mjs', import.meta.url));
const PYTHON_PROGRAM = fileURLToPath(new URL('../fixtures/model/jsonl-model.py', import.meta.url));
const SKLEARN_PROGRAM = fileURLToPath(new URL('../fixtures/model/sklearn-model.py', import.meta.url));
const missingPython = missingPackages(SYSTEM_TOOLS.python3);
const missingSklearn = missingPackages(SYSTEM_TOOLS.python3, SYSTEM_TOOLS.sklearn);
const rows = featureRows(150);
const expected = rows.map((r) => expectedScore(numeric(r)));

async function open(flags: string[] = [], options: AdapterOptions = {}): Promise<{ model: ModelAdapter; log: string[] }> {
  const log: string[] = [];
  const words = [process.execPath, PROGRAM, ...flags].map((w) => `'${w}'`).join(' ');
  const model = await openModel(`command:${words}`, {
    features: MODEL.features,
    batchSize: 40,
    onLog: (line) => log.push(line),
    ...options,
  });
  return { model, log };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome, 'expected a failure').toBeInstanceOf(Error);
  return outcome as Error;
}

describe('command adapter', () => {
  test('scores equal the formula; one process serves every batch and prediction; stderr reaches the log', async () => {
    const { model, log } = await open();
    expect(model.kind).toBe('command');
    const first = await model.predict(rows);
    expect(Array.from(first.scores)).toEqual(expected);
    expect(first.requests.map((r) => r.rows)).toEqual([40, 40, 40, 30]);
    const again = await model.predict(rows.slice(0, 5));
    expect(Array.from(again.scores)).toEqual(expected.slice(0, 5));
    await model.close();
    expect(log).toEqual(['model loaded']);
  });

  test.each([['--two-class'], ['--object']])('reads answers written as %s', async (flag) => {
    const { model } = await open([flag]);
    expect(Array.from((await model.predict(rows)).scores)).toEqual(expected);
    await model.close();
  });

  test("the model's own error for a row", async () => {
    const { model } = await open(['--fail-at', '45']);
    const error = await failure(model.predict(rows));
    expect(error).toBeInstanceOf(SourceError);
    expect(error.message).toBe(`${model.endpoint}: row 45: the model says: cannot score row 45`);
    await model.close();
  });

  test('a line on stdout that is not an answer', async () => {
    const { model } = await open(['--garble-at', '3']);
    const error = await failure(model.predict(rows));
    expect(error.message).toBe(`${model.endpoint}: the answer for row 3 is not JSON: "loading weights..."`);
    await model.close();
  });

  test('a program that exits mid-run: the rows it was given, its exit code and its last error output', async () => {
    const { model } = await open(['--exit-at', '50']);
    const error = await failure(model.predict(rows));
    expect(error.message).toBe(
      `${model.endpoint} (rows 41-80): the program exited with code 4; its last error output: model loaded | out of memory at row 50`,
    );
    // Once gone it stays gone: the next prediction fails at once, saying why.
    expect((await failure(model.predict(rows.slice(0, 1)))).message).toMatch(/\(row 1\): the program exited with code 4/);
    await model.close();
  });

  test('a program that never answers: the start-up and batch timeouts, then it is stopped', async () => {
    const { model } = await open(['--hang'], { timeoutMs: 200, startupTimeoutMs: 100 });
    const error = await failure(model.predict(rows.slice(0, 3)));
    expect(error.message).toBe(`${model.endpoint} (rows 1-3): no answer within 0.3 s; the program was stopped`);
    await model.close();
  });

  test('a program that stops reading its stdin mid-batch is caught by the timeout too', async () => {
    const model = await openModel(`command:'${process.execPath}' -e "setInterval(() => {}, 1000)"`, {
      timeoutMs: 200,
      startupTimeoutMs: 100,
      batchSize: 500,
    });
    const big = Array.from({ length: 300 }, () => ({ text: 'x'.repeat(10_000) }));
    const error = await failure(model.predict(big));
    expect(error.message).toBe(`${model.endpoint} (rows 1-300): no answer within 0.3 s; the program was stopped`);
    await model.close();
  });

  test('a program that does not exist is a ConfigError; the program gets no secrets from the environment', async () => {
    const missing = await failure(openModel('command:/nonexistent/model --serve'));
    expect(missing).toBeInstanceOf(ConfigError);
    expect(missing.message).toBe('model command not found: /nonexistent/model');
    process.env.MODELGATE_TEST_SECRET = 's3cret';
    try {
      const script =
        "process.stdin.on('data', (d) => d.toString().trim().split('\\n').forEach(() => console.log(process.env.MODELGATE_TEST_SECRET ? 1 : 0)))";
      const model = await openModel(`command:'${process.execPath}' -e "${script}"`);
      expect(Array.from((await model.predict([{ a: 1 }, { a: 2 }])).scores)).toEqual([0, 0]);
      await model.close();
      const passed = await openModel(`command:'${process.execPath}' -e "${script}"`, { env: ['MODELGATE_TEST_SECRET'] });
      expect(Array.from((await passed.predict([{ a: 1 }])).scores)).toEqual([1]);
      await passed.close();
    } finally {
      delete process.env.MODELGATE_TEST_SECRET;
    }
  });
});

describe('command adapter with a model written in Python', () => {
  test.skipIf(missingPython.length > 0)(
    `Debian's /usr/bin/python3 running test/fixtures/model/jsonl-model.py: scores within 1e-12 of the Node reference${skipNote(missingPython)}`,
    async () => {
      const log: string[] = [];
      const model = await openModel(`command:/usr/bin/python3 '${PYTHON_PROGRAM}'`, {
        features: MODEL.features,
        batchSize: 40,
        onLog: (line) => log.push(line),
      });
      try {
        const { scores, requests } = await model.predict(rows);
        expect(requests.map((r) => r.rows)).toEqual([40, 40, 40, 30]);
        scores.forEach((score, i) => expect(Math.abs(score - expected[i]), `row ${i + 1}`).toBeLessThanOrEqual(1e-12));
        expect(log).toEqual([expect.stringMatching(/^python 3\.\d+ model loaded$/)]);
        // The program's own refusal of a row reaches the error with the row's number.
        const error = await failure(model.predict([{ income: 1, debt: 'n/a', age: 30 }]));
        expect(error).toBeInstanceOf(SourceError);
        expect(error.message).toMatch(/: row 1: the model says: feature 'debt' is "n\/a", not a number$/);
      } finally {
        await model.close();
      }
    },
  );
});

describe('command adapter with a scikit-learn model', () => {
  test.skipIf(missingSklearn.length > 0)(
    `Debian's /usr/bin/python3 running test/fixtures/model/sklearn-model.py (a fitted LogisticRegression): every score is its predict_proba, the logistic of its logged coefficients${skipNote(missingSklearn)}`,
    async () => {
      const log: string[] = [];
      const model = await openModel(`command:/usr/bin/python3 '${SKLEARN_PROGRAM}'`, {
        features: MODEL.features,
        batchSize: 64,
        onLog: (line) => log.push(line),
      });
      try {
        const { scores, requests } = await model.predict(rows);
        expect(requests.map((r) => r.rows)).toEqual([64, 64, 22]);
        expect(log).toHaveLength(1);
        const fitted = /^sklearn \d+\.\d+\.\d+ LogisticRegression fitted: coef (\[.*\]) intercept (\S+)$/.exec(log[0]);
        expect(fitted, log[0]).not.toBeNull();
        const coef = JSON.parse(fitted![1]) as number[];
        const intercept = Number(fitted![2]);
        // Fitted on data drawn from the reference formula: the coefficients land near it.
        expect(coef.map((c, j) => Math.abs(c - MODEL.weights[j]) < 0.3)).toEqual([true, true, true]);
        rows.forEach((row, i) => {
          const x = numeric(row);
          const z = intercept + MODEL.features.reduce((sum, f, j) => sum + coef[j] * x[f], 0);
          expect(Math.abs(scores[i] - 1 / (1 + Math.exp(-z))), `row ${i + 1}`).toBeLessThanOrEqual(1e-12);
        });
        const error = await failure(model.predict([{ income: 1, debt: null, age: 30 }]));
        expect(error.message).toMatch(/: row 1: the model says: feature 'debt' is null, not a number$/);
      } finally {
        await model.close();
      }
    },
  );
});
