#!/usr/bin/env node
/**
 * How soon V8 gives back typed arrays that are no longer referenced, in shared memory (SharedArrayBuffer) and not:
 * allocates 40 arrays of 8 MB, writes each, keeps every fourth, and prints the process's RSS and array-buffer memory.
 * Why RowStore sorts its rows into shared memory but fills its unsorted columns in ordinary memory
 * (shared/metrics/row-store.ts); docs/fast-paths.md quotes its numbers.
 *
 * Usage: node bench/shared-buffer-release.mjs
 */
for (const shared of [true, false]) {
  const { rss, arrayBuffers } = await allocateInChild(shared);
  console.log(
    `${shared ? 'SharedArrayBuffer' : 'ArrayBuffer      '}: ${rss} MB RSS, ${arrayBuffers} MB of array buffers still held (80 MB kept)`,
  );
}

/** Runs the allocations in a fresh process, so that one kind's garbage does not count against the other. */
async function allocateInChild(shared) {
  const { execFileSync } = await import('node:child_process');
  const script = `
    const kept = [];
    for (let k = 0; k < 40; k++) {
      const array = ${shared} ? new Float64Array(new SharedArrayBuffer(8 << 20)) : new Float64Array(1 << 20);
      array.fill(1);
      if (k % 4 === 0) kept.push(array);
    }
    const { rss, arrayBuffers } = process.memoryUsage();
    console.log(JSON.stringify({ rss: Math.round(rss / 2 ** 20), arrayBuffers: Math.round(arrayBuffers / 2 ** 20), kept: kept.length }));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}
