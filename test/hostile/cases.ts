/**
 * The hostile-input corpus: data files, configs and command lines a pull request author could commit, each with
 * what the gate must do with it. Large inputs are generated here, not committed. A case is `valid` when a correct
 * gate may decide on it (exit 0 or 1); every other case must end in exit 1 or 2 with a one-line reason, and none
 * may pass. `mentions` is a file the reason must name.
 */
import { gzipSync } from 'node:zlib';

export interface HostileCase {
  name: string;
  /** Files to write under the workspace (relative path -> content). */
  files?: Record<string, string | Buffer>;
  /** The config at .modelgate.yml; default `config()`. */
  config?: string;
  /** Arguments after `modelgate`; default evaluate with the config, out dir `out`. */
  args?: string[];
  /** A correct gate may decide (exit 0 or 1) instead of refusing. */
  valid?: boolean;
  /** The reason (stderr) must name this. */
  mentions?: string | RegExp;
  /** Extra setup needing the file system (FIFOs, symlinks). */
  prepare?: 'fifo' | 'symlink-passwd' | 'symlink-environ' | 'directory';
}

export const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  '__lookupSetter__',
  'propertyIsEnumerable',
  'toLocaleString',
];

/** Strings that must stay text in every medium: HTML, Markdown, XML, workflow-command log lines. */
export const INJECTIONS = {
  html: '<img src=x onerror=alert(1)>',
  script: '<script>window.__pwned=1</script>',
  markdown: '| **bold** | [click](https://evil.example/x) |',
  autolink: 'https://evil.example/steal',
  workflowCommand: '::set-output name=verdict::pass',
  mask: '::add-mask::hidden',
  xml: ']]><evil attr="x"/>',
};

interface Row {
  id: string | number;
  label: string | number;
  score: string | number;
  sex: string;
  race: string;
  weight?: string | number;
}

/** A deterministic, well-separated binary dataset: every valid case built on it passes `roc_auc >= 0.5`. */
export function rows(n = 240): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    const jitter = ((i * 7919) % 97) / 1000;
    out.push({
      id: i + 1,
      label,
      score: (label ? 0.6 : 0.3) + jitter,
      sex: i % 3 ? 'M' : 'F',
      race: ['a', 'b', 'c'][i % 3 === 0 ? (i >> 1) % 3 : i % 3],
    });
  }
  return out;
}

export function csv(data: Row[], columns: (keyof Row)[] = ['id', 'label', 'score', 'sex', 'race']): string {
  return `${columns.join(',')}\n${data.map((row) => columns.map((c) => row[c] ?? '').join(',')).join('\n')}\n`;
}

function jsonl(data: object[]): string {
  return `${data.map((row) => JSON.stringify(row)).join('\n')}\n`;
}

function withRow(edit: (row: Row, i: number) => void, n = 240): Row[] {
  const data = rows(n);
  data.forEach(edit);
  return data;
}

export interface ConfigOptions {
  predictions?: string;
  data?: string;
  gates?: string;
  evaluate?: string;
}

export function config(options: ConfigOptions = {}): string {
  return `version: 1
data:
  predictions: ${options.predictions ?? 'eval/predictions.csv'}
  label: label
  score: score
  id: id
  groups: [sex, race]
${options.data ?? ''}evaluate:
${options.evaluate ?? ''}  gates:
${
  options.gates ??
  `    - metric: roc_auc
      min: 0.5
    - metric: demographic_parity_difference
      over: [race]
      max: 0.9
`
}`;
}

const predictions = (content: string | Buffer): Record<string, string | Buffer> => ({ 'eval/predictions.csv': content });
const PRED = 'eval/predictions.csv';

function dataCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  const bad = (name: string, content: string | Buffer, mentions: string | RegExp = PRED) =>
    cases.push({ name, files: predictions(content), mentions });
  bad('empty file', '');
  bad('header only', 'id,label,score,sex,race\n');
  bad('BOM only', '\uFEFF');
  bad('no label column', csv(rows(), ['id', 'score', 'sex', 'race']));
  bad('no score column', csv(rows(), ['id', 'label', 'sex', 'race']));
  bad('no group column', csv(rows(), ['id', 'label', 'score', 'sex']));
  for (const value of [
    'NaN',
    'nan',
    'Infinity',
    '-Infinity',
    'inf',
    '1e999',
    '-1e999',
    '1.5',
    '-0.1',
    '0x1',
    '0b1',
    '0o7',
    '1_0',
    ' ',
    '',
    'high',
    '5%',
    '0.5.1',
    '+-1',
    '1e',
    '.',
    '0,5',
  ]) {
    bad(
      `score ${JSON.stringify(value)} in one row`,
      csv(
        withRow((row, i) => {
          if (i === 17) row.score = value.includes(',') ? `"${value}"` : value;
        }),
      ),
    );
  }
  for (const value of ['2', '-1', '0x1', 'malignant', '', '1.5', 'NaN']) {
    bad(
      `label ${JSON.stringify(value)} in one row`,
      csv(
        withRow((row, i) => {
          if (i === 17) row.label = value;
        }),
      ),
    );
  }
  bad('ragged row with an extra field', `${csv(rows())}241,1,0.9,M,a,extra\n`);
  bad('ragged row with a missing field', `${csv(rows())}241,1,0.9,M\n`);
  // A line break inside a group value would render as two lines wherever the group is named.
  bad(
    'a quoted newline inside a group value',
    csv(
      withRow((row, i) => {
        if (i === 3) row.sex = '"M\ny"';
      }),
    ),
  );
  bad('unterminated quote', `${csv(rows())}241,1,0.9,"M,a\n`);
  bad('duplicate header', 'id,label,score,score,sex,race\n1,1,0.9,0.9,M,a\n');
  bad(
    'NUL byte inside a group value',
    csv(
      withRow((row, i) => {
        if (i === 5) row.sex = 'M\0';
      }),
    ),
  );
  bad('NUL bytes instead of data', Buffer.alloc(4096));
  bad('binary garbage', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)));
  bad(
    'duplicate ids',
    csv(
      withRow((row, i) => {
        if (i === 9) row.id = 3;
      }),
    ),
    /3/,
  );
  bad(
    'every row one class (AUC undefined)',
    csv(
      withRow((row) => {
        row.label = 1;
      }),
    ),
  );
  bad('a single row', 'id,label,score,sex,race\n1,1,0.9,M,a\n');
  bad(
    'missing group value',
    csv(
      withRow((row, i) => {
        if (i === 4) row.race = '';
      }),
    ),
  );
  bad('a header longer than a megabyte', `id,label,score,sex,race,${'h'.repeat(1 << 20)}\n1,1,0.9,M,a,x\n`);
  bad('a 20 MB line', `id,label,score,sex,race\n1,1,0.9,M,${'a'.repeat(20 << 20)}\n`);
  bad('gzip of 256 MB of NUL bytes', gzipSync(Buffer.alloc(256 << 20)), 'eval/predictions.csv.gz');
  bad('gzip that is not gzip', Buffer.from('not really gzip'), 'eval/predictions.csv.gz');
  bad('truncated gzip', gzipSync(Buffer.from(csv(rows()))).subarray(0, 200), 'eval/predictions.csv.gz');
  // The three gz cases above are written under the .gz name below.
  for (const c of cases.slice(-3)) {
    c.files = { 'eval/predictions.csv.gz': c.files![PRED] };
    c.config = config({ predictions: 'eval/predictions.csv.gz' });
  }

  // Invisible characters make a second group that renders exactly like an existing one.
  for (const [name, ch] of [
    ['zero-width space', '\u200B'],
    ['left-to-right mark', '\u200E'],
    ['word joiner', '\u2060'],
    ['BOM', '\uFEFF'],
    ['Arabic letter mark', '\u061C'],
    ['bell', '\u0007'],
    ['escape', '\u001B'],
  ]) {
    bad(
      `group value with a ${name}`,
      csv(
        withRow((row, i) => {
          if (i % 2) row.sex = `M${ch}`;
        }),
      ),
    );
  }
  return cases;
}

function validDataCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const name of PROTOTYPE_NAMES) {
    cases.push({
      name: `group named ${name}`,
      valid: true,
      files: predictions(
        csv(
          withRow((row, i) => {
            if (i % 3 === 0) row.race = name;
          }),
        ),
      ),
    });
  }
  for (const [key, text] of Object.entries(INJECTIONS)) {
    const quoted = `"${text.replace(/"/g, '""')}"`;
    cases.push({
      name: `group value with ${key} injection`,
      valid: true,
      files: predictions(
        csv(
          withRow((row, i) => {
            if (i % 3 === 0) row.race = quoted;
          }),
        ),
      ),
    });
  }
  // Binary labels read 1/0, true/false and yes/no alike (README, data.label).
  for (const value of ['yes', 'true', 'FALSE', '1.0']) {
    cases.push({
      name: `label ${JSON.stringify(value)} in one row`,
      valid: true,
      files: predictions(
        csv(
          withRow((row, i) => {
            if (i === 17) row.label = value;
          }),
        ),
      ),
    });
  }
  // RFC 4180 forbids it, but Python's csv and pandas read it as a literal quote, as modelgate does.
  cases.push({ name: 'quote inside an unquoted field', valid: true, files: predictions(`${csv(rows())}241,1,0.9,M"x,a\n`) });
  cases.push({ name: 'CRLF line ends and a BOM', valid: true, files: predictions(`\uFEFF${csv(rows()).replace(/\n/g, '\r\n')}`) });
  cases.push({
    name: 'quoted fields with escaped quotes',
    valid: true,
    files: predictions(
      csv(
        withRow((row, i) => {
          if (i === 3) row.sex = '"M ""x"" y"';
        }),
      ),
    ),
  });
  return cases;
}

function weightCases(): HostileCase[] {
  const weighted = (value: string) =>
    predictions(
      csv(
        withRow((row, i) => {
          row.weight = i === 11 ? value : i % 2 ? '1e308' : '1';
        }),
        ['id', 'label', 'score', 'sex', 'race', 'weight'],
      ),
    );
  const data = '  weight: weight\n';
  const gates = `    - metric: accuracy
      min: 0.99
    - metric: roc_auc
      min: 0.99
    - metric: log_loss
      max: 0.01
`;
  const cases: HostileCase[] = [];
  for (const value of ['1e308', '5e-324', '-1', 'NaN', 'Infinity', '0', '']) {
    cases.push({
      name: `weights near overflow with one weight ${JSON.stringify(value)}`,
      files: weighted(value),
      config: config({ data, gates }),
    });
  }
  cases.push({
    name: 'tiny weights (5e-324) on a random model',
    files: predictions(
      csv(
        withRow((row, i) => {
          row.weight = '5e-324';
          row.score = ((i * 2654435761) % 1000) / 1000;
        }),
        ['id', 'label', 'score', 'sex', 'race', 'weight'],
      ),
    ),
    config: config({ data, gates }),
  });
  return cases;
}

function jsonlCases(): HostileCase[] {
  const file = 'eval/predictions.jsonl';
  const base = rows().map((r) => ({ ...r }));
  const one = (name: string, content: string, valid = false): HostileCase => ({
    name: `JSONL: ${name}`,
    files: { [file]: content },
    config: config({ predictions: file }),
    mentions: valid ? undefined : file,
    valid,
  });
  return [
    one('not JSON', `${jsonl(base)}{not json}\n`),
    one('an array line', `${jsonl(base)}[1,2,3]\n`),
    one('a string line', `${jsonl(base)}"row"\n`),
    one('duplicate keys', `${jsonl(base)}{"id":241,"label":1,"score":0.9,"score":0.1,"sex":"M","race":"a"}\n`),
    one('score as a hex string', jsonl(base.map((r, i) => (i === 3 ? { ...r, score: '0x1' } : r)))),
    one('score as an object', jsonl(base.map((r, i) => (i === 3 ? { ...r, score: { valueOf: 1 } } : r)))),
    one('score null', jsonl(base.map((r, i) => (i === 3 ? { ...r, score: null } : r)))),
    one('label true (a boolean label, as documented)', jsonl(base.map((r, i) => (i === 3 ? { ...r, label: true } : r))), true),
    one('label 2', jsonl(base.map((r, i) => (i === 3 ? { ...r, label: 2 } : r)))),
    one('a __proto__ key', `${jsonl(base)}{"id":241,"label":1,"score":0.9,"sex":"M","race":"a","__proto__":{"score":1}}\n`, true),
    one('trailing garbage after an object', `${jsonl(base)}{"id":241,"label":1,"score":0.9,"sex":"M","race":"a"} x\n`),
    one('empty', ''),
    one(
      'deeply nested value',
      `${jsonl(base)}{"id":241,"label":1,"score":0.9,"sex":"M","race":${'['.repeat(100000)}${']'.repeat(100000)}}\n`,
    ),
    one('a 20 MB string value', `${jsonl(base)}{"id":241,"label":1,"score":0.9,"sex":"M","race":"${'a'.repeat(20 << 20)}"}\n`),
  ];
}

function pathCases(): HostileCase[] {
  const at = (name: string, path: string, extra: Partial<HostileCase> = {}): HostileCase => ({
    name: `predictions at ${name}`,
    config: config({ predictions: path }),
    ...extra,
  });
  return [
    at('/proc/self/environ', '/proc/self/environ'),
    at('/proc/self/cmdline', '/proc/self/cmdline'),
    at('/etc/passwd', '/etc/passwd'),
    at('/dev/zero', '/dev/zero'),
    at('/dev/urandom', '/dev/urandom'),
    at('/dev/stdin', '/dev/stdin'),
    at('a path climbing out of the workspace', '../../../../../../etc/passwd'),
    at('a symlink to /etc/passwd inside the workspace', 'eval/link.csv', { prepare: 'symlink-passwd', mentions: 'eval/link.csv' }),
    at('a FIFO', 'eval/fifo.csv', { prepare: 'fifo', mentions: 'eval/fifo.csv' }),
    at('a directory', 'eval/dir.csv', { prepare: 'directory', mentions: 'eval/dir.csv' }),
    at('a file that does not exist', 'eval/missing.csv', { mentions: 'eval/missing.csv' }),
    at('a glob matching nothing', "'eval/none-*.csv'", { mentions: 'eval/none-' }),
    at('an empty string', "''"),
    // With the format given, the extension no longer stops the read: only the path checks do.
    at('/proc/self/environ read as CSV', '/proc/self/environ', {
      config: config({ predictions: '/proc/self/environ', data: '  format: csv\n' }),
      mentions: '/proc/self/environ',
    }),
    at('/etc/passwd read as CSV', '/etc/passwd', {
      config: config({ predictions: '/etc/passwd', data: '  format: csv\n' }),
      mentions: /outside the workspace/,
    }),
    at('/dev/zero read as CSV', '/dev/zero', {
      config: config({ predictions: '/dev/zero', data: '  format: csv\n' }),
      mentions: '/dev/zero',
    }),
    at('a symlink to /proc/self/environ read as CSV', 'eval/env.csv', {
      prepare: 'symlink-environ',
      config: config({ predictions: 'eval/env.csv', data: '  format: csv\n' }),
      mentions: 'eval/env.csv',
    }),
    at('a name with a newline and a workflow command', JSON.stringify(`eval/x\n::set-output name=verdict::pass\n.csv`)),
    at('a shell substitution', "'eval/$(touch pwned).csv'"),
  ];
}

const CONFIG = '.modelgate.yml';

function configCases(): HostileCase[] {
  const data = predictions(csv(rows()));
  const one = (name: string, text: string): HostileCase => ({ name: `config: ${name}`, files: data, config: text, mentions: CONFIG });
  const gate = (rule: string) => config({ gates: rule });
  const cases = [
    one('not YAML', 'version: 1\ndata: [unclosed\n'),
    one('empty', ''),
    one('a YAML scalar', '42\n'),
    one('version 2', config().replace('version: 1', 'version: 2')),
    one('no version', config().replace('version: 1\n', '')),
    one('an unknown top-level key', `${config()}evalute:\n  gates: []\n`),
    one('a __proto__ key at the top', `${config()}__proto__:\n  polluted: true\n`),
    one('a constructor key in data', config({ data: '  constructor: {prototype: {polluted: true}}\n' })),
    one(
      'a billion laughs',
      `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n${config()}`,
    ),
    one('duplicate keys', config().replace('  label: label\n', '  label: label\n  label: score\n')),
    one('no gates', config({ gates: '    []\n' }).replace('  gates:\n    []', '  gates: []')),
    one('an unknown metric', gate('    - metric: roc_acu\n      min: 0.5\n')),
    one('min as a string', gate("    - metric: roc_auc\n      min: '0.5'\n")),
    one('min .nan', gate('    - metric: roc_auc\n      min: .nan\n')),
    one('max .inf', gate('    - metric: log_loss\n      max: .inf\n')),
    one('min -.inf', gate('    - metric: roc_auc\n      min: -.inf\n')),
    one('min 1e999', gate('    - metric: roc_auc\n      min: 1e999\n')),
    one('no bound at all', gate('    - metric: roc_auc\n')),
    one('both min and max_drop without a baseline', gate('    - metric: roc_auc\n      min: 0.5\n      max_drop: 0.01\n')),
    one('max 15 on equalized odds difference', gate('    - metric: equalized_odds_difference\n      over: [race]\n      max: 15\n')),
    one('max 30 on fpr', gate('    - metric: fpr\n      max: 30\n')),
    one('max_drop 5 on roc_auc', gate('    - metric: roc_auc\n      max_drop: 5\n')),
    one('min -1 on a ratio', gate('    - metric: demographic_parity_ratio\n      over: [race]\n      min: -1\n')),
    one('over an unknown attribute', gate('    - metric: demographic_parity_difference\n      over: [religion]\n      max: 0.1\n')),
    one('over __proto__', gate('    - metric: demographic_parity_difference\n      over: [__proto__]\n      max: 0.1\n')),
    one('where with a constructor key', gate('    - metric: roc_auc\n      where: {constructor: a}\n      min: 0.5\n')),
    one('minimum instead of min', gate('    - metric: roc_auc\n      minimum: 0.5\n')),
    one('severity shrug', gate('    - metric: roc_auc\n      min: 0.5\n      severity: shrug\n')),
    one('on lower_bound without bootstrap', gate('    - metric: roc_auc\n      min: 0.5\n      on: lower_bound\n')),
    one('threshold 2', config({ data: '  threshold: 2\n' })),
    one('threshold 0x1', config({ data: '  threshold: 0x1\n' })),
    one('max_bad_rows -1', config({ data: '  max_bad_rows: -1\n' })),
    one('bootstrap replicates 10^9', config({ evaluate: '  bootstrap: {replicates: 1000000000, seed: 1}\n' })),
    one('bootstrap level 1.5', config({ evaluate: '  bootstrap: {replicates: 50, level: 1.5, seed: 1}\n' })),
    one('label and score the same column', config().replace('  score: score', '  score: label')),
    one('a group that is the label', config().replace('groups: [sex, race]', 'groups: [label]')),
    one('a 1 MB key', `${config()}${'k'.repeat(1 << 20)}: 1\n`),
    one('nesting 10,000 deep', `${config()}x: ${'['.repeat(10000)}${']'.repeat(10000)}\n`),
    one('a tab-indented block', config().replace('  label: label', '\tlabel: label')),
    one('min_group_size 0', config({ evaluate: '  min_group_size: 0\n' })),
    one('inconclusive: maybe', config({ evaluate: '  inconclusive: maybe\n' })),
  ];
  cases.push({
    name: 'config file missing',
    files: data,
    args: ['evaluate', '--config', 'nope.yml', '--out', 'out'],
    mentions: 'nope.yml',
  });
  cases.push({ name: 'config at /proc/self/environ', files: data, args: ['evaluate', '--config', '/proc/self/environ', '--out', 'out'] });
  cases.push({ name: 'config is a directory', files: data, args: ['evaluate', '--config', 'eval', '--out', 'out'], mentions: 'eval' });
  return cases;
}

function argumentCases(): HostileCase[] {
  const data = predictions(csv(rows()));
  const run = (name: string, args: string[], files: Record<string, string | Buffer> = data, mentions?: string | RegExp): HostileCase => ({
    name: `arguments: ${name}`,
    files,
    args,
    mentions,
  });
  const evaluate = (...extra: string[]) => ['evaluate', '--config', CONFIG, '--out', 'out', ...extra];
  return [
    run('an unknown command', ['evalute']),
    run('an unknown flag', evaluate('--tresHold', '0.5')),
    run('threshold 0x1', evaluate('--threshold', '0x1')),
    run('threshold NaN', evaluate('--threshold', 'NaN')),
    run('threshold Infinity', evaluate('--threshold', 'Infinity')),
    run('threshold missing its value', evaluate('--threshold')),
    run('partials matching nothing', evaluate('--partials', 'shards/*.json'), data, 'shards/'),
    run(
      'a malformed partial',
      evaluate('--partials', 'shards/a.json'),
      { ...data, 'shards/a.json': '{"modelgate_partial":' },
      'shards/a.json',
    ),
    run('a partial that is an array', evaluate('--partials', 'shards/a.json'), { ...data, 'shards/a.json': '[]' }, 'shards/a.json'),
    run(
      'a partial with a __proto__ key',
      evaluate('--partials', 'shards/a.json'),
      { ...data, 'shards/a.json': '{"__proto__":{"verdict":"pass"}}' },
      'shards/a.json',
    ),
    run('emit-partial and partials together', evaluate('--emit-partial', 'p.json', '--partials', 'p.json')),
    run('predictions flag naming /proc/self/environ', evaluate('--predictions', '/proc/self/environ')),
  ];
}

export function hostileCases(): HostileCase[] {
  const all = [
    ...dataCases(),
    ...validDataCases(),
    ...weightCases(),
    ...jsonlCases(),
    ...pathCases(),
    ...configCases(),
    ...argumentCases(),
  ];
  const names = new Set<string>();
  for (const c of all) {
    if (names.has(c.name)) throw new Error(`duplicate hostile case name: ${c.name}`);
    names.add(c.name);
  }
  return all;
}
