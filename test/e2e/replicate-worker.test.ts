/**
 * The bootstrap replicate metrics of the bundle: measured on two threads (dist/workers/replicates.js takes about
 * half of the populations) they come out exactly as on one. MODELGATE_METRICS_WORKER=1 forces the second thread on
 * the small lending example, =0 keeps everything on one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lendingConfigPath, lendingWorkspace, runCli } from '../helpers/bundle.js';

describe('bootstrap replicate metrics on a second thread', () => {
  it('gives the report, byte for byte, that one thread gives (candidate and baseline, 200 replicates)', async () => {
    const workspace = lendingWorkspace(3000);
    const run = (worker: string) =>
      runCli(['evaluate', '--config', lendingConfigPath, '--out', `out-${worker}`], workspace, { MODELGATE_METRICS_WORKER: worker });
    const [two, one] = await Promise.all([run('1'), run('0')]);
    expect(two.code, two.stderr).toBe(one.code);
    expect([0, 1]).toContain(two.code);
    const report = (worker: string) => readFileSync(path.join(workspace, `out-${worker}`, 'report.json'), 'utf8');
    expect(report('1')).toBe(report('0'));
    const parsed = JSON.parse(report('1'));
    expect(Object.keys(parsed.intervals.groups)).toEqual(['sex', 'race']);
    expect(parsed.intervals.overall.roc_auc).toHaveLength(2);
  });

  it('sweeps rows kept in a RowStore with half the replicates on the second thread into the same report', async () => {
    const workspace = lendingWorkspace(3000);
    const run = (worker: string) =>
      runCli(['evaluate', '--config', lendingConfigPath, '--out', `rows-${worker}`], workspace, {
        MODELGATE_METRICS_WORKER: worker,
        MODELGATE_SCORE_STORE: 'rows',
      });
    const [two, one] = await Promise.all([run('1'), run('0')]);
    expect(two.code, two.stderr).toBe(one.code);
    const report = (worker: string) => readFileSync(path.join(workspace, `rows-${worker}`, 'report.json'), 'utf8');
    expect(report('1')).toBe(report('0'));
    expect(JSON.parse(report('1')).intervals.overall.roc_auc).toHaveLength(2);
  });
});
