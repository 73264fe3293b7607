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

export interface TriggerResult {
  /** `triggered` with the new pipeline, or `skipped` with the reason (no project, no token, no permission, API error). */
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
  /** Starts a pipeline on `ref` with these variables (GitLab's trigger API, for drift); absent where unsupported. */
  triggerPipeline?(ref: string, variables: Record<string, string>): Promise<TriggerResult>;
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
