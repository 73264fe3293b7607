import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  decimalNumber
} from "./chunk-CDUPDCSK.js";
import {
  DataError
} from "./chunk-JUZ7LOQF.js";

// shared/closest.ts
function closestName(input, candidates) {
  const list = [...candidates];
  const squash = (text) => text.toLowerCase().replace(/[\s_-]/g, "");
  const same = list.find((candidate) => squash(candidate) === squash(input));
  if (same !== void 0) return same;
  const needle = input.toLowerCase();
  const limit = Math.max(1, Math.floor(needle.length / 3));
  let best;
  let bestDistance = Infinity;
  for (const candidate of list) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance && distance <= limit) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ?? abbreviated(needle, list);
}
function abbreviated(needle, list) {
  if (needle.length < 3) return void 0;
  const lower = (candidate) => candidate.toLowerCase();
  const longer = list.filter((c) => c.length >= 3 && needle.startsWith(lower(c))).sort((a, b) => b.length - a.length);
  if (longer.length > 0) return longer[0];
  return list.filter((c) => lower(c).startsWith(needle)).sort((a, b) => a.length - b.length)[0];
}
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[(i - 2) * cols + j - 2] + 1);
      d[i * cols + j] = value;
    }
  }
  return d[rows * cols - 1];
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
    if (heap > this.heapLimit)
      throw outOfMemory(
        `its JavaScript heap holds ${Math.round(heap / MB)} MB of at most ${Math.round(this.heapLimit / HEAP_SHARE / MB)} MB`,
        where
      );
    const now = Date.now();
    if (now - this.rssCheckedAt < RSS_EVERY_MS) return;
    this.rssCheckedAt = now;
    const rss = process.memoryUsage.rss();
    if (rss > this.limit)
      throw outOfMemory(
        `it uses ${Math.round(rss / MB)} MB, over its limit of ${Math.round(this.limit / MB)} MB (${MEMORY_LIMIT_ENV})`,
        where
      );
  }
};
function outOfMemory(detail, where) {
  return new DataError(`modelgate ran out of memory while reading: ${detail}`, where, {
    hint: `shard the data across jobs (--emit-partial, then --partials; see the README), bucket group and slice columns into fewer values, or run on a machine with more memory (${MEMORY_LIMIT_ENV} sets the limit)`
  });
}

export {
  closestName,
  MEMORY_LIMIT_ENV,
  MemoryBudget
};
