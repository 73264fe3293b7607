/** The demo's evaluate report (examples/lending), computed by the real command with fewer bootstrap replicates to stay fast. */
import { loadConfig } from '../../shared/config/index.js';
import { evaluate } from '../../shared/commands/evaluate.js';
import { createLocalPlatform } from '../../shared/platform/local.js';
import type { Report } from '../../shared/report/model.js';
import { Writable } from 'node:stream';

export async function demoReport(): Promise<Report> {
  const loaded = await loadConfig('examples/lending/.modelgate.yml', {});
  loaded.config.evaluate.bootstrap = { ...loaded.config.evaluate.bootstrap!, replicates: 20 };
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  const { report } = await evaluate(
    { config: loaded.file },
    createLocalPlatform({ stdout: quiet, stderr: quiet, interactive: false }),
    loaded,
  );
  if (!report) throw new Error('the demo produced no report');
  return report;
}
