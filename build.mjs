// Builds one ESM bundle per action and one for the CLI. Bundles are committed; CI rebuilds and diffs them.
import { build } from 'esbuild';
import { readdirSync, existsSync, rmSync } from 'node:fs';

const actions = readdirSync('actions').filter((name) => existsSync(`actions/${name}/main.ts`));
const entryPoints = {
  cli: 'shared/cli.ts',
  ...Object.fromEntries(actions.map((name) => [`actions/${name}`, `actions/${name}/main.ts`])),
};

// Start clean: content-hashed chunk names change, and stale chunks must not linger in the committed dist/.
rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  // ESM has no require/__dirname; some CommonJS dependencies need them.
  banner: { js: "import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);" },
  define: { __dirname: 'import.meta.dirname', __filename: 'import.meta.filename' },
  logLevel: 'warning',
});
