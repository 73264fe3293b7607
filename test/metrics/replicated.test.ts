import { describe, expect, it } from 'vitest';
import { ReplicatedBinaryAccumulator, ReplicatedRegressionAccumulator } from '../../shared/metrics/replicated.js';
import { BinaryAccumulator } from '../../shared/metrics/binary.js';
import { RegressionAccumulator } from '../../shared/metrics/regression.js';
import { poissonWeights } from '../../shared/stats/bootstrap.js';
import { DataError } from '../../shared/errors.js';
import { ScoreIndex } from '../../shared/metrics/binary-table.js';
import { casesOf, expectClose, shardIndices, type BinaryCase, type RegressionCase } from './fixtures.js';

const R = 12;
const SEED = 31;
const options = { beta: 2, calibrationBins: 10 };

function replicateWeights(i: number): Uint8Array {
  const out = new Uint8Array(R);
  poissonWeights(i, SEED, R, out);
  return out;
}

function replicatedBinary(c: BinaryCase, rows: Iterable<number> = c.label.keys()): ReplicatedBinaryAccumulator {
  const accumulator = new ReplicatedBinaryAccumulator(R);
  for (const i of rows) accumulator.add(c.label[i], c.score === null ? NaN : c.score[i], c.prediction[i], c.weight[i], replicateWeights(i));
  return accumulator;
}

function replicatedRegression(c: RegressionCase, rows: Iterable<number> = c.label.keys()): ReplicatedRegressionAccumulator {
  const accumulator = new ReplicatedRegressionAccumulator(R);
  for (const i of rows) accumulator.add(c.label[i], c.prediction[i], c.weight[i], replicateWeights(i));
  return accumulator;
}

describe('ReplicatedBinaryAccumulator', () => {
  for (const c of casesOf('binary')) {
    it(`${c.name}: replicate r equals a BinaryAccumulator with weights w * poisson_r`, () => {
      const records = replicatedBinary(c).replicateMetrics(options);
      expect(records).toHaveLength(R);
      for (let r = 0; r < R; r++) {
        const single = new BinaryAccumulator();
        c.label.forEach((label, i) =>
          single.add(label, c.score === null ? NaN : c.score[i], c.prediction[i], c.weight[i] * replicateWeights(i)[r]),
        );
        const expected = single.metrics(options);
        expect(Object.keys(records[r])).toEqual(Object.keys(expected));
        for (const [name, value] of Object.entries(expected)) expectClose(records[r][name], value, 1e-12, `replicate ${r} ${name}`);
      }
    });
  }

  it('merges shards into the single pass and survives JSON', () => {
    const c = casesOf('binary').find((x) => x.name === 'binary_ties')!;
    const whole = replicatedBinary(c);
    const merged = new ReplicatedBinaryAccumulator(R);
    for (const shard of shardIndices(c.label.length, 3, 3)) {
      merged.merge(ReplicatedBinaryAccumulator.fromJSON(JSON.parse(JSON.stringify(replicatedBinary(c, shard).toJSON()))));
    }
    expect(merged.n).toBe(whole.n);
    // Integer weights times integer Poisson weights: every sum is exact.
    expect(merged.replicateMetrics(options)).toEqual(whole.replicateMetrics(options));
    expect(JSON.stringify(merged.toJSON())).toBe(JSON.stringify(whole.toJSON()));
  });

  it('gives the same bits whether rows of weight 1 are counted as integers or added as floats', () => {
    const c = casesOf('binary').find((x) => x.name === 'binary_ties')!;
    const shared = new ScoreIndex(true);
    const weightOf = (i: number) => (i === 7 ? 0.3 : i % 4 === 0 ? 2 : 1); // one fraction mid-way
    const counted = new ReplicatedBinaryAccumulator(R);
    const floats = new ReplicatedBinaryAccumulator(R);
    c.label.forEach((label, i) => {
      const score = c.score === null ? NaN : c.score[i];
      counted.addAt(shared, shared.slot(score, c.prediction[i]), label, weightOf(i), replicateWeights(i));
      floats.add(label, score, c.prediction[i], weightOf(i), [...replicateWeights(i)]);
    });
    expect(counted.toJSON()).toEqual(floats.toJSON());
    expect(counted.replicateMetrics(options)).toEqual(floats.replicateMetrics(options));
  });

  it('merges counted shards into exactly the single pass', () => {
    const c = casesOf('binary').find((x) => x.name === 'binary_ties')!;
    const shared = new ScoreIndex(true);
    const counted = (rows: Iterable<number>) => {
      const accumulator = new ReplicatedBinaryAccumulator(R);
      for (const i of rows) {
        const score = c.score === null ? NaN : c.score[i];
        accumulator.addAt(shared, shared.slot(score, c.prediction[i]), c.label[i], 1, replicateWeights(i));
      }
      return accumulator;
    };
    const whole = counted(c.label.keys());
    const merged = new ReplicatedBinaryAccumulator(R);
    for (const shard of shardIndices(c.label.length, 3, 5)) merged.merge(counted(shard));
    expect(merged.toJSON()).toEqual(whole.toJSON());
    const single = new ReplicatedBinaryAccumulator(R);
    c.label.forEach((label, i) => single.add(label, c.score === null ? NaN : c.score[i], c.prediction[i], 1, [...replicateWeights(i)]));
    expect(merged.replicateMetrics(options)).toEqual(single.replicateMetrics(options));
  });

  it('reads metrics from the integer counts with the bits of the float table they would fold into', () => {
    const shared = new ScoreIndex(true);
    shared.slot(0.9, 1); // pairs of the shared index this population never sees
    shared.slot(0.05, 0);
    // Ties, one score with both predictions, a pair whose every replicate weight is 0, scores off the 4-decimal grid.
    const rows: [number, number, number][] = [
      [1, 0.8, 1],
      [0, 0.8, 1],
      [1, 0.8, 0],
      [0, 0.6, 1],
      [1, 0.35, 0],
      [0, 0.35, 0],
      [0, 0.123456789, 0],
      [1, 1, 1],
      [0, 0, 0],
      [1, 0.6, 0],
    ];
    const weightsOf = (i: number): Uint8Array => {
      const out = replicateWeights(i);
      if (i === 6) out.fill(0);
      return out;
    };
    const check = (withUnscored: boolean) => {
      const counted = new ReplicatedBinaryAccumulator(R);
      const floats = new ReplicatedBinaryAccumulator(R);
      const all = withUnscored ? [...rows, [1, NaN, 0] as [number, number, number]] : rows;
      all.forEach(([label, score, prediction], i) => {
        counted.addAt(shared, shared.slot(score, prediction), label, 1, weightsOf(i));
        floats.add(label, score, prediction, 1, [...weightsOf(i)]);
      });
      const fromCounts = counted.replicateMetrics(options);
      const fromTable = floats.replicateMetrics(options);
      expect(fromCounts).toHaveLength(R);
      for (let r = 0; r < R; r++) {
        expect(Object.keys(fromCounts[r])).toEqual(Object.keys(fromTable[r]));
        for (const [name, value] of Object.entries(fromTable[r])) {
          expect(Object.is(fromCounts[r][name], value), `replicate ${r} ${name}: ${fromCounts[r][name]} vs ${value}`).toBe(true);
        }
      }
      expect(fromCounts.some((m) => m.roc_auc !== null)).toBe(!withUnscored);
      // Reading the metrics leaves the counts in place: the serialized state is still the folded table.
      expect(counted.toJSON()).toEqual(floats.toJSON());
    };
    check(false);
    check(true);
  });

  it('keeps counts exact past what 16 bits hold with weights too large for 8-bit counts, adding and merging', () => {
    const shared = new ScoreIndex(true);
    const heavy = new Uint8Array(R).fill(255);
    const counted = (rows: number, offset: number) => {
      const accumulator = new ReplicatedBinaryAccumulator(R);
      for (let i = 0; i < rows; i++) {
        const label = (i + offset) % 3 === 0 ? 0 : 1;
        const score = (i + offset) % 2 === 0 ? 0.7 : 0.2;
        accumulator.addAt(shared, shared.slot(score, 1), label, 1, i % 5 === 0 ? replicateWeights(i + offset) : heavy);
      }
      return accumulator;
    };
    const floats = (parts: [number, number][]) => {
      const accumulator = new ReplicatedBinaryAccumulator(R);
      for (const [rows, offset] of parts) {
        for (let i = 0; i < rows; i++) {
          const label = (i + offset) % 3 === 0 ? 0 : 1;
          const score = (i + offset) % 2 === 0 ? 0.7 : 0.2;
          accumulator.add(label, score, 1, 1, [...(i % 5 === 0 ? replicateWeights(i + offset) : heavy)]);
        }
      }
      return accumulator;
    };
    const big = counted(1500, 0); // 750 rows a pair: past 257 rows of weight 255, several times
    const expected = floats([[1500, 0]]);
    expect(JSON.stringify(big.replicateMetrics(options))).toBe(JSON.stringify(expected.replicateMetrics(options)));
    expect((big.replicateMetrics(options)[0].tp as number) > 0xffff).toBe(true);
    expect(big.toJSON()).toEqual(expected.toJSON());
    // Two shards of 400 rows (200 a pair) each: the merge spills what 16 bits could not hold.
    const merged = counted(400, 0);
    merged.merge(counted(400, 1));
    merged.merge(counted(300, 2));
    const whole = floats([
      [400, 0],
      [400, 1],
      [300, 2],
    ]);
    expect(JSON.stringify(merged.replicateMetrics(options))).toBe(JSON.stringify(whole.replicateMetrics(options)));
    expect(merged.toJSON()).toEqual(whole.toJSON());
    // Right at the edge: 257 rows of weight 255 fill 16 bits exactly; one more row, added or merged, must not wrap.
    const edge = (rows: number) => {
      const accumulator = new ReplicatedBinaryAccumulator(R);
      for (let i = 0; i < rows; i++) accumulator.addAt(shared, shared.slot(0.7, 1), 1, 1, heavy);
      return accumulator;
    };
    const added = edge(258);
    const mergedEdge = edge(257);
    mergedEdge.merge(edge(1));
    for (const accumulator of [added, mergedEdge])
      expect(accumulator.replicateMetrics(options).map((m) => m.tp)).toEqual(new Array(R).fill(258 * 255));
  });

  for (const replicates of [7, 12]) {
    it(`keeps 8-bit counts exact past 255 when adding and merging, ${replicates} replicates, any weights array`, () => {
      const shared = new ScoreIndex(true);
      const values = (i: number) => Array.from({ length: replicates }, (_, r) => (i * 7 + r * 5) % 16); // up to 15
      // Exact length (copied), longer with 255s after the replicates (read in place), and unaligned (copied).
      const weightsOf = (i: number): Uint8Array => {
        if (i % 3 === 0) return Uint8Array.from(values(i));
        if (i % 3 === 1) {
          const longer = new Uint8Array(replicates + 9).fill(255);
          longer.set(values(i));
          return longer;
        }
        const unaligned = new Uint8Array(replicates + 1);
        unaligned.set(values(i), 1);
        return unaligned.subarray(1);
      };
      const rowsOf = (rows: number, offset: number) => Array.from({ length: rows }, (_, k) => k + offset);
      const counted = (rows: number[]) => {
        const accumulator = new ReplicatedBinaryAccumulator(replicates);
        for (const i of rows) accumulator.addAt(shared, shared.slot(i % 5 === 0 ? 0.2 : 0.7, 1), i % 2, 1, weightsOf(i));
        return accumulator;
      };
      const floats = (rows: number[]) => {
        const accumulator = new ReplicatedBinaryAccumulator(replicates);
        for (const i of rows) accumulator.add(i % 2, i % 5 === 0 ? 0.2 : 0.7, 1, 1, values(i));
        return accumulator;
      };
      const same = (a: ReplicatedBinaryAccumulator, b: ReplicatedBinaryAccumulator) => {
        expect(JSON.stringify(a.replicateMetrics(options))).toBe(JSON.stringify(b.replicateMetrics(options)));
        expect(a.toJSON()).toEqual(b.toJSON());
      };
      // 160 rows, 64 of them a label on one pair: counts up to about 500, measured and spilled on the way.
      const big = counted(rowsOf(160, 0));
      expect(Math.max(...big.replicateMetrics(options).map((m) => m.tp as number))).toBeGreaterThan(0xff);
      same(big, floats(rowsOf(160, 0)));
      // Merges whose bounds together pass 255: small into big, big into small, big into big, and into empty.
      const merged = counted(rowsOf(40, 0));
      merged.merge(counted(rowsOf(70, 40)));
      merged.merge(counted(rowsOf(20, 110)));
      merged.merge(counted(rowsOf(90, 130)));
      const fromEmpty = new ReplicatedBinaryAccumulator(replicates);
      fromEmpty.merge(merged);
      same(fromEmpty, floats(rowsOf(220, 0)));
    });
  }

  it('sorts a shared index again once it has new pairs', () => {
    const shared = new ScoreIndex();
    shared.slot(0.5, 1);
    shared.slot(0.2, 0);
    expect([...shared.sortedSlots()]).toEqual([1, 0]);
    shared.slot(0.2, 1);
    shared.slot(NaN, 0);
    expect([...shared.sortedSlots()]).toEqual([1, 2, 0, 3]);
  });

  it('gives each replicate the bits of a BinaryAccumulator with the same integer masses', () => {
    const c = casesOf('binary').find((x) => x.name === 'binary_ties')!;
    expect(c.weight.every((w) => Number.isInteger(w))).toBe(true);
    const records = replicatedBinary(c, c.label.keys()).replicateMetrics(options);
    for (let r = 0; r < R; r++) {
      const single = new BinaryAccumulator();
      c.label.forEach((label, i) =>
        single.add(label, c.score === null ? NaN : c.score[i], c.prediction[i], c.weight[i] * replicateWeights(i)[r]),
      );
      expect(records[r]).toEqual(single.metrics(options));
    }
  });

  it('varies between replicates and centres on the point estimate', () => {
    const c = casesOf('binary').find((x) => x.name === 'binary_weighted')!;
    const aucs = replicatedBinary(c)
      .replicateMetrics(options)
      .map((m) => m.roc_auc as number);
    expect(new Set(aucs).size).toBe(R);
    const mean = aucs.reduce((a, b) => a + b, 0) / R;
    expect(Math.abs(mean - (c.expected.roc_auc as number))).toBeLessThan(0.03);
  });

  it('rejects mismatched replicate counts', () => {
    const accumulator = new ReplicatedBinaryAccumulator(4);
    expect(() => accumulator.add(1, 0.5, 1, 1, [1, 1, 1])).toThrow(/4 replicate weights/);
    expect(() => accumulator.add(1, 2, 1, 1, [1, 1, 1, 1])).toThrow(DataError);
    expect(() => accumulator.merge(new ReplicatedBinaryAccumulator(5))).toThrow(DataError);
    expect(() => new ReplicatedBinaryAccumulator(0)).toThrow(RangeError);
    accumulator.add(1, 0.5, 1, 1, [1, 0, 2, 1]);
    const json = accumulator.toJSON();
    expect(() => ReplicatedBinaryAccumulator.fromJSON({ ...json, replicates: 3 })).toThrow(/lengths/);
    expect(() => ReplicatedBinaryAccumulator.fromJSON({ ...json, replicates: 0 })).toThrow(DataError);
  });
});

describe('ReplicatedRegressionAccumulator', () => {
  for (const c of casesOf('regression')) {
    it(`${c.name}: replicate r equals a RegressionAccumulator with weights w * poisson_r`, () => {
      const records = replicatedRegression(c).replicateMetrics();
      for (let r = 0; r < R; r++) {
        const single = new RegressionAccumulator();
        c.label.forEach((label, i) => single.add(label, c.prediction[i], c.weight[i] * replicateWeights(i)[r]));
        for (const [name, value] of Object.entries(single.metrics())) expectClose(records[r][name], value, 1e-12, `replicate ${r} ${name}`);
      }
    });

    it(`${c.name}: merges shards into the single pass and survives JSON`, () => {
      const whole = replicatedRegression(c);
      const merged = new ReplicatedRegressionAccumulator(R);
      for (const shard of shardIndices(c.label.length, 3, 4)) {
        merged.merge(ReplicatedRegressionAccumulator.fromJSON(JSON.parse(JSON.stringify(replicatedRegression(c, shard).toJSON()))));
      }
      expect(merged.n).toBe(whole.n);
      const a = merged.replicateMetrics();
      const b = whole.replicateMetrics();
      for (let r = 0; r < R; r++) for (const name of Object.keys(b[r])) expectClose(a[r][name], b[r][name], 1e-9, `replicate ${r} ${name}`);
    });
  }

  it('keeps R² within 1e-12 of scikit-learn for labels 1e8 + N(0, 0.01), merged from shards', () => {
    const c = casesOf('regression').find((x) => x.name === 'regression_large_mean')!;
    const merged = new ReplicatedRegressionAccumulator(2);
    for (const shard of shardIndices(c.label.length, 3, 4)) {
      const part = new ReplicatedRegressionAccumulator(2);
      for (const i of shard) part.add(c.label[i], c.prediction[i], c.weight[i], [1, 1]);
      merged.merge(part);
    }
    for (const record of merged.replicateMetrics()) {
      expect(Math.abs((record.r2 as number) - (c.expected.r2 as number)) / (c.expected.r2 as number)).toBeLessThan(1e-12);
    }
  });

  it('rejects mismatched replicate counts and bad JSON', () => {
    const accumulator = new ReplicatedRegressionAccumulator(2);
    expect(() => accumulator.add(1, 1, 1, [1])).toThrow(RangeError);
    expect(() => accumulator.merge(new ReplicatedRegressionAccumulator(3))).toThrow(DataError);
    accumulator.add(1, 2, 1, [1, 2]);
    const json = accumulator.toJSON();
    expect(() => ReplicatedRegressionAccumulator.fromJSON({ ...json, replicates: 3 })).toThrow(/3 numbers/);
    expect(ReplicatedRegressionAccumulator.fromJSON(json).replicateMetrics()).toEqual(accumulator.replicateMetrics());
  });
});

describe('ReplicatedBinaryAccumulator at the edges of float64', () => {
  it('gives every replicate the ROC AUC of its unscaled masses, to the bit', () => {
    const accumulator = new ReplicatedBinaryAccumulator(R);
    for (let i = 0; i < 80; i++) accumulator.add(i % 3 === 0 ? 1 : 0, ((i * 37) % 83) / 83, i % 2, 1.5, replicateWeights(i));
    const reference = accumulator.replicateMetrics(options).map((m) => m.roc_auc);
    expect(reference.every((auc) => auc !== null && auc > 0)).toBe(true);
    for (const scale of [2 ** -1070, 2 ** 960]) {
      // masses are multiples of 0.5: 2^-1070 keeps them exact
      const json = accumulator.toJSON();
      json.table.negative = json.table.negative.map((mass) => mass * scale);
      json.table.positive = json.table.positive.map((mass) => mass * scale);
      expect(
        ReplicatedBinaryAccumulator.fromJSON(json)
          .replicateMetrics(options)
          .map((m) => m.roc_auc),
      ).toEqual(reference);
    }
  });
});
