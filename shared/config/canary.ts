/** Checks of the `canary:` section that the schema cannot express: they relate its keys to each other. */
import type { Issue } from './issue.js';
import { gateRuleIssues } from './rules.js';
import type { CanaryConfig } from './types.js';

const SECONDS = { s: 1, m: 60, h: 3600 } as const;

/** A schema-valid duration (`30s`, `10m`, `1h`) in seconds. */
export function durationSeconds(duration: string): number {
  return Number(duration.slice(0, -1)) * SECONDS[duration.slice(-1) as keyof typeof SECONDS];
}

export function canaryIssues(section: CanaryConfig): Issue[] {
  const issues: Issue[] = [];
  for (const key of ['provider', 'steps', 'metrics'] as const) {
    if (section[key] === undefined) issues.push({ path: `/canary/${key}`, at: 'parent', message: `canary needs \`canary.${key}\`` });
  }
  section.steps?.forEach((step, i) => {
    const previous = section.steps?.[i - 1];
    if (previous && step.weight <= previous.weight) {
      issues.push({
        path: `/canary/steps/${i}/weight`,
        at: 'value',
        message: `canary.steps[${i}] has weight ${step.weight}, not more than the step before (${previous.weight}): traffic only moves forward`,
      });
    }
    if (step.bake !== undefined && step.max_duration !== undefined && durationSeconds(step.bake) > durationSeconds(step.max_duration)) {
      issues.push({
        path: `/canary/steps/${i}/max_duration`,
        at: 'value',
        message: `canary.steps[${i}] bakes for ${step.bake}, longer than its \`max_duration\` ${step.max_duration}`,
      });
    }
  });
  const metrics = section.metrics;
  if (metrics) {
    const needs = metrics.source === 'prometheus' ? 'url' : 'command';
    const other = needs === 'url' ? 'command' : 'url';
    if (metrics[needs] === undefined)
      issues.push({
        path: `/canary/metrics/${needs}`,
        at: 'parent',
        message: `canary.metrics with \`source: ${metrics.source}\` needs \`${needs}\``,
      });
    if (metrics[other] !== undefined)
      issues.push({
        path: `/canary/metrics/${other}`,
        at: 'key',
        message: `\`${other}\` in canary.metrics applies only to \`source: ${other === 'url' ? 'prometheus' : 'command'}\``,
      });
  }
  issues.push(...gateRuleIssues('canary', section.gates, Object.keys(metrics?.queries ?? {})));
  section.gates.forEach((rule, index) => {
    for (const key of ['over', 'where'] as const) {
      if (rule[key] !== undefined)
        issues.push({
          path: `/canary/gates/${index}/${key}`,
          at: 'key',
          message: `\`${key}\` in canary.gates[${index}] does not apply: a canary metric is one number per step`,
        });
    }
  });
  return issues;
}
