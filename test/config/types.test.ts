import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/bundle.js';
import { itIsGenerated } from '../helpers/generated.js';

const generated = join(repoRoot, 'shared', 'config', 'types.generated.ts');

describe('the config types generated from the schema', () => {
  itIsGenerated('scripts/generate-config-types.mjs', 'shared/config/types.generated.ts', (text) =>
    text.replace('min_group_size: number;', 'min_group_size?: number;'),
  );

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
