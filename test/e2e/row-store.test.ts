/**
 * The lending example (candidate and baseline, 200 bootstrap replicates keyed by id, groups, intersection, paired
 * deltas) through the built CLI with its scores kept as rows and as distinct-score tables: the same report.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/bundle.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('evaluate with a RowStore', () => {
  it("writes the lending example's report byte for byte as the distinct-score tables do", async () => {
    const out = tempDir();
    const reports: Record<string, unknown> = {};
    for (const store of ['rows', 'tables']) {
      const run = await runCli(['evaluate', '--config', 'examples/lending/.modelgate.yml', '--out', path.join(out, store)], root, {
        MODELGATE_SCORE_STORE: store,
      });
      expect(run.code, run.stderr).toBe(1); // the example fails its fairness gate on purpose
      const report = JSON.parse(readFileSync(path.join(out, store, 'report.json'), 'utf8')) as Record<string, unknown>;
      delete report.generated_at;
      reports[store] = report;
    }
    expect(JSON.stringify(reports.rows)).toEqual(JSON.stringify(reports.tables));
  }, 60_000);
});
