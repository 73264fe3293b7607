#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  Inputs,
  numberInput
} from "./chunks/chunk-NSP6K3NJ.js";
import {
  maskSecrets
} from "./chunks/chunk-EEV7DGFS.js";
import {
  MEMORY_LIMIT_ENV,
  closestName,
  decimalNumber
} from "./chunks/chunk-INXN5L6Z.js";
import {
  DataError,
  UsageError,
  formatError
} from "./chunks/chunk-NHNGL3H4.js";
import "./chunks/chunk-ZGDBGMMU.js";

// shared/cli.ts
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// shared/supervise.ts
import { spawn } from "node:child_process";
var SUPERVISED_ENV = "MODELGATE_SUPERVISED";
function runSupervised(script, args, env = process.env) {
  const flags = [...process.execArgv];
  const limitMb = decimalNumber(env[MEMORY_LIMIT_ENV] ?? "");
  if (limitMb > 0) flags.push(`--max-old-space-size=${Math.max(1, Math.floor(limitMb))}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, script, ...args], { stdio: "inherit", env: { ...env, [SUPERVISED_ENV]: "1" } });
    const forward = (signal) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      if (code === 0 || code === 1 || code === 2) return resolve({ code });
      const how = signal ?? `exit code ${code}`;
      const memory = limitMb > 0 ? ` (limit ${Math.floor(limitMb)} MB, ${MEMORY_LIMIT_ENV})` : "";
      resolve({
        crash: signal === "SIGABRT" || signal === "SIGKILL" || code === 134 || code === 137 ? `modelgate ran out of memory${memory} and was stopped (${how}); shard the data (--emit-partial, then --partials; see the README) or bucket group and slice columns into fewer values` : `modelgate stopped unexpectedly (${how}) before deciding`
      });
    });
  });
}

// shared/cli.ts
var COMMON_OPTIONS = {
  [Inputs.config]: { type: "string", default: ".modelgate.yml" },
  out: { type: "string", default: "modelgate-report" },
  "memory-limit": { type: "string" }
};
var COMMANDS = {
  evaluate: {
    gate: "evaluate",
    usage: `modelgate evaluate [--config .modelgate.yml] [--predictions FILE]... [--baseline FILE]...
                   [--threshold T] [--out DIR] [--emit-partial FILE | --partials GLOB]

  --predictions FILE   predictions to evaluate (file or glob; repeatable); overrides data.predictions
  --baseline FILE      baseline predictions on the same rows; overrides data.baseline
  --threshold T        decision threshold for binary scores; overrides data.threshold
  --emit-partial FILE  write this shard's accumulators to FILE instead of gating
  --partials GLOB      merge the partials matching GLOB and gate the whole (repeatable)`,
    options: {
      [Inputs.predictions]: { type: "string", multiple: true },
      [Inputs.baseline]: { type: "string", multiple: true },
      [Inputs.threshold]: { type: "string" },
      [Inputs.emitPartial]: { type: "string" },
      [Inputs.partials]: { type: "string", multiple: true }
    },
    async run(values, platform) {
      const { evaluate } = await import("./chunks/evaluate-QBFFFYYA.js");
      const { report, partialFile } = await evaluate(
        {
          config: values[Inputs.config],
          predictions: values[Inputs.predictions],
          baseline: values[Inputs.baseline],
          threshold: numberInput("--threshold", values[Inputs.threshold] ?? ""),
          emitPartial: values[Inputs.emitPartial],
          partials: values[Inputs.partials]
        },
        platform
      );
      if (partialFile) platform.info(`partial written: ${partialFile}`);
      return report ?? null;
    }
  },
  train: {
    gate: "train",
    usage: `modelgate train [--config .modelgate.yml] [--dataset FILE]... [--baseline FILE]... [--baseline-manifest FILE] [--out DIR]

  --dataset FILE       training data (file or glob; repeatable); overrides train.dataset
  --baseline FILE      baseline predictions on the same held-out rows; overrides data.baseline
  --baseline-manifest FILE
                       a previous run's manifest.json (e.g. main's): its held-out predictions are the baseline
                       when the held-out rows are the same; overrides train.baseline_manifest
  writes report.json, summary.md, junit.xml, manifest.json, predictions.csv and model/ into --out`,
    options: {
      [Inputs.dataset]: { type: "string", multiple: true },
      [Inputs.baseline]: { type: "string", multiple: true },
      [Inputs.baselineManifest]: { type: "string" }
    },
    async run(values, platform) {
      const { train } = await import("./chunks/train-SFYBVJ3Q.js");
      const { report } = await train(
        {
          config: values[Inputs.config],
          dataset: values[Inputs.dataset],
          baseline: values[Inputs.baseline],
          baselineManifest: values[Inputs.baselineManifest],
          out: values.out
        },
        platform
      );
      return report;
    }
  }
};
var HELP = `modelgate: CI gates for machine-learning models

Usage:
${Object.values(COMMANDS).map((c) => `  ${c.usage}`).join("\n\n")}

Common options:
  --config FILE        config file (YAML or JSON); default .modelgate.yml
  --out DIR            where report.html, report.json, summary.md and junit.xml go; default modelgate-report
  --memory-limit MB    memory the gate may use (default: 90% of what the machine or container gives the process);
                       past it the run stops with exit 2 and says what to do (same as MODELGATE_MEMORY_LIMIT_MB)
  -h, --help           this help
  -v, --version        the version

Exit codes: 0 pass or warn, 1 fail, 2 the gate could not be evaluated (bad config, bad data).`;
function version() {
  try {
    return JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
  } catch {
    return "unknown";
  }
}
function parseFlags(args, options) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" } } }).values;
  } catch (error) {
    const help = "modelgate --help lists the commands and their options";
    const unknown = error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'(--?[^'\s]+)'/.exec(error.message)?.[1] : void 0;
    const near = unknown === void 0 ? void 0 : closestName(unknown.replace(/^-+/, ""), [...Object.keys(options), "help", "version"]);
    throw new UsageError(error.message, { hint: near === void 0 ? help : `did you mean --${near}? ${help}` });
  }
}
async function main(argv) {
  const name = argv[0] && !argv[0].startsWith("-") ? argv[0] : void 0;
  const command = name ? COMMANDS[name] : void 0;
  if (name && !command) {
    const near = closestName(name, Object.keys(COMMANDS));
    throw new UsageError(`unknown command ${JSON.stringify(name)}`, {
      hint: `${near === void 0 ? "" : `did you mean ${near}? `}commands: ${Object.keys(COMMANDS).join(", ")}`
    });
  }
  const values = parseFlags(name ? argv.slice(1) : argv, { ...COMMON_OPTIONS, ...command?.options });
  if (values.version) {
    console.log(version());
    return 0;
  }
  if (values.help || !command) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  const memoryLimit = values["memory-limit"];
  if (memoryLimit !== void 0) {
    if (!/^[1-9]\d{0,7}$/.test(memoryLimit))
      throw new UsageError(`--memory-limit takes a whole number of megabytes, got ${JSON.stringify(memoryLimit.slice(0, 40))}`);
    process.env[MEMORY_LIMIT_ENV] = memoryLimit;
  }
  const outcome = process.env[SUPERVISED_ENV] === void 0 ? await runSupervised(fileURLToPath(import.meta.url), argv) : null;
  if (outcome !== null && "code" in outcome) return outcome.code;
  const [{ detectPlatform }, { runGate }] = await Promise.all([import("./chunks/platform-UBOAYYV4.js"), import("./chunks/run-OM3IB6BE.js")]);
  const platform = await detectPlatform();
  const { exitCode } = await runGate(command.gate, platform, values.out, async () => {
    if (outcome !== null) throw new DataError(outcome.crash);
    return command.run(values, platform);
  });
  return exitCode;
}
main(process.argv.slice(2)).then(
  (code) => process.exitCode = code,
  (error) => {
    console.error(maskSecrets(formatError(error)));
    process.exitCode = 2;
  }
);
