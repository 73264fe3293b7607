/**
 * The job summary and the review comment as GitHub shows them: rendered by cmark-gfm (GitHub's parser) and
 * opened in headless Chromium. Mermaid blocks are parsed by the mermaid package inside the page, as GitHub does.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../shared/report/index.js';
import type { Report } from '../../shared/report/model.js';
import { COMMENT_LIMIT, SUMMARY_LIMIT, commentMarker } from '../../shared/report/publish.js';
import { INJECTED, INJECTED_SCRIPT, hostileHtmlReport } from '../report/hostile-report.js';
import { mermaidBlocks } from '../report/markdown-helpers.js';
import { largeReport, sampleReport } from '../report/sample-report.js';
import { FIRST_VIEWPORT, githubPage, launchChromium, recordRequests, renderGfm } from './chromium.js';
import { demoReport } from './demo-report.js';
import { SYSTEM_TOOLS, missingPackages, skipNote } from '../helpers/system.js';

const missing = missingPackages(SYSTEM_TOOLS.chromium, SYSTEM_TOOLS.cmarkGfm);

let browser: Browser;
let demo: Report;
let mermaidPage: Page;

beforeAll(async () => {
  if (missing.length) return;
  [browser, demo] = await Promise.all([launchChromium(), demoReport()]);
  mermaidPage = await browser.newPage();
  await mermaidPage.setContent('<!DOCTYPE html><html><body></body></html>');
  await mermaidPage.addScriptTag({ path: path.resolve('node_modules/mermaid/dist/mermaid.min.js') });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const summaryOf = (report: Report) =>
  renderMarkdown(report, { maxChars: SUMMARY_LIMIT, links: { htmlReport: 'https://github.com/o/r/actions/runs/1' } });
const commentOf = (report: Report) =>
  renderMarkdown(report, {
    maxChars: COMMENT_LIMIT,
    marker: commentMarker(report.gate),
    history: {
      current: { sha: 'b'.repeat(40), verdict: report.verdict, counts: { fail: 1, warn: 0, inconclusive: 0, error: 0 } },
      previous: [{ sha: 'a'.repeat(40), verdict: 'pass', counts: { fail: 0, warn: 0, inconclusive: 0, error: 0 } }],
    },
  });

async function rendered(markdown: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: FIRST_VIEWPORT });
  const requests = recordRequests(page);
  await page.setContent(githubPage(renderGfm(markdown)));
  return { page, requests };
}

describe.skipIf(missing.length > 0).each([
  ['job summary', summaryOf],
  ['review comment', commentOf],
])(`the demo %s rendered like GitHub${skipNote(missing)}`, (_, render) => {
  it('shows the verdict as the first heading, and the checks needing attention, without scrolling', async () => {
    const { page } = await rendered(render(demo));
    const heading = page.locator('h3').first();
    expect(await heading.innerText()).toBe('❌ modelgate evaluate: fail — 1 failed, 1 warning, 0 inconclusive of 5 checks');
    const box = (await heading.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(FIRST_VIEWPORT.height);
    // Nothing renders above the verdict: the sticky comment's marker is an invisible HTML comment.
    expect(await page.evaluate(() => document.querySelector('.markdown-body')!.firstElementChild!.tagName)).toBe('H3');
    const items = page.locator('.markdown-body > ul').first().locator('li');
    expect(await items.count()).toBe(2);
    expect(await items.first().innerText()).toMatch(
      /^❌ fail demographic parity ratio over race is 0\.\d+ \(95% CI \[0\.\d+, 0\.\d+\]\) \(c vs b\), below the minimum 0\.8 \(n: c=\d+, b=\d+\) — rule at examples\/lending\/\.modelgate\.yml:\d+$/,
    );
    const last = (await items.last().boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual(FIRST_VIEWPORT.height);
    // The evidence is one click away: folded details with the full table.
    expect(await page.locator('details > summary', { hasText: 'Evidence:' }).count()).toBe(1);
    await page.close();
  });
});

describe.skipIf(missing.length > 0)(`injected HTML in the rendered Markdown${skipNote(missing)}`, () => {
  it.each([
    ['job summary', summaryOf],
    ['review comment', commentOf],
  ])('stays text in the %s: no element, no script, no request', async (_, render) => {
    const { page, requests } = await rendered(render(hostileHtmlReport()));
    expect(await page.locator('.markdown-body img').count()).toBe(0);
    expect(await page.locator('.markdown-body script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const text = await page.locator('.markdown-body').innerText();
    expect(text).toContain(`recall for race=b${INJECTED} is 0.61 [0.58, 0.64], below the minimum 0.7 ${INJECTED_SCRIPT}`);
    expect(requests).toEqual([]);
    await page.close();
  });
});

/** mermaid.parse in the page: the error message, or null when the block is valid. */
async function parseMermaid(source: string): Promise<string | null> {
  return mermaidPage.evaluate(async (text) => {
    try {
      await (globalThis as unknown as { mermaid: { parse(text: string): Promise<unknown> } }).mermaid.parse(text);
      return null;
    } catch (error) {
      return String((error as Error).message ?? error);
    }
  }, source);
}

describe.skipIf(missing.length > 0)(`Mermaid blocks parse with the mermaid package${skipNote(missing)}`, () => {
  it('rejects a broken block, so the check below can fail', async () => {
    expect(await parseMermaid('xychart-beta\n  title "unterminated\n  bar [1, 2')).toMatch(/Parse error/);
  });

  it.each([
    ['the demo summary', () => summaryOf(demo), 6],
    ['the demo comment', () => commentOf(demo), 6],
    ['the sample report', () => summaryOf(sampleReport()), 4],
    ['the hostile report', () => summaryOf(hostileHtmlReport()), 1],
    ['the large report', () => summaryOf(largeReport()), 2],
  ] as const)('every block of %s is valid', async (_, markdown, atLeast) => {
    const blocks = mermaidBlocks(markdown()).map((lines) => lines.slice(1, -1).join('\n'));
    expect(blocks.length).toBeGreaterThanOrEqual(atLeast);
    for (const block of blocks) expect(await parseMermaid(block), block).toBeNull();
  });
});
