#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  Inputs,
  numberInput
} from "./chunks/chunk-ZBJJDLJG.js";
import {
  UsageError,
  formatError
} from "./chunks/chunk-4QFURST5.js";

// shared/cli.ts
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
var HELP = `modelgate: CI gates for machine-learning models

Usage:
  modelgate evaluate [--config .modelgate.yml] [--predictions FILE]... [--baseline FILE]...
                     [--threshold T] [--out DIR] [--emit-partial FILE | --partials GLOB]

Options:
  --config FILE        config file (YAML or JSON); default .modelgate.yml
  --predictions FILE   predictions to evaluate (file or glob; repeatable); overrides data.predictions
  --baseline FILE      baseline predictions on the same rows; overrides data.baseline
  --threshold T        decision threshold for binary scores; overrides data.threshold
  --out DIR            where report.json, summary.md and junit.xml go; default modelgate-report
  --emit-partial FILE  write this shard's accumulators to FILE instead of gating
  --partials GLOB      merge the partials matching GLOB and gate the whole
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
async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      [Inputs.config]: { type: "string", default: ".modelgate.yml" },
      [Inputs.predictions]: { type: "string", multiple: true },
      [Inputs.baseline]: { type: "string", multiple: true },
      [Inputs.threshold]: { type: "string" },
      out: { type: "string", default: "modelgate-report" },
      [Inputs.emitPartial]: { type: "string" },
      [Inputs.partials]: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" }
    }
  });
  if (values.version) {
    console.log(version());
    return 0;
  }
  const [command] = positionals;
  if (values.help || !command) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  if (command !== "evaluate") throw new UsageError(`unknown command ${JSON.stringify(command)}`, { hint: "commands: evaluate" });
  const [{ createLocalPlatform }, { runGate }, { evaluate }] = await Promise.all([
    import("./chunks/local-SSLT3X7U.js"),
    import("./chunks/run-DKQH2JZK.js"),
    import("./chunks/evaluate-KUTMEX22.js")
  ]);
  const platform = createLocalPlatform({ stdout: process.stdout, interactive: Boolean(process.stderr.isTTY) });
  const { exitCode } = await runGate("evaluate", platform, values.out, async () => {
    const { report, partialFile } = await evaluate({
      config: values[Inputs.config],
      predictions: values[Inputs.predictions],
      baseline: values[Inputs.baseline],
      threshold: numberInput("--threshold", values[Inputs.threshold] ?? ""),
      emitPartial: values[Inputs.emitPartial],
      partials: values[Inputs.partials]
    }, platform);
    if (partialFile) platform.info(`partial written: ${partialFile}`);
    return report ?? null;
  });
  return exitCode;
}
main(process.argv.slice(2)).then(
  (code) => process.exitCode = code,
  (error) => {
    console.error(formatError(error));
    process.exitCode = 2;
  }
);
