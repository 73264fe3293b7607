import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import "./chunk-ZGDBGMMU.js";

// shared/platform/cache-local.ts
import { cp, mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
async function restoreLocalCache(dir, paths, key) {
  const entry = path.join(dir, safeKey(key));
  if (!await exists(entry)) return void 0;
  for (const [i, target] of paths.entries()) {
    const source = path.join(entry, String(i));
    if (!await exists(source)) return void 0;
    await rm(target, { recursive: true, force: true });
    await cp(source, target, { recursive: true });
  }
  return key;
}
async function saveLocalCache(dir, paths, key) {
  const entry = path.join(dir, safeKey(key));
  if (await exists(entry)) return false;
  const staging = `${entry}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  for (const [i, source] of paths.entries()) await cp(source, path.join(staging, String(i)), { recursive: true });
  await rename(staging, entry);
  return true;
}
function safeKey(key) {
  if (!/^[\w.-]+$/.test(key) || key === "." || key === "..")
    throw new RangeError(`cache key ${JSON.stringify(key)} may hold only letters, digits, '.', '-' and '_'`);
  return key;
}
async function exists(file) {
  return stat(file).then(
    () => true,
    () => false
  );
}
export {
  restoreLocalCache,
  saveLocalCache
};
