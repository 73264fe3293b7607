// GitHub Action entry: read the declared inputs, run the train gate, hand the result to the runner.
import { train } from '../../shared/commands/train.js';
import { runGate } from '../../shared/commands/run.js';
import { Inputs, listInput, textInput } from '../../shared/inputs.js';
import { createGithubPlatform } from '../../shared/platform/github.js';
import { maskPlatformOutputs } from '../../shared/report/secrets.js';

const platform = maskPlatformOutputs(createGithubPlatform());
const outDir = textInput(platform.input(Inputs.outDir)) ?? 'modelgate-report';
const { exitCode } = await runGate('train', platform, outDir, async () => {
  const { report, manifest, modelDir, artifact } = await train(
    {
      config: textInput(platform.input(Inputs.config)) ?? '.modelgate.yml',
      dataset: listInput(platform.input(Inputs.dataset)),
      baseline: listInput(platform.input(Inputs.baseline)),
      baselineManifest: textInput(platform.input(Inputs.baselineManifest)),
      out: outDir,
    },
    platform,
  );
  platform.setOutput('manifest', manifest);
  if (modelDir) platform.setOutput('model-dir', modelDir);
  if (artifact) platform.setOutput('artifact', artifact);
  return report;
});
process.exitCode = exitCode;
