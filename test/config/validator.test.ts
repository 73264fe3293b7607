import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import ajvOptions from '../../shared/config/ajv-options.json' with { type: 'json' };
import { fingerprint } from '../../shared/config/validate.generated.js';
import schema from '../../schema/modelgate.schema.json' with { type: 'json' };

const root = join(import.meta.dirname, '..', '..');
const script = join(root, 'scripts', 'generate-validator.mjs');
const dir = mkdtempSync(join(tmpdir(), 'modelgate-validator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = (...args: string[]) => spawnSync(process.execPath, [script, '--check', ...args], { cwd: root, encoding: 'utf8' });

describe('the precompiled config validator', () => {
  it('is what scripts/generate-validator.mjs generates from the current schema and options', () => {
    const result = check();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('is reported stale when it differs', () => {
    const stale = join(dir, 'validate.generated.js');
    writeFileSync(
      stale,
      readFileSync(join(root, 'shared', 'config', 'validate.generated.js'), 'utf8').replace(
        'must have required property',
        'must have property',
      ),
    );
    const result = check('--out', stale);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/is stale/);
  });

  it('carries the fingerprint load.ts compares, so it is used rather than compiled at start-up', () => {
    const current = createHash('sha256').update(JSON.stringify(schema)).update('\0').update(JSON.stringify(ajvOptions)).digest('hex');
    expect(fingerprint).toBe(current);
  });
});
