import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  createGithubPlatform
} from "./chunk-HHR6VUOR.js";
import {
  runGate
} from "./chunk-UBA6HQ4Q.js";
import {
  Inputs,
  actionValues,
  textInput
} from "./chunk-PEVQJVKJ.js";
import {
  maskPlatformOutputs
} from "./chunk-ZHLQDNGW.js";

// shared/commands/action.ts
async function runAction(command) {
  const platform = maskPlatformOutputs(createGithubPlatform());
  const out = textInput(platform.input(Inputs.outDir)) ?? "modelgate-report";
  const { exitCode } = await runGate(command.gate, platform, out, async () => {
    const config = textInput(platform.input(Inputs.config)) ?? ".modelgate.yml";
    return command.run(
      actionValues(command, (name) => platform.input(name)),
      { config, out },
      platform
    );
  });
  process.exitCode = exitCode;
}

export {
  runAction
};
