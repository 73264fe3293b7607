import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  train
} from "../chunks/chunk-YG2JED66.js";
import "../chunks/chunk-HYFBQL5E.js";
import {
  createGithubPlatform
} from "../chunks/chunk-YSAPRSPQ.js";
import "../chunks/chunk-2BXB6DTD.js";
import {
  runGate
} from "../chunks/chunk-C32WDKMM.js";
import "../chunks/chunk-AUZIJNZ5.js";
import "../chunks/chunk-YPYHEPH3.js";
import "../chunks/chunk-U4HUYQYA.js";
import "../chunks/chunk-JRTL4QBN.js";
import "../chunks/chunk-JEGDNPPQ.js";
import "../chunks/chunk-J6FYXDA3.js";
import {
  Inputs,
  listInput,
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

// actions/train/main.ts
var platform = maskPlatformOutputs(createGithubPlatform());
var outDir = textInput(platform.input(Inputs.outDir)) ?? "modelgate-report";
var { exitCode } = await runGate("train", platform, outDir, async () => {
  const { report, manifest, modelDir, artifact } = await train({
    config: textInput(platform.input(Inputs.config)) ?? ".modelgate.yml",
    dataset: listInput(platform.input(Inputs.dataset)),
    baseline: listInput(platform.input(Inputs.baseline)),
    baselineManifest: textInput(platform.input(Inputs.baselineManifest)),
    out: outDir
  }, platform);
  platform.setOutput("manifest", manifest);
  if (modelDir) platform.setOutput("model-dir", modelDir);
  if (artifact) platform.setOutput("artifact", artifact);
  return report;
});
process.exitCode = exitCode;
