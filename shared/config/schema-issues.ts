/** Turns ajv's errors into issues a person can act on: which key, what was expected, what was found. */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { closestName } from '../closest.js';
import { childPointer, displayPath, listNames, showValue, type Issue } from './issue.js';

type Schema = Record<string, unknown>;

/** Keywords whose failure is best said as "`x` must be <what the schema allows>, got <value>". */
const VALUE_KEYWORDS = new Set([
  'type',
  'const',
  'enum',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
]);

/** ajv must run with `verbose: true` so that errors carry their schema and data. */
export function schemaIssues(errors: readonly ErrorObject[], root: unknown): Issue[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  // An anyOf's branch errors only restate the anyOf; keep the one summary.
  const isBranchError = (e: ErrorObject) =>
    anyOfs.some((a) => a !== e && e.schemaPath.startsWith(`${a.schemaPath}/`) && e.instancePath.startsWith(a.instancePath));

  // A misspelt bound (`mni: 0.8`) also leaves the rule without a bound; the unknown key says it better.
  const isExplainedByTypo = (e: ErrorObject) =>
    e.keyword === 'anyOf' &&
    errors.some((other) => {
      if (other.keyword !== 'additionalProperties' || other.instancePath !== e.instancePath) return false;
      const known = ((e.schema ?? []) as Schema[]).flatMap((b) => (b.required ?? []) as string[]);
      return closestName(String(other.params.additionalProperty), known) !== undefined;
    });

  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (isBranchError(error) || isExplainedByTypo(error)) continue;
    const issue = describe(error, root);
    const key = `${issue.path}\0${issue.at}\0${VALUE_KEYWORDS.has(error.keyword) ? 'value' : issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function describe(error: ErrorObject, root: unknown): Issue {
  const path = error.instancePath;
  const parentSchema = (error.parentSchema ?? {}) as Schema;
  const name = displayPath(path, root);

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const known = Object.keys((parentSchema.properties ?? {}) as Schema);
      const guess = closestName(key, known);
      return {
        path: childPointer(path, key),
        at: 'key',
        message: `unknown key \`${key}\` ${name ? `in ${name}` : 'at the top level'}`,
        hint: guess ? `did you mean \`${guess}\`?` : `known keys: ${listNames(known)}`,
      };
    }
    case 'required': {
      const key = String(error.params.missingProperty);
      const property = ((parentSchema.properties ?? {}) as Record<string, Schema>)[key];
      return {
        path: childPointer(path, key),
        at: 'parent',
        message: `missing required key \`${key}\` ${name ? `in ${name}` : 'at the top level'}`,
        hint:
          key === 'version'
            ? 'add `version: 1`'
            : typeof property?.description === 'string'
              ? `\`${key}\`: ${property.description}`
              : undefined,
      };
    }
    case 'anyOf': {
      const branches = (error.schema ?? []) as Schema[];
      const keys = branches.flatMap((b) => (Array.isArray(b.required) ? (b.required as string[]) : []));
      return { path, at: 'value', message: `\`${name}\` needs at least one of ${listNames(keys)}` };
    }
    case 'uniqueItems': {
      const later = Math.max(Number(error.params.i), Number(error.params.j));
      const value = (error.data as unknown[])[later];
      return { path: childPointer(path, later), at: 'value', message: `\`${name}\` lists ${showValue(value)} more than once` };
    }
    default:
      if (VALUE_KEYWORDS.has(error.keyword)) {
        const issue: Issue = {
          path,
          at: 'value',
          message: `\`${name || 'the config'}\` must be ${expected(parentSchema)}, got ${showValue(error.data)}`,
        };
        if (Array.isArray(parentSchema.enum)) {
          const allowed = parentSchema.enum.map(String);
          const guess = typeof error.data === 'string' ? closestName(error.data, allowed) : undefined;
          issue.hint = `${guess ? `did you mean \`${guess}\`? ` : ''}allowed: ${listNames(allowed)}`;
        }
        return issue;
      }
      return { path, at: 'value', message: `\`${name || 'the config'}\` ${error.message ?? 'is invalid'}` };
  }
}

const PLURALS: Record<string, string> = {
  string: 'strings',
  number: 'numbers',
  integer: 'integers',
  boolean: 'booleans',
  object: 'mappings',
  array: 'lists',
};

/** What a schema accepts, in words: "a number between 0 and 1", "an integer >= 1", "one of `a`, `b`". */
function expected(schema: Schema): string {
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return `one of ${listNames(schema.enum as string[])}`;
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === 'string' ? [schema.type] : [];
  const words = types.map((type) => {
    switch (type) {
      case 'number':
      case 'integer':
        return `${type === 'integer' ? 'an integer' : 'a number'}${range(schema)}`;
      case 'string':
        if (schema.minLength === 1 && schema.maxLength === 1) return 'a single character';
        return schema.minLength === 1 ? 'a non-empty string' : 'a string';
      case 'array': {
        const items = (schema.items ?? {}) as Schema;
        const itemTypes = Array.isArray(items.type) ? (items.type as string[]) : typeof items.type === 'string' ? [items.type] : [];
        const of = itemTypes.length ? ` of ${itemTypes.map((t) => PLURALS[t] ?? t).join(' or ')}` : '';
        const min = typeof schema.minItems === 'number' && schema.minItems > 1 ? ` with at least ${schema.minItems} items` : '';
        return `${schema.minItems === 1 ? 'a non-empty list' : 'a list'}${of}${min}`;
      }
      case 'boolean':
        return 'true or false';
      case 'object':
        return 'a mapping';
      default:
        return type;
    }
  });
  return words.join(' or ') || 'valid';
}

function range(schema: Schema): string {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = schema as Record<string, number | undefined>;
  if (minimum !== undefined && maximum !== undefined) return ` between ${minimum} and ${maximum}`;
  const parts: string[] = [];
  if (minimum !== undefined) parts.push(`>= ${minimum}`);
  if (exclusiveMinimum !== undefined) parts.push(`> ${exclusiveMinimum}`);
  if (maximum !== undefined) parts.push(`<= ${maximum}`);
  if (exclusiveMaximum !== undefined) parts.push(`< ${exclusiveMaximum}`);
  return parts.length ? ` ${parts.join(' and ')}` : '';
}
