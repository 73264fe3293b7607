/**
 * The names of the inputs every entry point understands, in one place, and the helpers that turn their text into
 * values. Action inputs and CLI flags carry the same names (flags as `--emit-partial`), so a GitLab job, a
 * GitHub step and a laptop run read the same way.
 */
import { decimalNumber } from './decimal.js';
import { UsageError } from './errors.js';

export const Inputs = {
  config: 'config',
  predictions: 'predictions',
  baseline: 'baseline',
  threshold: 'threshold',
  outDir: 'out-dir',
  emitPartial: 'emit-partial',
  partials: 'partials',
  shard: 'shard',
  dataset: 'dataset',
  model: 'model',
  baselineModel: 'baseline-model',
  baselineManifest: 'baseline-manifest',
  production: 'production',
  shadow: 'shadow',
  labels: 'labels',
  replay: 'replay',
  productionModel: 'production-model',
  shadowModel: 'shadow-model',
  githubToken: 'github-token',
} as const;

/** A list input: one entry per line (globs may contain commas, so lines are the only separator). */
export function listInput(text: string): string[] | undefined {
  const items = text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

export function numberInput(name: string, text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = decimalNumber(text);
  if (!Number.isFinite(value))
    throw new UsageError(
      `input ${name} must be a decimal number, got ${JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text)}`,
    );
  return value;
}

export function textInput(text: string): string | undefined {
  return text.trim() === '' ? undefined : text.trim();
}
