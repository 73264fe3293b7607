import { describe, expect, test } from 'vitest';
import { checkBindings } from '../../shared/config/bindings.js';
import { loadConfig } from '../../shared/config/index.js';
import { trainConfigOf } from '../../shared/config/train.js';
import type { Bindings } from '../../shared/data/types.js';
import { writeConfig } from './helpers.js';

const TRAIN = 'version: 1\ndata:\n  label: y\ntrain:\n  dataset: d.csv\n  model: {features: [a, b]}\n';

describe('train checks, under shared/config/', () => {
  test('a train section loads with its defaults, and `artifact: true` means the default name', async () => {
    const settings = trainConfigOf(await loadConfig(writeConfig(`${TRAIN}  artifact: true\n`), {}, 'train'));
    expect(settings.artifact).toBe('modelgate-model');
    expect(settings.sample).toMatchObject({ method: 'uniform', seed: 0, format: 'csv' });
    expect(trainConfigOf(await loadConfig(writeConfig(`${TRAIN}  artifact: false\n`), {}, 'train')).artifact).toBe(false);
  });

  test('the label cannot be a feature, with its place in the file', async () => {
    const loaded = await loadConfig(writeConfig(TRAIN.replace('[a, b]', '[a, y]')), {}, 'train');
    expect(() => trainConfigOf(loaded)).toThrow(
      expect.objectContaining({
        kind: 'ConfigError',
        message: 'the label column `y` cannot be a feature',
        location: expect.objectContaining({ line: 6, column: 25, path: '/train/model/features/1' }),
      }),
    );
  });
});

describe('reader bindings', () => {
  const base: Bindings = { task: 'binary', label: 'y', score: 's', threshold: 0.5, groups: [], slices: [] };

  test('a binding the readers cannot use is a ConfigError naming its key', () => {
    expect(() => checkBindings(base)).not.toThrow();
    expect(() => checkBindings({ ...base, score: undefined })).toThrow(
      expect.objectContaining({ message: 'bind data.score or data.prediction: there is nothing to evaluate', location: { path: '/data' } }),
    );
    expect(() => checkBindings({ ...base, score: ['a', 'b'] })).toThrow(expect.objectContaining({ location: { path: '/data/score' } }));
    expect(() => checkBindings({ ...base, task: 'multiclass', score: ['a', 'b', 'c'], classes: ['x', 'y'] })).toThrow(
      expect.objectContaining({ message: 'data.score names 3 columns for 2 classes' }),
    );
  });
});
