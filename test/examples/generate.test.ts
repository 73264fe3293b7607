import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const generator = fileURLToPath(new URL('../../examples/lending/generate.mjs', import.meta.url));
const committedData = fileURLToPath(new URL('../../examples/lending/data/', import.meta.url));
const files = ['candidate.csv', 'baseline.csv', 'features.csv'];

let scratch: string;

function generate(out: string, ...flags: string[]): void {
  execFileSync(process.execPath, [generator, '--out', out, ...flags], { stdio: 'pipe' });
}

interface Prediction {
  id: string;
  label: number;
  score: number;
  race: string;
}

/** The generator writes plain CSV (no quotes), so a split is an exact parse here. */
function readPredictions(file: string): Prediction[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const columns = header.split(',');
  const at = (name: string) => columns.indexOf(name);
  return lines.map((line) => {
    const fields = line.split(',');
    return { id: fields[at('id')], label: Number(fields[at('label')]), score: Number(fields[at('score')]), race: fields[at('race')] };
  });
}

/** ROC AUC as the Mann-Whitney rank statistic, tied scores sharing their average rank (as scikit-learn). */
function rocAuc(rows: Prediction[]): number {
  const sorted = [...rows].sort((a, b) => a.score - b.score);
  let positives = 0;
  let positiveRankSum = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j].score === sorted[i].score) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      if (sorted[k].label === 1) {
        positives++;
        positiveRankSum += averageRank;
      }
    }
    i = j;
  }
  const negatives = rows.length - positives;
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Smallest over largest selection rate (score >= 0.5) across races: the demographic parity ratio. */
function raceSelectionRatio(rows: Prediction[]): number {
  const counts = new Map<string, { n: number; selected: number }>();
  for (const row of rows) {
    const c = counts.get(row.race) ?? { n: 0, selected: 0 };
    c.n++;
    if (row.score >= 0.5) c.selected++;
    counts.set(row.race, c);
  }
  const rates = [...counts.values()].map((c) => c.selected / c.n);
  expect(rates).toHaveLength(3);
  return Math.min(...rates) / Math.max(...rates);
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'lending-'));
  generate(join(scratch, 'first'), '--rows', '2000');
  generate(join(scratch, 'second'), '--rows', '2000');
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('examples/lending/generate.mjs', () => {
  it('writes byte-identical files for the same seed', () => {
    for (const file of files) {
      expect(readFileSync(join(scratch, 'second', file)).equals(readFileSync(join(scratch, 'first', file))), file).toBe(true);
    }
  });

  it('writes different data for a different seed', () => {
    generate(join(scratch, 'other-seed'), '--rows', '2000', '--seed', '43');
    expect(readFileSync(join(scratch, 'other-seed', 'candidate.csv')).equals(readFileSync(join(scratch, 'first', 'candidate.csv')))).toBe(
      false,
    );
  });

  it('gives both models the same ids and labels, with 4-decimal scores', () => {
    const candidate = readPredictions(join(scratch, 'first', 'candidate.csv'));
    const baseline = readPredictions(join(scratch, 'first', 'baseline.csv'));
    expect(candidate).toHaveLength(2000);
    expect(baseline.map((r) => `${r.id}:${r.label}`)).toEqual(candidate.map((r) => `${r.id}:${r.label}`));
    expect(candidate.some((r, i) => r.score !== baseline[i].score)).toBe(true);
    const scoreText = readFileSync(join(scratch, 'first', 'candidate.csv'), 'utf8')
      .split('\n')
      .slice(1, -1)
      .map((line) => line.split(',')[2]);
    expect(scoreText.every((s) => /^[01]\.\d{4}$/.test(s))).toBe(true);
  });

  it('makes a candidate that ranks better than the baseline but fails the four-fifths rule on race', () => {
    // 2,000 rows from the test and the committed 20,000 rows.
    for (const dir of [join(scratch, 'first'), committedData]) {
      const candidate = readPredictions(join(dir, 'candidate.csv'));
      const baseline = readPredictions(join(dir, 'baseline.csv'));
      expect(rocAuc(candidate), dir).toBeGreaterThan(rocAuc(baseline));
      expect(raceSelectionRatio(candidate), dir).toBeLessThan(0.8);
      // The disparity is the candidate's doing, not the data's.
      expect(raceSelectionRatio(baseline), dir).toBeGreaterThan(0.8);
    }
  });

  it('writes features consistent with the predictions', () => {
    const [header, ...lines] = readFileSync(join(scratch, 'first', 'features.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    expect(header).toBe('id,label,sex,race,age_band,region,income,debt_ratio,credit_history_years');
    const predictionsText = readFileSync(join(scratch, 'first', 'candidate.csv'), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1);
    expect(lines).toHaveLength(predictionsText.length);
    const inconsistent = lines.filter((line, i) => {
      const fields = line.split(',');
      const [id, label, , sex, race, ageBand, region] = predictionsText[i].split(',');
      const [income, debtRatio, years] = fields.slice(6).map(Number);
      return (
        fields.slice(0, 6).join(',') !== [id, label, sex, race, ageBand, region].join(',') ||
        !(income > 0) ||
        !(debtRatio >= 0.01 && debtRatio <= 0.95) ||
        !(years >= 0)
      );
    });
    expect(inconsistent).toEqual([]);
  });

  it('matches the committed demo data when run with its defaults', () => {
    const out = join(scratch, 'defaults');
    generate(out);
    for (const file of files) {
      expect(
        readFileSync(join(out, file)).equals(readFileSync(join(committedData, file))),
        `${file} is stale: rerun node examples/lending/generate.mjs`,
      ).toBe(true);
    }
  });

  it('rejects a bad --rows with exit code 2 and a message', () => {
    const result = spawnSync(process.execPath, [generator, '--rows', '12x', '--out', join(scratch, 'bad')], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--rows must be a positive integer');
  });
});
