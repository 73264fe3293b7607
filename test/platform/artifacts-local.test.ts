import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { uploadLocalArtifact } from '../../shared/platform/artifacts-local.js';

describe('local artifacts', () => {
  it('keep each run in its own folder instead of overwriting the last', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'modelgate-artifacts-'));
    const root = path.join(dir, 'out');
    const file = path.join(root, 'manifest.json');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(root);
    writeFileSync(file, 'first');
    const first = await uploadLocalArtifact(path.join(dir, 'artifacts'), 'modelgate-model', [file], root);
    writeFileSync(file, 'second');
    const second = await uploadLocalArtifact(path.join(dir, 'artifacts'), 'modelgate-model', [file], root);
    expect(first.location).not.toBe(second.location);
    expect(path.dirname(first.location)).toBe(path.join(dir, 'artifacts', 'modelgate-model'));
    expect(readdirSync(path.join(dir, 'artifacts', 'modelgate-model'))).toHaveLength(2);
    expect(readFileSync(path.join(first.location, 'manifest.json'), 'utf8')).toBe('first');
    expect(readFileSync(path.join(second.location, 'manifest.json'), 'utf8')).toBe('second');
  });
});
