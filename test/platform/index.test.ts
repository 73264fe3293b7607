import { describe, expect, it } from 'vitest';
import { detectPlatform } from '../../shared/platform/index.js';
import { CaptureStream } from './capture-stream.js';

describe('detectPlatform', () => {
  it('picks GitHub only when GITHUB_ACTIONS is "true"', async () => {
    expect((await detectPlatform({}, { GITHUB_ACTIONS: 'true' })).name).toBe('github');
    expect((await detectPlatform({}, { GITHUB_ACTIONS: 'false' })).name).toBe('local');
    expect((await detectPlatform({}, {})).name).toBe('local');
  });

  it('passes the local options through', async () => {
    const stdout = new CaptureStream();
    const platform = await detectPlatform({ local: { inputs: { seed: '7' }, stdout, interactive: true } }, {});
    expect(platform.input('seed')).toBe('7');
    expect(platform.interactive).toBe(true);
    await platform.writeSummary('# s');
    expect(stdout.text).toBe('# s\n');
  });
});

describe('detectPlatform bundling', () => {
  // Bundled as build.mjs bundles the CLI (ESM with code splitting), with packages left as imports: @actions/*
  // must be imported only by code behind the dynamic import, so a local run never loads it.
  it('imports @actions/* from nothing the entry loads statically', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: { entry: 'shared/platform/index.ts' },
      outdir: 'out',
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      splitting: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    const importsActions = (path: string) => outputs[path].imports.some((edge) => edge.external && edge.path.startsWith('@actions/'));
    const staticallyLoaded = new Set<string>();
    const visit = (path: string) => {
      if (staticallyLoaded.has(path)) return;
      staticallyLoaded.add(path);
      for (const edge of outputs[path].imports) if (edge.kind === 'import-statement' && !edge.external) visit(edge.path);
    };
    const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint === 'shared/platform/index.ts')!;
    visit(entry);
    expect([...staticallyLoaded].filter(importsActions)).toEqual([]);
    const lazy = outputs[entry].imports.filter((edge) => edge.kind === 'dynamic-import').map((edge) => edge.path);
    expect(lazy.some(importsActions)).toBe(true);
  });
});
