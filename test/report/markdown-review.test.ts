/** What a reviewer reads first: attention items in words, the baseline diff, and the calibration pictures. */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../shared/report/index.js';
import type { Report } from '../../shared/report/model.js';
import { attentionItems, cells, mermaidBlocks, tables } from './markdown-helpers.js';
import { largeReport, sampleCheck, sampleReport } from './sample-report.js';

const render = (report: Report, maxChars = 1_048_576) => renderMarkdown(report, { maxChars });

describe('attention items', () => {
  it('read like "recall for race=b is 0.6154 [..], below the minimum 0.7", with n and the rule location', () => {
    const items = attentionItems(render(sampleReport()));
    expect(items[1]).toBe(
      '- ❌ **fail** recall for race=b is 0.6154 \\(95% CI \\[0.5621, 0.6702\\]\\), below the minimum 0.7 \\(n=954\\) — rule at .modelgate.yml:17',
    );
    // A reason without the sample size gets it appended; a downgraded status says what it was.
    expect(items[3]).toBe(
      '- ⚠️ **warn (was fail)** demographic parity ratio over sex is 0.7612 \\(95% CI \\[0.7011, 0.8234\\]\\) \\(F vs M\\), below the minimum 0.8 (n: F=1001, M=989) — rule at .modelgate.yml:20',
    );
  });
});

/** Rows of the "Candidate vs baseline" table as cell arrays. */
function diffTable(md: string): string[][] {
  const rows = tables(md).find((t) => cells(t[0])[0] === 'Metric' && cells(t[0])[4] === 'Change');
  return (rows ?? []).slice(2).map(cells);
}

describe('baseline diff', () => {
  it('shows every gated metric with the delta, its interval where a check compared them, and a direction-aware arrow', () => {
    const base = sampleReport();
    const logLoss = sampleCheck({
      id: 'log_loss vs baseline',
      title: 'log loss vs baseline',
      metric: 'log_loss',
      value: 0.41,
      bound: { max_drop: 0.01, on: 'point' },
      baseline: { value: 0.45, delta: -0.04, delta_interval: [-0.06, -0.02] },
    });
    const report = sampleReport({
      checks: [...base.checks, logLoss],
      metrics: { ...base.metrics, overall: { ...base.metrics.overall, log_loss: 0.41 } },
      baseline: {
        ...base.baseline!,
        metrics: { ...base.baseline!.metrics, log_loss: 0.45 },
        groups: { race: { a: { n: 1000, weighted_n: 1000, recall: 0.8 }, b: { n: 950, weighted_n: 950, recall: 0.6 } } },
        disparities: { sex: { demographic_parity_ratio: { ...base.disparities.sex.demographic_parity_ratio, value: 0.7 } } },
      },
    });
    const md = render(report);
    const rows = diffTable(md);
    const row = (label: string) => rows.find((r) => r[0] === label);
    expect(row('ROC AUC')).toEqual(['ROC AUC', '0.8712', '0.8694', '+0.0018', '↑ better']);
    expect(row('F1')).toEqual(['F1', '0.7104', '0.7412', '-0.0308 [-0.0455, -0.0161]', '↓ worse']);
    // Lower log loss is better: a drop is an improvement.
    expect(row('log loss')).toEqual(['log loss', '0.41', '0.45', '-0.04 [-0.06, -0.02]', '↓ better']);
    expect(row('recall for race=b')).toEqual(['recall for race=b', '0.6154', '0.6', '+0.0154', '↑ better']);
    // No baseline value, nothing to compare: no row.
    expect(row('recall for race=c')).toBeUndefined();
    expect(row('demographic parity ratio over sex')).toEqual(['demographic parity ratio over sex', '0.7612', '0.7', '+0.0612', '↑ better']);
    expect(row('equalized odds difference over sex')).toBeUndefined();
    // Unfolded, right after the attention list and links.
    expect(md.indexOf('**Candidate vs baseline**')).toBeLessThan(md.indexOf('<details>'));
  });

  it('puts a lower difference between groups as better, and folds a diff too long to read at a glance', () => {
    const checks = Array.from({ length: 13 }, (_, i) =>
      sampleCheck({ id: `demographic_parity_difference[a${i}]`, metric: 'demographic_parity_difference' }),
    );
    const disparity = (value: number) => ({
      demographic_parity_difference: {
        value,
        relative_to: 'between_groups',
        groups: {},
        interval: null,
        undefined_groups: [],
        definition: 'max - min',
      },
    });
    const disparities = Object.fromEntries(checks.map((_, i) => [`a${i}`, disparity(0.1)]));
    const baselineDisparities = Object.fromEntries(checks.map((_, i) => [`a${i}`, disparity(i < 3 ? 0.05 : 0.2)]));
    const base = sampleReport();
    const md = render(sampleReport({ checks, disparities, baseline: { ...base.baseline!, disparities: baselineDisparities } }));
    expect(md).toContain('<details><summary>Candidate vs baseline: 13 gated metrics, 3 worse</summary>');
    expect(diffTable(md)[0]).toEqual(['demographic parity difference over a0', '0.1', '0.05', '+0.05', '↑ worse']);
    expect(diffTable(md)[3]).toEqual(['demographic parity difference over a3', '0.1', '0.2', '-0.1', '↓ better']);
  });

  it('says "= same" for no change and leaves the table out without a baseline', () => {
    const report = sampleReport({ checks: [sampleCheck({ id: 'roc_auc', metric: 'roc_auc' })] });
    report.baseline!.metrics.roc_auc = report.metrics.overall.roc_auc;
    expect(diffTable(render(report))).toEqual([['ROC AUC', '0.8712', '0.8712', '0', '= same']]);
    expect(render(sampleReport({ baseline: undefined }))).not.toContain('Candidate vs baseline');
  });
});

describe('calibration pictures', () => {
  const report = sampleReport({
    calibration: [
      { lower: 0, upper: 0.5, weight: 10, meanScore: 0.2, meanLabel: 0.1 },
      { lower: 0.5, upper: 1, weight: 0, meanScore: null, meanLabel: null },
    ],
    score_histogram: [
      { lower: 0, upper: 0.5, negative: 30, positive: 10 },
      { lower: 0.5, upper: 1, negative: 10, positive: 30 },
    ],
  });

  it('draws the reliability diagram (filled bins only) and the score distribution by label, folded', () => {
    const md = render(report);
    const folded = md.slice(md.indexOf('<summary>Calibration and score distribution'));
    const [reliability, distribution] = mermaidBlocks(folded);
    expect(reliability.slice(3, 7)).toEqual(['  x-axis ["0-0.5"]', '  y-axis "positive rate" 0 --> 1', '  bar [0.1]', '  line [0.2]']);
    expect(distribution.slice(3, 7)).toEqual([
      '  x-axis ["0-0.5", "0.5-1"]',
      '  y-axis "share of the class" 0 --> 0.825',
      '  bar [0.25, 0.75]',
      '  line [0.75, 0.25]',
    ]);
  });

  it('has no such section without the data', () => {
    expect(render(sampleReport())).not.toContain('Calibration and score distribution');
  });
});

describe('a large config (50 checks, 30 groups per attribute)', () => {
  const large = largeReport();
  const attention = large.checks.filter((c) => c.status !== 'pass');

  it.each([
    ['job summary', 1_048_576],
    ['review comment', 65_536],
    ['check run summary', 65_535],
  ])('reads in the %s: verdict, then failures first, the rest folded, under the limit', (_, limit) => {
    const md = render(large, limit);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(limit);
    expect(md.split('\n')[0]).toMatch(/^### ❌ modelgate evaluate: \*\*fail\*\* — \d+ failed/);
    const items = attentionItems(md);
    expect(items).toHaveLength(attention.length);
    const firstWarn = items.findIndex((item) => item.includes('**warn'));
    expect(items.slice(0, firstWarn).every((item) => item.startsWith('- ❌ **fail**'))).toBe(true);
    expect(items.slice(firstWarn).every((item) => item.startsWith('- ⚠️ **warn'))).toBe(true);
    // Everything after the attention list, links and charts is folded.
    const afterList = md.slice(md.indexOf(items.at(-1)!) + items.at(-1)!.length);
    const unfolded = afterList.replace(/<details>[\s\S]*?<\/details>/g, '').replace(/```mermaid[\s\S]*?```/g, '');
    // ... but the short baseline diff (ROC AUC and accuracy have a baseline value).
    expect(diffTable(unfolded).map((row) => row[0])).toEqual(['ROC AUC', 'accuracy']);
    expect(unfolded.split('\n').filter((line) => line.startsWith('|'))).toHaveLength(4);
  });
});
