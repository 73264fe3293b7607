/**
 * A TF.js model directory as the reference model server serves it (`examples/model-server/server.mjs --model DIR`,
 * through the bundle dist/model-server-tfjs.js). A directory with preprocessing.json (the train gate's output) is
 * loaded and encoded exactly as the `tfjs` adapter does (tfjs.ts), so a row scores the same over HTTP as in
 * process; its inputs are the raw feature columns (numbers FP64, categories BYTES). Any other LayersModel or
 * GraphModel is served as its own input tensors, with their names, shapes and datatypes.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type * as Tf from '@tensorflow/tfjs';
import { DataError } from '../errors.js';
import { loadTensorflow, type TfRuntime } from './backend.js';
import { loadModelDirectory, loadTfjsModel, PREPROCESSING_FILE } from './tfjs.js';

/** The server reports a model it cannot load as the CLI would. */
export { formatError } from '../errors.js';

/** A tensor as OIP v2 metadata declares it; -1 is a free dimension (the first is always the rows). */
export interface ServedTensor {
  name: string;
  datatype: 'FP32' | 'FP64' | 'INT32' | 'BOOL' | 'BYTES';
  shape: number[];
}

export interface ServedModel {
  readonly inputs: ServedTensor[];
  readonly outputs: ServedTensor[];
  /** The TensorFlow.js backend in use. */
  readonly backend: string;
  /**
   * The first output for `n` rows. `columns` holds one row-major array per input, in `inputs` order, each of
   * n × (product of the input's other dimensions) values, already checked against the input's datatype.
   */
  predict(columns: readonly unknown[][], n: number): { data: number[]; width: number };
  dispose(): void;
}

export async function openServedModel(dir: string): Promise<ServedModel> {
  if (existsSync(path.join(dir, PREPROCESSING_FILE))) return withPreprocessing(dir);
  const runtime = await loadTensorflow();
  const loaded = await loadModelDirectory(runtime, dir);
  return loaded.kind === 'graph' ? graphModel(runtime, loaded.model) : layersModel(runtime, loaded.model);
}

async function withPreprocessing(dir: string): Promise<ServedModel> {
  const model = await loadTfjsModel(dir);
  const features = model.preprocessing.features;
  const names = features.map((f) => f.name);
  return {
    inputs: features.map((f) => ({ name: f.name, datatype: f.kind === 'numeric' ? 'FP64' : 'BYTES', shape: [-1] })),
    outputs: [{ name: 'probability', datatype: 'FP32', shape: [-1, 1] }],
    backend: model.backend,
    predict(columns, n) {
      const rows = Array.from({ length: n }, (_, i) => columns.map((column) => column[i]));
      const origins = rows.map((_, i) => ({ file: 'the request', line: i + 1 }));
      return { data: Array.from(model.score(rows, names, origins)), width: 1 };
    },
    dispose: () => model.dispose(),
  };
}

const DATATYPES: Record<string, ServedTensor['datatype']> = { float32: 'FP32', int32: 'INT32', bool: 'BOOL', string: 'BYTES' };

function tensorOf(name: string, shape: readonly (number | null)[] | undefined, dtype: string | undefined, where: string): ServedTensor {
  const datatype = DATATYPES[dtype ?? 'float32'];
  if (!datatype) throw new DataError(`${where} ${JSON.stringify(name)} has dtype ${String(dtype)}, which JSON rows cannot fill`);
  const dims = (shape ?? [-1]).map((d) => (d === null || d === undefined || d < 0 ? -1 : d));
  if (dims.length === 0) throw new DataError(`${where} ${JSON.stringify(name)} is a scalar, with no dimension for rows`);
  return { name, datatype, shape: [-1, ...dims.slice(1)] };
}

/** Row-major input tensors for `n` rows; a free inner dimension takes what the data's length implies. */
function inputTensors(tf: typeof Tf, inputs: readonly ServedTensor[], columns: readonly unknown[][], n: number): Tf.Tensor[] {
  return inputs.map((input, j) => {
    const inner = input.shape.slice(1);
    const known = inner.reduce((a, d) => (d === -1 ? a : a * d), 1);
    const free = inner.filter((d) => d === -1).length;
    const shape = [n, ...inner.map((d) => (d === -1 ? (n === 0 ? 0 : columns[j].length / (n * known)) : d))];
    if (free > 1 || !shape.every((d) => Number.isInteger(d)) || shape.reduce((a, d) => a * d, 1) !== columns[j].length)
      throw new DataError(`input ${JSON.stringify(input.name)} has ${columns[j].length} values, which do not fill ${n} rows of it`);
    const dtype =
      input.datatype === 'BYTES' ? 'string' : input.datatype === 'INT32' ? 'int32' : input.datatype === 'BOOL' ? 'bool' : 'float32';
    return tf.tensor(columns[j] as number[], shape, dtype);
  });
}

function outputData(output: Tf.Tensor, n: number): { data: number[]; width: number } {
  const values = output.dataSync();
  const width = n === 0 ? 1 : values.length / n;
  return { data: Array.from(values as ArrayLike<number>, Number), width };
}

function layersModel(runtime: TfRuntime, model: Tf.LayersModel): ServedModel {
  const { tf } = runtime;
  const inputs = model.inputs.map((input, j) => tensorOf(model.inputNames[j] ?? input.name, input.shape, input.dtype, 'input'));
  const outputs = model.outputs.map((output, j) => tensorOf(model.outputNames[j] ?? output.name, output.shape, output.dtype, 'output'));
  return {
    inputs,
    outputs,
    backend: runtime.backend,
    predict: (columns, n) =>
      tf.tidy(() => {
        const x = inputTensors(tf, inputs, columns, n);
        const y = model.predict(x.length === 1 ? x[0] : x);
        return outputData(Array.isArray(y) ? y[0] : y, n);
      }),
    dispose: () => model.dispose(),
  };
}

function graphModel(runtime: TfRuntime, model: Tf.GraphModel): ServedModel {
  const { tf } = runtime;
  const inputs = model.inputs.map((input) => tensorOf(input.name, input.shape, input.dtype, 'input'));
  const outputs = model.outputs.map((output) => tensorOf(output.name, output.shape, output.dtype, 'output'));
  return {
    inputs,
    outputs,
    backend: runtime.backend,
    predict: (columns, n) =>
      tf.tidy(() => {
        const x = inputTensors(tf, inputs, columns, n);
        const y = model.execute(Object.fromEntries(inputs.map((input, j) => [input.name, x[j]])), outputs[0].name) as Tf.Tensor;
        return outputData(y, n);
      }),
    dispose: () => model.dispose(),
  };
}
