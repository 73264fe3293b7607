#!/usr/bin/env node
// `modelgate <command>`: argv -> command. The same commands the GitHub actions and GitLab templates run.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { closestName } from './closest.js';
import { DataError, formatError, UsageError } from './errors.js';
import { Inputs, numberInput } from './inputs.js';
import { maskSecrets } from './report/secrets.js';
import { MEMORY_LIMIT_ENV } from './memory.js';
import { runSupervised, SUPERVISED_ENV } from './supervise.js';
import type { Platform } from './platform/port.js';
import type { GateName, Report } from './report/model.js';

type Values = Record<string, string | string[] | boolean | undefined>;

interface CliCommand {
  gate: GateName;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Runs the command; null when it gated nothing (e.g. a shard that wrote its partial). */
  run(values: Values, platform: Platform): Promise<Report | null>;
}

const COMMON_OPTIONS = {
  [Inputs.config]: { type: 'string', default: '.modelgate.yml' },
  out: { type: 'string', default: 'modelgate-report' },
  'memory-limit': { type: 'string' },
} as const;

const COMMANDS: Record<string, CliCommand> = {
  evaluate: {
    gate: 'evaluate',
    usage: `modelgate evaluate [--config .modelgate.yml] [--predictions FILE]... [--baseline FILE]...
                   [--threshold T] [--out DIR] [--emit-partial FILE | --partials GLOB]

  --predictions FILE   predictions to evaluate (file or glob; repeatable); overrides data.predictions
  --baseline FILE      baseline predictions on the same rows; overrides data.baseline
  --threshold T        decision threshold for binary scores; overrides data.threshold
  --emit-partial FILE  write this shard's accumulators to FILE instead of gating
  --partials GLOB      merge the partials matching GLOB and gate the whole (repeatable)`,
    options: {
      [Inputs.predictions]: { type: 'string', multiple: true },
      [Inputs.baseline]: { type: 'string', multiple: true },
      [Inputs.threshold]: { type: 'string' },
      [Inputs.emitPartial]: { type: 'string' },
      [Inputs.partials]: { type: 'string', multiple: true },
    },
    async run(values, platform) {
      const { evaluate } = await import('./commands/evaluate.js');
      const { report, partialFile } = await evaluate(
        {
          config: values[Inputs.config] as string,
          predictions: values[Inputs.predictions] as string[] | undefined,
          baseline: values[Inputs.baseline] as string[] | undefined,
          threshold: numberInput('--threshold', (values[Inputs.threshold] as string | undefined) ?? ''),
          emitPartial: values[Inputs.emitPartial] as string | undefined,
          partials: values[Inputs.partials] as string[] | undefined,
        },
        platform,
      );
      if (partialFile) platform.info(`partial written: ${partialFile}`);
      return report ?? null;
    },
  },
  train: {
    gate: 'train',
    usage: `modelgate train [--config .modelgate.yml] [--dataset FILE]... [--baseline FILE]... [--baseline-manifest FILE] [--out DIR]

  --dataset FILE       training data (file or glob; repeatable); overrides train.dataset
  --baseline FILE      baseline predictions on the same held-out rows; overrides data.baseline
  --baseline-manifest FILE
                       a previous run's manifest.json (e.g. main's): its held-out predictions are the baseline
                       when the held-out rows are the same; overrides train.baseline_manifest
  writes report.json, summary.md, junit.xml, manifest.json, predictions.csv and model/ into --out`,
    options: {
      [Inputs.dataset]: { type: 'string', multiple: true },
      [Inputs.baseline]: { type: 'string', multiple: true },
      [Inputs.baselineManifest]: { type: 'string' },
    },
    async run(values, platform) {
      const { train } = await import('./commands/train.js');
      const { report } = await train(
        {
          config: values[Inputs.config] as string,
          dataset: values[Inputs.dataset] as string[] | undefined,
          baseline: values[Inputs.baseline] as string[] | undefined,
          baselineManifest: values[Inputs.baselineManifest] as string | undefined,
          out: values.out as string,
        },
        platform,
      );
      return report;
    },
  },
};

const HELP = `modelgate: CI gates for machine-learning models

Usage:
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage}`)
  .join('\n\n')}

Common options:
  --config FILE        config file (YAML or JSON); default .modelgate.yml
  --out DIR            where report.html, report.json, summary.md and junit.xml go; default modelgate-report
  --memory-limit MB    memory the gate may use (default: 90% of what the machine or container gives the process);
                       past it the run stops with exit 2 and says what to do (same as MODELGATE_MEMORY_LIMIT_MB)
  -h, --help           this help
  -v, --version        the version

Exit codes: 0 pass or warn, 1 fail, 2 the gate could not be evaluated (bad config, bad data).`;

function version(): string {
  try {
    return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

function parseFlags(args: string[], options: NonNullable<ParseArgsConfig['options']>): Values {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } } })
      .values;
  } catch (error) {
    const help = 'modelgate --help lists the commands and their options';
    const unknown =
      (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? /'(--?[^'\s]+)'/.exec((error as Error).message)?.[1]
        : undefined;
    const near = unknown === undefined ? undefined : closestName(unknown.replace(/^-+/, ''), [...Object.keys(options), 'help', 'version']);
    throw new UsageError((error as Error).message, { hint: near === undefined ? help : `did you mean --${near}? ${help}` });
  }
}

async function main(argv: string[]): Promise<number> {
  const name = argv[0] && !argv[0].startsWith('-') ? argv[0] : undefined;
  const command = name ? COMMANDS[name] : undefined;
  if (name && !command) {
    const near = closestName(name, Object.keys(COMMANDS));
    throw new UsageError(`unknown command ${JSON.stringify(name)}`, {
      hint: `${near === undefined ? '' : `did you mean ${near}? `}commands: ${Object.keys(COMMANDS).join(', ')}`,
    });
  }
  const values = parseFlags(name ? argv.slice(1) : argv, { ...COMMON_OPTIONS, ...command?.options });
  if (values.version) {
    console.log(version());
    return 0;
  }
  if (values.help || !command) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  const memoryLimit = values['memory-limit'] as string | undefined;
  if (memoryLimit !== undefined) {
    if (!/^[1-9]\d{0,7}$/.test(memoryLimit))
      throw new UsageError(`--memory-limit takes a whole number of megabytes, got ${JSON.stringify(memoryLimit.slice(0, 40))}`);
    process.env[MEMORY_LIMIT_ENV] = memoryLimit;
  }
  // The gate runs in a child this process watches, so that even an out-of-memory death ends in exit 2 with a report.
  const outcome = process.env[SUPERVISED_ENV] === undefined ? await runSupervised(fileURLToPath(import.meta.url), argv) : null;
  if (outcome !== null && 'code' in outcome) return outcome.code;
  const [{ detectPlatform }, { runGate }] = await Promise.all([import('./platform/index.js'), import('./commands/run.js')]);
  const platform = await detectPlatform();
  const { exitCode } = await runGate(command.gate, platform, values.out as string, async () => {
    if (outcome !== null) throw new DataError(outcome.crash);
    return command.run(values, platform);
  });
  return exitCode;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(maskSecrets(formatError(error)));
    process.exitCode = 2;
  },
);
