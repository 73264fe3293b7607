import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  Inputs,
  listInput,
  numberInput,
  textInput
} from "../chunks/chunk-BUGCATZP.js";
import {
  evaluate
} from "../chunks/chunk-L7MBXJV3.js";
import {
  createGithubPlatform
} from "../chunks/chunk-RIMURYEY.js";
import {
  runGate
} from "../chunks/chunk-H2AAMNTK.js";
import "../chunks/chunk-R57OJ4BW.js";
import "../chunks/chunk-WP3TPMIS.js";
import "../chunks/chunk-ZGDBGMMU.js";

// actions/evaluate/main.ts
var platform = createGithubPlatform();
var outDir = textInput(platform.input(Inputs.outDir)) ?? "modelgate-report";
var { exitCode } = await runGate("evaluate", platform, outDir, async () => {
  const { report, partialFile } = await evaluate({
    config: textInput(platform.input(Inputs.config)) ?? ".modelgate.yml",
    predictions: listInput(platform.input(Inputs.predictions)),
    baseline: listInput(platform.input(Inputs.baseline)),
    threshold: numberInput(Inputs.threshold, platform.input(Inputs.threshold)),
    emitPartial: textInput(platform.input(Inputs.emitPartial)),
    partials: textInput(platform.input(Inputs.partials))
  }, platform);
  if (partialFile) platform.setOutput("partial", partialFile);
  return report ?? null;
});
process.exitCode = exitCode;
