/**
 * bench/profile-summary.mjs, which docs/fast-paths.md's profile figures come from: self time by function, and the
 * time inside named functions with everything they call, on a profile whose answer is known, and on a real one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/bundle.js';

const summary = fileURLToPath(new URL('../../bench/profile-summary.mjs', import.meta.url));
const frame = (functionName: string) => ({ functionName, url: 'file:///x/chunk.js', lineNumber: 1 });

describe('bench/profile-summary.mjs', () => {
  it('adds self time by function and inclusive time through callers', () => {
    const dir = tempDir('modelgate-profile-');
    const file = path.join(dir, 'known.cpuprofile');
    // root -> outer -> inner; 3 ms in outer itself, 5 ms in inner (twice, 2 + 3), 1 ms idle.
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2, 4] },
        { id: 2, callFrame: frame('outer'), children: [3] },
        { id: 3, callFrame: frame('inner') },
        { id: 4, callFrame: frame('(idle)') },
      ],
      samples: [2, 3, 3, 4],
      timeDeltas: [3000, 2000, 3000, 1000],
    };
    writeFileSync(file, JSON.stringify(profile));
    const out = execFileSync(process.execPath, [summary, file, '--inclusive', 'outer,inner'], { encoding: 'utf8' });
    const lines = out.split('\n').map((line) => line.trim().replace(/\s+/g, ' '));
    expect(lines[0]).toBe('9 ms sampled');
    expect(lines.slice(1, 4)).toEqual(['5 inner chunk.js:1', '3 outer chunk.js:1', '1 (idle) chunk.js:1']);
    expect(lines.slice(lines.indexOf('inclusive:') + 1, lines.indexOf('inclusive:') + 3)).toEqual(['8 outer', '5 inner']);
  });

  it("reads a real profile of node's own, and refuses a call without a file", () => {
    const dir = tempDir('modelgate-profile-');
    const work = 'let s = 0; for (let i = 0; i < 3e7; i++) s += Math.sqrt(i); console.log(s > 0);';
    execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '-e', work]);
    const [file] = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
    const out = execFileSync(process.execPath, [summary, path.join(dir, file), '--top', '3'], { encoding: 'utf8' });
    expect(out).toMatch(/^\s*\d+ ms sampled\n(\s*\d+ .+\n){3}$/);
    const bad = spawnSync(process.execPath, [summary], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^usage: node bench\/profile-summary\.mjs/);
  });
});
