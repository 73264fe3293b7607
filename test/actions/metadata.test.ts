/**
 * Action metadata as GitHub reads it: each actions/<name>/action.yml is valid against the SchemaStore schema,
 * runs the committed bundle on node24, documents every input and output, and declares exactly the inputs its
 * code reads. Example workflows are valid workflow files. The schemas sit in the handbook folder beside the
 * clone (../shared/schemas), as in CI.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Inputs } from '../../shared/inputs.js';
import { repoRoot } from '../helpers/bundle.js';

const schemas = path.resolve(repoRoot, '..', 'shared', 'schemas');

const validators = new Map<string, ValidateFunction>();

/** Both SchemaStore schemas declare draft-07, ajv's default class; they use keywords ajv's strict mode rejects. */
function validatorFor(schemaFile: string): ValidateFunction {
  let validate = validators.get(schemaFile);
  if (!validate) {
    const schema = JSON.parse(readFileSync(path.join(schemas, schemaFile), 'utf8')) as { $schema: string };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    validators.set(schemaFile, validate);
  }
  return validate;
}

interface ActionMetadata {
  inputs?: Record<string, { description?: string; default?: string; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

const actions = readdirSync(path.join(repoRoot, 'actions')).filter((name) => existsSync(path.join(repoRoot, 'actions', name, 'action.yml')));
const inputNames: Record<string, string> = Inputs;

/** Inputs the shared GitHub adapter reads for every action, by literal name (the review-comment token). */
const platformInputs = [...readFileSync(path.join(repoRoot, 'shared', 'platform', 'github.ts'), 'utf8').matchAll(/getInput\((?:'([^']+)'|Inputs\.(\w+))\)/g)]
  .map(([, literal, key]) => literal ?? inputNames[key]);

it('finds the actions to check', () => {
  expect(actions).toContain('evaluate');
});

describe.each(actions)('actions/%s/action.yml', (name) => {
  const dir = path.join(repoRoot, 'actions', name);
  const metadata = parse(readFileSync(path.join(dir, 'action.yml'), 'utf8')) as ActionMetadata;

  it('is valid against the GitHub action metadata schema', () => {
    const validate = validatorFor('github-action.json');
    expect(validate(metadata), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('runs its committed bundle on node24', () => {
    expect(metadata.runs.using).toBe('node24');
    expect(metadata.runs.main).toBe(`../../dist/actions/${name}.js`);
    expect(existsSync(path.resolve(dir, metadata.runs.main)), `${metadata.runs.main} from actions/${name} (npm run build writes it)`).toBe(true);
  });

  it('describes every input and output', () => {
    for (const [input, spec] of Object.entries(metadata.inputs ?? {})) expect(spec.description?.trim(), `input ${input}`).toBeTruthy();
    for (const [output, spec] of Object.entries(metadata.outputs ?? {})) expect(spec.description?.trim(), `output ${output}`).toBeTruthy();
  });

  it('declares every input its entry reads, and reads every input it declares', () => {
    const source = readFileSync(path.join(dir, 'main.ts'), 'utf8');
    const read = [...source.matchAll(/\bInputs\.(\w+)/g)].map(([, key]) => {
      expect(inputNames[key], `Inputs.${key} in shared/inputs.ts`).toBeDefined();
      return inputNames[key];
    });
    const declared = Object.keys(metadata.inputs ?? {});
    expect(read.length).toBeGreaterThan(0);
    for (const input of read) expect(declared, `actions/${name}/main.ts reads ${input}`).toContain(input);
    const used = new Set([...read, ...platformInputs]);
    for (const input of declared) expect(used.has(input), `input ${input} is declared but never read`).toBe(true);
  });
});

describe('workflow files', () => {
  const folders = [path.join(repoRoot, 'examples', 'workflows'), path.join(repoRoot, '.github', 'workflows')].filter((dir) => existsSync(dir));
  const files = folders.flatMap((dir) => readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(dir, f)));

  it('finds the example workflows', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [path.relative(repoRoot, f), f]))('%s is valid against the GitHub workflow schema', (_, file) => {
    const validate = validatorFor('github-workflow.json');
    const workflow = parse(readFileSync(file, 'utf8')) as unknown;
    expect(validate(workflow), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it.each(files.map((f) => [path.relative(repoRoot, f), f]))('%s passes only declared inputs to modelgate actions', (_, file) => {
    const workflow = parse(readFileSync(file, 'utf8')) as { jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }> };
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        const action = /^(?:modelgate\/modelgate\/|\.\/)actions\/([\w-]+)(?:@|$)/.exec(step.uses ?? '')?.[1];
        if (!action) continue;
        const metadata = parse(readFileSync(path.join(repoRoot, 'actions', action, 'action.yml'), 'utf8')) as ActionMetadata;
        for (const input of Object.keys(step.with ?? {})) expect(Object.keys(metadata.inputs ?? {}), `${action} input ${input}`).toContain(input);
      }
    }
  });
});
