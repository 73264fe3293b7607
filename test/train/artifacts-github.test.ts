/**
 * The GitHub artifact adapter against a local server that speaks what @actions/artifact calls: the v4 artifact
 * service's Twirp JSON API at $ACTIONS_RESULTS_URL (CreateArtifact, FinalizeArtifact) and the Azure block-blob
 * upload (Put Block, Put Block List) to the signed URL it hands out. The uploaded zip is then opened with Python's
 * zipfile to check what went up.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { artifactLocation, uploadGithubArtifact } from '../../shared/platform/artifacts-github.js';
import { useTempDir } from './helpers.js';
import { SYSTEM_TOOLS, missingPackages, skipNote } from '../helpers/system.js';

const dir = useTempDir();
const calls: { method: string; path: string; body?: Record<string, unknown> }[] = [];
const blocks = new Map<string, Buffer>();
let blob: Buffer | undefined;
let server: Server;
const saved: Record<string, string | undefined> = {};

async function body(request: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of request) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const url = new URL(request.url!, 'http://localhost');
    const data = await body(request);
    if (url.pathname.startsWith('/twirp/github.actions.results.api.v1.ArtifactService/')) {
      const method = url.pathname.split('/').pop()!;
      const json = JSON.parse(data.toString('utf8'));
      calls.push({ method, path: url.pathname, body: json });
      response.setHeader('content-type', 'application/json');
      if (method === 'CreateArtifact') {
        const { port } = server.address() as AddressInfo;
        response.end(JSON.stringify({ ok: true, signedUploadUrl: `http://127.0.0.1:${port}/blob/artifact.zip?sig=test` }));
      } else if (method === 'FinalizeArtifact') {
        response.end(JSON.stringify({ ok: true, artifactId: '4242' }));
      } else {
        response.statusCode = 404;
        response.end('{}');
      }
      return;
    }
    if (url.pathname === '/blob/artifact.zip' && request.method === 'PUT') {
      const comp = url.searchParams.get('comp');
      calls.push({ method: `PUT ${comp ?? 'blob'}`, path: url.pathname });
      if (comp === 'block') blocks.set(url.searchParams.get('blockid')!, data);
      else if (comp === 'blocklist') {
        const ids = [...data.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map((m) => m[1]);
        blob = Buffer.concat(ids.map((id) => blocks.get(id)!));
      } else blob = data;
      response.statusCode = 201;
      response.setHeader('etag', '"1"');
      response.setHeader('last-modified', new Date(0).toUTCString());
      response.end();
      return;
    }
    response.statusCode = 404;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const claims = { scp: 'Actions.ExampleScope Actions.Results:run-backend-id:job-backend-id' };
  const jwt = ['{"alg":"none"}', JSON.stringify(claims)].map((part) => Buffer.from(part).toString('base64url')).join('.') + '.sig';
  for (const [key, value] of Object.entries({
    ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/`,
    ACTIONS_RUNTIME_TOKEN: jwt,
    GITHUB_SERVER_URL: 'https://github.com',
  })) {
    saved[key] = process.env[key];
    process.env[key] = value;
  }
});

afterAll(() => {
  server?.close();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('uploadGithubArtifact (local server speaking the artifact v4 Twirp API and blob upload)', () => {
  const missing = missingPackages(SYSTEM_TOOLS.python3);
  test.skipIf(missing.length > 0)(
    `creates, uploads the zip of the files under their root, and finalizes with its size and hash${skipNote(missing)}`,
    async () => {
      const root = join(dir, 'out');
      mkdirSync(join(root, 'model'), { recursive: true });
      writeFileSync(join(root, 'manifest.json'), '{"modelgate_manifest":1}\n');
      writeFileSync(join(root, 'model', 'weights.bin'), Buffer.from([1, 2, 3, 4]));
      const result = await uploadGithubArtifact('modelgate-model', [join(root, 'manifest.json'), join(root, 'model', 'weights.bin')], root);
      expect(result.location).toBe('artifact modelgate-model (id 4242)');
      const create = calls.find((c) => c.method === 'CreateArtifact')!;
      expect(create.body).toMatchObject({
        workflow_run_backend_id: 'run-backend-id',
        workflow_job_run_backend_id: 'job-backend-id',
        name: 'modelgate-model',
        version: 7,
      });
      const finalize = calls.find((c) => c.method === 'FinalizeArtifact')!;
      expect(finalize.body).toMatchObject({
        name: 'modelgate-model',
        size: String(blob!.length),
        hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      });
      expect(result.size).toBe(blob!.length);
      const zip = join(dir, 'uploaded.zip');
      writeFileSync(zip, blob!);
      const listing = spawnSync(
        '/usr/bin/python3',
        [
          '-c',
          'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print("\\n".join(sorted(z.namelist()))); print(z.read("manifest.json").decode())',
          zip,
        ],
        { encoding: 'utf8' },
      );
      expect(listing.stderr).toBe('');
      expect(listing.stdout).toBe('manifest.json\nmodel/weights.bin\n{"modelgate_manifest":1}\n\n');
    },
  );
});

describe('artifactLocation', () => {
  const run = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/model', GITHUB_RUN_ID: '77' };
  test("links the artifact's own page under the run, so the summary's HTML report link downloads the report", () => {
    expect(artifactLocation('modelgate-evaluate-report', 4242, run)).toBe('https://github.com/acme/model/actions/runs/77/artifacts/4242');
  });

  test("falls back to the name and id without a run, or when the runner's variables do not look like its own", () => {
    expect(artifactLocation('r', undefined, run)).toBe('artifact r');
    expect(artifactLocation('r', 1, {})).toBe('artifact r (id 1)');
    expect(artifactLocation('r', 1, { ...run, GITHUB_SERVER_URL: 'javascript:alert(1)' })).toBe('artifact r (id 1)');
    expect(artifactLocation('r', 1, { ...run, GITHUB_REPOSITORY: 'a/b)](https://evil' })).toBe('artifact r (id 1)');
  });
});
