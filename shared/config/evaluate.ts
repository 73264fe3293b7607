/**
 * Checks of the `evaluate:` rules that the schema cannot express (a rule against `data:` and against the other
 * rules), and the completion of a valid config. Whether a `max_drop` rule has a baseline is left to the command:
 * a baseline may arrive by other means.
 */
import { closestName } from '../closest.js';
import { childPointer, listNames, type Issue } from './issue.js';
import { commonRuleIssues, unlisted } from './rules.js';
import { allMetricNamesFor, isMetricFor, metricNamesFor, parseDisparity, TASKS, valueRange, type ValueRange } from './metrics.js';
import type { Config, GateRule } from './types.js';
import { dataRecordFrom } from '../records.js';

export function evaluateIssues(config: Config): Issue[] {
  const issues: Issue[] = [];
  const { data } = config;
  const groups = data.groups;
  const columns = [...data.groups, ...data.slices];
  config.evaluate.gates.forEach((rule, index) => {
    const at = `/evaluate/gates/${index}`;
    const name = `evaluate.gates[${index}]`;
    const disparity = parseDisparity(rule.metric);
    const task = data.task;

    if (!isMetricFor(rule.metric, task)) {
      const otherTask = TASKS.find((t) => isMetricFor(rule.metric, t));
      if (otherTask) {
        issues.push({
          path: `${at}/metric`,
          at: 'value',
          message: `metric \`${rule.metric}\` is not available for a ${task} task (it is for ${otherTask})`,
          hint: `${task} metrics: ${listNames(metricNamesFor(task))}`,
        });
      } else {
        const guess = closestName(rule.metric, allMetricNamesFor(task));
        issues.push({
          path: `${at}/metric`,
          at: 'value',
          message: `unknown metric \`${rule.metric}\` for a ${task} task`,
          hint: guess
            ? `did you mean \`${guess}\`?`
            : `${task} metrics: ${listNames(metricNamesFor(task))}, their \`_difference\`/\`_ratio\` across groups, and the named disparities`,
        });
      }
    }

    rule.over?.forEach((attribute, j) => {
      if (!groups.includes(attribute)) issues.push(unlisted(`${at}/over/${j}`, `${name}.over`, attribute, 'data.groups', groups));
    });
    for (const key of Object.keys(rule.where ?? {})) {
      if (!columns.includes(key))
        issues.push({
          ...unlisted(childPointer(`${at}/where`, key), `${name}.where`, key, 'data.groups or data.slices', columns),
          at: 'key',
        });
    }

    if (disparity) {
      if (!rule.over && groups.length === 0) {
        issues.push({
          path: at,
          at: 'value',
          message: `\`${rule.metric}\` in ${name} compares groups, but the rule has no \`over\` and \`data.groups\` is empty`,
          hint: 'list the sensitive attributes in `data.groups`, or set `over` on the rule',
        });
      }
      if (rule.privileged) {
        if (!rule.over) {
          issues.push({
            path: `${at}/privileged`,
            at: 'key',
            message: `\`privileged\` in ${name} needs \`over\`: the attributes whose privileged groups it names`,
          });
        } else {
          for (const key of Object.keys(rule.privileged)) {
            if (!rule.over.includes(key))
              issues.push({
                ...unlisted(childPointer(`${at}/privileged`, key), `${name}.privileged`, key, `${name}.over`, rule.over),
                at: 'key',
              });
          }
        }
        if (rule.relative_to === 'overall') {
          issues.push({
            path: `${at}/relative_to`,
            at: 'value',
            message: `${name} sets both \`privileged\` and \`relative_to: overall\`; a disparity is relative to one of them`,
          });
        }
      }
      if (rule.agg && disparity.base !== 'equalized_odds') {
        issues.push({
          path: `${at}/agg`,
          at: 'key',
          message: `\`agg\` in ${name} applies only to equalized_odds_difference and equalized_odds_ratio`,
        });
      }
    } else {
      for (const key of ['relative_to', 'agg', 'privileged'] as const) {
        if (rule[key] !== undefined) {
          issues.push({
            path: `${at}/${key}`,
            at: 'key',
            message: `\`${key}\` in ${name} applies only to disparity metrics, and \`${rule.metric}\` is not one`,
            hint: `for a disparity use \`${rule.metric}_difference\` or \`${rule.metric}_ratio\``,
          });
        }
      }
    }

    if (isMetricFor(rule.metric, task)) issues.push(...boundRangeIssues(rule, at, name));
  });
  issues.push(...commonRuleIssues('evaluate', config.evaluate.gates));
  return issues;
}

const showRange = (range: ValueRange) => `[${range.min === -Infinity ? '-∞' : range.min}, ${range.max === Infinity ? '∞' : range.max}]`;

/**
 * A bound outside the values its metric can take says nothing: `max: 15` on a rate passes every model, `min: -1`
 * on a ratio too, and `min: 2` on one passes none. So is a `max_drop` wider than the metric's whole range.
 */
function boundRangeIssues(rule: GateRule, at: string, name: string): Issue[] {
  const relativeTo =
    rule.privileged !== undefined || rule.metric === 'disparate_impact' ? 'privileged' : (rule.relative_to ?? 'between_groups');
  const range = valueRange(rule.metric, relativeTo);
  const qualifier =
    parseDisparity(rule.metric) && relativeTo !== 'between_groups'
      ? ` (relative to ${relativeTo === 'overall' ? 'overall' : 'a privileged group'})`
      : '';
  const issues: Issue[] = [];
  for (const key of ['min', 'max'] as const) {
    const bound = rule[key];
    if (bound === undefined || (bound >= range.min && bound <= range.max)) continue;
    issues.push({
      path: `${at}/${key}`,
      at: 'value',
      message: `\`${key}: ${bound}\` in ${name} is outside the range of \`${rule.metric}\`${qualifier}, ${showRange(range)}: ${(key === 'min') === bound < range.min ? 'every model' : 'no model'} would pass it`,
      hint: `bound ${rule.metric} with a value in ${showRange(range)}${range.max === 1 && bound > 1 && bound <= 100 ? ' (a rate is a fraction, not a percentage: 0.15, not 15)' : ''}`,
    });
  }
  const width = range.max - range.min;
  if (rule.max_drop !== undefined && Number.isFinite(width) && rule.max_drop > width) {
    issues.push({
      path: `${at}/max_drop`,
      at: 'value',
      message: `\`max_drop: ${rule.max_drop}\` in ${name} is more than \`${rule.metric}\` can move within its range ${showRange(range)}: every model would pass it`,
      hint: `a drop of ${rule.metric} is at most ${width}; bound it with a value in [0, ${width}]${width === 1 && rule.max_drop <= 100 ? ' (0.05, not 5)' : ''}`,
    });
  }
  return issues;
}

/**
 * Fills in what a valid config implies, so consumers need not repeat the reasoning: a disparity rule without
 * `over` compares all of `data.groups`. Group values become text, because that is how the readers present
 * column values.
 */
export function completeEvaluate(config: Config): void {
  const { data } = config;
  for (const rule of config.evaluate.gates) {
    if (!rule.over && parseDisparity(rule.metric)) rule.over = [...data.groups];
    if (rule.where) rule.where = stringValues(rule.where);
    if (rule.privileged) rule.privileged = stringValues(rule.privileged);
  }
}

export function stringValues(record: Record<string, unknown>): Record<string, string> {
  return dataRecordFrom(Object.entries(record).map(([key, value]) => [key, String(value)]));
}
