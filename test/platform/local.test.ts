import { describe, expect, it } from 'vitest';
import { createLocalPlatform } from '../../shared/platform/local.js';
import { CaptureStream } from './capture-stream.js';

function setup(options: { inputs?: Record<string, string>; isTTY?: boolean; interactive?: boolean } = {}) {
  const stdout = new CaptureStream();
  const stderr = new CaptureStream({ isTTY: options.isTTY });
  const platform = createLocalPlatform({ inputs: options.inputs, stdout, stderr, interactive: options.interactive });
  return { platform, stdout, stderr };
}

describe('local platform', () => {
  it('reads inputs from the given map, "" when absent', () => {
    const { platform } = setup({ inputs: { predictions: 'eval/p.csv' } });
    expect(platform.name).toBe('local');
    expect(platform.input('predictions')).toBe('eval/p.csv');
    expect(platform.input('baseline')).toBe('');
    expect(platform.input('toString')).toBe('');
  });

  it('keeps outputs in a map without printing them', () => {
    const { platform, stdout, stderr } = setup();
    platform.setOutput('verdict', 'fail');
    platform.setOutput('verdict', 'pass');
    platform.setOutput('report', 'out/report.json');
    expect([...platform.outputs]).toEqual([
      ['verdict', 'pass'],
      ['report', 'out/report.json'],
    ]);
    expect(stdout.text + stderr.text).toBe('');
  });

  it('writes the summary to stdout and logs to stderr', async () => {
    const { platform, stdout, stderr } = setup();
    await platform.writeSummary('## Verdict: fail');
    await platform.writeSummary('table\n');
    platform.info('reading eval/p.csv');
    platform.warning('3 rows skipped');
    platform.error('no label column');
    expect(stdout.text).toBe('## Verdict: fail\ntable\n');
    expect(stderr.text).toBe('reading eval/p.csv\nwarning: 3 rows skipped\nerror: no label column\n');
  });

  it('prints annotations as file:line:col: level: message', () => {
    const { platform, stderr } = setup();
    platform.annotate({ level: 'error', message: 'not a number: "abc"', file: 'eval/p.csv', line: 12, column: 3 });
    platform.annotate({ level: 'warning', message: 'small group', title: 'sex=F', file: 'eval/p.csv' });
    platform.annotate({ level: 'notice', message: 'baseline missing' });
    expect(stderr.text.split('\n')).toEqual([
      'eval/p.csv:12:3: error: not a number: "abc"',
      'eval/p.csv: warning: sex=F: small group',
      'notice: baseline missing',
      '',
    ]);
  });

  it('skips review comments', async () => {
    const { platform } = setup();
    expect(await platform.upsertReviewComment('<!-- m -->', '<!-- m --> body')).toEqual({
      outcome: 'skipped',
      reason: 'not running on a pull request platform',
    });
  });

  it('prints a group title and returns the body result', async () => {
    const { platform, stderr } = setup();
    expect(await platform.group('evaluate', async () => 'done')).toBe('done');
    expect(stderr.text).toBe('==> evaluate\n');
  });

  it('is interactive when stderr is a terminal, unless told otherwise', () => {
    expect(setup({ isTTY: true }).platform.interactive).toBe(process.env.TERM !== 'dumb');
    expect(setup({ isTTY: false }).platform.interactive).toBe(false);
    expect(setup({ isTTY: true, interactive: false }).platform.interactive).toBe(false);
    expect(setup({ isTTY: false, interactive: true }).platform.interactive).toBe(true);
  });
});
