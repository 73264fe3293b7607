import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  loadTfjsModel
} from "./chunk-5LLKO4G5.js";
import {
  RequestBudget,
  inBatches,
  settingsOf
} from "./chunk-UKZD7QTU.js";
import "./chunk-CDUPDCSK.js";
import {
  ConfigError
} from "./chunk-JUZ7LOQF.js";
import "./chunk-ZGDBGMMU.js";

// shared/model/tfjs-adapter.ts
async function openTfjsModel(dir, options) {
  const settings = settingsOf(options);
  const model = await loadTfjsModel(dir);
  const features = model.preprocessing.features.map((f) => f.name);
  if (options.features && options.features.join("\0") !== features.join("\0")) {
    model.dispose();
    throw new ConfigError(`the TF.js model in ${dir} reads the features ${features.join(", ")}, not ${options.features.join(", ")}`);
  }
  const endpoint = `tfjs ${dir}`;
  const budget = new RequestBudget(settings.maxRequests, endpoint);
  return {
    kind: "tfjs",
    endpoint,
    features,
    async predict(rows, origins) {
      budget.take(Math.ceil(rows.length / settings.batchSize));
      const scores = new Float64Array(rows.length);
      const where = origins ?? rows.map((_, i) => ({ file: `${dir} input`, line: i + 1 }));
      const requests = await inBatches(rows.length, settings.batchSize, 1, async (first, end) => {
        const batch = rows.slice(first, end).map((row) => features.map((f) => Object.hasOwn(row, f) ? row[f] : void 0));
        scores.set(model.score(batch, features, where.slice(first, end)), first);
      });
      return { scores, requests };
    },
    close: async () => model.dispose()
  };
}
export {
  openTfjsModel
};
