/** Renderers of the Report: Markdown (summary, review comment), JUnit XML and JSON. */
import type { AnyReport } from './model.js';

export { renderMarkdown, type MarkdownOptions } from './markdown.js';
export { renderJunit } from './junit.js';
export * from './model.js';

/** The JSON report: two-space indented, keys in the report's own (deterministic) order, one final newline. */
export function renderJson(report: AnyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
