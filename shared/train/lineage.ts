/**
 * The lineage manifest of a training run: what went in (content hashes of the data, the sample and the
 * config; the commit), how the sample was drawn, which trainer ran on which backend, what came out (model
 * file hashes) and the metrics it was gated on. No clock times, so the same inputs give the same manifest.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { LoadedConfig } from '../config/types.js';
import type { MetricBlock, Report, Verdict } from '../report/model.js';
import type { SampleConfig } from './config.js';

export interface FileHash {
  file: string;
  sha256: string;
  bytes: number;
}

export type TrainerRecord =
  | { kind: 'built-in'; spec: object; spec_sha256: string; backend: string; versions: Record<string, string>; preprocessing_sha256: string }
  | { kind: 'command'; command: string; argv: string[] };

export interface Manifest {
  modelgate_manifest: 1;
  git: { commit: string | null; ref: string | null };
  config: { file: string; sha256: string };
  inputs: FileHash[];
  sample: {
    file: string;
    sha256: string;
    method: SampleConfig['method'];
    seed: number;
    fraction?: number;
    n?: number;
    by?: string[];
    min_per_stratum?: number;
    column?: string;
    days?: number;
    rows_read: number;
    rows: number;
    train_rows: number;
    holdout_rows: number;
    strata: Record<string, { rows: number; sampled: number }>;
    holdout: { fraction: number; seed: number } | { file: string | string[] };
    /** sha256 over the held-out rows' keys in order: equal hashes mean predictions on the same rows. */
    holdout_sha256: string;
    cache?: { key: string; hit: boolean };
  };
  trainer: TrainerRecord;
  model: { dir: string; files: FileHash[] };
  /** The held-out predictions, `file` relative to the manifest, so a later run can take them as its baseline. */
  predictions: FileHash;
  verdict: Verdict;
  metrics: MetricBlock;
}

export interface ManifestInput {
  config: LoadedConfig;
  inputs: FileHash[];
  sample: {
    file: string;
    sha256: string;
    settings: SampleConfig;
    by?: string[];
    strata: Manifest['sample']['strata'];
    rowsRead: number;
    rows: number;
    trainRows: number;
    holdoutRows: number;
    holdout: Manifest['sample']['holdout'];
    holdoutSha256: string;
    cache?: { key: string; hit: boolean };
  };
  trainer: TrainerRecord;
  model: { dir: string; files: FileHash[] };
  predictions: FileHash;
  report: Report;
}

export function buildManifest(input: ManifestInput, env: NodeJS.ProcessEnv = process.env): Manifest {
  return {
    modelgate_manifest: 1,
    git: gitOf(env),
    config: { file: input.config.file, sha256: input.config.sha256 },
    inputs: input.inputs,
    sample: sampleRecord(input.sample),
    trainer: input.trainer,
    model: input.model,
    predictions: input.predictions,
    verdict: input.report.verdict,
    metrics: input.report.metrics.overall,
  };
}

/** The manifest's `sample` section: how the rows were drawn and split, known before training. */
export function sampleRecord(s: ManifestInput['sample']): Manifest['sample'] {
  return {
    file: s.file,
    sha256: s.sha256,
    method: s.settings.method,
    seed: s.settings.seed,
    ...(s.settings.fraction !== undefined ? { fraction: s.settings.fraction } : {}),
    ...(s.settings.n !== undefined ? { n: s.settings.n } : {}),
    ...(s.by ? { by: s.by, min_per_stratum: s.settings.min_per_stratum } : {}),
    ...(s.settings.method === 'time' ? { column: s.settings.column, days: s.settings.days } : {}),
    rows_read: s.rowsRead,
    rows: s.rows,
    train_rows: s.trainRows,
    holdout_rows: s.holdoutRows,
    strata: s.strata,
    holdout: s.holdout,
    holdout_sha256: s.holdoutSha256,
    ...(s.cache ? { cache: s.cache } : {}),
  };
}

/** sha256 and size of each file, streamed. */
export async function hashFiles(files: string[]): Promise<FileHash[]> {
  const out: FileHash[] = [];
  for (const file of files) {
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of createReadStream(file)) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
    out.push({ file, sha256: hash.digest('hex'), bytes });
  }
  return out;
}

/** The commit and ref CI names, else what git says, else null (not a repository, no git). */
function gitOf(env: NodeJS.ProcessEnv): Manifest['git'] {
  const commit = env.GITHUB_SHA || env.CI_COMMIT_SHA || git(['rev-parse', 'HEAD']);
  const ref = env.GITHUB_REF || env.CI_COMMIT_REF_NAME || git(['rev-parse', '--abbrev-ref', 'HEAD']);
  return { commit: commit || null, ref: ref || null };
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim() || null;
  } catch {
    return null;
  }
}
