import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { readExamples } from '../../shared/data/index.js';
import { useTempDir, write } from './helpers.js';

// A full collection before each measurement, so the numbers are what is retained, not garbage not yet collected.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const ROWS = 200_000;
const dir = useTempDir();
const lines = ['id,label,score,sex,race,region,income'];
for (let i = 0; i < ROWS; i++)
  lines.push(`${i},${i % 2},${((i * 7919) % 1000) / 1000},${i % 3 ? 'F' : 'M'},r${i % 5},region${i % 4},${20000 + i}`);
const path = write(dir, 'big.csv', `${lines.join('\n')}\n`);
lines.length = 0;

it('reads a 200,000-row CSV without retaining its rows', async () => {
  const size = statSync(path).size;
  const read = readExamples(
    path,
    { task: 'binary', label: 'label', score: 'score', id: 'id', threshold: 0.5, groups: ['sex', 'race'], slices: ['region'] },
    { maxBadRows: 0 },
  );
  collect();
  const before = process.memoryUsage().heapUsed;
  let seen = 0;
  let positives = 0;
  let midway = 0;
  for await (const batch of read.batches) {
    for (const example of batch) positives += example.prediction;
    seen += batch.length;
    if (midway === 0 && seen >= ROWS / 2) {
      collect();
      midway = process.memoryUsage().heapUsed - before;
    }
  }
  collect();
  const after = process.memoryUsage().heapUsed - before;
  expect(seen).toBe(ROWS);
  expect(positives).toBeGreaterThan(0);
  expect(read.summary().rowsUsed).toBe(ROWS);
  // Retaining the 100,000 examples read by midway would take several times the file's 7 MB; what is left
  // is one batch in flight, read-ahead buffers and compiled code (about 3 MB midway, 1 MB after).
  expect(midway).toBeLessThan(size / 2);
  expect(after).toBeLessThan(size / 4);
});
