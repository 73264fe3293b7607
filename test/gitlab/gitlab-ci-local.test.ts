/**
 * The GitLab components run by a real GitLab CI client: gitlab-ci-local (pinned 4.73.0) loads, validates against
 * GitLab's CI schema and runs the pipelines of two throwaway git projects with the shell executor, and the jobs run
 * this repository's dist/cli.js. The consumer project includes the evaluate component with `include: local:` and
 * inputs, and talks to a local server speaking the GitLab REST API for its merge request note; the component
 * project is a copy of gitlab/ running its own .gitlab-ci.yml with `include: component:`.
 * Needs rsync (gitlab-ci-local copies artifacts with it), git and xmllint; `npm run test:setup` installs them, and
 * without them the suites are skipped with the packages named.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHistory } from '../../shared/report/history.js';
import { commentMarker } from '../../shared/report/publish.js';
import { startGitlabApiServer, type GitlabApiServer } from '../platform/gitlab-api-server.js';
import { SYSTEM_TOOLS, missingPackages, skipNote } from '../helpers/system.js';

const missing = missingPackages(SYSTEM_TOOLS.git, SYSTEM_TOOLS.rsync, SYSTEM_TOOLS.xmllint);
const repo = join(import.meta.dirname, '..', '..');
const gitlabCiLocal = join(repo, 'node_modules', 'gitlab-ci-local', 'dist', 'index.js');
const cli = `node ${join(repo, 'dist', 'cli.js')}`;
const TOKEN = 'glpat-consumer-test';
/** A predictions path full of shell syntax: if any input reached the shell unquoted, `touch pwned` would run. */
const HOSTILE_FILE = `data/it's "good" & fine; touch pwned | cat > pwned.csv`;

interface Run {
  code: number | null;
  output: string;
  /** Final status per job as gitlab-ci-local lists it: PASS, FAIL or WARN (failed, but allowed to). */
  statuses: Record<string, string>;
  /** Exit code per job that did not exit 0. */
  exitCodes: Record<string, number>;
}

let root: string;
let server: GitlabApiServer;
let consumer: { dir: string; run: Run };
let components: { dir: string; run: Run };
let listed: Run;

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, { cwd, stdio: 'pipe' });
}

/** A committed git repository with a GitLab remote, as gitlab-ci-local needs (it reads tracked files and the remote). */
function gitProject(dir: string, remotePath: string): void {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'modelgate test');
  git(dir, 'config', 'user.email', 'test@modelgate.invalid');
  git(dir, 'remote', 'add', 'origin', `https://gitlab.example.com/${remotePath}.git`);
  git(dir, 'symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'pipeline under test');
}

function runGitlabCiLocal(cwd: string, args: string[]): Promise<Run> {
  // The jobs inherit this environment: a runner's own CI variables would pick another platform adapter.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(GITHUB_|GITLAB_|CI_|MODELGATE_|RUNNER_)|^CI$/.test(key)),
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [gitlabCiLocal, '--no-color', '--force-shell-executor', '--shell-isolation', ...args], {
      cwd,
      env: { ...env, FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const statuses = Object.fromEntries(
        [...output.matchAll(/^ (PASS|FAIL|WARN) {2}(\S.*?)\s*(?:pre_script)?\s*$/gm)].map((m) => [m[2], m[1]]),
      );
      const exitCodes = Object.fromEntries(
        [...output.matchAll(/^(\S.*?)\s+finished in .*? {2}(?:FAIL|WARN) (\d+)\s*$/gm)].map((m) => [m[1], Number(m[2])]),
      );
      resolve({ code, output, statuses, exitCodes });
    });
  });
}

function artifact(project: string, job: string, file: string): string {
  return readFileSync(join(project, '.gitlab-ci-local', 'artifacts', job, file), 'utf8');
}

function xpath(file: string, expression: string): string {
  return execFileSync('xmllint', ['--xpath', expression, file], { encoding: 'utf8' }).replace(/\n$/, '');
}

function filesNamed(dir: string, name: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.split('/').at(-1) === name);
}

async function startConsumer(): Promise<{ dir: string; run: Run }> {
  const dir = join(root, 'consumer');
  mkdirSync(join(dir, 'data'), { recursive: true });
  cpSync(join(repo, 'gitlab', 'templates'), join(dir, 'vendor', 'modelgate', 'gitlab', 'templates'), { recursive: true });
  cpSync(join(repo, 'gitlab', 'test', 'modelgate.yml'), join(dir, '.modelgate.yml'));
  for (const file of ['good.csv', 'bad.csv']) cpSync(join(repo, 'gitlab', 'test', 'data', file), join(dir, 'data', file));
  cpSync(join(repo, 'gitlab', 'test', 'data', 'good.csv'), join(dir, HOSTILE_FILE));
  const include = (job: string, predictions: string) =>
    [
      '  - local: vendor/modelgate/gitlab/templates/evaluate.yml',
      '    inputs:',
      `      job-name: ${job}`,
      `      predictions: ${JSON.stringify(predictions)}`,
      `      out-dir: reports/${job}`,
      `      cli: ${JSON.stringify(cli)}`,
    ].join('\n');
  writeFileSync(
    join(dir, '.gitlab-ci.yml'),
    [
      'include:',
      include('gate-pass', 'data/good.csv'),
      include('gate-fail', 'data/bad.csv'),
      include('gate-error', 'data/missing.csv'),
      include('gate-hostile', HOSTILE_FILE),
      '',
    ].join('\n'),
  );
  gitProject(dir, 'acme/models');
  // One job at a time, so the four runs meet the merge request notes one after the other.
  const run = await runGitlabCiLocal(dir, [
    '--concurrency',
    '1',
    '--variable',
    'GITLAB_CI=true',
    '--variable',
    'CI_MERGE_REQUEST_IID=7',
    '--variable',
    `CI_API_V4_URL=${server.url}/api/v4`,
    '--variable',
    `MODELGATE_GITLAB_TOKEN=${TOKEN}`,
    '--ignore-predefined-vars',
    'GITLAB_CI,CI_API_V4_URL',
  ]);
  return { dir, run };
}

async function startComponentProject(): Promise<{ dir: string; run: Run }> {
  const dir = join(root, 'components');
  cpSync(join(repo, 'gitlab'), dir, { recursive: true });
  gitProject(dir, 'modelgate/components');
  return { dir, run: await runGitlabCiLocal(dir, ['--input', `cli=${cli}`]) };
}

/** Every template included with its defaults, loaded and schema-validated but not run (`--list`). */
async function listEveryTemplate(): Promise<Run> {
  const dir = join(root, 'every-template');
  cpSync(join(repo, 'gitlab', 'templates'), join(dir, 'templates'), { recursive: true });
  const templates = readdirSync(join(dir, 'templates'))
    .filter((file) => file.endsWith('.yml'))
    .sort();
  writeFileSync(
    join(dir, '.gitlab-ci.yml'),
    [
      'include:',
      ...templates.map((file) =>
        [
          `  - local: templates/${file}`,
          '    inputs:',
          `      job-name: ${file.replace(/\.yml$/, '')}`,
          ...(file === 'evaluate-sharded.yml' ? ['      predictions: data/part-$CI_NODE_INDEX.csv'] : []),
        ].join('\n'),
      ),
      '',
    ].join('\n'),
  );
  gitProject(dir, 'acme/list');
  return runGitlabCiLocal(dir, ['--list']);
}

beforeAll(async () => {
  if (missing.length) return;
  root = mkdtempSync(join(tmpdir(), 'modelgate-gitlab-ci-local-'));
  server = await startGitlabApiServer({ project: '1217', iid: 7, token: TOKEN, triggerTokens: [] });
  [consumer, components, listed] = await Promise.all([startConsumer(), startComponentProject(), listEveryTemplate()]);
}, 300_000);

describe.skipIf(missing.length > 0)(`every template, loaded by gitlab-ci-local with its defaults${skipNote(missing)}`, () => {
  it("passes GitLab's CI schema and yields its jobs", () => {
    expect(listed.code, listed.output).toBe(0);
    expect(listed.output).toContain('json schema validated');
    const jobs = [...listed.output.matchAll(/^(\S.*?)\s{2,}test\s/gm)].map((m) => m[1]);
    expect(jobs.sort()).toEqual([
      'evaluate',
      'evaluate-sharded',
      'evaluate-sharded-shard: [1/2]',
      'evaluate-sharded-shard: [2/2]',
      'shadow-compare',
      'train',
    ]);
  });
});

afterAll(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.skipIf(missing.length > 0)(
  `consumer project including the evaluate component locally, under gitlab-ci-local${skipNote(missing)}`,
  () => {
    it('runs every job and ends each with the exit code of its verdict', () => {
      const { run } = consumer;
      expect(run.output).toContain('json schema validated');
      expect(run.statuses, run.output).toEqual({ 'gate-pass': 'PASS', 'gate-hostile': 'PASS', 'gate-fail': 'FAIL', 'gate-error': 'FAIL' });
      expect(run.exitCodes).toEqual({ 'gate-fail': 1, 'gate-error': 2 });
      expect(run.code).toBe(1);
    });

    it('keeps the JSON report with the verdict, also for the failing and broken gates', () => {
      const verdict = (job: string) =>
        (JSON.parse(artifact(consumer.dir, job, `reports/${job}/report.json`)) as { verdict: string }).verdict;
      expect(['gate-pass', 'gate-fail', 'gate-error', 'gate-hostile'].map(verdict)).toEqual(['pass', 'fail', 'error', 'pass']);
      const broken = JSON.parse(artifact(consumer.dir, 'gate-error', 'reports/gate-error/report.json')) as { error: { message: string } };
      expect(broken.error.message).toMatch(/data\/missing\.csv/);
    });

    it('writes valid JUnit XML with one test case per check and the failure marked', () => {
      const file = (job: string) => join(consumer.dir, '.gitlab-ci-local', 'artifacts', job, 'reports', job, 'junit.xml');
      execFileSync('xmllint', ['--noout', file('gate-pass'), file('gate-fail'), file('gate-error')]);
      expect(xpath(file('gate-pass'), 'count(//testcase)')).toBe('2');
      expect(xpath(file('gate-pass'), 'count(//testcase/failure)')).toBe('0');
      expect(xpath(file('gate-fail'), 'count(//testcase)')).toBe('2');
      expect(xpath(file('gate-fail'), 'string(//testcase[failure]/@name)')).toMatch(/^auc-floor/);
      expect(xpath(file('gate-fail'), 'string(//testsuite/@failures)')).toBe('1');
    });

    it('writes the metrics report: the verdict and one name-value line per check', () => {
      const lines = artifact(consumer.dir, 'gate-fail', 'reports/gate-fail/metrics.txt').trimEnd().split('\n');
      expect(lines[0]).toBe('evaluate.verdict fail');
      expect(lines).toHaveLength(3);
      for (const line of lines.slice(1)) expect(line).toMatch(/^evaluate\.[^\s#'"\\]+ (0|1|0\.\d+)$/);
      const report = JSON.parse(artifact(consumer.dir, 'gate-fail', 'reports/gate-fail/report.json')) as { checks: { value: number }[] };
      expect(lines.slice(1).map((line) => Number(line.split(' ')[1]))).toEqual(report.checks.map((check) => check.value));
    });

    it('hands the outputs to later jobs as a dotenv report', () => {
      expect(artifact(consumer.dir, 'gate-fail', '.gitlab-ci-reports/dotenv/modelgate.env')).toBe(
        'MODELGATE_VERDICT=fail\nMODELGATE_REPORT=reports/gate-fail/report.json\nMODELGATE_FAILED_CHECKS=1\n',
      );
    });

    it('keeps one sticky merge request note per job: the component included four times under different job names', () => {
      const jobs = ['gate-pass', 'gate-fail', 'gate-error', 'gate-hostile'];
      expect(server.notes.map((note) => note.body.split('\n')[0])).toEqual(jobs.map((job) => commentMarker('evaluate', job)));
      const writes = server.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
      expect(writes).toEqual(Array(4).fill('POST /api/v4/projects/1217/merge_requests/7/notes'));
      expect(server.requests.every((r) => r.headers['private-token'] === TOKEN)).toBe(true);
      // Each note records its own run, with the commit; none took another job's note for its history.
      const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: consumer.dir, encoding: 'utf8' }).trim();
      expect(server.notes.map((note) => readHistory(note.body).map((run) => [run.verdict, run.sha]))).toEqual(
        ['pass', 'fail', 'error', 'pass'].map((verdict) => [[verdict, commit]]),
      );
      expect(consumer.run.output).toMatch(
        /gate-pass\s+> Review comment created: https:\/\/gitlab\.example\.com\/acme\/models\/-\/merge_requests\/7#note_\d+/,
      );
    });

    it('prints the summary in the job log in collapsible sections', () => {
      const log = readFileSync(join(consumer.dir, '.gitlab-ci-local', 'output', 'gate-fail.log'), 'utf8');
      expect(log).toMatch(/modelgate evaluate: fail/);
      expect(log).toMatch(/modelgate_\d+_started/);
    });

    it('passes a predictions path full of shell syntax as one argument, running none of it', () => {
      const report = JSON.parse(artifact(consumer.dir, 'gate-hostile', 'reports/gate-hostile/report.json')) as {
        data: { files: string[] };
      };
      expect(report.data.files).toEqual([HOSTILE_FILE]);
      expect(filesNamed(consumer.dir, 'pwned')).toEqual([]);
      expect(existsSync(join(consumer.dir, dirname(HOSTILE_FILE), 'pwned.csv'))).toBe(false);
    });
  },
);

describe.skipIf(missing.length > 0)(
  `component project (gitlab/) running its own .gitlab-ci.yml with include: component, under gitlab-ci-local${skipNote(missing)}`,
  () => {
    it('runs the pass, fail and sharded cases and verifies their verdicts', () => {
      const { run } = components;
      expect(run.output).toContain('json schema validated');
      expect(run.statuses, run.output).toEqual({
        'test-evaluate-pass': 'PASS',
        'test-evaluate-fail': 'WARN',
        'test-evaluate-sharded-shard: [1/2]': 'PASS',
        'test-evaluate-sharded-shard: [2/2]': 'PASS',
        'test-evaluate-sharded': 'PASS',
        'test-train-pass': 'PASS',
        'test-train-fail': 'WARN',
        'test-shadow-compare-pass': 'PASS',
        'test-shadow-compare-fail': 'WARN',
        'verify-verdicts': 'PASS',
      });
      expect(run.exitCodes).toEqual({ 'test-evaluate-fail': 1, 'test-train-fail': 1, 'test-shadow-compare-fail': 1 });
      expect(run.code).toBe(0);
      expect(run.output).toMatch(
        /^verify-verdicts\s+> \{"pass":"pass","fail":"fail","sharded":"pass","train-pass":"pass","train-fail":"fail","shadow-pass":"pass","shadow-fail":"fail"\}$/m,
      );
    });

    it('trains with the train component and keeps the report, the lineage manifest and the model, also when the gate fails', () => {
      const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: components.dir, encoding: 'utf8' }).trim();
      for (const [name, verdict] of [
        ['pass', 'pass'],
        ['fail', 'fail'],
      ] as const) {
        const job = `test-train-${name}`;
        const out = `reports/train-${name}`;
        const report = JSON.parse(artifact(components.dir, job, `${out}/report.json`)) as {
          gate: string;
          verdict: string;
          checks: { id: string; status: string }[];
        };
        expect(report).toMatchObject({ gate: 'train', verdict, checks: [{ id: 'auc-floor: roc_auc', status: verdict }] });
        const manifest = JSON.parse(artifact(components.dir, job, `${out}/manifest.json`)) as {
          git: { commit: string };
          inputs: { file: string }[];
          sample: { rows: number; train_rows: number; holdout_rows: number };
          trainer: { kind: string };
        };
        expect(manifest.git.commit).toBe(commit);
        expect(manifest.inputs.map((input) => input.file)).toEqual(['test/data/train.csv']);
        expect(manifest.sample).toMatchObject({ rows: 300, train_rows: 210, holdout_rows: 90 });
        expect(manifest.trainer.kind).toBe('built-in');
        const model = JSON.parse(artifact(components.dir, job, `${out}/model/model.json`)) as {
          modelTopology: { class_name: string };
          weightsManifest: unknown[];
        };
        expect(model.modelTopology.class_name).toBe('Sequential');
        expect(model.weightsManifest).toHaveLength(1);
        const junit = join(components.dir, '.gitlab-ci-local', 'artifacts', job, out, 'junit.xml');
        execFileSync('xmllint', ['--noout', junit]);
        expect(xpath(junit, 'count(//testcase)')).toBe('1');
        expect(xpath(junit, 'count(//testcase/failure)')).toBe(name === 'pass' ? '0' : '1');
      }
    });

    it("keeps the train gate's local model copies and sample cache inside each job's directory", () => {
      const build = (job: string) => join(components.dir, '.gitlab-ci-local', 'builds', job, '.modelgate-local');
      expect(readdirSync(join(build('test-train-pass'), 'artifacts'))).toEqual(['modelgate-model']);
      expect(readdirSync(join(build('test-train-fail'), 'artifacts'))).toEqual(['modelgate-model-failed']);
      // One folder per run under the artifact's name.
      const runs = readdirSync(join(build('test-train-pass'), 'artifacts', 'modelgate-model'));
      expect(runs).toHaveLength(1);
      expect(existsSync(join(build('test-train-pass'), 'artifacts', 'modelgate-model', runs[0], 'model', 'model.json'))).toBe(true);
      expect(readdirSync(join(build('test-train-pass'), 'cache'))).toEqual([
        expect.stringMatching(/^modelgate-train-sample-[0-9a-f]{40}$/),
      ]);
      expect(['.modelgate', '.modelgate-local'].filter((dir) => existsSync(join(components.dir, dir)))).toEqual([]);
      expect(components.run.output).toMatch(
        /test-train-pass\s+> artifact modelgate-model uploaded: \.modelgate-local\/artifacts\/modelgate-model\/[\w-]+$/m,
      );
    });

    it("merges the shards' partials into the report of all rows", () => {
      const sharded = JSON.parse(artifact(components.dir, 'test-evaluate-sharded', 'reports/sharded/report.json')) as {
        data: { rowsRead: number; files: string[] };
      };
      expect(sharded.data.rowsRead).toBe(400);
      expect(sharded.data.files).toEqual(['test/data/good-1.csv', 'test/data/good-2.csv']);
    });
  },
);
