/**
 * Reads `.modelgate.yml` (or a `.json` file), applies overrides, validates against the published schema
 * with defaults, checks what the schema cannot, and reports every problem with its line and column.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import schema from '../../schema/modelgate.schema.json' with { type: 'json' };
// strictRequired is off there: a rule's anyOf branches require keys declared in the rule's own `properties`, one
// level up, which ajv's strictRequired check does not look at.
import ajvOptions from './ajv-options.json' with { type: 'json' };
import { ConfigError, type Location } from '../errors.js';
import { parentPointer, type Issue } from './issue.js';
import { configPosition, documentPositions, type DocumentPositions } from './positions.js';
import { schemaIssues } from './schema-issues.js';
import { completeBeforeChecks, completeConfig, DEFAULTED_SECTIONS, semanticIssues } from './semantics.js';
import { fingerprint, validate as precompiled } from './validate.generated.js';
import type { AnyConfig, ConfigFor, GateName, LoadedConfig } from './types.js';

/**
 * Values from action inputs or CLI flags, applied over the file before validation (so they are validated too).
 * `predictions`, `baseline` and any other plain key set `data.<key>`; a dotted key such as
 * `evaluate.min_group_size` sets that path. Values must already have their type (a number, not "0.7").
 * `undefined`, and an empty list (what an unset list input parses to), mean "not given".
 */
export interface ConfigOverrides {
  predictions?: string[];
  baseline?: string[];
  [key: string]: unknown;
}

/** How many problems beyond the first the error message lists. */
const MORE_ISSUES = 5;

let validator: ValidateFunction | undefined;

/**
 * The schema's validator, generated at build time by scripts/generate-validator.mjs: compiling the schema takes
 * about half a second, which every action start would pay. When the schema or the options changed since (the
 * fingerprint differs) it compiles them here instead, slow but never wrong; a test fails while the file is stale.
 */
async function validate(): Promise<ValidateFunction> {
  if (validator) return validator;
  const current = createHash('sha256').update(JSON.stringify(schema)).update('\0').update(JSON.stringify(ajvOptions)).digest('hex');
  if (current === fingerprint) return (validator = precompiled);
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  return (validator = new Ajv2020(ajvOptions).compile(schema));
}

/**
 * Loads the config for one gate: the whole file must match the schema, and the gate's own section (and `data`,
 * for evaluate and train) must hold what that gate needs. A section the file leaves out that the gate can run
 * with its defaults is filled with them. Without a gate, evaluate's needs apply, as they did before the others.
 */
export async function loadConfig<G extends GateName = 'evaluate'>(
  file: string,
  overrides: ConfigOverrides = {},
  gate: G = 'evaluate' as G,
): Promise<LoadedConfig<ConfigFor<G>>> {
  const bytes = await readConfigFile(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new ConfigError(`config file ${file} is not valid UTF-8 text`, { file }, { cause });
  }

  const isJson = /\.json$/i.test(file);
  const lineCounter = new LineCounter();
  // JSON is YAML, so one parser gives both the same line and column positions. JSON files parse with YAML's
  // JSON schema, so a bare word that JSON would reject is an error here too.
  const doc = parseDocument(text, { lineCounter, schema: isJson ? 'json' : 'core', prettyErrors: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const position = error.linePos?.[0];
    const reason = error.message.split(/ at line \d+, column \d+/)[0];
    throw new ConfigError(
      `${isJson ? 'JSON' : 'YAML'} syntax error: ${reason}`,
      { file, line: position?.line, column: position?.col },
      { cause: error },
    );
  }

  rejectNonDecimalNumbers(doc, file, lineCounter);
  let raw: unknown;
  try {
    raw = doc.toJS(); // throws on alias bombs (more than 100 alias expansions)
  } catch (cause) {
    throw new ConfigError(`cannot read ${file}: ${(cause as Error).message}`, { file }, { cause });
  }
  const positions = documentPositions(doc, lineCounter);
  const overridden = applyOverrides(raw, overrides);

  if (isRecord(raw)) {
    for (const section of DEFAULTED_SECTIONS[gate]) if (raw[section] === undefined) raw[section] = {};
  }
  const check = await validate();
  if (!check(raw)) throw configError(schemaIssues(check.errors ?? [], raw), file, positions, overridden);
  const config = raw as AnyConfig;
  completeBeforeChecks(config, gate);
  const issues = semanticIssues(config, gate);
  if (issues.length > 0) throw configError(issues, file, positions, overridden);
  completeConfig(config, gate);

  const sourceMap = positions.values;
  for (const pointer of [...sourceMap.keys()]) {
    if (overridden.some((o) => pointer === o || pointer.startsWith(`${o}/`))) sourceMap.delete(pointer);
  }
  return { config: config as ConfigFor<G>, file, sha256, sourceMap };
}

/**
 * YAML reads `0x1` and `0o7` as numbers; data files may only spell numbers in decimal (shared/decimal.ts), so a
 * config may not either: a threshold of `0x1` reads as 1 in YAML but as text everywhere else.
 */
function rejectNonDecimalNumbers(doc: Document, file: string, lineCounter: LineCounter): void {
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'number' || (node.format !== 'HEX' && node.format !== 'OCT')) return;
      const position = node.range ? lineCounter.linePos(node.range[0]) : undefined;
      const written = String(node.source ?? node.value).slice(0, 40);
      throw new ConfigError(
        `${written} is ${node.format === 'HEX' ? 'a hexadecimal' : 'an octal'} number; write numbers in decimal`,
        { file, line: position?.line, column: position?.col },
        { hint: `write ${node.value}, or quote the value if it is text` },
      );
    },
  });
}

async function readConfigFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new ConfigError(
        `config file not found: ${file}`,
        { file },
        { hint: 'create .modelgate.yml (see the README) or pass the path of your config', cause },
      );
    if (code === 'EISDIR') throw new ConfigError(`config path is a directory, not a file: ${file}`, { file }, { cause });
    throw new ConfigError(`cannot read config file ${file}: ${(cause as Error).message}`, { file }, { cause });
  }
}

/** Sets each override on the parsed file and returns the JSON pointers it replaced. */
function applyOverrides(raw: unknown, overrides: ConfigOverrides): string[] {
  const pointers: string[] = [];
  if (!isRecord(raw)) return pointers; // the schema reports that the file is not a mapping
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    const segments = key.includes('.') ? key.split('.') : ['data', key];
    if (segments.some((s) => s === '' || s === '__proto__' || s === 'constructor' || s === 'prototype')) {
      throw new ConfigError(
        `invalid override key \`${key}\``,
        {},
        { hint: 'use a config key such as `threshold` or a dotted path such as `evaluate.min_group_size`' },
      );
    }
    let target: Record<string, unknown> = raw;
    let settable = true;
    for (const segment of segments.slice(0, -1)) {
      if (target[segment] === undefined || target[segment] === null) target[segment] = {};
      const next = target[segment];
      if (!isRecord(next)) {
        settable = false; // the schema reports the section's wrong type at its place in the file
        break;
      }
      target = next;
    }
    if (!settable) continue;
    const last = segments[segments.length - 1];
    const pointer = `/${segments.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
    const current = target[last];
    // A mapping override sets its keys in the mapping the file has there (a flag's model spec keeps the model's
    // other settings); anything else the file has there, such as the spec written as a bare string, it replaces.
    if (isRecord(value) && isRecord(current)) {
      for (const [key, item] of Object.entries(value)) {
        current[key] = item;
        pointers.push(`${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      }
      continue;
    }
    target[last] = value;
    pointers.push(pointer);
  }
  return pointers;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** One error for all issues: the first (in file order) in full, up to MORE_ISSUES more listed after it. */
function configError(issues: Issue[], file: string, positions: DocumentPositions, overridden: string[]): ConfigError {
  const located = issues.map((issue) => {
    const fromOverride = overridden.some((o) => issue.path === o || issue.path.startsWith(`${o}/`));
    const location: Location = { file, path: issue.path };
    if (!fromOverride) Object.assign(location, locate(issue, positions));
    return { ...issue, location, message: fromOverride ? `${issue.message} (set by an override)` : issue.message };
  });
  // Override problems first (they are not in the file), then in reading order.
  located.sort(
    (a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || Number(a.location.column ?? 0) - Number(b.location.column ?? 0),
  );
  const [first, ...rest] = located;
  const lines = rest.slice(0, MORE_ISSUES).map((issue) => {
    const where = issue.location.line === undefined ? '' : ` at line ${issue.location.line}, column ${issue.location.column}`;
    return `  also${where}: ${issue.message}`;
  });
  if (rest.length > MORE_ISSUES) lines.push(`  ... and ${rest.length - MORE_ISSUES} more`);
  const message = [first.message, ...lines].join('\n');
  return new ConfigError(message, first.location, { hint: first.hint });
}

/** The line and column of an issue: its key, its value, or (for a missing key) its parent; else the nearest ancestor. */
function locate(issue: Issue, positions: DocumentPositions): { line: number; column: number } {
  let pointer = issue.at === 'parent' ? parentPointer(issue.path) : issue.path;
  const exact = issue.at === 'key' ? positions.keys.get(pointer) : undefined;
  if (exact) return exact;
  for (;;) {
    const position = positions.values.get(pointer);
    if (position) return position;
    if (pointer === '') return { line: 1, column: 1 };
    pointer = parentPointer(pointer);
  }
}

/**
 * A ConfigError raised after loading (by the readers, on bindings) knows the JSON pointer it is about but not
 * the file: give it the config's file and the line and column of that key (or its nearest ancestor in the file).
 */
export function locateInConfig(error: unknown, loaded: Pick<LoadedConfig, 'file' | 'sourceMap'>): unknown {
  if (!(error instanceof ConfigError) || error.location.file !== undefined || error.location.path === undefined) return error;
  const { line, column } = configPosition(loaded, error.location.path);
  Object.assign(error.location, { file: loaded.file }, line === undefined ? {} : { line, column });
  return error;
}
