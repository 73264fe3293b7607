/**
 * A TF.js GraphModel (test/fixtures/model/tfjs-graph, written by make-tfjs-graph.mjs: sigmoid(BiasAdd(MatMul(x, w),
 * b)) as a hand-written GraphDef) scored by loadTfjsModel in process, by the tfjs adapter, and by the reference
 * server `--model DIR` both with its preprocessing (raw feature columns) and without (its own input tensor), each
 * to the formula's values.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { openModel } from '../../shared/model/spec.js';
import { loadTfjsModel } from '../../shared/model/tfjs.js';
import { tempDir } from '../helpers/bundle.js';
import { featureRows, numeric, serve } from './server.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/model/tfjs-graph', import.meta.url));
const formula = JSON.parse(readFileSync(`${FIXTURE}/formula.json`, 'utf8')) as {
  kernel: number[];
  bias: number;
  features: { name: string; mean: number; std: number }[];
};
const NAMES = formula.features.map((f) => f.name);
const rows = featureRows(200).map(numeric);

const standardized = (row: Record<string, number>) => formula.features.map((f) => (row[f.name] - f.mean) / f.std);
function formulaScore(x: number[]): number {
  return 1 / (1 + Math.exp(-(formula.bias + x.reduce((sum, v, j) => sum + v * formula.kernel[j], 0))));
}

const dir = tempDir('modelgate-tfjs-graph-');
const modelDir = path.join(dir, 'graph');
cpSync(FIXTURE, modelDir, { recursive: true });
const bareDir = path.join(dir, 'bare');
cpSync(FIXTURE, bareDir, { recursive: true });
rmSync(path.join(bareDir, 'preprocessing.json'));

describe('a TF.js GraphModel', () => {
  test('loadTfjsModel and the tfjs adapter score it to the formula', async () => {
    const model = await loadTfjsModel(modelDir);
    const scores = model.score(
      rows.map((r) => NAMES.map((n) => r[n])),
      NAMES,
      rows.map((_, i) => ({ file: 'rows', line: i + 1 })),
    );
    model.dispose();
    expect(scores).toHaveLength(rows.length);
    scores.forEach((s, i) => expect(Math.abs(s - formulaScore(standardized(rows[i])))).toBeLessThan(1e-6));
    // Not a constant: the rows span the sigmoid.
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(0.5);

    const adapter = await openModel(`tfjs:${modelDir}`, { batchSize: 32 });
    expect(adapter.features).toEqual(NAMES);
    expect((await adapter.predict(rows)).scores).toEqual(scores);
    await adapter.close();
  });

  test('the reference server serves it with its preprocessing (feature columns) and without (its input tensor x)', async () => {
    const served = await serve(['--model', modelDir]);
    const metadata = await (await fetch(`${served.url}/v2/models/graph`)).json();
    expect(metadata.inputs.map((i: { name: string }) => i.name)).toEqual(NAMES);
    const remote = await openModel(`oip+${served.url}/graph`, { batchSize: 50, concurrency: 2 });
    const local = await openModel(`tfjs:${modelDir}`);
    expect((await remote.predict(rows)).scores).toEqual((await local.predict(rows)).scores);
    await Promise.all([remote.close(), local.close()]);

    const bare = await serve(['--model', bareDir, '--name', 'raw']);
    const raw = await (await fetch(`${bare.url}/v2/models/raw`)).json();
    expect(raw.inputs).toEqual([{ name: 'x', datatype: 'FP32', shape: [-1, 3] }]);
    const columns = ['x0', 'x1', 'x2'];
    const matrix = rows.map((r) => Object.fromEntries(standardized(r).map((v, j) => [columns[j], v])));
    const tensor = await openModel(`oip+${bare.url}/raw`, { features: columns, batchSize: 64 });
    const { scores } = await tensor.predict(matrix);
    await tensor.close();
    scores.forEach((s, i) => expect(Math.abs(s - formulaScore(standardized(rows[i])))).toBeLessThan(1e-6));
  });
});
