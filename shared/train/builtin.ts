/**
 * The built-in trainer: logistic regression or a small MLP on TensorFlow.js, trained deterministically.
 * Everything random is seeded: initial weights through tfjs's seeded initializers, and the order of rows in
 * each epoch (and the validation rows) through the same per-key hash the sample uses, so the same rows and
 * seed give the same weights on one backend.
 */
import { createHash } from 'node:crypto';
import type * as Tf from '@tensorflow/tfjs';
import type { TfRuntime } from '../model/backend.js';
import { keyUniform } from '../stats/bootstrap.js';
import type { ModelConfig } from './config.js';

export interface EpochLog {
  epoch: number;
  loss: number;
  val_loss?: number;
}

export interface WeightHash {
  /** Layer and weight, such as `output/kernel`. */
  name: string;
  shape: number[];
  sha256: string;
}

export interface TrainingRun {
  model: Tf.LayersModel;
  history: EpochLog[];
  /** Set when early stopping ended training before `epochs`. */
  stoppedAfter?: number;
  weights: WeightHash[];
  /** sha256 over every weight tensor in order. */
  weightsSha256: string;
  seconds: number;
}

/** Trains on `x` ([rows, width], row-major) and labels `y` (0 or 1). */
export async function trainBuiltin(
  runtime: TfRuntime,
  spec: ModelConfig,
  x: Float32Array,
  y: Float32Array,
  width: number,
  seed: number,
): Promise<TrainingRun> {
  const { tf } = runtime;
  const started = performance.now();
  const rows = y.length;
  const model = buildModel(tf, spec, width, seed);
  let train = Array.from({ length: rows }, (_, i) => i);
  let validation: Tf.Tensor[] | undefined;
  if (spec.early_stopping) {
    const order = keyedOrder(train, seed, -1);
    const cut = Math.max(1, Math.round(spec.early_stopping.validation_fraction * rows));
    const held = order.slice(0, cut).sort((a, b) => a - b);
    train = order.slice(cut).sort((a, b) => a - b);
    validation = [
      gather(tf, x, width, held),
      tf.tensor2d(
        held.map((i) => y[i]),
        [held.length, 1],
      ),
    ];
  }
  const history: EpochLog[] = [];
  let best = Infinity;
  let stale = 0;
  let stoppedAfter: number | undefined;
  try {
    for (let epoch = 1; epoch <= spec.epochs; epoch++) {
      const order = keyedOrder(train, seed, epoch);
      const xs = gather(tf, x, width, order);
      const ys = tf.tensor2d(
        order.map((i) => y[i]),
        [order.length, 1],
      );
      try {
        const fit = await model.fit(xs, ys, {
          epochs: 1,
          batchSize: spec.batch_size,
          shuffle: false,
          verbose: 0,
          ...(validation ? { validationData: validation as [Tf.Tensor, Tf.Tensor] } : {}),
        });
        const log: EpochLog = { epoch, loss: Number(fit.history.loss[0]) };
        if (validation) log.val_loss = Number(fit.history.val_loss[0]);
        history.push(log);
      } finally {
        xs.dispose();
        ys.dispose();
      }
      if (spec.early_stopping) {
        const loss = history[history.length - 1].val_loss!;
        if (loss < best - spec.early_stopping.min_delta) {
          best = loss;
          stale = 0;
        } else if (++stale >= spec.early_stopping.patience) {
          if (epoch < spec.epochs) stoppedAfter = epoch;
          break;
        }
      }
    }
  } finally {
    validation?.forEach((t) => t.dispose());
  }
  const weights = hashWeights(model);
  const all = createHash('sha256');
  for (const w of weights) all.update(`${w.name}:${w.sha256}\n`);
  return { model, history, stoppedAfter, weights, weightsSha256: all.digest('hex'), seconds: (performance.now() - started) / 1000 };
}

/** The name of the first tensor whose hash differs between two runs, or null when all agree. */
export function firstDifference(a: WeightHash[], b: WeightHash[]): string | null {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i]?.name !== b[i]?.name || a[i]?.sha256 !== b[i]?.sha256 || a[i]?.shape.join() !== b[i]?.shape.join())
      return a[i]?.name ?? b[i].name;
  }
  return null;
}

function buildModel(tf: typeof Tf, spec: ModelConfig, width: number, seed: number): Tf.LayersModel {
  const model = tf.sequential({ name: 'modelgate' });
  const regularizer = spec.l2 > 0 ? tf.regularizers.l2({ l2: spec.l2 }) : undefined;
  let inputs = width;
  spec.layers.forEach((layer, i) => {
    model.add(
      tf.layers.dense({
        name: `hidden_${i + 1}`,
        units: layer.units,
        activation: layer.activation,
        inputShape: [inputs],
        kernelInitializer: tf.initializers.glorotUniform({ seed: seed + i }),
        kernelRegularizer: regularizer,
      }),
    );
    inputs = layer.units;
  });
  model.add(
    tf.layers.dense({
      name: 'output',
      units: 1,
      activation: 'sigmoid',
      inputShape: [inputs],
      kernelInitializer: tf.initializers.glorotUniform({ seed: seed + spec.layers.length }),
      kernelRegularizer: regularizer,
    }),
  );
  const rate = spec.learning_rate;
  const optimizer =
    spec.optimizer === 'sgd'
      ? tf.train.sgd(rate)
      : spec.optimizer === 'rmsprop'
        ? tf.train.rmsprop(rate)
        : spec.optimizer === 'adagrad'
          ? tf.train.adagrad(rate)
          : tf.train.adam(rate);
  model.compile({ optimizer, loss: 'binaryCrossentropy' });
  return model;
}

/** `indexes` ordered by their keyed draw: a seeded shuffle that needs no generator state. */
function keyedOrder(indexes: number[], seed: number, round: number): number[] {
  const draws = new Float64Array(indexes.length);
  // Each epoch is its own domain of the hash: (seed, round) mixed into one safe integer.
  const epochSeed = (seed % 2 ** 36) * 65_537 + round;
  indexes.forEach((row, k) => (draws[k] = keyUniform(row, epochSeed)));
  return indexes
    .map((row, k) => [row, k])
    .sort((a, b) => draws[a[1]] - draws[b[1]] || a[0] - b[0])
    .map(([row]) => row);
}

function gather(tf: typeof Tf, x: Float32Array, width: number, rows: number[]): Tf.Tensor2D {
  const out = new Float32Array(rows.length * width);
  rows.forEach((row, i) => out.set(x.subarray(row * width, (row + 1) * width), i * width));
  return tf.tensor2d(out, [rows.length, width]);
}

function hashWeights(model: Tf.LayersModel): WeightHash[] {
  return model.weights.map((variable) => {
    const values = variable.read().dataSync() as Float32Array;
    // `originalName`: tfjs makes variable names unique per process (output/kernel_1), which would differ between runs.
    return {
      name: variable.originalName,
      shape: variable.shape.slice() as number[],
      sha256: createHash('sha256')
        .update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength))
        .digest('hex'),
    };
  });
}
