#!/usr/bin/env node
/**
 * The demo's model for a failing counterfactual test: a copy of the train gate's logistic regression (one sigmoid
 * unit over the encoding in preprocessing.json) that also reads `sex`, with its logit lowered by PENALTY for
 * sex=F. The trained model cannot fail a swap of sex, since examples/lending/train.modelgate.yml leaves sex out of
 * its features (and the generated labels do not depend on it); this copy is what a model that had learned a bias
 * against one sex looks like, the way the evaluate example's candidate is biased against race c.
 *
 *   node examples/lending/sex-biased-model.mjs FROM_DIR TO_DIR [PENALTY]      (PENALTY defaults to 0.9)
 *
 * The copy is written without TensorFlow.js: `sex` is appended to the preprocessing as a categorical feature
 * (F, M and the unknown bucket, three more encoded columns) and the kernel gets three rows, -PENALTY, 0 and 0.
 * Every other weight, the bias and the encoding of the other features are the trained model's, unchanged.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export function writeSexBiasedModel(from, to, penalty = 0.9) {
  const model = JSON.parse(readFileSync(path.join(from, 'model.json'), 'utf8'));
  const preprocessing = JSON.parse(readFileSync(path.join(from, 'preprocessing.json'), 'utf8'));
  const layers = model.modelTopology?.config?.layers;
  const manifest = model.weightsManifest;
  const specs = manifest?.[0]?.weights;
  const width = preprocessing.width;
  const isLogisticRegression =
    Array.isArray(layers) &&
    layers.length === 1 &&
    layers[0].class_name === 'Dense' &&
    manifest.length === 1 &&
    specs?.length === 2 &&
    specs[0].shape.join() === `${width},1` &&
    specs[1].shape.join() === '1' &&
    specs.every((s) => s.dtype === 'float32');
  if (!isLogisticRegression) throw new Error(`${from} is not the train gate's logistic regression (one Dense unit over ${width} inputs)`);
  if (preprocessing.features.some((f) => f.name === 'sex')) throw new Error(`${from} already reads sex`);

  const weights = new Float32Array(new Uint8Array(readFileSync(path.join(from, manifest[0].paths[0]))).buffer);
  const kernel = [...weights.subarray(0, width), -penalty, 0, 0];
  const bias = weights[width];

  preprocessing.features.push({ name: 'sex', kind: 'categorical', categories: ['F', 'M'] });
  preprocessing.width = width + 3;
  layers[0].config.batch_input_shape = [null, width + 3];
  specs[0].shape = [width + 3, 1];
  manifest[0].paths = ['weights.bin'];

  mkdirSync(to, { recursive: true });
  writeFileSync(path.join(to, 'weights.bin'), new Uint8Array(new Float32Array([...kernel, bias]).buffer));
  writeFileSync(path.join(to, 'model.json'), `${JSON.stringify(model, null, 1)}\n`);
  writeFileSync(path.join(to, 'preprocessing.json'), `${JSON.stringify(preprocessing, null, 1)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [from, to, penalty] = process.argv.slice(2);
  if (!from || !to) {
    process.stderr.write('usage: node examples/lending/sex-biased-model.mjs FROM_DIR TO_DIR [PENALTY]\n');
    process.exit(2);
  }
  writeSexBiasedModel(from, to, penalty === undefined ? 0.9 : Number(penalty));
}
