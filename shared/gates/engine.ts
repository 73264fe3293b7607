/**
 * evaluate's rules -> checks. Each rule of `evaluate.gates` becomes one check per population it names (overall, each
 * group of an attribute, one `where` population, or one disparity per attribute), each with the value, the bound it
 * was held to, the interval, n, and a sentence saying why it got its status. The bound, severity, policy, ids and
 * locations are the shared judge's (judge.ts); what is evaluate's own here is the populations and disparities.
 */
import type { GateRule, InconclusivePolicy } from '../config/types.js';
import type { Task } from '../data/types.js';
import { parseDisparity } from '../config/index.js';
import { combineEqualizedOdds, disparity, type DisparityKind, type DisparityResult, type RelativeTo } from '../fairness/disparity.js';
import { higherIsBetter } from '../metrics/direction.js';
import { formatValue, metricTitle } from '../metrics/names.js';
import type { EvaluationResult, PopulationResult } from '../metrics/summary.js';
import { metricWithoutInterval } from '../metrics/population.js';
import type { Check, DisparityValue, Interval } from '../report/model.js';
import { percentileInterval } from '../stats/bootstrap.js';
import { dataRecord, dataRecordFrom, ownValue } from '../records.js';
import {
  boundOf,
  finishChecks,
  isNonFinite,
  judgeLevel,
  judgeMeasurement,
  NOT_FINITE,
  pick,
  scopeText,
  showInterval,
  type RawCheck,
} from './judge.js';

export interface GateContext {
  rules: GateRule[];
  candidate: EvaluationResult;
  baseline: EvaluationResult | null;
  minGroupSize: number;
  inconclusive: InconclusivePolicy;
  /** Bootstrap confidence level, or null without bootstrap. */
  level: number | null;
  task: Task;
  /** The data's sensitive attributes: a disparity rule without `over` uses all of them. */
  groupAttributes: string[];
  ruleLocation: (index: number) => { file?: string; line?: number; column?: number };
  /** Why there is no baseline, for the drop rules' errors; default: none was given. */
  baselineMissing?: string;
}

export interface GateOutcome {
  checks: Check[];
  disparities: Record<string, Record<string, DisparityValue>>;
}

type Raw = RawCheck;

function replicateValues(pop: PopulationResult, metric: string): (number | null)[] | null {
  return pop.replicates ? pop.replicates.map((r) => r[metric] ?? null) : null;
}

/** A number that is not finite (NaN, ±Infinity): the trace of an overflow or underflow, never a measurement. */

/**
 * The percentile interval of replicate values. Undefined (null) replicates are left out; a non-finite one makes the
 * whole interval unknown (`broken`), since the values around it cannot be trusted either.
 */
function replicateInterval(values: (number | null)[] | null, level: number | null): { interval: Interval | null; broken: boolean } {
  if (!values || level === null) return { interval: null, broken: false };
  if (values.some(isNonFinite)) return { interval: null, broken: true };
  return {
    interval: percentileInterval(
      values.filter((v): v is number => v !== null),
      level,
    ),
    broken: false,
  };
}

function intervalOf(values: (number | null)[] | null, level: number | null): Interval | null {
  return replicateInterval(values, level).interval;
}

/**
 * Why a check held to an interval bound has none, and whether that is the config's doing (an error: bootstrap is off,
 * or the metric gets no interval in this task) or the data's (inconclusive: the replicates leave it undefined).
 */
function missingInterval(ctx: GateContext, metric: string): { status: 'error' | 'inconclusive'; reason: string } {
  if (ctx.level === null) return { status: 'error', reason: 'needs a confidence interval; set evaluate.bootstrap.replicates' };
  const unsupported = metricWithoutInterval(ctx.task, metric);
  if (unsupported !== null) {
    return {
      status: 'error',
      reason: `needs a confidence interval, and ${metric} (${metricTitle(metric)}) has none in a ${ctx.task} task: ${unsupported}; hold the point (\`on: point\`) instead`,
    };
  }
  return {
    status: 'inconclusive',
    reason: `needs a confidence interval, and ${metric} (${metricTitle(metric)}) has none here: fewer than two bootstrap replicates define it`,
  };
}

const isDropRule = (rule: GateRule) => rule.max_drop !== undefined || rule.max_relative_drop !== undefined;
const isLevelRule = (rule: GateRule) => rule.min !== undefined || rule.max !== undefined;

/** Drop = how much worse the candidate is than the baseline, in the metric's direction. */
function dropOf(metric: string, delta: number): number {
  return higherIsBetter(metric) ? -delta : delta;
}

/** Relative drop against a baseline of 0: no drop is 0, any drop is infinite (so it fails any finite bound). */
function relativeDrop(drop: number, baseline: number): number {
  if (baseline === 0) return drop <= 0 ? 0 : Infinity;
  return drop / Math.abs(baseline);
}

/** A metric of one population held to a level rule: evaluate's populations, the shared judge's rule. */
function levelCheck(
  rule: GateRule,
  metric: string,
  pop: PopulationResult | undefined,
  scope: Record<string, string> | undefined,
  ctx: GateContext,
  subject: string,
): Raw {
  const id = scope ? `${metric}[${scopeText(scope)}]` : metric;
  const base = { id, title: subject, metric, scope, bound: boundOf(rule), interval: null, n: pop?.n ?? null, value: null } as const;
  if (!pop) return { ...base, raw_status: 'inconclusive', reason: `${subject}: no rows in this population, so it cannot be checked` };
  const value = pop.metrics[metric] ?? null;
  const { interval, broken } = replicateInterval(replicateValues(pop, metric), ctx.level);
  if (pop.n < ctx.minGroupSize && scope) {
    return {
      ...base,
      interval,
      value,
      raw_status: 'inconclusive',
      reason: `${subject} has ${pop.n} rows, fewer than min_group_size ${ctx.minGroupSize}: too few to decide`,
    };
  }
  const measured = value !== null && Number.isFinite(value);
  // Spread over `base`, the judge's check keeps the key order evaluate's reports have always had.
  return {
    ...base,
    ...judgeMeasurement(
      rule,
      {
        id,
        title: subject,
        metric,
        scope,
        value,
        interval,
        n: pop.n,
        undefinedWhy: 'zero denominator, e.g. no positives or one class only',
        // After an undefined or non-finite value, as the reason that comes first.
        ...(measured && broken ? { inconclusive: `a bootstrap replicate ${NOT_FINITE}` } : {}),
        noInterval: missingInterval(ctx, metric),
      },
      ctx.level,
    ),
  };
}

function dropCheck(
  rule: GateRule,
  metric: string,
  cand: PopulationResult | undefined,
  base: PopulationResult | undefined,
  scope: Record<string, string> | undefined,
  ctx: GateContext,
  subject: string,
): Raw {
  const id = `${scope ? `${metric}[${scopeText(scope)}]` : metric} vs baseline`;
  const title = `${subject} vs baseline`;
  const skeleton = {
    id,
    title,
    metric,
    scope,
    bound: boundOf(rule),
    interval: null,
    n: cand?.n ?? null,
    value: cand?.metrics[metric] ?? null,
  } as const;
  if (!ctx.baseline) {
    return {
      ...skeleton,
      raw_status: 'error',
      reason: `${title}: ${ctx.baselineMissing ?? 'the rule compares with a baseline, but no baseline predictions were given (data.baseline or --baseline)'}`,
    };
  }
  if (!cand || !base)
    return { ...skeleton, raw_status: 'inconclusive', reason: `${title}: the population is missing from the candidate or the baseline` };
  const value = cand.metrics[metric] ?? null;
  const baseValue = base.metrics[metric] ?? null;
  const candidateReplicates = replicateInterval(replicateValues(cand, metric), ctx.level);
  const interval = candidateReplicates.interval;
  const paired = pairedDeltaInterval(cand, base, metric, ctx.level);
  const deltaInterval = paired.interval;
  const broken = candidateReplicates.broken || paired.broken;
  const delta = value === null || baseValue === null ? null : value - baseValue;
  const shown = { ...skeleton, value, interval, baseline: { value: baseValue, delta, delta_interval: deltaInterval } };
  const unmeasurable = dropUnmeasurable(
    value,
    baseValue,
    delta,
    broken,
    scope && cand.n < ctx.minGroupSize ? `${cand.n} rows, fewer than min_group_size ${ctx.minGroupSize}` : null,
  );
  if (unmeasurable !== null || delta === null || baseValue === null)
    return { ...shown, raw_status: 'inconclusive', reason: `${title}: ${unmeasurable}` };
  const on = rule.on ?? 'point';
  const heldDelta = pick(on, delta, deltaInterval);
  if (heldDelta === null) {
    const missing = missingInterval(ctx, metric);
    return { ...shown, raw_status: missing.status, reason: `${title}: \`on: ${on}\` ${missing.reason}` };
  }
  const failures = dropFailures(rule, dropOf(metric, heldDelta), baseValue);
  const direction = higherIsBetter(metric) ? 'higher is better' : 'lower is better';
  const deltaWords = `candidate ${formatValue(value)} vs baseline ${formatValue(baseValue)}, delta ${formatValue(delta)}${showInterval(deltaInterval, ctx.level)}${on === 'point' ? '' : `, held at its ${on.replace('_', ' ')} ${formatValue(heldDelta)}`} (${direction})`;
  return failures.length
    ? { ...shown, raw_status: 'fail', reason: `${title}: ${deltaWords}; ${failures.join('; ')}` }
    : { ...shown, raw_status: 'pass', reason: `${title}: ${deltaWords}; within the allowed drop` };
}

/** The paired bootstrap interval of candidate - baseline, replicate by replicate (both drawn from the same row weights). */
function pairedDeltaInterval(
  cand: PopulationResult,
  base: PopulationResult,
  metric: string,
  level: number | null,
): { interval: Interval | null; broken: boolean } {
  if (!cand.replicates || !base.replicates) return { interval: null, broken: false };
  const deltas = cand.replicates.map((r, i) => {
    const c = r[metric] ?? null;
    const b = base.replicates![i]?.[metric] ?? null;
    return c === null || b === null ? null : c - b;
  });
  return replicateInterval(deltas, level);
}

/** Why a change cannot be judged (undefined or non-finite values, a broken replicate, a small group), or null. */
function dropUnmeasurable(
  value: number | null,
  baseValue: number | null,
  delta: number | null,
  broken: boolean,
  tooSmall: string | null,
): string | null {
  if (delta === null || baseValue === null || value === null)
    return 'undefined for the candidate or the baseline, so the change cannot be measured';
  if (!Number.isFinite(value) || !Number.isFinite(baseValue) || !Number.isFinite(delta))
    return `the candidate's or the baseline's value ${NOT_FINITE}`;
  if (broken) return `a bootstrap replicate ${NOT_FINITE}`;
  return tooSmall;
}

/** Which of the rule's drop bounds the held drop breaks, in words. */
function dropFailures(rule: GateRule, drop: number, baseValue: number): string[] {
  const failures: string[] = [];
  if (rule.max_drop !== undefined && !(drop <= rule.max_drop))
    failures.push(`drop ${formatValue(drop)} exceeds max_drop ${formatValue(rule.max_drop)}`);
  if (rule.max_relative_drop !== undefined) {
    const relative = relativeDrop(drop, baseValue);
    if (!(relative <= rule.max_relative_drop))
      failures.push(`relative drop ${formatValue(relative)} exceeds max_relative_drop ${formatValue(rule.max_relative_drop)}`);
  }
  return failures;
}

interface DisparitySpec {
  metric: string;
  kind: DisparityKind;
  /** The per-group metric(s): one, or TPR and FPR for equalized odds. */
  base: string;
  relativeTo: RelativeTo;
  agg: 'worst_case' | 'mean';
  privileged?: string;
}

function disparitySpec(rule: GateRule, attribute: string): DisparitySpec | string {
  const parsed = parseDisparity(rule.metric);
  if (!parsed) return `unknown disparity metric ${rule.metric}`;
  const privileged = ownValue(rule.privileged, attribute);
  const isDisparateImpact = rule.metric === 'disparate_impact';
  if (isDisparateImpact && privileged === undefined)
    return `disparate_impact needs \`privileged\` naming the privileged ${attribute} value`;
  return {
    metric: rule.metric,
    kind: parsed.kind,
    base: parsed.base,
    relativeTo: privileged !== undefined ? 'privileged' : (rule.relative_to ?? 'between_groups'),
    agg: rule.agg ?? 'worst_case',
    privileged: privileged === undefined ? undefined : String(privileged),
  };
}

/**
 * Where a disparity is kept in report.disparities[attribute]: its metric name when measured between groups (the
 * standard set), qualified otherwise, so two rules on one metric (between groups and relative to overall) both stay.
 */
function disparityKey(spec: DisparitySpec): string {
  const qualifiers: string[] = [];
  if (spec.relativeTo === 'overall') qualifiers.push('relative to overall');
  if (spec.relativeTo === 'privileged' && spec.metric !== 'disparate_impact') qualifiers.push(`relative to privileged ${spec.privileged}`);
  if (spec.base === 'equalized_odds' && spec.agg === 'mean') qualifiers.push('mean of TPR and FPR');
  return qualifiers.length > 0 ? `${spec.metric} (${qualifiers.join(', ')})` : spec.metric;
}

const DEFINITIONS: Record<RelativeTo, Record<DisparityKind, string>> = {
  between_groups: {
    difference: 'max − min over groups (Fairlearn between_groups)',
    ratio: 'min ÷ max over groups (Fairlearn between_groups)',
  },
  overall: {
    difference: 'max |group − overall| (Fairlearn to_overall)',
    ratio: 'min over groups of min(group/overall, overall/group) (Fairlearn to_overall)',
  },
  privileged: {
    difference: 'privileged − worst unprivileged group',
    ratio: 'worst unprivileged group ÷ privileged group (AIF360 disparate impact)',
  },
};

/** Past this share of bootstrap replicates with an undefined disparity, the disparity has no interval. */
const MAX_UNDEFINED_REPLICATE_SHARE = 0.01;

const shareText = (share: number) => `${formatValue(Math.round(share * 1000) / 10)}%`;

/** Why a disparity has no interval although replicates were drawn, or ''. */
function missingIntervalText(value: DisparityValue): string {
  const undefinedReplicates = value.undefined_replicates;
  if (!undefinedReplicates || value.interval !== null || undefinedReplicates.share <= MAX_UNDEFINED_REPLICATE_SHARE) return '';
  return `${undefinedReplicates.count} bootstrap replicates (${shareText(undefinedReplicates.share)}, more than the ${shareText(MAX_UNDEFINED_REPLICATE_SHARE)} allowed) leave a group's rate undefined, so the disparity has no confidence interval`;
}

/** The replicates left out of a disparity's interval, when some were (up to the share allowed), or ''. */
function leftOutText(value: DisparityValue): string {
  const undefinedReplicates = value.undefined_replicates;
  if (!undefinedReplicates || undefinedReplicates.count === 0 || value.interval === null) return '';
  return ` (${undefinedReplicates.count} bootstrap replicates, ${shareText(undefinedReplicates.share)}, left a group's rate undefined and are not in the interval; at most ${shareText(MAX_UNDEFINED_REPLICATE_SHARE)} may)`;
}

/** The disparity of one attribute's groups, for the point estimate (replicate = -1) or one bootstrap replicate. */
function disparityAt(
  spec: DisparitySpec,
  groups: Record<string, PopulationResult>,
  overall: PopulationResult,
  minGroupSize: number,
  replicate: number,
): DisparityResult {
  const valueOf = (pop: PopulationResult, metric: string) =>
    replicate < 0 ? (pop.metrics[metric] ?? null) : (pop.replicates?.[replicate]?.[metric] ?? null);
  const compute = (metric: string) =>
    disparity(
      spec.kind,
      Object.entries(groups).map(([group, pop]) => ({ group, value: valueOf(pop, metric), n: pop.n })),
      {
        relativeTo: spec.relativeTo,
        minGroupSize,
        overall: valueOf(overall, metric),
        privileged: spec.privileged,
      },
    );
  if (spec.base === 'equalized_odds') return combineEqualizedOdds(spec.kind, compute('tpr'), compute('fpr'), spec.agg);
  return compute(spec.base);
}

function computeDisparity(
  spec: DisparitySpec,
  attribute: string,
  result: EvaluationResult,
  ctx: Pick<GateContext, 'minGroupSize' | 'level'>,
): DisparityValue {
  const groups = ownValue(result.groups, attribute) ?? dataRecord<PopulationResult>();
  const point = disparityAt(spec, groups, result.overall, ctx.minGroupSize, -1);
  let interval: Interval | null = null;
  let undefinedReplicates: DisparityValue['undefined_replicates'];
  const replicates = result.overall.replicates?.length ?? 0;
  if (replicates > 0 && ctx.level !== null) {
    // A replicate in which a group defined at the point has no rate would be measured over the other groups only,
    // which can only narrow the disparity: such a replicate is undefined, not a smaller value.
    const undefinedAtPoint = new Set(point.undefinedGroups);
    const values: (number | null)[] = [];
    let count = 0;
    for (let r = 0; r < replicates; r++) {
      const at = disparityAt(spec, groups, result.overall, ctx.minGroupSize, r);
      const defined = at.value !== null && at.undefinedGroups.every((group) => undefinedAtPoint.has(group));
      if (!defined) count++;
      values.push(defined ? at.value : null);
    }
    const share = count / replicates;
    undefinedReplicates = { count, share };
    interval = share > MAX_UNDEFINED_REPLICATE_SHARE ? null : intervalOf(values, ctx.level);
  }
  return {
    metric: spec.metric,
    value: point.value,
    relative_to: spec.relativeTo,
    groups: point.groups,
    interval,
    ...(undefinedReplicates && { undefined_replicates: undefinedReplicates }),
    undefined_groups: [...point.undefinedGroups, ...point.smallGroups.map((g) => `${g} (n < ${ctx.minGroupSize})`)],
    definition:
      spec.base === 'equalized_odds'
        ? `${spec.agg === 'mean' ? 'mean' : 'worse'} of the TPR and FPR ${spec.kind}s, each ${DEFINITIONS[spec.relativeTo][spec.kind]}`
        : `${metricTitle(spec.base)}: ${DEFINITIONS[spec.relativeTo][spec.kind]}`,
  };
}

function disparityCheck(rule: GateRule, attribute: string, ctx: GateContext): { raw: Raw; value?: DisparityValue; key?: string } {
  const id = `${rule.metric}[${attribute}]`;
  let title = `${metricTitle(rule.metric)} over ${attribute}`;
  const skeleton = {
    id,
    title,
    metric: rule.metric,
    scope: undefined,
    bound: boundOf(rule),
    interval: null,
    n: ctx.candidate.overall.n,
    value: null,
  } as const;
  if (!ownValue(ctx.candidate.groups, attribute)) {
    return {
      raw: { ...skeleton, raw_status: 'error', reason: `${title}: ${attribute} is not a sensitive attribute of the data (data.groups)` },
    };
  }
  const spec = disparitySpec(rule, attribute);
  if (typeof spec === 'string') return { raw: { ...skeleton, raw_status: 'error', reason: `${title}: ${spec}` } };
  const value = computeDisparity(spec, attribute, ctx.candidate, ctx);
  const key = disparityKey(spec);
  // `demographic parity difference (relative to overall) over sex`: told apart from the same metric between groups.
  title = `${metricTitle(spec.metric)}${key.slice(spec.metric.length)} over ${attribute}`;
  // The baseline's own disparity, for comparison only: a disparity rule bounds the candidate, never a delta.
  const base = ctx.baseline ? computeDisparity(spec, attribute, ctx.baseline, ctx).value : undefined;
  const baseline =
    base === undefined
      ? {}
      : { baseline: { value: base, delta: base === null || value.value === null ? null : value.value - base, delta_interval: null } };
  const shown = { ...skeleton, title, value: value.value, interval: value.interval, disparity_key: key, ...baseline };
  const extremes =
    value.groups.min !== undefined ? ` (${value.groups.min}${value.groups.max !== undefined ? ` vs ${value.groups.max}` : ''})` : '';

  if (isDropRule(rule)) {
    return {
      raw: {
        ...shown,
        raw_status: 'error',
        reason: `${title}: max_drop/max_relative_drop is not supported for disparities; bound the disparity itself with min/max`,
      },
      value,
      key,
    };
  }
  if (value.undefined_groups.length > 0) {
    return {
      raw: {
        ...shown,
        raw_status: 'inconclusive',
        reason: `${title} cannot be decided: ${value.undefined_groups.join(', ')} ${value.undefined_groups.length === 1 ? 'is' : 'are'} undefined or too small`,
      },
      value,
      key,
    };
  }
  if (value.value === null) {
    return {
      raw: { ...shown, raw_status: 'inconclusive', reason: `${title} is undefined (fewer than two usable groups, or a zero denominator)` },
      value,
      key,
    };
  }
  const on = rule.on ?? 'point';
  const held = pick(on, value.value, value.interval);
  const noInterval = missingIntervalText(value);
  if (held === null && noInterval)
    return {
      raw: { ...shown, raw_status: 'inconclusive', reason: `${title} cannot be decided on its ${on.replace('_', ' ')}: ${noInterval}` },
      value,
      key,
    };
  if (held === null)
    return {
      raw: {
        ...shown,
        raw_status: 'error',
        reason: `${title}: \`on: ${on}\` needs a confidence interval; set evaluate.bootstrap.replicates`,
      },
      value,
      key,
    };
  const verdict = judgeLevel(rule, held);
  const at = on === 'point' ? '' : ` held at its ${on.replace('_', ' ')} ${formatValue(held)}`;
  return {
    raw: {
      ...shown,
      raw_status: verdict.ok ? 'pass' : 'fail',
      reason: `${title} is ${formatValue(value.value)}${showInterval(value.interval, ctx.level)}${extremes}${at}, ${verdict.words}${noInterval ? ` (${noInterval})` : leftOutText(value)}`,
    },
    value,
    key,
  };
}

function populationOf(result: EvaluationResult | null, where: Record<string, string>): PopulationResult | undefined | 'unknown' {
  if (!result) return undefined;
  const [[attribute, value]] = Object.entries(where);
  const table = ownValue(result.groups, attribute) ?? ownValue(result.slices, attribute);
  if (!table) return 'unknown';
  return ownValue(table, String(value));
}

/**
 * The intersection attribute of `over: [a, b], intersect: true`: the intersection of exactly those attributes (the
 * one of all of data.groups only when they are all named), as summarizeEvaluation names it.
 */
function intersectionOf(over: string[], ctx: GateContext): string {
  const all = ctx.groupAttributes;
  if (ctx.candidate.intersection !== undefined && over.length === all.length && all.every((a) => over.includes(a)))
    return ctx.candidate.intersection;
  return over.join(' & ');
}

interface RulePopulation {
  scope?: Record<string, string>;
  cand: PopulationResult | undefined;
  base: PopulationResult | undefined;
  subject: string;
}

/** The populations a plain metric rule is checked in: its `where`, every group of its `over`, or overall. */
function rulePopulations(rule: GateRule, ctx: GateContext): RulePopulation[] | { error: Raw } {
  const metric = rule.metric;
  const populations: RulePopulation[] = [];
  if (rule.where && Object.keys(rule.where).length > 0) {
    const where = dataRecordFrom(Object.entries(rule.where).map(([k, v]) => [k, String(v)]));
    const subject = `${metricTitle(metric)} for ${scopeText(where)}`;
    const whereError = (why: string): { error: Raw } => ({
      error: {
        id: `${metric}[${scopeText(where)}]`,
        title: subject,
        metric,
        scope: where,
        bound: boundOf(rule),
        interval: null,
        n: null,
        value: null,
        raw_status: 'error',
        reason: `${subject}: ${why}`,
      },
    });
    if (Object.keys(where).length !== 1)
      return whereError('`where` takes one attribute; for intersections use `over` with `intersect: true`');
    const cand = populationOf(ctx.candidate, where);
    const base = populationOf(ctx.baseline, where);
    if (cand === 'unknown') return whereError(`${Object.keys(where)[0]} is neither a group nor a slice column`);
    populations.push({ scope: where, cand, base: base === 'unknown' ? undefined : base, subject });
  } else if (rule.over?.length) {
    const attributes = rule.intersect && rule.over.length > 1 ? [intersectionOf(rule.over, ctx)] : rule.over;
    for (const attribute of attributes) {
      const table = ownValue(ctx.candidate.groups, attribute);
      if (!table) {
        populations.push({
          scope: { [attribute]: '*' },
          cand: undefined,
          base: undefined,
          subject: `${metricTitle(metric)} for ${attribute}`,
        });
        continue;
      }
      for (const group of Object.keys(table)) {
        populations.push({
          scope: { [attribute]: group },
          cand: table[group],
          base: ownValue(ownValue(ctx.baseline?.groups, attribute), group),
          subject: `${metricTitle(metric)} for ${attribute}=${group}`,
        });
      }
    }
  } else {
    populations.push({ cand: ctx.candidate.overall, base: ctx.baseline?.overall, subject: metricTitle(metric) });
  }

  return populations;
}

function checksForRule(rule: GateRule, ctx: GateContext): { raws: Raw[]; disparities: Array<[string, string, DisparityValue]> } {
  if (parseDisparity(rule.metric)) {
    const attributes =
      rule.intersect && (rule.over?.length ?? 0) > 1
        ? [intersectionOf(rule.over!, ctx)]
        : rule.over?.length
          ? rule.over
          : ctx.groupAttributes;
    const raws: Raw[] = [];
    const disparities: Array<[string, string, DisparityValue]> = [];
    for (const attribute of attributes) {
      const { raw, value, key } = disparityCheck(rule, attribute, ctx);
      raws.push(raw);
      if (value && key) disparities.push([attribute, key, value]);
    }
    return { raws, disparities };
  }

  const metric = rule.metric;
  const populations = rulePopulations(rule, ctx);
  if ('error' in populations) return { raws: [populations.error], disparities: [] };
  const raws: Raw[] = [];
  for (const p of populations) {
    if (isLevelRule(rule)) raws.push(levelCheck(rule, metric, p.cand, p.scope, ctx, p.subject));
    if (isDropRule(rule)) raws.push(dropCheck(rule, metric, p.cand, p.base, p.scope, ctx, p.subject));
  }
  return { raws, disparities: [] };
}

export function runGates(ctx: GateContext): GateOutcome {
  const disparities: GateOutcome['disparities'] = dataRecord();
  const judged = ctx.rules.map((rule) => {
    const { raws, disparities: found } = checksForRule(rule, ctx);
    for (const [attribute, key, value] of found) (disparities[attribute] ??= dataRecord())[key] = value;
    return { rule, raws };
  });
  return { checks: finishChecks(judged, ctx.inconclusive, ctx.ruleLocation), disparities };
}

/** Default disparities for the report: the Fairlearn trio over each sensitive attribute, between groups. */
export function standardDisparities(
  result: EvaluationResult,
  minGroupSize: number,
  level: number | null,
): Record<string, Record<string, DisparityValue>> {
  const out = dataRecord<Record<string, DisparityValue>>();
  const ctx = { minGroupSize, level };
  const metrics = [
    'demographic_parity_difference',
    'demographic_parity_ratio',
    'equal_opportunity_difference',
    'equal_opportunity_ratio',
    'equalized_odds_difference',
    'equalized_odds_ratio',
  ];
  for (const attribute of Object.keys(result.groups)) {
    out[attribute] = dataRecord();
    for (const metric of metrics) {
      const spec = disparitySpec({ metric, min: 0 }, attribute) as DisparitySpec;
      out[attribute][metric] = computeDisparity(spec, attribute, result, ctx);
    }
  }
  return out;
}
