import { describe, expect, it } from 'vitest';
import { HISTORY_LENGTH, historyBlock, readHistory, runRecord, type RunRecord } from '../../shared/report/history.js';
import { renderMarkdown } from '../../shared/report/index.js';
import { tables } from './markdown-helpers.js';
import { sampleCheck, sampleReport } from './sample-report.js';

const sha = (n: number) => n.toString(16).padStart(40, 'a');
const record = (n: number, verdict: RunRecord['verdict'] = 'fail'): RunRecord => ({
  sha: sha(n),
  verdict,
  counts: { fail: n, warn: 0, inconclusive: 0, error: 0 },
  url: `https://github.com/o/r/actions/runs/${n}`,
});
const MARKER = '<!-- modelgate:evaluate -->';

describe('run history in the sticky comment', () => {
  it('reads back what it wrote: this run first, then the previous ones', () => {
    const block = historyBlock(record(3), [record(2), record(1)]);
    expect(readHistory(`${MARKER}\nbody\n${block}\n`)).toEqual([record(3), record(2), record(1)]);
  });

  it('shows only previous runs, folded, newest first, with short SHAs linked to their runs', () => {
    const block = historyBlock(record(3), [record(2, 'warn'), record(1)]);
    expect(block.startsWith('<details><summary>Previous runs (2), newest first</summary>\n\n')).toBe(true);
    const [rows] = tables(block);
    expect(rows.slice(2)).toEqual([
      `| [\`${sha(2).slice(0, 7)}\`](<https://github.com/o/r/actions/runs/2>) | ⚠️ warn | 2 | 0 | 0 | 0 |`,
      `| [\`${sha(1).slice(0, 7)}\`](<https://github.com/o/r/actions/runs/1>) | ❌ fail | 1 | 0 | 0 | 0 |`,
    ]);
  });

  it(`keeps the last ${HISTORY_LENGTH} previous runs`, () => {
    const many = Array.from({ length: 9 }, (_, i) => record(8 - i));
    const block = historyBlock(record(9), many);
    expect(tables(block)[0]).toHaveLength(2 + HISTORY_LENGTH);
    expect(readHistory(block).map((r) => r.sha)).toEqual([9, 8, 7, 6, 5, 4].map(sha));
  });

  it('writes only the hidden record on the first run', () => {
    expect(historyBlock(record(1), [])).toMatch(/^<!-- modelgate:history \[.*\] -->$/);
  });

  it('keeps text that could close the HTML comment or open a tag inside the JSON, escaped', () => {
    const hostile = { ...record(1), url: 'https://x.test/a-->b<img src=x onerror=alert(1)>&--' };
    const block = historyBlock(hostile, []);
    const hidden = block.slice('<!-- modelgate:history '.length, -' -->'.length);
    expect(hidden).not.toMatch(/[<>&]|--/);
    expect(readHistory(block)[0].url).toBe(hostile.url);
  });

  it('drops entries a person edited into something else, and ignores unreadable JSON', () => {
    const body = `<!-- modelgate:history [${JSON.stringify(record(1))}, {"sha":"not-hex","verdict":"fail","counts":{"fail":1,"warn":0,"inconclusive":0,"error":0}}, {"sha":null,"verdict":"maybe","counts":{}}, {"sha":null,"verdict":"pass","counts":{"fail":0,"warn":0,"inconclusive":0,"error":0},"url":"javascript:alert(1)"}] -->`;
    expect(readHistory(body)).toEqual([record(1), { sha: null, verdict: 'pass', counts: { fail: 0, warn: 0, inconclusive: 0, error: 0 } }]);
    expect(readHistory('<!-- modelgate:history [{"sha": -->')).toEqual([]);
    expect(readHistory('<!-- modelgate:history {"a":1} -->')).toEqual([]);
    expect(readHistory(null)).toEqual([]);
    expect(readHistory('a comment without history')).toEqual([]);
  });

  it('records the verdict and counts of a report, and no SHA or URL that is not one', () => {
    const report = sampleReport();
    expect(runRecord(report, { sha: sha(5).toUpperCase(), url: 'https://github.com/o/r/actions/runs/5' })).toEqual({
      sha: sha(5),
      verdict: 'fail',
      counts: { fail: 2, warn: 1, inconclusive: 1, error: 0 },
      url: 'https://github.com/o/r/actions/runs/5',
    });
    expect(runRecord(report, { sha: 'HEAD; rm -rf /', url: 'file:///etc/passwd' })).toEqual({
      sha: null,
      verdict: 'fail',
      counts: { fail: 2, warn: 1, inconclusive: 1, error: 0 },
    });
  });

  it('puts the history under the verdict in the comment and keeps it at every size level', () => {
    const history = { current: record(3), previous: [record(2), record(1)] };
    const full = renderMarkdown(sampleReport(), { maxChars: 65_536, marker: MARKER, history });
    expect(full.indexOf('<summary>Previous runs (2)')).toBeLessThan(full.indexOf('<summary>Passing checks'));
    const tight = renderMarkdown(sampleReport({ checks: [sampleCheck({ id: 'f1', status: 'fail' })] }), {
      maxChars: 1_500,
      marker: MARKER,
      history,
    });
    expect(Buffer.byteLength(tight)).toBeLessThanOrEqual(1_500);
    expect(tight).toContain('Left out to fit the size limit');
    expect(readHistory(tight)).toEqual([record(3), record(2), record(1)]);
  });
});
