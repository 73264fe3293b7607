/**
 * The cache on GitHub Actions: @actions/cache. As in actions/cache, a cache service that is down or a key that
 * is already saved is a warning and a miss, never a failed gate: the cache only saves time. The library itself
 * catches the service's errors and logs them; what it throws (an invalid key or path) becomes a warning here.
 */
import * as cache from '@actions/cache';

export async function restoreGithubCache(paths: string[], key: string, warn: (message: string) => void): Promise<string | undefined> {
  if (!cache.isFeatureAvailable()) {
    warn('the Actions cache is not available on this runner; the sample is drawn again');
    return undefined;
  }
  try {
    return await cache.restoreCache(paths, key);
  } catch (error) {
    warn(`cache restore failed, the sample is drawn again: ${(error as Error).message}`);
    return undefined;
  }
}

export async function saveGithubCache(paths: string[], key: string, warn: (message: string) => void): Promise<void> {
  if (!cache.isFeatureAvailable()) return;
  try {
    // -1: the library caught a failure (service down, key taken, writes not permitted) and logged why.
    if ((await cache.saveCache(paths, key)) === -1)
      warn(`the cache entry ${key} was not saved (the cache messages above say why); the next run draws the sample again`);
  } catch (error) {
    warn(`cache save failed: ${(error as Error).message}`);
  }
}
