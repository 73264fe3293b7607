import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const script = join(root, 'scripts', 'generate-config-types.mjs');
const generated = join(root, 'shared', 'config', 'types.generated.ts');
const dir = mkdtempSync(join(tmpdir(), 'modelgate-types-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = (...args: string[]) => spawnSync(process.execPath, [script, '--check', ...args], { cwd: root, encoding: 'utf8' });

describe('the config types generated from the schema', () => {
  it('are what scripts/generate-config-types.mjs generates from the current schema', () => {
    const result = check();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('are reported stale when they differ', () => {
    const stale = join(dir, 'types.generated.ts');
    writeFileSync(stale, readFileSync(generated, 'utf8').replace('min_group_size: number;', 'min_group_size?: number;'));
    const result = check('--out', stale);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/is stale/);
  });

  it('make a key with a default required, as the loader fills it in, and leave the others optional', () => {
    const text = readFileSync(generated, 'utf8');
    const body = (name: string) => new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`).exec(text)?.[1] ?? '';
    expect(body('Evaluate')).toMatch(/\n {2}min_group_size: number;/);
    expect(body('Data')).toMatch(/\n {2}threshold: number;/);
    expect(body('Data')).toMatch(/\n {2}label\?: Column;/);
    expect(body('Rule')).toMatch(/\n {2}severity: 'fail' \| 'warn';/);
    expect(body('Rule')).toMatch(/\n {2}min\?: number;/);
    expect(body('ModelgateConfig')).toMatch(/\n {2}evaluate: Evaluate;/);
    expect(body('ModelgateConfig')).toMatch(/\n {2}drift\?: Drift;/);
    for (const gate of ['Evaluate', 'ShadowCompare', 'Drift', 'Canary']) expect(body(gate)).toMatch(/\n {2}gates: Gates;/);
  });
});
