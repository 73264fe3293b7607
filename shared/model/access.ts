/**
 * What a config may give a model beyond its spec, checked the same way wherever a model is configured
 * (`evaluate.model`, `shadow_compare.production_model` and `shadow_model`): request headers whose values come
 * from environment variables, and the variables a command model may see. The config names variables, never secrets,
 * and the platform's own tokens are never handed to a model.
 */
import { ConfigError, type Location } from '../errors.js';
import type { Platform } from '../platform/port.js';
import { TOKEN_VARIABLES } from '../report/secrets.js';

/**
 * The headers with their values read from the environment. `key` is the config key (`evaluate.model`) and
 * `at` locates a JSON pointer in the config.
 */
export function headersFromEnv(
  headers: Readonly<Record<string, string>> | undefined,
  key: string,
  at: (pointer: string) => Location,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [header, variable] of Object.entries(headers ?? {})) {
    const pointer = `/${key.replace(/\./g, '/')}/headers/${header.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (TOKEN_VARIABLES.includes(variable.toUpperCase()))
      throw new ConfigError(`\`${key}.headers\` names ${variable}, the platform's token: a model never gets it`, at(pointer), {
        hint: 'give the model a credential of its own under another name',
      });
    const value = process.env[variable];
    if (value === undefined || value === '')
      throw new ConfigError(`the header ${header} takes its value from ${variable}, which is not set`, at(pointer));
    out[header] = value;
  }
  return out;
}

/** The variables a command model gets, refused when one is the platform's token. */
export function checkModelEnv(env: readonly string[] | undefined, key: string, at: (pointer: string) => Location): readonly string[] {
  const names = env ?? [];
  const token = names.findIndex((name) => TOKEN_VARIABLES.includes(name.toUpperCase()));
  if (token !== -1)
    throw new ConfigError(
      `\`${key}.env\` names ${names[token]}, the platform's token: a model never gets it`,
      at(`/${key.replace(/\./g, '/')}/env/${token}`),
    );
  return names;
}

/**
 * Where a command model's stderr goes, a line at a time: the job log, each line after the model's name (`model`,
 * `shadow model`), so a model's own diagnostics sit next to the run that called it. platform.info neutralises
 * whatever the line holds (workflow commands, controls).
 */
export function modelLog(platform: Pick<Platform, 'info'>, name = 'model'): (line: string) => void {
  return (line) => platform.info(`${name}: ${line}`);
}
