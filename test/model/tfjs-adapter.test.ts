/**
 * The tfjs adapter on a real TF.js LayersModel saved in the fixtures (a logistic regression written by
 * test/fixtures/model/make-tfjs-logreg.mjs): scores equal its formula to float32 precision, rows are encoded by
 * its preprocessing.json, and bad rows or directories are clear errors.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ConfigError, DataError } from '../../shared/errors.js';
import { openModel } from '../../shared/model/spec.js';
import { featureRows } from './server.js';

const DIR = fileURLToPath(new URL('../fixtures/model/tfjs-logreg', import.meta.url));
const formula = JSON.parse(readFileSync(`${DIR}/formula.json`, 'utf8')) as { kernel: number[]; bias: number };
const REGIONS = ['north', 'south', 'atlantis'];
const rows = featureRows(100).map((r, i) => ({ ...r, region: REGIONS[i % 3] }));

function expectedScore(row: Record<string, unknown>): number {
  const onehot = [row.region === 'north' ? 1 : 0, row.region === 'south' ? 1 : 0, REGIONS.indexOf(String(row.region)) === 2 ? 1 : 0];
  const x = [Number(row.income), Number(row.debt), Number(row.age), ...onehot];
  return 1 / (1 + Math.exp(-(formula.bias + x.reduce((sum, v, j) => sum + v * formula.kernel[j], 0))));
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome, 'expected a failure').toBeInstanceOf(Error);
  return outcome as Error;
}

describe('tfjs adapter', () => {
  test('scores equal the formula (float32), unseen categories in the unknown bucket, batched', async () => {
    const model = await openModel(DIR, { batchSize: 32 });
    expect(model.kind).toBe('tfjs');
    expect(model.features).toEqual(['income', 'debt', 'age', 'region']);
    const { scores, requests } = await model.predict(rows);
    expect(requests.map((r) => r.rows)).toEqual([32, 32, 32, 4]);
    scores.forEach((s, i) => expect(Math.abs(s - expectedScore(rows[i]))).toBeLessThan(1e-6));
    // The spec's tfjs: form is the same model.
    const same = await openModel(`tfjs:${DIR}`);
    expect(Array.from((await same.predict(rows)).scores)).toEqual(Array.from(scores));
    await model.close();
    await same.close();
  });

  test('a missing or non-numeric value is a DataError naming the file, line and column', async () => {
    const model = await openModel(`tfjs:${DIR}`);
    const bad = rows.slice(0, 4).map((r, i) => (i === 2 ? { ...r, age: 'old' } : r));
    const error = await failure(
      model.predict(
        bad,
        bad.map((_, i) => ({ file: 'loans.csv', line: i + 2 })),
      ),
    );
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).location).toEqual({ file: 'loans.csv', line: 4, column: 'age' });
    const missing = await failure(model.predict([{ income: 1, debt: 2, region: 'north' }]));
    expect(missing.message).toMatch(/feature "age" has a missing value/);
    await model.close();
  });

  test('features that differ from the preprocessing, or a directory without a model, are refused', async () => {
    expect(await failure(openModel(DIR, { features: ['income', 'debt'] }))).toBeInstanceOf(ConfigError);
    const empty = await failure(openModel(`tfjs:${fileURLToPath(new URL('.', import.meta.url))}`));
    expect(empty).toBeInstanceOf(DataError);
    expect(empty.message).toMatch(/cannot read the model's preprocessing/);
  });
});
