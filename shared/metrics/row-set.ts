/**
 * An order-independent, mergeable fingerprint of a dataset's rows (their join key and label), so a baseline can
 * be checked to hold exactly the candidate's rows without keeping either in memory. Paired comparisons rely on
 * it: bootstrap weights come from the join key, so equal row sets get equal replicate weights.
 */
export interface RowSetJSON {
  count: number;
  /** Sums of two independent 32-bit hashes, kept below 2^53 by reduction modulo 2^48. */
  a: number;
  b: number;
}

const MOD = 2 ** 48;

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class RowSet {
  count = 0;
  a = 0;
  b = 0;

  add(key: string, label: number): void {
    const text = `${key}\u0000${label}`;
    this.count += 1;
    this.a = (this.a + fnv1a(text, 0x811c9dc5)) % MOD;
    this.b = (this.b + fnv1a(text, 0x9747b28c)) % MOD;
  }

  merge(other: RowSet | RowSetJSON): void {
    this.count += other.count;
    this.a = (this.a + other.a) % MOD;
    this.b = (this.b + other.b) % MOD;
  }

  equals(other: RowSet): boolean {
    return this.count === other.count && this.a === other.a && this.b === other.b;
  }

  toJSON(): RowSetJSON {
    return { count: this.count, a: this.a, b: this.b };
  }

  static fromJSON(json: RowSetJSON): RowSet {
    const set = new RowSet();
    set.merge(json);
    return set;
  }
}
