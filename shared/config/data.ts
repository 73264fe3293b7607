/**
 * Checks of `data:` that the schema cannot express: they relate its keys to each other. They run after schema
 * validation, for every gate whose config has a `data:` section.
 */
import type { Issue } from './issue.js';
import type { Data } from './types.js';

/** What `data` must hold for a gate that scores predictions against labels (evaluate, train). */
export function requiredDataIssues(gate: string, data: Data | undefined): Issue[] {
  if (data === undefined)
    return [
      {
        path: '/data',
        at: 'parent',
        message: `${gate} needs \`data\`: the columns of the predictions and the label`,
        hint: 'add `data:` with at least `label` (see the README)',
      },
    ];
  if (data.label === undefined)
    return [
      {
        path: '/data/label',
        at: 'parent',
        message: `${gate} needs \`data.label\``,
        hint: '`label`: Column with the true label (binary, multiclass) or the true value (regression).',
      },
    ];
  return [];
}

/**
 * One column, one role: a score read from the label column (or a group that is the label) gives a perfect model.
 * Groups and slices may share a column with each other and with the id, which is only read for pairing rows.
 */
function sharedColumnIssues(data: Data): Issue[] {
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

export function dataIssues(data: Data): Issue[] {
  const issues: Issue[] = [];

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
  return issues;
}

/** Labels and classes become text, because that is how the readers present column values. */
export function completeData(data: Data): void {
  if (data.positive_label !== undefined) data.positive_label = String(data.positive_label);
  if (data.classes) data.classes = data.classes.map(String);
}
