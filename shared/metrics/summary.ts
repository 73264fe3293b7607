/** Turns accumulators into the metric values (and bootstrap replicate values) that gates and reports read. */
import { Worker } from 'node:worker_threads';
import type { EvaluationAccumulator } from './evaluation.js';
import { INTERSECTION_SEPARATOR, intersectionName } from './evaluation.js';
import type { MetricOptions, MetricValues, PopulationAccumulator } from './population.js';
import type { ReplicateTasks } from './replicate-worker.js';
import { workerScript } from '../worker-script.js';
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
}

export async function summarizeEvaluation(acc: EvaluationAccumulator, options: MetricOptions): Promise<EvaluationResult> {
  const { spec } = acc;
  acc.measure({ ...options, histogramBins: HISTOGRAM_BINS, curvePoints: MAX_CURVE_POINTS });
  const intersection = spec.intersect && spec.groups.length > 1 ? intersectionName(spec.groups) : undefined;
  const maps = [...acc.groups, ...(intersection ? [acc.intersections] : []), ...acc.slices];
  const replicates = await replicateMetricsOf([acc.overall, ...maps.flatMap((map) => [...map.values()])], options);
  const summarize = (population: PopulationAccumulator): PopulationResult => ({
    n: population.n,
    weightedN: population.weightedN,
    metrics: population.metrics(options),
    replicates: replicates.get(population)!,
  });
  const summarizeMap = (map: Map<string, PopulationAccumulator>, label = (key: string) => key) => {
    const out: Record<string, PopulationResult> = {};
    for (const key of [...map.keys()].sort()) out[label(key)] = summarize(map.get(key)!);
    return out;
  };
  const groups: EvaluationResult['groups'] = {};
  spec.groups.forEach((name, i) => (groups[name] = summarizeMap(acc.groups[i])));
  if (intersection) groups[intersection] = summarizeMap(acc.intersections, (key) => key.split(INTERSECTION_SEPARATOR).join(' & '));
  const slices: EvaluationResult['slices'] = {};
  spec.slices.forEach((name, i) => (slices[name] = summarizeMap(acc.slices[i])));
  return { overall: summarize(acc.overall), groups, slices, intersection };
}

/** Pairs x replicates of counts to measure before a second thread pays for its start (about 10,000 pairs x 200). */
const WORKER_MIN_WORK = 2_000_000;

/**
 * The populations' replicate metrics. The counts of a large bootstrap are measured on two threads: about half of
 * them (by size) on a worker (dist/workers/replicates.js beside the chunks) while this thread measures the rest.
 * The same function measures both halves, so the values do not depend on where. MODELGATE_METRICS_WORKER=1 uses
 * the worker whenever there are two populations to measure, =0 never (see workerScript).
 */
async function replicateMetricsOf(populations: PopulationAccumulator[], options: MetricOptions): Promise<Map<PopulationAccumulator, MetricValues[] | null>> {
  const results = new Map<PopulationAccumulator, MetricValues[] | null>();
  const measurable = populations.flatMap((population) => {
    const task = population.countsToMeasure();
    return task === null ? [] : [{ population, task, work: task.counts.bound.length * task.counts.replicates }];
  });
  const worker = measurable.length < 2 ? null : workerScript('replicates', 'MODELGATE_METRICS_WORKER');
  const script = worker !== null && (worker.forced || measurable.reduce((sum, m) => sum + m.work, 0) >= WORKER_MIN_WORK) ? worker.script : null;
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
  const elsewhere = offloaded.length > 0 ? measureOnWorker(script!, { tasks: offloaded.map((m) => m.task), options }) : null;
  const away = new Set(offloaded.map((m) => m.population));
  for (const population of populations) if (!away.has(population)) results.set(population, population.replicateMetrics(options));
  if (elsewhere !== null) {
    const records = await elsewhere;
    offloaded.forEach((m, k) => results.set(m.population, records[k]));
  }
  return results;
}

function measureOnWorker(script: URL, request: ReplicateTasks): Promise<MetricValues[][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script);
    worker.once('message', (answer: { records: MetricValues[][] } | { error: string }) => {
      void worker.terminate();
      if ('error' in answer) reject(new Error(`measuring bootstrap replicates on a second thread failed: ${answer.error}`));
      else resolve(answer.records);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the bootstrap replicate thread stopped (exit code ${code}) before it answered`)));
    worker.postMessage(request);
  });
}
