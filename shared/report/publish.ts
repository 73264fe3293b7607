/**
 * Hands a finished Report to the outside: report files in the output directory, the job summary, the sticky
 * review comment, annotations for failing checks and the step outputs. Shared by every gate.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Annotation, Platform } from '../platform/port.js';
import { STATUS_ICON, verdictDetail } from './format.js';
import { readHistory, runRecord } from './history.js';
import { renderHtml } from './html.js';
import { renderJson, renderJunit, renderMarkdown, type MarkdownOptions } from './index.js';
import type { AnyReport } from './model.js';
import { renderText } from './text.js';

export const SUMMARY_LIMIT = 1024 * 1024;
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit for a check run's output summary. */
export const CHECK_SUMMARY_LIMIT = 65_535;

export interface PublishedFiles {
  json: string;
  markdown: string;
  junit: string;
  html: string;
}

/**
 * The hidden marker the gate's sticky comment is found by. `name` tells apart two gates of one kind on the same
 * pull/merge request (two models, a template included twice), so they keep a comment each.
 */
export function commentMarker(gate: string, name?: string): string {
  return `<!-- modelgate:${gate}${name ? `:${nameKey(name)}` : ''} -->`;
}

/** The name under which the report files are uploaded (one artifact per gate and name in a workflow run). */
export function reportArtifactName(gate: string, name?: string): string {
  return `modelgate-${gate}${name ? `-${nameKey(name)}` : ''}-report`;
}

const MAX_KEY_CHARS = 64;

/**
 * The name as it may stand in an HTML comment and an artifact name: letters, digits, `.`, `_` and `-` kept, every
 * other byte %-escaped (so two names never share a key, and none can end the comment), long names cut and
 * completed by a hash of the whole.
 */
export function nameKey(name: string): string {
  const escaped = [...Buffer.from(name, 'utf8')]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z0-9._-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
  if (escaped.length <= MAX_KEY_CHARS) return escaped;
  return `${escaped.slice(0, MAX_KEY_CHARS - 13)}~${createHash('sha256').update(name).digest('hex').slice(0, 12)}`;
}

export async function writeReportFiles(report: AnyReport, outDir: string): Promise<PublishedFiles> {
  await mkdir(outDir, { recursive: true });
  const files = {
    json: path.join(outDir, 'report.json'),
    markdown: path.join(outDir, 'summary.md'),
    junit: path.join(outDir, 'junit.xml'),
    html: path.join(outDir, 'report.html'),
  };
  const json = renderJson(report);
  if (process.env.MODELGATE_VALIDATE_REPORT === '1') (await import('./validate.js')).assertValidReport(JSON.parse(json));
  await writeFile(files.json, json);
  await writeFile(files.markdown, renderMarkdown(report, { maxChars: SUMMARY_LIMIT }));
  await writeFile(files.junit, renderJunit(report));
  await writeFile(files.html, renderHtml(report));
  return files;
}

/** Links for the Markdown: the uploaded HTML report when the platform gave a URL for it, else the run page. */
async function reportLinks(
  report: AnyReport,
  platform: Platform,
  files: PublishedFiles,
  runUrl: string | undefined,
  name: string | undefined,
): Promise<MarkdownOptions['links']> {
  let htmlReport: string | undefined;
  // Locally the files already sit in the output directory; uploading would only copy them.
  if (platform.uploadArtifact && platform.name !== 'local') {
    try {
      const uploaded = await platform.uploadArtifact(
        reportArtifactName(report.gate, name),
        [files.html, files.json, files.markdown, files.junit],
        path.dirname(files.html),
      );
      if (/^https?:\/\//.test(uploaded.location)) htmlReport = uploaded.location;
    } catch (error) {
      platform.warning(`HTML report not uploaded: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  htmlReport ??= runUrl;
  return { ...(htmlReport ? { htmlReport } : {}), ...(runUrl && runUrl !== htmlReport ? { run: runUrl } : {}) };
}

function annotationsOf(report: AnyReport): Annotation[] {
  const annotations: Annotation[] = report.checks
    .filter((check) => check.status !== 'pass')
    .map((check) => ({
      level: check.status === 'warn' ? 'warning' : 'error',
      title: `modelgate ${report.gate}: ${check.title}`,
      message: check.reason,
      file: check.rule.file,
      line: check.rule.line,
      column: check.rule.column,
    }));
  if (report.error) {
    annotations.push({
      level: 'error',
      title: `modelgate ${report.gate}: ${report.error.kind}`,
      message: report.error.message,
      file: report.error.file,
      line: report.error.line,
      ...(typeof report.error.column === 'number' ? { column: report.error.column } : {}),
    });
  }
  return annotations;
}

export async function publishReport(report: AnyReport, platform: Platform, outDir: string): Promise<PublishedFiles> {
  const files = await writeReportFiles(report, outDir);
  const failed = report.checks.filter((c) => c.status === 'fail' || c.status === 'inconclusive' || c.status === 'error');
  const context = platform.runContext?.() ?? {};
  const name = platform.instanceName?.(report.gate, outDir);
  const links = await reportLinks(report, platform, files, context.url, name);
  const annotations = annotationsOf(report);

  // Annotations the check run carries are not repeated as workflow-command annotations, which would show them twice.
  let unattached = annotations;
  if (platform.publishCheck) {
    const check = await platform.publishCheck({
      name: `modelgate ${report.gate}`,
      verdict: report.verdict,
      title: `${STATUS_ICON[report.verdict]} modelgate ${report.gate}: ${report.verdict} — ${verdictDetail(report)}`,
      summary: renderMarkdown(report, { maxChars: CHECK_SUMMARY_LIMIT, links }),
      annotations,
    });
    if (check.outcome === 'skipped') platform.info(`Check run not created: ${check.reason}`);
    else {
      platform.info(`Check run created${check.url ? `: ${check.url}` : ''}${check.reason ? ` (${check.reason})` : ''}`);
      unattached = check.unattached ?? [];
    }
  }
  // A terminal gets the plain-text summary, which already has a located line per check and for the error.
  const terminal = platform.name === 'local';
  if (!terminal) for (const annotation of unattached) platform.annotate(annotation);

  await platform.writeSummary(terminal ? renderText(report, files) : renderMarkdown(report, { maxChars: SUMMARY_LIMIT, links }));
  const marker = commentMarker(report.gate, name);
  const previous = readHistory(platform.findReviewComment ? await platform.findReviewComment(marker) : null);
  const comment = await platform.upsertReviewComment(
    marker,
    renderMarkdown(report, { maxChars: COMMENT_LIMIT, marker, links, history: { current: runRecord(report, context), previous } }),
  );
  if (comment.outcome === 'skipped') {
    if (!terminal) platform.info(`Review comment not posted: ${comment.reason}`);
  } else platform.info(`Review comment ${comment.outcome}${comment.url ? `: ${comment.url}` : ''}`);

  platform.setOutput('verdict', report.verdict);
  platform.setOutput('report', files.json);
  // A gate that could not be evaluated counts as one failed check, so `failed-checks > 0` never reads as clean.
  platform.setOutput('failed-checks', String(failed.length + (report.error ? 1 : 0)));
  return files;
}
