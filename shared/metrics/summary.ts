/** Turns accumulators into the metric values (and bootstrap replicate values) that gates and reports read. */
import type { EvaluationAccumulator } from './evaluation.js';
import { INTERSECTION_SEPARATOR, intersectionName } from './evaluation.js';
import { PopulationAccumulator, type MetricOptions, type MetricValues } from './population.js';
import type { ReplicateTasks } from './replicate-worker.js';
import { runOnThread, workerScript } from '../worker-script.js';
import { dataRecord } from '../records.js';
import { HISTOGRAM_BINS, MAX_CURVE_POINTS } from '../report/score-evidence.js';

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
  /**
   * Every intersection attribute in `groups`: the one of all attributes, and the one of each subset a rule asked
   * for (`over: [sex, race], intersect: true` when data.groups has a third attribute).
   */
  intersections: string[];
}

/**
 * @param subsets Attribute lists (two or more of `spec.groups`, in the order a rule names them) whose intersection
 *   is wanted besides the one of all attributes: merged from the cells of that one, so it needs `spec.intersect`.
 */
export async function summarizeEvaluation(
  acc: EvaluationAccumulator,
  options: MetricOptions,
  subsets: string[][] = [],
): Promise<EvaluationResult> {
  const { spec } = acc;
  const intersection = spec.intersect && spec.groups.length > 1 ? intersectionName(spec.groups) : undefined;
  // Before measuring: with a RowStore, the subsets' populations join the one sweep.
  const partial = intersection === undefined ? [] : subsetIntersections(acc, subsets);
  await acc.measure({ ...options, histogramBins: HISTOGRAM_BINS, curvePoints: MAX_CURVE_POINTS });
  const maps = [...acc.groups, ...(intersection ? [acc.intersections] : []), ...partial.map((p) => p.cells), ...acc.slices];
  const replicates = await replicateMetricsOf([acc.overall, ...maps.flatMap((map) => [...map.values()])], options);
  const summarize = (population: PopulationAccumulator): PopulationResult => ({
    n: population.n,
    weightedN: population.weightedN,
    metrics: population.metrics(options),
    replicates: replicates.get(population)!,
  });
  const summarizeMap = (map: Map<string, PopulationAccumulator>, label = (key: string) => key) => {
    const out = dataRecord<PopulationResult>();
    for (const key of [...map.keys()].sort()) out[label(key)] = summarize(map.get(key)!);
    return out;
  };
  const groups: EvaluationResult['groups'] = dataRecord();
  spec.groups.forEach((name, i) => (groups[name] = summarizeMap(acc.groups[i])));
  const label = (key: string) => key.split(INTERSECTION_SEPARATOR).join(' & ');
  if (intersection) groups[intersection] = summarizeMap(acc.intersections, label);
  for (const { name, cells } of partial) groups[name] = summarizeMap(cells, label);
  const slices: EvaluationResult['slices'] = dataRecord();
  spec.slices.forEach((name, i) => (slices[name] = summarizeMap(acc.slices[i])));
  const intersections = intersection === undefined ? [] : [intersection, ...partial.map((p) => p.name)];
  return { overall: summarize(acc.overall), groups, slices, intersection, intersections };
}

/** The cells of the intersections of attribute subsets, each the merge of the full intersection's cells it covers. */
function subsetIntersections(
  acc: EvaluationAccumulator,
  subsets: string[][],
): Array<{ name: string; cells: Map<string, PopulationAccumulator> }> {
  const { spec } = acc;
  const out = new Map<string, Map<string, PopulationAccumulator>>();
  for (const subset of subsets) {
    const name = intersectionName(subset);
    const positions = subset.map((attribute) => spec.groups.indexOf(attribute));
    // The full intersection itself (in whatever order), unknown attributes and repeats are not subsets to build.
    if (
      subset.length < 2 ||
      subset.length >= spec.groups.length ||
      positions.includes(-1) ||
      new Set(subset).size !== subset.length ||
      out.has(name)
    )
      continue;
    const swept = acc.subsetIntersection(positions);
    if (swept !== null) {
      out.set(name, swept);
      continue;
    }
    const cells = new Map<string, PopulationAccumulator>();
    // In key order, so the sums do not depend on the order rows (or shards) came in.
    for (const key of [...acc.intersections.keys()].sort()) {
      const cell = acc.intersections.get(key)!;
      const values = key.split(INTERSECTION_SEPARATOR);
      const projected = positions.map((k) => values[k]).join(INTERSECTION_SEPARATOR);
      let merged = cells.get(projected);
      if (merged === undefined) cells.set(projected, (merged = new PopulationAccumulator(cell.spec)));
      merged.merge(cell);
    }
    acc.sweepSubsetCells(positions, cells);
    out.set(name, cells);
  }
  return [...out].map(([name, cells]) => ({ name, cells }));
}

/** Pairs x replicates of counts to measure before a second thread pays for its start (about 10,000 pairs x 200). */
const WORKER_MIN_WORK = 2_000_000;

/**
 * The populations' replicate metrics. The counts of a large bootstrap are measured on two threads: about half of
 * them (by size) on a worker (dist/workers/replicates.js beside the chunks) while this thread measures the rest.
 * The same function measures both halves, so the values do not depend on where. MODELGATE_METRICS_WORKER=1 uses
 * the worker whenever there are two populations to measure, =0 never (see workerScript).
 */
async function replicateMetricsOf(
  populations: PopulationAccumulator[],
  options: MetricOptions,
): Promise<Map<PopulationAccumulator, MetricValues[] | null>> {
  const results = new Map<PopulationAccumulator, MetricValues[] | null>();
  const measurable = populations.flatMap((population) => {
    const task = population.countsToMeasure();
    return task === null ? [] : [{ population, task, work: task.counts.bound.length * task.counts.replicates }];
  });
  const worker = measurable.length < 2 ? null : workerScript('replicates', 'MODELGATE_METRICS_WORKER');
  const script =
    worker !== null && (worker.forced || measurable.reduce((sum, m) => sum + m.work, 0) >= WORKER_MIN_WORK) ? worker.script : null;
  const offloaded: typeof measurable = [];
  if (script !== null) {
    // Largest first, each to the lighter side.
    let here = 0;
    let there = 0;
    for (const m of [...measurable].sort((a, b) => b.work - a.work)) {
      if (there < here) {
        offloaded.push(m);
        there += m.work;
      } else {
        here += m.work;
      }
    }
  }
  const elsewhere =
    offloaded.length > 0
      ? runOnThread<MetricValues[][]>(
          script!,
          { tasks: offloaded.map((m) => m.task), options } satisfies ReplicateTasks,
          'measuring bootstrap replicates',
        )
      : null;
  const away = new Set(offloaded.map((m) => m.population));
  for (const population of populations) if (!away.has(population)) results.set(population, population.replicateMetrics(options));
  if (elsewhere !== null) {
    const records = await elsewhere;
    offloaded.forEach((m, k) => results.set(m.population, records[k]));
  }
  return results;
}
