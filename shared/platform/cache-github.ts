/**
 * The cache on GitHub Actions: @actions/cache. As in actions/cache, a cache service that is down or a key that
 * is already saved is a warning and a miss, never a failed gate: the cache only saves time.
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
    await cache.saveCache(paths, key);
  } catch (error) {
    if ((error as Error).name === cache.ReserveCacheError.name) return; // saved before by another run: nothing to do
    warn(`cache save failed: ${(error as Error).message}`);
  }
}
