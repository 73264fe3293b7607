// Prediction logs through the real readers: a CSV table and a KServe CloudEvents JSON Lines file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readSide, type LogColumns } from '../../shared/shadow-compare/logs.js';
import type { Answer } from '../../shared/shadow-compare/join.js';
import { DataError } from '../../shared/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'modelgate-shadow-logs-'));
const columns = { id: 'id', score: 'score', prediction: 'pred', latency: 'ms', error: 'err', segments: ['region'] };

async function answers(file: string, extra: Partial<LogColumns> = {}): Promise<[string, Answer][]> {
  const out: [string, Answer][] = [];
  await readSide(file, { ...columns, ...extra }, { maxBadRows: 0 }, (id, answer) => out.push([id, { ...answer }]));
  return out;
}

describe('shadow-compare logs', () => {
  it('a CSV log: strict numbers, error flags and segments by column name', async () => {
    const file = join(dir, 'p.csv');
    writeFileSync(file, 'region,id,score,pred,ms,err\neu,r1,0.8764130282402038,1,12.5,0\nus,r2,,0,,true\n');
    expect(await answers(file)).toEqual([
      ['r1', { score: 0.8764130282402038, prediction: '1', label: null, target: null, latency: 12.5, error: false, segments: ['eu'] }],
      ['r2', { score: null, prediction: '0', label: null, target: null, latency: null, error: true, segments: ['us'] }],
    ]);
  });

  it('regression: a numeric label is read strictly as the target, in CSV blocks and in JSON Lines rows', async () => {
    const csv = join(dir, 'regression.csv');
    writeFileSync(csv, 'region,id,score,pred,ms,err,y\neu,r1,10.25,,1,0,11.5\nus,r2,3,,1,0,\n');
    const jsonl = join(dir, 'regression.jsonl');
    writeFileSync(
      jsonl,
      '{"region":"eu","id":"r1","score":10.25,"pred":null,"ms":1,"err":0,"y":11.5}\n{"region":"us","id":"r2","score":3,"pred":null,"ms":1,"err":0,"y":null}\n',
    );
    for (const file of [csv, jsonl]) {
      const read = await answers(file, { label: 'y', numericLabel: true });
      expect(read.map(([id, a]) => [id, a.label, a.target])).toEqual([
        ['r1', null, 11.5],
        ['r2', null, null],
      ]);
    }
    const bad = join(dir, 'regression-bad.csv');
    writeFileSync(bad, 'region,id,score,pred,ms,err,y\neu,r1,1,,1,0,high\n');
    const error = await answers(bad, { label: 'y', numericLabel: true }).catch((e) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toContain('"high" is not a finite decimal number');
    expect(error.location).toMatchObject({ line: 2, column: 'y' });
    const hidden = await answers(bad, { label: 'y', numericLabel: true, redact: ['y'] }).catch((e) => e);
    expect(hidden.message).not.toContain('high');
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
