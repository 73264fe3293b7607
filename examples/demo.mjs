// `npm run demo`: runs the gates on the embedded lending example with the committed bundles, the way CI would,
// and prints where the reports are. The evaluate example is built to fail one fairness gate, so a failing verdict
// there is the expected outcome: the demo shows what a reviewer sees when a candidate beats its baseline but is
// unfair. The train step trains a logistic regression on a stratified sample and gates its held-out predictions.
// The model step serves the trained TF.js model with the reference model server and scores the lending data through
// it over OIP v2 and in process, with identical scores; the behavioral step runs a suite of behavioral tests against
// a copy of that model that reads sex, whose counterfactual swap of sex fails. The shadow-compare step compares a
// shadow deployment's answers with production's on the same requests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeSexBiasedModel } from './lending/sex-biased-model.mjs';

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

/** The reference model server on a free loopback port, serving a TF.js model directory. */
function startModelServer(dir, name) {
  const child = spawn(
    process.execPath,
    ['examples/model-server/server.mjs', '--model', path.relative(root, dir), '--name', name, '--port', '0'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /listening on (http:\/\/\S+)\n/.exec(out)?.[1];
      if (url) resolve({ url, stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`the model server for ${dir} exited with code ${code}`)));
  });
}

/** The id and score columns of a predictions.csv that evaluate wrote (plain values: ids, labels and groups hold no commas). */
function predictionsOf(file) {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const columns = header.split(',');
  const id = columns.indexOf('id');
  const score = columns.indexOf('score');
  const rows = lines.map((line) => line.split(','));
  return { ids: rows.map((r) => r[id]), scores: rows.map((r) => Number(r[score])) };
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

const modelDir = path.join(reports, 'train', 'model');
const served = await startModelServer(modelDir, 'lending');
try {
  runGate(
    `evaluate --model: the train step's TF.js model, served over OIP v2 by the reference model server (${served.url})`,
    ['evaluate', '--config', 'examples/lending/model.modelgate.yml', '--model', `oip+${served.url}/lending`],
    path.join(reports, 'model-served'),
  );
} finally {
  served.stop();
}
runGate(
  'evaluate --model: the same TF.js model directory, loaded in this process',
  ['evaluate', '--config', 'examples/lending/model.modelgate.yml', '--model', `tfjs:${path.relative(root, modelDir)}`],
  path.join(reports, 'model-tfjs'),
);
const overHttp = predictionsOf(path.join(reports, 'model-served', 'predictions.csv'));
const inProcess = predictionsOf(path.join(reports, 'model-tfjs', 'predictions.csv'));
if (overHttp.ids.join() !== inProcess.ids.join()) {
  console.error('\nThe demo found the two scoring runs on different rows; see the messages above.');
  process.exit(2);
}
const maxDifference = overHttp.scores.reduce((max, s, i) => Math.max(max, Math.abs(s - inProcess.scores[i])), 0);
console.log(
  `\nScores over HTTP (OIP v2) and in process: ${overHttp.scores.length} rows, max |difference| ${maxDifference}` +
    (maxDifference === 0 ? ' (identical: the server runs the same TF.js code on the same model)' : ''),
);

// The trained model leaves sex out of its features, so swapping sex cannot move its scores. The behavioral step
// tests a copy that reads sex (a logit penalty for sex=F), served the same way, to show a failing counterfactual.
const biasedDir = path.join(reports, 'lending-sex');
rmSync(biasedDir, { recursive: true, force: true });
writeSexBiasedModel(modelDir, biasedDir, 0.9);
const biased = await startModelServer(biasedDir, 'lending-sex');
let behavioral;
try {
  behavioral = runGate(
    'evaluate.behavioral: MFT, INV and DIR tests against a copy of the model that reads sex, served over OIP v2',
    ['evaluate', '--config', 'examples/lending/behavioral.modelgate.yml', '--model', `oip+${biased.url}/lending-sex`],
    path.join(reports, 'behavioral'),
  );
} finally {
  biased.stop();
}
if (behavioral.verdict === 'fail') {
  console.log(
    "\nThe behavioral suite failed on purpose, on one test: the train step's model does not read sex (its features leave it out)," +
      '\nso the demo gave a copy of it a logit penalty of 0.9 for sex=F (examples/lending/sex-biased-model.mjs); swapping sex' +
      '\nmoves its scores by more than the tolerance of 0.05, and the counterfactual test sex-swap-invariance fails. The other' +
      `\ntests pass. ${path.relative(root, path.join(reports, 'behavioral', 'summary.md'))} lists the failing cases: input, perturbation, expected and got.`,
  );
}

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
