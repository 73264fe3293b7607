/**
 * Action metadata as GitHub reads it: each actions/<name>/action.yml passes GitHub's own action parser
 * (@actions/workflow-parser, the parser behind the Actions language service), runs the committed bundle on node24,
 * documents every input and output, and declares exactly the inputs its code reads. Example workflows pass the same
 * package's workflow parser. Everything read here is inside the repository or its node_modules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GATE_COMMANDS } from '../../shared/commands/descriptors.js';
import { Inputs } from '../../shared/inputs.js';
import { repoRoot } from '../helpers/bundle.js';

/** The parser's messages for a file, each with its line and column; empty when GitHub would accept it. */
function githubParseErrors(kind: 'action' | 'workflow', name: string, content: string): string[] {
  const parseFile = kind === 'action' ? parseAction : parseWorkflow;
  const result = parseFile({ name, content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((error) => error.message);
}

interface ActionMetadata {
  inputs?: Record<string, { description?: string; default?: string; required?: boolean }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

const actions = readdirSync(path.join(repoRoot, 'actions')).filter((name) =>
  existsSync(path.join(repoRoot, 'actions', name, 'action.yml')),
);
const inputNames: Record<string, string> = Inputs;

/** Inputs the shared GitHub adapter reads for every action, by literal name (the review-comment token). */
const platformInputs = [
  ...readFileSync(path.join(repoRoot, 'shared', 'platform', 'github.ts'), 'utf8').matchAll(/getInput\((?:'([^']+)'|Inputs\.(\w+))\)/g),
].map(([, literal, key]) => literal ?? inputNames[key]);

it('finds the actions to check', () => {
  expect(actions).toContain('evaluate');
});

describe("GitHub's parsers reject what GitHub rejects", () => {
  it('an action on an unknown runtime', () => {
    const errors = githubParseErrors('action', 'bad/action.yml', 'name: x\ndescription: y\nruns:\n  using: node99\n  main: a.js\n');
    expect(errors.join('\n')).toMatch(/Line: 4, Col: 10.*node99/);
  });

  it('a node action without its entry file', () => {
    const errors = githubParseErrors('action', 'bad/action.yml', 'name: x\ndescription: y\nruns:\n  using: node24\n  mian: a.js\n');
    expect(errors.length).toBeGreaterThan(0);
  });

  it('a workflow step with a misspelt key', () => {
    const errors = githubParseErrors(
      'workflow',
      'bad.yml',
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: a/b@v1\n        wth: {}\n',
    );
    expect(errors.join('\n')).toMatch(/wth/);
  });
});

describe.each(actions)('actions/%s/action.yml', (name) => {
  const dir = path.join(repoRoot, 'actions', name);
  const metadata = parse(readFileSync(path.join(dir, 'action.yml'), 'utf8')) as ActionMetadata;

  it("passes GitHub's action parser", () => {
    expect(githubParseErrors('action', `actions/${name}/action.yml`, readFileSync(path.join(dir, 'action.yml'), 'utf8'))).toEqual([]);
  });

  it('runs its committed bundle on node24', () => {
    expect(metadata.runs.using).toBe('node24');
    expect(metadata.runs.main).toBe(`../../dist/actions/${name}.js`);
    expect(existsSync(path.resolve(dir, metadata.runs.main)), `${metadata.runs.main} from actions/${name} (npm run build writes it)`).toBe(
      true,
    );
  });

  it('describes every input and output', () => {
    for (const [input, spec] of Object.entries(metadata.inputs ?? {})) expect(spec.description?.trim(), `input ${input}`).toBeTruthy();
    for (const [output, spec] of Object.entries(metadata.outputs ?? {})) expect(spec.description?.trim(), `output ${output}`).toBeTruthy();
  });

  it('declares every input its entry reads, and reads every input it declares', () => {
    // The entry is runAction with the gate's descriptor: it reads config and out-dir, then the descriptor's inputs.
    const source = readFileSync(path.join(dir, 'main.ts'), 'utf8');
    expect(source).toContain(`runAction(GATE_COMMANDS['${name}'])`);
    const command = GATE_COMMANDS[name];
    expect(command?.gate, `shared/commands/descriptors.ts describes ${name}`).toBe(name);
    const read = [Inputs.config, Inputs.outDir, ...command.inputs.map((input) => input.name)];
    const declared = Object.keys(metadata.inputs ?? {});
    for (const input of read) expect(declared, `actions/${name} reads ${input}`).toContain(input);
    const used = new Set([...read, ...platformInputs]);
    for (const input of declared) expect(used.has(input), `input ${input} is declared but never read`).toBe(true);
  });
});

describe('workflow files', () => {
  const folders = [path.join(repoRoot, 'examples', 'workflows'), path.join(repoRoot, '.github', 'workflows')].filter((dir) =>
    existsSync(dir),
  );
  const files = folders.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => path.join(dir, f)),
  );

  it('finds the example workflows', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [path.relative(repoRoot, f), f]))("%s passes GitHub's workflow parser", (name, file) => {
    expect(githubParseErrors('workflow', name, readFileSync(file, 'utf8'))).toEqual([]);
  });

  const gating = files.filter((file) => /uses: +(?:modelgate\/modelgate\/|\.\/)actions\//.test(readFileSync(file, 'utf8')));
  it.each(gating.map((f) => [path.relative(repoRoot, f), f]))(
    '%s runs one gate per pull request at a time (a concurrency group), so sticky comments do not race',
    (_, file) => {
      const workflow = parse(readFileSync(file, 'utf8')) as { concurrency?: { group?: string } };
      expect(workflow.concurrency?.group).toMatch(/github\.event\.pull_request\.number/);
    },
  );

  it.each(files.map((f) => [path.relative(repoRoot, f), f]))('%s passes only declared inputs to modelgate actions', (_, file) => {
    const workflow = parse(readFileSync(file, 'utf8')) as {
      jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        const action = /^(?:modelgate\/modelgate\/|\.\/)actions\/([\w-]+)(?:@|$)/.exec(step.uses ?? '')?.[1];
        if (!action) continue;
        const metadata = parse(readFileSync(path.join(repoRoot, 'actions', action, 'action.yml'), 'utf8')) as ActionMetadata;
        for (const input of Object.keys(step.with ?? {}))
          expect(Object.keys(metadata.inputs ?? {}), `${action} input ${input}`).toContain(input);
      }
    }
  });
});
