/**
 * The Markdown of the gate-specific report sections (`report.sections.train`, `report.sections.lineage`): what
 * was sampled, how the model was trained, and where it came from. Returned as (summary, body) pairs that the
 * Markdown renderer folds like its own sections; every value from data or config is escaped here.
 */
import { escapeHtml, escapeMarkdown } from './escape.js';
import { formatCount, formatNumber } from './format.js';
import type { AnyReport } from './model.js';

export interface FoldedSection {
  /** Escaped for HTML. */
  summary: string;
  /** Escaped Markdown. */
  body: string;
}

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

export function gateSections(report: AnyReport): FoldedSection[] {
  const out: FoldedSection[] = [];
  const train = report.sections?.train as TrainSection | undefined;
  const lineage = report.sections?.lineage as LineageSection | undefined;
  if (train) out.push(...trainSections(train));
  if (lineage) out.push(lineageSection(lineage));
  return out;
}

function trainSections(train: TrainSection): FoldedSection[] {
  const out: FoldedSection[] = [];
  const s = train.sample;
  if (s) {
    const strata = Object.entries(s.strata);
    const rows = strata.slice(0, MAX_STRATA).map(([name, c]) => [escapeMarkdown(name), formatCount(c.rows), formatCount(c.sampled)]);
    let body = `${escapeMarkdown(`${s.method} sample, seed ${s.seed}: ${s.rows} of ${s.rows_read} rows; ${s.train_rows} to train on, ${s.holdout_rows} held out${s.cache_hit ? ' (restored from the cache)' : ''}.`)}\n\n${table(['Stratum', 'Rows', 'Sampled'], rows)}`;
    if (strata.length > MAX_STRATA) body += `\n\n${escapeMarkdown(`… and ${strata.length - MAX_STRATA} more strata (see manifest.json).`)}`;
    out.push({ summary: escapeHtml(`Sample: ${s.rows} of ${s.rows_read} rows (${s.method}, seed ${s.seed})`), body });
  }
  const items: string[][] = [];
  if (train.trainer === 'command') items.push(['Trainer', `command ${code(train.command ?? '')}`]);
  else {
    items.push(['Trainer', escapeMarkdown(`built-in ${train.model ?? ''}`)]);
    items.push([
      'Backend',
      escapeMarkdown(`${train.backend ?? ''}${train.backend_notes?.length ? ` (${train.backend_notes.join('; ')})` : ''}`),
    ]);
  }
  if (train.features)
    items.push([
      'Features',
      escapeMarkdown(
        train.features
          .map((f) => (f.kind === 'categorical' ? `${f.name} (one-hot, ${f.categories} values + unknown)` : `${f.name} (standardised)`))
          .join(', '),
      ),
    ]);
  if (train.epochs !== undefined)
    items.push(['Epochs', escapeMarkdown(`${train.epochs}${train.stopped_early_after ? ' (stopped early)' : ''}`)]);
  if (train.loss?.length)
    items.push(['Loss (first → last epoch)', `${formatNumber(train.loss[0])} → ${formatNumber(train.loss[train.loss.length - 1])}`]);
  if (train.val_loss?.length) items.push(['Validation loss (last epoch)', formatNumber(train.val_loss[train.val_loss.length - 1])]);
  if (train.weights_sha256) items.push(['Weights sha256', code(train.weights_sha256)]);
  const title =
    train.trainer === 'command'
      ? 'Training: external command'
      : `Training: ${train.model ?? 'built-in'} on ${train.backend ?? 'unknown backend'}`;
  out.push({ summary: escapeHtml(title), body: table(['Item', 'Value'], items) });
  return out;
}

function lineageSection(lineage: LineageSection): FoldedSection {
  const rows: string[][] = [];
  if (lineage.git)
    rows.push(['Commit', escapeMarkdown(`${lineage.git.commit ?? 'unknown'}${lineage.git.ref ? ` (${lineage.git.ref})` : ''}`)]);
  if (lineage.config) rows.push(['Config', `${escapeMarkdown(lineage.config.file)} ${code(lineage.config.sha256)}`]);
  for (const input of lineage.inputs ?? [])
    rows.push(['Input', `${escapeMarkdown(input.file)} ${code(input.sha256)} (${formatCount(input.bytes)} bytes)`]);
  if (lineage.sample) rows.push(['Sample', `${escapeMarkdown(lineage.sample.file)} ${code(lineage.sample.sha256)}`]);
  if (lineage.trainer) {
    const t = lineage.trainer;
    rows.push(['Trainer', t.kind === 'command' ? code(t.command ?? '') : `built-in spec ${code(t.spec_sha256 ?? '')}`]);
    if (t.versions)
      rows.push([
        'Versions',
        escapeMarkdown(
          Object.entries(t.versions)
            .map(([k, v]) => `${k} ${v}`)
            .join(', '),
        ),
      ]);
  }
  for (const file of lineage.model?.files ?? []) rows.push(['Model file', `${escapeMarkdown(file.file)} ${code(file.sha256)}`]);
  return { summary: 'Lineage (model card)', body: table(['Item', 'Value'], rows) };
}

/** A code span that no backtick in the text can close early. */
function code(text: string): string {
  const plain = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(plain.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${plain.replace(/\|/g, '\\|')} ${fence}`;
}

function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
