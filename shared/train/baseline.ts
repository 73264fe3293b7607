/**
 * A baseline from an earlier run's lineage manifest (typically the main branch's artifact): its held-out
 * predictions are a fair baseline only on the same held-out rows, so the manifests' record of the data, the
 * sampling and the split must agree, and the predictions file beside it must still have the recorded hash.
 * Anything else is a reason the baseline cannot be used, which the drop rules then report as an error.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkDataPath } from '../data/files.js';
import { hashFiles, type Manifest } from './lineage.js';

export type ManifestBaseline = { predictions: string } | { problem: string };

/** The baseline predictions `manifestFile` records, when they are on the same held-out rows as `current`. */
export async function baselineFromManifest(
  manifestFile: string,
  current: Pick<Manifest, 'inputs' | 'sample'>,
  workspace?: string,
): Promise<ManifestBaseline> {
  let text: string;
  try {
    checkDataPath(manifestFile, workspace);
    text = await readFile(manifestFile, 'utf8');
  } catch (error) {
    return { problem: `cannot read it: ${(error as Error).message}` };
  }
  let previous: Partial<Manifest>;
  try {
    previous = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text, which is not ours to echo into reports.
    return { problem: 'cannot read it: it is not JSON' };
  }
  if (previous?.modelgate_manifest !== 1 || !previous.sample || !previous.inputs)
    return { problem: 'it is not a modelgate lineage manifest (no "modelgate_manifest": 1 with inputs and sample)' };
  const recorded = previous.predictions;
  if (!recorded?.file || !recorded.sha256) return { problem: 'it records no predictions file' };
  const differences = heldOutDifferences(previous as Manifest, current);
  if (differences.length > 0) return { problem: `its held-out rows are not this run's: ${differences.join('; ')}` };
  // The file sits beside the manifest, as the artifact holds them; a path leaving that directory is not trusted.
  const dir = path.dirname(path.resolve(manifestFile));
  const predictions = path.resolve(dir, recorded.file);
  if (path.isAbsolute(recorded.file) || path.relative(dir, predictions).startsWith('..')) {
    return { problem: `its predictions path ${JSON.stringify(recorded.file)} is not inside the manifest's directory` };
  }
  try {
    checkDataPath(predictions, workspace);
  } catch (error) {
    return { problem: `its predictions file cannot be used: ${(error as Error).message}` };
  }
  const [actual] = await hashFiles([predictions]).catch((error: Error) => [{ error }] as const);
  if ('error' in actual) return { problem: `its predictions file ${predictions} cannot be read: ${actual.error.message}` };
  if (actual.sha256 !== recorded.sha256) {
    return {
      problem: `its predictions file ${predictions} has sha256 ${actual.sha256.slice(0, 12)}…, the manifest records ${recorded.sha256.slice(0, 12)}…`,
    };
  }
  return { predictions };
}

/** What differs between two runs in the data, sampling and split that decide the held-out rows. */
function heldOutDifferences(previous: Manifest, current: Pick<Manifest, 'inputs' | 'sample'>): string[] {
  const out: string[] = [];
  const hashes = (m: Pick<Manifest, 'inputs'>) => m.inputs.map((i) => i.sha256);
  if (!same(hashes(previous), hashes(current)))
    out.push(`the dataset differs (sha256 ${short(hashes(previous))} vs ${short(hashes(current))})`);
  for (const key of [
    'method',
    'seed',
    'fraction',
    'n',
    'by',
    'min_per_stratum',
    'column',
    'days',
    'holdout',
    'holdout_rows',
    'holdout_sha256',
  ] as const) {
    if (!same(previous.sample[key], current.sample[key]))
      out.push(`sample.${key} ${show(previous.sample[key])} vs ${show(current.sample[key])}`);
  }
  return out;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function short(hashes: string[]): string {
  return hashes.map((h) => `${h.slice(0, 12)}…`).join(', ') || 'none';
}

function show(value: unknown): string {
  return value === undefined
    ? 'unset'
    : typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)
      ? `${value.slice(0, 12)}…`
      : JSON.stringify(value);
}
