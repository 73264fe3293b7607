import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// shared/worker-script.ts
import { existsSync } from "node:fs";
import { parentPort, Worker } from "node:worker_threads";
function workerScript(name, setting) {
  const value = process.env[setting];
  if (value === "0") return null;
  const script = new URL(`../workers/${name}.js`, import.meta.url);
  if (existsSync(script)) return { script, forced: value === "1" };
  if (value === "1") throw new Error(`${setting}=1, but there is no worker script at ${script.pathname}: run from the bundle (dist/)`);
  return null;
}
function runOnThread(script, task, what, transfer = []) {
  const answered = new Promise((resolve, reject) => {
    const worker = new Worker(script);
    worker.once("message", (answer) => {
      void worker.terminate();
      if ("error" in answer) reject(new Error(`${what} on a second thread failed: ${answer.error}`));
      else resolve(answer.result);
    });
    worker.once("error", (error) => reject(new Error(`${what} on a second thread failed: ${error.message}`, { cause: error })));
    worker.once("exit", (code) => reject(new Error(`the thread ${what} stopped (exit code ${code}) before it answered`)));
    try {
      worker.postMessage(task, transfer);
    } catch (error) {
      void worker.terminate();
      reject(error);
    }
  });
  answered.catch(() => {
  });
  return answered;
}
function answerOneTask(handle) {
  const port = parentPort;
  port.once("message", (task) => {
    let answer;
    try {
      answer = { result: handle(task) };
    } catch (error) {
      answer = { error: error instanceof Error ? error.stack ?? error.message : String(error) };
    }
    port.postMessage(answer);
  });
}

// shared/stats/bootstrap.ts
var THRESHOLDS = (() => {
  const thresholds = [];
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
var STRADDLES = 255;
var BUCKET_BITS = 8;
var BY_TOP_BITS = (() => {
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
var LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
var BY_TWO_BYTES = (() => {
  const table = new Uint16Array(1 << 16);
  for (let pair = 0; pair < 1 << 16; pair++) {
    const first = BY_TOP_BITS[pair >>> 8];
    const second = BY_TOP_BITS[pair & 255];
    table[pair] = LITTLE_ENDIAN ? first | second << 8 : first << 8 | second;
  }
  return table;
})();
function refine(top, h1, h2, replicate) {
  const u = top * 2 ** 24 + (fmix32(h1 + Math.imul(replicate + 1, 2654435769) ^ h2) >>> 8);
  let k = 0;
  while (u >= THRESHOLDS[k]) k++;
  return k;
}
function fmix32(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  return (h ^ h >>> 16) >>> 0;
}
var hashed = new Int32Array(2);
function hashKey(key, seed) {
  const seedLow = seed >>> 0;
  const seedHigh = Math.floor(seed / 2 ** 32) >>> 0;
  let h1 = 3735928559 ^ seedLow;
  let h2 = 1103547991 ^ seedHigh;
  if (typeof key === "string") {
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
    h2 ^= 2654435769;
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507);
  h1 ^= Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507);
  h2 ^= Math.imul(h1 ^ h1 >>> 13, 3266489909);
  hashed[0] = h1;
  hashed[1] = h2;
}
function keyUniform(key, seed) {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  hashKey(key, seed);
  return (fmix32(hashed[0] ^ 2654435769) >>> 11) * 2 ** -21 + fmix32(hashed[1] ^ 2135587861) * 2 ** -53;
}
function poissonWeights(key, seed, replicates, out, offset = 0) {
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
var rowWords = new Int32Array(64);
var rowBytes = new Uint8Array(rowWords.buffer);
function drawWords(key, seed, replicates, words, at) {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`bootstrap seed must be a safe integer, got ${seed}`);
  hashKey(key, seed);
  drawHashedWords(hashed[0], hashed[1], replicates, words, at);
}
function bootstrapKeyHash(key, seed, out, at) {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`bootstrap seed must be a safe integer, got ${seed}`);
  hashKey(key, seed);
  out[at] = hashed[0];
  out[at + 1] = hashed[1];
}
var Xoshiro128 = class {
  s0;
  s1;
  s2;
  s3;
  /**
   * State from a 64-bit key hash: distinct bijective mixes keep the four words unrelated and the state non-zero for
   * all but a vanishing set of hashes (guarded).
   */
  constructor(h1, h2) {
    this.s0 = fmix32(h1 ^ 2654435769);
    this.s1 = fmix32(h2 ^ 2135587861);
    this.s2 = fmix32(h1 + 1013904242 ^ h2);
    this.s3 = fmix32(h2 + 3668340011 ^ h1);
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }
  /** The next 32-bit output, as a signed integer (take `>>> 0` for the unsigned value). */
  next() {
    const s1 = this.s1;
    const m = Math.imul(s1, 5);
    const out = Math.imul(m << 7 | m >>> 25, 9);
    const s2 = this.s2 ^ this.s0;
    const s3 = this.s3 ^ s1;
    this.s1 = s1 ^ s2;
    this.s0 ^= s3;
    this.s2 = s2 ^ s1 << 9;
    this.s3 = s3 << 11 | s3 >>> 21;
    return out;
  }
};
function drawHashedWords(h1, h2, replicates, words, at, from = 0) {
  const rng = new Xoshiro128(h1, h2);
  const first = from >>> 2 << 2;
  for (let r = 0; r < first; r += 4) rng.next();
  for (let r = first; r < replicates; r += 4) {
    const bits = rng.next();
    const high = BY_TWO_BYTES[bits >>> 16];
    const low = BY_TWO_BYTES[bits & 65535];
    if (((high | low) & 32896) === 0 && r + 4 <= replicates) {
      words[at + (r >>> 2)] = LITTLE_ENDIAN ? high | low << 16 : high << 16 | low;
      continue;
    }
    const b0 = bits >>> 24;
    const b1 = bits >>> 16 & 255;
    const b2 = bits >>> 8 & 255;
    const b3 = bits & 255;
    let v0 = BY_TOP_BITS[b0];
    let v1 = BY_TOP_BITS[b1];
    let v2 = BY_TOP_BITS[b2];
    let v3 = BY_TOP_BITS[b3];
    if (v0 === STRADDLES) v0 = refine(b0, h1, h2, r);
    if (v1 === STRADDLES) v1 = refine(b1, h1, h2, r + 1);
    if (v2 === STRADDLES) v2 = refine(b2, h1, h2, r + 2);
    if (v3 === STRADDLES) v3 = refine(b3, h1, h2, r + 3);
    if (r + 1 >= replicates) v1 = 0;
    if (r + 2 >= replicates) v2 = 0;
    if (r + 3 >= replicates) v3 = 0;
    words[at + (r >>> 2)] = LITTLE_ENDIAN ? v0 | v1 << 8 | v2 << 16 | v3 << 24 : v0 << 24 | v1 << 16 | v2 << 8 | v3;
  }
}
function weightRowBytes(replicates) {
  return 4 * Math.ceil(replicates / 4);
}
function poissonWeightBlock(rows, keyAt, seed, replicates) {
  const stride = weightRowBytes(replicates) >>> 2;
  const words = new Int32Array(rows * stride);
  for (let i = 0; i < rows; i++) drawWords(keyAt(i), seed, replicates, words, i * stride);
  return new Uint8Array(words.buffer);
}
function percentileInterval(values, level) {
  if (!(level > 0 && level < 1)) throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
  const valid = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value !== null && !Number.isNaN(value)) valid.push(value);
  }
  if (valid.length < 2) return null;
  valid.sort((a, b) => a - b);
  return [quantileLinear(valid, (1 - level) / 2), quantileLinear(valid, (1 + level) / 2)];
}
function quantileLinear(sorted, q) {
  const n = sorted.length;
  const index = (n - 1) * q;
  if (index >= n - 1) return sorted[n - 1];
  const below = Math.floor(index);
  return numpyLerp(sorted[below], sorted[below + 1], index - below);
}
function numpyLerp(a, b, t) {
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
function uniformStream(key, seed) {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`bootstrap seed must be a safe integer, got ${seed}`);
  hashKey(key, seed);
  const rng = new Xoshiro128(hashed[0], hashed[1]);
  return () => ((rng.next() >>> 5) * 67108864 + (rng.next() >>> 6)) / 9007199254740992;
}
function poissonDraw(mean, uniform) {
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
  for (; ; ) {
    const u = uniform() - 0.5;
    const v = uniform();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor((2 * a / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || us < 0.013 && v > us) continue;
    if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -mean + k * loglam - logGamma(k + 1)) return k;
  }
}
var LOG_GAMMA_SERIES = [
  0.08333333333333333,
  -0.002777777777777778,
  7936507936507937e-19,
  -5952380952380952e-19,
  8417508417508418e-19,
  -0.001917526917526918,
  0.00641025641025641,
  -0.02955065359477124,
  0.1796443723688307,
  -1.3924322169059
];
var LOG_2PI = 1.8378770664093453;
function logGamma(x) {
  if (x === 1 || x === 2) return 0;
  const shift = x < 7 ? Math.floor(7 - x) : 0;
  let x0 = x + shift;
  const x2 = 1 / x0 * (1 / x0);
  let series = LOG_GAMMA_SERIES[9];
  for (let k = 8; k >= 0; k--) series = series * x2 + LOG_GAMMA_SERIES[k];
  let value = series / x0 + 0.5 * LOG_2PI + (x0 - 0.5) * Math.log(x0) - x0;
  for (let k = 1; k <= shift; k++) {
    value -= Math.log(x0 - 1);
    x0 -= 1;
  }
  return value;
}

// shared/wasm.generated.ts
var REPLICATE_KERNEL_WASM = "AGFzbQEAAAABOgdgAX8Bf2AFf39/f38Bf2AIf39/f3x/f38Bf2AEf39/fAF/YAN/f38AYAd/f39/fHx8AGADf39/AX8CEgEGa2VybmVsBm1lbW9yeQIAAQMJCAABAgMEBQYFBz0FCmRyYXdNYXNzZXMAAglhZGRNYXNzZXMABAlhZGRPbmVSb3cABQt0YWtlTm9uWmVybwAGBmFkZFJ1bgAHCocLCDQAIAAgAEEQdnMhACAAQeuUr694bCEAIAAgAEENdnMhACAAQbXcypV8bCEAIAAgAEEQdnMLRwIBfAF/IABBGHQgASADQQFqQbnz3fF5bGogAnMQAEEIdnK4IQUCQANAIAUgBCAGQQN0aisDAGMNASAGQQFqIQYMAAsLIAYLiwMBEX8gAEG5893xeXMQACEIIAFBlfip+gdzEAAhCSAAQfLmu+MDaiABcxAAIQogAUGr2pnVfWogAHMQACELIAggCXIgCiALcnJFBEBBASEICyACQQJ2QQJ0IREgB0GAgAhqIRQCQANAIBAgA08NASAJQQVsIQwgDEEHd0EJbCENIAogCHMhDiALIAlzIQ8gDiAJQQl0cyEKIAkgDnMhCSAIIA9zIQggD0ELdyELIBAgEU8EQCAHIA1BEHZBAXRqLwEAIRIgByANQf//A3FBAXRqLwEAIRMgEiATckGAgQJxRSAQQQRqIANNcQRAIBIgE0EQdHIhGAVBACEYQQAhFQNAIA1BGCAVQQN0a3ZB/wFxIRYgFCAWai0AACEXIBdB/wFGBEAgFiAAIAEgECAVaiAHQYCCCGoQASEXCyAQIBVqIANPBEBBACEXCyAYIBcgFUEDdHRyIRggFUEBaiIVQQRJDQALCyAFIBBqIBg2AgALIBBBBGohEAwACwsgBSACaiADIAJrIAYgBBADC2MBA38gA0QAAAAAAAAAAGEEQEEADwsgAUUEQEEADwsDQCAAIARqLQAAIQYgBUEBdCAEOwEAIAIgBUEDdGogAyAGuKI5AwAgBSAGQf8BakEIdmohBSAEQQFqIgQgAUkNAAsgBQtAAQJ/IAFFBEAPCwNAIAAgA0EBdC8BAEEDdGohBCAEIAQrAwAgAiADQQN0aisDAKA5AwAgA0EBaiIDIAFJDQALC8gCAgJ/BXwgAkUEQA8LRAAAAAAAAPA/IAShIQ0gAQRAA0AgACAHQQF0LwEAQQZ0aiEIIAMgB0EDdGorAwAhCSAIKwMAIAmgIQogCCAKOQMAIAggCCsDECAJIAogCiAIKwMIoKOioDkDECAIIAgrAxggCSAFoqA5AxggCCAIKwMgIAkgDaIgDaKgOQMgIAggCCsDMCAJIAkgBKKhoDkDMCAHQQFqIgcgAkkNAAsFA0AgACAHQQF0LwEAQQZ0aiEIIAMgB0EDdGorAwAhCSAIKwMIIQwgDCAJoCELIAggCzkDCCAIKwMAIQogCCAIKwMoIAsgDKEgCiAKoKKgOQMoIAggCCsDGCAJIAaioDkDGCAIIAgrAyAgCSAEoiAEoqA5AyAgCCAIKwMwRAAAAAAAAAAAIAkgBKKhoDkDMCAHQQFqIgcgAkkNAAsLC2cCA38BfCABRQRAQQAPCwNAIAAgA0EDdGohBSAFKwMAIQYgBUQAAAAAAAAAADkDACAEQQF0IAM7AQAgAiAEQQN0aiAGOQMAIAQgBkQAAAAAAAAAAGJqIQQgA0EBaiIDIAFJDQALIAQLowICAn8HfCADRQRADwtEAAAAAAAA8D8gBKEhDwNAIAAgB0EGdGohCCABIAdBA3RqKwMAIQkgAiAHQQN0aisDACEKIAEgB0EDdGpEAAAAAAAAAAA5AwAgAiAHQQN0akQAAAAAAAAAADkDACAIKwMAIQ0gCCsDCCEOIA0gCqAhCyAOIAmgIQwgCCALOQMAIAggDDkDCCAIIAgrAyggDCAOoSALIA2goqA5AyggCkQAAAAAAAAAAGQEQCAIIAgrAxAgCiALIAsgDKCjoqA5AxALIAggCCsDGCAKIAWiIAkgBqKgoDkDGCAIIAgrAyAgCiAPoiAPoiAJIASiIASioKA5AyAgCCAIKwMwIAogCiAJoCAEoqGgOQMwIAdBAWoiByADSQ0ACws=";
var LINE_READER_WASM = "AGFzbQEAAAABOAdgCX9/f39/f39/fwBgBH9/f38AYAABf2ACfH8BfGAFfH98f38BfGAFf39/f38Bf2AFf39/f38AAhIBBnJlYWRlcgZtZW1vcnkCAAEDCwoAAQICAgMEBQYFBlEQfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAsHQQcJY29uZmlndXJlAAAFYmxvY2sAAQRzdG9wAAIJbWlzc0NvdW50AAMEZnVsbAAECHJlbWVtYmVyAAcEcmVhZAAJCqMOCiYAIAAkACABJAEgAiQCIAMkAyAEJAQgBSQFIAYkBiAHJAcgCCQICxIAIAAkDCABJAkgAiQKIAMkCwsEACMNCwQAIw4LBAAjDwtIAgF+AXwgAL0hAiACQoCAgICAgID4/wCDv0QAAAAAAACgPKIhAyABIAJC/////////weDUHEEfCADRAAAAAAAAABAowUgAwsLqQMBFHwgA0ETSiAEQRdOciABQQhKcgRARAAAAAAAAPh/DwsjBSABQQN0aisDACEFIAAgBaIhBgJ8RAAAAAIAAKBBIACiIRMgEyATIAChoSEUIAAgFKEhFUQAAAACAACgQSAFoiEWIBYgFiAFoaEhFyAFIBehIRggFCAXoiAGoSAUIBiioCAVIBeioCAVIBiioAshByAGIAKgIQggAiAIIAahoSAHoCEJIwUgBEEDdGorAwAhCiAIIAqjIQsgCyAKoiEMIAggDKECfEQAAAACAACgQSALoiETIBMgEyALoaEhFCALIBShIRVEAAAAAgAAoEEgCqIhFiAWIBYgCqGhIRcgCiAXoSEYIBQgF6IgDKEgFCAYoqAgFSAXoqAgFSAYoqALoSAJoCENIA0gCqMhDiALIA6gIQ8gD0QAAAAAAACwB2YgD0QAAAAAAAAweGNxRQRARAAAAAAAAPh/DwsgDyAOoSEQIAsgEKEgDiAPIBChoaAhESAPIBFEAAAAAAAAAABjEAUhEiARmSASoZkgEkQAAAAAAABwPaJkBHwgDwVEAAAAAAAA+H8LC9UBAQd/IwQgAEEMbGooAgghBSAFQYCAB2ohCyALKAIAIQYgCygCBCEHIAIgAWshCCAGQYAQTyAHIAhqQYCABEtyBEBBAA8LIAVBgIADaiAHaiMMIAFqIAj8CgAAIAVBgIABaiAGQQR0aiEJIAkgAzYCACAJIAQ2AgQgCSAHNgIIIAkgCDYCDCADQf8fcSEKAkADQCAFIApBAnRqKAIARQ0BIApBAWpB/x9xIQoMAAsLIAUgCkECdGogBkEBajYCACALIAZBAWo2AgAgCyAHIAhqNgIEQQELOwEBfyMGIw5BFGxqIQUgBSAANgIAIAUgATYCBCAFIAIjDGs2AgggBSADNgIMIAUgBDYCECMOQQFqJA4L0AcHDH8BfAN/AXwCfwF8C38gAiEFQQAkDkEAJA8gACMMaiEAIAEjDGohAUEKIRwCQANAIAAgAU8NASACIANPDQEjDiMIaiMHSwRAQQEkDwwCCyAAIQwjDiENIAAhBkEAIQgCQANAIAYhCSMCIAhqLQAAIQogCCMAQQFrRiEOIBwjASAOGyEPIApFBEACQANAIAYgAU8NASAGLQAAIQcgByMBRg0BIAcgHEYNASAGQQFqIQYMAAsLBSMDIAhBAnRqKAIAIQsjBCALQQxsaiEbIApBAkYEQEQAAAAAAAAAACERQQAhEkEAIRNBfyEURAAAAAAAAAAAIRVBACEWAkADQCAGIAFPDQEgBi0AACEHIAcjAUYNASAHIBxGDQEgB0EwayEQIBBBCU0EQCASQQFqIRIgE0EPSARAIBFEAAAAAAAAJECiIBC4oCERIBFEAAAAAAAAAABiBEAgE0EBaiETCwUgFUQAAAAAAAAkQKIgELigIRUgFkEBaiEWIBNBAWohEwsFIAdBLkcNBiAUQX9HDQYgEiEUCyAGQQFqIQYMAAsLIBJFDQNBACASIBRrIBRBf0YbIRcgE0EPSiAXQRdOcgRAIBEgFiAVIBMgFxAGIRggGCAYYgRAIAIgCyAJIAYjDGtBgICAgHhyQQAQCAsFIBEjBSAXQQN0aisDAKMhGAsgGygCACACQQN0aiAYOQMAIBsoAgQgAkECdGpBfzYCAAVBxbvyiHghGQJAA0AgBiABTw0BIAYtAAAhByAHIwFGDQEgByAcRg0BIBkgB3NBk4OACGwhGSAGQQFqIQYMAAsLIBsoAgghHSAGIAlrIR4gGUH/H3EhH0F/IRoCQANAIB0gH0ECdGooAgAhICAgRQ0BIB1BgIABaiAgQQFrQQR0aiEhAkAgISgCACAZRw0AICEoAgwgHkcNACAdQYCAA2ogISgCCGohIkEAISMCQANAICMgHk8NASAiICNqLQAAIAkgI2otAABHDQIgI0EBaiEjDAALCyAhKAIEIRoMAgsgH0EBakH/H3EhHwwACwsgGkEASARAIAIgCyAJIAYjDGsgGRAICyAbKAIEIAJBAnRqIBo2AgALCyAGIAFPDQEgBi0AACAPRw0BIA4EQCAGIAlLIAZBAWstAABBDUZxDQIgBEEBaiEEIwkgAkECdGogBDYCACMKBEAjCiACQQJ0aiAMIwxrNgIAIwsgAkECdGogBiMMazYCAAsgAkEBaiECIAZBAWohAAwDCyAGQQFqIQYgCEEBaiEIDAALCyANJA4gDCEACwsgACMMayQNIAIgBWsL";
var RADIX_SORT_WASM = "AGFzbQEAAAABDQFgCH9/f39/f39/AX8CEAEEc29ydAZtZW1vcnkCAAEDAgEABwgBBHNvcnQAAAqyBQGvBQYFfwF+AXwFfwF+BH8gB0EAQYDAAPwLACAAIQkgAgRAQQAhCUEAIQgCQANAIAggAE8NASACIAhBAnRqKAIAQQJxRQRAIAlBAWohCQsgCEEBaiEIDAALCwtBACEKIAkhC0EAIQgCQANAIAggAE8NASAKIQwgAgRAIAIgCEECdGooAgBBAnEEQCALIQwgC0EBaiELBSAKQQFqIQoLBSAKQQFqIQoLIAEgCEEDdGorAwAhDiAOvUKAgICAgICA+P8AIA4gDmEbIQ0gAyAMQQN0aiANNwMAIAUgDEECdGogCDYCAEEAIQ8DQCAHIA9BCHQgDSAPQQN0rYhC/wGDp2pBAnRqIRggGCAYKAIAQQFqNgIAIA9BAWohDyAPQQhJDQALIAhBAWohCAwACwtBACEPAkADQCAPQQhPDQEgByAPQQp0aiEQIA9BA3StIRQCQCAARQ0AIAAgECADKQMAIBSIQv8Bg6dBAnRqKAIARg0AQQAhEkEAIREDQCAQIBFBAnRqIRggGCgCACETIBggEjYCACASIBNqIRIgEUEBaiERIBFBgAJJDQALQQAhCAJAA0AgCCAATw0BIAMgCEEDdGopAwAhDSAQIA0gFIhC/wGDp0ECdGohGCAYKAIAIRUgGCAVQQFqNgIAIAQgFUEDdGogDTcDACAGIBVBAnRqIAUgCEECdGooAgA2AgAgCEEBaiEIDAALCyADIRcgBCEDIBchBCAFIRcgBiEFIBchBiAWQQFzIRYLIA9BAWohDwwACwtBACEIAkADQCAIIABPDQEgAyAIQQN0aiEMIAwpAwAhDSANQoCAgICAgID4/wBRBEAgDEQAAAAAAAD4fzkDAAsgAgRAIAYgCEECdGogAiAFIAhBAnRqKAIAQQJ0aigCADYCAAsgCEEBaiEIDAALCyAWCw==";

// shared/data/weights.ts
var MIN_POSITIVE_WEIGHT = 1e-12;
var MAX_WEIGHT = 1e6;
var WEIGHT_RANGE = `a weight must be 0 or a number from ${MIN_POSITIVE_WEIGHT} to ${MAX_WEIGHT}; metrics do not depend on the weights' scale, so rescale them`;
function isAcceptedWeight(weight) {
  return weight === 0 || weight >= MIN_POSITIVE_WEIGHT && weight <= MAX_WEIGHT;
}

export {
  workerScript,
  runOnThread,
  answerOneTask,
  THRESHOLDS,
  STRADDLES,
  BY_TOP_BITS,
  keyUniform,
  poissonWeights,
  bootstrapKeyHash,
  drawHashedWords,
  weightRowBytes,
  poissonWeightBlock,
  percentileInterval,
  quantileLinear,
  numpyLerp,
  uniformStream,
  poissonDraw,
  REPLICATE_KERNEL_WASM,
  LINE_READER_WASM,
  RADIX_SORT_WASM,
  WEIGHT_RANGE,
  isAcceptedWeight
};
