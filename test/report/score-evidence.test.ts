import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BinaryAccumulator } from '../../shared/metrics/binary.js';
import { EvaluationAccumulator } from '../../shared/metrics/evaluation.js';
import { MAX_CURVE_POINTS, scoreCurves, scoreEvidence, scoreHistogram } from '../../shared/report/score-evidence.js';

interface BinaryCase {
  name: string;
  task: string;
  label: number[];
  score: (number | null)[];
  prediction: number[];
  weight: number[];
  expected: Record<string, number | null>;
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/metrics/expected.json', import.meta.url), 'utf8')) as { cases: BinaryCase[] };
const scoredCases = fixture.cases.filter((c) => c.task === 'binary' && Array.isArray(c.score) && c.score.every((s) => s !== null));

function accumulate(labels: number[], scores: number[], weights = labels.map(() => 1)): BinaryAccumulator {
  const acc = new BinaryAccumulator();
  labels.forEach((label, i) => acc.add(label, scores[i], scores[i] >= 0.5 ? 1 : 0, weights[i]));
  return acc;
}

/** Trapezoid area under the ROC points, and scikit-learn's step-wise AP from the PR points. */
const rocArea = ({ fpr, tpr }: { fpr: number[]; tpr: number[] }) =>
  fpr.slice(1).reduce((area, x, i) => area + ((x - fpr[i]) * (tpr[i + 1] + tpr[i])) / 2, 0);
const stepAp = ({ recall, precision }: { recall: number[]; precision: number[] }) =>
  recall.slice(1).reduce((ap, r, i) => ap + (r - recall[i]) * precision[i + 1], 0);

describe('scoreCurves', () => {
  it("matches scikit-learn's roc_curve and precision_recall_curve on their documented example", () => {
    // roc_curve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], drop_intermediate=False); precision_recall_curve reversed.
    const curves = scoreCurves(accumulate([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]));
    expect(curves.roc).toEqual({ fpr: [0, 0, 0.5, 0.5, 1], tpr: [0, 0.5, 0.5, 1, 1] });
    expect(curves.pr).toEqual({ recall: [0, 0.5, 0.5, 1, 1], precision: [1, 1, 0.5, 0.666667, 0.5] });
  });

  it.each(scoredCases.map((c) => [c.name, c] as const))(
    'integrates to the fixture ROC AUC and average precision (%s, weighted, from scikit-learn)',
    (_, c) => {
      const curves = scoreCurves(accumulate(c.label, c.score as number[], c.weight));
      // Exact up to the 6 kept digits when no point was thinned away; to drawing precision otherwise.
      const digits = new Set(c.score).size + 1 <= MAX_CURVE_POINTS ? 4 : 2;
      if (c.expected.roc_auc === null) expect(curves.roc.fpr).toEqual([]);
      else expect(rocArea(curves.roc)).toBeCloseTo(c.expected.roc_auc, digits);
      if (c.expected.average_precision === null) expect(curves.pr.recall).toEqual([]);
      else expect(stepAp(curves.pr)).toBeCloseTo(c.expected.average_precision, digits);
    },
  );

  it(`thins a curve of many distinct scores to ${MAX_CURVE_POINTS} points, keeping both ends`, () => {
    const labels = Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 3 === 0 ? 1 : 0));
    const scores = labels.map((_, i) => ((i * 104729) % 5000) / 5000);
    const acc = accumulate(labels, scores);
    const curves = scoreCurves(acc);
    expect(curves.roc.fpr).toHaveLength(MAX_CURVE_POINTS);
    expect([curves.roc.fpr[0], curves.roc.tpr[0], curves.roc.fpr.at(-1), curves.roc.tpr.at(-1)]).toEqual([0, 0, 1, 1]);
    expect(curves.pr.recall).toHaveLength(MAX_CURVE_POINTS);
    // Thinned, the area is still the exact AUC to drawing precision.
    expect(rocArea(curves.roc)).toBeCloseTo(acc.metrics({ beta: 1, calibrationBins: 10 }).roc_auc as number, 2);
  });

  it('is empty when some row has no score, since the curve would describe other rows than the counts', () => {
    const acc = accumulate([0, 1], [0.2, 0.7]);
    acc.add(1, NaN, 1, 1);
    expect(scoreCurves(acc)).toEqual({ roc: { fpr: [], tpr: [] }, pr: { recall: [], precision: [] } });
    expect(scoreHistogram(acc)).toEqual([]);
  });
});

describe('scoreHistogram', () => {
  it('counts weighted rows per equal-width bin by label, with 1 in the last bin', () => {
    const histogram = scoreHistogram(accumulate([0, 0, 1, 1, 1], [0, 0.049, 0.05, 1, 0.5], [1, 2, 1, 1, 0.5]), 20);
    expect(histogram).toHaveLength(20);
    expect(histogram[0]).toEqual({ lower: 0, upper: 0.05, negative: 3, positive: 0 });
    expect(histogram[1]).toEqual({ lower: 0.05, upper: 0.1, negative: 0, positive: 1 });
    expect(histogram[10].positive).toBe(0.5);
    expect(histogram[19]).toEqual({ lower: 0.95, upper: 1, negative: 0, positive: 1 });
    expect(histogram.reduce((n, b) => n + b.negative + b.positive, 0)).toBe(5.5);
  });
});

describe('scoreEvidence', () => {
  const spec = { task: 'binary' as const, classCount: 2, replicates: 0, groups: ['sex'], slices: [], intersect: false };
  const example = (label: number, score: number, sex: string) => ({
    label,
    score,
    prediction: score >= 0.5 ? 1 : 0,
    weight: 1,
    groups: [sex],
    slices: [],
    position: 0,
    scores: [] as number[],
  });

  it('gives calibration bins, a histogram and curves overall and per group, merged shards equal to one pass', () => {
    const rows = Array.from({ length: 400 }, (_, i) => example(i % 3 === 0 ? 1 : 0, ((i * 37) % 100) / 100, i % 2 ? 'F' : 'M'));
    const whole = new EvaluationAccumulator(spec);
    const [a, b] = [new EvaluationAccumulator(spec), new EvaluationAccumulator(spec)];
    rows.forEach((row, i) => {
      whole.add(row as never, null);
      (i < 150 ? a : b).add(row as never, null);
    });
    a.merge(b);
    const evidence = scoreEvidence(whole, 10);
    expect(scoreEvidence(a, 10)).toEqual(evidence);
    expect(evidence.calibration).toEqual(whole.overall.binary!.calibration(10));
    expect(evidence.score_histogram).toHaveLength(20);
    expect(Object.keys(evidence.curves!.groups.sex)).toEqual(['F', 'M']);
    expect(evidence.curves!.groups.sex.F).toEqual(scoreCurves(whole.groups[0].get('F')!.binary!));
  });

  it('adds nothing for a regression task', () => {
    const regression = new EvaluationAccumulator({ ...spec, task: 'regression' });
    expect(scoreEvidence(regression, 10)).toEqual({});
  });
});
