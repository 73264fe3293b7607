import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runGate } from '../../shared/commands/run.js';
import { DataError } from '../../shared/errors.js';
import { createLocalPlatform } from '../../shared/platform/local.js';
import { CaptureStream } from '../platform/capture-stream.js';

const dir = mkdtempSync(path.join(tmpdir(), 'modelgate-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failWith(error: unknown, debug: boolean) {
  vi.stubEnv('MODELGATE_DEBUG', debug ? '1' : '');
  const stdout = new CaptureStream();
  const stderr = new CaptureStream();
  const out = path.join(dir, `out-${Math.random().toString(36).slice(2)}`);
  const run = await runGate('evaluate', createLocalPlatform({ stdout, stderr, interactive: false }), out, async () => {
    throw error;
  });
  vi.unstubAllEnvs();
  return {
    run,
    stdout: stdout.text,
    stderr: stderr.text,
    files: ['report.json', 'summary.md', 'junit.xml', 'report.html'].map((name) => readFileSync(path.join(out, name), 'utf8')).join('\n'),
  };
}

describe('runGate on an error it did not anticipate', () => {
  const overflow = (() => {
    const deep = (n: number): number => (n === 0 ? 0 : 1 + deep(n - 1));
    try {
      deep(1e7);
    } catch (error) {
      return error;
    }
    throw new Error('test setup: no stack overflow');
  })();

  it('says in one line what failed and what to do; the stack trace goes to the debug log only', async () => {
    const { run, stdout, stderr, files } = await failWith(overflow, false);
    expect(run.exitCode).toBe(2);
    const message = run.report!.error!.message;
    expect(message).toBe(
      "internal error (RangeError: Maximum call stack size exceeded); a value in the data is nested too deeply or is too large: simplify or remove it (MODELGATE_DEBUG=1, or GitHub's step debug logging, shows the stack trace)",
    );
    for (const text of [files, stdout, stderr]) expect(text).not.toMatch(/\n\s+at |run\.test\.ts/);

    const debugged = await failWith(overflow, true);
    expect(debugged.stderr).toMatch(/debug: RangeError: Maximum call stack size exceeded\n\s+at /);
    expect(debugged.files).not.toMatch(/\n\s+at /);
  });

  it('calls other errors a bug, cut to one bounded line', async () => {
    const { run } = await failWith(new TypeError(`x is not a function\n${'y'.repeat(1000)}`), false);
    expect(run.report!.error!.message).toMatch(
      /^internal error \(TypeError: x is not a function\); this is a bug in modelgate: please report it with the debug log \(/,
    );
    const long = await failWith(new Error('z'.repeat(1000)), false);
    expect(long.run.report!.error!.message.length).toBeLessThan(400);
  });

  it('keeps a modelgate error as it is, with no debug output', async () => {
    const { run, stderr } = await failWith(new DataError('bad', { file: 'a.csv', line: 2 }), true);
    expect(run.report!.error).toMatchObject({ kind: 'DataError', message: 'bad', file: 'a.csv', line: 2 });
    expect(stderr).not.toContain('debug:');
  });
});
