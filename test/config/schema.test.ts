import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';

const text = readFileSync(new URL('../../schema/modelgate.schema.json', import.meta.url), 'utf8');
type Schema = Record<string, any>;

/** Every schema that sits under a `properties` key, with its dotted path. */
function* properties(schema: Schema, path = ''): Generator<[string, Schema]> {
  for (const [name, child] of Object.entries<Schema>(schema.properties ?? {})) {
    yield [`${path}${name}`, child];
    yield* properties(child, `${path}${name}.`);
  }
  if (schema.items) yield* properties(schema.items, `${path}[].`);
  for (const [name, child] of Object.entries<Schema>(schema.$defs ?? {})) yield* properties(child, `$defs.${name}.`);
}

describe('schema/modelgate.schema.json', () => {
  const schema: Schema = JSON.parse(text);

  test('is JSON with an id, a title and a description, for editors', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/.+\.schema\.json$/);
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toEqual(expect.any(String));
  });

  test('compiles under ajv strict mode and is a valid draft 2020-12 schema', () => {
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true, allErrors: true, useDefaults: true });
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  test('every property has a description', () => {
    const all = [...properties(schema)];
    expect(all.length).toBeGreaterThan(40);
    const missing = all.filter(([, child]) => typeof child.description !== 'string' || child.description.length < 10).map(([path]) => path);
    expect(missing).toEqual([]);
  });

  test('every object is closed, the sections of every gate included', () => {
    const open: string[] = [];
    const walk = (node: Schema, path: string) => {
      if (node.type === 'object' || node.properties) {
        if (node.additionalProperties !== false && typeof node.additionalProperties !== 'object') open.push(path);
      }
      for (const [name, child] of Object.entries<Schema>(node.properties ?? {})) walk(child, `${path}/${name}`);
      for (const [name, child] of Object.entries<Schema>(node.$defs ?? {})) walk(child, `#${name}`);
    };
    walk(schema, '');
    expect(open).toEqual([]);
  });

  test('only `version` is required at the top level; each gate says what it needs', () => {
    expect(schema.required).toEqual(['version']);
    expect(schema.$defs.data.required).toBeUndefined();
    expect(schema.$defs.rule.required).toEqual(['metric']);
  });

  test("every gate's rules are the one shared rule", () => {
    for (const gate of ['evaluate', 'shadow_compare', 'drift', 'canary']) {
      expect(schema.$defs[gate].properties.gates.$ref).toBe('#/$defs/gates');
    }
    expect(schema.$defs.gates.items).toEqual({ $ref: '#/$defs/rule' });
  });

  test('the enums are those of the types', () => {
    const rule = schema.$defs.rule.properties;
    expect(rule.on.enum).toEqual(['point', 'lower_bound', 'upper_bound']);
    expect(rule.severity.enum).toEqual(['fail', 'warn']);
    expect(rule.relative_to.enum).toEqual(['between_groups', 'overall']);
    expect(rule.agg.enum).toEqual(['worst_case', 'mean']);
    expect(schema.$defs.evaluate.properties.inconclusive.enum).toEqual(['fail', 'warn', 'pass']);
    expect(schema.$defs.data.properties.task.enum).toEqual(['binary', 'multiclass', 'regression']);
    expect(schema.$defs.data.properties.format.enum).toEqual(['csv', 'jsonl', 'parquet']);
  });
});
