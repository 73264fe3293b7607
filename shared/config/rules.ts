/**
 * Checks every gate's rules share, whatever their metrics: the keys only evaluate's rules use, bounds that no
 * value can pass, ids used twice, metric names the gate does not have.
 */
import { closestName } from '../closest.js';
import { listNames, type Issue } from './issue.js';
import type { GateName, GateRule } from './types.js';

/** Keys of a rule that only evaluate's judge reads: baselines, disparities and their populations. */
const EVALUATE_ONLY = ['max_drop', 'max_relative_drop', 'intersect', 'relative_to', 'agg', 'privileged'] as const;

export function commonRuleIssues(gate: GateName, rules: readonly GateRule[]): Issue[] {
  const issues: Issue[] = [];
  const ids = new Map<string, number>();
  rules.forEach((rule, index) => {
    const at = `/${gate}/gates/${index}`;
    const name = `${gate}.gates[${index}]`;
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
      issues.push({
        path: `${at}/min`,
        at: 'value',
        message: `${name} has \`min\` ${rule.min} above \`max\` ${rule.max}: no value can pass`,
      });
    }
    if (rule.id !== undefined) {
      const first = ids.get(rule.id);
      if (first !== undefined)
        issues.push({
          path: `${at}/id`,
          at: 'value',
          message: `rule id \`${rule.id}\` in ${name} is already used by ${gate}.gates[${first}]`,
        });
      else ids.set(rule.id, index);
    }
  });
  return issues;
}

/**
 * The rules of a gate other than evaluate: each metric one of `metrics`, none of evaluate's own keys (there is
 * no baseline or disparity to apply them to), plus the common checks.
 */
export function gateRuleIssues(
  gate: Exclude<GateName, 'evaluate' | 'train'>,
  rules: readonly GateRule[],
  metrics: readonly string[],
): Issue[] {
  const issues: Issue[] = [];
  rules.forEach((rule, index) => {
    const at = `/${gate}/gates/${index}`;
    const name = `${gate}.gates[${index}]`;
    if (!metrics.includes(rule.metric)) {
      const guess = closestName(rule.metric, metrics);
      issues.push({
        path: `${at}/metric`,
        at: 'value',
        message: `unknown metric \`${rule.metric}\` for ${gate}`,
        hint: guess ? `did you mean \`${guess}\`?` : metrics.length ? `${gate} metrics: ${listNames(metrics)}` : undefined,
      });
    }
    for (const key of EVALUATE_ONLY) {
      if (rule[key] !== undefined)
        issues.push({ path: `${at}/${key}`, at: 'key', message: `\`${key}\` in ${name} applies only to evaluate's rules` });
    }
  });
  issues.push(...commonRuleIssues(gate, rules));
  return issues;
}

export function unlisted(path: string, where: string, value: string, listName: string, list: readonly string[]): Issue {
  const guess = closestName(value, list);
  return {
    path,
    at: 'value',
    message: `\`${value}\` in ${where} is not in ${listName}`,
    hint: guess
      ? `did you mean \`${guess}\`?`
      : list.length
        ? `${listName}: ${listNames(list)}`
        : `add \`${value}\` to ${listName.split(' or ')[0]}`,
  };
}
