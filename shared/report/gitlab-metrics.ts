/**
 * The Report as a GitLab metrics report (`artifacts: reports: metrics`), which the merge request widget compares
 * between the source and the target branch. GitLab reads each line as `name value`: it drops everything from a
 * `#` to the end of the line and splits the rest like a shell (quotes and backslashes are syntax), and compares
 * the values as strings.
 */
import type { AnyReport } from './model.js';

/** Characters a metric name keeps; anything else (spaces, quotes, `#`, backslashes, controls) becomes `_`. */
const NAME_UNSAFE = /[^\p{L}\p{N}_.:=,+\-/[\]]/gu;

/**
 * One line per check, `<gate>.<check id> <value>`, after a `<gate>.verdict` line. The value is the check's own
 * number in full precision; a check without one (inconclusive, error) shows its status instead, so no check is
 * left out. Ids that collide once made safe get a `_2`, `_3`, ... suffix.
 */
export function renderGitlabMetrics(report: AnyReport): string {
  const gate = safeName(report.gate);
  const lines = [`${gate}.verdict ${report.verdict}`];
  const used = new Set<string>([`${gate}.verdict`]);
  for (const check of report.checks) {
    const base = `${gate}.${safeName(check.id)}`;
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}_${i}`;
    used.add(name);
    lines.push(`${name} ${check.value === null ? check.status : String(check.value)}`);
  }
  return `${lines.join('\n')}\n`;
}

function safeName(text: string): string {
  return text.replace(NAME_UNSAFE, '_') || '_';
}
