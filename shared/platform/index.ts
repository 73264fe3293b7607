import type { GithubPlatformOptions } from './github.js';
import { createLocalPlatform, type LocalPlatformOptions } from './local.js';
import type { Platform } from './port.js';

export type { Annotation, CommentResult, Platform } from './port.js';

export interface PlatformOptions {
  github?: GithubPlatformOptions;
  local?: LocalPlatformOptions;
}

/**
 * The platform this process runs on: GitHub Actions when `GITHUB_ACTIONS=true`, else local.
 * The GitHub adapter is imported only then, so the CLI never loads @actions/*.
 */
export async function detectPlatform(options: PlatformOptions = {}, env: NodeJS.ProcessEnv = process.env): Promise<Platform> {
  if (env.GITHUB_ACTIONS === 'true') {
    const { createGithubPlatform } = await import('./github.js');
    return createGithubPlatform(options.github);
  }
  return createLocalPlatform(options.local);
}
