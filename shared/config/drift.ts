/** Checks of the `drift:` section that the schema cannot express: they relate its keys to each other. */
import { childPointer, type Issue } from './issue.js';
import { gateRuleIssues, unlisted } from './rules.js';
import type { DriftConfig } from './types.js';

export const DRIFT_TESTS = ['ks', 'psi', 'wasserstein', 'chi_square', 'js'] as const;

/** A drift rule bounds the share of drifted features, or a test's statistic (the largest, or one feature's). */
export const DRIFT_METRICS = ['drifted_share', ...DRIFT_TESTS] as const;

export function driftIssues(section: DriftConfig): Issue[] {
  const issues: Issue[] = [];
  const features = section.features;
  if (features) {
    for (const feature of Object.keys(section.tests)) {
      if (!features.includes(feature))
        issues.push({ ...unlisted(childPointer('/drift/tests', feature), 'drift.tests', feature, 'drift.features', features), at: 'key' });
    }
  }
  section.gates.forEach((rule, index) => {
    const at = `/drift/gates/${index}`;
    const name = `drift.gates[${index}]`;
    if (rule.over !== undefined)
      issues.push({
        path: `${at}/over`,
        at: 'key',
        message: `\`over\` in ${name} does not apply to drift: a drift rule is about features, chosen with \`where: {feature: name}\``,
      });
    for (const [key, value] of Object.entries(rule.where ?? {})) {
      const path = childPointer(`${at}/where`, key);
      if (key !== 'feature')
        issues.push({
          path,
          at: 'key',
          message: `\`${key}\` in ${name}.where is not \`feature\`, the one key a drift rule can be restricted by`,
        });
      else if (features && !features.includes(String(value)))
        issues.push(unlisted(path, `${name}.where`, String(value), 'drift.features', features));
    }
    if (rule.where?.feature !== undefined && rule.metric === 'drifted_share') {
      issues.push({
        path: `${at}/where`,
        at: 'key',
        message: `\`drifted_share\` in ${name} is a share of all features; it cannot be restricted to one`,
      });
    }
  });
  const trigger = section.trigger;
  if (trigger?.workflow !== undefined && trigger.event_type !== undefined) {
    issues.push({
      path: '/drift/trigger/event_type',
      at: 'key',
      message: '`drift.trigger` sets both `workflow` (workflow_dispatch) and `event_type` (repository_dispatch); set one',
    });
  }
  issues.push(...gateRuleIssues('drift', section.gates, DRIFT_METRICS));
  return issues;
}
