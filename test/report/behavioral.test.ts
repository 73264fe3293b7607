// Behavioral tests in the summary Markdown (job summary and sticky comment) and report.html: counts per test,
// failing tests and their cases (input, perturbation, expected, got) first, before any table of passing checks;
// every value from data or config escaped; under a tight size limit the cases go before the counts.
import { describe, expect, it } from 'vitest';
import type { BehavioralResult } from '../../shared/model/behavioral.js';
import { renderHtml } from '../../shared/report/html.js';
import { renderMarkdown } from '../../shared/report/markdown.js';
import { sampleCheck, sampleReport } from './sample-report.js';

const tests: BehavioralResult[] = [
  // Out of order on purpose: the renderers put failing tests first whatever the report's order.
  { name: 'income-raises', type: 'DIR', cases: 200, failed: 0, fail_rate: 0, failing: [] },
  {
    name: 'sex-swap-invariance',
    type: 'INV',
    cases: 200,
    failed: 31,
    fail_rate: 0.155,
    failing: [
      {
        case: 4,
        at: 'data/features.csv:5',
        input: { income: 41250, sex: 'F', note: '<img src=x onerror=alert(1)>|pipe' },
        perturbed: { sex: 'M' },
        expected: 'score within 0.05 of 0.612',
        got: 'score 0.781 (change 0.169)',
      },
      {
        case: 9,
        at: 'data/features.csv:10',
        input: { income: 20100, sex: 'M', note: 'ok' },
        perturbed: { sex: 'F' },
        expected: 'score within 0.05 of 0.702',
        got: 'score 0.501 (change -0.201)',
      },
    ],
  },
];

const checks = [
  sampleCheck({ id: 'roc_auc', title: 'ROC AUC', value: 0.81 }),
  sampleCheck({
    id: 'behavioral[income-raises]',
    title: 'Behavioral test income-raises (DIR) fail rate',
    metric: 'fail_rate',
    value: 0,
    bound: { max: 0, on: 'point' },
  }),
  sampleCheck({
    id: 'behavioral[sex-swap-invariance]',
    title: 'Behavioral test sex-swap-invariance (INV) fail rate',
    metric: 'fail_rate',
    status: 'fail',
    raw_status: 'fail',
    value: 0.155,
    bound: { max: 0, on: 'point' },
    reason: 'fail_rate is 0.155, above the maximum 0 (n=200)',
  }),
];
const report = sampleReport({ checks, sections: { behavioral: { tests } } });

describe('behavioral tests in the summary Markdown', () => {
  const md = renderMarkdown(report, { maxChars: 65_536 });

  it('counts per test, failing tests first, then the failing cases with input, perturbation, expected and got', () => {
    expect(md).toContain('**Behavioral tests: 1 of 2 with failing cases**');
    expect(md).toContain('| Test | Type | Status | Cases | Failed | Fail rate | Max fail rate |');
    const failingRow = md.indexOf('| sex-swap-invariance | INV | fail | 200 | 31 | 0.155 | 0 |');
    const passingRow = md.indexOf('| income-raises | DIR | pass | 200 | 0 | 0 | 0 |');
    expect(failingRow).toBeGreaterThan(0);
    expect(passingRow).toBeGreaterThan(failingRow);
    expect(md).toContain('<details open><summary>Failing cases of sex-swap-invariance (INV): 31 of 200, the first 2 shown</summary>');
    expect(md).toContain('| Case | At | Input | Perturbation | Expected | Got |');
    expect(md).toContain(
      '| 9 | data/features.csv:10 | ` income=20100, sex=M, note=ok ` | ` sex=F ` | score within 0.05 of 0.702 | score 0.501 \\(change -0.201\\) |',
    );
  });

  it('before the baseline diff and the passing checks, and escaped', () => {
    const cases = md.indexOf('Failing cases of sex-swap-invariance');
    expect(cases).toBeLessThan(md.indexOf('Passing checks'));
    expect(cases).toBeGreaterThan(md.indexOf('above the maximum 0'));
    // In a code span, and its pipe escaped so the table holds.
    expect(md).toContain('| ` income=41250, sex=F, note=<img src=x onerror=alert(1)>\\|pipe ` | ` sex=M ` |');
  });

  it('under a tight limit the cases go first, then the counts, each said', () => {
    const full = renderMarkdown(report, { maxChars: 1_000_000 }).length;
    let shorter = '';
    for (let limit = full - 1; limit > 0; limit -= 50) {
      shorter = renderMarkdown(report, { maxChars: limit });
      if (!shorter.includes('Failing cases of')) break;
    }
    expect(shorter).toContain('**Behavioral tests: 1 of 2 with failing cases**');
    expect(shorter).toMatch(/Left out to fit the size limit: .*behavioral failing cases/);
  });
});

describe('behavioral tests in report.html', () => {
  const html = renderHtml(report);

  it('a section right after what needs attention: counts, failing tests first, their cases open, escaped', () => {
    const at = html.indexOf('<section id="behavioral"><h2>Behavioral tests: 1 of 2 with failing cases</h2>');
    expect(at).toBeGreaterThan(html.indexOf('<ul class="attention">'));
    expect(at).toBeLessThan(html.indexOf('<section id="checks"'));
    expect(html.indexOf('<td>sex-swap-invariance</td>', at)).toBeLessThan(html.indexOf('<td>income-raises</td>', at));
    expect(html).toContain('<details open><summary>Failing cases of sex-swap-invariance (INV): 31 of 200, the first 2 shown</summary>');
    expect(html).toContain(
      '<td>4</td><td>data/features.csv:5</td><td><code>income=41250, sex=F, note=&lt;img src=x onerror=alert(1)&gt;|pipe</code></td><td><code>sex=M</code></td><td>score within 0.05 of 0.612</td><td>score 0.781 (change 0.169)</td>',
    );
    expect(html).not.toContain('<img src=x');
  });

  it('absent when the report has no behavioral tests', () => {
    expect(renderHtml(sampleReport())).not.toContain('id="behavioral"');
    expect(renderMarkdown(sampleReport(), { maxChars: 65_536 })).not.toContain('Behavioral tests');
  });
});
