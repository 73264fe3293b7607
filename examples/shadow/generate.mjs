#!/usr/bin/env node
/**
 * Writes the shadow-compare example's logs (node examples/shadow/generate.mjs): 20,000 requests to a fraud model,
 * answered by production (v1) and by a shadow deployment of v2, each log in its own order, as a serving platform's
 * logger writes them: request id, score at full float64 precision, the hard prediction, latency and the request's
 * segments. v2 is a slightly better model that scores mobile traffic in the APAC region differently (more of its
 * answers flip) and is slower at the tail. Seeded: the same files on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32, normalSampler } from '../lending/random.mjs';

const REQUESTS = 20_000;
const uniform = mulberry32(20261205);
const gaussian = normalSampler(uniform);
const regions = ['eu', 'us', 'apac', 'latam'];
const sigmoid = (x) => 1 / (1 + Math.exp(-x));

const production = [];
const shadow = [];
for (let i = 0; i < REQUESTS; i++) {
  const id = `req-${(i * 7919 + 12345).toString(36).padStart(6, '0')}`;
  const region = regions[Math.floor(uniform() * uniform() * 4.2) % 4];
  const device = uniform() < 0.45 ? 'mobile' : 'web';
  const signal = gaussian();
  const noise = 0.35 * gaussian();
  const v1 = sigmoid(1.6 * signal - 1.2 + noise);
  const apacMobile = region === 'apac' && device === 'mobile';
  const v2 = sigmoid(1.65 * signal - 1.2 + noise + 0.08 * gaussian() + (apacMobile ? 0.6 : 0));
  const latency1 = 18 + 6 * Math.abs(gaussian()) + (uniform() < 0.02 ? 40 * uniform() : 0);
  const latency2 = 19 + 7 * Math.abs(gaussian()) + (uniform() < 0.05 ? 60 * uniform() : 0);
  const row = (score, latency) => `${id},${score},${score >= 0.5 ? 'fraud' : 'ok'},${latency.toFixed(3)},${region},${device}`;
  production.push(row(v1, latency1));
  // The shadow log misses a few requests (dropped by the mirror), as real shadow traffic does.
  if (uniform() >= 0.004) shadow.push(row(v2, latency2));
}
// Each log in its own order: the join must not rely on position.
const shuffled = (lines) => {
  for (let i = lines.length - 1; i > 0; i--) {
    const j = Math.floor(uniform() * (i + 1));
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  return lines;
};
const header = 'request_id,score,prediction,latency_ms,region,device\n';
const out = join(import.meta.dirname, 'logs');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'production.csv'), header + shuffled(production).join('\n') + '\n');
writeFileSync(join(out, 'shadow.csv'), header + shuffled(shadow).join('\n') + '\n');
console.log(`wrote ${production.length} production and ${shadow.length} shadow answers to ${out}`);
