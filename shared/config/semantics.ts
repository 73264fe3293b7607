/**
 * Checks the schema cannot express (they relate one part of the config to another), and the completion of a
 * valid config. Both run only after schema validation, so the shapes are known.
 * Whether a `max_drop` rule has a baseline is left to the command: a baseline may arrive by other means.
 */
import { closestName } from '../closest.js';
import { childPointer, listNames, type Issue } from './issue.js';
import { allMetricNamesFor, isMetricFor, metricNamesFor, parseDisparity, TASKS, valueRange, type ValueRange } from './metrics.js';
import type { Config } from './types.js';
import type { Task } from '../data/types.js';
import { dataRecordFrom } from '../records.js';

/**
 * One column, one role: a score read from the label column (or a group that is the label) gives a perfect model.
 * Groups and slices may share a column with each other and with the id, which is only read for pairing rows.
 */
function sharedColumnIssues(data: Config['data']): Issue[] {
  const scores =
    data.score === undefined
      ? []
      : Array.isArray(data.score)
        ? data.score.map((column, i) => [`/data/score/${i}`, column] as const)
        : [['/data/score', data.score] as const];
  const roles: (readonly [string, string | undefined])[] = [
    ['/data/label', data.label],
    ...scores,
    ['/data/prediction', data.prediction],
    ['/data/weight', data.weight],
    ['/data/id', data.id],
  ];
  const attributes = [
    ...data.groups.map((column, i) => [`/data/groups/${i}`, column] as const),
    ...data.slices.map((column, i) => [`/data/slices/${i}`, column] as const),
  ];
  const issues: Issue[] = [];
  const seen = new Map<string, string>();
  const role = (pointer: string) => `\`data.${pointer.slice('/data/'.length).replace(/\/(\d+)$/, '[$1]')}\``;
  for (const [pointer, column] of roles) {
    if (column === undefined) continue;
    const first = seen.get(column);
    if (first !== undefined)
      issues.push({
        path: pointer,
        at: 'value',
        message: `${role(pointer)} names the column "${column}", which ${role(first)} already reads`,
        hint: 'each of label, score, prediction, weight and id needs a column of its own',
      });
    else seen.set(column, pointer);
  }
  for (const [pointer, column] of attributes) {
    const first = seen.get(column);
    if (first !== undefined && first !== '/data/id')
      issues.push({
        path: pointer,
        at: 'value',
        message: `${role(pointer)} names the column "${column}", which ${role(first)} already reads`,
        hint: 'groups and slices are attributes of the rows, not the label, scores, prediction or weight',
      });
  }
  return issues;
}

export function semanticIssues(config: Config): Issue[] {
  const issues: Issue[] = [];
  const { data } = config;
  const groups = data.groups;
  const columns = [...data.groups, ...data.slices];

  if (data.classes) {
    const strings = data.classes.map(String);
    const duplicate = strings.findIndex((value, index) => strings.indexOf(value) !== index);
    if (duplicate >= 0) {
      issues.push({
        path: `/data/classes/${duplicate}`,
        at: 'value',
        message: `\`data.classes\` lists "${strings[duplicate]}" more than once (values are compared as text)`,
      });
    }
  }
  if (data.task === 'multiclass' && !data.classes) {
    issues.push({
      path: '/data/classes',
      at: 'parent',
      message: '`data.classes` is required when `data.task` is multiclass',
      hint: 'list the class labels in score-column order',
    });
  }
  if (data.task === 'binary' && data.classes && data.classes.length !== 2) {
    issues.push({
      path: '/data/classes',
      at: 'value',
      message: `\`data.classes\` must name exactly 2 labels [negative, positive] for a binary task, got ${data.classes.length}`,
      hint: 'for more classes set `data.task: multiclass`',
    });
  }

  issues.push(...sharedColumnIssues(data));

  const ids = new Map<string, number>();
  config.evaluate.gates.forEach((rule, index) => {
    const at = `/evaluate/gates/${index}`;
    const name = `evaluate.gates[${index}]`;
    const disparity = parseDisparity(rule.metric);
    const task = data.task;

    const unknown = unknownMetricIssue(rule.metric, task, at);
    if (unknown) issues.push(unknown);

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
          message: `rule id \`${rule.id}\` in ${name} is already used by evaluate.gates[${first}]`,
        });
      else ids.set(rule.id, index);
    }
  });
  return issues;
}

const showRange = (range: ValueRange) => `[${range.min === -Infinity ? '-∞' : range.min}, ${range.max === Infinity ? '∞' : range.max}]`;

/**
 * A bound outside the values its metric can take says nothing: `max: 15` on a rate passes every model, `min: -1`
 * on a ratio too, and `min: 2` on one passes none. So is a `max_drop` wider than the metric's whole range.
 */
function boundRangeIssues(rule: Config['evaluate']['gates'][number], at: string, name: string): Issue[] {
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

function unlisted(path: string, where: string, value: string, listName: string, list: readonly string[]): Issue {
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

/**
 * Fills in what a valid config implies, so consumers need not repeat the reasoning: a disparity rule without
 * `over` compares all of `data.groups`. Labels, classes and group values become text, because that is how
 * the readers present column values.
 */
export function completeConfig(config: Config): void {
  const { data } = config;
  if (data.positive_label !== undefined) data.positive_label = String(data.positive_label);
  if (data.classes) data.classes = data.classes.map(String);
  for (const rule of config.evaluate.gates) {
    if (!rule.over && parseDisparity(rule.metric)) rule.over = [...data.groups];
    if (rule.where) rule.where = stringValues(rule.where);
    if (rule.privileged) rule.privileged = stringValues(rule.privileged);
  }
}

function stringValues(record: Record<string, unknown>): Record<string, string> {
  return dataRecordFrom(Object.entries(record).map(([key, value]) => [key, String(value)]));
}

/** The issue with a rule's metric name when the task has no such metric: another task's, or a guess. */
function unknownMetricIssue(metric: string, task: Task, at: string): Issue | null {
  if (isMetricFor(metric, task)) return null;
  const otherTask = TASKS.find((t) => isMetricFor(metric, t));
  if (otherTask) {
    return {
      path: `${at}/metric`,
      at: 'value',
      message: `metric \`${metric}\` is not available for a ${task} task (it is for ${otherTask})`,
      hint: `${task} metrics: ${listNames(metricNamesFor(task))}`,
    };
  }
  const guess = closestName(metric, allMetricNamesFor(task));
  return {
    path: `${at}/metric`,
    at: 'value',
    message: `unknown metric \`${metric}\` for a ${task} task`,
    hint: guess
      ? `did you mean \`${guess}\`?`
      : `${task} metrics: ${listNames(metricNamesFor(task))}, their \`_difference\`/\`_ratio\` across groups, and the named disparities`,
  };
}
