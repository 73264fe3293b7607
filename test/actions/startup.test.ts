/**
 * What the action bundles load before they read any data: no HTTP client. @actions/core would load undici with its
 * OIDC client; scripts/lazy-oidc-client.mjs gives core a stand-in that loads the real client on first use.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { lazyOidcClient } from '../../scripts/lazy-oidc-client.mjs';
import { repoRoot, runBundle, tempDir, writeFiles } from '../helpers/bundle.js';

/** The files a bundle imports statically, itself included, with their text. */
function staticImports(file: string, seen = new Map<string, string>()): Map<string, string> {
  if (seen.has(file)) return seen;
  const text = readFileSync(file, 'utf8');
  seen.set(file, text);
  for (const match of text.matchAll(/^import\s(?:[^;]*?\sfrom\s)?"(\.[^"]+)"/gm))
    staticImports(path.resolve(path.dirname(file), match[1]), seen);
  return seen;
}

const BUNDLED_UNDICI = '// node_modules/undici/';

describe('action start-up', () => {
  const actions = readdirSync(path.join(repoRoot, 'dist', 'actions')).filter((name) => name.endsWith('.js'));

  it('finds the action bundles', () => {
    expect(actions).toEqual(expect.arrayContaining(['evaluate.js', 'train.js']));
  });

  for (const action of actions) {
    it(`${action} loads no HTTP client before it reads data`, () => {
      const loaded = staticImports(path.join(repoRoot, 'dist', 'actions', action));
      expect(loaded.size).toBeGreaterThan(3);
      for (const [file, text] of loaded) expect(text.includes(BUNDLED_UNDICI), path.relative(repoRoot, file)).toBe(false);
      // It is still bundled, for the code that needs it.
      const chunks = readdirSync(path.join(repoRoot, 'dist', 'chunks')).map((name) =>
        readFileSync(path.join(repoRoot, 'dist', 'chunks', name), 'utf8'),
      );
      expect(chunks.some((text) => text.includes(BUNDLED_UNDICI))).toBe(true);
    });
  }

  it("still gets an OIDC token through core's stand-in (local server speaking the runner's token endpoint)", async () => {
    const requests: { url: string; authorization?: string }[] = [];
    const server = createServer((request, response) => {
      requests.push({ url: request.url ?? '', authorization: request.headers.authorization });
      const url = new URL(request.url ?? '', 'http://localhost');
      const ok = request.headers.authorization === 'Bearer request-token' && url.searchParams.get('audience') === 'modelgate-test';
      response.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
      response.end(JSON.stringify(ok ? { value: 'header.payload.signature' } : { message: 'bad token request' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const dir = tempDir('modelgate-oidc-');
      writeFiles(dir, {
        'entry.mjs':
          "import { getIDToken } from '@actions/core';\nprocess.stdout.write(`token=${await getIDToken('modelgate-test')}\\n`);\n",
      });
      await build({
        entryPoints: [path.join(dir, 'entry.mjs')],
        outdir: path.join(dir, 'out'),
        bundle: true,
        splitting: true,
        platform: 'node',
        format: 'esm',
        nodePaths: [path.join(repoRoot, 'node_modules')],
        banner: {
          js: "import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);",
        },
        plugins: [lazyOidcClient],
        logLevel: 'silent',
      });
      expect(readFileSync(path.join(dir, 'out', 'entry.js'), 'utf8').includes(BUNDLED_UNDICI)).toBe(false);
      const { port } = server.address() as AddressInfo;
      const run = await runBundle(path.join(dir, 'out', 'entry.js'), [], {
        cwd: dir,
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
        },
      });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('token=header.payload.signature');
      expect(requests).toEqual([{ url: '/token?api-version=2.0&audience=modelgate-test', authorization: 'Bearer request-token' }]);
    } finally {
      server.close();
    }
  });
});
