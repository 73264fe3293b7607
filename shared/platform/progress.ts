import type { Progress } from '../data/types.js';
import type { Platform } from './port.js';

/** Called with each progress update; `end()` finishes the live line so later output starts on a fresh one. */
export type ProgressReporter = ((progress: Progress) => void) & { end(): void };

const BAR_WIDTH = 20;
/** Made when first used: building it at load took a tenth of the action's start-up (ICU). */
let integerFormat: Intl.NumberFormat | undefined;
const integer = (value: number): string => (integerFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })).format(value);

/**
 * On an interactive terminal, one line redrawn in place on `terminal`; elsewhere (CI logs), one plain log
 * line per update through the platform, since carriage returns turn into noise in a captured log.
 */
export function createProgressReporter(platform: Platform, terminal: NodeJS.WritableStream = process.stderr): ProgressReporter {
  let drawn = false;
  const report = (progress: Progress) => {
    if (platform.interactive) {
      terminal.write(`\r${liveLine(progress)}\x1b[K`);
      drawn = true;
    } else {
      platform.info(logLine(progress));
    }
  };
  return Object.assign(report, {
    end() {
      if (drawn) terminal.write('\n');
      drawn = false;
    },
  });
}

function logLine(progress: Progress): string {
  const percent = percentOf(progress);
  const size = percent === undefined ? formatBytes(progress.bytes) : `${formatBytes(progress.bytes)}, ${percent}%`;
  return `read ${integer(progress.rows)} rows (${size})${rate(progress, ' at ')}`;
}

function liveLine(progress: Progress): string {
  const percent = percentOf(progress);
  const parts = [`${integer(progress.rows)} rows`, formatBytes(progress.bytes)];
  const speed = rate(progress, '');
  if (speed) parts.push(speed);
  const text = parts.join('  ');
  if (percent === undefined) return `reading ${text}`;
  const filled = Math.round((percent / 100) * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(percent).padStart(3)}%  ${text}`;
}

/** Floored so that 100% only shows once everything is read; capped because compressed sizes can undercount. */
function percentOf({ bytes, totalBytes }: Progress): number | undefined {
  if (totalBytes === undefined || !(totalBytes > 0)) return undefined;
  return Math.min(100, Math.floor((bytes / totalBytes) * 100));
}

function rate({ rowsPerSecond }: Progress, prefix: string): string {
  // The first update can come before any time has passed.
  return Number.isFinite(rowsPerSecond) ? `${prefix}${integer(rowsPerSecond)} rows/s` : '';
}

function formatBytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
}
