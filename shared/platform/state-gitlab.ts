/**
 * State on GitLab CI, in the project's generic package registry: package `modelgate-state`, version the ref's
 * scope, file `<name>.state`. Saved with `PUT /projects/:id/packages/generic/:package/:version/:file`, loaded with
 * `GET` of the same path, which answers the file most recently uploaded under that name.
 *
 * Why not job artifacts: a job's artifacts are uploaded by the runner from the paths its YAML declares, after the
 * script ends, not through the API, so a gate cannot save state mid-job (a canary after each step); and the API
 * that reads them back (`GET /projects/:id/jobs/artifacts/:ref/download?job=NAME`) serves only the latest
 * *successful* pipeline, so the state of a canary that rolled back (a failed job) would never be found. The
 * package registry is written and read through the API at any moment, from any later job or pipeline, with the
 * job token alone.
 *
 * Each save adds a package file (GitLab keeps duplicates by default and serves the newest); the project's package
 * cleanup policy (keep N duplicated package files) bounds them. A project that refuses duplicates answers 403 or 400,
 * reported with what to change. The registry must be enabled for the project.
 */
import { SourceError } from '../errors.js';
import { describeHttpFailure, HttpError, httpRequest, type HttpOptions } from '../net/http.js';
import { checkStateName, decodeState, encodeState, MAX_STORED_STATE_BYTES, refScope } from './state.js';

const PACKAGE = 'modelgate-state';
/** A download may be sent on to object storage (when GitLab does not proxy downloads). */
const DOWNLOAD_REDIRECTS = 3;

const MEANING: Record<number, string> = {
  400: 'GitLab refused the package (a project that refuses duplicate generic packages must allow them for modelgate-state)',
  401: 'the token is invalid or expired',
  403: 'the token may not write packages here, or the project refuses duplicate generic packages (allow them for modelgate-state)',
  404: 'the project is not visible to the token, or its package registry is disabled',
};

interface Where {
  /** `https://gitlab.example.com/api/v4`. */
  api: string;
  project: string;
  ref: string;
  headers: Record<string, string>;
}

/** The API, project, ref and token of this job, or why state cannot be kept. */
function whereOf(env: NodeJS.ProcessEnv, host: string | undefined, name: string): Where {
  const fail = (why: string) => new SourceError(`state ${name}: ${why}`);
  if (!host) throw fail('neither CI_API_V4_URL nor CI_SERVER_URL is set');
  const project = env.CI_PROJECT_ID;
  if (!project) throw fail('CI_PROJECT_ID is not set');
  const ref = env.CI_COMMIT_REF_NAME;
  if (!ref) throw fail('CI_COMMIT_REF_NAME is not set, so there is no ref to keep the state under');
  // The package registry takes the job token (as a JOB-TOKEN header); a project access token works as well.
  const headers: Record<string, string> | undefined = env.CI_JOB_TOKEN
    ? { 'JOB-TOKEN': env.CI_JOB_TOKEN }
    : env.MODELGATE_GITLAB_TOKEN
      ? { 'PRIVATE-TOKEN': env.MODELGATE_GITLAB_TOKEN }
      : undefined;
  if (!headers) throw fail('no token (CI_JOB_TOKEN is not set and neither is MODELGATE_GITLAB_TOKEN)');
  return { api: `${host}/api/v4`, project, ref, headers };
}

function fileUrl(where: Where, name: string): string {
  return `${where.api}/projects/${encodeURIComponent(where.project)}/packages/generic/${PACKAGE}/${encodeURIComponent(refScope(where.ref))}/${checkStateName(name)}.state`;
}

export async function saveGitlabState(
  name: string,
  bytes: Uint8Array,
  env: NodeJS.ProcessEnv,
  host: string | undefined,
  http: HttpOptions,
): Promise<void> {
  const blob = encodeState(name, bytes);
  const where = whereOf(env, host, name);
  try {
    // A PUT retried after a lost answer at worst uploads the same bytes twice; the newest is served either way.
    await httpRequest(
      { method: 'PUT', url: fileUrl(where, name), headers: { ...where.headers, 'content-type': 'application/octet-stream' }, body: blob },
      http,
    );
  } catch (error) {
    throw new SourceError(
      `state ${name} not saved for ${where.ref}, ${describeHttpFailure(error, 'GitLab', MEANING)}`,
      {},
      { cause: error },
    );
  }
}

export async function loadGitlabState(
  name: string,
  env: NodeJS.ProcessEnv,
  host: string | undefined,
  http: HttpOptions,
): Promise<Uint8Array | null> {
  checkStateName(name);
  const where = whereOf(env, host, name);
  const url = fileUrl(where, name);
  let blob: Buffer;
  try {
    const response = await httpRequest(
      { url, headers: where.headers, binary: { maxBytes: MAX_STORED_STATE_BYTES }, redirects: DOWNLOAD_REDIRECTS },
      http,
    );
    blob = response.bytes ?? Buffer.alloc(0);
  } catch (error) {
    // 404 is GitLab's word for "no such package or file": nothing was saved for this ref yet. A project the
    // token cannot see is a 404 too, but one that names the project, and that is a misconfiguration to report.
    if (error instanceof HttpError && error.status === 404 && !/project not found/i.test(error.detail)) return null;
    throw new SourceError(
      `state ${name} not loaded for ${where.ref}, ${describeHttpFailure(error, 'GitLab', MEANING)}`,
      {},
      { cause: error },
    );
  }
  return decodeState(name, blob, `the GitLab package file ${PACKAGE}/${refScope(where.ref)}/${name}.state`);
}
