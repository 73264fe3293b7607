// The README is the front door: its snippets must be the ones that work.
import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../shared/config/index.js';

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
    const commands = /```sh\n([\s\S]*?)```/.exec(quick)![1].trim().split('\n').map((line) => line.replace(/\s+#.*$/, ''));
    expect(commands).toEqual(['npm ci && npm run demo', 'npm test']);
  });

  it('shows the GitHub workflow that examples/workflows/evaluate.yml holds', () => {
    expect(parse(yamlBlockAfter('## On GitHub'))).toEqual(parse(readFileSync('examples/workflows/evaluate.yml', 'utf8')));
  });

  it('shows a smallest config that loads', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'modelgate-readme-'));
    const file = path.join(dir, '.modelgate.yml');
    writeFileSync(file, yamlBlockAfter('## The config'));
    const { config } = await loadConfig(file);
    expect(config.evaluate.gates).toEqual([{ metric: 'roc_auc', min: 0.75, on: 'point', severity: 'fail' }]);
  });
});
