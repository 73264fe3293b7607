/**
 * The rule judge through the real CLI bundle (`node dist/cli.js evaluate`) on hostile data: extreme weights, group
 * values and columns named after Object.prototype members, and the fairness cases of the audit (an intersection
 * of a subset of the attributes, two rules on one disparity metric).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJson, runCli, tempDir, writeFiles } from '../helpers/bundle.js';

/** A deterministic stream of numbers in [0, 1). */
function uniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Check {
  id: string;
  status: string;
  raw_status: string;
  reason: string;
  value: number | null;
}

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

const evaluate = (config: string, out: string) => runCli(['evaluate', '--config', config, '--out', out], dir);

describe('a random model with extreme weights', () => {
  const rules = `evaluate:
  bootstrap: {replicates: 20, level: 0.9, seed: 1}
  gates:
    - {metric: accuracy, min: 0.99}
    - {metric: roc_auc, min: 0.99}
    - {metric: log_loss, max: 0.01}
    - {metric: accuracy, max_drop: 0}
    - {metric: roc_auc, max_drop: 0}
`;
  const config = (weight: string, maxBadRows: number) => `version: 1
data:
  predictions: weights/${weight}.csv
  baseline: weights/${weight}-baseline.csv
  label: label
  score: score
  weight: w
  id: id
  max_bad_rows: ${maxBadRows}
${rules}`;

  beforeAll(() => {
    const random = uniform(7);
    const huge = ['id,label,score,w'];
    const tiny = ['id,label,score,w'];
    const hugeBaseline = ['id,label,score,w'];
    const tinyBaseline = ['id,label,score,w'];
    for (let i = 0; i < 400; i++) {
      const label = random() < 0.5 ? 1 : 0;
      const score = random().toFixed(4);
      // Every third row carries an extreme weight: summed, 1e308 overflows, and 5e-324 squared underflows to 0.
      const extreme = i % 3 === 0;
      huge.push(`${i},${label},${score},${extreme ? '1e308' : '1'}`);
      tiny.push(`${i},${label},${score},${extreme ? '5e-324' : '1'}`);
      // A perfect baseline on the same rows: the random candidate can only be worse.
      hugeBaseline.push(`${i},${label},${label ? '0.9' : '0.1'},${extreme ? '1e308' : '1'}`);
      tinyBaseline.push(`${i},${label},${label ? '0.9' : '0.1'},${extreme ? '5e-324' : '1'}`);
    }
    writeFiles(dir, {
      'weights/huge.csv': `${huge.join('\n')}\n`,
      'weights/tiny.csv': `${tiny.join('\n')}\n`,
      'weights/all-tiny.csv': `${tiny.map((line, i) => (i === 0 ? line : line.replace(/,[^,]*$/, ',5e-324'))).join('\n')}\n`,
      'weights/huge-baseline.csv': `${hugeBaseline.join('\n')}\n`,
      'weights/tiny-baseline.csv': `${tinyBaseline.join('\n')}\n`,
      'weights/all-tiny-baseline.csv': `${tinyBaseline.map((line, i) => (i === 0 ? line : line.replace(/,[^,]*$/, ',5e-324'))).join('\n')}\n`,
      'huge.yml': config('huge', 0),
      'tiny.yml': config('tiny', 0),
      'huge-skipped.yml': config('huge', 1000),
      'tiny-skipped.yml': config('tiny', 1000),
      'all-tiny.yml': config('all-tiny', 1000),
    });
  });

  it.each(['huge', 'tiny'])('is refused with exit 2 naming the file, line, column and allowed range (%s weights)', async (kind) => {
    const run = await evaluate(`${kind}.yml`, `out/${kind}`);
    expect(run.code, run.stderr).toBe(2);
    const report = readJson(path.join(dir, `out/${kind}/report.json`));
    expect(report.verdict).toBe('error');
    expect(report.error).toMatchObject({ kind: 'DataError', file: `weights/${kind}.csv`, line: 2, column: 'w' });
    expect(report.error.message).toContain('a weight must be 0 or a number from 1e-12 to 1000000');
  });

  it.each(['huge', 'tiny'])('fails every bound when the extreme rows are skipped (%s weights)', async (kind) => {
    const run = await evaluate(`${kind}-skipped.yml`, `out/${kind}-skipped`);
    expect(run.code, run.stderr).toBe(1);
    const report = readJson(path.join(dir, `out/${kind}-skipped/report.json`));
    expect(report.data.rowsSkipped).toEqual({ bad_weight: 134 });
    expect(report.checks.map((c: Check) => c.raw_status)).toEqual(['fail', 'fail', 'fail', 'fail', 'fail']);
  });

  it('errors when every row has an extreme weight', async () => {
    const run = await evaluate('all-tiny.yml', 'out/all-tiny');
    expect(run.code).toBe(2);
    expect(readJson(path.join(dir, 'out/all-tiny/report.json')).verdict).toBe('error');
  });
});

/** Every name Object.prototype has, and a plain one. */
const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'a'];

describe('group values named after Object.prototype members', () => {
  beforeAll(() => {
    const random = uniform(3);
    const rows = ['id,label,score,g,s'];
    const baseline = ['id,label,score,g,s'];
    let id = 0;
    for (const g of PROTOTYPE_NAMES) {
      for (let k = 0; k < 40; k++) {
        const label = k % 2;
        // Each group its own selection rate, so the disparity depends on every one of them.
        const score = (random() < (PROTOTYPE_NAMES.indexOf(g) + 1) / (PROTOTYPE_NAMES.length + 1) ? 0.9 : 0.1).toFixed(1);
        const s = PROTOTYPE_NAMES[(id * 7) % PROTOTYPE_NAMES.length];
        rows.push(`${id},${label},${score},${g},${s}`);
        // The baseline has no group named constructor.
        baseline.push(`${id},${label},${score},${g === 'constructor' ? 'other' : g},${s}`);
        id++;
      }
    }
    const config = (baselineRule: boolean) => `version: 1
data:
  predictions: proto/predictions.csv
  label: label
  score: score
  id: id
  groups: [g]
  slices: [s]
${baselineRule ? '  baseline: proto/baseline.csv' : ''}
evaluate:
  bootstrap: {replicates: 20, level: 0.9, seed: 5}
  gates:
    - {metric: selection_rate_difference, over: [g], max: 1}
    - {metric: accuracy, over: [g], min: 0}
    - {metric: accuracy, where: {g: constructor}, min: 0}
    - {metric: accuracy, where: {g: __proto__}, min: 0}
    - {metric: accuracy, where: {s: toString}, min: 0}
${baselineRule ? '    - {metric: accuracy, where: {g: constructor}, max_drop: 1}' : ''}
`;
    writeFiles(dir, {
      'proto/predictions.csv': `${rows.join('\n')}\n`,
      'proto/baseline.csv': `${baseline.join('\n')}\n`,
      'proto.yml': config(false),
      'proto-baseline.yml': config(true),
    });
  });

  it('reports every group, in report.json and in the Markdown, and the fairness rule sees all of them', async () => {
    const run = await evaluate('proto.yml', 'out/proto');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(/InternalError|\n\s+at /);
    const text = readFileSync(path.join(dir, 'out/proto/report.json'), 'utf8');
    const report = JSON.parse(text);
    // JSON.parse makes `__proto__` an own key, as JSON.stringify wrote it.
    expect(Object.keys(report.metrics.groups.g).sort()).toEqual([...PROTOTYPE_NAMES].sort());
    expect(Object.keys(report.metrics.slices.s).sort()).toEqual([...PROTOTYPE_NAMES].sort());
    expect(Object.keys(report.intervals.groups.g).sort()).toEqual([...PROTOTYPE_NAMES].sort());
    for (const name of PROTOTYPE_NAMES) expect(report.metrics.groups.g[name].n).toBe(40);
    const checks: Check[] = report.checks;
    const perGroup = checks.filter((c) => c.id.startsWith('accuracy[g='));
    expect(perGroup.map((c) => c.id).sort()).toEqual(
      PROTOTYPE_NAMES.map((name) => `accuracy[g=${name}]`)
        .concat(['accuracy[g=__proto__] #2', 'accuracy[g=constructor] #2'])
        .sort(),
    );
    expect(perGroup.every((c) => c.status === 'pass')).toBe(true);
    // The disparity is max - min over all groups: the first (lowest rate) and the last (highest) are both named.
    const disparity = report.disparities.g.selection_rate_difference;
    const rates = PROTOTYPE_NAMES.map((name) => report.metrics.groups.g[name].selection_rate as number);
    expect(disparity.value).toBeCloseTo(Math.max(...rates) - Math.min(...rates), 12);
    expect(checks.find((c) => c.id === 'accuracy[s=toString]')!.status).toBe('pass');
    const summary = readFileSync(path.join(dir, 'out/proto/summary.md'), 'utf8');
    expect(summary).toContain('\\_\\_proto\\_\\_');
  });

  it('says inconclusive, not InternalError, when the baseline lacks the group constructor', async () => {
    const run = await evaluate('proto-baseline.yml', 'out/proto-baseline');
    expect(run.stdout + run.stderr).not.toMatch(/InternalError|\n\s+at /);
    expect(run.code, run.stderr).toBe(1);
    const report = readJson(path.join(dir, 'out/proto-baseline/report.json'));
    const drop = report.checks.find((c: Check) => c.id === 'accuracy[g=constructor] vs baseline');
    expect(drop).toMatchObject({ status: 'inconclusive' });
    expect(drop.reason).toContain('missing from the candidate or the baseline');
    expect(Object.keys(report.baseline.groups.g)).not.toContain('constructor');
    expect(Object.keys(report.baseline.groups.g)).toContain('__proto__');
  });
});

describe('columns named after Object.prototype members', () => {
  it('are attributes, slices, where: keys and intersections like any other name', async () => {
    const rows = ['label,score,__proto__,constructor,toString'];
    for (let i = 0; i < 240; i++)
      rows.push(`${i % 2},${i % 3 === 0 ? 0.9 : 0.2},${['x', 'y'][i % 2]},${['p', 'q', 'r'][i % 3]},${['s', 't'][(i >> 1) % 2]}`);
    writeFiles(dir, {
      'columns/predictions.csv': `${rows.join('\n')}\n`,
      'columns.yml': `version: 1
data:
  predictions: columns/predictions.csv
  label: label
  score: score
  groups: [__proto__, constructor]
  slices: [toString]
evaluate:
  gates:
    - {metric: demographic_parity_difference, max: 1}
    - {metric: accuracy, where: {__proto__: x}, min: 0}
    - {metric: accuracy, where: {toString: s}, min: 0}
    - {metric: selection_rate, over: [__proto__, constructor], intersect: true, min: 0}
`,
    });
    const run = await evaluate('columns.yml', 'out/columns');
    expect(run.code, run.stderr).toBe(0);
    const report = readJson(path.join(dir, 'out/columns/report.json'));
    expect(Object.keys(report.metrics.groups)).toEqual(['__proto__', 'constructor']);
    expect(Object.keys(report.metrics.slices)).toEqual(['toString']);
    expect(Object.keys(report.metrics.intersections)).toEqual(['__proto__ & constructor']);
    expect(Object.keys(report.disparities).sort()).toEqual(['__proto__', '__proto__ & constructor', 'constructor']);
    expect(report.checks.map((c: Check) => c.id)).toEqual([
      'demographic_parity_difference[__proto__]',
      'demographic_parity_difference[constructor]',
      'accuracy[__proto__=x]',
      'accuracy[toString=s]',
      ...['x & p', 'x & q', 'x & r', 'y & p', 'y & q', 'y & r'].map((cell) => `selection_rate[__proto__ & constructor=${cell}]`),
    ]);
    expect(report.checks.find((c: Check) => c.id === 'accuracy[__proto__=x]').n).toBe(120);
  });
});

describe('fairness over a subset of the attributes and two rules on one disparity', () => {
  beforeAll(() => {
    // Selection rates over the a & b cells: 1, 0.5, 0.5, 0.5 (parity difference 0.5). Over a & b & c one cell has
    // rate 0 (a1, b1, c0), so the intersection of all three attributes would say 1.
    const selected: Record<string, number> = {
      a0b0c0: 1,
      a0b0c1: 1,
      a0b1c0: 0.5,
      a0b1c1: 0.5,
      a1b0c0: 0.5,
      a1b0c1: 0.5,
      a1b1c0: 0,
      a1b1c1: 1,
    };
    const rows = ['id,label,score,a,b,c'];
    let id = 0;
    for (const [cell, rate] of Object.entries(selected)) {
      for (let k = 0; k < 40; k++) rows.push(`${id++},${k % 2},${k < rate * 40 ? 0.9 : 0.1},a${cell[1]},b${cell[3]},c${cell[5]}`);
    }
    writeFiles(dir, {
      'abc/predictions.csv': `${rows.join('\n')}\n`,
      'abc.yml': `version: 1
data:
  predictions: abc/predictions.csv
  label: label
  score: score
  groups: [a, b, c]
evaluate:
  gates:
    - {metric: demographic_parity_difference, over: [a, b], intersect: true, max: 0.6}
    - {metric: demographic_parity_difference, over: [a, b, c], intersect: true, max: 0.6}
    - {metric: selection_rate, over: [a, b], intersect: true, min: 0.4}
    - {metric: demographic_parity_difference, over: [a], max: 1}
    - {metric: demographic_parity_difference, over: [a], relative_to: overall, max: 1}
`,
    });
  });

  it('evaluates only the a & b intersection for over: [a, b], and keeps both disparities of one metric', async () => {
    const run = await evaluate('abc.yml', 'out/abc');
    expect(run.code, run.stderr).toBe(1);
    const report = readJson(path.join(dir, 'out/abc/report.json'));
    const checks: Check[] = report.checks;
    expect(checks[0]).toMatchObject({ id: 'demographic_parity_difference[a & b]', status: 'pass', value: 0.5 });
    expect(checks[1]).toMatchObject({ id: 'demographic_parity_difference[a & b & c]', status: 'fail', value: 1 });
    expect(checks.filter((c) => c.id.startsWith('selection_rate[')).map((c) => [c.id, c.value])).toEqual([
      ['selection_rate[a & b=a0 & b0]', 1],
      ['selection_rate[a & b=a0 & b1]', 0.5],
      ['selection_rate[a & b=a1 & b0]', 0.5],
      ['selection_rate[a & b=a1 & b1]', 0.5],
    ]);
    expect(Object.keys(report.metrics.intersections).sort()).toEqual(['a & b', 'a & b & c']);
    expect(Object.keys(report.metrics.groups)).toEqual(['a', 'b', 'c']);
    // Between groups (a0: 0.75, a1: 0.5) and relative to overall (0.625) are two different numbers, both kept.
    expect(report.disparities.a.demographic_parity_difference.value).toBeCloseTo(0.25, 12);
    expect(report.disparities.a['demographic_parity_difference (relative to overall)'].value).toBeCloseTo(0.125, 12);
    const [between, overall] = checks.slice(-2);
    expect([between.value, overall.value]).toEqual([
      report.disparities.a.demographic_parity_difference.value,
      report.disparities.a['demographic_parity_difference (relative to overall)'].value,
    ]);
    const summary = readFileSync(path.join(dir, 'out/abc/summary.md'), 'utf8');
    expect(summary).toContain('demographic parity difference \\(relative to overall\\) over a is 0.125');
    expect(summary).toContain('| a | demographic parity difference \\(relative to overall\\) | 0.125 |');
  });
});
