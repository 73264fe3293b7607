import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  createGithubPlatform
} from "../chunks/chunk-YSAPRSPQ.js";
import "../chunks/chunk-2BXB6DTD.js";
import {
  runGate
} from "../chunks/chunk-C32WDKMM.js";
import {
  evaluate
} from "../chunks/chunk-AUZIJNZ5.js";
import "../chunks/chunk-YPYHEPH3.js";
import "../chunks/chunk-U4HUYQYA.js";
import "../chunks/chunk-JRTL4QBN.js";
import "../chunks/chunk-JEGDNPPQ.js";
import "../chunks/chunk-J6FYXDA3.js";
import {
  Inputs,
  listInput,
  numberInput,
  textInput
} from "../chunks/chunk-HMR35KLR.js";
import {
  maskPlatformOutputs
} from "../chunks/chunk-YZAHHIVN.js";
import "../chunks/chunk-XJGWMZOO.js";
import "../chunks/chunk-2WPN55U6.js";
import "../chunks/chunk-Y5SZK5AD.js";
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
