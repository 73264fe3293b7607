/** Turns accumulators into the metric values (and bootstrap replicate values) that gates and reports read. */
import type { EvaluationAccumulator } from './evaluation.js';
import { INTERSECTION_SEPARATOR, intersectionName } from './evaluation.js';
import type { MetricOptions, MetricValues, PopulationAccumulator } from './population.js';

export interface PopulationResult {
  n: number;
  weightedN: number;
  metrics: MetricValues;
  /** Per bootstrap replicate, or null without bootstrap. */
  replicates: MetricValues[] | null;
}

export interface EvaluationResult {
  overall: PopulationResult;
  /** Sensitive attribute -> group value -> result; the intersection appears as one more attribute (`sex & race`). */
  groups: Record<string, Record<string, PopulationResult>>;
  slices: Record<string, Record<string, PopulationResult>>;
  /** The name of the intersection attribute in `groups`, when intersections were computed. */
  intersection?: string;
}

function summarizePopulation(acc: PopulationAccumulator, options: MetricOptions): PopulationResult {
  return { n: acc.n, weightedN: acc.weightedN, metrics: acc.metrics(options), replicates: acc.replicateMetrics(options) };
}

function summarizeMap(map: Map<string, PopulationAccumulator>, options: MetricOptions, label = (key: string) => key) {
  const out: Record<string, PopulationResult> = {};
  for (const key of [...map.keys()].sort()) out[label(key)] = summarizePopulation(map.get(key)!, options);
  return out;
}

export function summarizeEvaluation(acc: EvaluationAccumulator, options: MetricOptions): EvaluationResult {
  const { spec } = acc;
  const groups: EvaluationResult['groups'] = {};
  spec.groups.forEach((name, i) => (groups[name] = summarizeMap(acc.groups[i], options)));
  let intersection: string | undefined;
  if (spec.intersect && spec.groups.length > 1) {
    intersection = intersectionName(spec.groups);
    groups[intersection] = summarizeMap(acc.intersections, options, (key) => key.split(INTERSECTION_SEPARATOR).join(' & '));
  }
  const slices: EvaluationResult['slices'] = {};
  spec.slices.forEach((name, i) => (slices[name] = summarizeMap(acc.slices[i], options)));
  return { overall: summarizePopulation(acc.overall, options), groups, slices, intersection };
}
