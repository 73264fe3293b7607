/**
 * The edge every entry point (CLI, action) goes through: run one gate, turn any error into an `error` report
 * (fail closed: a gate that cannot compute its evidence never passes), publish, and return the exit code.
 */
import { ModelgateError, formatError } from '../errors.js';
import { countStatuses, exitCodeOf } from '../gates/verdict.js';
import type { Platform } from '../platform/port.js';
import { skippedRowsPhrase } from '../report/format.js';
import { hasEvaluation, REPORT_SCHEMA_VERSION, type AnyReport, type GateName, type ReportEnvelope } from '../report/model.js';
import { maskPlatformOutputs, maskSecretsDeep } from '../report/secrets.js';

/** The envelope alone: a gate that could not run has no metrics, data or intervals to show. */
export function errorReport(gate: GateName, error: unknown): ReportEnvelope {
  const known = error instanceof ModelgateError ? error : null;
  const message = known ? unlocatedMessage(known) : internalMessage(error);
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    gate,
    verdict: 'error',
    counts: countStatuses([]),
    checks: [],
    config: {},
    notes: [],
    error: {
      kind: known?.kind ?? 'InternalError',
      message,
      ...(known?.location.file ? { file: known.location.file } : {}),
      ...(known?.location.line !== undefined ? { line: known.location.line } : {}),
      ...(known?.location.column !== undefined ? { column: known.location.column } : {}),
      ...(known?.location.path ? { path: known.location.path } : {}),
    },
    ...(known?.sections ? { sections: known.sections } : {}),
  };
}

const MAX_INTERNAL_CHARS = 200;

/**
 * One line for an error modelgate did not anticipate: what failed and what to do. The stack trace is for the
 * debug log (see runGate), never the report, whose readers cannot act on it.
 */
export function internalMessage(error: unknown): string {
  const raw = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const firstLine = raw.split('\n', 1)[0];
  const what = firstLine.length > MAX_INTERNAL_CHARS ? `${firstLine.slice(0, MAX_INTERNAL_CHARS - 1)}…` : firstLine;
  const advice =
    error instanceof RangeError && /call stack|invalid (string|array) length/i.test(error.message)
      ? 'a value in the data is nested too deeply or is too large: simplify or remove it'
      : 'this is a bug in modelgate: please report it with the debug log';
  return `internal error (${what}); ${advice} (MODELGATE_DEBUG=1, or GitHub's step debug logging, shows the stack trace)`;
}

/**
 * The message with its samples and hint, on one line, without the kind and location: the report keeps those in
 * their own fields, and every renderer (summary, comment, JUnit, annotation) puts them in front once.
 */
function unlocatedMessage(error: ModelgateError): string {
  let text = error.message;
  if (error.samples?.length) text += ` (e.g. ${error.samples.join(', ')})`;
  if (error.hint) text += ` (hint: ${error.hint})`;
  return text;
}

export interface GateRun {
  /** Null when the run gated nothing (a shard that only wrote its partial). */
  report: AnyReport | null;
  exitCode: number;
}

export async function runGate(gate: GateName, unmasked: Platform, outDir: string, body: () => Promise<AnyReport | null>): Promise<GateRun> {
  // Every rendered format, log line and API call below starts from the masked report and platform.
  const platform = maskPlatformOutputs(unmasked);
  let report: AnyReport;
  try {
    const produced = await body();
    if (produced === null) return { report: null, exitCode: 0 };
    report = produced;
  } catch (error) {
    // Not logged here: publishing annotates report.error, so the error is shown once, with its location.
    report = errorReport(gate, error);
    if (!(error instanceof ModelgateError)) platform.debug?.(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  report = maskSecretsDeep(report);
  try {
    // Loaded when there is a report: the renderers are not needed to start reading data.
    const { publishReport } = await import('../report/publish.js');
    const files = await publishReport(report, platform, outDir);
    const skipped = skippedRowsPhrase(hasEvaluation(report) ? report.data : undefined);
    // On a terminal the plain-text summary ends with the verdict's report paths already.
    if (platform.name !== 'local')
      platform.info(
        `modelgate ${gate}: ${report.verdict}${skipped ? ` — ${skipped}` : ''} (report: ${files.html}, ${files.json}, ${files.markdown}, ${files.junit})`,
      );
    return { report, exitCode: exitCodeOf(report.verdict) };
  } catch (error) {
    // Without its report files and outputs a verdict cannot be acted on, so even a pass becomes exit code 2.
    const decided = report.error
      ? `the gate could not be evaluated: ${report.error.kind}: ${report.error.message}`
      : `the gate decided ${report.verdict}`;
    platform.error(`modelgate ${gate}: ${decided}, but its report could not be published: ${formatError(error)}`);
    return { report, exitCode: exitCodeOf('error') };
  }
}
