import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  runGate
} from "../chunks/chunk-NX2LE3QD.js";
import {
  createGithubPlatform
} from "../chunks/chunk-M2SSEFIE.js";
import "../chunks/chunk-J6FYXDA3.js";
import "../chunks/chunk-C6J7D5SJ.js";
import {
  evaluate
} from "../chunks/chunk-RFIKV27Y.js";
import "../chunks/chunk-YPYHEPH3.js";
import "../chunks/chunk-AKK66L2L.js";
import "../chunks/chunk-AMAR5SXK.js";
import "../chunks/chunk-EEGABT7M.js";
import {
  Inputs,
  listInput,
  numberInput,
  textInput
} from "../chunks/chunk-NSP6K3NJ.js";
import {
  maskPlatformOutputs
} from "../chunks/chunk-EEV7DGFS.js";
import "../chunks/chunk-7IJIN774.js";
import "../chunks/chunk-INXN5L6Z.js";
import "../chunks/chunk-6B6UMSHT.js";
import "../chunks/chunk-I7H5MTYW.js";
import "../chunks/chunk-BRT4GRIX.js";
import "../chunks/chunk-NHNGL3H4.js";
import "../chunks/chunk-ZGDBGMMU.js";

// actions/evaluate/main.ts
var platform = maskPlatformOutputs(createGithubPlatform());
var outDir = textInput(platform.input(Inputs.outDir)) ?? "modelgate-report";
var { exitCode } = await runGate("evaluate", platform, outDir, async () => {
  const { report, partialFile } = await evaluate(
    {
      config: textInput(platform.input(Inputs.config)) ?? ".modelgate.yml",
      predictions: listInput(platform.input(Inputs.predictions)),
      baseline: listInput(platform.input(Inputs.baseline)),
      threshold: numberInput(Inputs.threshold, platform.input(Inputs.threshold)),
      emitPartial: textInput(platform.input(Inputs.emitPartial)),
      partials: listInput(platform.input(Inputs.partials))
    },
    platform
  );
  if (partialFile) platform.setOutput("partial", partialFile);
  return report ?? null;
});
process.exitCode = exitCode;
