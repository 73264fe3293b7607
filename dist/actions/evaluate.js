import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  createGithubPlatform
} from "../chunks/chunk-6PO56KGW.js";
import {
  runGate
} from "../chunks/chunk-5W2Y2RKE.js";
import {
  evaluate
} from "../chunks/chunk-Y4BC363M.js";
import "../chunks/chunk-YPYHEPH3.js";
import "../chunks/chunk-7CAC7LKD.js";
import "../chunks/chunk-IDGSBEVN.js";
import "../chunks/chunk-J6FYXDA3.js";
import {
  Inputs,
  listInput,
  numberInput,
  textInput
} from "../chunks/chunk-3CJHA5LC.js";
import "../chunks/chunk-DJJPANAL.js";
import "../chunks/chunk-CN6IZ574.js";
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
