import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import ajvOptions from '../../shared/config/ajv-options.json' with { type: 'json' };
import { fingerprint } from '../../shared/config/validate.generated.js';
import schema from '../../schema/modelgate.schema.json' with { type: 'json' };
import { itIsGenerated } from '../helpers/generated.js';

describe('the precompiled config validator', () => {
  itIsGenerated('scripts/generate-validator.mjs', 'shared/config/validate.generated.js', (text) =>
    text.replace('must have required property', 'must have property'),
  );

  it('carries the fingerprint load.ts compares, so it is used rather than compiled at start-up', () => {
    const current = createHash('sha256').update(JSON.stringify(schema)).update('\0').update(JSON.stringify(ajvOptions)).digest('hex');
    expect(fingerprint).toBe(current);
  });
});
