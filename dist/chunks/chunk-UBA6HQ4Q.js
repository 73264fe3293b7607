import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  countStatuses,
  exitCodeOf
} from "./chunk-YPYHEPH3.js";
import {
  skippedRowsPhrase
} from "./chunk-HA7OEFXU.js";
import {
  REPORT_SCHEMA_VERSION,
  hasEvaluation
} from "./chunk-GWICTQE2.js";
import {
  maskPlatformOutputs,
  maskSecretsDeep
} from "./chunk-ZHLQDNGW.js";
import {
  ModelgateError,
  formatError
} from "./chunk-JUZ7LOQF.js";

// shared/commands/run.ts
function errorReport(gate, error) {
  const known = error instanceof ModelgateError ? error : null;
  const message = known ? unlocatedMessage(known) : internalMessage(error);
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    gate,
    verdict: "error",
    counts: countStatuses([]),
    checks: [],
    config: {},
    notes: [],
    error: {
      kind: known?.kind ?? "InternalError",
      message,
      ...known?.location.file ? { file: known.location.file } : {},
      ...known?.location.line !== void 0 ? { line: known.location.line } : {},
      ...known?.location.column !== void 0 ? { column: known.location.column } : {},
      ...known?.location.path ? { path: known.location.path } : {}
    },
    ...known?.sections ? { sections: known.sections } : {}
  };
}
var MAX_INTERNAL_CHARS = 200;
function internalMessage(error) {
  const raw = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const firstLine = raw.split("\n", 1)[0];
  const what = firstLine.length > MAX_INTERNAL_CHARS ? `${firstLine.slice(0, MAX_INTERNAL_CHARS - 1)}\u2026` : firstLine;
  const advice = error instanceof RangeError && /call stack|invalid (string|array) length/i.test(error.message) ? "a value in the data is nested too deeply or is too large: simplify or remove it" : "this is a bug in modelgate: please report it with the debug log";
  return `internal error (${what}); ${advice} (MODELGATE_DEBUG=1, or GitHub's step debug logging, shows the stack trace)`;
}
function unlocatedMessage(error) {
  let text = error.message;
  if (error.samples?.length) text += ` (e.g. ${error.samples.join(", ")})`;
  if (error.hint) text += ` (hint: ${error.hint})`;
  return text;
}
async function runGate(gate, unmasked, outDir, body) {
  const platform = maskPlatformOutputs(unmasked);
  let report;
  try {
    const produced = await body();
    if (produced === null) return { report: null, exitCode: 0 };
    report = produced;
  } catch (error) {
    report = errorReport(gate, error);
    if (!(error instanceof ModelgateError)) platform.debug?.(error instanceof Error ? error.stack ?? error.message : String(error));
  }
  report = maskSecretsDeep(report);
  try {
    const { publishReport } = await import("./publish-ZCB7WYW4.js");
    const files = await publishReport(report, platform, outDir);
    const skipped = skippedRowsPhrase(hasEvaluation(report) ? report.data : void 0);
    if (platform.name !== "local")
      platform.info(
        `modelgate ${gate}: ${report.verdict}${skipped ? ` \u2014 ${skipped}` : ""} (report: ${files.html}, ${files.json}, ${files.markdown}, ${files.junit})`
      );
    return { report, exitCode: exitCodeOf(report.verdict) };
  } catch (error) {
    const decided = report.error ? `the gate could not be evaluated: ${report.error.kind}: ${report.error.message}` : `the gate decided ${report.verdict}`;
    platform.error(`modelgate ${gate}: ${decided}, but its report could not be published: ${formatError(error)}`);
    return { report, exitCode: exitCodeOf("error") };
  }
}

export {
  errorReport,
  internalMessage,
  runGate
};
