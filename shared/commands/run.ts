/**
 * The edge every entry point (CLI, action) goes through: run one gate, turn any error into an `error` report
 * (fail closed: a gate that cannot compute its evidence never passes), publish, and return the exit code.
 */
import { ModelgateError, formatError } from '../errors.js';
import { countStatuses, exitCodeOf } from '../gates/verdict.js';
import type { Platform } from '../platform/port.js';
import { REPORT_SCHEMA_VERSION, type GateName, type Report } from '../report/model.js';
import { publishReport } from '../report/publish.js';

export function errorReport(gate: GateName, error: unknown): Report {
  const known = error instanceof ModelgateError ? error : null;
  const message = known ? formatError(known).replace(/^\w+: /, '') : `internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`;
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    gate,
    verdict: 'error',
    counts: countStatuses([]),
    checks: [],
    metrics: { overall: { n: 0, weighted_n: 0 }, groups: {}, intersections: {}, slices: {} },
    intervals: { overall: {}, groups: {} },
    disparities: {},
    data: { files: [], format: 'csv', rowsRead: 0, rowsUsed: 0, rowsSkipped: {}, skippedSamples: [], bytes: 0, task: 'unknown' },
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
  };
}

export interface GateRun {
  /** Null when the run gated nothing (a shard that only wrote its partial). */
  report: Report | null;
  exitCode: number;
}

export async function runGate(gate: GateName, platform: Platform, outDir: string, body: () => Promise<Report | null>): Promise<GateRun> {
  let report: Report;
  try {
    const produced = await body();
    if (produced === null) return { report: null, exitCode: 0 };
    report = produced;
  } catch (error) {
    platform.error(formatError(error));
    report = errorReport(gate, error);
  }
  const files = await publishReport(report, platform, outDir);
  platform.info(`modelgate ${gate}: ${report.verdict} (report: ${files.json}, ${files.markdown}, ${files.junit})`);
  return { report, exitCode: exitCodeOf(report.verdict) };
}
