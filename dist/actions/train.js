import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  train
} from "../chunks/chunk-X3SRUTU5.js";
import "../chunks/chunk-RA4MU5RG.js";
import {
  createGithubPlatform
} from "../chunks/chunk-6PO56KGW.js";
import {
  runGate
} from "../chunks/chunk-5W2Y2RKE.js";
import "../chunks/chunk-Y4BC363M.js";
import "../chunks/chunk-YPYHEPH3.js";
import "../chunks/chunk-7CAC7LKD.js";
import "../chunks/chunk-IDGSBEVN.js";
import "../chunks/chunk-J6FYXDA3.js";
import {
  Inputs,
  listInput,
  textInput
} from "../chunks/chunk-3CJHA5LC.js";
import "../chunks/chunk-DJJPANAL.js";
import "../chunks/chunk-CN6IZ574.js";
import "../chunks/chunk-NHNGL3H4.js";
import "../chunks/chunk-ZGDBGMMU.js";

// actions/train/main.ts
var platform = createGithubPlatform();
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
