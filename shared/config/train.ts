/**
 * The `train:` section of the config after schema validation and defaults (its types are generated from
 * schema/modelgate.schema.json), and the checks that relate its keys to each other and to `data:`.
 */
import { ConfigError, type Location } from '../errors.js';
import { configPosition } from './positions.js';
import { TOKEN_VARIABLES } from '../report/secrets.js';
import type { Config, Holdout, Layer, LoadedConfig, Model, Sample, Train } from './types.js';

export type SampleConfig = Sample;
export type SampleMethod = Sample['method'];
export type HoldoutConfig = Holdout;
export type LayerConfig = Layer;
export type ModelConfig = Model;

/** The artifact name the schema defaults to, which `artifact: true` also means. */
const DEFAULT_ARTIFACT = 'modelgate-model';

export interface TrainConfig extends Omit<Train, 'artifact'> {
  /** The artifact's name, or false to upload nothing. */
  artifact: string | false;
}

/** The validated `train:` section, or a ConfigError at the place in the file that makes it unusable. */
export function trainConfigOf(loaded: LoadedConfig): TrainConfig {
  const { config } = loaded;
  const at = (path: string) => ({ ...configPosition(loaded, path), path });
  const train = config.train;
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
  if (train.model) checkModel(train.model, config.data, at);
  // `artifact: true` means "upload it", under the default name.
  if (train.artifact === true) train.artifact = DEFAULT_ARTIFACT;
  return train as TrainConfig;
}

type At = (path: string) => Location;

function checkSample(sample: Sample, at: At): void {
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

function checkModel(model: Model, data: Config['data'], at: At): void {
  if (data.task !== 'binary') {
    throw new ConfigError(`the built-in trainer predicts binary labels; data.task is ${data.task}`, at('/train/model'), {
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
  if (model.features.includes(data.label)) {
    throw new ConfigError(
      `the label column \`${data.label}\` cannot be a feature`,
      at(`/train/model/features/${model.features.indexOf(data.label)}`),
    );
  }
}
