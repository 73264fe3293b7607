/**
 * The evaluate action bundle, run as the GitHub runner runs it (`node dist/actions/evaluate.js` with INPUT_*
 * variables, file commands and a pull_request event), against a local server speaking the GitHub REST API.
 *
 * Relative paths in a config resolve from the working directory (the runner starts actions in GITHUB_WORKSPACE,
 * the repository root), not from the config file's folder: the committed config at examples/lending/.modelgate.yml
 * names its data `examples/lending/data/...`, which only exists relative to the root, and the variants these tests
 * write at the workspace root use the same paths unchanged. The workspace mirrors the repository layout.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { startGithubApiServer, type GithubApiServer } from '../platform/github-api-server.js';
import { lendingConfigPath, lendingWorkspace, readJson, replaceOnce, repoRoot, tempDir, writeFiles } from '../helpers/bundle.js';
import { runAction, type PullRequestContext } from '../helpers/github-runner.js';

const pr: PullRequestContext = { owner: 'acme', repo: 'lending-model', number: 42, token: 'ghs_e2etoken' };
const marker = '<!-- modelgate:evaluate -->';

const configText = readFileSync(path.join(repoRoot, lendingConfigPath), 'utf8');
const servers: GithubApiServer[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

/** A checkout of the lending example with its own GitHub API server, so that the tests can run at the same time. */
async function checkout() {
  const server = await startGithubApiServer(pr);
  servers.push(server);
  // 1500 rows: enough that the AUC floor's lower bound (about 0.745) is not at the mercy of the bootstrap draws.
  const workspace = lendingWorkspace(1500);
  const runnerTemp = tempDir('modelgate-runner-');
  return {
    server,
    workspace,
    evaluate: (inputs: Record<string, string> = {}) =>
      runAction('evaluate', { workspace, with: { config: lendingConfigPath, ...inputs }, pr, apiUrl: server.url, runnerTemp }),
    /** Writes a variant of the lending config at the workspace root and returns its name. */
    configVariant(name: string, edit: (text: string) => string): string {
      writeFileSync(path.join(workspace, name), edit(configText));
      return name;
    },
  };
}

/** 1-based line and column of `needle` in the committed config, where the gate points its annotations. */
function positionOf(needle: string): { line: number; column: number } {
  const lines = configText.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`test setup: ${needle} not in the config`);
  return { line: line + 1, column: lines[line].indexOf(needle) + 1 };
}

describe.concurrent('evaluate action bundle on the lending example (built to fail its fairness gate)', () => {
  it('fails the step, sets the outputs, writes the summary, annotates the rule and keeps one sticky comment', async ({ expect }) => {
    const { server, workspace, evaluate } = await checkout();
    const first = await evaluate();
    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(first.outputs).toMatchObject({ verdict: 'fail', 'failed-checks': '1', report: path.join('modelgate-report', 'report.json') });
    const report = readJson(path.join(workspace, first.outputs.report));
    expect(report.verdict).toBe('fail');
    const failing = report.checks.filter((c: { status: string }) => c.status === 'fail');
    expect(failing.map((c: { id: string }) => c.id)).toEqual(['approval-parity-race: demographic_parity_ratio[race]']);
    expect(existsSync(path.join(workspace, 'modelgate-report', 'junit.xml'))).toBe(true);

    expect(first.summary).toMatch(/^### ❌ modelgate evaluate: \*\*fail\*\*/);
    expect(first.summary).toContain('demographic parity ratio over race');

    const rule = positionOf('id: approval-parity-race');
    const errors = first.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`file=${lendingConfigPath},line=${rule.line},col=${rule.column}::`);
    expect(errors[0]).toContain('below the minimum 0.8');
    const warnings = first.stdout.split('\n').filter((l) => l.startsWith('::warning '));
    expect(warnings.some((l) => l.includes(`line=${positionOf('id: equalized-odds').line},`))).toBe(true);

    expect(server.comments).toHaveLength(1);
    const [comment] = server.comments;
    expect(comment.body).toContain(marker);
    expect(comment.body).toContain('demographic parity ratio over race');
    expect(server.requests.every((r) => r.authorization === `token ${pr.token}`)).toBe(true);
    const commentsPath = `/repos/${pr.owner}/${pr.repo}/issues/${pr.number}/comments`;
    expect(server.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([commentsPath]);

    server.requests.length = 0;
    const second = await evaluate();
    expect(second.code).toBe(1);
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0].id).toBe(comment.id);
    expect(server.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/${pr.owner}/${pr.repo}/issues/comments/${comment.id}`,
    ]);
    expect(second.stdout).toContain('Review comment updated');
  });

  it('still decides when the token is read-only (fork pull request): exit 1, comment skipped and said so', async ({ expect }) => {
    const { server, evaluate } = await checkout();
    // A fork's token may read the pull request's comments but not write them.
    server.failNext('POST', 403, 'Resource not accessible by integration');
    const run = await evaluate();
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(server.comments).toHaveLength(0);
    expect(run.stdout).toMatch(/^::warning::GitHub answered 403: Resource not accessible by integration.*read-only token/m);
    expect(run.stdout).toContain('Review comment not posted');
    expect(run.summary).toMatch(/^### ❌ modelgate evaluate: \*\*fail\*\*/);
  });

  it('passes with exit 0 when the bounds are loosened', async ({ expect }) => {
    const { evaluate, configVariant } = await checkout();
    const config = configVariant('loose.yml', (text) =>
      replaceOnce(replaceOnce(text, /(over: \[race\]\n\s+)min: 0\.8/, '$1min: 0.5'), /max: 0\.15/, 'max: 0.5'),
    );
    const run = await evaluate({ config });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'failed-checks': '0' });
    expect(run.summary).toMatch(/^### ✅ modelgate evaluate: \*\*pass\*\*/);
    expect(run.stdout).not.toMatch(/^::error/m);
  });

  it('errors with exit 2 on a config with an unknown key, naming file:line:column in the summary and the comment', async ({ expect }) => {
    const { server, workspace, evaluate, configVariant } = await checkout();
    const config = configVariant('typo.yml', (text) => replaceOnce(text, '  min_group_size: 30', '  min_grop_size: 30'));
    const typo =
      readFileSync(path.join(workspace, config), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('min_grop_size')) + 1;
    const run = await evaluate({ config });
    expect(run.code).toBe(2);
    expect(run.outputs.verdict).toBe('error');
    const where = `${config}:${typo}:3`;
    expect(run.summary).toMatch(/^### 🛑 modelgate evaluate: \*\*error\*\*/);
    const errorLine = run.summary.split('\n')[1];
    expect(errorLine).toContain(`**ConfigError** at ${where}`);
    expect(errorLine).toContain('min\\_grop\\_size');
    // The location is said once, by the renderer, not repeated inside the message.
    expect(errorLine.split(where)).toHaveLength(2);
    expect(errorLine).toContain('in evaluate \\(hint: did you mean \\`min\\_group\\_size\\`?\\)');
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0].body).toContain(marker);
    expect(server.comments[0].body).toContain(`**ConfigError** at ${where}`);
    // One error annotation for the one error, on the config line.
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`file=${config},line=${typo},col=3::`);
    expect(readJson(path.join(workspace, 'modelgate-report', 'report.json')).error).toMatchObject({
      kind: 'ConfigError',
      file: config,
      line: typo,
      column: 3,
    });
  });

  it('errors with exit 2 when the predictions file is missing, naming the path', async ({ expect }) => {
    const { evaluate } = await checkout();
    const run = await evaluate({ predictions: 'eval/missing-predictions.csv' });
    expect(run.code).toBe(2);
    expect(run.outputs.verdict).toBe('error');
    expect(run.stdout).toMatch(/^::error.*eval\/missing-predictions\.csv/m);
    expect(run.summary).toContain('eval/missing-predictions.csv');
    expect(run.summary).toContain('file not found');
  });

  it('errors with exit 2 on an input that is not a number', async ({ expect }) => {
    const { evaluate } = await checkout();
    const run = await evaluate({ threshold: 'half' });
    expect(run.code).toBe(2);
    expect(run.outputs.verdict).toBe('error');
    expect(run.summary).toContain('**UsageError**: input threshold must be a decimal number, got &quot;half&quot;');
  });

  it('gates shards like the sharded workflow: shard jobs write partials without a comment, the merge job gates the whole', async ({
    expect,
  }) => {
    const { server, workspace, evaluate } = await checkout();
    // Each shard job overrides the baseline too: the config's whole baseline would not pair with a quarter of the rows.
    const shardFiles: Record<string, string> = {};
    for (const name of ['candidate', 'baseline']) {
      const [head, ...lines] = readFileSync(path.join(workspace, 'examples/lending/data', `${name}.csv`), 'utf8')
        .trim()
        .split('\n');
      const half = Math.ceil(lines.length / 2);
      shardFiles[`eval/shards/${name}-0.csv`] = `${[head, ...lines.slice(0, half)].join('\n')}\n`;
      shardFiles[`eval/shards/${name}-1.csv`] = `${[head, ...lines.slice(half)].join('\n')}\n`;
    }
    writeFiles(workspace, shardFiles);
    const shards = await Promise.all(
      [0, 1].map((i) =>
        evaluate({
          predictions: `eval/shards/candidate-${i}.csv`,
          baseline: `eval/shards/baseline-${i}.csv`,
          'emit-partial': `partials/shard-${i}.json`,
        }),
      ),
    );
    shards.forEach((run, i) => {
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs).toEqual({ partial: `partials/shard-${i}.json` });
      expect(run.summary).toBe('');
    });
    expect(server.requests).toHaveLength(0);

    const merged = await evaluate({ partials: 'partials/*.json', 'out-dir': 'merged-report' });
    expect(merged.code, merged.stdout).toBe(1);
    expect(merged.outputs).toMatchObject({ verdict: 'fail', 'failed-checks': '1', report: path.join('merged-report', 'report.json') });
    const report = readJson(path.join(workspace, 'merged-report', 'report.json'));
    expect(report.metrics.overall.n).toBe(1500);
    expect(report.baseline.metrics.n).toBe(1500);
    expect(server.comments).toHaveLength(1);
  });

  it('never exits 0 when it cannot publish: an out-dir that cannot be created is exit 2', async ({ expect }) => {
    const { evaluate } = await checkout();
    const run = await evaluate({ 'out-dir': `${lendingConfigPath}/reports` });
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(`${run.stdout}${run.stderr}`).toMatch(/reports/);
  });
});
