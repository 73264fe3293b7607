/**
 * Which ids a read has met, in 8 bytes a slot (a 64-bit hash, no strings): `data.id` must be unique, since it pairs
 * rows with the baseline and seeds each row's bootstrap weights, and a repeated id silently narrows the intervals.
 * A hash seen twice only makes the id a suspect; `findDuplicate` confirms it against the data before anything is
 * reported, so the check is exact.
 */
export class IdHashSet {
  private high = new Int32Array(1024);
  private low = new Int32Array(1024);
  private size = 0;

  /** Adds the id; false when its hash was already there (a suspected duplicate). */
  add(id: string): boolean {
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a = mix(a ^ id.length);
    b = mix(b);
    // (0, 0) marks an empty slot.
    if (a === 0 && b === 0) b = 1;
    return this.insert(a, b);
  }

  private insert(a: number, b: number): boolean {
    const { high, low } = this;
    const mask = high.length - 1;
    let slot = a & mask;
    for (;;) {
      const h = high[slot];
      const l = low[slot];
      if (h === 0 && l === 0) break;
      if (h === a && l === b) return false;
      slot = (slot + 1) & mask;
    }
    high[slot] = a;
    low[slot] = b;
    if (++this.size * 4 > high.length * 3) this.grow();
    return true;
  }

  private grow(): void {
    const { high, low } = this;
    this.high = new Int32Array(high.length * 2);
    this.low = new Int32Array(high.length * 2);
    this.size = 0;
    for (let slot = 0; slot < high.length; slot++) if (high[slot] !== 0 || low[slot] !== 0) this.insert(high[slot], low[slot]);
  }
}

/** MurmurHash3's finaliser: every input bit moves every output bit. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
