/**
 * The `tfjs` model adapter: a LayersModel directory written by the train gate (model.json, weights.bin and
 * preprocessing.json) loaded with the best available backend, turning rows into positive-class scores.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type * as Tf from '@tensorflow/tfjs';
import { DataError } from '../errors.js';
import { loadTensorflow, type BackendName, type TfRuntime } from './backend.js';
import { directoryHandler } from './files.js';
import { encodeRows, type Preprocessing, type RowOrigin } from './preprocessing.js';

export const PREPROCESSING_FILE = 'preprocessing.json';

export interface TfjsModel {
  readonly preprocessing: Preprocessing;
  readonly backend: BackendName;
  /** Positive-class probabilities of `rows` (values in `columns` order). */
  score(rows: readonly unknown[][], columns: string[], origins: readonly RowOrigin[]): Float64Array;
  dispose(): void;
}

export async function loadTfjsModel(dir: string): Promise<TfjsModel> {
  const runtime = await loadTensorflow();
  const file = path.join(dir, PREPROCESSING_FILE);
  let preprocessing: Preprocessing;
  try {
    preprocessing = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new DataError(`cannot read the model's preprocessing: ${(error as Error).message}`, { file });
  }
  if (preprocessing?.modelgate_preprocessing !== 1)
    throw new DataError('not a modelgate preprocessing file (missing "modelgate_preprocessing": 1)', { file });
  const model = await runtime.tf.loadLayersModel(directoryHandler(dir));
  const inputWidth = model.inputs[0].shape[1];
  if (inputWidth !== preprocessing.width) {
    throw new DataError(`the model reads ${inputWidth} inputs and its preprocessing makes ${preprocessing.width}`, { file });
  }
  return {
    preprocessing,
    backend: runtime.backend,
    score: (rows, columns, origins) => scoreRows(runtime, model, preprocessing, rows, columns, origins),
    dispose: () => model.dispose(),
  };
}

/** Scores in blocks, so the tensors of a large file never all exist at once. */
export function scoreRows(
  runtime: TfRuntime,
  model: Tf.LayersModel,
  preprocessing: Preprocessing,
  rows: readonly unknown[][],
  columns: string[],
  origins: readonly RowOrigin[],
): Float64Array {
  const { tf } = runtime;
  const out = new Float64Array(rows.length);
  const block = 8192;
  for (let start = 0; start < rows.length; start += block) {
    const end = Math.min(rows.length, start + block);
    const x = encodeRows(preprocessing, rows.slice(start, end), columns, origins.slice(start, end));
    const scores = tf.tidy(() => (model.predict(tf.tensor2d(x, [end - start, preprocessing.width])) as Tf.Tensor).dataSync());
    for (let i = 0; i < scores.length; i++) out[start + i] = scores[i];
  }
  return out;
}
