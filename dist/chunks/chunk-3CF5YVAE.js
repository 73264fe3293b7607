import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  countStatuses,
  exitCodeOf
} from "./chunk-YPYHEPH3.js";
import {
  REPORT_SCHEMA_VERSION
} from "./chunk-IDGSBEVN.js";
import {
  ModelgateError,
  formatError
} from "./chunk-NHNGL3H4.js";

// shared/commands/run.ts
function errorReport(gate, error) {
  const known = error instanceof ModelgateError ? error : null;
  const message = known ? unlocatedMessage(known) : `internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`;
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    gate,
    verdict: "error",
    counts: countStatuses([]),
    checks: [],
    metrics: { overall: { n: 0, weighted_n: 0 }, groups: {}, intersections: {}, slices: {} },
    intervals: { overall: {}, groups: {} },
    disparities: {},
    data: { files: [], format: "csv", rowsRead: 0, rowsUsed: 0, rowsSkipped: {}, skippedSamples: [], bytes: 0, task: "unknown" },
    config: {},
    notes: [],
    error: {
      kind: known?.kind ?? "InternalError",
      message,
      ...known?.location.file ? { file: known.location.file } : {},
      ...known?.location.line !== void 0 ? { line: known.location.line } : {},
      ...known?.location.column !== void 0 ? { column: known.location.column } : {},
      ...known?.location.path ? { path: known.location.path } : {}
    }
  };
}
function unlocatedMessage(error) {
  let text = error.message;
  if (error.samples?.length) text += ` (e.g. ${error.samples.join(", ")})`;
  if (error.hint) text += ` (hint: ${error.hint})`;
  return text;
}
async function runGate(gate, platform, outDir, body) {
  let report;
  try {
    const produced = await body();
    if (produced === null) return { report: null, exitCode: 0 };
    report = produced;
  } catch (error) {
    report = errorReport(gate, error);
  }
  try {
    const { publishReport } = await import("./publish-DUKZ3W3B.js");
    const files = await publishReport(report, platform, outDir);
    platform.info(`modelgate ${gate}: ${report.verdict} (report: ${files.json}, ${files.markdown}, ${files.junit})`);
    return { report, exitCode: exitCodeOf(report.verdict) };
  } catch (error) {
    const decided = report.error ? `the gate could not be evaluated: ${report.error.kind}: ${report.error.message}` : `the gate decided ${report.verdict}`;
    platform.error(`modelgate ${gate}: ${decided}, but its report could not be published: ${formatError(error)}`);
    return { report, exitCode: exitCodeOf("error") };
  }
}

export {
  errorReport,
  runGate
};
