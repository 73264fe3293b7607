/**
 * The metrics of the bundle measured on two threads (dist/workers/replicates.js takes about half of the bootstrap's
 * populations or replicates, or without bootstrap about half of a row sweep's populations) come out exactly as on
 * one. MODELGATE_METRICS_WORKER=1 forces the second thread on the small lending example, =0 keeps everything on one.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lendingConfigPath, lendingWorkspace, replaceOnce, repoRoot, runBundle, runCli, tempDir } from '../helpers/bundle.js';

describe('metrics on a second thread', () => {
  /** The reports of the lending example evaluated with the second thread forced and with none (same exit code), parsed. */
  async function reportsOnTwoThreadsAndOne(workspace: string, out: string, env: Record<string, string> = {}) {
    const run = (worker: string) =>
      runCli(['evaluate', '--config', lendingConfigPath, '--out', `${out}-${worker}`], workspace, {
        ...env,
        MODELGATE_METRICS_WORKER: worker,
      });
    const [two, one] = await Promise.all([run('1'), run('0')]);
    expect(two.code, two.stderr).toBe(one.code);
    const report = (worker: string) => readFileSync(path.join(workspace, `${out}-${worker}`, 'report.json'), 'utf8');
    expect(report('1')).toBe(report('0'));
    return { code: two.code, report: JSON.parse(report('1')) };
  }

  it('gives the report, byte for byte, that one thread gives (candidate and baseline, 200 replicates)', async () => {
    const { code, report } = await reportsOnTwoThreadsAndOne(lendingWorkspace(3000), 'out');
    expect([0, 1]).toContain(code);
    expect(Object.keys(report.intervals.groups)).toEqual(['sex', 'race']);
    expect(report.intervals.overall.roc_auc).toHaveLength(2);
  });

  it('sweeps rows kept in a RowStore with half the replicates on the second thread into the same report', async () => {
    const { report } = await reportsOnTwoThreadsAndOne(lendingWorkspace(3000), 'rows', { MODELGATE_SCORE_STORE: 'rows' });
    expect(report.intervals.overall.roc_auc).toHaveLength(2);
  });

  it('sweeps the populations of a point sweep apart on two threads into the same report (no bootstrap)', async () => {
    const workspace = lendingWorkspace(3000, (text) => replaceOnce(text, /^\s*bootstrap:.*$/m, ''));
    const { report } = await reportsOnTwoThreadsAndOne(workspace, 'points', { MODELGATE_SCORE_STORE: 'rows' });
    expect(report.intervals.overall).toEqual({});
    expect(report.metrics.overall.n).toBe(3000);
    expect(Object.keys(report.metrics.groups.race).length).toBeGreaterThan(1);
  });

  it('does hand the point sweep to the second thread: with its script broken, the run fails naming the work', async () => {
    const dist = path.join(tempDir(), 'dist');
    cpSync(path.join(repoRoot, 'dist'), dist, { recursive: true });
    writeFileSync(path.join(dist, 'workers', 'replicates.js'), "throw new Error('this worker script is broken on purpose');\n");
    const workspace = lendingWorkspace(3000, (text) => replaceOnce(text, /^\s*bootstrap:.*$/m, ''));
    const args = ['evaluate', '--config', lendingConfigPath, '--out', 'out'];
    const env = { MODELGATE_SCORE_STORE: 'rows' };
    const broken = await runBundle(path.join(dist, 'cli.js'), args, { cwd: workspace, env: { ...env, MODELGATE_METRICS_WORKER: '1' } });
    expect(broken.code).toBe(2);
    expect(broken.stdout + broken.stderr).toMatch(
      /sweeping populations on a second thread failed: this worker script is broken on purpose/,
    );
    // Kept on one thread, the same copy of the bundle measures (the lending gates on lower bounds then error alone).
    const one = await runBundle(path.join(dist, 'cli.js'), args, { cwd: workspace, env: { ...env, MODELGATE_METRICS_WORKER: '0' } });
    expect(one.stdout + one.stderr).not.toMatch(/second thread/);
    expect(JSON.parse(readFileSync(path.join(workspace, 'out', 'report.json'), 'utf8')).metrics.overall.n).toBe(3000);
  });
});
