/**
 * Realistic Report objects for renderer tests, shaped like what `runGates` and the evaluate command produce
 * (ids such as `recall[race=b]`, reasons in the engine's words, counts and verdict derived from the checks).
 */
import { countStatuses, verdictOf } from '../../shared/gates/verdict.js';
import type { Check, DisparityValue, Interval, MetricBlock, Report } from '../../shared/report/model.js';
import { REPORT_SCHEMA_VERSION } from '../../shared/report/model.js';

/** A check with defaults for everything but its id; status and raw_status default to `pass`. */
export function sampleCheck(fields: Partial<Check> & { id: string }): Check {
  return {
    title: fields.id,
    status: 'pass',
    raw_status: fields.status ?? 'pass',
    severity: 'fail',
    metric: fields.id.replace(/\[.*$/, ''),
    value: 0.9,
    bound: { min: 0.8, on: 'point' },
    interval: null,
    n: 1990,
    reason: `${fields.id} is 0.9, within ≥ 0.8 (n=1990)`,
    rule: { index: 0, file: '.modelgate.yml', line: 12, column: 7 },
    ...fields,
  };
}

function block(n: number, values: Record<string, number | null>): MetricBlock {
  return { n, weighted_n: n, ...values };
}

const SAMPLE_CHECKS: Check[] = [
  sampleCheck({
    id: 'roc_auc',
    title: 'ROC AUC',
    metric: 'roc_auc',
    value: 0.8712,
    interval: [0.8513, 0.8897],
    bound: { min: 0.8, on: 'lower_bound' },
    n: 1990,
    rule: { index: 0, file: '.modelgate.yml', line: 12, column: 7 },
    reason: 'ROC AUC lower bound is 0.8513 (point 0.8712, 95% CI [0.8513, 0.8897]), within ≥ 0.8 (n=1990)',
  }),
  sampleCheck({
    id: 'f1 vs baseline',
    title: 'F1 vs baseline',
    metric: 'f1',
    status: 'fail',
    value: 0.7104,
    interval: [0.6872, 0.7311],
    bound: { max_drop: 0.01, on: 'point' },
    n: 1990,
    baseline: { value: 0.7412, delta: -0.0308, delta_interval: [-0.0455, -0.0161] },
    rule: { index: 1, file: '.modelgate.yml', line: 15, column: 7 },
    reason:
      'F1 vs baseline: candidate 0.7104 vs baseline 0.7412, delta -0.0308 (95% CI [-0.0455, -0.0161]) (higher is better); drop 0.0308 exceeds max_drop 0.01',
  }),
  sampleCheck({
    id: 'recall[race=a]',
    title: 'recall for race=a',
    metric: 'recall',
    scope: { race: 'a' },
    value: 0.7821,
    interval: [0.7402, 0.8203],
    bound: { min: 0.7, on: 'point' },
    n: 1012,
    rule: { index: 2, file: '.modelgate.yml', line: 17, column: 7 },
    reason: 'recall for race=a is 0.7821 (95% CI [0.7402, 0.8203]), within ≥ 0.7 (n=1012)',
  }),
  sampleCheck({
    id: 'recall[race=b]',
    title: 'recall for race=b',
    metric: 'recall',
    scope: { race: 'b' },
    status: 'fail',
    value: 0.6154,
    interval: [0.5621, 0.6702],
    bound: { min: 0.7, on: 'point' },
    n: 954,
    rule: { index: 2, file: '.modelgate.yml', line: 17, column: 7 },
    reason: 'recall for race=b is 0.6154 (95% CI [0.5621, 0.6702]), below the minimum 0.7 (n=954)',
  }),
  sampleCheck({
    id: 'recall[race=c]',
    title: 'recall for race=c',
    metric: 'recall',
    scope: { race: 'c' },
    status: 'inconclusive',
    value: null,
    interval: null,
    bound: { min: 0.7, on: 'point' },
    n: 24,
    rule: { index: 2, file: '.modelgate.yml', line: 17, column: 7 },
    reason: 'recall for race=c has 24 rows, fewer than min_group_size 30: too few to decide',
  }),
  sampleCheck({
    id: 'demographic_parity_ratio[sex]',
    title: 'demographic parity ratio over sex',
    metric: 'demographic_parity_ratio',
    status: 'warn',
    raw_status: 'fail',
    severity: 'warn',
    value: 0.7612,
    interval: [0.7011, 0.8234],
    bound: { min: 0.8, on: 'point' },
    n: 1990,
    rule: { index: 3, file: '.modelgate.yml', line: 20, column: 7 },
    reason: 'demographic parity ratio over sex is 0.7612 (95% CI [0.7011, 0.8234]) (F vs M), below the minimum 0.8',
  }),
  sampleCheck({
    id: 'equalized_odds_difference[sex]',
    title: 'equalized odds difference over sex',
    metric: 'equalized_odds_difference',
    value: 0.0614,
    interval: [0.0312, 0.0935],
    bound: { max: 0.1, on: 'point' },
    n: 1990,
    rule: { index: 4, file: '.modelgate.yml', line: 23, column: 7 },
    reason: 'equalized odds difference over sex is 0.0614 (95% CI [0.0312, 0.0935]) (M vs F), within ≤ 0.1',
  }),
  sampleCheck({
    id: 'accuracy',
    title: 'accuracy',
    metric: 'accuracy',
    value: 0.8121,
    interval: [0.7945, 0.8291],
    bound: { min: 0.75, on: 'point' },
    n: 1990,
    rule: { index: 5, file: '.modelgate.yml', line: 27, column: 7 },
    reason: 'accuracy is 0.8121 (95% CI [0.7945, 0.8291]), within ≥ 0.75 (n=1990)',
  }),
  sampleCheck({
    id: 'precision',
    title: 'precision',
    metric: 'precision',
    value: 0.7433,
    interval: [0.7101, 0.7745],
    bound: { min: 0.7, on: 'point' },
    n: 1990,
    rule: { index: 6, file: '.modelgate.yml', line: 29, column: 7 },
    reason: 'precision is 0.7433 (95% CI [0.7101, 0.7745]), within ≥ 0.7 (n=1990)',
  }),
];

function disparity(value: number | null, min: string, max: string, definition: string, interval: Interval | null): DisparityValue {
  return { value, relative_to: 'between_groups', groups: { min, max }, interval, undefined_groups: [], definition };
}

function baseSample(): Report {
  const checks = structuredClone(SAMPLE_CHECKS);
  return {
    schema_version: REPORT_SCHEMA_VERSION,
    gate: 'evaluate',
    verdict: verdictOf(checks),
    counts: countStatuses(checks),
    checks,
    metrics: {
      overall: block(1990, {
        accuracy: 0.8121,
        precision: 0.7433,
        recall: 0.6912,
        tpr: 0.6912,
        fpr: 0.1203,
        selection_rate: 0.3518,
        f1: 0.7104,
        roc_auc: 0.8712,
      }),
      groups: {
        sex: {
          F: block(1001, {
            accuracy: 0.8201,
            precision: 0.7612,
            recall: 0.6701,
            tpr: 0.6701,
            fpr: 0.0987,
            selection_rate: 0.3052,
            f1: 0.7128,
            roc_auc: 0.8801,
          }),
          M: block(989, {
            accuracy: 0.8039,
            precision: 0.7301,
            recall: 0.7123,
            tpr: 0.7123,
            fpr: 0.1601,
            selection_rate: 0.401,
            f1: 0.7211,
            roc_auc: 0.8623,
          }),
        },
        race: {
          a: block(1012, {
            accuracy: 0.8305,
            precision: 0.7702,
            recall: 0.7821,
            tpr: 0.7821,
            fpr: 0.1102,
            selection_rate: 0.3801,
            f1: 0.7761,
            roc_auc: 0.8911,
          }),
          b: block(954, {
            accuracy: 0.7952,
            precision: 0.7113,
            recall: 0.6154,
            tpr: 0.6154,
            fpr: 0.1299,
            selection_rate: 0.3221,
            f1: 0.6599,
            roc_auc: 0.8502,
          }),
          c: block(24, {
            accuracy: 0.75,
            precision: null,
            recall: null,
            tpr: null,
            fpr: 0.0833,
            selection_rate: 0.0833,
            f1: null,
            roc_auc: null,
          }),
        },
      },
      intersections: {
        'sex & race': {
          'F & a': block(505, { accuracy: 0.8396, selection_rate: 0.3406, tpr: 0.7611, fpr: 0.0912 }),
          'F & b': block(484, { accuracy: 0.8017, selection_rate: 0.2686, tpr: 0.5803, fpr: 0.1061 }),
          'F & c': block(12, { accuracy: 0.75, selection_rate: 0, tpr: null, fpr: 0 }),
          'M & a': block(507, { accuracy: 0.8215, selection_rate: 0.4195, tpr: 0.8012, fpr: 0.1298 }),
          'M & b': block(470, { accuracy: 0.7894, selection_rate: 0.3766, tpr: 0.6501, fpr: 0.1544 }),
          'M & c': block(12, { accuracy: 0.75, selection_rate: 0.1667, tpr: null, fpr: 0.1667 }),
        },
      },
      slices: {
        region: {
          eu: block(1203, { accuracy: 0.8204, selection_rate: 0.3401, roc_auc: 0.8755 }),
          us: block(787, { accuracy: 0.7992, selection_rate: 0.3697, roc_auc: 0.8643 }),
        },
      },
    },
    intervals: {
      overall: { accuracy: [0.7945, 0.8291], precision: [0.7101, 0.7745], roc_auc: [0.8513, 0.8897], f1: [0.6872, 0.7311] },
      groups: {
        race: { a: { recall: [0.7402, 0.8203] }, b: { recall: [0.5621, 0.6702] } },
        sex: { F: { selection_rate: [0.2771, 0.3342] }, M: { selection_rate: [0.3702, 0.4321] } },
      },
    },
    disparities: {
      sex: {
        demographic_parity_ratio: disparity(
          0.7612,
          'F',
          'M',
          'selection rate: min ÷ max over groups (Fairlearn between_groups)',
          [0.7011, 0.8234],
        ),
        equalized_odds_difference: disparity(
          0.0614,
          'M',
          'F',
          'worse of the TPR and FPR differences, each max − min over groups (Fairlearn between_groups)',
          [0.0312, 0.0935],
        ),
      },
      race: {
        demographic_parity_ratio: {
          ...disparity(null, 'c', 'a', 'selection rate: min ÷ max over groups (Fairlearn between_groups)', null),
          undefined_groups: ['c (n < 30)'],
        },
      },
    },
    baseline: {
      file: 'eval/baseline.csv',
      join: 'id',
      metrics: block(1990, { accuracy: 0.8207, precision: 0.7502, f1: 0.7412, roc_auc: 0.8694 }),
    },
    data: {
      files: ['eval/predictions.csv'],
      format: 'csv',
      rowsRead: 2000,
      rowsUsed: 1990,
      rowsSkipped: { missing_value: 7, score_out_of_range: 3 },
      skippedSamples: [
        { reason: 'missing_value', file: 'eval/predictions.csv', line: 18, column: 'score', value: '' },
        { reason: 'score_out_of_range', file: 'eval/predictions.csv', line: 240, column: 'score', value: '1.7' },
      ],
      bytes: 81234,
      task: 'binary',
      threshold: 0.5,
      threshold_rule: 'score >= 0.5 is positive',
    },
    bootstrap: { replicates: 1000, level: 0.95, seed: 7, method: 'poisson' },
    config: { file: '.modelgate.yml', sha256: '3f1c0b2a9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a' },
    notes: [
      'Disparities follow Fairlearn (between groups: max − min, min ÷ max).',
      'Groups with fewer than 30 rows are inconclusive, never dropped.',
    ],
  };
}

/**
 * A realistic evaluate report: 9 checks (5 pass, 2 fail, 1 warn, 1 inconclusive; verdict fail). Overrides
 * replace top-level fields; when they replace `checks`, counts and verdict follow them unless also given.
 */
export function sampleReport(overrides: Partial<Report> = {}): Report {
  const base = baseSample();
  const checks = overrides.checks ?? base.checks;
  return {
    ...base,
    counts: overrides.checks ? countStatuses(checks) : base.counts,
    verdict: overrides.checks ? verdictOf(checks) : base.verdict,
    ...overrides,
  };
}

const LARGE_ATTRIBUTES = ['ethnicity', 'age_band', 'postcode_area'];

/** A long group value, with characters that need escaping, different for each attribute and group. */
function longGroupName(attribute: string, i: number): string {
  return `${attribute} group ${String(i).padStart(2, '0')} | <b>${'long descriptive value '.repeat(8)}</b> [x](y) ${'é'.repeat(10)}`;
}

/** Values spread over [0.55, 0.95) without randomness, so the report is the same every run. */
const spread = (i: number, salt: number) => 0.55 + ((i * 37 + salt * 11) % 40) / 100;

/**
 * A big report for size limits: 50 checks (recall in 30 groups of one attribute, selection rate in 15 of
 * another, and 5 overall or disparity checks) over 3 attributes of 30 groups with long names.
 */
export function largeReport(): Report {
  const groups: Report['metrics']['groups'] = {};
  const intervals: Report['intervals']['groups'] = {};
  const disparities: Report['disparities'] = {};
  LARGE_ATTRIBUTES.forEach((attribute, a) => {
    groups[attribute] = {};
    intervals[attribute] = {};
    for (let i = 0; i < 30; i++) {
      const name = longGroupName(attribute, i);
      const recall = spread(i, a);
      groups[attribute][name] = block(200 + i * 13, {
        accuracy: spread(i, a + 1),
        precision: spread(i, a + 2),
        recall,
        tpr: recall,
        fpr: 1 - spread(i, a + 3),
        selection_rate: spread(i, a + 4) / 2,
        f1: spread(i, a + 5),
        roc_auc: spread(i, a + 6),
      });
      intervals[attribute][name] = { recall: [recall - 0.04, recall + 0.04] };
    }
    disparities[attribute] = {
      demographic_parity_ratio: disparity(
        0.61,
        longGroupName(attribute, 3),
        longGroupName(attribute, 7),
        'selection rate: min ÷ max over groups (Fairlearn between_groups)',
        [0.55, 0.68],
      ),
    };
  });

  const checks: Check[] = [];
  const [first, second] = LARGE_ATTRIBUTES;
  for (let i = 0; i < 30; i++) {
    const name = longGroupName(first, i);
    const value = groups[first][name].recall as number;
    const status = value < 0.7 ? 'fail' : 'pass';
    checks.push(
      sampleCheck({
        id: `recall[${first}=${name}]`,
        title: `recall for ${first}=${name}`,
        metric: 'recall',
        scope: { [first]: name },
        status,
        value,
        interval: [value - 0.04, value + 0.04],
        bound: { min: 0.7, on: 'point' },
        n: groups[first][name].n,
        reason: `recall for ${first}=${name} is ${value.toFixed(2)}, ${status === 'fail' ? 'below the minimum 0.7' : 'within ≥ 0.7'} (n=${groups[first][name].n})`,
      }),
    );
  }
  for (let i = 0; i < 15; i++) {
    const name = longGroupName(second, i);
    const value = groups[second][name].selection_rate as number;
    const status = value < 0.3 ? 'warn' : 'pass';
    checks.push(
      sampleCheck({
        id: `selection_rate[${second}=${name}]`,
        title: `selection rate for ${second}=${name}`,
        metric: 'selection_rate',
        scope: { [second]: name },
        status,
        raw_status: status === 'warn' ? 'fail' : 'pass',
        severity: 'warn',
        value,
        bound: { min: 0.3, on: 'point' },
        n: groups[second][name].n,
        reason: `selection rate for ${second}=${name} is ${value.toFixed(2)}, ${status === 'warn' ? 'below the minimum 0.3' : 'within ≥ 0.3'}`,
      }),
    );
  }
  checks.push(
    ...LARGE_ATTRIBUTES.map((attribute) =>
      sampleCheck({
        id: `demographic_parity_ratio[${attribute}]`,
        title: `demographic parity ratio over ${attribute}`,
        metric: 'demographic_parity_ratio',
        status: 'fail',
        value: 0.61,
        interval: [0.55, 0.68],
        bound: { min: 0.8, on: 'point' },
        reason: `demographic parity ratio over ${attribute} is 0.61, below the minimum 0.8`,
      }),
    ),
    sampleCheck({ id: 'roc_auc', title: 'ROC AUC', metric: 'roc_auc', value: 0.86, reason: 'ROC AUC is 0.86, within ≥ 0.8 (n=1990)' }),
    sampleCheck({ id: 'accuracy', title: 'accuracy', metric: 'accuracy', value: 0.83, reason: 'accuracy is 0.83, within ≥ 0.8 (n=1990)' }),
  );

  const base = baseSample();
  return {
    ...base,
    verdict: verdictOf(checks),
    counts: countStatuses(checks),
    checks,
    metrics: { ...base.metrics, groups, intersections: {}, slices: {} },
    intervals: { overall: base.intervals.overall, groups: intervals },
    disparities,
    notes: Array.from({ length: 20 }, (_, i) => `Note ${i}: groups smaller than 30 rows are reported as inconclusive, never dropped.`),
  };
}
