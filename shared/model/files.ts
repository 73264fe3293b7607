/**
 * A TF.js IOHandler for a directory on disk: `model.json` (topology and weights manifest) and one
 * `weights.bin`, the layout `tf.loadLayersModel('file://...')` reads with tfjs-node, written without it.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { io } from '@tensorflow/tfjs';
import { DataError } from '../errors.js';

export const MODEL_FILE = 'model.json';
export const WEIGHTS_FILE = 'weights.bin';

/** Saves into and loads from `dir`. */
export function directoryHandler(dir: string): io.IOHandler {
  return {
    async save(artifacts) {
      if (artifacts.modelTopology instanceof ArrayBuffer) throw new TypeError('binary model topologies are not supported');
      const data = artifacts.weightData;
      const weights =
        data === undefined ? new Uint8Array(0) : Buffer.concat((Array.isArray(data) ? data : [data]).map((b) => new Uint8Array(b)));
      const json = {
        modelTopology: artifacts.modelTopology,
        format: artifacts.format ?? 'layers-model',
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy ?? null,
        weightsManifest: [{ paths: [WEIGHTS_FILE], weights: artifacts.weightSpecs ?? [] }],
        ...(artifacts.trainingConfig ? { trainingConfig: artifacts.trainingConfig } : {}),
      };
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, WEIGHTS_FILE), weights);
      await writeFile(path.join(dir, MODEL_FILE), `${JSON.stringify(json, null, 1)}\n`);
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON', weightDataBytes: weights.byteLength } };
    },
    async load() {
      const file = path.join(dir, MODEL_FILE);
      let json: {
        modelTopology?: object;
        weightsManifest?: { paths: string[]; weights: io.WeightsManifestEntry[] }[];
        format?: string;
        generatedBy?: string;
        convertedBy?: string;
      };
      try {
        json = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        throw new DataError(`cannot read the model: ${(error as Error).message}`, { file });
      }
      if (!json.modelTopology || !Array.isArray(json.weightsManifest))
        throw new DataError('not a TF.js LayersModel (model.json needs modelTopology and weightsManifest)', { file });
      const specs: io.WeightsManifestEntry[] = [];
      const buffers: Buffer[] = [];
      for (const group of json.weightsManifest) {
        specs.push(...group.weights);
        for (const name of group.paths) {
          const weightsFile = path.resolve(dir, name);
          if (path.relative(dir, weightsFile).startsWith('..'))
            throw new DataError(`weights path ${JSON.stringify(name)} leaves the model directory`, { file });
          buffers.push(
            await readFile(weightsFile).catch((error: Error) => {
              throw new DataError(`cannot read the model weights: ${error.message}`, { file: weightsFile });
            }),
          );
        }
      }
      const all = Buffer.concat(buffers);
      return {
        modelTopology: json.modelTopology,
        weightSpecs: specs,
        weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer,
        format: json.format,
        generatedBy: json.generatedBy,
        convertedBy: json.convertedBy,
      };
    },
  };
}
