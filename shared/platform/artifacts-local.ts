/**
 * Artifacts outside GitHub: the files copied into `<dir>/<name>/<run>/`, keeping their paths under the root
 * directory. Each run gets its own folder (the UTC time it uploaded), so a local run never overwrites the last
 * one's model, as each CI run keeps its own artifact.
 */
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { ArtifactResult } from './port.js';

export async function uploadLocalArtifact(dir: string, name: string, files: string[], rootDirectory: string): Promise<ArtifactResult> {
  if (!/^[\w.-]+$/.test(name) || name === '.' || name === '..')
    throw new UsageError(`artifact name ${JSON.stringify(name)} may hold only letters, digits, '.', '-' and '_'`);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let target = path.join(dir, name, stamp);
  for (let n = 2; existsSync(target) || existsSync(`${target}.partial`); n++) target = path.join(dir, name, `${stamp}-${n}`);
  // Written beside the target and renamed over it, so a reader never sees half an artifact.
  const staging = `${target}.partial`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  let size = 0;
  for (const file of files) {
    const relative = path.relative(rootDirectory, file);
    if (relative.startsWith('..') || path.isAbsolute(relative))
      throw new UsageError(`artifact file ${file} is not under its root directory ${rootDirectory}`);
    await mkdir(path.dirname(path.join(staging, relative)), { recursive: true });
    await copyFile(file, path.join(staging, relative));
    size += (await stat(file)).size;
  }
  await rename(staging, target);
  return { location: target, size };
}
