/**
 * A GitHub Action's whole entry: read the gate's declared inputs, run it through the common edge, hand the exit
 * code to the runner. actions/<gate>/main.ts is this one call with its gate's descriptor.
 */
import { Inputs, textInput } from '../inputs.js';
import { createGithubPlatform } from '../platform/github.js';
import { maskPlatformOutputs } from '../report/secrets.js';
import { actionValues, type GateCommand } from './descriptors.js';
import { runGate } from './run.js';

export async function runAction(command: GateCommand): Promise<void> {
  const platform = maskPlatformOutputs(createGithubPlatform());
  const out = textInput(platform.input(Inputs.outDir)) ?? 'modelgate-report';
  const { exitCode } = await runGate(command.gate, platform, out, async () => {
    const config = textInput(platform.input(Inputs.config)) ?? '.modelgate.yml';
    return command.run(
      actionValues(command, (name) => platform.input(name)),
      { config, out },
      platform,
    );
  });
  process.exitCode = exitCode;
}
