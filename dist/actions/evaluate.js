import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  createGithubPlatform
} from "../chunks/chunk-RTSW5MCJ.js";
import "../chunks/chunk-2BXB6DTD.js";
import {
  runGate
} from "../chunks/chunk-T7M2KSDQ.js";
import {
  evaluate
} from "../chunks/chunk-SXTHZUSC.js";
import "../chunks/chunk-YPYHEPH3.js";
import "../chunks/chunk-P3ENHDHD.js";
import "../chunks/chunk-IDGSBEVN.js";
import "../chunks/chunk-J6FYXDA3.js";
import {
  Inputs,
  listInput,
  numberInput,
  textInput
} from "../chunks/chunk-LHLV6JFZ.js";
import {
  maskPlatformOutputs
} from "../chunks/chunk-UIHWVQWF.js";
import "../chunks/chunk-PPNCDEW7.js";
import "../chunks/chunk-MTUETOSQ.js";
import "../chunks/chunk-BJTHGHUQ.js";
import "../chunks/chunk-I7H5MTYW.js";
import "../chunks/chunk-WHN6VY6P.js";
import "../chunks/chunk-NHNGL3H4.js";
import "../chunks/chunk-ZGDBGMMU.js";

// actions/evaluate/main.ts
var platform = maskPlatformOutputs(createGithubPlatform());
var outDir = textInput(platform.input(Inputs.outDir)) ?? "modelgate-report";
var { exitCode } = await runGate("evaluate", platform, outDir, async () => {
  const { report, partialFile } = await evaluate({
    config: textInput(platform.input(Inputs.config)) ?? ".modelgate.yml",
    predictions: listInput(platform.input(Inputs.predictions)),
    baseline: listInput(platform.input(Inputs.baseline)),
    threshold: numberInput(Inputs.threshold, platform.input(Inputs.threshold)),
    emitPartial: textInput(platform.input(Inputs.emitPartial)),
    partials: listInput(platform.input(Inputs.partials))
  }, platform);
  if (partialFile) platform.setOutput("partial", partialFile);
  return report ?? null;
});
process.exitCode = exitCode;
