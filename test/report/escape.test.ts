import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SYSTEM_TOOLS, missingPackages, skipNote } from '../helpers/system.js';
import { escapeHtml, escapeMarkdown, escapeXml, mermaidLabel } from '../../shared/report/escape.js';

describe('escapeMarkdown', () => {
  it('turns HTML-significant characters into entities', () => {
    expect(escapeMarkdown(`<img src=x onerror="alert('1')"> & co`)).toBe(
      '&lt;img src=x onerror=&quot;alert\\(&#39;1&#39;\\)&quot;&gt; &amp; co',
    );
  });

  it('backslash-escapes Markdown punctuation, pipes and backslashes', () => {
    expect(escapeMarkdown('[link](javascript:alert(1))')).toBe('\\[link\\]\\(javascript:alert\\(1\\)\\)');
    expect(escapeMarkdown('| x |')).toBe('\\| x \\|');
    expect(escapeMarkdown('*a* _b_ `c` # ! ~~d~~ $e$')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\# \\! \\~\\~d\\~\\~ \\$e\\$');
    // A user backslash before a pipe must not escape our escape: `\|` -> `\\\|`.
    expect(escapeMarkdown('a\\|b')).toBe('a\\\\\\|b');
  });

  it('puts line breaks on one line and drops invisible controls and bidi overrides', () => {
    expect(escapeMarkdown('a\nb\r\nc\rd\te\u2028f')).toBe('a b c d e f');
    expect(escapeMarkdown('x\u0000\u001b[31my\u202e\u0085z')).toBe('x\\[31my z');
  });

  it('keeps @mentions from notifying anyone', () => {
    expect(escapeMarkdown('@octocat')).toBe('@\u200boctocat');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeMarkdown('race = b, n=954: 0.6154 ≥ 0.7 éü 日本')).toBe('race = b, n=954: 0.6154 ≥ 0.7 éü 日本');
  });
});

const missingCmark = missingPackages(SYSTEM_TOOLS.cmarkGfm);

describe('escapeMarkdown: GFM autolinks', () => {
  const urls = [
    'https://evil.example/login',
    'see http://a.b/c now',
    'FTP://x.y',
    'www.evil.example',
    'go to WWW.evil.example',
    'mailto:x@y.com',
    'xmpp:a@b.org',
    'x@evil.example',
    '12:30 and a:b',
  ];

  it('neutralises scheme, www and mailto autolinks, leaving other colons alone', () => {
    expect(escapeMarkdown('https://evil.example')).toBe('https&#58;//evil.example');
    expect(escapeMarkdown('www.evil.example')).toBe('www\\.evil.example');
    expect(escapeMarkdown('mailto:x@y.com')).toBe('mailto&#58;x@\u200by.com');
    expect(escapeMarkdown('12:30 and a:b')).toBe('12:30 and a:b');
  });

  it.skipIf(missingCmark.length > 0)(
    `renders as text, linking nothing, in cmark-gfm with autolinks and tables${skipNote(missingCmark)}`,
    () => {
      const render = (markdown: string) =>
        execFileSync('cmark-gfm', ['-e', 'autolink', '-e', 'table'], { input: markdown, encoding: 'utf8' });
      for (const url of urls) {
        const paragraph = render(escapeMarkdown(url));
        const cell = render(`| a |\n|---|\n| ${escapeMarkdown(url)} |\n`);
        expect(paragraph, url).not.toContain('<a ');
        expect(cell, url).not.toContain('<a ');
        // The text reads as it was (but the zero-width space after `@`).
        expect(
          paragraph
            .replace(/<\/?p>|\n/g, '')
            .replace(/\u200b/g, '')
            .replace(/&amp;/g, '&'),
        ).toBe(url.replace(/&/g, '&amp;'));
      }
      expect(render('https://evil.example')).toContain('<a ');
    },
  );
});

describe('escapeHtml', () => {
  it('escapes only what HTML reads, since Markdown is not parsed inside an HTML block', () => {
    expect(escapeHtml(`<b>"x" & 'y'</b> *z* [a](b)`)).toBe('&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt; *z* [a](b)');
    expect(escapeHtml('a\nb @c')).toBe('a b @\u200bc');
  });
});

describe('escapeXml', () => {
  it('escapes markup characters in text, so `]]>` cannot occur', () => {
    expect(escapeXml(`a < b && c > d "q" 'a' ]]>`, 'text')).toBe('a &lt; b &amp;&amp; c &gt; d &quot;q&quot; &#39;a&#39; ]]&gt;');
  });

  it('keeps line breaks as text but as character references in attributes', () => {
    expect(escapeXml('a\nb\tc\rd', 'text')).toBe('a\nb\tc\rd');
    expect(escapeXml('a\nb\tc\rd', 'attribute')).toBe('a&#10;b&#9;c&#13;d');
  });

  it('strips characters XML 1.0 does not allow: controls, lone surrogates, U+FFFE/U+FFFF', () => {
    expect(escapeXml('a\u0000b\u0001c\u001bd\u000be\ud800f\udc00g\ufffeh\uffffi', 'text')).toBe('abcdefghi');
    // Astral characters (a valid surrogate pair) stay.
    expect(escapeXml('😀 \u0085', 'attribute')).toBe('😀 \u0085');
  });
});

describe('mermaidLabel', () => {
  it('keeps no quote, line break, entity or comment syntax', () => {
    const label = mermaidLabel('a "quoted"\nname #quot; %% <b>');
    expect(label).toBe('a _quoted_ name _quot_ __ _b_');
  });

  it('shortens long labels and names empty ones', () => {
    expect(mermaidLabel('x'.repeat(100))).toBe(`${'x'.repeat(39)}…`);
    expect([...mermaidLabel('é'.repeat(100), 10)]).toHaveLength(10);
    expect(mermaidLabel('  ')).toBe('(empty)');
  });
});
