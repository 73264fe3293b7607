/**
 * Hands a finished Report to the outside: report files in the output directory, the job summary, the sticky
 * review comment, annotations for failing checks and the step outputs. Shared by every gate.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Platform } from '../platform/port.js';
import { renderJson, renderJunit, renderMarkdown } from './index.js';
import type { Report } from './model.js';

export const SUMMARY_LIMIT = 1024 * 1024;
export const COMMENT_LIMIT = 65_536;

export interface PublishedFiles {
  json: string;
  markdown: string;
  junit: string;
}

export function commentMarker(gate: string): string {
  return `<!-- modelgate:${gate} -->`;
}

export async function writeReportFiles(report: Report, outDir: string): Promise<PublishedFiles> {
  await mkdir(outDir, { recursive: true });
  const files = {
    json: path.join(outDir, 'report.json'),
    markdown: path.join(outDir, 'summary.md'),
    junit: path.join(outDir, 'junit.xml'),
  };
  await writeFile(files.json, renderJson(report));
  await writeFile(files.markdown, renderMarkdown(report, { maxChars: SUMMARY_LIMIT }));
  await writeFile(files.junit, renderJunit(report));
  return files;
}

export async function publishReport(report: Report, platform: Platform, outDir: string): Promise<PublishedFiles> {
  const files = await writeReportFiles(report, outDir);
  const failed = report.checks.filter((c) => c.status === 'fail' || c.status === 'inconclusive' || c.status === 'error');

  for (const check of report.checks) {
    if (check.status === 'pass') continue;
    platform.annotate({
      level: check.status === 'warn' ? 'warning' : 'error',
      title: `modelgate ${report.gate}: ${check.title}`,
      message: check.reason,
      file: check.rule.file,
      line: check.rule.line,
      column: check.rule.column,
    });
  }
  if (report.error) {
    platform.annotate({ level: 'error', title: `modelgate ${report.gate}: ${report.error.kind}`, message: report.error.message, file: report.error.file, line: report.error.line });
  }

  await platform.writeSummary(renderMarkdown(report, { maxChars: SUMMARY_LIMIT }));
  const comment = await platform.upsertReviewComment(
    commentMarker(report.gate),
    renderMarkdown(report, { maxChars: COMMENT_LIMIT, marker: commentMarker(report.gate) }),
  );
  if (comment.outcome === 'skipped') platform.info(`Review comment not posted: ${comment.reason}`);
  else platform.info(`Review comment ${comment.outcome}${comment.url ? `: ${comment.url}` : ''}`);

  platform.setOutput('verdict', report.verdict);
  platform.setOutput('report', files.json);
  platform.setOutput('failed-checks', String(failed.length));
  return files;
}
