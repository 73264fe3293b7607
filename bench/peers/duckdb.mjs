#!/usr/bin/env node
/**
 * The DuckDB peer of `npm run bench`: the bench's evaluation as SQL, in DuckDB through @duckdb/node-api, 2 threads.
 *
 * Loads the CSV into a table once, then for the overall population, each sex, each race, each sex x race
 * intersection and each region (the slice):
 *   - the rows ranked by score within the population (window functions): ROC AUC is exact, by ranks, the
 *     Mann-Whitney U with average ranks for ties, U = (sum of positives' ranks) - P(P + 1) / 2 and AUC = U / (P N),
 *     the rank sum kept in integers (twice it, since an average rank is a half-integer). Average precision is
 *     scikit-learn's step-wise sum over the same descending thresholds.
 *   - one GROUPING SETS pass by (population, calibration bin): the confusion counts at the threshold, log loss, Brier
 *     score and each bin's calibration gap, from which accuracy, precision, recall, F1, MCC and the rest follow.
 *
 * Usage: node bench/peers/duckdb.mjs FILE [--threshold 0.5] [--bins 10] [--threads 2]
 * Prints one JSON line: rows, populations, the overall roc_auc, seconds and peak RSS in MB. Exits 3 when
 * @duckdb/node-api is not installed, so the bench can say the peer is not present.
 */
import { parseArgs } from 'node:util';

const SETS = (extra) => `GROUPING SETS ((${extra}), (sex, ${extra}), (race, ${extra}), (sex, race, ${extra}), (region, ${extra}))`;
const KEY = 'GROUPING(sex, race, region) AS g, sex, race, region';
const COLUMNS = ['sex', 'race', 'region'];
const PARTITIONS = [[], ['sex'], ['race'], ['sex', 'race'], ['region']];
/** GROUPING(sex, race, region) of a population: a bit set for each column it is not split by. */
const groupingOf = (columns) => COLUMNS.reduce((g, c, i) => g | (columns.includes(c) ? 0 : 1 << (COLUMNS.length - 1 - i)), 0);

/**
 * One population's rows ranked by score, highest first, ties sharing a RANGE frame: rank_desc is 1 + the rows scored
 * higher, above the rows scored at least as high, tps the positives among them.
 */
const rankedRows = (columns, k) => `
  SELECT ${groupingOf(columns)} AS g, ${COLUMNS.map((c) => (columns.includes(c) ? c : `NULL::VARCHAR AS ${c}`)).join(', ')}, label,
    rank() OVER w${k} AS rank_desc, count(*) OVER w${k} AS above, sum(label) OVER w${k} AS tps
  FROM t WINDOW w${k} AS (${columns.length ? `PARTITION BY ${columns.join(', ')} ` : ''}ORDER BY score DESC RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`;

/**
 * Rank sums and average precision, per population. A row's average ascending rank among its n is
 * (n - above) + (ties + 1) / 2 with ties = above - rank_desc + 1, so twice the positives' rank sum is
 * 2 n P + sum over positives of (2 - above - rank_desc), all integers.
 */
const RANKS = `
SELECT g, sex, race, region, sum(label) AS p, count(*) - sum(label) AS n,
  2 * count(*) * sum(label) + sum(label * (2 - above - rank_desc)) AS twice_rank_sum,
  -- scikit-learn's step-wise AP: each positive adds the precision at its threshold (its score and above).
  sum(label * tps / above) AS ap_mass
FROM (${PARTITIONS.map(rankedRows).join('\n  UNION ALL')})
GROUP BY ALL`;

/** Confusion counts, losses and calibration gaps, per population. */
const COUNTS = `
WITH by_bin AS (
  SELECT ${KEY},
    count(*) FILTER (label = 1 AND score >= $threshold) AS tp,
    count(*) FILTER (label = 0 AND score >= $threshold) AS fp,
    count(*) FILTER (label = 0 AND score < $threshold) AS tn,
    count(*) FILTER (label = 1 AND score < $threshold) AS fn,
    sum(-ln(CASE WHEN label = 1 THEN greatest(least(score, 1 - 1e-15), 1e-15) ELSE 1 - greatest(least(score, 1 - 1e-15), 1e-15) END)) AS loss,
    sum((label - score) ^ 2) AS brier,
    sum(label - score) AS gap
  FROM (SELECT *, least(floor(score * $bins)::INTEGER, $bins - 1) AS bin FROM t)
  GROUP BY ${SETS('bin')}
)
SELECT g, sex, race, region, sum(tp) AS tp, sum(fp) AS fp, sum(tn) AS tn, sum(fn) AS fn,
  sum(loss) AS loss, sum(brier) AS brier, sum(abs(gap)) AS ece_mass
FROM by_bin GROUP BY ALL`;

const ratio = (a, b) => (b > 0 ? a / b : null);

function metrics(counts, ranks) {
  const [tp, fp, tn, fn] = [counts.tp, counts.fp, counts.tn, counts.fn].map(Number);
  const total = tp + fp + tn + fn;
  const tpr = ratio(tp, tp + fn);
  const tnr = ratio(tn, tn + fp);
  const mccScale = Math.sqrt((tp + fp) * (tp + fn)) * Math.sqrt((tn + fp) * (tn + fn));
  const p = ranks.p;
  const n = ranks.n;
  return {
    n: total,
    accuracy: ratio(tp + tn, total),
    balanced_accuracy: tpr === null || tnr === null ? null : (tpr + tnr) / 2,
    precision: ratio(tp, tp + fp),
    recall: tpr,
    specificity: tnr,
    fpr: ratio(fp, fp + tn),
    fnr: ratio(fn, fn + tp),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    mcc: ratio(tp * tn - fp * fn, mccScale),
    selection_rate: ratio(tp + fp, total),
    // Integer arithmetic up to the one division, so ties and large counts lose nothing.
    roc_auc: p > 0n && n > 0n ? Number(ranks.twice_rank_sum - p * (p + 1n)) / Number(2n * p * n) : null,
    average_precision: ratio(ranks.ap_mass, Number(p)),
    log_loss: ratio(counts.loss, total),
    brier: ratio(counts.brier, total),
    ece: ratio(counts.ece_mass, total),
    prevalence: ratio(tp + fn, total),
  };
}

const keyOf = (row) => `${row.g}|${row.sex}|${row.race}|${row.region}`;

async function main() {
  const started = performance.now();
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      threshold: { type: 'string', default: '0.5' },
      bins: { type: 'string', default: '10' },
      threads: { type: 'string', default: '2' },
    },
  });
  if (positionals.length !== 1) throw new Error('usage: node bench/peers/duckdb.mjs FILE [--threshold 0.5] [--bins 10] [--threads 2]');
  let duckdb;
  try {
    duckdb = await import('@duckdb/node-api');
  } catch {
    process.stderr.write('duckdb peer: @duckdb/node-api is not installed\n');
    process.exit(3);
  }
  const instance = await duckdb.DuckDBInstance.create(':memory:', { threads: values.threads });
  const db = await instance.connect();
  await db.run(`CREATE TABLE t AS SELECT label, score, sex, race, region FROM read_csv($file)`, { file: positionals[0] });
  const params = { threshold: Number(values.threshold), bins: Number(values.bins) };
  const counts = (await db.runAndReadAll(COUNTS, params)).getRowObjectsJS();
  const ranks = new Map((await db.runAndReadAll(RANKS)).getRowObjectsJS().map((row) => [keyOf(row), row]));
  const populations = counts.map((row) => ({ ...row, ...metrics(row, ranks.get(keyOf(row))) }));
  const overall = populations.find((row) => row.sex === null && row.race === null && row.region === null);
  const version = (await db.runAndReadAll('SELECT version() AS v')).getRowObjectsJS()[0].v;
  db.closeSync();
  process.stdout.write(
    `${JSON.stringify({
      peer: `DuckDB ${version} (${values.threads} threads)`,
      rows: overall.n,
      populations: populations.length,
      roc_auc: overall.roc_auc,
      seconds: (performance.now() - started) / 1000,
      max_rss_mb: process.resourceUsage().maxRSS / 1024,
    })}\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`duckdb peer: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
