import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, renderHtml } from '../../shared/report/html.js';
import { writeReportFiles } from '../../shared/report/publish.js';
import { hostileHtmlReport } from './hostile-report.js';
import { sampleReport } from './sample-report.js';

describe('renderHtml', () => {
  const html = renderHtml(sampleReport());

  it('forbids scripts and remote loads by Content-Security-Policy, and has no script or remote URL itself', () => {
    expect(CONTENT_SECURITY_POLICY).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(/i);
    // The only URLs are SVG namespaces.
    expect(html.match(/https?:\/\/[^"\s]+/g)?.every((url) => url === 'http://www.w3.org/2000/svg')).toBe(true);
  });

  it('opens with the verdict, then what needs attention, then the baseline diff', () => {
    const body = html.slice(html.indexOf('<body>'));
    expect(body).toMatch(
      /^<body>\n<header id="verdict" class="verdict v-fail"><h1><svg class="icon"[^>]*aria-label="fail">.*?<\/svg> modelgate evaluate: fail<\/h1><p>2 failed, 1 warning, 1 inconclusive of 9 checks — 10 of 2000 rows skipped \(missing_value: 7, score_out_of_range: 3\)<\/p>/,
    );
    const order = [
      'id="verdict"',
      'id="attention"',
      'id="baseline"',
      'id="checks"',
      'id="group-charts"',
      'id="groups"',
      'id="details"',
    ].map((s) => html.indexOf(s));
    expect(order.every((p) => p > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('gives a disparity check the n of the groups it compares, as the Markdown does, not the overall n', () => {
    const row = html.slice(html.indexOf('demographic parity ratio over sex</td>'));
    const cells = row.slice(0, row.indexOf('</tr>'));
    expect(cells).toMatch(/<td class="num">F=\d+, M=\d+<\/td>/);
  });

  it('draws status marks as inline SVG, not emoji, which render as empty boxes without an emoji font', () => {
    expect(html).not.toMatch(/[\u2705\u274c\u26a0\u{1f6d1}\u2754]/u);
    for (const status of ['fail', 'warn', 'inconclusive']) expect(html).toMatch(new RegExp(`<svg class="icon"[^>]*aria-label="${status}"`));
  });

  it('draws the group bars with the bound line, and calibration, distribution, ROC and PR charts when the report has them', () => {
    expect(html).toMatch(/<svg[^>]*aria-label="recall by race, line at the bound 0.7, 1 undefined not shown"/);
    expect(html).toContain('class="bound"');
    const withCurves = renderHtml(
      sampleReport({
        calibration: [{ lower: 0, upper: 1, weight: 3, meanScore: 0.4, meanLabel: 0.33 }],
        score_histogram: [{ lower: 0, upper: 1, negative: 2, positive: 1 }],
        curves: {
          overall: { roc: { fpr: [0, 0.5, 1], tpr: [0, 1, 1] }, pr: { recall: [0, 1], precision: [1, 0.5] } },
          groups: { race: { a: { roc: { fpr: [0, 1], tpr: [0, 1] }, pr: { recall: [0, 1], precision: [1, 0.4] } } } },
        },
      }),
    );
    for (const title of [
      'Reliability diagram',
      'Score distribution by true label',
      'ROC curve by race',
      'Precision-recall curve by race',
    ]) {
      expect(withCurves).toMatch(new RegExp(`<svg[^>]*aria-label="${title}`));
    }
    // The ROC path of group a runs from (0, 0) to (1, 1) of the plot square.
    expect(withCurves).toMatch(
      /<path d="M[\d.]+ [\d.]+ L[\d.]+ [\d.]+" fill="none" stroke="#E69F00" stroke-width="2"><title>race=a<\/title>/,
    );
  });

  it('escapes every value from data or config', () => {
    const hostile = renderHtml(hostileHtmlReport());
    expect(hostile).not.toContain('<img src=x');
    expect(hostile).not.toContain('<script>');
    expect(hostile).toContain('&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;');
  });

  it('is written as report.html beside report.json', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'modelgate-html-'));
    try {
      const files = await writeReportFiles(sampleReport(), dir);
      expect(files.html).toBe(path.join(dir, 'report.html'));
      expect(readFileSync(files.html, 'utf8')).toBe(renderHtml(sampleReport()));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
