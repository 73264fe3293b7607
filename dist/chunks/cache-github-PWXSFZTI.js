import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  isFeatureAvailable,
  restoreCache,
  saveCache
} from "./chunk-FUB6PS4P.js";
import "./chunk-LZB2GGWO.js";
import "./chunk-BQ7SXF54.js";
import "./chunk-AZ6AYF3V.js";
import "./chunk-J6FYXDA3.js";
import "./chunk-ZGDBGMMU.js";

// shared/platform/cache-github.ts
async function restoreGithubCache(paths, key, warn) {
  if (!isFeatureAvailable()) {
    warn("the Actions cache is not available on this runner; the sample is drawn again");
    return void 0;
  }
  try {
    return await restoreCache(paths, key);
  } catch (error) {
    warn(`cache restore failed, the sample is drawn again: ${error.message}`);
    return void 0;
  }
}
async function saveGithubCache(paths, key, warn) {
  if (!isFeatureAvailable()) return;
  try {
    if (await saveCache(paths, key) === -1)
      warn(`the cache entry ${key} was not saved (the cache messages above say why); the next run draws the sample again`);
  } catch (error) {
    warn(`cache save failed: ${error.message}`);
  }
}
export {
  restoreGithubCache,
  saveGithubCache
};
