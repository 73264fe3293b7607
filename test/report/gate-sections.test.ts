// A gate's own sections (train: sample, training, lineage) reach the HTML report as well as the Markdown, escaped.
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../shared/report/html.js';
import { renderMarkdown } from '../../shared/report/markdown.js';
import { sampleReport } from './sample-report.js';

const hostile = 'data/<img src=x onerror=alert(1)>|`x`.csv';
const report = sampleReport({
  gate: 'train',
  sections: {
    train: {
      trainer: 'built-in',
      model: 'logistic_regression',
      backend: 'wasm',
      epochs: 12,
      loss: [0.69, 0.41],
      weights_sha256: 'a'.repeat(64),
      sample: {
        method: 'stratified',
        seed: 7,
        rows_read: 10000,
        rows: 2000,
        train_rows: 1600,
        holdout_rows: 400,
        strata: { '<b>bold</b>': { rows: 10, sampled: 2 } },
      },
    },
    lineage: {
      git: { commit: 'abc123', ref: 'refs/pull/7/merge' },
      config: { file: '.modelgate.yml', sha256: 'b'.repeat(64) },
      inputs: [{ file: hostile, sha256: 'c'.repeat(64), bytes: 1234 }],
      model: { dir: 'model', files: [{ file: 'model.json', sha256: 'd'.repeat(64), bytes: 99 }] },
    },
  },
});

describe('gate sections', () => {
  it('train lineage, sample and training reach report.html, every value escaped', () => {
    const html = renderHtml(report);
    expect(html).toContain('About this train run');
    expect(html).toContain('<summary>Lineage (model card)</summary>');
    expect(html).toContain(`<code>${'c'.repeat(64)}</code>`);
    expect(html).toContain('data/&lt;img src=x onerror=alert(1)&gt;|`x`.csv');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('<summary>Sample: 2000 of 10000 rows (stratified, seed 7)</summary>');
  });

  it('and stay in the Markdown as before', () => {
    const markdown = renderMarkdown(report, { maxChars: 65_536 });
    expect(markdown).toContain('<summary>Lineage (model card)</summary>');
    expect(markdown).toContain(`\` ${'c'.repeat(64)} \``);
    expect(markdown).not.toContain('<img src=x');
  });
});
