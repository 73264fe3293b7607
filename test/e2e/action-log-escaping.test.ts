/**
 * Secrets, and text that is not the gate's own (an `out-dir` input, a data path, the API's `html_url`s) reaching the runner's log
 * through the evaluate action bundle: none of it may start a workflow command line, and no control character of it
 * reaches the log raw.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startGithubApiServer, type GithubApiServer } from '../platform/github-api-server.js';
import { lendingConfigPath, lendingWorkspace, replaceOnce, tempDir } from '../helpers/bundle.js';
import { runAction, type PullRequestContext } from '../helpers/github-runner.js';

const pr: PullRequestContext = { owner: 'acme', repo: 'lending-model', number: 7, token: 'ghs_logEscapingToken0123456789' };
const INJECTION = '\n::set-output name=verdict::pass\n::add-mask::abc\n::error::forged';
const servers: GithubApiServer[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

/** Lines of the runner's stdout that are workflow commands the gate did not write. */
function forgedCommands(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^::(set-output|add-mask|error::forged|stop-commands)/.test(line));
}

async function run(inputs: Record<string, string>, htmlUrlSuffix = '', config?: (text: string) => string) {
  const server = await startGithubApiServer(pr);
  servers.push(server);
  server.htmlUrlSuffix = htmlUrlSuffix;
  const workspace = lendingWorkspace(300, config);
  const result = await runAction('evaluate', {
    workspace,
    with: { config: lendingConfigPath, ...inputs },
    pr,
    apiUrl: server.url,
    runnerTemp: tempDir('modelgate-runner-'),
  });
  return { ...result, server, workspace };
}

describe('log escaping in the evaluate action bundle', () => {
  it('an out-dir with newlines and html_urls with newlines start no workflow command', async () => {
    const result = await run({ 'out-dir': `out${INJECTION}` }, INJECTION);
    expect(result.code, result.stderr).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(result.server.comments).toHaveLength(1);
    // The lines naming the report and the comment are there, escaped onto one line each.
    expect(result.stdout).toContain('out%0A::set-output name=verdict::pass%0A::add-mask::abc');
    expect(result.stdout).toMatch(/Review comment created: https:\/\/github\.com\/\S+%0A::set-output/);
    expect(forgedCommands(result.stdout)).toEqual([]);
  });

  it('control characters of a data path reach no log line or annotation raw', async () => {
    const predictions = `examples/lending/data/candidate\u001b[2J\u0007\u0001.csv${INJECTION}`;
    const result = await run({ predictions });
    expect(result.code).toBe(2);
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain('candidate[2J.csv');
    // eslint-disable-next-line no-control-regex -- these control characters are what the pattern exists to find
    expect(result.stdout).not.toMatch(/[\u0001\u0007\u001b]/);
    expect(forgedCommands(result.stdout)).toEqual([]);
    expect(path.basename(predictions)).toContain('\u001b');
  });

  it('the github-token input is masked in the comment, the check run, the summary, the report files and the log', async () => {
    // The config echoes the token into an error, as a hostile file or a bug might.
    const result = await run({}, '', (text) => replaceOnce(text, 'label: label', `label: ${pr.token}`));
    expect(result.code).toBe(2);
    const outDir = path.join(result.workspace, 'modelgate-report');
    const files = readdirSync(outDir).map((name) => readFileSync(path.join(outDir, name), 'utf8'));
    // The mask, as each format escapes it.
    for (const file of files) expect(file.replace(/\\/g, '')).toMatch(/no column (&quot;|")\*\*\*/);
    const texts = [
      ...files,
      result.stdout,
      result.stderr,
      result.summary,
      ...result.server.comments.map((c) => c.body),
      JSON.stringify(result.server.checkRuns),
    ];
    expect(result.server.comments).toHaveLength(1);
    for (const text of texts) expect(text).not.toContain(pr.token);
  });
});
