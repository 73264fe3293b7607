/**
 * The `tfjs` adapter: a model directory written by the train gate (model.json, weights.bin, preprocessing.json),
 * loaded in this process with the best TensorFlow.js backend available (see backend.ts). The preprocessing names
 * the feature columns and encodes them as in training; each batch is one forward pass.
 */
import { inBatches, RequestBudget, settingsOf, type AdapterOptions, type ModelAdapter } from './adapter.js';
import { ConfigError } from '../errors.js';
import { loadTfjsModel } from './tfjs.js';

export async function openTfjsModel(dir: string, options: AdapterOptions): Promise<ModelAdapter> {
  const settings = settingsOf(options);
  const model = await loadTfjsModel(dir);
  const features = model.preprocessing.features.map((f) => f.name);
  if (options.features && options.features.join('\u0000') !== features.join('\u0000')) {
    model.dispose();
    throw new ConfigError(`the TF.js model in ${dir} reads the features ${features.join(', ')}, not ${options.features.join(', ')}`);
  }
  const endpoint = `tfjs ${dir}`;
  const budget = new RequestBudget(settings.maxRequests, endpoint);
  return {
    kind: 'tfjs',
    endpoint,
    features,
    async predict(rows, origins) {
      budget.take(Math.ceil(rows.length / settings.batchSize));
      const scores = new Float64Array(rows.length);
      const where = origins ?? rows.map((_, i) => ({ file: `${dir} input`, line: i + 1 }));
      // In process, a batch at a time: concurrency would only interleave the same CPU work.
      const requests = await inBatches(rows.length, settings.batchSize, 1, async (first, end) => {
        const batch = rows.slice(first, end).map((row) => features.map((f) => (Object.hasOwn(row, f) ? row[f] : undefined)));
        scores.set(model.score(batch, features, where.slice(first, end)), first);
      });
      return { scores, requests };
    },
    close: async () => model.dispose(),
  };
}
