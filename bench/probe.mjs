/**
 * Preloaded into every measured child (`node --import ./bench/probe.mjs ...`): at exit it writes the child's own
 * peak RSS (getrusage ru_maxrss) as JSON to $BENCH_PROBE_OUT, so the parent needs neither /usr/bin/time nor /proc.
 * The CLI's gate process (a child of the CLI) records first and the CLI adds its own peak to that record.
 *
 * With $BENCH_PROBE_FIRST_READ set to a data file, it also stops the child when that file is first looked at (its
 * stat, before it is opened) and records the time since process start: the start-up cost (bundle load, config
 * load and validation) before any row is read.
 */
import fs, { writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';
import { isMainThread } from 'node:worker_threads';

const out = process.env.BENCH_PROBE_OUT;
const firstRead = process.env.BENCH_PROBE_FIRST_READ;
const result = {};

// Worker threads inherit the preload, and their `exit` comes first with the whole process's peak: only the main
// thread records, or a process's peak would be counted once for each thread that ended.
process.on('exit', () => {
  if (!isMainThread) return;
  result.maxRssKb = process.resourceUsage().maxRSS;
  // The CLI runs its gate in a child (shared/supervise.ts), which inherits this preload and exits first: its record
  // is already there, and the two peaks are added, since the parent lives as long as the child.
  const child = out && fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : null;
  if (child !== null) Object.assign(result, { ...child, ...result, maxRssKb: result.maxRssKb + child.maxRssKb });
  if (out) writeFileSync(out, JSON.stringify(result));
});

if (firstRead) {
  const target = resolve(firstRead);
  // The readers stat each data file first (on the main thread, also when a worker thread parses it), so the first
  // stat of the data file marks the end of start-up.
  const stat = fs.promises.stat;
  fs.promises.stat = function probedStat(path, ...rest) {
    if (typeof path === 'string' && resolve(path) === target) {
      // performance.now() counts from the process's time origin, which Node sets as the process starts.
      result.firstReadMs = performance.now();
      process.exit(0);
    }
    return stat.call(this, path, ...rest);
  };
  // Bundles import stat as an ESM binding of node:fs/promises; this makes those bindings see the probe.
  syncBuiltinESMExports();
}
