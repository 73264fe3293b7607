import { describe, expect, it } from 'vitest';
import { renderText } from '../../shared/report/text.js';
import { sampleCheck, sampleReport } from './sample-report.js';

const paths = { html: 'out/report.html', json: 'out/report.json', markdown: 'out/summary.md', junit: 'out/junit.xml' };

describe('renderText: the terminal summary', () => {
  it('is the verdict with skipped rows, a located line per check needing attention (worst first), and the report paths', () => {
    const text = renderText(sampleReport(), paths);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'modelgate evaluate: fail — 2 failed, 1 warning, 1 inconclusive of 9 checks — 10 of 2000 rows skipped (missing_value: 7, score_out_of_range: 3)',
    );
    expect(lines.slice(1, -1).map((line) => line.replace(/: modelgate evaluate: .*/, ''))).toEqual([
      '.modelgate.yml:15:7: error',
      '.modelgate.yml:17:7: error',
      '.modelgate.yml:17:7: error',
      '.modelgate.yml:20:7: warning',
    ]);
    expect(lines[1]).toContain('fail: F1 vs baseline: candidate 0.7104');
    expect(lines[4]).toContain('warn (was fail): demographic parity ratio over sex');
    expect(lines.at(-1)).toBe('Reports: out/report.html (open in a browser), out/summary.md, out/report.json, out/junit.xml');
    // No Markdown or HTML: no headings, escapes, entities or mermaid.
    expect(text).not.toMatch(/###|\\\(|&#|&lt;|```|mermaid|<details>/);
  });

  it('shows the error once, located, and escapes control characters from data and config', () => {
    const report = sampleReport({
      checks: [sampleCheck({ id: 'x', status: 'fail', reason: 'group \u001b[31mred\u001b[0m\rover' })],
      error: { kind: 'DataError', message: 'bad row\nin "a"', file: 'p.csv', line: 5, column: 'score' },
      verdict: 'error',
    });
    const text = renderText(report, paths);
    expect(text).toContain('p.csv:5: error: modelgate evaluate: DataError: bad row in "a"\n');
    expect(text).toContain('group \\u001b[31mred\\u001b[0m\\u000dover');
    // eslint-disable-next-line no-control-regex -- these control characters are what the pattern exists to find
    expect(text).not.toMatch(/[\u001b\r]/);
  });
});
