import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot, tempDir } from './bundle.js';

/**
 * The two tests of a committed generated file (scripts/generated-file.mjs): it is what its script writes now, and a
 * copy changed by `spoil` is reported stale. Paths from the repository's root.
 */
export function itIsGenerated(script: string, generated: string, spoil: (text: string) => string): void {
  const check = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(repoRoot, script), '--check', ...args], { cwd: repoRoot, encoding: 'utf8' });

  it(`is what ${script} writes now`, () => {
    const result = check();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('is reported stale when it differs', () => {
    const stale = path.join(tempDir('modelgate-generated-'), path.basename(generated));
    const text = readFileSync(path.join(repoRoot, generated), 'utf8');
    const spoiled = spoil(text);
    expect(spoiled).not.toBe(text);
    writeFileSync(stale, spoiled);
    const result = check('--out', stale);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/is stale/);
  });
}
