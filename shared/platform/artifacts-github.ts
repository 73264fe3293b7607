/** Artifacts on GitHub Actions: @actions/artifact (the v4 artifact service: Twirp API plus a signed blob upload). */
import { DefaultArtifactClient } from '@actions/artifact';
import type { ArtifactResult } from './port.js';

export async function uploadGithubArtifact(name: string, files: string[], rootDirectory: string): Promise<ArtifactResult> {
  const result = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory);
  return { location: result.id === undefined ? `artifact ${name}` : `artifact ${name} (id ${result.id})`, size: result.size ?? 0 };
}
