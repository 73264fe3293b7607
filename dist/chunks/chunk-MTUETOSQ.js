import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  DataError
} from "./chunk-NHNGL3H4.js";

// shared/decimal.ts
var DECIMAL = /^[ \t]*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[ \t]*$/;
function decimalNumber(text) {
  return DECIMAL.test(text) ? Number(text) : NaN;
}

// shared/memory.ts
import { totalmem } from "node:os";
import { getHeapStatistics } from "node:v8";
var MEMORY_LIMIT_ENV = "MODELGATE_MEMORY_LIMIT_MB";
var HEAP_SHARE = 0.9;
var RSS_EVERY_MS = 50;
var MB = 2 ** 20;
function memoryLimit(env = process.env) {
  const text = env[MEMORY_LIMIT_ENV];
  if (text !== void 0 && text.trim() !== "") {
    const mb = decimalNumber(text);
    if (!(mb > 0)) throw new DataError(`${MEMORY_LIMIT_ENV} must be a positive number of MB, got ${JSON.stringify(text.slice(0, 40))}`);
    return mb * MB;
  }
  const constrained = process.constrainedMemory?.() || Infinity;
  return 0.9 * Math.min(totalmem(), constrained);
}
var MemoryBudget = class {
  constructor(limit = memoryLimit()) {
    this.limit = limit;
  }
  limit;
  heapLimit = HEAP_SHARE * getHeapStatistics().heap_size_limit;
  rssCheckedAt = 0;
  /** Throws once the heap nears V8's limit or the process's resident size passes the budget; `where` is being read. */
  check(where) {
    const heap = getHeapStatistics().used_heap_size;
    if (heap > this.heapLimit) throw outOfMemory(`its JavaScript heap holds ${Math.round(heap / MB)} MB of at most ${Math.round(this.heapLimit / HEAP_SHARE / MB)} MB`, where);
    const now = Date.now();
    if (now - this.rssCheckedAt < RSS_EVERY_MS) return;
    this.rssCheckedAt = now;
    const rss = process.memoryUsage.rss();
    if (rss > this.limit) throw outOfMemory(`it uses ${Math.round(rss / MB)} MB, over its limit of ${Math.round(this.limit / MB)} MB (${MEMORY_LIMIT_ENV})`, where);
  }
};
function outOfMemory(detail, where) {
  return new DataError(`modelgate ran out of memory while reading: ${detail}`, where, {
    hint: `shard the data across jobs (--emit-partial, then --partials; see the README), bucket group and slice columns into fewer values, or run on a machine with more memory (${MEMORY_LIMIT_ENV} sets the limit)`
  });
}

export {
  decimalNumber,
  MEMORY_LIMIT_ENV,
  MemoryBudget
};
