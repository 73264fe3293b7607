/**
 * The ids a read has met, as 64-bit hashes (8 bytes a row, no strings): `data.id` must be unique, since it pairs rows
 * with the baseline and seeds each row's bootstrap weights, and a repeated id silently narrows the intervals.
 * Hashes are appended to one of 256 buckets by their top bits and only compared at the end, a bucket at a time:
 * probing one table for every row missed the cache on every row (3-4 times slower). A hash met twice makes its
 * ids suspects, which `findDuplicate` (read.ts) confirms against the data, so what is reported is exact.
 */
const BUCKETS = 256;

export class IdHashLog {
  /** Per bucket, hash pairs (high, low) side by side, `lengths[k]` entries used. */
  private readonly buckets: Int32Array[] = Array.from({ length: BUCKETS }, () => new Int32Array(32));
  private readonly lengths = new Int32Array(BUCKETS);

  add(id: string): void {
    hashId(id);
    const a = hashHigh;
    const b = hashLow;
    const k = a >>> 24;
    let bucket = this.buckets[k];
    const used = this.lengths[k];
    if (used + 2 > bucket.length) {
      const grown = new Int32Array(bucket.length * 2);
      grown.set(bucket);
      this.buckets[k] = bucket = grown;
    }
    bucket[used] = a;
    bucket[used + 1] = b;
    this.lengths[k] = used + 2;
  }

  /** The hashes met more than once, as `hashKey` writes them; empty when every id is unique. */
  repeated(): Set<string> {
    const found = new Set<string>();
    let table = new Int32Array(0);
    for (let k = 0; k < BUCKETS; k++) {
      const bucket = this.buckets[k];
      const used = this.lengths[k];
      let slots = 16;
      while (slots < used) slots *= 2;
      if (table.length < 2 * slots) table = new Int32Array(2 * slots);
      else table.fill(0, 0, 2 * slots);
      const wrap = 2 * slots - 1;
      for (let j = 0; j < used; j += 2) {
        const a = bucket[j];
        const b = bucket[j + 1] === 0 && a === 0 ? 1 : bucket[j + 1];
        // The top bits chose the bucket; the next ones spread the slots.
        let at = ((a >>> 8) & (slots - 1)) << 1;
        for (; ; at = (at + 2) & wrap) {
          const high = table[at];
          const low = table[at + 1];
          if (high === 0 && low === 0) {
            table[at] = a;
            table[at + 1] = b;
            break;
          }
          if (high === a && low === b) {
            found.add(`${a},${bucket[j + 1]}`);
            break;
          }
        }
      }
    }
    return found;
  }
}

/** The hash of an id as `IdHashLog.repeated` names it. */
export function hashKey(id: string): string {
  hashId(id);
  return `${hashHigh},${hashLow}`;
}

/** hashId's result, in two variables rather than a new pair per row. */
let hashHigh = 0;
let hashLow = 0;

/** Two 32-bit hashes of the id's characters (FNV-1a and a multiply-xorshift), each finalised. */
function hashId(id: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  hashHigh = mix(a ^ id.length);
  hashLow = mix(b);
}

/** MurmurHash3's finaliser: every input bit moves every output bit. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
