/**
 * The CLI's watching parent (shared/supervise.ts): the child it starts for a gate that asks (shadow-compare) gets
 * glibc's huge-page tunable for its allocations, with the user's own tunables kept and their own hugetlb setting left
 * to win.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { childTunables, runSupervised } from '../../shared/supervise.js';
import { runCli, tempDir } from '../helpers/bundle.js';

describe('the supervised child', () => {
  it('asks glibc for huge pages, after the tunables the user set, unless the user set hugetlb', () => {
    expect(childTunables(undefined)).toBe('glibc.malloc.hugetlb=1');
    expect(childTunables('')).toBe('glibc.malloc.hugetlb=1');
    expect(childTunables('glibc.malloc.arena_max=2')).toBe('glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1');
    expect(childTunables('glibc.malloc.hugetlb=0')).toBe('glibc.malloc.hugetlb=0');
    expect(childTunables('glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2')).toBe('glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2');
  });

  it('starts the child with those tunables in its environment when asked, and with the environment as it is when not (a real child process)', async () => {
    const dir = tempDir('modelgate-supervise-');
    const script = path.join(dir, 'tunables.mjs');
    const out = path.join(dir, 'seen.txt');
    writeFileSync(
      script,
      `import { readFileSync, writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(out)}, process.env.GLIBC_TUNABLES ?? '(unset)');\n`,
    );
    const { GLIBC_TUNABLES: _unset, ...env } = process.env;
    const hugePages = { hugePages: true };
    expect(await runSupervised(script, [], { ...env, GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' }, hugePages)).toEqual({ code: 0 });
    expect(readFileSync(out, 'utf8')).toBe('glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1');
    expect(await runSupervised(script, [], env, hugePages)).toEqual({ code: 0 });
    expect(readFileSync(out, 'utf8')).toBe('glibc.malloc.hugetlb=1');
    expect(await runSupervised(script, [], env)).toEqual({ code: 0 });
    expect(readFileSync(out, 'utf8')).toBe('(unset)');
  });

  it('is asked for huge pages by the CLI for shadow-compare, and not for evaluate (the built CLI, its gate process watched)', async () => {
    const dir = tempDir('modelgate-supervise-cli-');
    const preload = path.join(dir, 'record.mjs');
    // Loaded into both processes; the gate's child (MODELGATE_SUPERVISED) writes what it was given.
    writeFileSync(
      preload,
      `import { writeFileSync } from 'node:fs';\nif (process.env.MODELGATE_SUPERVISED) writeFileSync(process.env.RECORD_TO, process.env.GLIBC_TUNABLES ?? '(unset)');\n`,
    );
    const seen = async (command: string): Promise<string> => {
      const to = path.join(dir, `${command}.txt`);
      // No config here: the gate's process starts, then ends in exit 2.
      const run = await runCli([command, '--out', `out-${command}`], dir, { NODE_OPTIONS: `--import=${preload}`, RECORD_TO: to });
      expect(run.code, run.stderr).toBe(2);
      return readFileSync(to, 'utf8');
    };
    expect(await seen('shadow-compare')).toBe('glibc.malloc.hugetlb=1');
    expect(await seen('evaluate')).toBe('(unset)');
  });
});
