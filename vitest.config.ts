import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // As build.mjs defines it for the bundles.
  define: { __MODELGATE_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    globalSetup: ['test/helpers/system-setup.ts'],
    // Every report.json the suite writes, in process or through a bundle, is validated against schema/report.schema.json.
    env: { MODELGATE_VALIDATE_REPORT: '1' },
    server: {
      deps: {
        // It imports its JSON schemas without an import attribute, which Node 20 refuses; Vite's transform accepts it.
        inline: ['@actions/workflow-parser'],
      },
    },
  },
});
