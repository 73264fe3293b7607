import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  scoreDataset
} from "./chunk-SV6NMWGN.js";
import "./chunk-M3QQPMLW.js";
import "./chunk-HGPOXKMJ.js";
import {
  orderTests
} from "./chunk-5V7E2M3B.js";
import "./chunk-4N5IKU52.js";
import "./chunk-ZSB5QIDP.js";
import "./chunk-K34OCKWP.js";
import "./chunk-Y3JTFFIU.js";
import "./chunk-7PH4F4CC.js";
import "./chunk-UKZD7QTU.js";
import {
  countStatuses,
  verdictOf
} from "./chunk-YPYHEPH3.js";
import "./chunk-6FWDVCS2.js";
import "./chunk-XD5TKENX.js";
import "./chunk-ZHLQDNGW.js";
import "./chunk-SJ4OJ7LD.js";
import "./chunk-O6GBSEXR.js";
import "./chunk-WGSDQCGC.js";
import "./chunk-CDUPDCSK.js";
import "./chunk-Z7B6ZZR2.js";
import {
  ConfigError,
  UsageError
} from "./chunk-JUZ7LOQF.js";
import "./chunk-ZGDBGMMU.js";

// shared/commands/evaluate-model.ts
var DEFAULT_OUT = "modelgate-report";
function scoring(options, loaded) {
  if (options.partials || options.as) return false;
  const flagged = options.model !== void 0 || (options.dataset?.length ?? 0) > 0;
  if (flagged && (options.predictions?.length ?? 0) > 0)
    throw new UsageError("--predictions and --model/--dataset cannot be combined: evaluate either predictions or a model");
  const config = loaded.config;
  if (flagged && config.evaluate.model === void 0)
    throw new ConfigError(
      "--dataset needs a model to score it through",
      { file: loaded.file, path: "/evaluate" },
      {
        hint: "pass --model SPEC (action input `model`), or set evaluate.model.spec in the config"
      }
    );
  const predictions = config.data.predictions;
  const scores = flagged || config.evaluate.model !== void 0 && (predictions === void 0 || predictions.length === 0);
  if (!scores && config.evaluate.behavioral.length > 0)
    throw new ConfigError(
      "evaluate.behavioral needs a model to ask: predictions alone cannot answer a perturbed case",
      { file: loaded.file, path: "/evaluate/behavioral" },
      { hint: "score through a model: --model SPEC --dataset FILE, or evaluate.model and data.dataset in the config" }
    );
  return scores;
}
async function scoreDatasetOf(options, loaded, platform) {
  const scored = await scoreDataset(loaded, options.out ?? DEFAULT_OUT, platform);
  const model = scored.model;
  platform.info(`scored ${model.rows} rows through ${model.endpoint} in ${model.requests} requests; predictions: ${model.predictions}`);
  return {
    config: scored.config,
    annotate(report) {
      report.data = { ...report.data, model };
      if (scored.behavioral) {
        report.checks.push(...scored.behavioral.checks);
        report.verdict = verdictOf(report.checks);
        report.counts = countStatuses(report.checks);
        const tests = orderTests(scored.behavioral.results);
        report.sections = { ...report.sections, behavioral: { tests } };
      }
      report.notes.push(
        `Scores come from the model at ${model.endpoint} (${model.kind}), ${model.rows} rows of ${model.dataset.join(", ")} in ${model.requests} requests of up to ${model.batch_size} rows; they are kept in ${model.predictions}, which can be gated again without the model.`
      );
    }
  };
}
export {
  scoreDatasetOf,
  scoring
};
