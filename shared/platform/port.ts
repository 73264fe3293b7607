/**
 * The only door to the outside. Commands receive a Platform and never import @actions/*.
 */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface CommentResult {
  /** `created`, `updated`, or `skipped` with the reason (no PR, no token, read-only token on a fork). */
  outcome: 'created' | 'updated' | 'skipped';
  reason?: string;
  url?: string;
}

/** A workflow (GitHub) or pipeline (GitLab) to start, e.g. retraining when drift is found. */
export type TriggerRequest =
  | {
      /**
       * GitHub: `workflow_dispatch` of `workflow` on `ref` with `inputs`. GitLab: a pipeline on `ref` with `inputs`
       * as its variables (the trigger API); `workflow` is not used there, a project has one pipeline definition.
       */
      kind: 'workflow';
      ref: string;
      /** The workflow's file name (`retrain.yml`) or numeric id; required on GitHub. */
      workflow?: string;
      inputs?: Record<string, string>;
      /** Another repository (`owner/repo`) or GitLab project (id or path) than this run's. */
      target?: string;
    }
  | {
      /** GitHub `repository_dispatch`: the workflows listening for `eventType` run on the default branch. Skipped on GitLab, which has no such event. */
      kind: 'event';
      eventType: string;
      payload?: Record<string, unknown>;
      target?: string;
    };

export interface TriggerResult {
  /** `triggered` with the new run or pipeline when the API names it, or `skipped` with the reason (no token, no permission, API error). */
  outcome: 'triggered' | 'skipped';
  reason?: string;
  id?: number;
  url?: string;
}

export interface ArtifactResult {
  /** Where it went: a URL or artifact id on a CI service, a directory locally. */
  location: string;
  /** Bytes uploaded (zipped size on GitHub). */
  size: number;
}

/** Where this run happens, for links and the comment's run history. */
export interface RunContext {
  /** The commit under review: the pull/merge request's head, else the commit the run is for. */
  sha?: string;
  /** The CI run's (job's) page. */
  url?: string;
}

/** A check run (GitHub) for one gate: its conclusion follows the verdict, annotations point at config lines. */
export interface CheckRunRequest {
  /** `modelgate evaluate`. */
  name: string;
  verdict: 'pass' | 'warn' | 'fail' | 'error';
  /** One line of plain text: the verdict line. */
  title: string;
  /** Markdown, at most 65,535 characters. */
  summary: string;
  /** Only annotations with a file and a line can be attached; the others stay in the summary. */
  annotations: Annotation[];
}

export interface CheckRunResult {
  outcome: 'created' | 'skipped';
  reason?: string;
  url?: string;
  /** With `created`: the annotations the run does not carry (no file and line, outside the workspace, a failed update). */
  unattached?: Annotation[];
}

export interface Platform {
  readonly name: 'github' | 'gitlab' | 'local';
  /** A declared input, '' when unset. */
  input(name: string): string;
  setOutput(name: string, value: string): void;
  /** Appends the summary: Markdown to the GitHub step summary and the GitLab job log; locally plain text to stdout. */
  writeSummary(markdown: string): Promise<void>;
  /** One comment per gate on the current pull/merge request, found by `marker` and updated in place. */
  upsertReviewComment(marker: string, body: string): Promise<CommentResult>;
  annotate(annotation: Annotation): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** For the debug log only (stack traces): GitHub's step debug log; elsewhere stderr when MODELGATE_DEBUG=1. */
  debug?(message: string): void;
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
  /**
   * Starts a workflow or pipeline. Never throws for outside conditions: a missing token, a refusal or an API error
   * is `skipped` with the reason, also logged as a warning; locally always skipped, saying so. Throws for a
   * malformed request (an empty ref, an input name the API would refuse).
   */
  trigger?(request: TriggerRequest): Promise<TriggerResult>;
  /**
   * Saves `bytes` as the state `name` of this ref (branch), for later jobs and runs on the same ref: GitHub's
   * Actions cache, GitLab's generic package registry, a directory locally (see state-*.ts for why each). `name`
   * is letters, digits, '.', '-' and '_' (see state.ts), the bytes at most MAX_STATE_BYTES. Throws a SourceError
   * when the state was not saved.
   */
  saveState?(name: string, bytes: Uint8Array): Promise<void>;
  /**
   * The bytes last saved as state `name` on this ref, or null when there are none. A SourceError when the store
   * cannot be read, or holds something that is not this state (corrupt, truncated, another name or format).
   */
  loadState?(name: string): Promise<Uint8Array | null>;
  /** Uploads `files` (paths under `rootDirectory`, kept relative to it) as one named artifact; absent where unsupported. */
  uploadArtifact?(name: string, files: string[], rootDirectory: string): Promise<ArtifactResult>;
  /** Restores the cached `paths` saved under `key`; the key restored, or undefined on a miss (or a cache that is down). */
  restoreCache?(paths: string[], key: string): Promise<string | undefined>;
  /** Saves `paths` under `key`; a cache that is down or a key already saved is a warning, not an error. */
  saveCache?(paths: string[], key: string): Promise<void>;
  /** The body of this gate's existing review comment (found by `marker`), or null; absent where unsupported. */
  findReviewComment?(marker: string): Promise<string | null>;
  /**
   * What tells this gate from another of its kind on the same pull/merge request (two models, a template included
   * twice), keying its comment marker and report artifact: the `name` input, else a GitLab job name or a GitHub
   * `out-dir` other than the default; undefined for a gate with the defaults, whose marker carries no name.
   */
  instanceName?(gate: string, outDir: string): string | undefined;
  /** Commit and run page of this run, when the platform knows them. */
  runContext?(): RunContext;
  /** Creates a check run for a gate; absent where the platform has none. Never throws for outside conditions. */
  publishCheck?(check: CheckRunRequest): Promise<CheckRunResult>;
  /** Whether a live progress bar can be drawn (CLI on a terminal). */
  readonly interactive: boolean;
}
