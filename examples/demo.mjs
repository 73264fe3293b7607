// `npm run demo`: runs the gates on the embedded lending example with the committed bundles, the way CI would,
// and prints where the reports are. The example is built to fail one fairness gate, so a failing verdict here is
// the expected outcome: the demo shows what a reviewer sees when a candidate beats its baseline but is unfair.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'modelgate-report', 'demo', 'evaluate');

if (!existsSync(path.join(root, 'examples/lending/data/candidate.csv'))) {
  spawnSync(process.execPath, ['examples/lending/generate.mjs'], { cwd: root, stdio: 'inherit' });
}

console.log('modelgate demo: evaluate gate on examples/lending (candidate vs baseline, fairness by sex and race)\n');
const run = spawnSync(process.execPath, [
  'dist/cli.js', 'evaluate', '--config', 'examples/lending/.modelgate.yml', '--out', out,
], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

if (run.status === 2 || !existsSync(path.join(out, 'report.json'))) {
  console.error(`\nThe demo could not evaluate (exit code ${run.status}); see the messages above.`);
  process.exit(2);
}
const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
console.log(`verdict: ${report.verdict} (exit code ${run.status})`);
for (const check of report.checks) console.log(`  ${check.status.padEnd(12)} ${check.reason}`);
console.log(`\nReports:\n  ${path.relative(root, path.join(out, 'summary.md'))}   (what the pull request shows)\n  ${path.relative(root, path.join(out, 'report.json'))}\n  ${path.relative(root, path.join(out, 'junit.xml'))}`);
if (report.verdict === 'fail') console.log('\nThe gate failed on purpose: the candidate beats the baseline on ROC AUC but breaks the fairness bound for race=c.');
