/**
 * The CLI runs its gate in a child process and watches it: V8 aborts a process whose heap is full (exit 134) and the
 * kernel kills one that takes the machine's memory (SIGKILL), and neither leaves a report or an exit code of the
 * 0/1/2 contract. The parent is a few MB and still alive then, so it turns such a death into exit 2 with a reason.
 * The in-process MemoryBudget stops most reads before this; this is for what it cannot see.
 */
import { spawn } from 'node:child_process';
import { decimalNumber } from './decimal.js';
import { MEMORY_LIMIT_ENV } from './memory.js';

/** Set in the child, so it runs the gate itself. */
export const SUPERVISED_ENV = 'MODELGATE_SUPERVISED';

/** The child's exit code when it kept the contract (0, 1, 2), else why it died, in one line. */
export type ChildOutcome = { code: number } | { crash: string };

/**
 * The child's GLIBC_TUNABLES: glibc's malloc (which backs every typed array) asked for transparent huge pages
 * (`glibc.malloc.hugetlb=1`, glibc 2.35+; older ones and other C libraries ignore it), which kernels set to THP
 * "madvise", as on this project's machines, give only on request. A large gate fills hundreds of MB of new arrays, and
 * each 4 KiB page's first touch is a fault: on this project's VMs writing a new 40 MB array took 125-130 ms, with huge
 * pages 14 to 82 ms (`node bench/first-touch.mjs`, docs/fast-paths.md). The user's own tunables stay, and their own
 * hugetlb setting wins.
 */
export function childTunables(tunables: string | undefined): string {
  const own = tunables ?? '';
  if (own.split(':').some((tunable) => tunable.startsWith('glibc.malloc.hugetlb='))) return own;
  return own === '' ? 'glibc.malloc.hugetlb=1' : `${own}:glibc.malloc.hugetlb=1`;
}

/**
 * Runs `node [flags] script ...args` as a child sharing this process's streams, and waits for it; with `hugePages`,
 * the child's malloc asks for huge pages (childTunables).
 */
export function runSupervised(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  { hugePages = false }: { hugePages?: boolean } = {},
): Promise<ChildOutcome> {
  const flags = [...process.execArgv];
  // With an explicit budget, V8's heap is held to it too: past it the child dies here, not the machine.
  const limitMb = decimalNumber(env[MEMORY_LIMIT_ENV] ?? '');
  if (limitMb > 0) flags.push(`--max-old-space-size=${Math.max(1, Math.floor(limitMb))}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, script, ...args], {
      stdio: 'inherit',
      env: { ...env, [SUPERVISED_ENV]: '1', ...(hugePages ? { GLIBC_TUNABLES: childTunables(env.GLIBC_TUNABLES) } : {}) },
    });
    // Ctrl-C and a runner's cancel reach the child too (same process group) or are passed on; the parent waits for it.
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      if (code === 0 || code === 1 || code === 2) return resolve({ code });
      const how = signal ?? `exit code ${code}`;
      const memory = limitMb > 0 ? ` (limit ${Math.floor(limitMb)} MB, ${MEMORY_LIMIT_ENV})` : '';
      resolve({
        crash:
          signal === 'SIGABRT' || signal === 'SIGKILL' || code === 134 || code === 137
            ? `modelgate ran out of memory${memory} and was stopped (${how}); shard the data (--emit-partial, then --partials; see the README) or bucket group and slice columns into fewer values`
            : `modelgate stopped unexpectedly (${how}) before deciding`,
      });
    });
  });
}
