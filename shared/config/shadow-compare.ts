/**
 * Checks of the `shadow_compare:` section that the schema cannot express, and its completion: each column
 * defaults to the `data:` binding of the same role.
 */
import type { Issue } from './issue.js';
import { gateRuleIssues, unlisted } from './rules.js';
import type { AnyConfig, ShadowCompareConfig } from './types.js';

/** The metrics a shadow_compare rule can bound (issue 14); the p-value ones are p-values, the rest statistics. */
export const SHADOW_COMPARE_METRICS = [
  'agreement',
  'flip_rate',
  'cohen_kappa',
  'mcnemar',
  'score_delta',
  'wilcoxon',
  'ks',
  'psi',
  'brier_delta',
  'ece_delta',
  'abs_error_delta',
  'squared_error_delta',
  'latency_p50_delta',
  'latency_p95_delta',
  'latency_p99_delta',
  'error_rate_delta',
  'join_rate',
] as const;

/** Fills each column the section leaves out from `data:`; segments from `data.groups` and `data.slices`. */
export function completeShadowCompare(config: AnyConfig & { shadow_compare: ShadowCompareConfig }): void {
  const section = config.shadow_compare;
  const data = config.data;
  if (!data) return;
  section.id ??= data.id;
  if (section.score === undefined && typeof data.score === 'string') section.score = data.score;
  section.prediction ??= data.prediction;
  section.label ??= data.label;
  section.segments ??= [...data.groups, ...data.slices];
}

/** Runs on the completed section, so a column given only under `data:` counts. */
export function shadowCompareIssues(section: ShadowCompareConfig): Issue[] {
  const issues: Issue[] = [];
  if (section.id === undefined) {
    issues.push({
      path: '/shadow_compare/id',
      at: 'parent',
      message: 'shadow_compare needs the request id column both logs are joined by: set `shadow_compare.id` or `data.id`',
    });
  }
  issues.push(...replayIssues(section));
  // Replay mode takes the answers from the models, so it needs no answer columns.
  if (section.replay === undefined && section.score === undefined && section.prediction === undefined) {
    issues.push({
      path: '/shadow_compare/score',
      at: 'parent',
      message: 'shadow_compare needs a `score` or a `prediction` column to compare (under `shadow_compare:` or `data:`)',
    });
  }
  if (section.labels !== undefined && section.label === undefined) {
    issues.push({
      path: '/shadow_compare/labels',
      at: 'value',
      message: '`shadow_compare.labels` is set, but no label column is: set `shadow_compare.label` or `data.label`',
    });
  }
  const segments = section.segments ?? [];
  // A segment's values are shown per segment, and the id in the top disagreements: neither may be redacted.
  section.redact.forEach((column, i) => {
    if (segments.includes(column))
      issues.push({
        path: `/shadow_compare/redact/${i}`,
        at: 'value',
        message: `\`${column}\` is both redacted and a segment of shadow_compare, whose values the report shows`,
        hint: 'remove it from `segments` (or from `data.groups` / `data.slices`)',
      });
  });
  const usesLabels = (metric: string) => metric === 'mcnemar';
  section.gates.forEach((rule, index) => {
    const at = `/shadow_compare/gates/${index}`;
    rule.over?.forEach((column, j) => {
      if (!segments.includes(column))
        issues.push(unlisted(`${at}/over/${j}`, `shadow_compare.gates[${index}].over`, column, 'shadow_compare.segments', segments));
    });
    for (const key of Object.keys(rule.where ?? {})) {
      if (!segments.includes(key))
        issues.push({
          ...unlisted(`${at}/where`, `shadow_compare.gates[${index}].where`, key, 'shadow_compare.segments', segments),
          at: 'key',
        });
    }
    if (usesLabels(rule.metric) && section.label === undefined) {
      issues.push({
        path: `${at}/metric`,
        at: 'value',
        message: `\`mcnemar\` in shadow_compare.gates[${index}] compares correctness, which needs labels: set \`shadow_compare.labels\` and a label column`,
      });
    }
  });
  issues.push(...gateRuleIssues('shadow_compare', section.gates, SHADOW_COMPARE_METRICS));
  return issues;
}

/** Replay mode (`replay:`) sends recorded requests to two models: both are needed, and logs would be a second input. */
function replayIssues(section: ShadowCompareConfig): Issue[] {
  const issues: Issue[] = [];
  if (section.replay === undefined) {
    for (const key of ['production_model', 'shadow_model'] as const)
      if (section[key] !== undefined)
        issues.push({
          path: `/shadow_compare/${key}`,
          at: 'key',
          message: `\`shadow_compare.${key}\` is for replay mode, and no \`replay\` file of recorded requests is set`,
          hint: 'set shadow_compare.replay (or pass --replay), or drop the model',
        });
    return issues;
  }
  for (const key of ['production_model', 'shadow_model'] as const)
    if (section[key] === undefined)
      issues.push({
        path: `/shadow_compare/${key}`,
        at: 'parent',
        message: `replay mode needs \`shadow_compare.${key}\`: the model the recorded requests are sent to`,
        hint: `set it in the config, or pass --${key.replace('_', '-')}`,
      });
  for (const key of ['production', 'shadow'] as const)
    if (section[key] !== undefined)
      issues.push({
        path: `/shadow_compare/${key}`,
        at: 'key',
        message: `\`shadow_compare.${key}\` is a log to compare, and \`replay\` asks the models instead: give one or the other`,
      });
  return issues;
}
