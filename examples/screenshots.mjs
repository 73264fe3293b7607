// Screenshots of the demo's reports for the README: the HTML report, and the job summary rendered the way GitHub
// renders Markdown (cmark-gfm with GitHub's extensions, Mermaid blocks drawn as diagrams).
// Needs `npm run build && npm run demo` first, and Debian's `chromium` and `cmark-gfm`:
//   node examples/screenshots.mjs   -> examples/screenshots/{report-html,summary}.png
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const demo = path.join(root, 'modelgate-report', 'demo', 'evaluate');
const out = path.join(root, 'examples', 'screenshots');
const viewport = { width: 1280, height: 900 };
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Close enough to github.com's Markdown styles for a picture of layout and reading order.
const GITHUB_STYLE = `
body { margin: 0; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.markdown-body { max-width: 1012px; margin: 24px auto; padding: 16px 24px; border: 1px solid #d1d9e0; border-radius: 6px; }
h3 { font-size: 1.25em; margin: 0 0 16px; }
table { border-collapse: collapse; display: block; overflow: auto; margin: 0 0 16px; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; } tr:nth-child(2n) { background: #f6f8fa; } th { font-weight: 600; }
code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font-size: 85%; }
pre { background: #f6f8fa; padding: 16px; overflow: auto; } pre.mermaid { background: none; padding: 0; max-width: 700px; }
details { margin: 0 0 16px; } summary { cursor: pointer; } ul { padding-left: 2em; }
`;

function renderGfm(markdown) {
  const run = spawnSync('cmark-gfm', ['-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter', '--unsafe'], {
    input: markdown,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`cmark-gfm failed: ${run.stderr}`);
  return run.stdout;
}

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
try {
  const page = await browser.newPage({ viewport });
  await page.goto(pathToFileURL(path.join(demo, 'report.html')).href);
  await page.screenshot({ path: path.join(out, 'report-html.png') });
  await page.close();

  // A fresh page: the report's Content-Security-Policy would block the Mermaid script below.
  const rendered = await browser.newPage({ viewport });

  const summary = renderGfm(readFileSync(path.join(demo, 'summary.md'), 'utf8')).replace(
    /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
    '<pre class="mermaid">$1</pre>',
  );
  await rendered.setContent(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${GITHUB_STYLE}</style></head><body><article class="markdown-body">${summary}</article></body></html>`,
  );
  // GitHub draws Mermaid blocks client-side; do the same with the mermaid package.
  await rendered.addScriptTag({ path: path.join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js') });
  await rendered.evaluate(async () => {
    globalThis.mermaid.initialize({ startOnLoad: false, theme: 'default' });
    await globalThis.mermaid.run({ querySelector: 'pre.mermaid' });
  });
  await rendered.screenshot({ path: path.join(out, 'summary.png') });
} finally {
  await browser.close();
}
console.log(`screenshots written to ${path.relative(root, out)}/: report-html.png, summary.png`);
