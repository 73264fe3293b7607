#!/usr/bin/env node
/**
 * Writes the shadow-compare benchmark's two prediction logs: the same requests answered by production and by a
 * shadow model, as a payload logger writes them. Each log lists the requests in its own order (a different
 * permutation), a few requests are missing from one side, scores are full float64 as models print them, and the
 * ids, latencies and segments look like a serving log's.
 *
 *   request_id   `r-` and 12 base-36 digits, unique
 *   device       web 55%, mobile 45%
 *   score        the positive-class probability, full precision (`0.8764130282402039`)
 *   prediction   `fraud` when score >= 0.5, else `ok`
 *   latency_ms   18 ms + |N(0, 6)| with a 2% (shadow: 5%) slow tail, 3 decimals
 *   region       eu, us, apac, latam (skewed)
 *   label        the true class for 40% of the requests (delayed labels), else empty
 *
 * Usage: node bench/shadow-generate.mjs --rows N --side production|shadow --out FILE
 * The side's requests are a pure function of the request's index, so the two files agree on every shared request.
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { rows: { type: 'string' }, side: { type: 'string' }, out: { type: 'string' } } });
const rows = Number(values.rows);
const side = values.side;
if (!Number.isSafeInteger(rows) || rows < 1 || !['production', 'shadow'].includes(side) || !values.out)
  throw new Error('usage: node bench/shadow-generate.mjs --rows N --side production|shadow --out FILE');

/** A 32-bit hash of (index, salt): every draw about a request is a pure function of its index. */
function hash(index, salt) {
  let h = Math.imul(index ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}
const uniform = (index, salt) => (hash(index, salt) + 0.5) / 4294967296;
const gaussian = (index, salt) => Math.sqrt(-2 * Math.log(uniform(index, salt))) * Math.cos(2 * Math.PI * uniform(index, salt + 1));
const sigmoid = (x) => 1 / (1 + Math.exp(-x));
const REGIONS = ['eu', 'us', 'apac', 'latam'];

/** Visits 0..n-1 in a permuted order: i -> (a i + c) mod n with a coprime to n, a different a per side. */
function* permuted(n, a, c) {
  const gcd = (x, y) => (y === 0 ? x : gcd(y, x % y));
  while (gcd(a, n) !== 1) a++;
  for (let i = 0; i < n; i++) yield Number((BigInt(a) * BigInt(i) + BigInt(c)) % BigInt(n));
}

const shadow = side === 'shadow';
const out = createWriteStream(values.out);
out.write('request_id,device,score,prediction,latency_ms,region,label\n');
let buffer = '';
for (const i of permuted(rows, shadow ? 2_654_435_761 : 1_000_003, shadow ? 17 : 5)) {
  // 0.3% of requests never reached the shadow deployment.
  if (shadow && uniform(i, 11) < 0.003) continue;
  const region = REGIONS[Math.floor(uniform(i, 1) * uniform(i, 2) * 4.2) % 4];
  const device = uniform(i, 3) < 0.45 ? 'mobile' : 'web';
  const signal = gaussian(i, 4);
  const noise = 0.35 * gaussian(i, 6);
  const shift = shadow ? 0.08 * gaussian(i, 8) + (region === 'apac' && device === 'mobile' ? 0.6 : 0) : 0;
  const score = sigmoid((shadow ? 1.65 : 1.6) * signal - 1.2 + noise + shift);
  const slow = uniform(i, shadow ? 13 : 12) < (shadow ? 0.05 : 0.02) ? 60 * uniform(i, 14) : 0;
  const latency = 18 + 6 * Math.abs(gaussian(i, shadow ? 15 : 16)) + slow;
  const label = uniform(i, 20) < 0.4 ? (uniform(i, 21) < sigmoid(1.6 * signal - 1.2) ? 'fraud' : 'ok') : '';
  const id = `r-${(i * 7919 + 104729).toString(36).padStart(12, '0')}`;
  buffer += `${id},${device},${score},${score >= 0.5 ? 'fraud' : 'ok'},${latency.toFixed(3)},${region},${label}\n`;
  if (buffer.length > 1 << 20) {
    if (!out.write(buffer)) await new Promise((resolve) => out.once('drain', resolve));
    buffer = '';
  }
}
out.end(buffer);
await new Promise((resolve, reject) => out.on('finish', resolve).on('error', reject));
