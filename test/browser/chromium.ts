/**
 * Headless Chromium (Debian's `chromium`) and GitHub's Markdown renderer (`cmark-gfm` with GitHub's extensions),
 * for tests of reports the way people see them. One browser per test file.
 */
import { spawnSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The first screen of a laptop: what is visible without scrolling. */
export const FIRST_VIEWPORT = { width: 1280, height: 720 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/**
 * Markdown to HTML as GitHub parses it (cmark-gfm: tables, strikethrough, autolinks, tagfilter). Raw HTML is
 * kept (--unsafe), stricter than GitHub's sanitizer: anything from data must be inert because it was escaped.
 */
export function renderGfm(markdown: string): string {
  const run = spawnSync('cmark-gfm', ['-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter', '--unsafe'], {
    input: markdown,
    encoding: 'utf8',
  });
  if (run.error || run.status !== 0) throw new Error(`cmark-gfm failed: ${run.error?.message ?? run.stderr}`);
  return run.stdout;
}

/** A page shaped like a GitHub comment body: the rendered Markdown in a 1012-pixel column. */
export function githubPage(bodyHtml: string): string {
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0;font:14px/1.5 sans-serif}` +
    `.markdown-body{max-width:1012px;margin:24px auto;padding:16px 24px}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:6px 13px}</style></head>` +
    `<body><article class="markdown-body">${bodyHtml}</article></body></html>`
  );
}

/** Every request the page makes, except loading the document itself. */
export function recordRequests(page: Page, documentUrl?: string): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url() !== documentUrl) requests.push(request.url());
  });
  return requests;
}
