/** Examples as columns: what `readExampleColumns` yields, so a large read costs no object per row. */
import type { Example } from './types.js';

/** Validated examples, one entry per row; `label`, `score`, `prediction` and `weight` mean what they mean in `Example`. */
export interface ExampleColumns {
  length: number;
  label: Float64Array;
  score: Float64Array;
  /** Multiclass: the per-class probabilities of each row (undefined when only a prediction is bound); else null. */
  scores: (Float64Array | undefined)[] | null;
  prediction: Float64Array;
  weight: Float64Array;
  /** Values of the id column, or null when no id is bound. */
  id: string[] | null;
  /** Position of the first row in the dataset; the rows' positions follow on. */
  position: number;
  /** Per group attribute (in `bindings.groups` order): each row's value as a code into `groupValues`. */
  groups: Int32Array[];
  slices: Int32Array[];
  /** Values by code per attribute: one table for the whole read, so a code means the same in every batch. */
  groupValues: readonly string[][];
  sliceValues: readonly string[][];
  /** With ReadOptions.bootstrap: each row's Poisson weights, as `poissonWeightBlock` lays them out. */
  replicateWeights?: Uint8Array;
}

/** The key a row's bootstrap weights and baseline pairing go by: its id when one is bound, else its position. */
export function keyAt(columns: Pick<ExampleColumns, 'id' | 'position'>, i: number): string | number {
  return columns.id === null ? columns.position + i : columns.id[i];
}

/** Row i as an Example. */
export function exampleAt(columns: ExampleColumns, i: number): Example {
  return {
    label: columns.label[i],
    score: columns.score[i],
    scores: columns.scores?.[i],
    prediction: columns.prediction[i],
    weight: columns.weight[i],
    id: columns.id?.[i],
    position: columns.position + i,
    groups: columns.groups.map((codes, k) => columns.groupValues[k][codes[i]]),
    slices: columns.slices.map((codes, k) => columns.sliceValues[k][codes[i]]),
  };
}
