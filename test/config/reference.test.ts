import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const script = join(repo, 'scripts', 'reference.mjs');
const root = mkdtempSync(join(tmpdir(), 'modelgate-reference-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

mkdirSync(join(root, 'schema'));
copyFileSync(join(repo, 'schema', 'modelgate.schema.json'), join(root, 'schema', 'modelgate.schema.json'));
mkdirSync(join(root, 'actions', 'demo'), { recursive: true });
writeFileSync(
  join(root, 'actions', 'demo', 'action.yml'),
  `name: modelgate demo
description: |
  Gate a model
  on its predictions.
inputs:
  config:
    description: Path of the config | YAML or JSON.
    default: .modelgate.yml
  predictions:
    description: Predictions to evaluate.
    required: true
outputs:
  verdict:
    description: pass, warn, fail or error.
runs:
  using: node24
  main: ../../dist/actions/demo.js
`,
);

type Main = (argv: string[], io: { stdout: (text: string) => void; stderr: (text: string) => void }) => number;
// A computed specifier: the script is plain JavaScript without type declarations.
const { main } = (await import(pathToFileURL(script).href)) as { main: Main };

function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = main(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

describe('scripts/reference.mjs', () => {
  test('the repository schema gives a row for every key, with type and default', () => {
    const { status, stdout } = run('--stdout', '--root', repo);
    expect(status).toBe(0);
    expect(stdout).toContain(
      '| `evaluate.min_group_size` | integer ≥ 1 | `30` | Groups with fewer examples make a check inconclusive; they are reported, never silently dropped. |',
    );
    expect(stdout).toContain('| `data.threshold` | number in [0, 1] | `0.5` |');
    expect(stdout).toContain('| `evaluate.bootstrap.level` | number in (0, 1) | `0.95` |');
    expect(stdout).toContain('| `data.task` | `binary`, `multiclass`, `regression` | `binary` |');
    expect(stdout).toMatch(/\| `data\.label` \| string \| {2}\| Column with the true label .* `evaluate` and `train` need it\. \|/);
    expect(stdout).toContain('| `evaluate.gates[].severity` | `fail`, `warn` | `fail` |');
    const schema = JSON.parse(readFileSync(join(repo, 'schema', 'modelgate.schema.json'), 'utf8'));
    for (const key of Object.keys(schema.$defs.rule.properties)) expect(stdout).toContain(`| \`evaluate.gates[].${key}\` |`);
    for (const key of Object.keys(schema.$defs.data.properties)) expect(stdout).toContain(`| \`data.${key}\` |`);
  });

  test('action inputs and outputs become tables, with pipes escaped and lines joined', () => {
    const { status, stdout } = run('--stdout', '--root', root);
    expect(status).toBe(0);
    expect(stdout).toContain('### Action `demo` (`actions/demo/action.yml`)\n\nGate a model on its predictions.\n');
    expect(stdout).toContain('| `config` | no | `.modelgate.yml` | Path of the config \\| YAML or JSON. |');
    expect(stdout).toContain('| `predictions` | yes |  | Predictions to evaluate. |');
    expect(stdout).toContain('| Output | Description |\n| --- | --- |\n| `verdict` | pass, warn, fail or error. |');
  });

  test('writes between the markers, keeps the rest, and --check compares', () => {
    const readme = join(root, 'README.md');
    writeFileSync(readme, '# Title\n\n<!-- reference:start -->\nold\n<!-- reference:end -->\n\nFooter\n');
    expect(run('--check', '--root', root).status).toBe(1);
    expect(run('--root', root).status).toBe(0);
    const written = readFileSync(readme, 'utf8');
    const block = run('--stdout', '--root', root).stdout;
    expect(written).toBe(`# Title\n\n<!-- reference:start -->\n${block}<!-- reference:end -->\n\nFooter\n`);
    expect(run('--check', '--root', root).status).toBe(0);
    writeFileSync(readme, written.replace('`30`', '`31`'));
    const stale = run('--check', '--root', root);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('the reference block is out of date');
  });

  test('without README.md or its markers it refuses to write, and says to use --stdout', () => {
    const bare = mkdtempSync(join(root, 'bare-'));
    mkdirSync(join(bare, 'schema'));
    copyFileSync(join(repo, 'schema', 'modelgate.schema.json'), join(bare, 'schema', 'modelgate.schema.json'));
    const missing = run('--root', bare);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('README.md does not exist');
    writeFileSync(join(bare, 'README.md'), '# no markers\n');
    const unmarked = run('--check', '--root', bare);
    expect(unmarked.status).toBe(1);
    expect(unmarked.stderr).toContain('has no reference markers');
    expect(readFileSync(join(bare, 'README.md'), 'utf8')).toBe('# no markers\n');
  });

  test('runs from the command line with an exit code', () => {
    const ok = spawnSync(process.execPath, [script, '--stdout', '--root', repo], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('| `evaluate.min_group_size` | integer ≥ 1 | `30` |');
    writeFileSync(join(root, 'README.md'), '<!-- reference:start -->\nold\n<!-- reference:end -->\n');
    const stale = spawnSync(process.execPath, [script, '--check', '--root', root], { encoding: 'utf8' });
    expect(stale.status).toBe(1);
    const usage = spawnSync(process.execPath, [script, '--bogus'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: node scripts/reference.mjs');
  });
});
