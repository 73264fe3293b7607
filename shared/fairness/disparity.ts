/**
 * Group disparities, as Fairlearn defines them (fairlearn.metrics.MetricFrame.difference/ratio):
 * - between groups: difference = max - min, ratio = min / max;
 * - relative to overall: difference = max |group - overall|, ratio = min over groups of min(group/overall, overall/group);
 * - equalized odds combines the TPR and FPR disparities: the worse of the two (Fairlearn's default), or their mean;
 * - disparate impact (AIF360): each unprivileged group's value over the privileged group's; the worst (smallest) is reported.
 * Unlike Fairlearn, a group whose rate has a zero denominator is undefined, not 0: it is left out of the value and
 * listed, and the checks built on the result are inconclusive. Groups below `minGroupSize` are treated the same way.
 */

export type DisparityKind = 'difference' | 'ratio';
export type RelativeTo = 'between_groups' | 'overall' | 'privileged';

export interface GroupValue {
  group: string;
  value: number | null;
  n: number;
}

export interface DisparityResult {
  value: number | null;
  /** The groups at the extremes (for ratio to a privileged group: the worst group and the privileged one). */
  groups: { min?: string; max?: string };
  undefinedGroups: string[];
  smallGroups: string[];
}

export interface DisparityOptions {
  relativeTo: RelativeTo;
  minGroupSize: number;
  /** Required for `relativeTo: overall`. */
  overall?: number | null;
  /** Required for `relativeTo: privileged`. */
  privileged?: string;
}

export function disparity(kind: DisparityKind, values: GroupValue[], options: DisparityOptions): DisparityResult {
  // A non-finite rate (an overflow in its sums) is no rate at all: undefined, like a zero denominator.
  const defined = (g: GroupValue): g is GroupValue & { value: number } => g.value !== null && Number.isFinite(g.value);
  const undefinedGroups = values.filter((g) => !defined(g)).map((g) => g.group);
  const smallGroups = values.filter((g) => defined(g) && g.n < options.minGroupSize).map((g) => g.group);
  const usable = values.filter((g) => defined(g) && g.n >= options.minGroupSize) as Array<GroupValue & { value: number }>;
  const result = (value: number | null, groups: DisparityResult['groups'] = {}): DisparityResult => ({
    value: value === null || !Number.isFinite(value) ? null : value,
    groups,
    undefinedGroups,
    smallGroups,
  });

  if (options.relativeTo === 'privileged') {
    const privileged = usable.find((g) => g.group === options.privileged);
    const others = usable.filter((g) => g.group !== options.privileged);
    if (!privileged || others.length === 0 || privileged.value === 0) return result(null);
    const worst = others.reduce((a, b) => (b.value < a.value ? b : a));
    return kind === 'ratio'
      ? result(worst.value / privileged.value, { min: worst.group, max: privileged.group })
      : result(privileged.value - worst.value, { min: worst.group, max: privileged.group });
  }

  if (options.relativeTo === 'overall') {
    const overall = options.overall;
    if (overall === null || overall === undefined || !Number.isFinite(overall) || usable.length === 0) return result(null);
    if (kind === 'difference') {
      const farthest = usable.reduce((a, b) => (Math.abs(b.value - overall) > Math.abs(a.value - overall) ? b : a));
      return result(Math.abs(farthest.value - overall), { min: farthest.group });
    }
    let worst: { group: string; ratio: number } | null = null;
    for (const g of usable) {
      const ratio = g.value === overall ? 1 : Math.min(g.value / overall, overall / g.value);
      if (!Number.isFinite(ratio)) return result(null);
      if (!worst || ratio < worst.ratio) worst = { group: g.group, ratio };
    }
    return result(worst!.ratio, { min: worst!.group });
  }

  if (usable.length < 2) return result(null);
  const min = usable.reduce((a, b) => (b.value < a.value ? b : a));
  const max = usable.reduce((a, b) => (b.value > a.value ? b : a));
  const groups = { min: min.group, max: max.group };
  if (kind === 'difference') return result(max.value - min.value, groups);
  // All groups at 0 (no one selected anywhere) is 0/0: undefined, as in Fairlearn (nan).
  return result(max.value === 0 ? null : min.value / max.value, groups);
}

/** Equalized odds from the TPR and FPR disparities: the worse of the two (worst_case) or their mean. */
export function combineEqualizedOdds(
  kind: DisparityKind,
  tpr: DisparityResult,
  fpr: DisparityResult,
  agg: 'worst_case' | 'mean',
): DisparityResult {
  const undefinedGroups = [...new Set([...tpr.undefinedGroups, ...fpr.undefinedGroups])].sort();
  const smallGroups = [...new Set([...tpr.smallGroups, ...fpr.smallGroups])].sort();
  if (tpr.value === null || fpr.value === null) return { value: null, groups: {}, undefinedGroups, smallGroups };
  if (agg === 'mean') return { value: (tpr.value + fpr.value) / 2, groups: tpr.groups, undefinedGroups, smallGroups };
  const tprWorse = kind === 'difference' ? tpr.value >= fpr.value : tpr.value <= fpr.value;
  const worse = tprWorse ? tpr : fpr;
  return { value: worse.value, groups: worse.groups, undefinedGroups, smallGroups };
}
