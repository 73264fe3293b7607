import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const generator = fileURLToPath(new URL('../../bench/generate.mjs', import.meta.url));
const naive = fileURLToPath(new URL('../../bench/naive.mjs', import.meta.url));
// Enough rows for several 64 KiB read chunks, so naiveSplit must carry lines across chunk edges.
const ROWS = 5000;
const ROW = /^(\d+),([01]),([01]\.\d{4}),([FM]),([a-e]),(north|south|east|west|central|coastal|mountain|islands),(\d+\.\d{2})$/;

let scratch: string;
let file: string;

function naiveSplit(path: string): { rows: number; sum: number; ms: number } {
  return JSON.parse(execFileSync(process.execPath, [naive, path], { encoding: 'utf8' }));
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'bench-'));
  file = join(scratch, 'predictions.csv');
  execFileSync(process.execPath, [generator, '--rows', String(ROWS), '--out', file], { stdio: 'pipe' });
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('bench/generate.mjs', () => {
  it('writes the header and well-formed rows with ids 1..rows', () => {
    const [header, ...lines] = readFileSync(file, 'utf8').split('\n');
    expect(header).toBe('id,label,score,sex,race,region,income');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(ROWS);
    const malformed = lines.filter((line, i) => {
      const match = ROW.exec(line);
      return match === null || match[1] !== String(i + 1) || Number(match[3]) > 1;
    });
    expect(malformed).toEqual([]);
  });

  it('reports the bytes it wrote and is deterministic for a seed', () => {
    const again = join(scratch, 'again.csv');
    const stdout = execFileSync(process.execPath, [generator, '--rows', String(ROWS), '--out', again], { encoding: 'utf8' });
    const bytes = readFileSync(file);
    expect(stdout).toContain(`${bytes.length} bytes`);
    expect(readFileSync(again).equals(bytes)).toBe(true);
    const otherSeed = join(scratch, 'other-seed.csv');
    execFileSync(process.execPath, [generator, '--rows', String(ROWS), '--seed', '7', '--out', otherSeed]);
    expect(readFileSync(otherSeed).equals(bytes)).toBe(false);
  });

  it('writes scores that separate the labels', () => {
    const byLabel = [[], []] as number[][];
    for (const line of readFileSync(file, 'utf8').trimEnd().split('\n').slice(1)) {
      const [, label, score] = line.split(',');
      byLabel[Number(label)].push(Number(score));
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(byLabel[1].length / ROWS).toBeGreaterThan(0.25);
    expect(byLabel[1].length / ROWS).toBeLessThan(0.35);
    expect(mean(byLabel[1]) - mean(byLabel[0])).toBeGreaterThan(0.3);
  });

  it('rejects a bad --rows with exit code 2', () => {
    const result = spawnSync(process.execPath, [generator, '--rows', '1.5', '--out', join(scratch, 'bad.csv')], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--rows must be a positive integer');
  });
});

describe('bench/naive.mjs', () => {
  it('counts every data row and sums the scores across read chunks', () => {
    let expected = 0;
    for (const line of readFileSync(file, 'utf8').trimEnd().split('\n').slice(1)) expected += Number(ROW.exec(line)?.[3]);
    const result = naiveSplit(file);
    expect(result.rows).toBe(ROWS);
    expect(result.sum).toBeCloseTo(expected, 6);
    expect(result.ms).toBeGreaterThan(0);
  });

  it('counts a last line that has no newline', () => {
    const small = join(scratch, 'no-final-newline.csv');
    writeFileSync(small, 'id,label,score\n1,0,0.25\n2,1,0.5');
    expect(naiveSplit(small)).toMatchObject({ rows: 2, sum: 0.75 });
  });
});
