import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../shared/report/escape.js';
import { renderMarkdown } from '../../shared/report/index.js';
import type { Check, MetricBlock, Report } from '../../shared/report/model.js';
import { attentionItems, cells, checkTable, mermaidBlocks, tables, unescapedCount, withoutMermaid } from './markdown-helpers.js';
import { largeReport, sampleCheck, sampleReport } from './sample-report.js';

const COMMENT = 65_536;
const SUMMARY = 1_048_576;
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const render = (report: Report, maxChars = SUMMARY, extra: Partial<Parameters<typeof renderMarkdown>[1]> = {}) =>
  renderMarkdown(report, { maxChars, ...extra });

describe('renderMarkdown: verdict and attention table', () => {
  it('starts with the verdict, gate and counts', () => {
    const md = render(sampleReport());
    expect(md.split('\n')[0]).toBe(
      '### ❌ modelgate evaluate: **fail** — 2 failed, 1 warning, 1 inconclusive of 9 checks — 10 of 2000 rows skipped \\(missing\\_value: 7, score\\_out\\_of\\_range: 3\\)',
    );
  });

  it('puts the marker first, on its own line, then the verdict', () => {
    const lines = render(sampleReport(), COMMENT, { marker: '<!-- modelgate:evaluate -->' }).split('\n');
    expect(lines[0]).toBe('<!-- modelgate:evaluate -->');
    expect(lines[1]).toMatch(/^### ❌ modelgate evaluate: \*\*fail\*\*/);
  });

  it('rejects a marker that is not one hidden comment', () => {
    expect(() => render(sampleReport(), COMMENT, { marker: 'modelgate' })).toThrow(TypeError);
    expect(() => render(sampleReport(), COMMENT, { marker: '<!-- a --> visible <!-- b -->' })).toThrow(TypeError);
  });

  it('for verdict error, follows the verdict with the error kind, location and message', () => {
    const report = sampleReport({
      checks: [],
      verdict: 'error',
      counts: { pass: 0, warn: 0, fail: 0, inconclusive: 0, error: 0 },
      error: {
        kind: 'DataError',
        message: 'column "score" not found; columns are id, label',
        file: 'eval/predictions.csv',
        line: 1,
        column: 7,
      },
    });
    const lines = render(report).split('\n');
    expect(lines[0]).toBe(
      '### 🛑 modelgate evaluate: **error** — the gate could not be evaluated — 10 of 2000 rows skipped \\(missing\\_value: 7, score\\_out\\_of\\_range: 3\\)',
    );
    expect(lines[1]).toBe('🛑 **DataError** at eval/predictions.csv:1:7: column &quot;score&quot; not found; columns are id, label');
  });

  it('shows no made-up metrics or data for a gate that errored before reading anything', () => {
    const base = sampleReport();
    const report = sampleReport({
      checks: [],
      verdict: 'error',
      counts: { pass: 0, warn: 0, fail: 0, inconclusive: 0, error: 0 },
      data: { ...base.data, files: [], rowsRead: 0, rowsUsed: 0 },
      error: { kind: 'ConfigError', message: 'unknown key `mni`', file: '.modelgate.yml', line: 9, column: 7 },
    });
    const md = render(report);
    expect(md).not.toContain('<summary>Data');
    expect(md).not.toContain('<summary>Overall metrics');
    expect(render({ ...report, data: { ...report.data, rowsRead: 10 } })).toContain('<summary>Data');
  });

  it('counts errors in the verdict line when there are some', () => {
    const checks = [sampleCheck({ id: 'ece', status: 'error', reason: 'needs scores' }), sampleCheck({ id: 'f1' })];
    expect(render(sampleReport({ checks })).split('\n')[0]).toBe(
      '### 🛑 modelgate evaluate: **error** — 0 failed, 1 error, 0 warnings, 0 inconclusive of 2 checks — 10 of 2000 rows skipped \\(missing\\_value: 7, score\\_out\\_of\\_range: 3\\)',
    );
  });

  it('lists the checks that need attention as fail, error, inconclusive, warn, with their evidence', () => {
    const base = sampleReport();
    const errored = sampleCheck({
      id: 'ece',
      title: 'expected calibration error',
      status: 'error',
      value: null,
      bound: { max: 0.05, on: 'upper_bound' },
      n: null,
      reason: 'needs a confidence interval',
    });
    const md = render(sampleReport({ checks: [errored, ...base.checks] }));
    const attention = checkTable(md)!;
    expect(md).toContain('<details><summary>Evidence: value, bound, interval and n of the 5 checks above</summary>');
    // No Reason column: the attention lines above say it; once is enough.
    expect(cells(attention[0])).toEqual(['Status', 'Check', 'Value', 'Bound', 'Interval', 'n']);
    for (const check of base.checks.filter((c) => c.status !== 'pass')) expect(md.split(escapeMarkdown(check.reason)).length - 1).toBe(1);
    const rows = attention.slice(2).map(cells);
    expect(rows.map((r) => r[1])).toEqual([
      'F1 vs baseline',
      'recall for race=b',
      'expected calibration error',
      'recall for race=c',
      'demographic parity ratio over sex',
    ]);
    expect(rows[0].slice(0, 6)).toEqual([
      '❌ fail',
      'F1 vs baseline',
      '0.7104 (baseline 0.7412, Δ -0.0308)',
      'drop ≤ 0.01',
      '[0.6872, 0.7311], Δ [-0.0455, -0.0161]',
      '1990',
    ]);
    expect(rows[1].slice(2, 6)).toEqual(['0.6154', '≥ 0.7', '[0.5621, 0.6702]', '954']);
    expect(rows[2].slice(0, 6)).toEqual(['🛑 error', 'expected calibration error', '— (undefined)', '≤ 0.05 (upper bound)', '—', '—']);
    expect(rows[3].slice(0, 3)).toEqual(['❔ inconclusive', 'recall for race=c', '— (undefined)']);
    expect(rows[4][0]).toBe('⚠️ warn (was fail)');
    // A disparity shows the n of the two groups it compares, not the overall n.
    expect(rows[4][5]).toMatch(/^F=\d+, M=\d+$/);
  });

  it('says all checks passed instead of an empty table', () => {
    const checks = [sampleCheck({ id: 'roc_auc' }), sampleCheck({ id: 'f1' }), sampleCheck({ id: 'accuracy' })];
    const md = render(sampleReport({ checks }));
    expect(md.split('\n')[0]).toBe(
      '### ✅ modelgate evaluate: **pass** — 0 failed, 0 warnings, 0 inconclusive of 3 checks — 10 of 2000 rows skipped \\(missing\\_value: 7, score\\_out\\_of\\_range: 3\\)',
    );
    expect(md.split('\n\n')[1]).toBe('All 3 checks passed.');
    expect(md).toContain('<details><summary>Passing checks (3)</summary>');
  });

  it('shows a pass granted by the inconclusive policy as such', () => {
    const checks = [sampleCheck({ id: 'recall[race=c]', status: 'pass', raw_status: 'inconclusive', value: null })];
    expect(render(sampleReport({ checks }))).toContain('| ✅ pass (was inconclusive) | recall\\[race=c\\] | — (undefined) |');
  });
});

describe('renderMarkdown: links', () => {
  it('puts the full-report links right after the attention list', () => {
    const md = render(sampleReport(), COMMENT, {
      links: { htmlReport: 'https://example.com/r/report (1).html', run: 'https://github.com/o/r/actions/runs/42' },
    });
    const blocks = md.split('\n\n');
    const tableAt = blocks.findIndex((b) => b.startsWith('- ❌ **fail**'));
    expect(blocks[tableAt + 1]).toBe(
      'Full report: [HTML report](<https://example.com/r/report%20(1).html>) · [workflow run](<https://github.com/o/r/actions/runs/42>)',
    );
  });

  it('does not link anything but http(s), and encodes what could end the link', () => {
    const md = render(sampleReport(), COMMENT, { links: { htmlReport: 'javascript:alert(1)', run: 'https://x.test/a>b<c' } });
    expect(md).toContain('Full report: HTML report: javascript:alert\\(1\\) · [workflow run](<https://x.test/a%3Eb%3Cc>)');
  });

  it('has no links line without links', () => {
    expect(render(sampleReport())).not.toContain('Full report:');
  });
});

const NULL_LEGEND = '— = undefined: a zero denominator (no positives, one class only) or no rows.';

describe('renderMarkdown: folded sections', () => {
  const md = render(sampleReport());

  it('folds the rest in a fixed order', () => {
    const order = [
      'Evidence: value, bound, interval and n of the 4 checks above',
      'Passing checks (5)',
      'Group charts',
      'Groups: sex (2 values)',
      'Groups: race (3 values)',
      'Intersection: sex &amp; race (6 values)',
      'Slices: region (2 values)',
      'Overall metrics',
      'Disparities',
      'Baseline comparison',
      'Data',
      'Notes',
    ];
    const positions = order.map((summary) => md.indexOf(`<details><summary>${summary}</summary>\n\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(md.match(/<details>/g)).toHaveLength(order.length);
    expect(md.match(/\n\n<\/details>/g)).toHaveLength(order.length);
  });

  it('lists the passing checks with their bounds', () => {
    expect(md).toContain('| ✅ pass | ROC AUC | 0.8712 | ≥ 0.8 (lower bound) | [0.8513, 0.8897] | 1990 |');
  });

  it('shows group tables with the gated metrics first, then the core ones, intervals and undefined values', () => {
    const race = tables(md).find((t) => t[0].startsWith('| race |'))!;
    expect(cells(race[0])).toEqual([
      'race',
      'n',
      'weighted n',
      'recall',
      'selection rate',
      'true positive rate',
      'false positive rate',
      'precision',
      'ROC AUC',
    ]);
    expect(cells(race[2])).toEqual(['a', '1012', '1012', '0.7821 [0.7402, 0.8203]', '0.3801', '0.7821', '0.1102', '0.7702', '0.8911']);
    expect(cells(race[4])).toEqual(['c', '24', '24', '—', '0.0833', '—', '0.0833', '—', '—']);
    expect(md).toContain(`| c | 24 | 24 | — | 0.0833 | — | 0.0833 | — | — |\n\n${NULL_LEGEND}`);
    // Disparity checks over sex gate the rates they compare: selection rate, and TPR and FPR for equalized odds.
    const sex = tables(md).find((t) => t[0].startsWith('| sex |'))!;
    expect(cells(sex[0])).toEqual([
      'sex',
      'n',
      'weighted n',
      'selection rate',
      'true positive rate',
      'false positive rate',
      'precision',
      'ROC AUC',
    ]);
    expect(cells(sex[2])[3]).toBe('0.3052 [0.2771, 0.3342]');
  });

  it('shows intersections and slices with the metrics they have', () => {
    const inter = tables(md).find((t) => t[0].startsWith('| sex &amp; race |'))!;
    expect(cells(inter[0]).slice(3)).toEqual(['selection rate', 'true positive rate', 'false positive rate']);
    expect(inter).toHaveLength(2 + 6);
    expect(md).toContain('| eu | 1203 | 1203 | 0.3401 | 0.8755 |');
  });

  it('shows overall metrics, disparities, baseline, data and notes', () => {
    expect(md).toContain('| ROC AUC | 0.8712 | [0.8513, 0.8897] |');
    expect(md).toContain(
      '| sex | demographic parity ratio | 0.7612 | [0.7011, 0.8234] | lowest: F; highest: M | selection rate: min ÷ max over groups \\(Fairlearn between\\_groups\\) |',
    );
    expect(md).toContain('| race | demographic parity ratio | — | — | lowest: c; highest: a; undefined: c \\(n &lt; 30\\) |');
    expect(md).toContain('Baseline eval/baseline.csv, rows joined by id.');
    expect(md).toContain('| F1 | 0.7104 | 0.7412 | -0.0308 | [-0.0455, -0.0161] |');
    expect(md).toContain('| ROC AUC | 0.8712 | 0.8694 | +0.0018 | — |');
    expect(md).toContain(
      '| Rows read | 2000 |\n| Rows used | 1990 |\n| Rows skipped | 10 (missing\\_value: 7, score\\_out\\_of\\_range: 3) |',
    );
    expect(md).toContain('| Threshold | 0.5: score &gt;= 0.5 is positive |');
    expect(md).toContain('| eval/predictions.csv:240 | score | 1.7 | score\\_out\\_of\\_range |');
    expect(md).toContain('- Groups with fewer than 30 rows are inconclusive, never dropped.');
  });

  it('explains `—` only where a value is undefined', () => {
    const overall = md.slice(md.indexOf('<summary>Overall metrics'), md.indexOf('<summary>Disparities'));
    expect(overall).not.toContain(NULL_LEGEND);
    const disparities = md.slice(md.indexOf('<summary>Disparities'), md.indexOf('<summary>Baseline'));
    expect(disparities).toContain(NULL_LEGEND);
  });

  it('leaves out sections the report does not have', () => {
    const bare = render(sampleReport({ baseline: undefined, disparities: {}, notes: [] }));
    expect(bare).not.toContain('<summary>Baseline');
    expect(bare).not.toContain('<summary>Disparities');
    expect(bare).not.toContain('<summary>Notes');
  });
});

describe('renderMarkdown: charts', () => {
  it('charts a group check needing attention unfolded, with the bound as a line and undefined groups counted', () => {
    const md = render(sampleReport());
    const firstDetails = md.indexOf('<details>');
    const [recall] = mermaidBlocks(md.slice(0, firstDetails));
    expect(recall).toEqual([
      '```mermaid',
      'xychart-beta',
      '  title "recall by race, line at the bound 0.7, 1 undefined not shown"',
      '  x-axis ["a", "b"]',
      '  y-axis "recall" 0 --> 1',
      '  bar [0.7821, 0.6154]',
      '  line [0.7, 0.7]',
      '```',
    ]);
    // The demographic parity check (warn) charts the selection rate it compares.
    const parity = mermaidBlocks(md.slice(0, firstDetails))[1];
    expect(parity).toContain('  bar [0.3052, 0.401]');
    // Demographic parity ratio ≥ 0.8: the four-fifths line at 0.8 × the highest selection rate.
    expect(parity).toContain('  line [0.3208, 0.3208]');
    expect(parity[2]).toContain('line at 0.8 times the highest group = 0.3208');
  });

  it('folds charts of passing checks', () => {
    const md = render(sampleReport());
    const folded = md.slice(md.indexOf('<summary>Group charts'), md.indexOf('<summary>Groups: sex'));
    // Equalized odds difference ≤ 0.1 between groups: every group's rate within 0.1 of the highest one.
    expect(mermaidBlocks(folded).map((b) => b[2])).toEqual([
      '  title "true positive rate by sex, line at the highest group minus 0.1 = 0.6123"',
      '  title "false positive rate by sex, line at the highest group minus 0.1 = 0.0601"',
    ]);
    const tpr = mermaidBlocks(folded)[0];
    const highest = Math.max(...JSON.parse(tpr[5].replace('  bar ', '')));
    expect(tpr[6]).toBe(`  line [${[0, 0].map(() => Number((highest - 0.1).toPrecision(4))).join(', ')}]`);
  });

  it('sanitizes and de-duplicates labels, and leaves the axis open for values outside [0, 1]', () => {
    const groups: Record<string, MetricBlock> = {
      'a "b"\nc': { n: 50, weighted_n: 50, log_loss: 1.25 },
      'a<b': { n: 50, weighted_n: 50, log_loss: 0.5 },
      'a>b': { n: 50, weighted_n: 50, log_loss: 0.75 },
    };
    const checks: Check[] = Object.keys(groups).map((g) =>
      sampleCheck({ id: `log_loss[x=${g}]`, metric: 'log_loss', scope: { x: g }, status: 'fail', bound: { max: 0.6, on: 'point' } }),
    );
    const report = sampleReport({ checks, metrics: { ...sampleReport().metrics, groups: { x: groups } } });
    const [chart] = mermaidBlocks(render(report));
    expect(chart).toContain('  x-axis ["a _b_ c", "a_b", "a_b (2)"]');
    expect(chart).toContain('  y-axis "log loss"');
    expect(chart).toContain('  bar [1.25, 0.5, 0.75]');
    expect(chart).toContain('  line [0.6, 0.6, 0.6]');
  });
});

/** Strings that would become markup, links, mentions, math, broken tables or broken lines if not escaped. */
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '| x |',
  '[link](javascript:alert(1))',
  '`rm -rf /`',
  '**bold** _it_ ~~gone~~',
  '# heading',
  '![img](https://x.test/y.png)',
  '@octocat',
  'line\nbreak',
  '$x^2$',
  `"double" 'single'`,
  '&amp;',
  'a\\|b',
  '<script>alert(1)</script>',
  '<!-- hidden -->',
  '<details open>',
  '\u202eevil',
  '```',
  '=cmd|x',
  '-',
  '+1',
];

function hostileReport(): Report {
  const attribute = '<b>col|umn</b>';
  const block = (i: number): MetricBlock => ({
    n: 40 + i,
    weighted_n: 40 + i,
    recall: i % 3 ? 0.5 + i / 100 : null,
    selection_rate: 0.3 + i / 100,
  });
  const groups = Object.fromEntries(HOSTILE.map((value, i) => [value, block(i)]));
  const checks = HOSTILE.map((value, i) =>
    sampleCheck({
      id: `recall[${attribute}=${value}]`,
      title: `recall for ${attribute}=${value}`,
      metric: 'recall',
      scope: { [attribute]: value },
      status: i % 2 ? 'fail' : 'pass',
      value: groups[value].recall,
      n: 40 + i,
      reason: `recall for ${attribute}=${value} is low`,
    }),
  );
  checks.push(
    sampleCheck({
      id: `demographic_parity_ratio[${attribute}]`,
      metric: 'demographic_parity_ratio',
      title: `dp over ${attribute}`,
      status: 'fail',
      value: 0.5,
      reason: `${HOSTILE[0]} vs ${HOSTILE[2]}`,
    }),
  );
  const base = sampleReport();
  return sampleReport({
    checks,
    metrics: {
      overall: { n: 1000, weighted_n: 1000, recall: 0.6, [HOSTILE[2]]: 0.5 },
      groups: { [attribute]: groups },
      intersections: { [`${attribute} & ${HOSTILE[1]}`]: groups },
      slices: { [HOSTILE[3]]: groups },
    },
    intervals: { overall: {}, groups: { [attribute]: { [HOSTILE[0]]: { recall: [0.1, 0.2] } } } },
    disparities: {
      [attribute]: {
        demographic_parity_ratio: {
          value: 0.5,
          relative_to: 'between_groups',
          groups: { min: HOSTILE[0], max: HOSTILE[1] },
          interval: null,
          undefined_groups: HOSTILE,
          definition: HOSTILE.join(' '),
        },
      },
    },
    baseline: { file: HOSTILE[2], join: 'id', metrics: { n: 1000, weighted_n: 1000, [HOSTILE[5]]: 0.4 } },
    data: {
      ...base.data,
      files: HOSTILE,
      threshold_rule: HOSTILE[13],
      skippedSamples: HOSTILE.map((value, line) => ({ reason: 'bad_json', file: HOSTILE[0], line, column: HOSTILE[1], value })),
    },
    config: { file: HOSTILE[4] },
    notes: HOSTILE,
  });
}

/** Tags and comments the renderer itself writes; anything else starting with `<` came from data. */
const OWN_MARKUP = /<\/?details>|<\/?summary>|<!-- modelgate:evaluate -->/g;

describe('renderMarkdown: escaping user data', () => {
  const md = render(hostileReport(), SUMMARY, { marker: '<!-- modelgate:evaluate -->' });
  const text = withoutMermaid(md);

  it('renders every hostile string, escaped, rather than dropping it', () => {
    for (const value of HOSTILE) expect(md).toContain(escapeMarkdown(value));
  });

  it('lets no tag, comment or entity-free `<`/`>` from data through', () => {
    const rest = text.replace(OWN_MARKUP, '');
    expect(rest).not.toMatch(/[<>]/);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<script');
    expect(md).not.toContain('<details open');
  });

  it('keeps every table row at its header cell count', () => {
    const all = tables(text);
    expect(all.length).toBeGreaterThan(5);
    for (const rows of all) {
      const width = unescapedCount(rows[0], '|');
      for (const row of rows) expect(unescapedCount(row, '|'), row).toBe(width);
      expect(cells(rows[1]).every((c) => c === '---')).toBe(true);
    }
  });

  it('leaves no link, image, code span, emphasis, strikethrough, math or mention syntax from data', () => {
    // Summary lines are raw HTML, where GitHub parses no Markdown (checked below).
    const markdownOnly = text.replace(/^<details><summary>.*<\/summary>$/gm, '');
    expect(unescapedCount(markdownOnly, '](')).toBe(0);
    expect(unescapedCount(markdownOnly, '![')).toBe(0);
    expect(unescapedCount(markdownOnly, '`')).toBe(0);
    // Only the verdict's own **fail** and each attention item's **status**.
    expect(attentionItems(markdownOnly).length).toBeGreaterThan(0);
    expect(unescapedCount(markdownOnly, '*')).toBe(4 + 4 * attentionItems(markdownOnly).length);
    expect(unescapedCount(markdownOnly, '_')).toBe(0);
    expect(unescapedCount(markdownOnly, '~')).toBe(0);
    expect(unescapedCount(markdownOnly, '$')).toBe(0);
    expect(unescapedCount(markdownOnly, '[')).toBe(unescapedCount(markdownOnly, ']'));
    expect(md).not.toMatch(/@octocat/);
  });

  it('keeps data on one line', () => {
    expect(md).not.toMatch(/line\nbreak/);
    expect(md).toContain('line break');
    expect(md).not.toContain('\u202e');
  });

  it('escapes summaries for HTML, where Markdown escapes would show', () => {
    const summaries = md.match(/<summary>.*?<\/summary>/g)!;
    expect(summaries).toContain('<summary>Groups: &lt;b&gt;col|umn&lt;/b&gt; (21 values)</summary>');
    expect(summaries).toContain('<summary>Slices: `rm -rf /` (21 values)</summary>');
    for (const s of summaries) expect(s.slice('<summary>'.length, -'</summary>'.length)).not.toMatch(/[<>]/);
  });

  it('writes mermaid blocks only from whitelisted characters', () => {
    const blocks = mermaidBlocks(md);
    expect(blocks.length).toBeGreaterThan(0);
    const label = `"[\\p{L}\\p{N} _.,:/+=()'…-]*"`;
    const grammar = [
      /^```mermaid$/u,
      /^xychart-beta$/u,
      new RegExp(`^  title ${label}$`, 'u'),
      new RegExp(`^  x-axis \\[${label}(, ${label})*\\]$`, 'u'),
      new RegExp(`^  y-axis ${label}( 0 --> 1)?$`, 'u'),
      /^ {2}bar \[[-0-9.e]+(, [-0-9.e]+)*\]$/u,
    ];
    for (const block of blocks) {
      grammar.forEach((pattern, i) => expect(block[i]).toMatch(pattern));
      expect(block.at(-1)).toBe('```');
    }
  });

  it('escapes the error message and its location', () => {
    const report = sampleReport({
      checks: [],
      verdict: 'error',
      counts: { pass: 0, warn: 0, fail: 0, inconclusive: 0, error: 0 },
      error: {
        kind: 'ConfigError',
        message: `unknown metric ${HOSTILE[0]}\n${HOSTILE[2]}`,
        file: HOSTILE[1],
        line: 3,
        column: 9,
        path: '/evaluate/gates/0',
      },
    });
    expect(render(report).split('\n')[1]).toBe(
      '🛑 **ConfigError** at \\| x \\|:3:9 at /evaluate/gates/0: unknown metric &lt;img src=x onerror=alert\\(1\\)&gt; \\[link\\]\\(javascript:alert\\(1\\)\\)',
    );
  });
});

describe('renderMarkdown: one passing check', () => {
  it('says "The 1 check passed", not "All 1 check passed"', () => {
    const md = render(sampleReport({ checks: [sampleCheck({ id: 'roc_auc' })] }));
    expect(md.split('\n\n')[1]).toBe('The 1 check passed.');
    expect(md).not.toContain('All 1 check');
  });
});

describe('renderMarkdown: skipped rows', () => {
  it('says next to the verdict how many rows were skipped and why, and nothing when none were', () => {
    const data = { ...sampleReport().data, rowsRead: 240, rowsUsed: 160, rowsSkipped: { non_numeric_score: 80 } };
    const checks = [sampleCheck({ id: 'roc_auc' })];
    expect(render(sampleReport({ checks, data })).split('\n')[0]).toBe(
      '### ✅ modelgate evaluate: **pass** — 0 failed, 0 warnings, 0 inconclusive of 1 check — 80 of 240 rows skipped \\(non\\_numeric\\_score\\)',
    );
    const clean = { ...data, rowsUsed: 240, rowsSkipped: {} };
    expect(render(sampleReport({ checks, data: clean })).split('\n')[0]).toBe(
      '### ✅ modelgate evaluate: **pass** — 0 failed, 0 warnings, 0 inconclusive of 1 check',
    );
  });
});

describe('renderMarkdown: an error known only by its config pointer', () => {
  it('says "at" once', () => {
    const report = sampleReport({
      checks: [],
      verdict: 'error',
      counts: { pass: 0, warn: 0, fail: 0, inconclusive: 0, error: 0 },
      error: { kind: 'ConfigError', message: 'data.score names 3 columns for 2 classes', path: '/data/score' },
    });
    expect(render(report).split('\n')[1]).toBe('🛑 **ConfigError** at /data/score: data.score names 3 columns for 2 classes');
  });
});

describe('renderMarkdown: size limits', () => {
  const large = largeReport();
  const full = render(large, SUMMARY);
  const verdict = full.split('\n')[0];
  const attentionCount = large.checks.filter((c) => c.status !== 'pass').length;

  const wellFormed = (md: string) => {
    for (const rows of tables(withoutMermaid(md))) {
      const width = unescapedCount(rows[0], '|');
      for (const row of rows) expect(unescapedCount(row, '|')).toBe(width);
    }
    expect(md.match(/<details>/g)?.length ?? 0).toBe(md.match(/<\/details>/g)?.length ?? 0);
  };

  it('keeps everything when it fits in the 1 MiB summary', () => {
    expect(bytes(full)).toBeGreaterThan(COMMENT);
    expect(bytes(full)).toBeLessThanOrEqual(SUMMARY);
    expect(full).not.toContain('Left out');
    expect(full.match(/<summary>Groups: /g)).toHaveLength(3);
    expect(attentionItems(full)).toHaveLength(attentionCount);
    expect(checkTable(full)).toHaveLength(2 + attentionCount);
    expect(render(large, bytes(full))).toBe(full);
  });

  it('fits the 65,536 comment limit by folding away the group tables first', () => {
    const md = render(large, COMMENT, { marker: '<!-- modelgate:evaluate -->' });
    expect(bytes(md)).toBeLessThanOrEqual(COMMENT);
    expect(md.split('\n').slice(0, 2)).toEqual(['<!-- modelgate:evaluate -->', verdict]);
    expect(md).not.toContain('<summary>Groups: ');
    expect(md).toContain('<summary>Passing checks (');
    expect(md).toContain('<summary>Overall metrics</summary>');
    expect(md).toContain('_Left out to fit the size limit: group, intersection and slice tables. See the full report._');
    expect(attentionItems(md)).toHaveLength(attentionCount);
    wellFormed(md);
  });

  it('drops detail in order: group tables, then passing checks, evidence and charts, then the other sections, then attention items', () => {
    const steps: string[] = [full];
    for (let limit = bytes(full) - 1; steps.length < 5; limit = bytes(steps.at(-1)!) - 1) steps.push(render(large, limit));
    const has = (md: string) => [
      md.includes('<summary>Groups: '),
      md.includes('<summary>Passing checks'),
      md.includes('```mermaid'),
      md.includes('<summary>Overall metrics'),
      attentionItems(md).length === attentionCount,
    ];
    expect(steps.map(has)).toEqual([
      [true, true, true, true, true],
      [false, true, true, true, true],
      [false, false, false, true, true],
      [false, false, false, false, true],
      [false, false, false, false, false],
    ]);
    expect(steps[4]).toContain('… 1 more check, see the full report.');
    for (const md of steps) {
      expect(md.startsWith(`${verdict}\n`)).toBe(true);
      wellFormed(md);
    }
  });

  it('truncates the attention list to fit a small limit and says how many are left', () => {
    const md = render(large, 3_000, { links: { run: 'https://github.com/o/r/actions/runs/1' } });
    expect(bytes(md)).toBeLessThanOrEqual(3_000);
    expect(md.split('\n')[0]).toBe(verdict);
    const shown = attentionItems(md).length;
    expect(shown).toBeGreaterThan(0);
    expect(md).toContain(`… ${attentionCount - shown} more checks, see the full report.`);
    expect(md).toContain('Full report: [workflow run](<https://github.com/o/r/actions/runs/1>)');
    wellFormed(md);
    // The items that stayed are the first ones, in attention order.
    expect(attentionItems(md)[0]).toBe(attentionItems(full)[0]);
  });

  it('counts the limit in UTF-8 bytes, never fewer than characters', () => {
    for (const limit of [4_000, 20_000, 50_000]) {
      const md = render(large, limit);
      expect(bytes(md)).toBeLessThanOrEqual(limit);
      expect(md.length).toBeLessThan(bytes(md));
    }
  });

  it('never drops the verdict or the error, shortening only an overlong error message', () => {
    const message = `cannot parse ${'x'.repeat(100_000)}`;
    const report = { ...large, verdict: 'error' as const, error: { kind: 'DataError', message, file: 'eval/p.csv', line: 3, column: 2 } };
    const md = render(report, 3_000);
    expect(bytes(md)).toBeLessThanOrEqual(3_000);
    const lines = md.split('\n');
    expect(lines[0]).toMatch(/^### 🛑 modelgate evaluate: \*\*error\*\*/);
    expect(lines[1]).toMatch(/^🛑 \*\*DataError\*\* at eval\/p.csv:3:2: cannot parse x+…$/);
    expect(bytes(md)).toBeGreaterThan(2_900);
    expect(md).toContain(`… ${attentionCount} more checks, see the full report.`);

    const short = { ...report, error: { ...report.error, message: 'cannot parse line 3' } };
    const kept = render(short, 3_000);
    expect(kept.split('\n')[1]).toBe('🛑 **DataError** at eval/p.csv:3:2: cannot parse line 3');
  });

  it('refuses a limit too small for the verdict line', () => {
    expect(() => render(large, 40)).toThrow(RangeError);
  });
});

describe('renderMarkdown: determinism', () => {
  it('gives the same text for the same report', () => {
    const options = { maxChars: COMMENT, marker: '<!-- modelgate:evaluate -->', links: { run: 'https://x.test/run' } };
    const once = renderMarkdown(largeReport(), options);
    expect(renderMarkdown(largeReport(), options)).toBe(once);
    expect(renderMarkdown(structuredClone(largeReport()), options)).toBe(once);
    expect(renderMarkdown(sampleReport(), options)).toBe(renderMarkdown(sampleReport(), options));
  });
});
