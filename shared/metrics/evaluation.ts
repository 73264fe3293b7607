/**
 * All accumulators of one evaluated dataset: overall, per value of each sensitive attribute, per intersection of
 * the attributes, and per value of each slice column. Mergeable and serialisable, so shards evaluated on
 * different runners merge into exactly what one pass over all rows gives.
 */
import type { Example } from '../data/types.js';
import { PopulationAccumulator, type PopulationJSON, type PopulationSpec } from './population.js';

export interface EvaluationSpec extends PopulationSpec {
  groups: string[];
  slices: string[];
  intersect: boolean;
}

/** Separates attribute values in an intersection key; cannot occur in CSV text the readers hand out. */
export const INTERSECTION_SEPARATOR = '\u001f';
/** The display name of the intersection of the attributes: `sex & race`. */
export function intersectionName(attributes: string[]): string {
  return attributes.join(' & ');
}

export interface EvaluationJSON {
  overall: PopulationJSON;
  groups: Record<string, Record<string, PopulationJSON>>;
  intersections: Record<string, PopulationJSON>;
  slices: Record<string, Record<string, PopulationJSON>>;
}

export class EvaluationAccumulator {
  readonly overall: PopulationAccumulator;
  /** Per attribute (in spec order): group value -> accumulator. */
  readonly groups: Map<string, PopulationAccumulator>[];
  /** Intersection key (values joined by INTERSECTION_SEPARATOR) -> accumulator. */
  readonly intersections = new Map<string, PopulationAccumulator>();
  readonly slices: Map<string, PopulationAccumulator>[];

  constructor(readonly spec: EvaluationSpec) {
    this.overall = new PopulationAccumulator(spec);
    this.groups = spec.groups.map(() => new Map());
    this.slices = spec.slices.map(() => new Map());
  }

  add(example: Example, replicateWeights: Float64Array | null): void {
    this.overall.add(example, replicateWeights);
    for (let i = 0; i < this.groups.length; i++) this.cell(this.groups[i], example.groups[i]).add(example, replicateWeights);
    if (this.spec.intersect && this.groups.length > 1) {
      this.cell(this.intersections, example.groups.join(INTERSECTION_SEPARATOR)).add(example, replicateWeights);
    }
    for (let i = 0; i < this.slices.length; i++) this.cell(this.slices[i], example.slices[i]).add(example, replicateWeights);
  }

  merge(other: EvaluationAccumulator): void {
    this.overall.merge(other.overall);
    const mergeMaps = (into: Map<string, PopulationAccumulator>, from: Map<string, PopulationAccumulator>) => {
      for (const [key, acc] of from) this.cell(into, key).merge(acc);
    };
    this.groups.forEach((map, i) => mergeMaps(map, other.groups[i]));
    mergeMaps(this.intersections, other.intersections);
    this.slices.forEach((map, i) => mergeMaps(map, other.slices[i]));
  }

  toJSON(): EvaluationJSON {
    const mapJSON = (map: Map<string, PopulationAccumulator>) =>
      Object.fromEntries([...map.keys()].sort().map((key) => [key, map.get(key)!.toJSON()]));
    return {
      overall: this.overall.toJSON(),
      groups: Object.fromEntries(this.spec.groups.map((name, i) => [name, mapJSON(this.groups[i])])),
      intersections: mapJSON(this.intersections),
      slices: Object.fromEntries(this.spec.slices.map((name, i) => [name, mapJSON(this.slices[i])])),
    };
  }

  static fromJSON(spec: EvaluationSpec, json: EvaluationJSON): EvaluationAccumulator {
    const acc = new EvaluationAccumulator(spec);
    const load = (into: Map<string, PopulationAccumulator>, entries: Record<string, PopulationJSON>) => {
      for (const [key, value] of Object.entries(entries)) into.set(key, new PopulationAccumulator(spec, value));
    };
    acc.overall.merge(new PopulationAccumulator(spec, json.overall));
    spec.groups.forEach((name, i) => load(acc.groups[i], json.groups[name] ?? {}));
    load(acc.intersections, json.intersections);
    spec.slices.forEach((name, i) => load(acc.slices[i], json.slices[name] ?? {}));
    return acc;
  }

  private cell(map: Map<string, PopulationAccumulator>, key: string): PopulationAccumulator {
    let acc = map.get(key);
    if (!acc) {
      acc = new PopulationAccumulator(this.spec);
      map.set(key, acc);
    }
    return acc;
  }
}
