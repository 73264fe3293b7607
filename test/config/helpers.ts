import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { loadConfig, type ConfigOverrides } from '../../shared/config/index.js';
import { ConfigError } from '../../shared/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'modelgate-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;

/** Writes a config file with this exact text (a fresh name each call) and returns its path. */
export function writeConfig(text: string | Buffer, extension = '.yml'): string {
  const file = join(dir, `config-${++count}${extension}`);
  writeFileSync(file, text);
  return file;
}

/** Loads a config that must fail and returns the ConfigError. */
export async function loadError(text: string, extension = '.yml', overrides?: ConfigOverrides): Promise<ConfigError & { file: string }> {
  const file = writeConfig(text, extension);
  const error = await loadConfig(file, overrides).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return Object.assign(error as ConfigError, { file });
}

/** A valid binary config with these lines appended under `evaluate:` `gates:`. */
export function withGates(gates: string, dataExtra = ''): string {
  return `version: 1
data:
  label: label
  score: score
  groups: [sex, race]
  slices: [country]
${dataExtra}evaluate:
  gates:
${gates}`;
}
