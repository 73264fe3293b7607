// GitHub Action entry: read the declared inputs, run the evaluate gate, hand the result to the runner.
import { evaluate } from '../../shared/commands/evaluate.js';
import { runGate } from '../../shared/commands/run.js';
import { Inputs, listInput, numberInput, textInput } from '../../shared/inputs.js';
import { createGithubPlatform } from '../../shared/platform/github.js';
import { maskPlatformOutputs } from '../../shared/report/secrets.js';

const platform = maskPlatformOutputs(createGithubPlatform());
const outDir = textInput(platform.input(Inputs.outDir)) ?? 'modelgate-report';
const { exitCode } = await runGate('evaluate', platform, outDir, async () => {
  const { report, partialFile } = await evaluate(
    {
      config: textInput(platform.input(Inputs.config)) ?? '.modelgate.yml',
      predictions: listInput(platform.input(Inputs.predictions)),
      baseline: listInput(platform.input(Inputs.baseline)),
      threshold: numberInput(Inputs.threshold, platform.input(Inputs.threshold)),
      emitPartial: textInput(platform.input(Inputs.emitPartial)),
      partials: listInput(platform.input(Inputs.partials)),
    },
    platform,
  );
  if (partialFile) platform.setOutput('partial', partialFile);
  return report ?? null;
});
process.exitCode = exitCode;
