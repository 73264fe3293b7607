import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  runGate
} from "../chunks/chunk-CJCM5KU3.js";
import "../chunks/chunk-DGQDSYE5.js";
import {
  createGithubPlatform
} from "../chunks/chunk-7JZVPXNJ.js";
import "../chunks/chunk-VXCJXVML.js";
import "../chunks/chunk-F5SWCAK2.js";
import {
  Inputs,
  listInput,
  numberInput,
  textInput
} from "../chunks/chunk-BFLP2H7B.js";
import {
  evaluate
} from "../chunks/chunk-DIT3BUNC.js";
import "../chunks/chunk-LDXLCFAX.js";
import "../chunks/chunk-6WGO6HEX.js";
import "../chunks/chunk-NHNGL3H4.js";
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
