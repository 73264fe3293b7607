import { describe, expect, it } from 'vitest';
import { createLocalPlatform } from '../../shared/platform/local.js';
import { createProgressReporter } from '../../shared/platform/progress.js';
import { CaptureStream } from './capture-stream.js';

function setup(interactive: boolean) {
  const log = new CaptureStream();
  const terminal = new CaptureStream({ isTTY: interactive });
  const platform = createLocalPlatform({ stdout: new CaptureStream(), stderr: log, interactive });
  return { report: createProgressReporter(platform, terminal), log, terminal };
}

describe('progress reporter', () => {
  it('logs one plain line per update when not interactive', () => {
    const { report, log, terminal } = setup(false);
    report({ file: 'a.csv', rows: 1_200_000, bytes: 45_123_456, totalBytes: 376_000_000, rowsPerSecond: 400_000.4 });
    report({ file: 'a.csv', rows: 2_500, bytes: 2_500_000_000, rowsPerSecond: 1234.6 });
    report({ file: 'a.csv', rows: 0, bytes: 0, totalBytes: 0, rowsPerSecond: Number.NaN });
    report.end();
    expect(log.text.split('\n')).toEqual([
      'read 1,200,000 rows (45.1 MB, 12%) at 400,000 rows/s',
      'read 2,500 rows (2.50 GB) at 1,235 rows/s',
      'read 0 rows (0.0 MB)',
      '',
    ]);
    expect(terminal.text).toBe('');
  });

  it('redraws one line in place on a terminal and ends it with a newline', () => {
    const { report, log, terminal } = setup(true);
    report({ file: 'a.csv', rows: 1_200_000, bytes: 45_123_456, totalBytes: 376_000_000, rowsPerSecond: 400_000 });
    report({ file: 'a.csv', rows: 9_000_000, bytes: 380_000_000, totalBytes: 376_000_000, rowsPerSecond: 410_000 });
    report({ file: 'b.csv', rows: 10, bytes: 1_000, rowsPerSecond: Number.POSITIVE_INFINITY });
    report.end();
    report.end();
    expect(terminal.chunks).toEqual([
      '\r[##------------------]  12%  1,200,000 rows  45.1 MB  400,000 rows/s\x1b[K',
      '\r[####################] 100%  9,000,000 rows  380.0 MB  410,000 rows/s\x1b[K',
      '\rreading 10 rows  0.0 MB\x1b[K',
      '\n',
    ]);
    expect(log.text).toBe('');
  });

  it('does not end a line it never drew', () => {
    const { report, terminal } = setup(true);
    report.end();
    expect(terminal.text).toBe('');
  });
});
