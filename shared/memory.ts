/**
 * The memory a gate may use, checked while it reads. V8 aborts the whole process when its heap is full (exit 134,
 * no report), and the kernel kills it when the machine's memory is; a read that checks its budget on every chunk
 * stops first, with a DataError saying what to do, so the gate still ends in exit 2 with its report.
 */
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { decimalNumber } from './decimal.js';
import { DataError, type Location } from './errors.js';

/** The budget in MB, overriding the default (90% of the machine's or the container's memory). */
export const MEMORY_LIMIT_ENV = 'MODELGATE_MEMORY_LIMIT_MB';
/** Share of V8's heap limit a read may fill: past it the next allocations would abort the process. */
const HEAP_SHARE = 0.9;
/** The resident size is read from /proc (about 10 µs), so at most this often. */
const RSS_EVERY_MS = 50;

const MB = 2 ** 20;

/** The process's budget in bytes: MODELGATE_MEMORY_LIMIT_MB, else 90% of the memory the process can have. */
export function memoryLimit(env: NodeJS.ProcessEnv = process.env): number {
  const text = env[MEMORY_LIMIT_ENV];
  if (text !== undefined && text.trim() !== '') {
    const mb = decimalNumber(text);
    if (!(mb > 0)) throw new DataError(`${MEMORY_LIMIT_ENV} must be a positive number of MB, got ${JSON.stringify(text.slice(0, 40))}`);
    return mb * MB;
  }
  const constrained = process.constrainedMemory?.() || Infinity;
  return 0.9 * Math.min(totalmem(), constrained);
}

export class MemoryBudget {
  private readonly heapLimit = HEAP_SHARE * getHeapStatistics().heap_size_limit;
  private rssCheckedAt = 0;

  constructor(private readonly limit = memoryLimit()) {}

  /** Throws once the heap nears V8's limit or the process's resident size passes the budget; `where` is being read. */
  check(where: Location): void {
    const heap = getHeapStatistics().used_heap_size;
    if (heap > this.heapLimit)
      throw outOfMemory(
        `its JavaScript heap holds ${Math.round(heap / MB)} MB of at most ${Math.round(this.heapLimit / HEAP_SHARE / MB)} MB`,
        where,
      );
    const now = Date.now();
    if (now - this.rssCheckedAt < RSS_EVERY_MS) return;
    this.rssCheckedAt = now;
    const rss = process.memoryUsage.rss();
    if (rss > this.limit)
      throw outOfMemory(
        `it uses ${Math.round(rss / MB)} MB, over its limit of ${Math.round(this.limit / MB)} MB (${MEMORY_LIMIT_ENV})`,
        where,
      );
  }
}

function outOfMemory(detail: string, where: Location): DataError {
  return new DataError(`modelgate ran out of memory while reading: ${detail}`, where, {
    hint: `shard the data across jobs (--emit-partial, then --partials; see the README), bucket group and slice columns into fewer values, or run on a machine with more memory (${MEMORY_LIMIT_ENV} sets the limit)`,
  });
}
