/**
 * Turning untrusted text (group values, column and file names, config strings, error messages) into text
 * that renders literally in each output format. Every renderer escapes user data through these and nothing else.
 */

// Line breaks end a table row or a Markdown line, so they become spaces.
const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
// Other C0/C1 controls, and bidi overrides/isolates that could make a value read as something else.
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern exists to find
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// GitHub and GitLab turn `@name` into a mention that notifies people; a zero-width space after `@` keeps it text.
const MENTION = /@/g;
const ZERO_WIDTH_SPACE = '\u200b';
// GFM's autolink extension links `scheme://…`, `mailto:`/`xmpp:` addresses and `www.…` in plain text: the `:` as
// an entity and the `.` backslash-escaped render the same and link nothing (emails are already broken by the `@`).
const AUTOLINK_COLON = /(?<=[a-z0-9+.-]):(?=\/\/)|(?<=\b(?:mailto|xmpp)):/gi;
const AUTOLINK_WWW = /\b(www)\./gi;

function plainLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(INVISIBLE, '');
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for a Markdown paragraph or a GFM table cell. HTML-significant characters become entities (so no tag or
 * attribute survives), Markdown punctuation is backslash-escaped (so no link, image, emphasis, code span, heading,
 * strikethrough or math forms), and `|` becomes `\|`, which GFM reads as a literal pipe inside a table cell.
 */
export function escapeMarkdown(text: string): string {
  return plainLine(text)
    .replace(/[&<>"']|[\\`*_[\]()#!~|$]/g, (c) => HTML_ENTITIES[c] ?? `\\${c}`)
    .replace(AUTOLINK_COLON, '&#58;')
    .replace(AUTOLINK_WWW, '$1\\.')
    .replace(MENTION, `@${ZERO_WIDTH_SPACE}`);
}

/** Text inside a raw HTML block (such as `<summary>`), where Markdown is not parsed, so only entities apply. */
export function escapeHtml(text: string): string {
  return plainLine(text)
    .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c])
    .replace(MENTION, `@${ZERO_WIDTH_SPACE}`);
}

// XML 1.0 allows only these characters; the rest (most controls, lone surrogates, U+FFFE/FFFF) make the file unreadable.
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const XML_ENTITIES: Record<string, string> = { ...HTML_ENTITIES, '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Text for XML character data or a double-quoted attribute value. `>` is always escaped, so `]]>` cannot occur;
 * in attributes, tab and line breaks become character references so attribute normalisation keeps them.
 */
export function escapeXml(text: string, context: 'text' | 'attribute'): string {
  const pattern = context === 'attribute' ? /[&<>"'\t\n\r]/g : /[&<>"']/g;
  return text.replace(NOT_XML, '').replace(pattern, (c) => XML_ENTITIES[c]);
}

/**
 * A label for a double-quoted Mermaid string. Mermaid has no escape for `"` and reads `#...;` as an entity and
 * `%%` as a comment, so only letters, digits and harmless punctuation are kept; anything else becomes `_`.
 * Long labels are shortened so the chart stays readable.
 */
export function mermaidLabel(text: string, maxLength = 40): string {
  const kept = plainLine(text)
    .replace(/[^\p{L}\p{N} _.,:/+=()'-]/gu, '_')
    .trim();
  const chars = [...kept];
  const short = chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('')}…` : kept;
  return short === '' ? '(empty)' : short;
}
