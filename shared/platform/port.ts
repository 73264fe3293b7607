/**
 * The only door to the outside. Commands receive a Platform and never import @actions/* or @gitbeaker/*.
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

export interface Platform {
  readonly name: 'github' | 'gitlab' | 'local';
  /** A declared input, '' when unset. */
  input(name: string): string;
  setOutput(name: string, value: string): void;
  /** Appends Markdown to the job summary (GitHub step summary, GitLab job log, local: stdout). */
  writeSummary(markdown: string): Promise<void>;
  /** One comment per gate on the current pull/merge request, found by `marker` and updated in place. */
  upsertReviewComment(marker: string, body: string): Promise<CommentResult>;
  annotate(annotation: Annotation): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
  /** Whether a live progress bar can be drawn (CLI on a terminal). */
  readonly interactive: boolean;
}
