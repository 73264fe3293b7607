/**
 * Every case of the hostile-input corpus (cases.ts) through the real CLI bundle, and a sample of them through the
 * real evaluate action bundle against a local server speaking the GitHub REST API. For each run:
 * - the exit code is 1 or 2 (0 or 1 only for a case a correct gate may decide), never a crash or a signal;
 * - a refused case says why in one line on stderr, naming its file where it has one;
 * - the run ends within its time bound, under a bounded V8 heap (a heap overrun aborts, which fails the exit check);
 * - no secret from the environment appears in stdout, stderr or any file the run wrote;
 * - strings from data stay text: no raw injected HTML in the HTML, Markdown or JUnit reports, no link made from
 *   data when GitHub's renderer reads the summary, no workflow command from data in the action's log.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBundle, runBundle, tempDir, writeFiles, type BundleRun } from '../helpers/bundle.js';
import { runAction, type PullRequestContext } from '../helpers/github-runner.js';
import { SYSTEM_TOOLS, missingPackages } from '../helpers/system.js';
import { startGithubApiServer, type GithubApiServer } from '../platform/github-api-server.js';
import { INJECTIONS, config, hostileCases, type HostileCase } from './cases.js';

const SECRETS: Record<string, string> = {
  GITHUB_TOKEN: 'ghs_corpusSecret0123456789abcdef',
  MODELGATE_GITLAB_TOKEN: 'glpat-corpusSecretValue9876',
  CI_JOB_TOKEN: 'cijob-corpus-secret-4242',
  ACTIONS_RUNTIME_TOKEN: 'runtime-corpus-secret-7777',
  MODELGATE_CORPUS_CANARY: 'canary-env-value-31337',
};
/** Each run's heap bound; a case that needs more has a memory defect (V8 aborts, exit 134, and the exit check fails). */
const HEAP_MB = 768;
const TIME_BOUND_MS = 90_000;

const cases = hostileCases();

function prepare(dir: string, kind: HostileCase['prepare']): void {
  if (!kind) return;
  mkdirSync(path.join(dir, 'eval'), { recursive: true });
  if (kind === 'fifo') spawnSync('mkfifo', [path.join(dir, 'eval', 'fifo.csv')]);
  if (kind === 'symlink-passwd') symlinkSync('/etc/passwd', path.join(dir, 'eval', 'link.csv'));
  if (kind === 'symlink-environ') symlinkSync('/proc/self/environ', path.join(dir, 'eval', 'env.csv'));
  if (kind === 'directory') mkdirSync(path.join(dir, 'eval', 'dir.csv'));
}

function workspace(c: HostileCase): string {
  const dir = tempDir('modelgate-hostile-');
  writeFiles(dir, { '.modelgate.yml': c.config ?? config(), ...c.files });
  prepare(dir, c.prepare);
  return dir;
}

/** Every regular file under `dir`, except the inputs the case wrote. */
function outputs(dir: string, inputs: Set<string>): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile() && !inputs.has(path.relative(dir, file))) found.push(file);
    }
  };
  walk(dir);
  return found;
}

function leakedSecrets(texts: string[]): string[] {
  return Object.entries(SECRETS)
    .filter(([, value]) => texts.some((text) => text.includes(value)))
    .map(([name]) => name);
}

function checkRun(c: HostileCase, run: BundleRun, dir: string): void {
  const said = `${c.name}\n--- stdout\n${run.stdout.slice(0, 2000)}\n--- stderr\n${run.stderr.slice(0, 2000)}`;
  expect(run.timedOut, `${c.name}: still running after ${TIME_BOUND_MS} ms`).toBeUndefined();
  expect(c.valid ? [0, 1] : [1, 2], said).toContain(run.code);
  if (!c.valid && run.code === 2) {
    // The CLI says why in a `file:line: error:` (or `UsageError:`) line, an action in an `::error` workflow command.
    const reasons = [...run.stderr.split('\n'), ...run.stdout.split('\n')].filter((line) => /error/i.test(line));
    const reason = reasons[0];
    expect(reason, said).toBeTruthy();
    expect(reason!.length, `${c.name}: the reason is one readable line`).toBeLessThan(2000);
    if (c.mentions)
      expect(reasons.join('\n'), `${c.name}: the reason names the file`).toMatch(
        typeof c.mentions === 'string' ? new RegExp(c.mentions.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : c.mentions,
      );
    expect(run.stderr + run.stdout, `${c.name}: a reason, not a stack trace`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  }
  const inputs = new Set(['.modelgate.yml', ...Object.keys(c.files ?? {})]);
  const written = outputs(dir, inputs)
    .filter((file) => statSync(file).size < 64 << 20)
    .map((file) => readFileSync(file, 'latin1'));
  expect(leakedSecrets([run.stdout, run.stderr, ...written]), `${c.name}: secrets in the output`).toEqual([]);
  expect(existsSync(path.join(dir, 'eval', 'pwned')) || existsSync(path.join(dir, 'pwned')), `${c.name}: a shell ran`).toBe(false);
}

/** Properties of each rendered format that hold whatever the data says. */
function checkRendered(c: HostileCase, dir: string): void {
  const out = path.join(dir, 'out');
  const read = (name: string) => (existsSync(path.join(out, name)) ? readFileSync(path.join(out, name), 'utf8') : '');
  const [html, markdown, junit] = [read('report.html'), read('summary.md'), read('junit.xml')];
  for (const text of [INJECTIONS.html, INJECTIONS.script, INJECTIONS.xml]) {
    expect(html, `${c.name}: report.html`).not.toContain(text);
    expect(markdown, `${c.name}: summary.md`).not.toContain(text);
    expect(junit, `${c.name}: junit.xml`).not.toContain(text);
  }
  if (junit && !missingPackages(SYSTEM_TOOLS.xmllint).length) {
    const lint = spawnSync('/usr/bin/xmllint', ['--noout', path.join(out, 'junit.xml')], { encoding: 'utf8' });
    expect(lint.status, `${c.name}: junit.xml well-formed\n${lint.stderr}`).toBe(0);
  }
  if (markdown && !missingPackages(SYSTEM_TOOLS.cmarkGfm).length) {
    const gfm = spawnSync('cmark-gfm', ['-e', 'table', '-e', 'autolink', '-e', 'tagfilter', '--unsafe'], {
      input: markdown,
      encoding: 'utf8',
    });
    expect(gfm.stdout, `${c.name}: a link made from data in summary.md`).not.toMatch(/href="https?:\/\/evil\.example/);
    expect(gfm.stdout, `${c.name}: an element made from data in summary.md`).not.toMatch(/<img|<script/i);
  }
}

const env = { ...SECRETS, NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` };

describe('hostile-input corpus through the CLI bundle', () => {
  it('holds about 150 cases, with a reason for each', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });

  it.concurrent.each(cases.map((c) => [c.name, c] as const))(
    '%s',
    async (_, c) => {
      const dir = workspace(c);
      const run = await runBundle(cliBundle, c.args ?? ['evaluate', '--config', '.modelgate.yml', '--out', 'out'], {
        cwd: dir,
        env,
        timeoutMs: TIME_BOUND_MS,
      });
      checkRun(c, run, dir);
      checkRendered(c, dir);
    },
    TIME_BOUND_MS + 30_000,
  );
});

/** Cases that reach the platform: where the gate's log, outputs, summary and comment go. */
const ACTION_CASES = [
  'group value with workflowCommand injection',
  'group value with mask injection',
  'group value with markdown injection',
  'group value with autolink injection',
  'group value with html injection',
  'group named __proto__',
  'group named constructor',
  'predictions at /proc/self/environ read as CSV',
  'predictions at /etc/passwd read as CSV',
  'predictions at a name with a newline and a workflow command',
  'score "NaN" in one row',
  'weights near overflow with one weight "1e308"',
  'tiny weights (5e-324) on a random model',
  'config: min .nan',
  'config: a __proto__ key at the top',
  'group value with a escape',
];

describe('hostile-input corpus through the evaluate action bundle (local server speaking the GitHub REST API)', () => {
  const pr: PullRequestContext = { owner: 'acme', repo: 'model', number: 7, token: SECRETS.GITHUB_TOKEN };
  let server: GithubApiServer;
  beforeAll(async () => {
    server = await startGithubApiServer(pr);
  });
  afterAll(() => server?.close());

  it('runs each chosen case', () => {
    expect(
      ACTION_CASES.every((name) => cases.some((c) => c.name === name)),
      ACTION_CASES.filter((name) => !cases.some((c) => c.name === name)).join(', '),
    ).toBe(true);
  });

  it.each(ACTION_CASES)(
    '%s',
    async (name) => {
      const c = cases.find((x) => x.name === name)!;
      const dir = workspace(c);
      const run = await runAction('evaluate', {
        workspace: dir,
        with: { config: '.modelgate.yml', 'out-dir': 'out' },
        pr,
        apiUrl: server.url,
        runnerTemp: tempDir('modelgate-hostile-runner-'),
        env,
        timeoutMs: TIME_BOUND_MS,
      });
      checkRun(c, run, dir);
      checkRendered(c, dir);
      if (!c.valid) expect(run.outputs.verdict ?? 'error', c.name).not.toBe('pass');
      // Workflow commands in the log come only from the gate: none carries data, none sets an output or a mask.
      const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'));
      for (const line of commands) {
        expect(line, `${c.name}: a workflow command from data`).not.toMatch(/^::(set-output|add-mask|stop-commands|set-env|add-path)/);
      }
      const comments = server.comments.map((comment) => comment.body).join('\n');
      expect(leakedSecrets([comments, run.summary]), `${c.name}: secrets in the comment or summary`).toEqual([]);
    },
    TIME_BOUND_MS + 30_000,
  );
});
