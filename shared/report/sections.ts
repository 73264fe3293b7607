/**
 * The gate-specific report sections (`report.sections.train`, `report.sections.lineage`): what
 * was sampled, how the model was trained, and where it came from. Returned as (summary, body) pairs, written
 * for a Medium (Markdown or HTML), that the renderers fold like their own sections; every value from data or config
 * is escaped here.
 */
import { escapeHtml, escapeMarkdown } from './escape.js';
import { formatCount, formatNumber } from './format.js';
import type { AnyReport } from './model.js';
import type { ShadowCompareErrorSection, ShadowCompareSection } from '../commands/shadow-compare.js';
import { shadowCompareSections } from '../shadow-compare/sections.js';

export interface FoldedSection {
  /** Escaped for HTML. */
  summary: string;
  /** Escaped for the medium it was made for. */
  body: string;
}

/** How a section is written: escaped text, code spans, tables and paragraphs in Markdown or in HTML. */
export interface Medium {
  text(value: string): string;
  code(value: string): string;
  /** Headers are plain text, escaped here (a class or segment name may be one); cells are already written in the medium. */
  table(headers: string[], rows: string[][]): string;
  join(paragraphs: string[]): string;
}

export const MARKDOWN: Medium = {
  text: escapeMarkdown,
  code: (value) => markdownCode(value),
  table: (headers, rows) => markdownTable(headers.map(escapeMarkdown), rows),
  join: (paragraphs) => paragraphs.join('\n\n'),
};

export const HTML: Medium = {
  text: escapeHtml,
  code: (value) => `<code>${escapeHtml(value.replace(/[\r\n]+/g, ' '))}</code>`,
  table: (headers, rows) =>
    `<table><thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
      .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`,
  join: (paragraphs) => paragraphs.map((p) => (p.startsWith('<table>') ? p : `<p>${p}</p>`)).join(''),
};

interface TrainSection {
  trainer?: string;
  model?: string;
  command?: string;
  backend?: string;
  backend_notes?: string[];
  features?: { name: string; kind: string; categories?: number }[];
  epochs?: number;
  stopped_early_after?: number;
  loss?: number[];
  val_loss?: number[];
  weights_sha256?: string;
  sample?: {
    method: string;
    seed: number;
    rows_read: number;
    rows: number;
    train_rows: number;
    holdout_rows: number;
    strata: Record<string, { rows: number; sampled: number }>;
    cache_hit?: boolean;
  };
}

interface LineageSection {
  git?: { commit: string | null; ref: string | null };
  config?: { file: string; sha256: string };
  inputs?: { file: string; sha256: string; bytes: number }[];
  sample?: { file: string; sha256: string; cache?: { key: string; hit: boolean } };
  trainer?: { kind: string; spec_sha256?: string; command?: string; backend?: string; versions?: Record<string, string> };
  model?: { dir: string; files: { file: string; sha256: string; bytes: number }[] };
}

const MAX_STRATA = 30;

export function gateSections(report: AnyReport, m: Medium = MARKDOWN): FoldedSection[] {
  const out: FoldedSection[] = [];
  const shadow = report.sections?.shadow_compare as ShadowCompareSection | ShadowCompareErrorSection | undefined;
  if (shadow) out.push(...shadowCompareSections(shadow, m));
  const train = report.sections?.train as TrainSection | undefined;
  const lineage = report.sections?.lineage as LineageSection | undefined;
  if (train) out.push(...trainSections(train, m));
  if (lineage) out.push(lineageSection(lineage, m));
  return out;
}

function trainSections(train: TrainSection, m: Medium): FoldedSection[] {
  const out: FoldedSection[] = [];
  const s = train.sample;
  if (s) {
    const strata = Object.entries(s.strata);
    const rows = strata.slice(0, MAX_STRATA).map(([name, c]) => [m.text(name), formatCount(c.rows), formatCount(c.sampled)]);
    const paragraphs = [
      m.text(
        `${s.method} sample, seed ${s.seed}: ${s.rows} of ${s.rows_read} rows; ${s.train_rows} to train on, ${s.holdout_rows} held out${s.cache_hit ? ' (restored from the cache)' : ''}.`,
      ),
      m.table(['Stratum', 'Rows', 'Sampled'], rows),
    ];
    if (strata.length > MAX_STRATA) paragraphs.push(m.text(`… and ${strata.length - MAX_STRATA} more strata (see manifest.json).`));
    out.push({ summary: escapeHtml(`Sample: ${s.rows} of ${s.rows_read} rows (${s.method}, seed ${s.seed})`), body: m.join(paragraphs) });
  }
  const items: string[][] = [];
  if (train.trainer === 'command') items.push(['Trainer', `command ${m.code(train.command ?? '')}`]);
  else {
    items.push(['Trainer', m.text(`built-in ${train.model ?? ''}`)]);
    items.push(['Backend', m.text(`${train.backend ?? ''}${train.backend_notes?.length ? ` (${train.backend_notes.join('; ')})` : ''}`)]);
  }
  if (train.features)
    items.push([
      'Features',
      m.text(
        train.features
          .map((f) => (f.kind === 'categorical' ? `${f.name} (one-hot, ${f.categories} values + unknown)` : `${f.name} (standardised)`))
          .join(', '),
      ),
    ]);
  if (train.epochs !== undefined) items.push(['Epochs', m.text(`${train.epochs}${train.stopped_early_after ? ' (stopped early)' : ''}`)]);
  if (train.loss?.length)
    items.push(['Loss (first → last epoch)', `${formatNumber(train.loss[0])} → ${formatNumber(train.loss[train.loss.length - 1])}`]);
  if (train.val_loss?.length) items.push(['Validation loss (last epoch)', formatNumber(train.val_loss[train.val_loss.length - 1])]);
  if (train.weights_sha256) items.push(['Weights sha256', m.code(train.weights_sha256)]);
  const title =
    train.trainer === 'command'
      ? 'Training: external command'
      : `Training: ${train.model ?? 'built-in'} on ${train.backend ?? 'unknown backend'}`;
  out.push({ summary: escapeHtml(title), body: m.table(['Item', 'Value'], items) });
  return out;
}

function lineageSection(lineage: LineageSection, m: Medium): FoldedSection {
  const rows: string[][] = [];
  if (lineage.git) rows.push(['Commit', m.text(`${lineage.git.commit ?? 'unknown'}${lineage.git.ref ? ` (${lineage.git.ref})` : ''}`)]);
  if (lineage.config) rows.push(['Config', `${m.text(lineage.config.file)} ${m.code(lineage.config.sha256)}`]);
  for (const input of lineage.inputs ?? [])
    rows.push(['Input', `${m.text(input.file)} ${m.code(input.sha256)} (${formatCount(input.bytes)} bytes)`]);
  if (lineage.sample) rows.push(['Sample', `${m.text(lineage.sample.file)} ${m.code(lineage.sample.sha256)}`]);
  if (lineage.trainer) {
    const t = lineage.trainer;
    rows.push(['Trainer', t.kind === 'command' ? m.code(t.command ?? '') : `built-in spec ${m.code(t.spec_sha256 ?? '')}`]);
    if (t.versions)
      rows.push([
        'Versions',
        m.text(
          Object.entries(t.versions)
            .map(([k, v]) => `${k} ${v}`)
            .join(', '),
        ),
      ]);
  }
  for (const file of lineage.model?.files ?? []) rows.push(['Model file', `${m.text(file.file)} ${m.code(file.sha256)}`]);
  return { summary: 'Lineage (model card)', body: m.table(['Item', 'Value'], rows) };
}

/** A code span that no backtick in the text can close early. */
function markdownCode(text: string): string {
  const plain = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(plain.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${plain.replace(/\|/g, '\\|')} ${fence}`;
}

function markdownTable(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
