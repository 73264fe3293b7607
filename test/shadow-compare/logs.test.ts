// Prediction logs through the real readers: a CSV table and a KServe CloudEvents JSON Lines file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readSide } from '../../shared/shadow-compare/logs.js';
import type { Answer } from '../../shared/shadow-compare/join.js';
import { DataError } from '../../shared/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'modelgate-shadow-logs-'));
const columns = { id: 'id', score: 'score', prediction: 'pred', latency: 'ms', error: 'err', segments: ['region'] };

async function answers(file: string): Promise<[string, Answer][]> {
  const out: [string, Answer][] = [];
  await readSide(file, columns, { maxBadRows: 0 }, (id, answer) => out.push([id, answer]));
  return out;
}

describe('shadow-compare logs', () => {
  it('a CSV log: strict numbers, error flags and segments by column name', async () => {
    const file = join(dir, 'p.csv');
    writeFileSync(file, 'region,id,score,pred,ms,err\neu,r1,0.8764130282402038,1,12.5,0\nus,r2,,0,,true\n');
    expect(await answers(file)).toEqual([
      ['r1', { score: 0.8764130282402038, prediction: '1', label: null, latency: 12.5, error: false, segments: ['eu'] }],
      ['r2', { score: null, prediction: '0', label: null, latency: null, error: true, segments: ['us'] }],
    ]);
  });

  it('a score that is not a decimal number is a DataError at its file, line and column', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'region,id,score,pred,ms,err\neu,r1,0.5,1,1,0\neu,r2,0x1,1,1,0\n');
    const error = await answers(file).catch((e) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error.location).toMatchObject({ line: 3, column: 'score' });
  });

  it('a gzipped KServe payload log (CloudEvents, JSON Lines) is recognised and paired', async () => {
    const file = join(dir, 'kserve.jsonl.gz');
    const event = (type: string, id: string, data: unknown) =>
      JSON.stringify({
        specversion: '1.0',
        type: `org.kubeflow.serving.inference.${type}`,
        id,
        source: 'x',
        time: '2026-12-01T00:00:00Z',
        data,
      });
    writeFileSync(
      file,
      gzipSync([event('request', 'a', { instances: [[1, 2]] }), event('response', 'a', { predictions: [[0.25, 0.75]] })].join('\n') + '\n'),
    );
    const out: [string, Answer][] = [];
    const read = await readSide(file, columns, { maxBadRows: 0 }, (id, answer) => out.push([id, answer]));
    expect(out).toEqual([['a', { score: 0.75, prediction: '1', latency: 0, error: false, label: null, segments: [] }]]);
    expect(read.cloudEvents).toMatchObject({ requests: 1, responses: 1 });
  });
});
