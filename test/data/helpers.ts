import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { ModelgateError } from '../../shared/errors.js';

/** A fresh directory under the OS temp dir, removed after the test file. */
export function useTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-data-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function write(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The ModelgateError a promise rejects with; fails the test when it resolves or throws something else. */
export async function failure(promise: Promise<unknown>): Promise<ModelgateError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ModelgateError) return error;
    throw error;
  }
  throw new Error('expected the read to fail, but it succeeded');
}

export async function* chunksOf<T>(chunks: T[]): AsyncGenerator<T> {
  for (const chunk of chunks) yield chunk;
}

export async function drain<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of iterable) all.push(item);
  return all;
}
