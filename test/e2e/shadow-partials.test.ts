/**
 * Sharded shadow-compare through the CLI bundle: three jobs each write the partial of their shard of the request
 * ids (--shard K/3 --emit-partial), a fourth merges them (--partials), and the merged report is the single pass's.
 * Then every way a merge can go wrong: a shard missing or given twice, the same partial twice, another config's
 * columns, a file that is not a partial, and the flags that do not go together.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertValidReport } from '../../shared/report/validate.js';
import { readJson, repoRoot, runCli, tempDir, writeFiles } from '../helpers/bundle.js';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'shadow');
const CONFIG = `version: 1
shadow_compare:
  production: logs/production.csv
  shadow: logs/shadow.csv
  id: id
  score: score
  prediction: prediction
  label: label
  latency: latency_ms
  error: error
  segments: [region]
  min_join_rate: 0.9
  gates:
    - metric: flip_rate
      over: [region]
      max: 0.1
    - metric: ks
      max: 0.05
    - metric: brier_delta
      max: 0.02
    - metric: latency_p95_delta
      max: 5
`;

const dir = tempDir('modelgate-shadow-shards-');
const report = (out: string) => readJson(path.join(dir, out, 'report.json'));

beforeAll(async () => {
  writeFiles(dir, {
    '.modelgate.yml': CONFIG,
    'logs/production.csv': readFileSync(path.join(fixtures, 'production.csv')),
    'logs/shadow.csv': readFileSync(path.join(fixtures, 'shadow.csv')),
  });
  const runs = await Promise.all([
    runCli(['shadow-compare', '--out', 'single'], dir),
    ...[1, 2, 3].map((k) => runCli(['shadow-compare', '--shard', `${k}/3`, '--emit-partial', `parts/shard-${k}.json.gz`], dir)),
  ]);
  expect(runs[0].code, runs[0].stderr).toBe(1);
  for (const run of runs.slice(1)) expect(run.code, run.stderr).toBe(0);
}, 120_000);

describe('shadow-compare sharded by request id (CLI bundle)', () => {
  it('three shards merged give the single pass: the same counts, checks and statistics', async () => {
    const run = await runCli(['shadow-compare', '--partials', 'parts/*.json.gz', '--out', 'merged'], dir);
    expect(run.code, run.stderr).toBe(1);
    const [single, merged] = [report('single'), report('merged')];
    assertValidReport(merged);
    const a = single.sections.shadow_compare;
    const b = merged.sections.shadow_compare;
    expect(b.join).toEqual(a.join);
    expect(b.data).toEqual(a.data);
    expect(merged.checks.map((c: any) => [c.id, c.status])).toEqual(single.checks.map((c: any) => [c.id, c.status]));
    // The pairs come in another order, so sums may differ in their last bits; order statistics not at all.
    for (const [x, y] of merged.checks.map((c: any, k: number) => [c.value, single.checks[k].value])) expect(x).toBeCloseTo(y, 12);
    expect(b.comparison.scores.deltaQuantiles).toEqual(a.comparison.scores.deltaQuantiles);
    expect(b.comparison.latency).toEqual(a.comparison.latency);
    // The latency deltas' bootstrap intervals draw their weights from the values, never from the pairs' order.
    const latencyChecks = (r: any) =>
      r.checks.filter((c: any) => c.metric.startsWith('latency_')).map((c: any) => [c.interval, c.evidence]);
    expect(latencyChecks(merged)).toEqual(latencyChecks(single));
    expect(latencyChecks(single).length).toBeGreaterThan(0);
    expect(a.comparison.latency.deltaIntervals.p95).toHaveLength(2);
    expect(b.comparison.classification).toEqual(a.comparison.classification);
    expect(b.comparison.segments).toEqual(a.comparison.segments);
    expect(new Set(b.top_disagreements.map((d: any) => d.id))).toEqual(new Set(a.top_disagreements.map((d: any) => d.id)));
    expect(merged.notes.join(' ')).toContain("Merged from 3 shards' partials");
    // Each shard kept about a third of the pairs.
    const sizes = [1, 2, 3].map((k) => readFileSync(path.join(dir, 'parts', `shard-${k}.json.gz`)).length);
    for (const size of sizes) expect(size).toBeLessThan(sizes.reduce((x, y) => x + y) / 2);
  });

  it('refuses a merge with a shard missing, a shard twice, or the same partial twice', async () => {
    const missing = await runCli(
      ['shadow-compare', '--partials', 'parts/shard-1.json.gz', '--partials', 'parts/shard-3.json.gz', '--out', 'm1'],
      dir,
    );
    expect(missing.code).toBe(2);
    expect(report('m1').error.message).toMatch(/shard 2 of 3 missing/);
    writeFileSync(path.join(dir, 'parts-copy.json.gz'), readFileSync(path.join(dir, 'parts', 'shard-2.json.gz')));
    const twice = await runCli(['shadow-compare', '--partials', 'parts/*.json.gz', '--partials', 'parts-copy.json.gz', '--out', 'm2'], dir);
    expect(twice.code).toBe(2);
    expect(report('m2').error.message).toMatch(/is the same partial as parts\/shard-2\.json\.gz/);
  });

  it('refuses partials of other columns, files that are not partials, and flags that do not go together', async () => {
    const other = `${dir}/other.yml`;
    writeFileSync(other, CONFIG.replace('  latency: latency_ms\n', '  latency: latency_ms_v2\n'));
    const spec = await runCli(['shadow-compare', '--config', 'other.yml', '--partials', 'parts/*.json.gz', '--out', 'm3'], dir);
    expect(spec.code).toBe(2);
    expect(report('m3').error.message).toMatch(/compared other columns/);
    writeFileSync(path.join(dir, 'junk.json.gz'), gzipSync('{"modelgate_partial": 1}'));
    const junk = await runCli(['shadow-compare', '--partials', 'junk.json.gz', '--out', 'm4'], dir);
    expect(junk.code).toBe(2);
    expect(report('m4').error.message).toMatch(/not a shadow-compare partial/);
    for (const [args, message] of [
      [['--emit-partial', 'x.json.gz'], /--emit-partial and --shard K\/N come together/],
      [['--shard', '4/3', '--emit-partial', 'x.json.gz'], /is not K\/N/],
      [['--shard', '1/2', '--partials', 'parts/*.json.gz'], /takes neither --emit-partial nor --shard/],
    ] as const) {
      const run = await runCli(['shadow-compare', ...args, '--out', 'm5'], dir);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout + run.stderr).toMatch(message);
    }
  });

  it('refuses a tampered partial whose class code is past its class names, rather than renumbering it', async () => {
    const partial = JSON.parse(gunzipSync(readFileSync(path.join(dir, 'parts', 'shard-1.json.gz'))).toString('utf8'));
    const codes = new Int32Array(Buffer.from(partial.pairs.production.prediction, 'base64').buffer.slice(0));
    codes[0] = 7;
    partial.pairs.production.prediction = Buffer.from(codes.buffer).toString('base64');
    writeFiles(dir, { 'tampered/shard-1.json.gz': gzipSync(JSON.stringify(partial)) });
    for (const k of [2, 3])
      writeFiles(dir, { [`tampered/shard-${k}.json.gz`]: readFileSync(path.join(dir, 'parts', `shard-${k}.json.gz`)) });
    const run = await runCli(['shadow-compare', '--partials', 'tampered/*.json.gz', '--out', 'm7'], dir);
    expect(run.code).toBe(2);
    expect(report('m7').error.message).toMatch(/pair 0 has a code outside its names/);
  });

  it('refuses a partial whose record of what it read is not the shape a shard writes', async () => {
    const partial = JSON.parse(gunzipSync(readFileSync(path.join(dir, 'parts', 'shard-1.json.gz'))).toString('utf8'));
    partial.data.production.files = [{ html: '<script>' }];
    writeFiles(dir, { 'odd/shard-1.json.gz': gzipSync(JSON.stringify(partial)) });
    const run = await runCli(['shadow-compare', '--partials', 'odd/shard-1.json.gz', '--out', 'm8'], dir);
    expect(run.code).toBe(2);
    expect(report('m8').error.message).toMatch(/what it read is malformed/);
  });

  it('keeps a redacted compared column on the runner: no partial is written', async () => {
    writeFileSync(`${dir}/redacted.yml`, CONFIG.replace('min_join_rate: 0.9', 'min_join_rate: 0.9\n  redact: [score]'));
    const run = await runCli(
      ['shadow-compare', '--config', 'redacted.yml', '--shard', '1/2', '--emit-partial', 'r.json.gz', '--out', 'm6'],
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/"score" is redacted: it must not leave the runner/);
  });
});
