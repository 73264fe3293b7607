// The shadow comparison against pandas (join) + SciPy / scikit-learn (statistics): see test/fixtures/shadow/make_fixtures.py.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { ShadowJoin } from '../../shared/shadow-compare/join.js';
import { readSide } from '../../shared/shadow-compare/logs.js';
import { compareShadow, DEFAULT_COMPARE_OPTIONS, type Measurement } from '../../shared/shadow-compare/compare.js';

const dir = new URL('../fixtures/shadow/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8'));

const columns = { id: 'id', score: 'score', prediction: 'prediction', label: 'label', latency: 'latency_ms', error: 'error' };

/** Both logs through the real reader (readTable) into the join, production first. */
async function joined(sizeHint?: number) {
  const join = new ShadowJoin(['region']);
  if (sizeHint !== undefined) join.reserve(sizeHint);
  const file = (name: string) => fileURLToPath(new URL(name, dir));
  await readSide(file('production.csv'), { ...columns, segments: ['region'] }, { maxBadRows: 0 }, (id, answer) =>
    join.addProduction(id, answer),
  );
  await readSide(file('shadow.csv'), { ...columns, label: undefined, segments: [] }, { maxBadRows: 0 }, (id, answer) =>
    join.addShadow(id, answer),
  );
  return join.pairs();
}

const close = (actual: number | null | undefined, wanted: number, tolerance = 1e-9): void => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - wanted)).toBeLessThanOrEqual(tolerance * Math.abs(wanted) + 1e-15);
};

describe('shadow-compare core against pandas + SciPy', async () => {
  const pairs = await joined();
  const comparison = compareShadow(pairs);
  const measured = (metric: string, scope?: Record<string, string>): Measurement =>
    comparison.measurements.find((m) => m.metric === metric && JSON.stringify(m.scope) === JSON.stringify(scope))!;

  it('joins by id as pandas merges after drop_duplicates, counting duplicates, unmatched ids and the join rate', () => {
    const c = expected.counts;
    expect(pairs.counts).toMatchObject({
      production: c.production,
      shadow: c.shadow,
      pairs: c.pairs,
      duplicateProduction: c.duplicate_production,
      duplicateShadow: c.duplicate_shadow,
      unmatchedProduction: c.unmatched_production,
      unmatchedShadow: c.unmatched_shadow,
    });
    close(pairs.counts.joinRate, c.join_rate);
  });

  it('agreement with its Wilson interval, the flip matrix and Cohen kappa as scikit-learn', () => {
    close(measured('agreement').value, expected.agreement);
    close(measured('agreement').interval![0], expected.agreement_interval[0]);
    close(measured('agreement').interval![1], expected.agreement_interval[1]);
    close(measured('flip_rate').value, 1 - expected.agreement);
    const order = pairs.classes.map(Number);
    const matrix = comparison.classification!.flipMatrix;
    for (const a of [0, 1]) for (const b of [0, 1]) expect(matrix[order.indexOf(a)][order.indexOf(b)]).toBe(expected.flip_matrix[a][b]);
    close(measured('cohen_kappa').value, expected.cohen_kappa);
  });

  it('McNemar on correctness, exact, as scipy.stats.binomtest on the discordant pairs', () => {
    close(measured('mcnemar').value, expected.mcnemar.p_value);
    expect(measured('mcnemar').evidence!.statistic).toBe(Math.min(expected.mcnemar.b, expected.mcnemar.c));
  });

  it('paired score deltas, Wilcoxon signed-rank and two-sample KS as SciPy, PSI on production quantile bins', () => {
    close(measured('score_delta').value, expected.score_delta.mean);
    close(measured('score_delta').interval![0], expected.score_delta.interval[0]);
    close(measured('score_delta').interval![1], expected.score_delta.interval[1]);
    for (const [q, v] of Object.entries(expected.score_delta.quantiles)) close(comparison.scores!.deltaQuantiles[q], v as number);
    for (const [q, v] of Object.entries(expected.score_delta.relative_quantiles))
      close(comparison.scores!.relativeDeltaQuantiles![q], v as number);
    close(measured('wilcoxon').evidence!.statistic, expected.wilcoxon.statistic);
    close(measured('wilcoxon').value, expected.wilcoxon.p_value);
    close(measured('ks').value, expected.ks.statistic);
    close(measured('ks').evidence!.p_value, expected.ks.p_value);
    expect(comparison.scores!.psiCuts).toEqual(expected.psi.cuts);
    close(measured('psi').value, expected.psi.value);
  });

  it('calibration shift on the labelled pairs: Brier scores as scikit-learn, their paired difference with a z test, ECE over 10 equal-width bins', () => {
    const c = expected.calibration;
    expect(comparison.calibration!.n).toBe(c.n);
    for (const side of ['production', 'shadow'] as const) {
      close(comparison.calibration![side].brier, c.brier[side]);
      close(comparison.calibration![side].ece, c.ece[side]);
    }
    const brier = measured('brier_delta');
    close(brier.value, c.brier_delta.mean);
    close(brier.interval![0], c.brier_delta.interval[0]);
    close(brier.interval![1], c.brier_delta.interval[1]);
    close(brier.evidence!.statistic, c.brier_delta.z);
    close(brier.evidence!.p_value, c.brier_delta.p_value);
    close(measured('ece_delta').value, c.ece.shadow - c.ece.production);
  });

  it('latency quantiles per side as numpy, and error rates with the pooled two-proportion z test', () => {
    for (const side of ['production', 'shadow'] as const)
      for (const [q, v] of Object.entries(expected.latency[side])) close(comparison.latency![side][q], v as number);
    for (const q of ['p50', 'p95', 'p99']) {
      const delta = measured(`latency_${q}_delta`);
      close(delta.value, expected.latency.shadow[q] - expected.latency.production[q]);
      expect(delta.interval![0]).toBeLessThanOrEqual(delta.value!);
      expect(delta.interval![1]).toBeGreaterThanOrEqual(delta.value!);
      expect(delta.evidence).toMatchObject({ test: 'paired bootstrap (percentile)', replicates: 1000, seed: 0 });
      expect(comparison.latency!.deltaIntervals[q]).toEqual(delta.interval);
    }
    const unseeded = compareShadow(pairs, { ...DEFAULT_COMPARE_OPTIONS, replicates: 0 }).measurements.find(
      (m) => m.metric === 'latency_p95_delta',
    )!;
    expect(unseeded.interval).toBeNull();
    expect(unseeded.value).toBe(measured('latency_p95_delta').value);
    close(measured('error_rate_delta').value, expected.error_rate.shadow - expected.error_rate.production);
    close(measured('error_rate_delta').evidence!.statistic, expected.error_rate.z);
    close(measured('error_rate_delta').evidence!.p_value, expected.error_rate.p_value);
  });

  it('flips by segment tested against the rest, Holm-adjusted, and the worst segment named (apac, where the shadow was shifted)', () => {
    for (const s of expected.segments) {
      const m = measured('flip_rate', { region: s.value });
      expect(m.n).toBe(s.n);
      close(m.value, s.flips / s.n);
      close(m.evidence!.p_value, s.p_value);
      close(m.evidence!.p_value_adjusted, s.p_value_holm);
    }
    expect(comparison.worstSegment).toMatchObject({ attribute: 'region', value: 'apac' });
  });

  it('keeps the 20 largest disagreements, flips first, as sorting the pandas merge by flip and |delta|', () => {
    expect(pairs.top.map((d) => d.id)).toEqual(expected.top_ids);
    expect(pairs.top[0].production.prediction).not.toBe(pairs.top[0].shadow.prediction);
    expect(pairs.top[0].segments.region).toMatch(/^(eu|us|apac|latam)$/);
  });
});

describe('shadow-compare of regression outputs against scikit-learn (numeric labels from either log)', async () => {
  const join = new ShadowJoin([], { numericLabels: true });
  const file = (name: string) => fileURLToPath(new URL(name, dir));
  const regressionColumns = { id: 'id', score: 'score', label: 'price', segments: [], numericLabel: true };
  await readSide(file('regression-production.csv'), regressionColumns, { maxBadRows: 0 }, (id, a) => join.addProduction(id, a));
  await readSide(file('regression-shadow.csv'), regressionColumns, { maxBadRows: 0 }, (id, a) => join.addShadow(id, a));
  const pairs = join.pairs();
  const comparison = compareShadow(pairs);
  const r = expected.regression;

  it('MAE and RMSE per side as mean_absolute_error and mean_squared_error, over the pairs with a label', () => {
    expect(pairs.counts.labelledPairs).toBe(r.n);
    expect(comparison.regression!.n).toBe(r.n);
    for (const side of ['production', 'shadow'] as const) {
      close(comparison.regression![side].mae, r.mae[side]);
      close(comparison.regression![side].rmse, r.rmse[side]);
    }
    expect(comparison.calibration).toBeNull();
  });

  it('paired absolute and squared error deltas with their normal intervals and z tests', () => {
    for (const metric of ['abs_error_delta', 'squared_error_delta'] as const) {
      const m = comparison.measurements.find((x) => x.metric === metric)!;
      close(m.value, r[metric].mean);
      close(m.interval![0], r[metric].interval[0]);
      close(m.interval![1], r[metric].interval[1]);
      close(m.evidence!.statistic, r[metric].z);
      close(m.evidence!.p_value, r[metric].p_value);
    }
  });

  it('a delayed numeric label fills a pair neither log labels; class labels and numeric ones do not mix', () => {
    const delayed = new ShadowJoin([], { numericLabels: true });
    const answer = { score: 1, prediction: null, latency: null, error: false, label: null, target: null, segments: [] };
    delayed.addTarget('a', 2.5);
    delayed.addTarget('a', 9);
    delayed.addProduction('a', answer);
    delayed.addShadow('a', { ...answer, score: 2 });
    const joined = delayed.pairs();
    expect(Array.from(joined.target!)).toEqual([2.5]);
    expect(joined.counts).toMatchObject({ labels: 2, duplicateLabels: 1, labelledPairs: 1 });
    expect(() => new ShadowJoin([], { numericLabels: true }).addLabel('a', '1')).toThrow(/addTarget/);
    expect(() => new ShadowJoin([]).addTarget('a', 1)).toThrow(/addLabel/);
  });
});

describe('shadow-compare core: no pass from missing evidence', () => {
  it('too few pairs for the configured effect: the flip rate and score checks say how many are needed', () => {
    const join = new ShadowJoin([]);
    for (let i = 0; i < 50; i++)
      join.addProduction(`r${i}`, { score: i / 50, prediction: String(i % 2), latency: 1, error: false, label: null, segments: [] });
    for (let i = 0; i < 50; i++)
      join.addShadow(`r${i}`, {
        score: i / 50 + 0.001 * (i % 3),
        prediction: String(i % 2),
        latency: 1,
        error: false,
        label: null,
        segments: [],
      });
    const comparison = compareShadow(join.pairs());
    const flip = comparison.measurements.find((m) => m.metric === 'flip_rate')!;
    expect(flip.value).toBe(0);
    expect(flip.inconclusive).toMatch(/50 paired predictions .* about \d+ are needed/);
    expect(flip.evidence!.sample_size_needed).toBeGreaterThan(50);
    expect(comparison.measurements.find((m) => m.metric === 'score_delta')!.inconclusive).toMatch(/about \d+ are needed/);
  });

  it('no calibration from labels that are not the two binary classes, or from scores that are not probabilities', () => {
    const comparisonOf = (label: string, score: number) => {
      const join = new ShadowJoin([]);
      const answer = { prediction: '1', latency: null, error: false, segments: [] };
      join.addProduction('a', { ...answer, score, label });
      join.addProduction('b', { ...answer, score: 0.5, label: '0' });
      join.addShadow('a', { ...answer, score: 0.4, label: null });
      join.addShadow('b', { ...answer, score: 0.6, label: null });
      return compareShadow(join.pairs());
    };
    expect(comparisonOf('1', 0.3).calibration).toMatchObject({ n: 2 });
    const third = comparisonOf('maybe', 0.3);
    expect(third.calibration).toBeNull();
    expect(third.measurements.some((m) => m.metric === 'brier_delta')).toBe(false);
    expect(third.notes).toContain('No calibration: the label "maybe" is neither binary class.');
    expect(comparisonOf('1', 3.5).notes).toContain('No calibration: a score outside [0, 1] is not a probability.');
  });

  it('logs with no common id: join rate 0, no comparison numbers at all', () => {
    const join = new ShadowJoin([]);
    join.addProduction('a', { score: 0.1, prediction: '0', latency: null, error: false, label: null, segments: [] });
    join.addShadow('b', { score: 0.2, prediction: '1', latency: null, error: false, label: null, segments: [] });
    const comparison = compareShadow(join.pairs());
    expect(comparison.measurements.map((m) => m.metric)).toEqual(['join_rate']);
    expect(comparison.measurements[0].value).toBe(0);
  });

  it('a prototype name as an id or a segment value is an ordinary key', () => {
    const join = new ShadowJoin(['seg']);
    for (const id of ['__proto__', 'constructor', 'toString'])
      join.addProduction(id, { score: 0.5, prediction: '1', latency: null, error: false, label: null, segments: ['__proto__'] });
    for (const id of ['__proto__', 'constructor'])
      join.addShadow(id, { score: 0.5, prediction: '0', latency: null, error: false, label: null, segments: [] });
    const pairs = join.pairs();
    expect(pairs.counts).toMatchObject({ pairs: 2, unmatchedProduction: 1 });
    expect(pairs.segments[0].values).toEqual(['__proto__']);
  });

  it('pairs the same whatever the size hint: none, too small or far too large', async () => {
    const plain = await joined();
    expect(await joined(3)).toEqual(plain);
    expect(await joined(1_000_000)).toEqual(plain);
  });

  it('grows its hash table past many rehashes and finds every id again', () => {
    const join = new ShadowJoin([]);
    const n = 100_000;
    for (let i = 0; i < n; i++)
      join.addProduction(`id-${i}`, { score: null, prediction: null, latency: null, error: false, label: null, segments: [] });
    for (let i = n - 1; i >= 0; i -= 2)
      join.addShadow(`id-${i}`, { score: null, prediction: null, latency: null, error: false, label: null, segments: [] });
    expect(join.pairs().counts).toMatchObject({ pairs: n / 2, unmatchedProduction: n / 2, unmatchedShadow: 0, duplicateProduction: 0 });
  });
});
