/** The HTML report in headless Chromium: verdict on the first screen, no script from data, no request leaving the page. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../shared/report/html.js';
import type { Report } from '../../shared/report/model.js';
import { INJECTED, INJECTED_SCRIPT, hostileHtmlReport } from '../report/hostile-report.js';
import { FIRST_VIEWPORT, launchChromium, recordRequests } from './chromium.js';
import { demoReport } from './demo-report.js';
import { SYSTEM_TOOLS, missingPackages, skipNote } from '../helpers/system.js';

const missing = missingPackages(SYSTEM_TOOLS.chromium);

let browser: Browser;
let dir: string;
let demo: Report;

beforeAll(async () => {
  if (missing.length) return;
  [browser, demo] = await Promise.all([launchChromium(), demoReport()]);
  dir = mkdtempSync(path.join(tmpdir(), 'modelgate-html-browser-'));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens the report the way a person does: the file, from disk. */
async function open(report: Report, name: string): Promise<{ page: Page; requests: string[] }> {
  const file = path.join(dir, `${name}.html`);
  writeFileSync(file, renderHtml(report));
  const page = await browser.newPage({ viewport: FIRST_VIEWPORT });
  const url = pathToFileURL(file).href;
  const requests = recordRequests(page, url);
  await page.goto(url);
  return { page, requests };
}

describe.skipIf(missing.length > 0)(`HTML report of the demo in Chromium${skipNote(missing)}`, () => {
  it('shows the verdict and the first check needing attention without scrolling', async () => {
    const { page } = await open(demo, 'demo');
    const verdict = (await page.locator('#verdict').boundingBox())!;
    expect(verdict.y).toBeGreaterThanOrEqual(0);
    expect(verdict.y + verdict.height).toBeLessThanOrEqual(FIRST_VIEWPORT.height);
    expect(verdict.x + verdict.width).toBeLessThanOrEqual(FIRST_VIEWPORT.width);
    expect(await page.locator('#verdict h1').innerText()).toMatch(/modelgate evaluate: fail$/);
    const first = (await page.locator('#attention li').first().boundingBox())!;
    expect(first.y + first.height).toBeLessThanOrEqual(FIRST_VIEWPORT.height);
    expect(await page.locator('#attention li').first().innerText()).toContain('demographic parity ratio over race is');
    await page.close();
  });

  it('draws its charts as inline SVG: group bars with the bound, reliability, distribution, ROC and PR per group', async () => {
    const { page, requests } = await open(demo, 'demo-charts');
    const labels = await page
      .locator('svg[aria-label]:not(.icon)')
      .evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('aria-label')));
    expect(labels).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^selection rate by race, line at 0.8 times the highest group/),
        'Reliability diagram: observed positive rate per score bin',
        'Score distribution by true label (share of each class per bin)',
        'ROC curve by sex',
        'Precision-recall curve by sex',
        'ROC curve by race',
        'Precision-recall curve by race',
      ]),
    );
    // Each chart is drawn with a size, not collapsed.
    for (const box of await page
      .locator('svg[aria-label]:not(.icon)')
      .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().toJSON()))) {
      expect(box.width).toBeGreaterThan(300);
    }
    expect(requests).toEqual([]);
    await page.close();
  });
});

describe.skipIf(missing.length > 0)(`injected HTML in group values, reasons and file names${skipNote(missing)}`, () => {
  it('is shown as text: no element created, no script run, no request made', async () => {
    const { page, requests } = await open(hostileHtmlReport(), 'hostile');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('body script').count()).toBe(0);
    const text = await page.locator('body').innerText();
    expect(text).toContain(`recall for race=b${INJECTED} is 0.61 [0.58, 0.64], below the minimum 0.7 ${INJECTED_SCRIPT}`);
    expect(text).toContain(`cfg${INJECTED}.yml:3`);
    // SVG labels too.
    expect(await page.locator('svg text', { hasText: 'race=b<img' }).count()).toBeGreaterThan(0);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('would not run a script even if one got into the page: the Content-Security-Policy forbids it', async () => {
    const file = path.join(dir, 'csp.html');
    // The report's own head, with a script and a remote image added after it, as if escaping had failed.
    writeFileSync(
      file,
      renderHtml(hostileHtmlReport()).replace('</main>', '<script>window.__pwned=3</script><img src="https://example.com/x.png"></main>'),
    );
    const page = await browser.newPage({ viewport: FIRST_VIEWPORT });
    const url = pathToFileURL(file).href;
    const answered: string[] = [];
    const failed: string[] = [];
    page.on('response', (response) => response.url() !== url && answered.push(response.url()));
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
    await page.goto(url);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Chromium reports the image request, and blocks it by the policy before it leaves.
    expect(answered).toEqual([]);
    expect(failed).toEqual(['https://example.com/x.png csp']);
    await page.close();
  });
});
