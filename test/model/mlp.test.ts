/**
 * The built-in MLP with early stopping, end to end: `modelgate train` fits a two-hidden-layer network, stops when
 * the validation loss stops improving, saves it, and the `tfjs` adapter reloads it to the same scores.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { train } from '../../shared/commands/train.js';
import { loadTfjsModel } from '../../shared/model/tfjs.js';
import { createLocalPlatform } from '../../shared/platform/local.js';
import { CaptureStream } from '../platform/capture-stream.js';
import { loanRows, toCsv, useTempDir, write } from '../train/helpers.js';

const dir = useTempDir();
// Data files are read inside the workspace only; here that is the temp dir.
vi.stubEnv('GITHUB_WORKSPACE', dir);
const rows = loanRows(600, 5);
const data = write(dir, 'train.csv', toCsv(rows));
const EPOCHS = 40;
const PATIENCE = 2;
const MIN_DELTA = 0.002;

/** The epoch early stopping must end at, replayed from the validation losses: `patience` epochs without a gain of `min_delta`. */
function expectedStop(valLoss: number[]): number | undefined {
  let best = Infinity;
  let stale = 0;
  for (const [i, loss] of valLoss.entries()) {
    if (loss < best - MIN_DELTA) {
      best = loss;
      stale = 0;
    } else if (++stale >= PATIENCE) return i + 1;
  }
  return undefined;
}

describe('built-in mlp with early stopping on the validation loss', () => {
  test('stops before the configured epochs, and the saved model reloads with identical held-out scores', async () => {
    const config = write(
      dir,
      'mlp.yml',
      `version: 1
data:
  label: label
  id: id
  groups: [sex]
train:
  dataset: ${data}
  sample: { method: uniform, fraction: 1, seed: 11 }
  holdout: { fraction: 0.25, seed: 11 }
  model:
    type: mlp
    features: [x1, x2, region]
    layers: [{ units: 8, activation: relu }, { units: 4, activation: tanh }]
    optimizer: adam
    learning_rate: 0.05
    epochs: ${EPOCHS}
    batch_size: 32
    early_stopping: { patience: ${PATIENCE}, min_delta: ${MIN_DELTA}, validation_fraction: 0.2 }
  cache: false
  artifact: false
evaluate:
  gates:
    - metric: roc_auc
      min: 0.6
`,
    );
    const out = join(dir, 'out');
    const platform = createLocalPlatform({ stdout: new CaptureStream(), stderr: new CaptureStream(), interactive: false });
    const { report, modelDir } = await train({ config, out }, platform);
    const section = report.sections!.train as {
      model: string;
      epochs: number;
      stopped_early_after?: number;
      loss: number[];
      val_loss: number[];
    };
    expect(section.model).toBe('mlp');
    expect(section.epochs).toBeLessThan(EPOCHS);
    expect(section.stopped_early_after).toBe(section.epochs);
    expect(section.val_loss).toHaveLength(section.epochs);
    expect(section.val_loss.every((v) => Number.isFinite(v) && v > 0)).toBe(true);
    // It stopped exactly where the rule says, not merely early (val_loss is rounded to 1e-6 in the report).
    expect(expectedStop(section.val_loss)).toBe(section.epochs);
    expect(report.verdict).toBe('pass');

    const model = await loadTfjsModel(modelDir!);
    const topology = JSON.parse(readFileSync(join(modelDir!, 'model.json'), 'utf8')).modelTopology;
    expect(JSON.stringify(topology)).toContain('"hidden_2"');
    const [header, ...lines] = readFileSync(join(out, 'predictions.csv'), 'utf8').trim().split('\n');
    expect(header).toBe('label,id,sex,score');
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    const held = lines.map((l) => byId.get(l.split(',')[1])!);
    const scores = model.score(
      held.map((r) => [r.x1, r.x2, r.region]),
      ['x1', 'x2', 'region'],
      held.map((r) => ({ file: data, line: r.id + 1 })),
    );
    expect(Array.from(scores)).toEqual(lines.map((l) => Number(l.split(',').pop())));
    model.dispose();
  });
});
