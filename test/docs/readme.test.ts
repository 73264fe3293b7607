// The README is the front door: its snippets must be the ones that work.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../shared/config/index.js';

const readme = readFileSync('README.md', 'utf8');

function yamlBlockAfter(heading: string): string {
  const section = readme.slice(readme.indexOf(heading));
  const match = /```yaml\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error(`no yaml block after ${heading}`);
  return match[1];
}

describe('README', () => {
  it('gives exactly the two quick-start commands', () => {
    const quick = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## On GitHub'));
    const commands = /```sh\n([\s\S]*?)```/
      .exec(quick)![1]
      .trim()
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, ''));
    expect(commands).toEqual(['npm ci && npm run demo', 'npm run test:setup && npm test']);
  });

  it('shows the GitHub workflow that examples/workflows/evaluate.yml holds', () => {
    expect(parse(yamlBlockAfter('## On GitHub'))).toEqual(parse(readFileSync('examples/workflows/evaluate.yml', 'utf8')));
  });

  it("shows the demo's evaluate run as the CLI prints it", () => {
    if (!existsSync('examples/lending/data/candidate.csv')) execFileSync(process.execPath, ['examples/lending/generate.mjs']);
    const out = 'modelgate-report/demo/evaluate';
    let stdout: string;
    try {
      stdout = execFileSync(process.execPath, ['dist/cli.js', 'evaluate', '--config', 'examples/lending/.modelgate.yml', '--out', out], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch (error) {
      stdout = (error as { stdout: string }).stdout; // the demo's gate fails on purpose: exit code 1
    }
    const excerpt = /says why:\n\n```\n([\s\S]*?)```/.exec(readme)![1];
    expect(excerpt).toBe(stdout);
  });

  it("workflows use the Node 24 releases of GitHub's actions, the sharded one may write checks, and none uploads what the action uploads", () => {
    const files = [
      'examples/workflows/evaluate.yml',
      'examples/workflows/evaluate-sharded.yml',
      'examples/workflows/shadow-compare.yml',
      '.github/workflows/self-test.yml',
    ];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/actions\/(checkout|upload-artifact|download-artifact)@v[1-4]\b/);
    }
    expect(readme).not.toMatch(/actions\/(checkout|upload-artifact|download-artifact)@v[1-4]\b/);
    expect(parse(readFileSync('examples/workflows/evaluate-sharded.yml', 'utf8')).permissions).toMatchObject({ checks: 'write' });
    for (const file of ['examples/workflows/evaluate.yml', 'examples/workflows/evaluate-sharded.yml']) {
      const steps = Object.values(
        parse(readFileSync(file, 'utf8')).jobs as Record<string, { steps: { uses?: string; with?: { path?: string } }[] }>,
      ).flatMap((job) => job.steps);
      expect(
        steps.filter((step) => step.uses?.startsWith('actions/upload-artifact') && step.with?.path === 'modelgate-report/'),
        file,
      ).toEqual([]);
    }
  });

  it('documents where local runs keep the cache and artifacts, and the variables that move them', () => {
    for (const name of ['MODELGATE_CACHE_DIR', 'MODELGATE_ARTIFACT_DIR', '`.modelgate/`', '.modelgate/artifacts/<name>/<time of the run>/'])
      expect(readme).toContain(name);
  });

  it('shows a smallest config that loads', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'modelgate-readme-'));
    const file = path.join(dir, '.modelgate.yml');
    writeFileSync(file, yamlBlockAfter('## The config'));
    const { config } = await loadConfig(file);
    expect(config.evaluate.gates).toEqual([{ metric: 'roc_auc', min: 0.75, on: 'point', severity: 'fail' }]);
  });
});

describe('the repository stands alone', () => {
  it("no tracked file reads or links anything beside the clone (a user's clone has nothing there)", () => {
    const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
      .split('\0')
      .filter((file) => file && !file.startsWith('dist/') && !file.endsWith('package-lock.json'));
    const outside = tracked.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return /\.\.\/shared\/(?:DESIGN|schemas|hooks)|'\.\.', 'shared', 'schemas'/.test(text);
    });
    expect(outside).toEqual([]);
  });

  it('links into the README from the action READMEs land on a heading, and no snippet has an <owner> placeholder', () => {
    // GitHub's heading anchors: lower case, punctuation other than - and _ dropped, spaces to -.
    const anchors = new Set(
      [...readme.matchAll(/^#+ (.+)$/gm)].map(([, title]) =>
        title
          .toLowerCase()
          .replace(/[^\p{L}\p{N}\s_-]/gu, '')
          .trim()
          .replace(/\s/g, '-'),
      ),
    );
    for (const file of ['actions/evaluate/README.md', 'actions/train/README.md', 'actions/shadow-compare/README.md']) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain('<owner>');
      for (const [, anchor] of text.matchAll(/README\.md#([^)\s]+)\)/g)) expect(anchors.has(anchor), `${file} -> #${anchor}`).toBe(true);
    }
  });

  it('every relative link in the README points at a file in the repository', () => {
    const links = [...readme.matchAll(/\]\(((?!https?:|#|mailto:)[^)\s]+)\)/g)].map(([, target]) => target.split('#')[0]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(existsSync(link), link).toBe(true);
  });
});
