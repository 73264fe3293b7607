import type { GithubPlatformOptions } from './github.js';
import type { GitlabPlatformOptions } from './gitlab.js';
import { createLocalPlatform, type LocalPlatformOptions } from './local.js';
import type { Platform } from './port.js';
import { maskPlatformOutputs, secretValues } from '../report/secrets.js';

export type { Annotation, CommentResult, Platform, TriggerResult } from './port.js';

export interface PlatformOptions {
  github?: GithubPlatformOptions;
  gitlab?: GitlabPlatformOptions;
  local?: LocalPlatformOptions;
}

/**
 * The platform this process runs on: GitHub Actions when `GITHUB_ACTIONS=true`, GitLab CI when `GITLAB_CI=true`,
 * else local. Each adapter is imported only then, so a local run never loads @actions/*.
 */
export async function detectPlatform(options: PlatformOptions = {}, env: NodeJS.ProcessEnv = process.env): Promise<Platform> {
  return maskPlatformOutputs(await unmaskedPlatform(options, env), secretValues(env));
}

async function unmaskedPlatform(options: PlatformOptions, env: NodeJS.ProcessEnv): Promise<Platform> {
  if (env.GITHUB_ACTIONS === 'true') {
    const { createGithubPlatform } = await import('./github.js');
    return createGithubPlatform(options.github);
  }
  if (env.GITLAB_CI === 'true') {
    const { createGitlabPlatform } = await import('./gitlab.js');
    return createGitlabPlatform({ env, ...options.gitlab });
  }
  return createLocalPlatform(options.local);
}
