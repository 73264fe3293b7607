#!/usr/bin/env node
// Writes the small prediction files the component tests gate (node gitlab/test/make-data.mjs): 400 rows where
// `good.csv` separates the labels (ROC AUC about 0.85) and `bad.csv` scores at random (about 0.5), and `good.csv`
// again as two shards for the sharded component; and `train.csv`, 300 rows of two features and a label that also
// depends on a term no feature carries, for the train component. Deterministic: no clock, no random source.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = join(import.meta.dirname, 'data');
const header = 'id,label,score,group\n';
const good = [];
const bad = [];
for (let i = 1; i <= 400; i++) {
  const label = i % 3 === 0 ? 0 : 1;
  const spread = ((i * 7919) % 1000) / 1000;
  const group = (i * 31) % 5 < 2 ? 'a' : 'b';
  const goodScore = label === 1 ? 0.35 + 0.6 * spread : 0.05 + 0.6 * spread;
  const badScore = ((i * 7919 + 457) % 997) / 997;
  good.push(`${i},${label},${goodScore.toFixed(4)},${group}\n`);
  bad.push(`${i},${label},${badScore.toFixed(4)},${group}\n`);
}
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'good.csv'), header + good.join(''));
writeFileSync(join(out, 'bad.csv'), header + bad.join(''));
writeFileSync(join(out, 'good-1.csv'), header + good.slice(0, 200).join(''));
writeFileSync(join(out, 'good-2.csv'), header + good.slice(200).join(''));

// The label is a threshold on x1 + 0.3 x2 + 0.4 hidden: a linear model ranks most rows right (ROC AUC near 0.98),
// and the hidden term keeps a perfect ranking (AUC 1) out of reach, which the failing train case asks for.
const train = [];
for (let i = 1; i <= 300; i++) {
  const x1 = ((i * 7919) % 1000) / 1000;
  const x2 = ((i * 104729) % 997) / 997;
  const hidden = ((i * 31337) % 100) / 100;
  const label = x1 + 0.3 * x2 + 0.4 * hidden > 0.85 ? 1 : 0;
  train.push(`${i},${label},${x1.toFixed(4)},${x2.toFixed(4)},${(i * 31) % 5 < 2 ? 'a' : 'b'}\n`);
}
writeFileSync(join(out, 'train.csv'), 'id,label,x1,x2,group\n' + train.join(''));

// Shadow-compare logs of 2000 requests (enough to tell a 1% flip rate from none), in different orders: production, a shadow that flips few answers
// (`shadow-close.csv`) and one that flips a third of region b's (`shadow-drift.csv`), with latencies.
const logHeader = 'request_id,score,prediction,latency_ms,region\n';
const production = [];
const close = [];
const drift = [];
for (let i = 1; i <= 2000; i++) {
  const score = ((i * 7919) % 1000) / 1000;
  const region = (i * 31) % 5 < 2 ? 'a' : 'b';
  const latency = 20 + ((i * 104729) % 300) / 10;
  const closeScore = i % 50 === 0 ? 1 - score : score;
  const driftScore = region === 'b' && i % 3 === 0 ? 1 - score : score;
  const line = (s, ms) => `req-${i},${s.toFixed(4)},${s >= 0.5 ? 1 : 0},${ms.toFixed(1)},${region}\n`;
  production.push(line(score, latency));
  close.push(line(closeScore, latency + 1));
  drift.push(line(driftScore, latency * 2));
}
writeFileSync(join(out, 'production.csv'), logHeader + production.join(''));
writeFileSync(join(out, 'shadow-close.csv'), logHeader + close.reverse().join(''));
writeFileSync(join(out, 'shadow-drift.csv'), logHeader + drift.reverse().join(''));
