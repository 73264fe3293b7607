/** A cached sample's origins: written with the sample, restored onto its rows, refused when they do not fit. */
import { describe, expect, it } from 'vitest';
import type { SampledRow } from '../../shared/train/sample.js';
import { encodeOrigins, restoreOrigins } from '../../shared/train/sample-origins.js';

const row = (file: string, line: number, position: number): SampledRow => ({
  values: [],
  file,
  line,
  position,
  key: '',
  draw: 0,
  stratum: '',
});

describe('sample origins', () => {
  const files = ['data/a.csv', 'data/b.csv'];
  const drawn = [row('data/a.csv', 2, 0), row('data/a.csv', 7, 5), row('data/b.csv', 3, 2 ** 33)];
  const bytes = encodeOrigins(drawn, files);

  it('restores each row’s data file, line and position onto the rows read back from the cache', () => {
    const cached = [row('cache/sample.csv', 2, 0), row('cache/sample.csv', 3, 1), row('cache/sample.csv', 4, 2)];
    restoreOrigins(bytes, cached, ['moved/a.csv', 'moved/b.csv'], 'cache/sample-origins.bin');
    expect(cached.map((r) => [r.file, r.line, r.position])).toEqual([
      ['moved/a.csv', 2, 0],
      ['moved/a.csv', 7, 5],
      ['moved/b.csv', 3, 2 ** 33],
    ]);
  });

  it('refuses origins that do not fit the rows, naming the file', () => {
    const rows = () => drawn.map((r) => ({ ...r }));
    const where = 'cache/sample-origins.bin';
    expect(() => restoreOrigins(bytes.subarray(8), rows(), files, where)).toThrow(/hold 64 bytes, not 3 rows of 24/);
    expect(() => restoreOrigins(bytes, rows(), files.slice(0, 1), where)).toThrow(/name file 1 of 1 at row 3/);
    const bad = Buffer.from(bytes);
    bad.writeDoubleLE(0.5, 8);
    expect(() => restoreOrigins(bad, rows(), files, where)).toThrow(/give line 0.5 at row 1/);
    const unordered = Buffer.from(bytes);
    unordered.writeDoubleLE(0, 40);
    expect(() => restoreOrigins(unordered, rows(), files, where)).toThrow(/not in input order at row 2/);
    let error: unknown;
    try {
      restoreOrigins(bad, rows(), files, where);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ kind: 'DataError', location: { file: where } });
  });
});
