/** String-level readers of rendered Markdown, standing in for a GFM parser in the renderer tests. */

/** Occurrences of `needle` not preceded by a backslash escape, scanning as GFM does (`\x` consumes x). */
export function unescapedCount(text: string, needle: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text.startsWith(needle, i)) count++;
  }
  return count;
}

/** The cells of a table row: split on pipes that are not escaped, without the outer ones. */
export function cells(row: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') {
      current += row.slice(i, i + 2);
      i++;
    } else if (row[i] === '|') {
      out.push(current);
      current = '';
    } else {
      current += row[i];
    }
  }
  out.push(current);
  return out.slice(1, -1).map((cell) => cell.trim());
}

/** Runs of consecutive lines starting with `|`: each one table, header first. */
export function tables(markdown: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length) {
      out.push(current);
      current = [];
    }
  }
  if (current.length) out.push(current);
  return out;
}

/** The lines of each ```mermaid block, fences included. */
export function mermaidBlocks(markdown: string): string[][] {
  const blocks: string[][] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```mermaid') continue;
    const end = lines.indexOf('```', i + 1);
    blocks.push(lines.slice(i, end + 1));
    i = end;
  }
  return blocks;
}

/** The Markdown without its mermaid blocks. */
export function withoutMermaid(markdown: string): string {
  return markdown.replace(/^```mermaid\n[\s\S]*?\n```$/gm, '');
}

/** The attention list: one `- <icon> **status** reason` line per check that needs attention. */
export function attentionItems(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^- \S+ \*\*(fail|error|inconclusive|warn|pass)\b/.test(line));
}

/** The first table whose header starts with `Status`: the evidence of the checks needing attention. */
export function checkTable(markdown: string): string[] | undefined {
  return tables(markdown).find((rows) => cells(rows[0])[0] === 'Status');
}
