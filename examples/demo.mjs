// `npm run demo`: runs the gates on the embedded lending example with the committed bundles, the way CI would,
// and prints where the reports are. The evaluate example is built to fail one fairness gate, so a failing verdict
// there is the expected outcome: the demo shows what a reviewer sees when a candidate beats its baseline but is
// unfair. The train step trains a logistic regression on a stratified sample and gates its held-out predictions.
// The shadow-compare step compares a shadow deployment's answers with production's on the same requests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, 'modelgate-report', 'demo');

if (!existsSync(path.join(root, 'examples/lending/data/candidate.csv'))) {
  spawnSync(process.execPath, ['examples/lending/generate.mjs'], { cwd: root, stdio: 'inherit' });
}

function runGate(title, args, out) {
  console.log(`\n== ${title}\n`);
  const run = spawnSync(process.execPath, ['dist/cli.js', ...args, '--out', path.relative(root, out)], {
    cwd: root,
    // The CLI's own terminal summary: verdict, the checks needing attention, the report paths.
    stdio: ['ignore', 'inherit', 'inherit'],
    // Outside CI the train gate's artifact and cache go to directories; keep them beside the demo's reports.
    env: { ...process.env, MODELGATE_ARTIFACT_DIR: path.join(reports, 'artifacts'), MODELGATE_CACHE_DIR: path.join(reports, 'cache') },
  });
  const reportFile = path.join(out, 'report.json');
  if (!existsSync(reportFile)) {
    console.error(`\nThe demo could not run ${title} (exit code ${run.status}); see the messages above.`);
    process.exit(2);
  }
  return JSON.parse(readFileSync(reportFile, 'utf8'));
}

console.log('modelgate demo on examples/lending: a credit model, its baseline, and fairness by sex and race');

const evaluated = runGate(
  'evaluate: candidate vs baseline',
  ['evaluate', '--config', 'examples/lending/.modelgate.yml'],
  path.join(reports, 'evaluate'),
);
if (evaluated.verdict === 'fail') {
  console.log(
    '\nThe evaluate gate failed on purpose: the candidate beats the baseline on ROC AUC but breaks the four-fifths rule for race=c.',
  );
}
runGate(
  'train: stratified sample -> logistic regression -> held-out gates',
  ['train', '--config', 'examples/lending/train.modelgate.yml'],
  path.join(reports, 'train'),
);
if (!existsSync(path.join(root, 'examples/shadow/logs/shadow.csv'))) {
  spawnSync(process.execPath, ['examples/shadow/generate.mjs'], { cwd: root, stdio: 'inherit' });
}
const compared = runGate(
  'shadow-compare: production v1 vs a shadow deployment of v2 on the same 20,000 requests',
  ['shadow-compare', '--config', 'examples/shadow/.modelgate.yml'],
  path.join(reports, 'shadow-compare'),
);
if (compared.verdict === 'fail') {
  console.log('\nThe shadow-compare gate failed on purpose: v2 agrees with production overall but flips too many answers in APAC.');
}
console.log(`\nOpen ${path.relative(root, path.join(reports, 'evaluate', 'summary.md'))} for what the pull request shows.`);
