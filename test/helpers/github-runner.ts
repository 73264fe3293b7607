/**
 * Starts an action bundle the way the GitHub runner does: every input declared in action.yml set as
 * `INPUT_<NAME>` (upper-cased, spaces to `_`, hyphens kept) from its default or the step's `with:`, plus the file
 * commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) and a pull_request event payload.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot, runBundle, type BundleRun } from './bundle.js';

export interface PullRequestContext {
  owner: string;
  repo: string;
  number: number;
  token: string;
}

export interface ActionRun extends BundleRun {
  outputs: Record<string, string>;
  summary: string;
}

interface ActionMetadata {
  inputs?: Record<string, { default?: string }>;
}

/** The runner's name for an input's variable. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Parses the GITHUB_OUTPUT file: `name=value` lines and `name<<DELIMITER` heredocs, as the runner does. */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      if (end < 0) throw new Error(`unterminated heredoc for ${heredoc[1]}`);
      values[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else {
      const eq = line.indexOf('=');
      if (eq < 0) throw new Error(`malformed file command line: ${line}`);
      values[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return values;
}

export async function runAction(
  name: string,
  options: {
    workspace: string;
    with?: Record<string, string>;
    pr: PullRequestContext;
    apiUrl: string;
    runnerTemp: string;
    env?: Record<string, string>;
    timeoutMs?: number;
  },
): Promise<ActionRun> {
  const metadata = parse(readFileSync(path.join(repoRoot, 'actions', name, 'action.yml'), 'utf8')) as ActionMetadata;
  const env: Record<string, string> = {};
  for (const [input, spec] of Object.entries(metadata.inputs ?? {})) {
    const value = options.with?.[input] ?? spec.default ?? '';
    env[inputVariable(input)] = value === '${{ github.token }}' ? options.pr.token : value;
  }
  for (const input of Object.keys(options.with ?? {})) {
    if (!(input in (metadata.inputs ?? {}))) throw new Error(`test setup: ${name} declares no input ${input}`);
  }
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const outputFile = path.join(options.runnerTemp, `output-${stamp}`);
  const summaryFile = path.join(options.runnerTemp, `summary-${stamp}`);
  const eventFile = path.join(options.runnerTemp, `event-${stamp}.json`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const repository = `${options.pr.owner}/${options.pr.repo}`;
  writeFileSync(
    eventFile,
    JSON.stringify({
      action: 'synchronize',
      number: options.pr.number,
      pull_request: {
        number: options.pr.number,
        head: { ref: 'feature', repo: { full_name: repository } },
        base: { ref: 'main', repo: { full_name: repository } },
      },
      repository: { full_name: repository, name: options.pr.repo, owner: { login: options.pr.owner } },
    }),
  );
  const run = await runBundle(path.join(repoRoot, 'dist', 'actions', `${name}.js`), [], {
    cwd: options.workspace,
    timeoutMs: options.timeoutMs,
    env: {
      ...options.env,
      ...env,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REPOSITORY: repository,
      GITHUB_API_URL: options.apiUrl,
      GITHUB_WORKSPACE: options.workspace,
      RUNNER_TEMP: options.runnerTemp,
    },
  });
  return { ...run, outputs: parseFileCommand(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}
