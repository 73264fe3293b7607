import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repo = join(import.meta.dirname, '..', '..');
const templatesDir = join(repo, 'gitlab', 'templates');
const templates = readdirSync(templatesDir)
  .filter((file) => file.endsWith('.yml'))
  .sort();
const reference = (await import(pathToFileURL(join(repo, 'scripts', 'gitlab-reference.mjs')).href)) as {
  readTemplate(path: string): { inputs: Record<string, InputSpec>; jobs: Record<string, Job>; description: string };
};
const version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version;

interface InputSpec {
  description?: string;
  type?: 'string' | 'number' | 'boolean' | 'array';
  default?: unknown;
  options?: unknown[];
  regex?: string;
}
type Job = Record<string, unknown>;

const INTERPOLATION = /\$\[\[\s*inputs\.([\w-]+)\s*(\|[^\]]*)?\]\]/g;

/** Every `$[[ inputs.x ]]` in a value or key, with where it stands. */
function interpolations(node: unknown, where: string[] = []): { input: string; where: string }[] {
  if (typeof node === 'string') return [...node.matchAll(INTERPOLATION)].map((m) => ({ input: m[1], where: where.join('.') }));
  if (Array.isArray(node)) return node.flatMap((item, i) => interpolations(item, [...where, String(i)]));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => [
      ...interpolations(key, [...where, '(key)']),
      ...interpolations(value, [...where, key]),
    ]);
  }
  return [];
}

describe.each(templates)('template %s (spec lint)', (file) => {
  const { inputs, jobs, description } = reference.readTemplate(join(templatesDir, file));
  const used = interpolations(jobs);

  it('uses every declared input and declares every used input', () => {
    const usedNames = new Set(used.map((u) => u.input));
    expect([...usedNames].filter((name) => !(name in inputs))).toEqual([]);
    expect(Object.keys(inputs).filter((name) => !usedNames.has(name))).toEqual([]);
  });

  it('never splices an input into a shell line: scripts see inputs only through variables', () => {
    const inScripts = used.filter((u) => /(^|\.)(script|before_script|after_script)(\.|$)/.test(u.where));
    expect(inScripts).toEqual([]);
    for (const job of Object.values(jobs)) {
      for (const line of (job.script as string[]).join('\n').split('\n')) {
        // Each MODELGATE_ variable is expanded inside double quotes, except the lists and the command line, split on purpose.
        const bare = line.replace(/"[^"]*"/g, '').match(/\$\{?MODELGATE_\w+/g) ?? [];
        expect(
          bare.filter((v) => !/MODELGATE_(CLI|PREDICTIONS|BASELINE|DATASET|PRODUCTION|SHADOW|LABELS|REPLAY)$/.test(v)),
          line,
        ).toEqual([]);
      }
      expect((job.script as string[]).join('\n')).toMatch(/^set -f$/m);
    }
  });

  it('describes every input, and its default fits its type, options and regex', () => {
    expect(description.length).toBeGreaterThan(20);
    for (const [name, spec] of Object.entries(inputs)) {
      expect(spec.description, name).toMatch(/\S{3}/);
      if (spec.default === undefined) continue;
      const type = spec.type ?? 'string';
      expect(Array.isArray(spec.default) ? 'array' : typeof spec.default, name).toBe(type);
      if (spec.options) expect(spec.options, name).toContain(spec.default);
      if (spec.regex) expect(new RegExp(spec.regex).test(String(spec.default)), `${name} default vs ${spec.regex}`).toBe(true);
    }
  });

  it('defaults cli to this version of modelgate and image to node:24', () => {
    expect(inputs.cli.default).toBe(`npx --yes modelgate@${version}`);
    expect(inputs.image.default).toBe('node:24');
  });

  it('keeps the reports of a failing gate and declares the widgets', () => {
    const gate = Object.values(jobs).find((job) => (job.artifacts as { reports?: unknown } | undefined)?.reports)!;
    expect(gate.artifacts).toMatchObject({
      when: 'always',
      expose_as: `modelgate ${file.replace(/(-sharded)?\.yml$/, '')} report`,
      paths: ['$[[ inputs.out-dir ]]/'],
      reports: { junit: '$[[ inputs.out-dir ]]/junit.xml', metrics: '$[[ inputs.out-dir ]]/metrics.txt', dotenv: 'modelgate.env' },
    });
  });
});

describe('template inputs mirror the GitHub action', () => {
  it.each(['evaluate', 'train', 'shadow-compare'])(
    '%s declares every input of its action.yml but the GitHub token, with the same defaults',
    (gate) => {
      const action = parse(readFileSync(join(repo, 'actions', gate, 'action.yml'), 'utf8')) as {
        inputs: Record<string, { default?: string }>;
      };
      const { inputs } = reference.readTemplate(join(templatesDir, `${gate}.yml`));
      const mirrored = Object.keys(action.inputs).filter((name) => name !== 'github-token');
      expect(mirrored.filter((name) => !(name in inputs))).toEqual([]);
      for (const name of mirrored) expect(inputs[name].default, name).toBe(action.inputs[name].default ?? '');
    },
  );

  it('regexes accept the values a project would write and refuse the rest', () => {
    const { inputs } = reference.readTemplate(join(templatesDir, 'evaluate.yml'));
    const threshold = new RegExp(inputs.threshold.regex!);
    expect(['', '0', '0.5', '.25', '1', '1.0'].filter((t) => !threshold.test(t))).toEqual([]);
    expect(['1.5', '-0.1', 'half', '0.5 ', '2'].filter((t) => threshold.test(t))).toEqual([]);
    const outDir = new RegExp(inputs['out-dir'].regex!);
    expect(['reports', 'out/model-a', 'a.b_c'].every((d) => outDir.test(d))).toBe(true);
    expect(['', '/abs', 'has space', '$HOME', '../up'].filter((d) => outDir.test(d))).toEqual([]);
  });
});

describe('gitlab/README.md component reference (scripts/gitlab-reference.mjs)', () => {
  const script = join(repo, 'scripts', 'gitlab-reference.mjs');
  const root = mkdtempSync(join(tmpdir(), 'modelgate-gitlab-reference-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is up to date in the repository', () => {
    const result = spawnSync(process.execPath, [script, '--check', '--root', repo], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails --check after an input changes, and rewrites the table from the spec', () => {
    cpSync(join(repo, 'gitlab'), join(root, 'gitlab'), { recursive: true });
    const template = join(root, 'gitlab', 'templates', 'evaluate.yml');
    writeFileSync(template, readFileSync(template, 'utf8').replace("default: 'modelgate-report'", "default: 'gate-reports'"));
    const check = spawnSync(process.execPath, [script, '--check', '--root', root], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/component reference is out of date/);
    expect(spawnSync(process.execPath, [script, '--root', root]).status).toBe(0);
    const readme = readFileSync(join(root, 'gitlab', 'README.md'), 'utf8');
    expect(readme).toContain('| `out-dir` | string | `gate-reports` | matches `^[A-Za-z0-9_][A-Za-z0-9_./-]*$` |');
    expect(spawnSync(process.execPath, [script, '--check', '--root', root]).status).toBe(0);
  });
});

describe('component test data (gitlab/test/make-data.mjs)', () => {
  it('is what the generator writes', () => {
    const copy = mkdtempSync(join(tmpdir(), 'modelgate-gitlab-data-'));
    try {
      cpSync(join(repo, 'gitlab', 'test', 'make-data.mjs'), join(copy, 'make-data.mjs'));
      expect(spawnSync(process.execPath, [join(copy, 'make-data.mjs')]).status).toBe(0);
      for (const file of readdirSync(join(repo, 'gitlab', 'test', 'data'))) {
        expect(readFileSync(join(copy, 'data', file), 'utf8'), file).toBe(readFileSync(join(repo, 'gitlab', 'test', 'data', file), 'utf8'));
      }
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
