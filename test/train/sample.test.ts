import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { keyUniform } from '../../shared/stats/bootstrap.js';
import { drawSample, type SampleSpec } from '../../shared/train/sample.js';
import { splitHoldout } from '../../shared/train/split.js';
import { failure, loanRows, toCsv, useTempDir, write } from './helpers.js';

const dir = useTempDir();
const rows = loanRows(3000);
const whole = write(dir, 'whole.csv', toCsv(rows));
// The same rows in three files, one of them gzipped: different files, chunks and read sizes.
const parts = [
  write(dir, 'part-1.csv', toCsv(rows.slice(0, 700))),
  write(dir, 'part-2.csv', toCsv(rows.slice(700, 2100))),
  write(dir, 'part-3.csv.gz', gzipSync(toCsv(rows.slice(2100))) as unknown as string),
];
const read = { maxBadRows: 0 };
const spec = (over: Partial<SampleSpec>): SampleSpec => ({
  method: 'uniform',
  by: [],
  minPerStratum: 0,
  seed: 7,
  required: ['label'],
  ...over,
});
const ids = (sample: { rows: { values: unknown[] }[] }) => sample.rows.map((r) => Number(r.values[0]));

describe('drawSample', () => {
  test('the same data and seed give the same rows in input order, whether read as one file or three (id-keyed and content-keyed)', async () => {
    for (const id of ['id', undefined]) {
      for (const over of [
        { method: 'uniform', fraction: 0.1 },
        { method: 'reservoir', n: 123 },
        { method: 'stratified', fraction: 0.05, by: ['label', 'sex'], minPerStratum: 30 },
      ] as Partial<SampleSpec>[]) {
        const one = await drawSample(whole, read, spec({ ...over, id }));
        const three = await drawSample(parts, read, spec({ ...over, id }));
        expect(ids(three)).toEqual(ids(one));
        expect(ids(one)).toEqual([...ids(one)].sort((a, b) => a - b));
      }
    }
    const other = await drawSample(whole, read, spec({ method: 'uniform', fraction: 0.1, seed: 8 }));
    expect(ids(other)).not.toEqual(ids(await drawSample(whole, read, spec({ method: 'uniform', fraction: 0.1 }))));
  });

  test('uniform keeps round(fraction x rows); reservoir keeps exactly n; the draw is spread over the whole file', async () => {
    const uniform = await drawSample(whole, read, spec({ method: 'uniform', fraction: 0.1 }));
    expect(uniform.rows).toHaveLength(300);
    expect(uniform.strata).toEqual({ all: { rows: 3000, sampled: 300 } });
    // Exactly the rows with the smallest draws, though the pass dropped candidates as it went.
    const keyed = await drawSample(parts, read, spec({ method: 'uniform', fraction: 0.1, id: 'id' }));
    const smallest = rows
      .map((r) => r.id)
      .sort((a, b) => keyUniform(String(a), 7) - keyUniform(String(b), 7))
      .slice(0, 300)
      .sort((a, b) => a - b);
    expect(ids(keyed)).toEqual(smallest);
    const reservoir = await drawSample(parts, read, spec({ method: 'reservoir', n: 250 }));
    expect(reservoir.rows).toHaveLength(250);
    const late = ids(reservoir).filter((id) => id > 1500).length;
    expect(late).toBeGreaterThan(90);
    expect(late).toBeLessThan(160);
  });

  test('after many prunes the pass keeps exactly the smallest (draw, position), ties included', async () => {
    // Every row twice: content-keyed, the twins draw the same number, so the cut must break ties by position.
    const columns = ['id', 'label', 'sex', 'region', 'x1', 'x2', 'day'] as const;
    const twice = rows.slice(0, 1500).flatMap((r) => [r, r]);
    const file = write(dir, 'twins.csv', toCsv(twice));
    const draws = twice.map((r, position) => ({
      position,
      draw: keyUniform(columns.map((c) => String(r[c])).join('\u001f'), 7),
      stratum: `${r.label}${r.sex}`,
    }));
    const smallest = (list: typeof draws, k: number) =>
      [...list]
        .sort((a, b) => a.draw - b.draw || a.position - b.position)
        .slice(0, k)
        .map((d) => d.position);
    const positions = (sample: { rows: { position: number }[] }) => sample.rows.map((r) => r.position);
    for (const n of [101, 250]) {
      const expected = smallest(draws, n).sort((a, b) => a - b);
      expect(new Set(expected.map((p) => draws[p].draw)).size).toBeLessThan(n); // twins on both sides of the cut
      expect(positions(await drawSample(file, read, spec({ method: 'reservoir', n })))).toEqual(expected);
    }
    const stratified = await drawSample(
      file,
      read,
      spec({ method: 'stratified', fraction: 0.03, by: ['label', 'sex'], minPerStratum: 41 }),
    );
    const strata = new Map<string, typeof draws>();
    for (const d of draws) strata.set(d.stratum, [...(strata.get(d.stratum) ?? []), d]);
    const expected = [...strata.values()]
      .flatMap((list) => smallest(list, Math.min(list.length, Math.max(41, Math.round(0.03 * list.length)))))
      .sort((a, b) => a - b);
    expect(positions(stratified)).toEqual(expected);
  });

  test('stratified keeps the fraction of every stratum, and at least the floor of a small one', async () => {
    const sample = await drawSample(whole, read, spec({ method: 'stratified', fraction: 0.05, by: ['label', 'sex'], minPerStratum: 30 }));
    const counts: Record<string, number> = {};
    for (const r of rows) counts[`label="${r.label}", sex="${r.sex}"`] = (counts[`label="${r.label}", sex="${r.sex}"`] ?? 0) + 1;
    for (const [name, { rows: n, sampled }] of Object.entries(sample.strata)) {
      expect(n).toBe(counts[name]);
      expect(sampled).toBe(Math.min(n, Math.max(30, Math.round(0.05 * n))));
    }
    // The F strata are ~150 rows each: 5% would keep ~7; the floor keeps 30.
    expect(sample.strata['label="1", sex="F"'].sampled).toBe(30);
    expect(sample.rows.filter((r) => r.values[2] === 'F')).toHaveLength(60);
  });

  test('time keeps the rows of the last days before the newest timestamp, optionally thinned', async () => {
    const sample = await drawSample(parts, read, spec({ method: 'time', column: 'day', days: 10 }));
    const newest = Date.parse(rows[rows.length - 1].day);
    const expected = rows.filter((r) => Date.parse(r.day) >= newest - 10 * 86_400_000).map((r) => r.id);
    expect(ids(sample)).toEqual(expected);
    const thinned = await drawSample(parts, read, spec({ method: 'time', column: 'day', days: 10, fraction: 0.5 }));
    expect(thinned.rows.length).toBeGreaterThan(expected.length * 0.4);
    expect(thinned.rows.length).toBeLessThan(expected.length * 0.6);
    expect(ids(thinned).every((id) => expected.includes(id))).toBe(true);
  });

  test('CSV read as lines (strata and ids parsed, kept lines split) gives exactly the rows, lines and strata of JSONL read as rows', async () => {
    // 5000 distinct values in one stratum column: more than the CSV parser interns, so some strata have no code.
    const table = rows.slice(0, 2500).map((r, i) => ({
      id: String(r.id),
      label: String(r.label),
      sex: r.sex,
      zone: `z${(i * 7919) % 5000}`,
      note: i % 97 === 0 ? 'a, "quoted" note' : `n${i}`,
    }));
    const cells = (r: (typeof table)[number], names: (keyof (typeof table)[number])[]) =>
      names.map((c) => (r[c].includes('"') ? `"${r[c].replace(/"/g, '""')}"` : r[c])).join(',');
    const first: (keyof (typeof table)[number])[] = ['id', 'label', 'sex', 'zone', 'note'];
    const second: (keyof (typeof table)[number])[] = ['note', 'zone', 'sex', 'id', 'label'];
    // CRLF lines, quoted fields on some lines, a ragged line (skipped), and a second file with its columns reordered.
    const lines = table.slice(0, 1200).map((r) => cells(r, first));
    lines.splice(600, 0, '9999,1,F');
    const csv = [
      write(dir, 'lines-1.csv', `${first.join(',')}\r\n${lines.join('\r\n')}\r\n`),
      write(
        dir,
        'lines-2.csv',
        `${second.join(',')}\n${table
          .slice(1200)
          .map((r) => cells(r, second))
          .join('\n')}\n`,
      ),
    ];
    const jsonl = [
      write(
        dir,
        'lines-1.jsonl',
        table
          .slice(0, 1200)
          .map((r, i) => JSON.stringify(Object.fromEntries(first.map((c) => [c, r[c]]))) + (i === 599 ? '\n{"id": 9999, "label"' : ''))
          .join('\n'),
      ),
      write(
        dir,
        'lines-2.jsonl',
        table
          .slice(1200)
          .map((r) => JSON.stringify(Object.fromEntries(second.map((c) => [c, r[c]]))))
          .join('\n'),
      ),
    ];
    const lenient = { maxBadRows: 1 };
    for (const over of [
      { method: 'stratified', fraction: 0.05, by: ['label', 'sex'], minPerStratum: 20, id: 'id' },
      { method: 'stratified', fraction: 0.5, by: ['zone'], minPerStratum: 0 },
      { method: 'reservoir', n: 300, id: 'id' },
      { method: 'uniform', fraction: 0.2 },
    ] as Partial<SampleSpec>[]) {
      const fromCsv = await drawSample(csv, lenient, spec(over));
      const fromJsonl = await drawSample(jsonl, lenient, spec(over));
      // A CSV file's lines are one on from the JSON lines: its header.
      const view = (sample: typeof fromCsv, header: number) =>
        sample.rows.map(({ values, line, position, key, draw, stratum }) => ({
          values,
          line: line - header,
          position,
          key,
          draw,
          stratum,
        }));
      expect(view(fromCsv, 1)).toEqual(view(fromJsonl, 0));
      expect(fromCsv.strata).toEqual(fromJsonl.strata);
      expect(fromCsv.columns).toEqual(first);
      expect(fromCsv.data.rowsUsed).toBe(2500);
      expect(fromCsv.data.rowsSkipped).toEqual({ ragged_row: 1 });
      expect(fromCsv.data.skippedSamples[0].line).toBe(602);
    }
    // The quoted lines come whole, unquoted; the brute-force selection of the keyed stratified sample agrees.
    const sample = await drawSample(
      csv,
      lenient,
      spec({ method: 'stratified', fraction: 0.05, by: ['label', 'sex'], minPerStratum: 20, id: 'id' }),
    );
    const strata = new Map<string, { id: string; draw: number; position: number }[]>();
    table.forEach((r, position) => {
      const name = `label="${r.label}", sex="${r.sex}"`;
      strata.set(name, [...(strata.get(name) ?? []), { id: r.id, draw: keyUniform(r.id, 7), position }]);
    });
    const expected = [...strata.values()]
      .flatMap((list) =>
        [...list].sort((a, b) => a.draw - b.draw).slice(0, Math.min(list.length, Math.max(20, Math.round(0.05 * list.length)))),
      )
      .sort((a, b) => a.position - b.position);
    expect(sample.rows.map((r) => r.key)).toEqual(expected.map((e) => e.id));
    expect(sample.rows.map((r) => r.values)).toEqual(expected.map((e) => first.map((c) => table[e.position][c])));
  });

  test('n larger than the data keeps every row and warns', async () => {
    const sample = await drawSample(whole, read, spec({ method: 'reservoir', n: 5000 }));
    expect(sample.rows).toHaveLength(3000);
    expect(sample.warnings).toEqual(['the sample asks for 5000 rows and the dataset has 3000: all of them are used']);
  });

  test('bad specs and a missing stratum column are clear errors', async () => {
    expect((await failure(drawSample(whole, read, spec({ method: 'systematic' as never })))).message).toBe(
      'unknown sampling method "systematic"',
    );
    expect((await failure(drawSample(whole, read, spec({ fraction: 0 })))).message).toBe('the sample fraction must be in (0, 1], got 0');
    expect((await failure(drawSample(whole, read, spec({ fraction: 1.5 })))).message).toBe(
      'the sample fraction must be in (0, 1], got 1.5',
    );
    const missing = await failure(drawSample(whole, read, spec({ method: 'stratified', fraction: 0.1, by: ['label', 'gender'] })));
    expect(missing.message).toBe('stratum column "gender" is not in the data');
    expect(missing.location).toEqual({ file: whole, column: 'gender' });
    expect(missing.hint).toBe('columns: id, label, sex, region, x1, x2, day');
    const time = await failure(
      drawSample(
        write(dir, 'bad-time.csv', 'id,label,day\n1,0,2024-01-01\n2,1,yesterday\n'),
        read,
        spec({ method: 'time', column: 'day', days: 1 }),
      ),
    );
    expect(time.message).toContain('timestamp "yesterday" is neither ISO 8601 text nor epoch milliseconds');
    expect(time.location.line).toBe(3);
  });
});

describe('splitHoldout', () => {
  test('holds out the fraction of each stratum, keyed: the same rows whatever the input order', async () => {
    const sample = await drawSample(whole, read, spec({ method: 'uniform', fraction: 0.5, id: 'id' }));
    const byLabel = (r: { values: unknown[] }) => String(r.values[1]);
    const split = splitHoldout(sample.rows, 0.2, 3, byLabel);
    for (const label of ['0', '1']) {
      const all = sample.rows.filter((r) => byLabel(r) === label).length;
      expect(split.holdout.filter((r) => byLabel(r) === label)).toHaveLength(Math.round(0.2 * all));
    }
    expect(split.train.length + split.holdout.length).toBe(sample.rows.length);
    const reversed = splitHoldout([...sample.rows].reverse(), 0.2, 3, byLabel);
    expect(new Set(reversed.holdout.map((r) => r.key))).toEqual(new Set(split.holdout.map((r) => r.key)));
    expect(splitHoldout(sample.rows, 0.2, 4, byLabel).holdout.map((r) => r.key)).not.toEqual(split.holdout.map((r) => r.key));
  });
});
