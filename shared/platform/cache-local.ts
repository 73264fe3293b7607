/**
 * A cache outside GitHub: `<dir>/<key>/<i>` holds a copy of the i-th path (a file or a directory). Like
 * @actions/cache, an entry is immutable once saved; a missing entry restores nothing.
 */
import { cp, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

export async function restoreLocalCache(dir: string, paths: string[], key: string): Promise<string | undefined> {
  const entry = path.join(dir, safeKey(key));
  if (!(await exists(entry))) return undefined;
  for (const [i, target] of paths.entries()) {
    const source = path.join(entry, String(i));
    if (!(await exists(source))) return undefined;
    await rm(target, { recursive: true, force: true });
    await cp(source, target, { recursive: true });
  }
  return key;
}

/** False when the key was saved before (the entry is left as it is). */
export async function saveLocalCache(dir: string, paths: string[], key: string): Promise<boolean> {
  const entry = path.join(dir, safeKey(key));
  if (await exists(entry)) return false;
  const staging = `${entry}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  for (const [i, source] of paths.entries()) await cp(source, path.join(staging, String(i)), { recursive: true });
  await rename(staging, entry);
  return true;
}

function safeKey(key: string): string {
  if (!/^[\w.-]+$/.test(key) || key === '.' || key === '..')
    throw new RangeError(`cache key ${JSON.stringify(key)} may hold only letters, digits, '.', '-' and '_'`);
  return key;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
