/** Artifacts on GitHub Actions: @actions/artifact (the v4 artifact service: Twirp API plus a signed blob upload). */
import { DefaultArtifactClient } from '@actions/artifact';
import type { ArtifactResult } from './port.js';

export async function uploadGithubArtifact(
  name: string,
  files: string[],
  rootDirectory: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ArtifactResult> {
  const result = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory);
  return { location: artifactLocation(name, result.id, env), size: result.size ?? 0 };
}

/**
 * Where a reviewer downloads the artifact: its own page under the run (`/actions/runs/<run>/artifacts/<id>`, the
 * link GitHub's run summary gives it), when the runner says which run this is; else its name and id.
 */
export function artifactLocation(name: string, id: number | undefined, env: NodeJS.ProcessEnv): string {
  if (id === undefined) return `artifact ${name}`;
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = env;
  if (server && repository && run && /^https?:\/\//.test(server) && /^[\w.-]+\/[\w.-]+$/.test(repository) && /^\d+$/.test(run)) {
    return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${run}/artifacts/${id}`;
  }
  return `artifact ${name} (id ${id})`;
}
