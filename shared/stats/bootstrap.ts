/**
 * Poisson bootstrap (Hanley & MacGibbon 2006; Chamandy et al. 2012): instead of resampling n rows, every
 * row gets an independent Poisson(1) weight per replicate. The weights of a row are a pure function of its
 * key (id, or position in the dataset) and the seed, so shards evaluated on different runners draw the same
 * weights for the same row and their replicate accumulators merge into exactly the single-pass result.
 */

// Inverse CDF of Poisson(1) on 32-bit uniforms u: the value is the least k with u < THRESHOLDS[k]. Each
// probability is exact to 2^-32; the tail beyond the last threshold below 2^32 (about 1e-10) goes to the
// last value.
export const THRESHOLDS: Float64Array = (() => {
  const thresholds: number[] = [];
  let pmf = Math.exp(-1);
  let cdf = 0;
  for (let k = 0; ; k++) {
    cdf += pmf;
    pmf /= k + 1;
    const threshold = Math.floor(cdf * 2 ** 32);
    if (threshold >= 2 ** 32 - 1) {
      thresholds.push(2 ** 32);
      return Float64Array.from(thresholds);
    }
    thresholds.push(threshold);
  }
})();

// Fast path: a byte of the generator's output decides the value unless its bucket straddles a threshold (255):
// 5 of the 256 buckets, about 2% of draws. 256 bytes, so the table stays in L1.
export const STRADDLES = 255;
const BUCKET_BITS = 8;
export const BY_TOP_BITS: Uint8Array = (() => {
  const table = new Uint8Array(1 << BUCKET_BITS);
  const width = 2 ** (32 - BUCKET_BITS);
  let k = 0;
  for (let bucket = 0; bucket < 1 << BUCKET_BITS; bucket++) {
    const low = bucket * width;
    const high = low + width - 1;
    while (THRESHOLDS[k] <= low) k++;
    table[bucket] = high < THRESHOLDS[k] ? k : STRADDLES;
  }
  return table;
})();

/** Whether a word's first byte in memory is its lowest: where replicate 4k + j's weight goes in word k. */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * BY_TOP_BITS of both bytes of a 16-bit number, laid out as two weights in memory (the high byte's first): four
 * weights take two lookups. An entry with a byte that straddles has a bit of 0x8080 set. 128 KiB.
 */
const BY_TWO_BYTES: Uint16Array = (() => {
  const table = new Uint16Array(1 << 16);
  for (let pair = 0; pair < 1 << 16; pair++) {
    const first = BY_TOP_BITS[pair >>> 8];
    const second = BY_TOP_BITS[pair & 0xff];
    table[pair] = LITTLE_ENDIAN ? first | (second << 8) : (first << 8) | second;
  }
  return table;
})();

/** Slow path: the value for the byte `top` plus 24 low bits hashed from key and replicate. */
function refine(top: number, h1: number, h2: number, replicate: number): number {
  const u = top * 2 ** 24 + (fmix32((h1 + Math.imul(replicate + 1, 0x9e3779b9)) ^ h2) >>> 8);
  let k = 0;
  while (u >= THRESHOLDS[k]) k++;
  return k;
}

/** murmur3's 32-bit finalizer: a bijection with full avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The 64-bit hash of (key, seed) as two 32-bit words in `hashed`; no allocation, since it runs once per row. */
const hashed = new Int32Array(2);
function hashKey(key: string | number, seed: number): void {
  const seedLow = seed >>> 0;
  const seedHigh = Math.floor(seed / 2 ** 32) >>> 0;
  let h1 = 0xdeadbeef ^ seedLow;
  let h2 = 0x41c6ce57 ^ seedHigh;
  if (typeof key === 'string') {
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ unit, 2654435761);
      h2 = Math.imul(h2 ^ unit, 1597334677);
    }
    h1 ^= key.length;
  } else {
    if (!Number.isSafeInteger(key) || key < 0) throw new RangeError(`bootstrap key must be a string or a safe integer >= 0, got ${key}`);
    const low = key >>> 0;
    const high = Math.floor(key / 2 ** 32);
    h1 = Math.imul(h1 ^ low, 2654435761);
    h2 = Math.imul(h2 ^ low, 1597334677);
    h1 = Math.imul(h1 ^ high, 2654435761);
    h2 = Math.imul(h2 ^ high, 1597334677);
    h2 ^= 0x9e3779b9; // position domain: never equal to the hash of a string
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  hashed[0] = h1;
  hashed[1] = h2;
}

/**
 * A uniform draw in [0, 1) that is a pure function of (key, seed): the same 64-bit hash as the bootstrap
 * weights, so a row's draw does not depend on the order, sharding or chunking of the data (train samples).
 */
export function keyUniform(key: string | number, seed: number): number {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  hashKey(key, seed);
  // 53 bits: 21 from one word, 32 from the other, through the finalizer so every bit avalanches.
  return (fmix32(hashed[0] ^ 0x9e3779b9) >>> 11) * 2 ** -21 + fmix32(hashed[1] ^ 0x7f4a7c15) * 2 ** -53;
}

/**
 * Fills out[0 .. replicates - 1] with the Poisson(1) weights of one row.
 *
 * The key is hashed to 64 bits (cyrb53-style over the string's UTF-16 units, or over the two 32-bit halves
 * of a position; strings and positions are separate domains) together with the seed, and the 64 bits seed
 * a xoshiro128** generator; each byte of its outputs goes through the inverse CDF (refined to 32-bit resolution
 * near the CDF's steps, so every probability is exact to 2^-32). Replicate r's weight depends
 * only on (key, seed, r), not on the replicate count, the shard or the order of calls.
 *
 * @param key Row id, or the row's 0-based position in the dataset (a safe integer >= 0).
 * @param seed Any safe integer.
 * @param offset Where in `out` the row's weights start.
 */
export function poissonWeights(key: string | number, seed: number, replicates: number, out: Uint8Array | Float64Array, offset = 0): void {
  if (!Number.isInteger(replicates) || replicates < 0 || offset + replicates > out.length) {
    throw new RangeError(`replicates must be an integer between 0 and out.length - offset (${out.length - offset}), got ${replicates}`);
  }
  const words = weightRowBytes(replicates) >>> 2;
  if (rowWords.length < words) {
    rowWords = new Int32Array(words);
    rowBytes = new Uint8Array(rowWords.buffer);
  }
  drawWords(key, seed, replicates, rowWords, 0);
  for (let r = 0; r < replicates; r++) out[offset + r] = rowBytes[r];
}

/** One row's weights for `poissonWeights`, which copies them out. */
let rowWords = new Int32Array(64);
let rowBytes = new Uint8Array(rowWords.buffer);

/**
 * The weights of one row (see poissonWeights) as words[at ..]: replicate r's weight in byte r of those words as
 * they lie in memory, bytes past the replicates 0. Four weights a store, for poissonWeightBlock.
 */
function drawWords(key: string | number, seed: number, replicates: number, words: Int32Array, at: number): void {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`bootstrap seed must be a safe integer, got ${seed}`);
  hashKey(key, seed);
  drawHashedWords(hashed[0], hashed[1], replicates, words, at);
}

/**
 * The 64-bit hash of (key, seed) that a row's weights are drawn from, as two 32-bit words at out[at], out[at + 1]:
 * what a store of rows keeps instead of the weights, to draw them again with drawHashedWords.
 */
export function bootstrapKeyHash(key: string | number, seed: number, out: Int32Array, at: number): void {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`bootstrap seed must be a safe integer, got ${seed}`);
  hashKey(key, seed);
  out[at] = hashed[0];
  out[at + 1] = hashed[1];
}

/** xoshiro128** (Blackman and Vigna), the one generator behind a row's weights and its uniform stream. */
class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /**
   * State from a 64-bit key hash: distinct bijective mixes keep the four words unrelated and the state non-zero for
   * all but a vanishing set of hashes (guarded).
   */
  constructor(h1: number, h2: number) {
    this.s0 = fmix32(h1 ^ 0x9e3779b9);
    this.s1 = fmix32(h2 ^ 0x7f4a7c15);
    this.s2 = fmix32((h1 + 0x3c6ef372) ^ h2);
    this.s3 = fmix32((h2 + 0xdaa66d2b) ^ h1);
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** The next 32-bit output, as a signed integer (take `>>> 0` for the unsigned value). */
  next(): number {
    const s1 = this.s1;
    const m = Math.imul(s1, 5);
    const out = Math.imul((m << 7) | (m >>> 25), 9);
    const s2 = this.s2 ^ this.s0;
    const s3 = this.s3 ^ s1;
    this.s1 = s1 ^ s2;
    this.s0 ^= s3;
    this.s2 = s2 ^ (s1 << 9);
    this.s3 = (s3 << 11) | (s3 >>> 21);
    return out;
  }
}

/**
 * drawWords from the row's key hash (see bootstrapKeyHash): the same weights, the key not needed again. From
 * replicate `from` on: the words before the one that holds it are left as they are, their outputs only stepped over
 * (a sweep of the upper replicates reads none of them).
 */
export function drawHashedWords(h1: number, h2: number, replicates: number, words: Int32Array, at: number, from = 0): void {
  const rng = new Xoshiro128(h1, h2);
  const first = (from >>> 2) << 2;
  for (let r = 0; r < first; r += 4) rng.next();
  // Each 32-bit output yields the four draws of one word, one per byte (high byte first); a byte that lands in one
  // of the few buckets straddling a CDF threshold is refined with 24 more bits hashed from (key, replicate).
  for (let r = first; r < replicates; r += 4) {
    const bits = rng.next();
    const high = BY_TWO_BYTES[bits >>> 16];
    const low = BY_TWO_BYTES[bits & 0xffff];
    if (((high | low) & 0x8080) === 0 && r + 4 <= replicates) {
      words[at + (r >>> 2)] = LITTLE_ENDIAN ? high | (low << 16) : (high << 16) | low;
      continue;
    }
    const b0 = bits >>> 24;
    const b1 = (bits >>> 16) & 0xff;
    const b2 = (bits >>> 8) & 0xff;
    const b3 = bits & 0xff;
    let v0 = BY_TOP_BITS[b0];
    let v1 = BY_TOP_BITS[b1];
    let v2 = BY_TOP_BITS[b2];
    let v3 = BY_TOP_BITS[b3];
    if (v0 === STRADDLES) v0 = refine(b0, h1, h2, r);
    if (v1 === STRADDLES) v1 = refine(b1, h1, h2, r + 1);
    if (v2 === STRADDLES) v2 = refine(b2, h1, h2, r + 2);
    if (v3 === STRADDLES) v3 = refine(b3, h1, h2, r + 3);
    // A last, partial word keeps only its replicates' weights.
    if (r + 1 >= replicates) v1 = 0;
    if (r + 2 >= replicates) v2 = 0;
    if (r + 3 >= replicates) v3 = 0;
    words[at + (r >>> 2)] = LITTLE_ENDIAN ? v0 | (v1 << 8) | (v2 << 16) | (v3 << 24) : (v0 << 24) | (v1 << 16) | (v2 << 8) | v3;
  }
}

/** Bytes a row takes in a block of replicate weights: whole 32-bit words, so every row starts word-aligned. */
export function weightRowBytes(replicates: number): number {
  return 4 * Math.ceil(replicates / 4);
}

/**
 * The Poisson weights of a batch of rows as one block, row i's at [i * weightRowBytes(replicates), + replicates)
 * and zeros after: drawn where the batch is read (a reading thread, when there is one) and handed over whole.
 */
export function poissonWeightBlock(rows: number, keyAt: (i: number) => string | number, seed: number, replicates: number): Uint8Array {
  const stride = weightRowBytes(replicates) >>> 2;
  const words = new Int32Array(rows * stride);
  for (let i = 0; i < rows; i++) drawWords(keyAt(i), seed, replicates, words, i * stride);
  return new Uint8Array(words.buffer);
}

/**
 * Percentile bootstrap interval: the (1 - level) / 2 and (1 + level) / 2 quantiles of the replicate values
 * with numpy's default 'linear' interpolation. Null and NaN replicates (metric undefined in that resample)
 * are ignored; null when fewer than 2 remain.
 */
export function percentileInterval(values: ArrayLike<number | null>, level: number): [number, number] | null {
  if (!(level > 0 && level < 1)) throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
  const valid: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value !== null && !Number.isNaN(value)) valid.push(value);
  }
  if (valid.length < 2) return null;
  valid.sort((a, b) => a - b);
  return [quantileLinear(valid, (1 - level) / 2), quantileLinear(valid, (1 + level) / 2)];
}

/** numpy.quantile(method='linear') on sorted values, including numpy's two-sided lerp. */
export function quantileLinear(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  const index = (n - 1) * q;
  if (index >= n - 1) return sorted[n - 1];
  const below = Math.floor(index);
  return numpyLerp(sorted[below], sorted[below + 1], index - below);
}

/** a + (b - a) t as numpy computes it: from b's side when t >= 0.5, so that t = 1 gives b exactly. */
export function numpyLerp(a: number, b: number, t: number): number {
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/**
 * A stream of uniforms in [0, 1) that is a pure function of (key, seed): xoshiro128** seeded from the same 64-bit
 * hash as the row weights, 53 bits a draw as numpy's next_double. For draws that need more than one uniform each
 * (poissonDraw), where the byte-per-weight fast path of poissonWeights does not apply.
 */
export function uniformStream(key: string | number, seed: number): () => number {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`bootstrap seed must be a safe integer, got ${seed}`);
  hashKey(key, seed);
  const rng = new Xoshiro128(hashed[0], hashed[1]);
  return () => ((rng.next() >>> 5) * 67108864 + (rng.next() >>> 6)) / 9007199254740992;
}

/**
 * One Poisson(mean) draw, exact, by numpy's algorithms (Generator.poisson): the multiplication method below a
 * mean of 10, Hörmann's transformed rejection with squeeze (PTRS, 1993) from 10 on. What a Poisson bootstrap
 * gives a group of `mean` interchangeable rows at once: the sum of their Poisson(1) weights is Poisson(mean).
 */
export function poissonDraw(mean: number, uniform: () => number): number {
  if (!(mean >= 0 && Number.isFinite(mean))) throw new RangeError(`Poisson mean must be finite and >= 0, got ${mean}`);
  if (mean === 0) return 0;
  if (mean < 10) {
    const floor = Math.exp(-mean);
    let k = 0;
    for (let product = uniform(); product > floor; product *= uniform()) k++;
    return k;
  }
  const slam = Math.sqrt(mean);
  const loglam = Math.log(mean);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = uniform() - 0.5;
    const v = uniform();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -mean + k * loglam - logGamma(k + 1)) return k;
  }
}

const LOG_GAMMA_SERIES = [
  8.333333333333333e-2, -2.777777777777778e-3, 7.936507936507937e-4, -5.952380952380952e-4, 8.417508417508418e-4, -1.917526917526918e-3,
  6.41025641025641e-3, -2.955065359477124e-2, 1.796443723688307e-1, -1.3924322169059,
];

const LOG_2PI = 1.8378770664093453;

/** log Γ(x) for x >= 1 by Stirling's series, shifted up to 7 below it (numpy's random_loggam). */
function logGamma(x: number): number {
  if (x === 1 || x === 2) return 0;
  const shift = x < 7 ? Math.floor(7 - x) : 0;
  let x0 = x + shift;
  const x2 = (1 / x0) * (1 / x0);
  let series = LOG_GAMMA_SERIES[9];
  for (let k = 8; k >= 0; k--) series = series * x2 + LOG_GAMMA_SERIES[k];
  let value = series / x0 + 0.5 * LOG_2PI + (x0 - 0.5) * Math.log(x0) - x0;
  for (let k = 1; k <= shift; k++) {
    value -= Math.log(x0 - 1);
    x0 -= 1;
  }
  return value;
}
