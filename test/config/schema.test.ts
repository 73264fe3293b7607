import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import type { BootstrapConfig, DataConfig, EvaluateConfig, GateRule } from '../../shared/config/index.js';

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

  test('every object is closed, except the sections reserved for later gates', () => {
    const open: string[] = [];
    const walk = (node: Schema, path: string) => {
      if (node.type === 'object' || node.properties) {
        if (node.additionalProperties !== false && typeof node.additionalProperties !== 'object') open.push(path);
      }
      for (const [name, child] of Object.entries<Schema>(node.properties ?? {})) walk(child, `${path}/${name}`);
      for (const [name, child] of Object.entries<Schema>(node.$defs ?? {})) walk(child, `#${name}`);
    };
    walk(schema, '');
    expect(open.sort()).toEqual(['/canary', '/drift', '/shadow_compare']);
    for (const section of open) expect(schema.properties[section.slice(1)].description).toMatch(/^Reserved for the [a-z-]+ gate/);
  });

  test('agrees with the TypeScript types key for key', () => {
    // Records over `keyof` fail to compile when a type gains or loses a key, and the test fails when the schema does.
    const data: Record<keyof DataConfig, true> = {
      predictions: true,
      baseline: true,
      format: true,
      delimiter: true,
      task: true,
      label: true,
      score: true,
      prediction: true,
      threshold: true,
      positive_label: true,
      classes: true,
      id: true,
      groups: true,
      missing_group: true,
      slices: true,
      weight: true,
      max_bad_rows: true,
      max_line_bytes: true,
      max_field_bytes: true,
      max_group_values: true,
      allow_outside_workspace: true,
    };
    const evaluate: Record<keyof EvaluateConfig, true> = {
      gates: true,
      min_group_size: true,
      inconclusive: true,
      intersect: true,
      bootstrap: true,
      calibration_bins: true,
      beta: true,
    };
    const bootstrap: Record<keyof BootstrapConfig, true> = { replicates: true, level: true, seed: true };
    const rule: Record<keyof GateRule, true> = {
      metric: true,
      id: true,
      min: true,
      max: true,
      max_drop: true,
      max_relative_drop: true,
      on: true,
      over: true,
      intersect: true,
      where: true,
      relative_to: true,
      agg: true,
      privileged: true,
      severity: true,
    };
    const keys = (node: Schema) => Object.keys(node.properties).sort();
    expect(keys(schema.$defs.data)).toEqual(Object.keys(data).sort());
    expect(keys(schema.$defs.evaluate)).toEqual(Object.keys(evaluate).sort());
    expect(keys(schema.$defs.evaluate.properties.bootstrap)).toEqual(Object.keys(bootstrap).sort());
    expect(keys(schema.$defs.rule)).toEqual(Object.keys(rule).sort());
    // Each gate's section validates on its own; `data:` is required by the gates that read it (loadConfig's needs).
    expect(schema.required).toEqual(['version']);
    expect(schema.$defs.data.required).toEqual(['label']);
    expect(schema.$defs.rule.required).toEqual(['metric']);
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
