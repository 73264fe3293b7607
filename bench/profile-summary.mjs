#!/usr/bin/env node
/**
 * A CPU profile (`node --cpu-prof --cpu-prof-dir=DIR dist/cli.js ...`, one file a thread) as text: the functions
 * with the most self time, and with `--inclusive NAME,...` the time spent in those functions and everything they
 * call. The profile samples wall time, so a thread's total includes `(idle)`. docs/fast-paths.md's profile figures
 * (such as `pick` 1.3 -> 0.8 s) are this script's output.
 *
 * Usage: node bench/profile-summary.mjs FILE.cpuprofile [--top 25] [--inclusive pick,bothPresent]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, inclusive: { type: 'string', default: '' } },
});
if (positionals.length !== 1) {
  process.stderr.write('usage: node bench/profile-summary.mjs FILE.cpuprofile [--top N] [--inclusive NAME,...]\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const sampled = new Map();
profile.samples.forEach((id, k) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)));

const self = new Map();
for (const [id, micros] of sampled) {
  const { functionName, url, lineNumber } = nodes.get(id).callFrame;
  const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
  self.set(name, (self.get(name) ?? 0) + micros);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const ms = (micros) => (micros / 1000).toFixed(0).padStart(7);
console.log(`${ms(total)} ms sampled`);
for (const [name, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) console.log(`${ms(micros)} ${name}`);

const wanted = values.inclusive.split(',').filter(Boolean);
if (wanted.length > 0) {
  console.log('inclusive:');
  const inclusive = new Map(wanted.map((name) => [name, 0]));
  for (const [id, micros] of sampled) {
    const counted = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = nodes.get(at).callFrame.functionName;
      if (inclusive.has(name) && !counted.has(name)) {
        counted.add(name);
        inclusive.set(name, inclusive.get(name) + micros);
      }
    }
  }
  for (const [name, micros] of inclusive) console.log(`${ms(micros)} ${name}`);
}
