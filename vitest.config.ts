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
    server: {
      deps: {
        // It imports its JSON schemas without an import attribute, which Node 20 refuses; Vite's transform accepts it.
        inline: ['@actions/workflow-parser'],
      },
    },
  },
});
