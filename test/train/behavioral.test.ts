/**
 * The train gate runs `evaluate.behavioral` against the model it just trained (its TF.js directory, through the
 * tfjs adapter in process): the checks land in train's report beside roc_auc, and the held-out rows are the
 * default cases. Expected counts come from the saved model itself, scored here on the same rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { train, type TrainResult } from '../../shared/commands/train.js';
import { loadTfjsModel } from '../../shared/model/tfjs.js';
import { createLocalPlatform } from '../../shared/platform/local.js';
import { writeReportFiles } from '../../shared/report/publish.js';
import { CaptureStream } from '../platform/capture-stream.js';
import { loanRows, toCsv, useTempDir, write } from './helpers.js';

const dir = useTempDir();
vi.stubEnv('GITHUB_WORKSPACE', dir);
const data = write(dir, 'train.csv', toCsv(loanRows(1200)));
const CASES = 150;

const platform = (cache = 'cache') =>
  createLocalPlatform({
    stdout: new CaptureStream(),
    stderr: new CaptureStream(),
    interactive: false,
    artifactDir: join(dir, 'artifacts'),
    // The test's own cache: whether a sample is cached never depends on earlier runs.
    cacheDir: join(dir, cache),
  });

function config(name: string, trainer: string, behavioral: string): string {
  return write(
    dir,
    name,
    `version: 1
data:
  label: label
  id: id
  groups: [sex]
train:
  dataset: ${data}
  sample: { method: stratified, by: [label, sex], fraction: 0.5, seed: 7 }
  holdout: { fraction: 0.3, seed: 7 }
${trainer}  artifact: false
evaluate:
  min_group_size: 5
  gates:
    - metric: roc_auc
      min: 0.7
  behavioral:
${behavioral}`,
  );
}

const BUILTIN = '  model: { type: logistic_regression, features: [x1, x2, region], epochs: 2, batch_size: 32, learning_rate: 0.1 }\n';
const SUITE = `    - { name: region-swap, type: INV, perturb: { swap: region, swap_values: [north, south] }, tolerance: 0.02, max_cases: ${CASES} }
    - { name: x1-raises, type: DIR, perturb: { add: { x1: 1 } }, expect: increase, max_cases: ${CASES} }
    - name: obvious
      type: MFT
      cases: [{ x1: 2, x2: 5, region: north, label: 1 }, { x1: -2, x2: 5, region: south, label: 1 }]
`;

/** The failing cases of the tests run on held-out rows (those without `cases` of their own). */
function heldOutOrigins(result: TrainResult): { test: string; at: string; input: Record<string, unknown> }[] {
  const tests = (
    result.report.sections!.behavioral as { tests: { name: string; failing: { at: string; input: Record<string, unknown> }[] }[] }
  ).tests;
  return tests.filter((t) => t.name !== 'obvious').flatMap((t) => t.failing.map((c) => ({ test: t.name, at: c.at, input: c.input })));
}

/** `train.csv:line` of each data row with these features, as the CSV writes them (line 1 is the header, ids count from 1). */
function dataLinesOf(input: Record<string, unknown>): string[] {
  return loanRows(1200)
    .filter((r) => String(r.x1) === String(input.x1) && String(r.x2) === String(input.x2) && r.region === input.region)
    .map((r) => `${data}:${r.id + 1}`);
}

describe('train runs the behavioral tests against the model it trained', () => {
  test('each test is a check of train’s report, counted on the held-out rows exactly as the saved model scores them', async () => {
    const out = join(dir, 'out');
    const result = await train({ config: config('suite.yml', BUILTIN, SUITE), out }, platform());
    const { report, modelDir } = result;

    // The held-out rows in the gate's order, and the saved model's scores of them and of their perturbations.
    const [, ...lines] = readFileSync(join(out, 'predictions.csv'), 'utf8').trim().split('\n');
    const byId = new Map(loanRows(1200).map((r) => [String(r.id), r]));
    const held = lines.map((l) => byId.get(l.split(',')[1])!).slice(0, CASES);
    const model = await loadTfjsModel(modelDir!);
    const scoreOf = (rows: { x1: number; x2: number; region: string }[]) =>
      model.score(
        rows.map((r) => [r.x1, r.x2, r.region]),
        ['x1', 'x2', 'region'],
        rows.map((_, i) => ({ file: 'test', line: i + 1 })),
      );
    const swappable = held.filter((r) => r.region === 'north' || r.region === 'south');
    const before = scoreOf(swappable);
    const after = scoreOf(swappable.map((r) => ({ ...r, region: r.region === 'north' ? 'south' : 'north' })));
    const swapFails = swappable.filter((_, i) => Math.abs(after[i] - before[i]) > 0.02).length;
    const raised = scoreOf(held.map((r) => ({ ...r, x1: r.x1 + 1 })));
    const base = scoreOf(held);
    const dirFails = held.filter((_, i) => raised[i] < base[i]).length;
    const mft = scoreOf([
      { x1: 2, x2: 5, region: 'north' },
      { x1: -2, x2: 5, region: 'south' },
    ]);
    model.dispose();
    expect(held.length).toBe(CASES);
    expect(swapFails).toBeGreaterThan(0);

    const byCheck = Object.fromEntries(report.checks.map((c) => [c.id, c]));
    expect(report.checks.map((c) => c.id)).toEqual(['roc_auc', 'behavioral[region-swap]', 'behavioral[x1-raises]', 'behavioral[obvious]']);
    expect(byCheck['behavioral[region-swap]']).toMatchObject({
      status: 'fail',
      metric: 'fail_rate',
      value: swapFails / swappable.length,
      n: swappable.length,
      evidence: { statistic: swapFails },
      rule: { index: 0 },
    });
    expect(byCheck['behavioral[x1-raises]']).toMatchObject({ value: dirFails / CASES, n: CASES });
    const mftFails = Number(mft[0] < 0.5) + Number(mft[1] < 0.5);
    expect(byCheck['behavioral[obvious]']).toMatchObject({ value: mftFails / 2, n: 2 });
    expect(report.gate).toBe('train');
    expect(report.verdict).toBe('fail');

    const tests = (report.sections!.behavioral as { tests: { name: string; failing: { at: string }[] }[] }).tests;
    expect(tests[0].name).toBe('region-swap');
    // A held-out case names its row's line in the data file.
    expect(heldOutOrigins(result)[0]).toEqual(expect.objectContaining({ test: 'region-swap' }));
    for (const c of heldOutOrigins(result)) expect(dataLinesOf(c.input)).toContain(c.at);
    expect((report.sections!.lineage as { sample: { cache: { hit: boolean } } }).sample.cache.hit).toBe(false);
    const files = await writeReportFiles(report, out);
    expect(readFileSync(files.markdown, 'utf8')).toContain('Failing cases of region-swap (INV)');
  });

  test('a held-out case names the data file’s line whether the sample was drawn now or restored from the cache', async () => {
    const file = config('cached.yml', BUILTIN, SUITE);
    const hit = (r: TrainResult) => (r.report.sections!.lineage as { sample: { cache: { hit: boolean } } }).sample.cache.hit;
    const cold = await train({ config: file, out: join(dir, 'out-cold') }, platform('cache-twice'));
    const warm = await train({ config: file, out: join(dir, 'out-warm') }, platform('cache-twice'));
    expect([hit(cold), hit(warm)]).toEqual([false, true]);
    expect(heldOutOrigins(cold).length).toBeGreaterThan(0);
    for (const c of heldOutOrigins(cold)) expect(dataLinesOf(c.input)).toContain(c.at);
    expect(heldOutOrigins(warm)).toEqual(heldOutOrigins(cold));
  });

  test('a trainer that leaves no TF.js model cannot pass the tests by skipping them', async () => {
    const script = write(
      dir,
      'half-trainer.mjs',
      `import { readFileSync, writeFileSync } from 'node:fs';
const [holdout, predictions] = process.argv.slice(2);
const rows = readFileSync(holdout, 'utf8').trim().split('\\n').length - 1;
writeFileSync(predictions, 'score\\n' + '0.5\\n'.repeat(rows));
`,
    );
    const trainer = `  command: ${process.execPath} ${script} {holdout} {predictions}\n`;
    const failed = train({ config: config('command.yml', trainer, SUITE), out: join(dir, 'out-command') }, platform());
    await expect(failed).rejects.toThrow(/evaluate\.behavioral needs a model to ask, and the trainer left no TF\.js model/);
  });
});
