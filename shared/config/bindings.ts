/**
 * Checks of the column bindings a reader is given, which relate `data:` keys to each other. They run when the
 * reader starts, since bindings also come from other places than the config file (train's own predictions);
 * each error names the config key, which locateInConfig turns into a line and column.
 */
import { ConfigError } from '../errors.js';
import type { Bindings } from '../data/types.js';

export function checkBindings(bindings: Bindings): void {
  const { task, score, prediction, classes } = bindings;
  if (score === undefined && prediction === undefined) {
    throw new ConfigError('bind data.score or data.prediction: there is nothing to evaluate', { path: '/data' });
  }
  if (task !== 'multiclass' && Array.isArray(score)) {
    throw new ConfigError(`data.score is a list of columns, which only a multiclass task has (task is ${task})`, { path: '/data/score' });
  }
  if (task === 'binary' && classes !== undefined && classes.length !== 2) {
    throw new ConfigError(`a binary task has two classes [negative, positive], got ${classes.length}`, { path: '/data/classes' });
  }
  if (task === 'binary' && !(bindings.threshold >= 0 && bindings.threshold <= 1)) {
    throw new ConfigError(`data.threshold must be within [0, 1], got ${bindings.threshold}`, { path: '/data/threshold' });
  }
  if (task === 'multiclass') {
    if (classes === undefined || classes.length < 2) {
      throw new ConfigError('a multiclass task needs data.classes: the class labels, in score order', { path: '/data/classes' });
    }
    if (Array.isArray(score) && score.length !== classes.length) {
      throw new ConfigError(`data.score names ${score.length} columns for ${classes.length} classes`, { path: '/data/score' });
    }
  }
}
