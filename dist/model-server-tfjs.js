import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  PREPROCESSING_FILE,
  loadModelDirectory,
  loadTensorflow,
  loadTfjsModel
} from "./chunks/chunk-5LLKO4G5.js";
import "./chunks/chunk-CDUPDCSK.js";
import {
  DataError,
  formatError
} from "./chunks/chunk-JUZ7LOQF.js";
import "./chunks/chunk-ZGDBGMMU.js";

// shared/model/serve-tfjs.ts
import { existsSync } from "node:fs";
import path from "node:path";
async function openServedModel(dir) {
  if (existsSync(path.join(dir, PREPROCESSING_FILE))) return withPreprocessing(dir);
  const runtime = await loadTensorflow();
  const loaded = await loadModelDirectory(runtime, dir);
  return loaded.kind === "graph" ? graphModel(runtime, loaded.model) : layersModel(runtime, loaded.model);
}
async function withPreprocessing(dir) {
  const model = await loadTfjsModel(dir);
  const features = model.preprocessing.features;
  const names = features.map((f) => f.name);
  return {
    inputs: features.map((f) => ({ name: f.name, datatype: f.kind === "numeric" ? "FP64" : "BYTES", shape: [-1] })),
    outputs: [{ name: "probability", datatype: "FP32", shape: [-1, 1] }],
    backend: model.backend,
    predict(columns, n) {
      const rows = Array.from({ length: n }, (_, i) => columns.map((column) => column[i]));
      const origins = rows.map((_, i) => ({ file: "the request", line: i + 1 }));
      return { data: Array.from(model.score(rows, names, origins)), width: 1 };
    },
    dispose: () => model.dispose()
  };
}
var DATATYPES = { float32: "FP32", int32: "INT32", bool: "BOOL", string: "BYTES" };
function tensorOf(name, shape, dtype, where) {
  const datatype = DATATYPES[dtype ?? "float32"];
  if (!datatype) throw new DataError(`${where} ${JSON.stringify(name)} has dtype ${String(dtype)}, which JSON rows cannot fill`);
  const dims = (shape ?? [-1]).map((d) => d === null || d === void 0 || d < 0 ? -1 : d);
  if (dims.length === 0) throw new DataError(`${where} ${JSON.stringify(name)} is a scalar, with no dimension for rows`);
  return { name, datatype, shape: [-1, ...dims.slice(1)] };
}
function inputTensors(tf, inputs, columns, n) {
  return inputs.map((input, j) => {
    const inner = input.shape.slice(1);
    const known = inner.reduce((a, d) => d === -1 ? a : a * d, 1);
    const free = inner.filter((d) => d === -1).length;
    const shape = [n, ...inner.map((d) => d === -1 ? n === 0 ? 0 : columns[j].length / (n * known) : d)];
    if (free > 1 || !shape.every((d) => Number.isInteger(d)) || shape.reduce((a, d) => a * d, 1) !== columns[j].length)
      throw new DataError(`input ${JSON.stringify(input.name)} has ${columns[j].length} values, which do not fill ${n} rows of it`);
    const dtype = input.datatype === "BYTES" ? "string" : input.datatype === "INT32" ? "int32" : input.datatype === "BOOL" ? "bool" : "float32";
    return tf.tensor(columns[j], shape, dtype);
  });
}
function outputData(output, n) {
  const values = output.dataSync();
  const width = n === 0 ? 1 : values.length / n;
  return { data: Array.from(values, Number), width };
}
function layersModel(runtime, model) {
  const { tf } = runtime;
  const inputs = model.inputs.map((input, j) => tensorOf(model.inputNames[j] ?? input.name, input.shape, input.dtype, "input"));
  const outputs = model.outputs.map((output, j) => tensorOf(model.outputNames[j] ?? output.name, output.shape, output.dtype, "output"));
  return {
    inputs,
    outputs,
    backend: runtime.backend,
    predict: (columns, n) => tf.tidy(() => {
      const x = inputTensors(tf, inputs, columns, n);
      const y = model.predict(x.length === 1 ? x[0] : x);
      return outputData(Array.isArray(y) ? y[0] : y, n);
    }),
    dispose: () => model.dispose()
  };
}
function graphModel(runtime, model) {
  const { tf } = runtime;
  const inputs = model.inputs.map((input) => tensorOf(input.name, input.shape, input.dtype, "input"));
  const outputs = model.outputs.map((output) => tensorOf(output.name, output.shape, output.dtype, "output"));
  return {
    inputs,
    outputs,
    backend: runtime.backend,
    predict: (columns, n) => tf.tidy(() => {
      const x = inputTensors(tf, inputs, columns, n);
      const y = model.execute(Object.fromEntries(inputs.map((input, j) => [input.name, x[j]])), outputs[0].name);
      return outputData(y, n);
    }),
    dispose: () => model.dispose()
  };
}
export {
  formatError,
  openServedModel
};
