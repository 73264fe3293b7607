/**
 * The Report as plain text for a terminal (the CLI on a developer's machine): the verdict line, one line per
 * check that needs attention or the error, each as `file:line: level: ...` so editors and terminals link it,
 * then where the reports are. The Markdown stays for job summaries and comments, where it is rendered.
 */
import { formatLocation } from '../errors.js';
import { verdictDetail } from './format.js';
import type { AnyReport, Check, CheckStatus } from './model.js';

const ATTENTION_ORDER: CheckStatus[] = ['fail', 'error', 'inconclusive', 'warn'];

export interface ReportPaths {
  json: string;
  markdown: string;
  junit: string;
  html: string;
}

/** Control characters (escape sequences, carriage returns, line breaks) of data and config, as visible escapes. */
function plain(text: string): string {
  // eslint-disable-next-line no-control-regex -- these control characters are what the pattern exists to find
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) =>
    c === '\n' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function checkLine(report: AnyReport, check: Check): string {
  const where = check.rule.file ? `${formatLocation({ file: check.rule.file, line: check.rule.line, column: check.rule.column })}: ` : '';
  const level = check.status === 'warn' ? 'warning' : 'error';
  const status = check.raw_status && check.raw_status !== check.status ? `${check.status} (was ${check.raw_status})` : check.status;
  return plain(`${where}${level}: modelgate ${report.gate}: ${status}: ${check.reason}`);
}

function errorLine(report: AnyReport, error: NonNullable<AnyReport['error']>): string {
  // A column given by name reads better in the message, which names it; file:line:col stays linkable.
  const location = formatLocation({
    file: error.file,
    line: error.line,
    ...(typeof error.column === 'number' ? { column: error.column } : {}),
  });
  return plain(`${location ? `${location}: ` : ''}error: modelgate ${report.gate}: ${error.kind}: ${error.message}`);
}

export function renderText(report: AnyReport, paths: ReportPaths): string {
  const lines = [`modelgate ${report.gate}: ${report.verdict} — ${plain(verdictDetail(report))}`];
  if (report.error) lines.push(errorLine(report, report.error));
  for (const status of ATTENTION_ORDER) {
    for (const check of report.checks) if (check.status === status) lines.push(checkLine(report, check));
  }
  lines.push(plain(`Reports: ${paths.html} (open in a browser), ${paths.markdown}, ${paths.json}, ${paths.junit}`));
  return `${lines.join('\n')}\n`;
}
