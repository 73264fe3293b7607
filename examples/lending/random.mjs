/**
 * Seeded randomness for the data generators (the lending demo and bench/generate.mjs).
 *
 * Plain .mjs because the generators run before any build. Math.random is never used: the same seed
 * must give byte-identical files, so every draw comes from one seeded stream in a fixed order.
 */

/**
 * mulberry32: a 32-bit state generator (Tommy Ettinger). Period 2^32, which is far more draws than
 * a generator here makes (10M bench rows use about 60M), and a few integer ops per draw, which keeps
 * the 10M-row benchmark file fast to write.
 * @param {number} seed any integer; only its low 32 bits are used
 * @returns {() => number} uniform draws in [0, 1)
 */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Standard normal draws by the Box-Muller transform. Each pair of uniforms gives two normals; the
 * second is kept for the next call so no draw is wasted and the stream order stays fixed.
 * @param {() => number} uniform a seeded uniform source such as mulberry32
 * @returns {() => number}
 */
export function normalSampler(uniform) {
  let spare = NaN;
  return () => {
    if (!Number.isNaN(spare)) {
      const z = spare;
      spare = NaN;
      return z;
    }
    // 1 - u is in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
    const angle = 2 * Math.PI * uniform();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}

/**
 * Picks a category by its share.
 * @template T
 * @param {() => number} uniform
 * @param {ReadonlyArray<readonly [T, number]>} shares [value, share] pairs whose shares sum to 1
 * @returns {T}
 */
export function pickShare(uniform, shares) {
  const u = uniform();
  let cumulative = 0;
  for (const [value, share] of shares) {
    cumulative += share;
    if (u < cumulative) return value;
  }
  // Floating sums of shares can fall a hair short of 1.
  return shares[shares.length - 1][0];
}
