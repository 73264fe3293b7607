// A check decided by a statistical test carries its evidence into every rendering: Markdown, HTML and JUnit.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../shared/report/escape.js';
import { formatEvidence } from '../../shared/report/format.js';
import { renderHtml } from '../../shared/report/html.js';
import { renderJunit } from '../../shared/report/junit.js';
import { renderMarkdown } from '../../shared/report/markdown.js';
import type { CheckEvidence } from '../../shared/report/model.js';
import { sampleCheck, sampleReport } from './sample-report.js';

const evidence: CheckEvidence = {
  test: 'Wilcoxon signed-rank (approx)',
  statistic: 1376155,
  p_value: 7.3377293877010085e-62,
  p_value_adjusted: 2.9e-61,
  adjustment: 'Holm',
  effect: { name: 'matched-pairs rank-biserial', value: 0.3125, interval: [0.28, 0.34] },
  sample_size_needed: 785,
};
const check = sampleCheck({
  id: 'wilcoxon',
  title: 'Wilcoxon p-value',
  status: 'fail',
  raw_status: 'fail',
  value: 7.3e-62,
  bound: { min: 0.01, on: 'point' },
  reason: 'Wilcoxon p-value is 7.3e-62, below min 0.01',
  evidence,
});
const report = sampleReport({ checks: [check] });
const line =
  'Wilcoxon signed-rank (approx); statistic 1376155; p = 7.34e-62 (Holm 2.90e-61); matched-pairs rank-biserial 0.3125 [0.28, 0.34]; 785 samples needed';

describe('check evidence', () => {
  it('reads as one line: test, statistic, p-value with its adjustment, effect with interval, samples needed', () => {
    expect(formatEvidence(evidence)).toBe(line);
    expect(formatEvidence({ test: 'PSI', statistic: null, p_value: null })).toBe('PSI');
  });

  it('follows the reason in the summary, the HTML report and the JUnit test case', () => {
    expect(renderMarkdown(report, { maxChars: 65_536 })).toContain(escapeMarkdown(`Wilcoxon p-value is 7.3e-62, below min 0.01 (${line})`));
    expect(renderHtml(report)).toContain(`Wilcoxon p-value is 7.3e-62, below min 0.01 (${line})`);
    expect(renderJunit(report)).toContain(`evidence: ${line}`);
  });

  it('is absent where no test decided the check', () => {
    const plain = sampleReport();
    expect(renderJunit(plain)).not.toContain('evidence:');
  });
});
