/**
 * The held-out split of a sample: in every stratum, the `fraction` of rows with the smallest draws under the
 * holdout seed. Keyed like the sample, so the split does not depend on row order or chunking either.
 */
import { keyUniform } from '../stats/bootstrap.js';
import type { SampledRow } from './sample.js';

export interface Split {
  train: SampledRow[];
  holdout: SampledRow[];
}

/** `strata(row)` names the stratum a row is split within; both parts keep input order. */
export function splitHoldout(rows: SampledRow[], fraction: number, seed: number, strata: (row: SampledRow) => string): Split {
  const byStratum = new Map<string, { row: SampledRow; draw: number }[]>();
  for (const row of rows) {
    const name = strata(row);
    let list = byStratum.get(name);
    if (!list) byStratum.set(name, (list = []));
    list.push({ row, draw: keyUniform(row.key, seed) });
  }
  const held = new Set<SampledRow>();
  for (const list of byStratum.values()) {
    list.sort((a, b) => a.draw - b.draw || a.row.position - b.row.position);
    // A stratum of one row stays in training: a model cannot learn a class it never sees.
    const count = list.length < 2 ? 0 : Math.min(list.length - 1, Math.max(1, Math.round(fraction * list.length)));
    for (let i = 0; i < count; i++) held.add(list[i].row);
  }
  return { train: rows.filter((row) => !held.has(row)), holdout: rows.filter((row) => held.has(row)) };
}
