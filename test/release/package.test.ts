/**
 * The npm package as a user installs it: `npm pack`, then the tarball installed offline with `--omit=dev` into an
 * empty project. dist/ is bundled, so the package must need nothing else at run time; the installed CLI gates the
 * lending example like the repository's own build does.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runBundle, tempDir, writeFiles } from '../helpers/bundle.js';

describe('the npm package', () => {
  it('installs nothing but itself and runs the evaluate gate from its bin', async () => {
    const packs = tempDir('modelgate-pack-');
    const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', packs], { cwd: repoRoot, encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop()!;
    const project = tempDir('modelgate-consumer-');
    writeFiles(project, { 'package.json': '{"name":"consumer","version":"1.0.0","private":true}\n' });
    execFileSync('npm', ['install', '--omit=dev', '--offline', '--no-audit', '--no-fund', path.join(packs, tarball)], {
      cwd: project,
      stdio: 'pipe',
    });
    expect(readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['modelgate']);

    cpSync(path.join(repoRoot, 'examples', 'lending'), path.join(project, 'examples', 'lending'), { recursive: true });
    const bin = path.join(project, 'node_modules', 'modelgate', 'dist', 'cli.js');
    const run = await runBundle(bin, ['evaluate', '--config', 'examples/lending/.modelgate.yml', '--out', 'out'], { cwd: project });
    expect(run.code, run.stderr).toBe(1); // the lending candidate fails its fairness gate on purpose
    expect(readdirSync(path.join(project, 'out')).sort()).toEqual(['junit.xml', 'report.html', 'report.json', 'summary.md']);
  }, 120_000);
});
