import { describe, expect, it } from 'vitest';
import { errorReport } from '../../shared/commands/run.js';
import { renderGitlabMetrics } from '../../shared/report/gitlab-metrics.js';
import { sampleCheck, sampleReport } from '../report/sample-report.js';

/** What GitLab's metrics parser keeps of a line: `#` to the end dropped, the rest split like a shell. */
function gitlabReads(line: string): string[] {
  const kept = line.replace(/#.*$/, '').trim();
  // Quotes and backslashes are shell syntax there; a line without them splits on blanks.
  if (/['"\\]/.test(kept)) throw new Error(`shell syntax in metrics line: ${line}`);
  return kept === '' ? [] : kept.split(/\s+/);
}

describe('renderGitlabMetrics', () => {
  it('writes the verdict, then each check as <gate>.<id> <value>', () => {
    const report = sampleReport();
    const lines = renderGitlabMetrics(report).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(`evaluate.verdict ${report.verdict}`);
    expect(lines.slice(1, -1)).toEqual(
      report.checks.map((check) => {
        const value = check.value === null ? check.status : String(check.value);
        return `evaluate.${check.id.replace(/[^\p{L}\p{N}_.:=,+\-/[\]]/gu, '_')} ${value}`;
      }),
    );
  });

  it('keeps values at full precision and shows the status of a check without a value', () => {
    const report = sampleReport({
      checks: [
        sampleCheck({ id: 'roc_auc', value: 0.8712345678901234 }),
        sampleCheck({ id: 'recall[race=c]', value: null, status: 'inconclusive' }),
        sampleCheck({ id: 'tiny', value: 1e-12 }),
      ],
    });
    expect(renderGitlabMetrics(report)).toBe(
      `evaluate.verdict ${report.verdict}\nevaluate.roc_auc 0.8712345678901234\nevaluate.recall[race=c] inconclusive\nevaluate.tiny 1e-12\n`,
    );
  });

  it("makes ids from data safe for GitLab's parser and keeps colliding names apart", () => {
    const report = sampleReport({
      checks: [
        sampleCheck({ id: 'recall[city=New York]', value: 0.5 }),
        sampleCheck({ id: 'recall[city=New_York]', value: 0.6 }),
        sampleCheck({ id: 'recall[name="o\'b #1\\"]\nx', value: 0.7 }),
        sampleCheck({ id: 'verdict', value: 0.8 }),
      ],
    });
    const lines = renderGitlabMetrics(report).trimEnd().split('\n');
    const read = lines.map(gitlabReads);
    expect(read.every((tokens) => tokens.length === 2)).toBe(true);
    expect(read.map(([name]) => name)).toEqual([
      'evaluate.verdict',
      'evaluate.recall[city=New_York]',
      'evaluate.recall[city=New_York]_2',
      'evaluate.recall[name=_o_b__1__]_x',
      'evaluate.verdict_2',
    ]);
    expect(read.map(([, value]) => value)).toEqual([report.verdict, '0.5', '0.6', '0.7', '0.8']);
  });

  it('gives only the verdict for a gate that could not be evaluated', () => {
    expect(renderGitlabMetrics(errorReport('evaluate', new Error('boom')))).toBe('evaluate.verdict error\n');
  });
});
