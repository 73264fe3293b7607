import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceError, UsageError } from '../../shared/errors.js';
import { createLocalPlatform, NO_LOCAL_TRIGGER } from '../../shared/platform/local.js';
import { checkStateName, decodeState, encodeState, MAX_STATE_BYTES, refScope } from '../../shared/platform/state.js';
import { CaptureStream } from './capture-stream.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'modelgate-state-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('state names, scopes and the stored envelope', () => {
  it('takes names that are a file name everywhere and refuses traversal, separators, control characters and leading dots', () => {
    for (const good of ['canary', 'drift.baseline', 'model_a-2', '_x']) expect(checkStateName(good)).toBe(good);
    for (const bad of [
      '',
      '.',
      '..',
      '../etc/passwd',
      'a/b',
      'a\\b',
      '.hidden',
      '-rf',
      'a\nb',
      'a\u0000b',
      'tab\t',
      'x'.repeat(101),
      'é',
    ]) {
      expect(() => checkStateName(bad), JSON.stringify(bad)).toThrow(UsageError);
    }
  });

  it('keys a clean ref as it is and any other by its safe characters plus a hash, so a/b and a-b differ', () => {
    expect(refScope('main')).toBe('main');
    expect(refScope('v1.2.3')).toBe('v1.2.3');
    expect(refScope('feature/a-b')).toMatch(/^feature-a-b-[0-9a-f]{12}$/);
    expect(refScope('feature/a-b')).not.toBe(refScope('feature-a/b'));
    expect(refScope('refs/pull/7/merge')).toMatch(/^refs-pull-7-merge-[0-9a-f]{12}$/);
    expect(refScope('a..b')).toMatch(/^a-b-[0-9a-f]{12}$/);
    expect(refScope('x'.repeat(300))).toHaveLength(73);
  });

  it('round-trips any bytes, and tells a foreign, renamed, newer-format or corrupt blob apart with a clear error', () => {
    const bytes = new Uint8Array([0, 10, 255, 13, 10]);
    const blob = encodeState('canary', bytes);
    expect(decodeState('canary', blob, 'here')).toEqual(bytes);
    expect(decodeState('empty', encodeState('empty', new Uint8Array()), 'here')).toEqual(new Uint8Array());

    expect(() => decodeState('canary', Buffer.from('{"step":3}\n'), 'cache entry k')).toThrow(
      'cache entry k is not a modelgate state (it does not start with the "modelgate-state" header): something else was saved there',
    );
    expect(() => decodeState('canary', encodeState('drift', bytes), 'here')).toThrow('here holds the state "drift", not "canary"');
    const newer = Buffer.from(blob.toString('latin1').replace('modelgate-state 1 ', 'modelgate-state 2 '), 'latin1');
    expect(() => decodeState('canary', newer, 'here')).toThrow('here is state format 2, which this modelgate does not read (it reads 1)');
    expect(() => decodeState('canary', blob.subarray(0, blob.length - 1), 'here')).toThrow(/^here is corrupt: its header promises 5 bytes/);
    const altered = Buffer.from(blob);
    altered[altered.length - 1] ^= 1;
    expect(() => decodeState('canary', altered, 'here')).toThrow(SourceError);
  });

  it('refuses to save more than the cap, and anything that is not bytes', () => {
    expect(() => encodeState('big', new Uint8Array(MAX_STATE_BYTES + 1))).toThrow(`over the ${MAX_STATE_BYTES} bytes a state may hold`);
    expect(() => encodeState('s', 'text' as unknown as Uint8Array)).toThrow('must be bytes');
  });
});

describe('local platform state (a directory)', () => {
  const platform = (stateDir?: string) => createLocalPlatform({ stateDir, stderr: new CaptureStream(), stdout: new CaptureStream() });

  it('a missing state is null; save then load returns the same bytes; a second save replaces the first whole', async () => {
    const local = platform(join(dir, 'state'));
    expect(await local.loadState!('canary')).toBeNull();
    await local.saveState!('canary', new TextEncoder().encode('{"step":1}'));
    await local.saveState!('canary', new TextEncoder().encode('{"step":2}'));
    expect(new TextDecoder().decode((await local.loadState!('canary'))!)).toBe('{"step":2}');
    expect(readdirSync(join(dir, 'state'))).toEqual(['canary.state']);
  });

  it('defaults to $MODELGATE_STATE_DIR', async () => {
    const saved = process.env.MODELGATE_STATE_DIR;
    process.env.MODELGATE_STATE_DIR = join(dir, 'from-env');
    try {
      await platform().saveState!('drift', new Uint8Array([1, 2, 3]));
      expect(readFileSync(join(dir, 'from-env', 'drift.state')).subarray(-3)).toEqual(Buffer.from([1, 2, 3]));
    } finally {
      if (saved === undefined) delete process.env.MODELGATE_STATE_DIR;
      else process.env.MODELGATE_STATE_DIR = saved;
    }
  });

  it('a file that is not ours, a directory in its place or an oversized file is a SourceError naming the file', async () => {
    const stateDir = join(dir, 'state');
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(join(stateDir, 'canary.state'), 'hello');
    await expect(platform(stateDir).loadState!('canary')).rejects.toThrow(
      `state file ${join(stateDir, 'canary.state')} is not a modelgate state`,
    );
    mkdirSync(join(stateDir, 'dir.state'));
    await expect(platform(stateDir).loadState!('dir')).rejects.toThrow(SourceError);
    writeFileSync(join(stateDir, 'big.state'), Buffer.alloc(MAX_STATE_BYTES + 1024));
    await expect(platform(stateDir).loadState!('big')).rejects.toThrow(/is \d+ bytes, more than a state may hold/);
  });

  it('refuses a name that would leave the directory before touching the disk', async () => {
    await expect(platform(join(dir, 'state')).saveState!('../escape', new Uint8Array([1]))).rejects.toThrow(UsageError);
    await expect(platform(join(dir, 'state')).loadState!('../../etc/passwd')).rejects.toThrow(UsageError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('trigger is a no-op that says it is not available locally', async () => {
    const stderr = new CaptureStream();
    const local = createLocalPlatform({ stderr, stdout: new CaptureStream() });
    expect(await local.trigger!({ kind: 'workflow', ref: 'main', workflow: 'retrain.yml' })).toEqual({
      outcome: 'skipped',
      reason: NO_LOCAL_TRIGGER,
    });
    expect(stderr.text).toBe(`warning: ${NO_LOCAL_TRIGGER}\n`);
    expect(NO_LOCAL_TRIGGER).toMatch(/^not available locally/);
  });
});
