/**
 * When evaluate scores a dataset through a model instead of reading predictions, and what the report then says
 * about the model. The scoring itself is shared/model/score-dataset.ts.
 */
import type { Config, LoadedConfig } from '../config/types.js';
import { ConfigError, UsageError } from '../errors.js';
import { scoreDataset, type ModelRecord } from '../model/score-dataset.js';
import { orderTests } from '../model/behavioral.js';
import { countStatuses, verdictOf } from '../gates/verdict.js';
import type { Platform } from '../platform/port.js';
import type { Report } from '../report/model.js';
import type { EvaluateOptions } from './evaluate.js';

const DEFAULT_OUT = 'modelgate-report';

/**
 * Scoring is asked for by `--model` or `--dataset`, or by a config with `evaluate.model` and no predictions.
 * Predictions given beside a model flag are a contradiction, not a choice to make silently.
 */
export function scoring(options: EvaluateOptions, loaded: LoadedConfig): boolean {
  // Partials carry scores already; a gate holding its own predictions to evaluate's rules (train) has its model.
  if (options.partials || options.as) return false;
  const flagged = options.model !== undefined || (options.dataset?.length ?? 0) > 0;
  if (flagged && (options.predictions?.length ?? 0) > 0)
    throw new UsageError('--predictions and --model/--dataset cannot be combined: evaluate either predictions or a model');
  const config: Config = loaded.config;
  if (flagged && config.evaluate.model === undefined)
    throw new ConfigError(
      '--dataset needs a model to score it through',
      { file: loaded.file, path: '/evaluate' },
      {
        hint: 'pass --model SPEC (action input `model`), or set evaluate.model.spec in the config',
      },
    );
  const predictions = config.data.predictions;
  const scores = flagged || (config.evaluate.model !== undefined && (predictions === undefined || predictions.length === 0));
  // Tests that cannot run must not pass by being skipped.
  if (!scores && config.evaluate.behavioral.length > 0)
    throw new ConfigError(
      'evaluate.behavioral needs a model to ask: predictions alone cannot answer a perturbed case',
      { file: loaded.file, path: '/evaluate/behavioral' },
      { hint: 'score through a model: --model SPEC --dataset FILE, or evaluate.model and data.dataset in the config' },
    );
  return scores;
}

export interface Scored {
  config: Config;
  /** Adds the model to the report's data section and notes. */
  annotate(report: Report): void;
}

export async function scoreDatasetOf(options: EvaluateOptions, loaded: LoadedConfig, platform: Platform): Promise<Scored> {
  const scored = await scoreDataset(loaded, options.out ?? DEFAULT_OUT, platform);
  const model: ModelRecord = scored.model;
  platform.info(`scored ${model.rows} rows through ${model.endpoint} in ${model.requests} requests; predictions: ${model.predictions}`);
  return {
    config: scored.config,
    annotate(report) {
      report.data = { ...report.data, model };
      if (scored.behavioral) {
        report.checks.push(...scored.behavioral.checks);
        report.verdict = verdictOf(report.checks);
        report.counts = countStatuses(report.checks);
        const tests = orderTests(scored.behavioral.results);
        report.sections = { ...report.sections, behavioral: { tests } };
      }
      report.notes.push(
        `Scores come from the model at ${model.endpoint} (${model.kind}), ${model.rows} rows of ${model.dataset.join(', ')} in ${model.requests} requests of up to ${model.batch_size} rows; they are kept in ${model.predictions}, which can be gated again without the model.`,
      );
    },
  };
}
