import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-JUZ7LOQF.js";
import "./chunk-ZGDBGMMU.js";

// shared/platform/artifacts-local.ts
import { copyFile, mkdir, rename, rm, stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
async function uploadLocalArtifact(dir, name, files, rootDirectory) {
  if (!/^[\w.-]+$/.test(name) || name === "." || name === "..")
    throw new UsageError(`artifact name ${JSON.stringify(name)} may hold only letters, digits, '.', '-' and '_'`);
  const stamp = (/* @__PURE__ */ new Date()).toISOString().replace(/[:.]/g, "-");
  let target = path.join(dir, name, stamp);
  for (let n = 2; existsSync(target) || existsSync(`${target}.partial`); n++) target = path.join(dir, name, `${stamp}-${n}`);
  const staging = `${target}.partial`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  let size = 0;
  for (const file of files) {
    const relative = path.relative(rootDirectory, file);
    if (relative.startsWith("..") || path.isAbsolute(relative))
      throw new UsageError(`artifact file ${file} is not under its root directory ${rootDirectory}`);
    await mkdir(path.dirname(path.join(staging, relative)), { recursive: true });
    await copyFile(file, path.join(staging, relative));
    size += (await stat(file)).size;
  }
  await rename(staging, target);
  return { location: target, size };
}
export {
  uploadLocalArtifact
};
