/**
 * The `tfjs` model adapter: a model directory in the train gate's layout (model.json, weights.bin and
 * preprocessing.json), a LayersModel or a GraphModel of one input, loaded with the best available backend,
 * turning rows into positive-class scores.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type * as Tf from '@tensorflow/tfjs';
import { DataError } from '../errors.js';
import { loadTensorflow, type BackendName, type TfRuntime } from './backend.js';
import { directoryHandler, MODEL_FILE } from './files.js';
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
  const model = await loadEither(runtime, dir);
  const inputWidth = model.inputs[0].shape?.[1];
  if (inputWidth !== preprocessing.width) {
    model.dispose();
    throw new DataError(`the model reads ${inputWidth} inputs and its preprocessing makes ${preprocessing.width}`, { file });
  }
  return {
    preprocessing,
    backend: runtime.backend,
    score: (rows, columns, origins) => scoreRows(runtime, model, preprocessing, rows, columns, origins),
    dispose: () => model.dispose(),
  };
}

/** The one-input models `scoreRows` runs: a LayersModel (the train gate's) or a GraphModel (a converted SavedModel). */
export interface ScoringGraph {
  inputs: { shape?: readonly (number | null)[] }[];
  predict: Tf.LayersModel['predict'];
  dispose(): void;
}

/** A model directory as loaded: model.json's `format` says which kind. */
export type LoadedModel = { kind: 'layers'; model: Tf.LayersModel } | { kind: 'graph'; model: Tf.GraphModel };

/**
 * The one loader of a model directory, for the `tfjs` adapter and the model server alike: model.json says which,
 * `"format": "graph-model"` is a GraphModel, anything else a LayersModel.
 */
export async function loadModelDirectory(runtime: TfRuntime, dir: string): Promise<LoadedModel> {
  const file = path.join(dir, MODEL_FILE);
  let format: unknown;
  try {
    format = JSON.parse(await readFile(file, 'utf8'))?.format;
  } catch (error) {
    throw new DataError(`cannot read the model: ${(error as Error).message}`, { file });
  }
  return format === 'graph-model'
    ? { kind: 'graph', model: await runtime.tf.loadGraphModel(directoryHandler(dir)) }
    : { kind: 'layers', model: await runtime.tf.loadLayersModel(directoryHandler(dir)) };
}

async function loadEither(runtime: TfRuntime, dir: string): Promise<ScoringGraph> {
  const loaded = await loadModelDirectory(runtime, dir);
  if (loaded.kind === 'layers') {
    const layers = loaded.model;
    return { inputs: layers.inputs, predict: (x, args) => layers.predict(x, args), dispose: () => void layers.dispose() };
  }
  const graph = loaded.model;
  if (graph.inputs.length !== 1 || graph.outputs.length < 1) {
    graph.dispose();
    throw new DataError(`a GraphModel with preprocessing reads one input tensor, and this one has ${graph.inputs.length}`, {
      file: path.join(dir, MODEL_FILE),
    });
  }
  return {
    inputs: graph.inputs,
    predict: (x) => graph.predict(x) as Tf.Tensor,
    dispose: () => graph.dispose(),
  };
}

/** Scores in blocks, so the tensors of a large file never all exist at once. */
export function scoreRows(
  runtime: TfRuntime,
  model: Pick<Tf.LayersModel, 'predict'>,
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
