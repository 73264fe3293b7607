#!/usr/bin/env node
// `modelgate <command>`: argv -> command. The same commands the GitHub actions and GitLab templates run.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { closestName } from './closest.js';
import { DataError, formatError, UsageError } from './errors.js';
import { Inputs } from './inputs.js';
import { flagValues, GATE_COMMANDS, type GateCommand } from './commands/descriptors.js';
import { maskSecrets } from './report/secrets.js';
import { MEMORY_LIMIT_ENV } from './memory.js';
import { runSupervised, SUPERVISED_ENV } from './supervise.js';

type Values = Record<string, string | string[] | boolean | undefined>;

const COMMON_OPTIONS = {
  [Inputs.config]: { type: 'string', default: '.modelgate.yml' },
  out: { type: 'string', default: 'modelgate-report' },
  'memory-limit': { type: 'string' },
} as const;

/** parseArgs' options for a command's inputs: lists are repeated flags. */
function optionsOf(command: GateCommand): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(
    command.inputs.map(({ name, kind }) => [name, kind === 'list' ? { type: 'string', multiple: true } : { type: 'string' }]),
  );
}

function usageOf(command: GateCommand): string {
  const flags = command.inputs.map(({ name, arg, help }) => {
    const flag = `--${name} ${arg}`;
    return flag.length < 21 ? `  ${flag.padEnd(21)}${help}` : `  ${flag}\n${' '.repeat(23)}${help}`;
  });
  return [
    `modelgate ${command.gate} [--config .modelgate.yml] [--out DIR] ${command.synopsis}`,
    '',
    ...flags,
    ...(command.notes ?? []).map((line) => `  ${line}`),
  ].join('\n');
}

const HELP = `modelgate: CI gates for machine-learning models

Usage:
${Object.values(GATE_COMMANDS)
  .map((c) =>
    usageOf(c)
      .split('\n')
      .map((line) => (line ? `  ${line}` : line))
      .join('\n'),
  )
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
  const command = name && Object.hasOwn(GATE_COMMANDS, name) ? GATE_COMMANDS[name] : undefined;
  if (name && !command) {
    const near = closestName(name, Object.keys(GATE_COMMANDS));
    throw new UsageError(`unknown command ${JSON.stringify(name)}`, {
      hint: `${near === undefined ? '' : `did you mean ${near}? `}commands: ${Object.keys(GATE_COMMANDS).join(', ')}`,
    });
  }
  const values = parseFlags(name ? argv.slice(1) : argv, { ...COMMON_OPTIONS, ...(command ? optionsOf(command) : {}) });
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
  const outcome =
    process.env[SUPERVISED_ENV] === undefined
      ? await runSupervised(fileURLToPath(import.meta.url), argv, process.env, { hugePages: command.hugePages })
      : null;
  if (outcome !== null && 'code' in outcome) return outcome.code;
  const [{ detectPlatform }, { runGate }] = await Promise.all([import('./platform/index.js'), import('./commands/run.js')]);
  const platform = await detectPlatform();
  const { exitCode } = await runGate(command.gate, platform, values.out as string, async () => {
    if (outcome !== null) throw new DataError(outcome.crash);
    return command.run(flagValues(command, values), { config: values[Inputs.config] as string, out: values.out as string }, platform);
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
