import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  decimalNumber
} from "./chunk-CDUPDCSK.js";
import {
  UsageError
} from "./chunk-JUZ7LOQF.js";

// shared/inputs.ts
var Inputs = {
  config: "config",
  predictions: "predictions",
  baseline: "baseline",
  threshold: "threshold",
  outDir: "out-dir",
  emitPartial: "emit-partial",
  partials: "partials",
  shard: "shard",
  dataset: "dataset",
  model: "model",
  baselineModel: "baseline-model",
  baselineManifest: "baseline-manifest",
  production: "production",
  shadow: "shadow",
  labels: "labels",
  replay: "replay",
  productionModel: "production-model",
  shadowModel: "shadow-model",
  githubToken: "github-token"
};
function listInput(text2) {
  const items = text2.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  return items.length ? items : void 0;
}
function numberInput(name, text2) {
  if (text2.trim() === "") return void 0;
  const value = decimalNumber(text2);
  if (!Number.isFinite(value))
    throw new UsageError(
      `input ${name} must be a decimal number, got ${JSON.stringify(text2.length > 40 ? `${text2.slice(0, 39)}\u2026` : text2)}`
    );
  return value;
}
function textInput(text2) {
  return text2.trim() === "" ? void 0 : text2.trim();
}

// shared/commands/descriptors.ts
var list = (values, name) => values[name];
var text = (values, name) => values[name];
var GATE_COMMANDS = {
  evaluate: {
    gate: "evaluate",
    synopsis: "[--predictions FILE]... [--model SPEC --dataset FILE... [--baseline-model SPEC]] [--baseline FILE]... [--threshold T] [--emit-partial FILE | --partials GLOB...]",
    inputs: [
      {
        name: Inputs.predictions,
        kind: "list",
        arg: "FILE",
        help: "predictions to evaluate (file or glob; repeatable); overrides data.predictions"
      },
      {
        name: Inputs.model,
        kind: "text",
        arg: "SPEC",
        help: "score the dataset through this model (oip+http://HOST:PORT/NAME, tfserving+http://..., command:PROG ARGS, tfjs:DIR); overrides evaluate.model.spec"
      },
      {
        name: Inputs.baselineModel,
        kind: "text",
        arg: "SPEC",
        help: "run the behavioral tests through this model too; a case failing only on --model is a new failure; overrides evaluate.behavioral_baseline.spec"
      },
      {
        name: Inputs.dataset,
        kind: "list",
        arg: "FILE",
        help: "labelled rows with the features to score through the model (file or glob; repeatable); overrides data.dataset"
      },
      { name: Inputs.baseline, kind: "list", arg: "FILE", help: "baseline predictions on the same rows; overrides data.baseline" },
      { name: Inputs.threshold, kind: "number", arg: "T", help: "decision threshold for binary scores; overrides data.threshold" },
      { name: Inputs.emitPartial, kind: "text", arg: "FILE", help: "write this shard's accumulators to FILE instead of gating" },
      { name: Inputs.partials, kind: "list", arg: "GLOB", help: "merge the partials matching GLOB and gate the whole (repeatable)" }
    ],
    async run(values, { config, out }, platform) {
      const { evaluate } = await import("./evaluate-LM75JD3O.js");
      const { report, partialFile } = await evaluate(
        {
          config,
          predictions: list(values, Inputs.predictions),
          baseline: list(values, Inputs.baseline),
          threshold: values[Inputs.threshold],
          emitPartial: text(values, Inputs.emitPartial),
          partials: list(values, Inputs.partials),
          model: text(values, Inputs.model),
          baselineModel: text(values, Inputs.baselineModel),
          dataset: list(values, Inputs.dataset),
          out
        },
        platform
      );
      if (partialFile) {
        platform.setOutput("partial", partialFile);
        platform.info(`partial written: ${partialFile}`);
      }
      return report ?? null;
    }
  },
  train: {
    gate: "train",
    synopsis: "[--dataset FILE]... [--baseline FILE]... [--baseline-manifest FILE]",
    inputs: [
      { name: Inputs.dataset, kind: "list", arg: "FILE", help: "training data (file or glob; repeatable); overrides train.dataset" },
      { name: Inputs.baseline, kind: "list", arg: "FILE", help: "baseline predictions on the same held-out rows; overrides data.baseline" },
      {
        name: Inputs.baselineManifest,
        kind: "text",
        arg: "FILE",
        help: "a previous run's manifest.json (e.g. main's): its held-out predictions are the baseline; overrides train.baseline_manifest"
      }
    ],
    notes: ["writes report.json, summary.md, junit.xml, manifest.json, predictions.csv and model/ into --out"],
    async run(values, { config, out }, platform) {
      const { train } = await import("./train-4HI76R2R.js");
      const { report, manifest, modelDir, artifact } = await train(
        {
          config,
          dataset: list(values, Inputs.dataset),
          baseline: list(values, Inputs.baseline),
          baselineManifest: text(values, Inputs.baselineManifest),
          out
        },
        platform
      );
      platform.setOutput("manifest", manifest);
      if (modelDir) platform.setOutput("model-dir", modelDir);
      if (artifact) platform.setOutput("artifact", artifact);
      return report;
    }
  },
  "shadow-compare": {
    gate: "shadow-compare",
    hugePages: true,
    synopsis: "[--production FILE]... [--shadow FILE]... [--labels FILE]... [--replay FILE... --production-model SPEC --shadow-model SPEC] [--shard K/N --emit-partial FILE | --partials GLOB...]",
    inputs: [
      {
        name: Inputs.production,
        kind: "list",
        arg: "FILE",
        help: "production's prediction log (file or glob; CSV, JSONL, Parquet, CloudEvents); overrides shadow_compare.production"
      },
      { name: Inputs.shadow, kind: "list", arg: "FILE", help: "the shadow model's prediction log; overrides shadow_compare.shadow" },
      { name: Inputs.labels, kind: "list", arg: "FILE", help: "delayed ground truth joined by id; overrides shadow_compare.labels" },
      {
        name: Inputs.replay,
        kind: "list",
        arg: "FILE",
        help: "recorded requests (id and feature columns) to send to both models instead of logs; overrides shadow_compare.replay"
      },
      {
        name: Inputs.productionModel,
        kind: "text",
        arg: "SPEC",
        help: "replay: the production model (oip+http://\u2026, tfserving+http://\u2026, command:\u2026, tfjs:DIR); overrides shadow_compare.production_model"
      },
      {
        name: Inputs.shadowModel,
        kind: "text",
        arg: "SPEC",
        help: "replay: the shadow model, as --production-model; overrides shadow_compare.shadow_model"
      },
      {
        name: Inputs.shard,
        kind: "text",
        arg: "K/N",
        help: "with --emit-partial: keep only the requests whose id hash falls in shard K of N"
      },
      { name: Inputs.emitPartial, kind: "text", arg: "FILE", help: "write this shard's joined pairs to FILE instead of gating" },
      {
        name: Inputs.partials,
        kind: "list",
        arg: "GLOB",
        help: "merge the N shards' partials matching GLOB and gate the whole (repeatable)"
      }
    ],
    async run(values, { config }, platform) {
      const { shadowCompare } = await import("./shadow-compare-JDGMGIK7.js");
      return shadowCompare(
        {
          config,
          production: list(values, Inputs.production),
          shadow: list(values, Inputs.shadow),
          labels: list(values, Inputs.labels),
          replay: list(values, Inputs.replay),
          productionModel: text(values, Inputs.productionModel),
          shadowModel: text(values, Inputs.shadowModel),
          shard: text(values, Inputs.shard),
          emitPartial: text(values, Inputs.emitPartial),
          partials: list(values, Inputs.partials)
        },
        platform
      );
    }
  }
};
function actionValues(command, input) {
  const values = {};
  for (const { name, kind } of command.inputs) {
    const raw = input(name);
    values[name] = kind === "list" ? listInput(raw) : kind === "number" ? numberInput(name, raw) : textInput(raw);
  }
  return values;
}
function flagValues(command, flags) {
  const values = {};
  for (const { name, kind } of command.inputs) {
    const raw = flags[name];
    values[name] = kind === "number" ? numberInput(`--${name}`, raw ?? "") : raw;
  }
  return values;
}

export {
  Inputs,
  textInput,
  GATE_COMMANDS,
  actionValues,
  flagValues
};
