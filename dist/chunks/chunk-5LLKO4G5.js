import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  decimalNumber
} from "./chunk-CDUPDCSK.js";
import {
  DataError,
  SourceError
} from "./chunk-JUZ7LOQF.js";

// shared/model/backend.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
var NATIVE_PACKAGE = "@tensorflow/tfjs-node";
var WASM_FILE = "tfjs-backend-wasm.wasm";
var loading;
function loadTensorflow(env = process.env) {
  loading ??= load(env.MODELGATE_TF_BACKEND);
  return loading;
}
async function load(wanted) {
  if (wanted !== void 0 && !["tensorflow", "wasm", "cpu"].includes(wanted)) {
    throw new SourceError(`MODELGATE_TF_BACKEND must be tensorflow, wasm or cpu, got ${JSON.stringify(wanted)}`);
  }
  const skipped = [];
  if (wanted === void 0 || wanted === "tensorflow") {
    let native;
    try {
      native = interop(await import(NATIVE_PACKAGE));
    } catch (error) {
      if (wanted === "tensorflow") throw new SourceError(`${NATIVE_PACKAGE} cannot be loaded: ${error.message}`);
      skipped.push(`tensorflow: ${NATIVE_PACKAGE} is not installed`);
    }
    if (native) return start(native, "tensorflow", skipped);
  }
  const tf = interop(await import("./tf.node-ZNCQJ4GH.js"));
  if (wanted === void 0 || wanted === "wasm") {
    const wasmDir = findWasmDir();
    if (wasmDir) {
      const wasm = interop(await import("./tf-backend-wasm.node-7U2G6W5P.js"));
      wasm.setWasmPaths(wasmDir + path.sep);
      wasm.setThreadsCount(1);
      return start(tf, "wasm", skipped);
    }
    if (wanted === "wasm")
      throw new SourceError(`the WebAssembly backend's ${WASM_FILE} was not found next to the bundle (dist/wasm) nor in node_modules`);
    skipped.push(`wasm: ${WASM_FILE} not found next to the bundle`);
  }
  return start(tf, "cpu", skipped);
}
async function start(tf, backend, skipped) {
  let ok;
  try {
    ok = await tf.setBackend(backend);
    await tf.ready();
  } catch (error) {
    throw new SourceError(`the ${backend} TensorFlow.js backend failed to start: ${error.message}`, {}, { cause: error });
  }
  if (!ok || tf.getBackend() !== backend)
    throw new SourceError(`the ${backend} TensorFlow.js backend failed to start (setBackend returned false)`);
  const versions = { ...tf.version };
  if (backend === "wasm") versions["tfjs-backend-wasm"] = interop(await import("./tf-backend-wasm.node-7U2G6W5P.js")).version_wasm;
  return { tf, backend, skipped, versions };
}
function interop(module) {
  const inner = module.default;
  return inner !== void 0 && typeof inner === "object" && Object.keys(module).length <= 2 ? inner : module;
}
function findWasmDir() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [path.join(here, "wasm"), path.join(here, "..", "wasm")]) {
    if (existsSync(path.join(dir, WASM_FILE))) return dir;
  }
  try {
    const main = createRequire(import.meta.url).resolve("@tensorflow/tfjs-backend-wasm");
    const dir = path.dirname(main);
    return existsSync(path.join(dir, WASM_FILE)) ? dir : void 0;
  } catch {
    return void 0;
  }
}

// shared/model/files.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path2 from "node:path";
var MODEL_FILE = "model.json";
var WEIGHTS_FILE = "weights.bin";
function directoryHandler(dir) {
  return {
    async save(artifacts) {
      if (artifacts.modelTopology instanceof ArrayBuffer) throw new TypeError("binary model topologies are not supported");
      const data = artifacts.weightData;
      const weights = data === void 0 ? new Uint8Array(0) : Buffer.concat((Array.isArray(data) ? data : [data]).map((b) => new Uint8Array(b)));
      const json = {
        modelTopology: artifacts.modelTopology,
        format: artifacts.format ?? "layers-model",
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy ?? null,
        weightsManifest: [{ paths: [WEIGHTS_FILE], weights: artifacts.weightSpecs ?? [] }],
        ...artifacts.trainingConfig ? { trainingConfig: artifacts.trainingConfig } : {}
      };
      await mkdir(dir, { recursive: true });
      await writeFile(path2.join(dir, WEIGHTS_FILE), weights);
      await writeFile(path2.join(dir, MODEL_FILE), `${JSON.stringify(json, null, 1)}
`);
      return { modelArtifactsInfo: { dateSaved: /* @__PURE__ */ new Date(0), modelTopologyType: "JSON", weightDataBytes: weights.byteLength } };
    },
    async load() {
      const file = path2.join(dir, MODEL_FILE);
      let json;
      try {
        json = JSON.parse(await readFile(file, "utf8"));
      } catch (error) {
        throw new DataError(`cannot read the model: ${error.message}`, { file });
      }
      if (!json.modelTopology || !Array.isArray(json.weightsManifest))
        throw new DataError("not a TF.js LayersModel (model.json needs modelTopology and weightsManifest)", { file });
      const specs = [];
      const buffers = [];
      for (const group of json.weightsManifest) {
        specs.push(...group.weights);
        for (const name of group.paths) {
          const weightsFile = path2.resolve(dir, name);
          if (path2.relative(dir, weightsFile).startsWith(".."))
            throw new DataError(`weights path ${JSON.stringify(name)} leaves the model directory`, { file });
          buffers.push(
            await readFile(weightsFile).catch((error) => {
              throw new DataError(`cannot read the model weights: ${error.message}`, { file: weightsFile });
            })
          );
        }
      }
      const all = Buffer.concat(buffers);
      return {
        modelTopology: json.modelTopology,
        weightSpecs: specs,
        weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength),
        format: json.format,
        generatedBy: json.generatedBy,
        convertedBy: json.convertedBy
      };
    }
  };
}

// shared/model/preprocessing.ts
function fitPreprocessing(rows, columns, origins, options) {
  const features = options.features.map((name) => {
    const at = columnIndex(columns, name, origins[0]);
    const numeric = !options.categorical.includes(name) && rows.some((row) => !isMissing(row[at])) && rows.every((row) => isMissing(row[at]) || Number.isFinite(toNumber(row[at])));
    if (numeric) {
      let n = 0;
      let mean = 0;
      let m2 = 0;
      rows.forEach((row, i) => {
        if (isMissing(row[at])) {
          if (options.impute === "error") throw missingValue(name, row[at], origins[i]);
          return;
        }
        const x = toNumber(row[at]);
        n++;
        const delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
      });
      const std = Math.sqrt(m2 / n);
      return { name, kind: "numeric", mean, std: std > 0 ? std : 1 };
    }
    const counts = /* @__PURE__ */ new Map();
    for (const row of rows) if (!isMissing(row[at])) counts.set(text(row[at]), (counts.get(text(row[at])) ?? 0) + 1);
    if (counts.size === 0)
      throw new DataError(`feature ${JSON.stringify(name)} has no values in the training rows`, { file: origins[0]?.file, column: name });
    const categories = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, options.maxCategories).map(([value]) => value).sort();
    return { name, kind: "categorical", categories };
  });
  const width = features.reduce((sum, f) => sum + (f.kind === "numeric" ? 1 : f.categories.length + 1), 0);
  return { modelgate_preprocessing: 1, label: options.label, features, impute: options.impute, width };
}
function encodeRows(spec, rows, columns, origins) {
  const out = new Float32Array(rows.length * spec.width);
  let offset = 0;
  for (const feature of spec.features) {
    const at = columnIndex(columns, feature.name, origins[0]);
    if (feature.kind === "numeric") {
      const missing = spec.impute === "zero" ? (0 - feature.mean) / feature.std : 0;
      rows.forEach((row, i) => {
        const value = row[at];
        let x;
        if (isMissing(value)) {
          if (spec.impute === "error") throw missingValue(feature.name, value, origins[i]);
          x = missing;
        } else {
          const number = toNumber(value);
          if (!Number.isFinite(number))
            throw new DataError(`feature ${JSON.stringify(feature.name)} is numeric, and ${JSON.stringify(text(value))} is not a number`, {
              ...origins[i],
              column: feature.name
            });
          x = (number - feature.mean) / feature.std;
        }
        out[i * spec.width + offset] = x;
      });
      offset += 1;
    } else {
      const index = new Map(feature.categories.map((c, k) => [c, k]));
      const unknown = feature.categories.length;
      rows.forEach((row, i) => {
        const value = row[at];
        const k = isMissing(value) ? unknown : index.get(text(value)) ?? unknown;
        out[i * spec.width + offset + k] = 1;
      });
      offset += unknown + 1;
    }
  }
  return out;
}
function columnIndex(columns, name, origin) {
  const at = columns.indexOf(name);
  if (at < 0)
    throw new DataError(
      `feature column ${JSON.stringify(name)} is not in the data`,
      { file: origin?.file, column: name },
      { hint: `columns: ${columns.join(", ")}` }
    );
  return at;
}
function missingValue(name, value, origin) {
  return new DataError(
    `feature ${JSON.stringify(name)} has a missing value (${JSON.stringify(text(value))})`,
    { ...origin, column: name },
    {
      hint: "fix the data, or set train.model.impute to `mean` or `zero`"
    }
  );
}
function isMissing(value) {
  return value === "" || value === null || value === void 0 || typeof value === "number" && Number.isNaN(value) || typeof value === "string" && /^\s*(nan|na)\s*$/i.test(value);
}
function toNumber(value) {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return typeof value === "string" ? decimalNumber(value) : NaN;
}
function text(value) {
  return typeof value === "string" ? value : typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

// shared/model/tfjs.ts
import { readFile as readFile2 } from "node:fs/promises";
import path3 from "node:path";
var PREPROCESSING_FILE = "preprocessing.json";
async function loadTfjsModel(dir) {
  const runtime = await loadTensorflow();
  const file = path3.join(dir, PREPROCESSING_FILE);
  let preprocessing;
  try {
    preprocessing = JSON.parse(await readFile2(file, "utf8"));
  } catch (error) {
    throw new DataError(`cannot read the model's preprocessing: ${error.message}`, { file });
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
    dispose: () => model.dispose()
  };
}
async function loadModelDirectory(runtime, dir) {
  const file = path3.join(dir, MODEL_FILE);
  let format;
  try {
    format = JSON.parse(await readFile2(file, "utf8"))?.format;
  } catch (error) {
    throw new DataError(`cannot read the model: ${error.message}`, { file });
  }
  return format === "graph-model" ? { kind: "graph", model: await runtime.tf.loadGraphModel(directoryHandler(dir)) } : { kind: "layers", model: await runtime.tf.loadLayersModel(directoryHandler(dir)) };
}
async function loadEither(runtime, dir) {
  const loaded = await loadModelDirectory(runtime, dir);
  if (loaded.kind === "layers") {
    const layers = loaded.model;
    return { inputs: layers.inputs, predict: (x, args) => layers.predict(x, args), dispose: () => void layers.dispose() };
  }
  const graph = loaded.model;
  if (graph.inputs.length !== 1 || graph.outputs.length < 1) {
    graph.dispose();
    throw new DataError(`a GraphModel with preprocessing reads one input tensor, and this one has ${graph.inputs.length}`, {
      file: path3.join(dir, MODEL_FILE)
    });
  }
  return {
    inputs: graph.inputs,
    predict: (x) => graph.predict(x),
    dispose: () => graph.dispose()
  };
}
function scoreRows(runtime, model, preprocessing, rows, columns, origins) {
  const { tf } = runtime;
  const out = new Float64Array(rows.length);
  const block = 8192;
  for (let start2 = 0; start2 < rows.length; start2 += block) {
    const end = Math.min(rows.length, start2 + block);
    const x = encodeRows(preprocessing, rows.slice(start2, end), columns, origins.slice(start2, end));
    const scores = tf.tidy(() => model.predict(tf.tensor2d(x, [end - start2, preprocessing.width])).dataSync());
    for (let i = 0; i < scores.length; i++) out[start2 + i] = scores[i];
  }
  return out;
}

export {
  loadTensorflow,
  MODEL_FILE,
  directoryHandler,
  fitPreprocessing,
  encodeRows,
  PREPROCESSING_FILE,
  loadTfjsModel,
  loadModelDirectory,
  scoreRows
};
