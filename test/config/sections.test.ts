// Each gate's section validates on its own: a config of another gate needs no `data:`, and a gate says what it reads.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../shared/config/index.js';
import { ConfigError } from '../../shared/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'modelgate-sections-'));
function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const driftOnly = write('drift.yml', 'version: 1\ndrift:\n  reference: data/reference.csv\n  current: data/current.csv\n');

describe('per-gate config sections', () => {
  it('a file with only a drift: section is a valid config for a gate that reads no data: section', async () => {
    const loaded = await loadConfig(driftOnly, {}, { gate: 'drift', sections: ['drift'] });
    expect(loaded.config.drift).toEqual({ reference: 'data/reference.csv', current: 'data/current.csv' });
    expect(loaded.config.data).toBeUndefined();
  });

  it('so is a file with only shadow_compare: or canary:', async () => {
    const shadow = write('shadow.yml', 'version: 1\nshadow_compare:\n  gates:\n    - metric: flip_rate\n      max: 0.02\n');
    await expect(loadConfig(shadow, {}, { gate: 'shadow-compare', sections: ['shadow_compare'] })).resolves.toBeDefined();
    const canary = write('canary.yml', 'version: 1\ncanary:\n  steps: [{weight: 5}]\n');
    await expect(loadConfig(canary, {}, { gate: 'canary', sections: ['canary'] })).resolves.toBeDefined();
  });

  it('evaluate (and train) on such a file: a ConfigError saying the gate reads data:, never a run on defaults', async () => {
    const error = await loadConfig(driftOnly).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(`the evaluate gate reads the \`data:\` section, and ${driftOnly} has none`);
    expect(error.location.file).toBe(driftOnly);
    await expect(loadConfig(driftOnly, {}, { gate: 'train', sections: ['data'] })).rejects.toThrow(
      /the train gate reads the `data:` section/,
    );
  });

  it('a file of no gate at all is still a schema error, and version stays required', async () => {
    await expect(loadConfig(write('empty.yml', 'drift: {}\n'), {}, { gate: 'drift', sections: [] })).rejects.toThrow(/version/);
  });
});
