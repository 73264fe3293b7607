/**
 * The `train:` section of the config after schema validation and defaults (the schema in
 * schema/modelgate.schema.json is the source of truth), and the checks that relate its keys to each other.
 */
import type { LoadedConfig } from '../config/types.js';
import { ConfigError } from '../errors.js';
import { TOKEN_VARIABLES } from '../report/secrets.js';

export type SampleMethod = 'uniform' | 'stratified' | 'reservoir' | 'time';

export interface SampleConfig {
  method: SampleMethod;
  fraction?: number;
  n?: number;
  by?: string[];
  min_per_stratum: number;
  column?: string;
  days?: number;
  seed: number;
  format: 'csv' | 'jsonl';
}

export interface HoldoutConfig {
  fraction: number;
  seed?: number;
  file?: string | string[];
}

export interface LayerConfig {
  units: number;
  activation: 'relu' | 'tanh' | 'sigmoid' | 'elu' | 'selu' | 'linear';
}

export interface ModelConfig {
  type: 'logistic_regression' | 'mlp';
  features: string[];
  categorical?: string[];
  max_categories: number;
  impute: 'error' | 'mean' | 'zero';
  layers: LayerConfig[];
  optimizer: 'sgd' | 'adam' | 'rmsprop' | 'adagrad';
  learning_rate: number;
  epochs: number;
  batch_size: number;
  l2: number;
  early_stopping?: { patience: number; min_delta: number; validation_fraction: number };
}

export interface TrainConfig {
  dataset?: string | string[];
  sample: SampleConfig;
  holdout: HoldoutConfig;
  model?: ModelConfig;
  command?: string;
  /** Variables of the runner's environment the external trainer also gets (beyond PATH, HOME, locale and the like). */
  env: string[];
  timeout_minutes: number;
  reproducible: boolean;
  cache: boolean;
  artifact: string | false;
  /** A previous run's manifest.json, whose held-out predictions are the baseline of the drop rules. */
  baseline_manifest?: string;
}

/** The validated `train:` section, or a ConfigError at the place in the file that makes it unusable. */
export function trainConfigOf(loaded: LoadedConfig): TrainConfig {
  const { config, file, sourceMap } = loaded;
  const at = (path: string) => {
    const position = sourceMap.get(path);
    return { file, path, line: position?.line, column: position?.column };
  };
  const train = config.train as TrainConfig | undefined;
  if (train === undefined) {
    throw new ConfigError('the config has no `train:` section', at(''), {
      hint: 'add `train:` with `dataset`, `sample` and `model` (see the README)',
    });
  }
  if (train.model === undefined && train.command === undefined) {
    throw new ConfigError('`train` needs a `model` (the built-in trainer) or a `command` (your own trainer)', at('/train'));
  }
  if (train.model !== undefined && train.command !== undefined) {
    throw new ConfigError('`train` sets both `model` and `command`; set one trainer', at('/train/command'));
  }
  checkSample(train.sample, at);
  const token = train.env.findIndex((name) => TOKEN_VARIABLES.includes(name.toUpperCase()));
  if (token !== -1) {
    throw new ConfigError(
      `\`train.env\` names ${train.env[token]}, the platform's token: the trainer never gets it`,
      at(`/train/env/${token}`),
      {
        hint: 'give the trainer a token of its own, with only the access it needs, under another name',
      },
    );
  }
  if (train.baseline_manifest !== undefined && config.data.baseline !== undefined) {
    throw new ConfigError('both `data.baseline` and `train.baseline_manifest` name a baseline; set one', at('/train/baseline_manifest'), {
      hint: 'the manifest names its predictions file and checks that it is on the same held-out rows',
    });
  }
  if (train.model) checkBuiltinModel(train.model, config, at);
  return train;
}

type At = (path: string) => { file: string; path: string; line?: number; column?: number };

function checkSample(sample: TrainConfig['sample'], at: At): void {
  if (sample.fraction !== undefined && sample.n !== undefined) {
    throw new ConfigError('`train.sample` sets both `fraction` and `n`; set one', at('/train/sample/n'));
  }
  if (sample.method === 'reservoir' && sample.n === undefined) {
    throw new ConfigError('reservoir sampling keeps a fixed number of rows: set `train.sample.n`', at('/train/sample'));
  }
  if (sample.method === 'stratified' && sample.n !== undefined) {
    throw new ConfigError('stratified sampling keeps a `fraction` of every stratum, not `n` rows', at('/train/sample/n'), {
      hint: 'use `fraction`, or `method: reservoir` for a fixed number of rows',
    });
  }
  if (sample.method === 'time' && (sample.column === undefined || sample.days === undefined)) {
    throw new ConfigError('time sampling needs `train.sample.column` (the timestamp) and `train.sample.days`', at('/train/sample'));
  }
  if (sample.method !== 'stratified' && sample.by !== undefined) {
    throw new ConfigError(
      `\`train.sample.by\` applies only to stratified sampling, and the method is ${sample.method}`,
      at('/train/sample/by'),
    );
  }
}

function checkBuiltinModel(model: NonNullable<TrainConfig['model']>, config: LoadedConfig['config'], at: At): void {
  if (config.data.task !== 'binary') {
    throw new ConfigError(`the built-in trainer predicts binary labels; data.task is ${config.data.task}`, at('/train/model'), {
      hint: 'use `train.command` with your own trainer for other tasks',
    });
  }
  if (model.type === 'mlp' && model.layers.length === 0) {
    throw new ConfigError('an `mlp` model needs at least one hidden layer in `train.model.layers`', at('/train/model'));
  }
  if (model.type === 'logistic_regression' && model.layers.length > 0) {
    throw new ConfigError('`train.model.layers` applies only to `type: mlp`', at('/train/model/layers'));
  }
  model.categorical?.forEach((name, i) => {
    if (!model.features.includes(name))
      throw new ConfigError(`\`${name}\` in train.model.categorical is not in train.model.features`, at(`/train/model/categorical/${i}`));
  });
  if (model.features.includes(config.data.label)) {
    throw new ConfigError(
      `the label column \`${config.data.label}\` cannot be a feature`,
      at(`/train/model/features/${model.features.indexOf(config.data.label)}`),
    );
  }
}
