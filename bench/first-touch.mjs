#!/usr/bin/env node
/**
 * What a new typed array costs before its first use on this machine: the time to write every element of a new
 * 40 MB Float64Array (each 4 KiB page faulted in on first touch), beside writing the same array again. Run it
 * as is, and with `GLIBC_TUNABLES=glibc.malloc.hugetlb=1` (what the CLI gives shadow-compare's gate process, see
 * shared/supervise.ts) to see what transparent huge pages change. docs/fast-paths.md quotes its numbers.
 *
 * Usage: node bench/first-touch.mjs [--mb 40] [--repeat 3]
 */
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '40' }, repeat: { type: 'string', default: '3' } } });
const length = (Number(values.mb) * 2 ** 20) / 8;
console.log(`GLIBC_TUNABLES=${process.env.GLIBC_TUNABLES ?? '(unset)'}, ${values.mb} MB arrays`);
for (let round = 0; round < Number(values.repeat); round++) {
  const array = new Float64Array(length);
  let started = performance.now();
  for (let i = 0; i < length; i++) array[i] = i;
  const first = performance.now() - started;
  started = performance.now();
  for (let i = 0; i < length; i++) array[i] = i + 1;
  const again = performance.now() - started;
  console.log(`  first touch ${first.toFixed(1)} ms, written again ${again.toFixed(1)} ms`);
}
