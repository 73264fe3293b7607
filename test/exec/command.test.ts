import { describe, expect, test } from 'vitest';
import { childEnvironment, fillPlaceholders, runCommand, shellWords } from '../../shared/exec/command.js';
import { failure } from '../train/helpers.js';

const node = process.execPath;

describe('childEnvironment', () => {
  test('passes PATH, HOME, the locale, Python and temp settings and the names asked for; nothing else', () => {
    const env = {
      PATH: '/bin',
      HOME: '/h',
      LANG: 'C',
      LC_ALL: 'C.UTF-8',
      TZ: 'UTC',
      TMPDIR: '/t',
      PYTHONPATH: '/p',
      VIRTUAL_ENV: '/v',
      CONDA_PREFIX: '/c',
      GITHUB_TOKEN: 'ghs_x',
      CI_JOB_TOKEN: 'j',
      AWS_SECRET_ACCESS_KEY: 's',
      HF_HOME: '/hf',
      RUNNER_TEMP: '/r',
    };
    expect({ ...childEnvironment([], env) }).toEqual({
      PATH: '/bin',
      HOME: '/h',
      LANG: 'C',
      LC_ALL: 'C.UTF-8',
      TZ: 'UTC',
      TMPDIR: '/t',
      PYTHONPATH: '/p',
      VIRTUAL_ENV: '/v',
      CONDA_PREFIX: '/c',
    });
    expect(childEnvironment(['HF_HOME', 'UNSET'], env)).toMatchObject({ HF_HOME: '/hf' });
    expect('UNSET' in childEnvironment(['UNSET'], env)).toBe(false);
  });

  test('is what a command gets by default', async () => {
    const saved = process.env.GITHUB_TOKEN;
    process.env.GITHUB_TOKEN = 'ghs_notForTheChild';
    const lines: string[] = [];
    try {
      await runCommand({
        argv: [node, '-e', 'console.log(Object.keys(process.env).filter((k) => /TOKEN/.test(k)).join(",") || "none")'],
        timeoutMs: 10_000,
        where: {},
        onLine: (_s, line) => lines.push(line),
      });
    } finally {
      if (saved === undefined) delete process.env.GITHUB_TOKEN;
      else process.env.GITHUB_TOKEN = saved;
    }
    expect(lines).toEqual(['none']);
  });
});

describe('shellWords and fillPlaceholders', () => {
  test('splits like a POSIX shell: quotes group, backslashes escape, nothing is expanded', () => {
    expect(shellWords(`python3  train.py --name 'a b' "c \\"d\\" $HOME" e\\ f ''`)).toEqual([
      'python3',
      'train.py',
      '--name',
      'a b',
      'c "d" $HOME',
      'e f',
      '',
    ]);
    expect(() => shellWords(`python3 'open`)).toThrow('the trainer command has an unterminated single quote');
    expect(() => shellWords('python3 "open')).toThrow('the trainer command has an unterminated double quote');
  });

  test('a placeholder value stays one argument, however hostile: spaces, quotes, ; and $()', () => {
    const hostile = `/tmp/my data/x'; rm -rf ~; echo "$(id)".csv`;
    const words = fillPlaceholders(shellWords('python3 train.py --data {sample} --out=prefix-{out}'), { sample: hostile, out: 'o u t' });
    expect(words).toEqual(['python3', 'train.py', '--data', hostile, '--out=prefix-o u t']);
    expect(() => fillPlaceholders(['{nope}'], { sample: 'x' })).toThrow('unknown placeholder {nope} in the trainer command');
  });
});

describe('runCommand (a real child process, no shell)', () => {
  test('passes each argument through unchanged and streams its output line by line', async () => {
    const lines: string[] = [];
    const hostile = `a b'; echo pwned; "$(id)"`;
    await runCommand({
      argv: [node, '-e', 'console.log(JSON.stringify(process.argv.slice(1))); console.error("to stderr"); console.log("done")', hostile],
      timeoutMs: 10_000,
      where: {},
      onLine: (stream, line) => lines.push(`${stream}: ${line}`),
    });
    expect(lines).toContain(`stdout: ${JSON.stringify([hostile])}`);
    expect(lines).toContain('stderr: to stderr');
    expect(lines).toContain('stdout: done');
  });

  test('a non-zero exit is an error with the last error output', async () => {
    const error = await failure(
      runCommand({
        argv: [node, '-e', 'console.error("bad data"); process.exit(3)'],
        timeoutMs: 10_000,
        where: { file: 'c.yml' },
        onLine: () => {},
      }),
    );
    expect(error.kind).toBe('SourceError');
    expect(error.message).toBe('the trainer command exited with code 3; its last error output: bad data');
    expect(error.location.file).toBe('c.yml');
  });

  test('a missing program is a ConfigError naming it', async () => {
    const error = await failure(runCommand({ argv: ['modelgate-no-such-trainer', '--x'], timeoutMs: 10_000, where: {}, onLine: () => {} }));
    expect(error.kind).toBe('ConfigError');
    expect(error.message).toBe('trainer command not found: modelgate-no-such-trainer');
  });

  test('past the timeout the command is stopped and the run errors', async () => {
    const started = Date.now();
    const error = await failure(
      runCommand({ argv: [node, '-e', 'setTimeout(() => {}, 60000)'], timeoutMs: 300, where: {}, onLine: () => {} }),
    );
    expect(error.message).toMatch(/^the trainer command did not finish within timeout_minutes \(0\.005 min\) and was stopped$/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
