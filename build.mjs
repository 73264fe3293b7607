// Builds one ESM bundle per action and one for the CLI. Bundles are committed; CI rebuilds and diffs them.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { lazyOidcClient } from './scripts/lazy-oidc-client.mjs';

const packageVersion = JSON.parse(readFileSync('package.json', 'utf8')).version;

const actions = readdirSync('actions').filter((name) => existsSync(`actions/${name}/main.ts`));
const entryPoints = {
  cli: 'shared/cli.ts',
  ...Object.fromEntries(actions.map((name) => [`actions/${name}`, `actions/${name}/main.ts`])),
  // Parses large CSV files on a second thread; shared/data/read.ts finds it at ../workers/read.js from its chunk.
  'workers/read': 'shared/data/read-worker.ts',
  // Measures half of a large bootstrap's replicate metrics, or half the populations of a large row sweep;
  // shared/metrics/summary.ts and sweep-threads.ts find it at ../workers/replicates.js.
  'workers/replicates': 'shared/metrics/replicate-worker.ts',
  // Reads one log of shadow-compare (one thread a large log) while the main thread joins them; shared/shadow-compare/side-thread.ts.
  'workers/shadow-side': 'shared/shadow-compare/side-worker.ts',
  // The latency deltas' bootstrap and the score deltas' signed-rank test of a large shadow comparison, beside the rest; shared/shadow-compare/compare-thread.ts.
  'workers/shadow-compare': 'shared/shadow-compare/compare-worker.ts',
  // The reference model server's --model DIR (examples/model-server/server.mjs): modelgate's own TF.js loading.
  'model-server-tfjs': 'shared/model/serve-tfjs.ts',
};

// The config schema's validator is generated code (ajv standalone), so actions do not compile the schema at start.
const { validatorSource } = await import('./scripts/generate-validator.mjs');
writeFileSync('shared/config/validate.generated.js', validatorSource());
// The bootstrap's innermost loops and the CSV reader's usual lines are WebAssembly, assembled from their text (.wat).
const { wasmSource } = await import('./scripts/generate-wasm.mjs');
writeFileSync('shared/wasm.generated.ts', await wasmSource());

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
  define: { __dirname: 'import.meta.dirname', __filename: 'import.meta.filename', __MODELGATE_VERSION__: JSON.stringify(packageVersion) },
  plugins: [lazyOidcClient],
  // yaml's ES module build (its "default" export; Node's is CommonJS): tree-shaken, and no wrapper to run at load.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  logLevel: 'warning',
});

// The WebAssembly backend of TensorFlow.js loads its .wasm binaries at run time; they ship beside the bundles
// (dist/wasm), where shared/model/backend.ts looks for them.
mkdirSync('dist/wasm', { recursive: true });
for (const file of readdirSync('node_modules/@tensorflow/tfjs-backend-wasm/dist').filter((name) => name.endsWith('.wasm'))) {
  copyFileSync(`node_modules/@tensorflow/tfjs-backend-wasm/dist/${file}`, `dist/wasm/${file}`);
}
