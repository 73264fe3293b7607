/**
 * `evaluate.behavioral` in the train gate: the tests ask the model this run just trained (the built-in trainer's
 * TF.js directory, through the `tfjs` adapter in this process) and, with `evaluate.behavioral_baseline`, the
 * baseline model too, exactly as evaluate does. Tests without `cases` run on the held-out rows. A config with tests
 * and a trainer that left no TF.js model is an error: a test that cannot run must not pass by being skipped.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { configPosition } from '../config/positions.js';
import type { LoadedConfig } from '../config/types.js';
import type { ReadOptions } from '../data/types.js';
import { ConfigError, type Location } from '../errors.js';
import type { ModelAdapter } from '../model/adapter.js';
import { checkBehavioral, orderTests, runBehavioral, type BehavioralResult, type Cases } from '../model/behavioral.js';
import { MODEL_FILE } from '../model/files.js';
import { openScoring } from '../model/score-dataset.js';
import { openModel } from '../model/spec.js';
import { PREPROCESSING_FILE } from '../model/tfjs.js';
import type { Platform } from '../platform/port.js';
import type { Check } from '../report/model.js';
import type { SampledRow } from '../train/sample.js';

export interface TrainedBehavioral {
  checks: Check[];
  /** For `report.sections.behavioral`, tests with new failures and then failures first. */
  tests: BehavioralResult[];
}

/** Runs the config's behavioral tests against the model in `modelDir`; null when the config has none. */
export async function trainedBehavioral(
  loaded: LoadedConfig,
  modelDir: string,
  holdout: { rows: readonly SampledRow[]; columns: readonly string[] },
  readOptions: ReadOptions,
  platform: Platform,
): Promise<TrainedBehavioral | null> {
  const { config } = loaded;
  const tests = config.evaluate.behavioral;
  const at = (pointer: string): Location => ({ ...configPosition(loaded, pointer), path: pointer });
  if (tests.length === 0) {
    if (config.evaluate.behavioral_baseline)
      throw new ConfigError(
        '`evaluate.behavioral_baseline` is a baseline for behavioral tests, and evaluate.behavioral has none',
        at('/evaluate/behavioral_baseline'),
      );
    return null;
  }
  if (!existsSync(path.join(modelDir, MODEL_FILE)) || !existsSync(path.join(modelDir, PREPROCESSING_FILE)))
    throw new ConfigError(
      'evaluate.behavioral needs a model to ask, and the trainer left no TF.js model (model.json and preprocessing.json)',
      at('/evaluate/behavioral'),
      {
        hint: 'train with the built-in trainer (train.model), or run the tests with `modelgate evaluate --model SPEC` on the trained model',
      },
    );
  const adapter = await openModel({ kind: 'tfjs', dir: modelDir });
  let baseline: ModelAdapter | undefined;
  try {
    const settings = config.evaluate.behavioral_baseline;
    if (settings) baseline = (await openScoring(settings, '/evaluate/behavioral_baseline', readOptions, at, platform)).adapter;
    checkBehavioral(tests, adapter.features, at, baseline !== undefined);
    const keep = Math.max(0, ...tests.filter((t) => t.cases === undefined).map((t) => t.max_cases));
    const head: Cases = { rows: [], origins: [] };
    for (const row of holdout.rows.slice(0, keep)) {
      head.rows.push(Object.fromEntries(holdout.columns.map((c, j) => [c, row.values[j]])));
      head.origins.push({ file: row.file, line: row.line });
    }
    const against = baseline ? ` (baseline ${baseline.endpoint})` : '';
    const { checks, results } = await platform.group(
      `Behavioral tests of the trained model${against}: ${tests.map((t) => t.name).join(', ')}`,
      () => runBehavioral(tests, { config, adapter, baseline, head, readOptions, at }),
    );
    return { checks, tests: orderTests(results) };
  } finally {
    await adapter.close();
    await baseline?.close();
  }
}
