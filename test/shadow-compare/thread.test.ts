/**
 * The shadow log read on a second thread (dist/workers/shadow-side.js, used for large CSV logs) while the main
 * thread indexes production's: the same report as reading both logs on the main thread, and the same errors in the
 * same order. MODELGATE_READ_WORKER=1 forces the thread on small logs, =0 keeps both reads on the main thread.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir, writeFiles } from '../helpers/bundle.js';

/** More shadow rows than one batch of the thread (65,536), so that answers cross batches. */
const ROWS = 70_000;
/** Ids in ASCII, and some in two-, three- and four-byte UTF-8, which the thread sends as bytes. */
const id = (i: number) => `${['req', 'réq', 'req€', 'req🛰'][i % 4]}-${i.toString(36)}`;
const score = (i: number, shift: number) => (((i * 7919) % 10007) / 10007 + shift * ((i % 13) - 6) * 0.001).toFixed(6);

function logs(): { production: string; shadow: string } {
  const production = ['id,score,prediction,label,latency_ms,error,region'];
  const shadow = ['id,score,prediction,label,latency_ms,error'];
  for (let i = 0; i < ROWS; i++) {
    const region = ['eu', 'us', 'apac'][i % 3];
    production.push(
      `${id(i)},${score(i, 0)},${i % 5 ? 'ok' : 'fraud'},${i % 7 === 0 ? 'ok' : ''},${20 + (i % 17)},${i % 101 === 0 ? 1 : 0},${region}`,
    );
  }
  // Shadow: its own order, a few requests production never saw (one with a class only they have), repeats, and
  // labels that only the shadow log carries.
  for (let k = 0; k < ROWS; k++) {
    const i = (k * 48271) % ROWS;
    if (i % 997 === 0) continue;
    const prediction = i % 5 && i % 211 !== 0 ? 'ok' : 'fraud';
    shadow.push(`${id(i)},${score(i, 1)},${prediction},${i % 11 === 0 ? 'fraud' : ''},${21 + (i % 19)},${i % 89 === 0 ? 1 : 0}`);
    if (i % 5003 === 0) shadow.push(`${id(i)},0.5,ok,,20,0`);
  }
  shadow.push(`${id(ROWS + 1)},0.25,maybe,,20,0`, `${id(ROWS + 2)},0.75,ok,,20,0`, `${id(ROWS + 2)},0.75,ok,,20,0`);
  return { production: `${production.join('\n')}\n`, shadow: `${shadow.join('\n')}\n` };
}

const config = (production: string, shadow: string, extra = '') => `version: 1
shadow_compare:
  production: ${production}
  shadow: ${shadow}
  id: id
  score: score
  prediction: prediction
  label: label
  latency: latency_ms
  error: error
  segments: [region]
  min_join_rate: 0.5
${extra}  gates:
    - {metric: agreement, min: 0.5}
    - {metric: flip_rate, over: [region], max: 0.5}
    - {metric: mcnemar, min: 0}
    - {metric: ks, max: 1}
    - {metric: latency_p99_delta, max: 100}
`;

let dir: string;
beforeAll(() => {
  dir = tempDir('modelgate-shadow-thread-');
  const { production, shadow } = logs();
  const lines = shadow.split('\n');
  writeFiles(dir, {
    'production.csv': production,
    'shadow.csv': shadow,
    // A score that is no number, in the second batch of the shadow log.
    'bad-shadow.csv': [...lines.slice(0, 68_000), `${id(5)},high,ok,,20,0`, ...lines.slice(68_000)].join('\n'),
    'bad-production.csv': production.replace(`\n${id(60_000)},`, `\n${id(60_000)},,`),
    'both.yml': config('production.csv', 'shadow.csv'),
    // Delayed labels for every third request, some of which the logs label too (the logs' label wins).
    'labels.csv': ['id,label', ...Array.from({ length: ROWS / 3 }, (_, k) => `${id(3 * k)},${k % 4 ? 'ok' : 'fraud'}`)].join('\n'),
    'labelled.yml': config('production.csv', 'shadow.csv').replace(
      '  shadow: shadow.csv\n',
      '  shadow: shadow.csv\n  labels: labels.csv\n',
    ),
    'bad-shadow.yml': config('production.csv', 'bad-shadow.csv'),
    'bad-both.yml': config('bad-production.csv', 'bad-shadow.csv'),
  });
});

const run = (file: string, worker: string) =>
  runCli(['shadow-compare', '--config', file, '--out', `out-${file}-${worker}`], dir, { MODELGATE_READ_WORKER: worker });
const reportOf = (file: string, worker: string) => JSON.parse(readFileSync(path.join(dir, `out-${file}-${worker}`, 'report.json'), 'utf8'));

describe('shadow-compare with the shadow log on a second thread', () => {
  it('writes the same report as reading both logs on the main thread', async () => {
    const [onThread, onMain] = await Promise.all([run('both.yml', '1'), run('both.yml', '0')]);
    expect(onThread.code, onThread.stderr).toBe(onMain.code);
    const [a, b] = [reportOf('both.yml', '1'), reportOf('both.yml', '0')];
    expect(a.error).toBeUndefined();
    expect(a).toEqual(b);
    const join = a.sections.shadow_compare.join;
    expect(join.duplicateShadow).toBeGreaterThan(0);
    expect(join.unmatchedShadow).toBe(2);
    expect(join.unmatchedProduction).toBeGreaterThan(0);
    // A class only unmatched shadow answers give is no class of the comparison.
    expect(a.sections.shadow_compare.comparison.classification.classes).toEqual(['fraud', 'ok']);
    const top = a.sections.shadow_compare.top_disagreements.map((d: { id: string }) => d.id);
    expect(top.length).toBe(20);
    expect(top.some((shown: string) => [...shown].some((character) => character.charCodeAt(0) > 0x7f))).toBe(true);
  });

  it('joins delayed labels as on the main thread', async () => {
    const [onThread, onMain] = await Promise.all([run('labelled.yml', '1'), run('labelled.yml', '0')]);
    expect(onThread.code, onThread.stderr).toBe(onMain.code);
    const [a, b] = [reportOf('labelled.yml', '1'), reportOf('labelled.yml', '0')];
    expect(a).toEqual(b);
    expect(a.sections.shadow_compare.join.labels).toBe(Math.floor(ROWS / 3));
    // The logs alone label about a fifth of the pairs (every 7th request in production's, every 11th in the shadow's).
    expect(a.sections.shadow_compare.join.labelledPairs).toBeGreaterThan(ROWS / 3);
  });

  it("stops at a bad value of the shadow log with the main thread's error", async () => {
    const [onThread, onMain] = await Promise.all([run('bad-shadow.yml', '1'), run('bad-shadow.yml', '0')]);
    expect(onThread.code).toBe(2);
    expect(onThread.code).toBe(onMain.code);
    expect(reportOf('bad-shadow.yml', '1').error).toEqual(reportOf('bad-shadow.yml', '0').error);
    expect(reportOf('bad-shadow.yml', '1').error.message).toMatch(/"high" is not a finite decimal number/);
  });

  it("reports the production log's error first when both logs have one, though the shadow log's is met first", async () => {
    const [onThread, onMain] = await Promise.all([run('bad-both.yml', '1'), run('bad-both.yml', '0')]);
    expect(onThread.code).toBe(2);
    expect(onThread.code).toBe(onMain.code);
    const error = reportOf('bad-both.yml', '1').error;
    expect(error).toEqual(reportOf('bad-both.yml', '0').error);
    expect(error.file).toBe('bad-production.csv');
  });
});
