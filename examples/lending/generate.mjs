#!/usr/bin/env node
/**
 * Synthetic lending data for the modelgate demo: a candidate model that is more accurate than the
 * baseline but unfair to one group, so the evaluate gate has something real to catch.
 *
 * Usage: node examples/lending/generate.mjs [--rows 20000] [--seed 42] [--out examples/lending/data]
 * (--out defaults to the `data/` folder beside this script, whatever the working directory.)
 *
 * The generative story, one applicant per row, in this order of draws:
 *   sex                   F or M, 50/50.
 *   race                  a 60%, b 25%, c 15%. Race plays no part in the true outcome.
 *   age_band              18-24 12%, 25-34 24%, 35-44 22%, 45-54 18%, 55-64 14%, 65+ 10%;
 *                         an exact age is drawn uniformly inside the band (65+ as 65-79).
 *   region                north 25%, south 30%, east 20%, west 25% (a slice, not a sensitive attribute).
 *   income                log-normal: ln(38000) + an age-band effect + a region effect + 0.55 * N(0,1),
 *                         whole currency units.
 *   debt_ratio            0.36 - 0.04 * (standardised log income) + 0.12 * N(0,1), clamped to
 *                         [0.01, 0.95], 3 decimals.
 *   credit_history_years  (age - 18) * U(0.3, 1), 1 decimal.
 *   label                 1 = the loan was repaid (the applicant is approve-worthy), 0 = default.
 *                         Drawn as Bernoulli(sigmoid(true logit)) with
 *                         true logit = 0.9 + 0.8 * z_income - 6 * (debt_ratio - 0.36)
 *                                      + 0.06 * (credit_history_years - 10) - 0.25 * [region = south],
 *                         z_income = (ln income - ln 38000) / 0.55; about 69% repay.
 *   score (baseline)      a weaker model: only income and debt ratio, shrunken coefficients and more
 *                         noise: sigmoid(0.8 + 0.5 * z_income - 3 * (debt_ratio - 0.36) + 0.9 * N(0,1)).
 *   score (candidate)     a better model: the true logit plus 0.5 * N(0,1) noise, but it has learned
 *                         a bias: 1.2 is subtracted from the logit of every applicant with race = c.
 *                         Its ROC AUC beats the baseline's, yet at threshold 0.5 its selection rate
 *                         for race c is about 0.6 of race a's, well under the four-fifths rule.
 * Scores are probabilities of repayment (higher = approve), rounded to 4 decimals.
 *
 * Outputs in --out, rows in id order, ids 1..rows:
 *   candidate.csv, baseline.csv  id,label,score,sex,race,age_band,region (same ids and labels)
 *   features.csv                 id,label,sex,race,age_band,region,income,debt_ratio,credit_history_years
 *
 * Deterministic: the same --rows and --seed give byte-identical files. Rows are written in chunks,
 * so memory does not grow with --rows.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mulberry32, normalSampler, pickShare } from './random.mjs';

const SEXES = [
  ['F', 0.5],
  ['M', 0.5],
];
const RACES = [
  ['a', 0.6],
  ['b', 0.25],
  ['c', 0.15],
];
/** [band, share, youngest age, oldest age + 1, effect on log income] */
const AGE_BANDS = [
  ['18-24', 0.12, 18, 25, -0.45],
  ['25-34', 0.24, 25, 35, -0.1],
  ['35-44', 0.22, 35, 45, 0.1],
  ['45-54', 0.18, 45, 55, 0.2],
  ['55-64', 0.14, 55, 65, 0.1],
  ['65+', 0.1, 65, 80, -0.2],
];
const REGIONS = [
  ['north', 0.25],
  ['south', 0.3],
  ['east', 0.2],
  ['west', 0.25],
];
const REGION_INCOME_EFFECT = { north: 0.05, south: -0.1, east: 0.1, west: 0 };

const MEDIAN_INCOME = 38000;
const INCOME_SPREAD = 0.55;
/** The candidate's learned bias against race c, on the logit scale. */
const CANDIDATE_RACE_C_OFFSET = -1.2;
/** Rows per write: large enough that writes are few, small enough that memory stays flat. */
const CHUNK_ROWS = 4096;

const sigmoid = (x) => 1 / (1 + Math.exp(-x));
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

function parseCli(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      rows: { type: 'string', default: '20000' },
      seed: { type: 'string', default: '42' },
      out: { type: 'string' },
    },
  });
  const rows = Number(values.rows);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(rows) || rows < 1) throw new Error(`--rows must be a positive integer, got "${values.rows}"`);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be an integer, got "${values.seed}"`);
  const out = values.out === undefined ? fileURLToPath(new URL('./data/', import.meta.url)) : resolve(values.out);
  return { rows, seed, out };
}

/** One applicant: features, true label and both models' scores. Draw order is part of the output. */
function makeApplicantSampler(seed) {
  const uniform = mulberry32(seed);
  const normal = normalSampler(uniform);
  return () => {
    const sex = pickShare(uniform, SEXES);
    const race = pickShare(uniform, RACES);
    const [ageBand, , youngest, oldestPlusOne, ageIncomeEffect] = pickShare(
      uniform,
      AGE_BANDS.map((band) => [band, band[1]]),
    );
    const age = youngest + (oldestPlusOne - youngest) * uniform();
    const region = pickShare(uniform, REGIONS);

    const logIncome = Math.log(MEDIAN_INCOME) + ageIncomeEffect + REGION_INCOME_EFFECT[region] + INCOME_SPREAD * normal();
    const income = Math.round(Math.exp(logIncome));
    // The models see the recorded (rounded) features, as a real model would.
    const zIncome = (Math.log(income) - Math.log(MEDIAN_INCOME)) / INCOME_SPREAD;
    const debtRatio = round(clamp(0.36 - 0.04 * zIncome + 0.12 * normal(), 0.01, 0.95), 3);
    const creditYears = round((age - 18) * (0.3 + 0.7 * uniform()), 1);

    const trueLogit = 0.9 + 0.8 * zIncome - 6 * (debtRatio - 0.36) + 0.06 * (creditYears - 10) - (region === 'south' ? 0.25 : 0);
    const label = uniform() < sigmoid(trueLogit) ? 1 : 0;

    const baselineLogit = 0.8 + 0.5 * zIncome - 3 * (debtRatio - 0.36) + 0.9 * normal();
    const candidateLogit = trueLogit + 0.5 * normal() + (race === 'c' ? CANDIDATE_RACE_C_OFFSET : 0);

    return {
      sex,
      race,
      ageBand,
      region,
      income,
      debtRatio,
      creditYears,
      label,
      baseline: sigmoid(baselineLogit),
      candidate: sigmoid(candidateLogit),
    };
  };
}

function round(x, decimals) {
  const scale = 10 ** decimals;
  return Math.round(x * scale) / scale;
}

/** A CSV file written in chunks of lines; synchronous writes keep the generator simple and memory flat. */
class ChunkedCsv {
  constructor(file, header) {
    this.fd = openSync(file, 'w');
    this.lines = [header];
  }
  add(line) {
    this.lines.push(line);
    if (this.lines.length >= CHUNK_ROWS) this.flush();
  }
  flush() {
    if (this.lines.length > 0) writeSync(this.fd, this.lines.join('\n') + '\n');
    this.lines = [];
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

function generate({ rows, seed, out }) {
  mkdirSync(out, { recursive: true });
  const candidate = new ChunkedCsv(join(out, 'candidate.csv'), 'id,label,score,sex,race,age_band,region');
  const baseline = new ChunkedCsv(join(out, 'baseline.csv'), 'id,label,score,sex,race,age_band,region');
  const features = new ChunkedCsv(join(out, 'features.csv'), 'id,label,sex,race,age_band,region,income,debt_ratio,credit_history_years');
  const nextApplicant = makeApplicantSampler(seed);
  for (let id = 1; id <= rows; id++) {
    const a = nextApplicant();
    const groups = `${a.sex},${a.race},${a.ageBand},${a.region}`;
    candidate.add(`${id},${a.label},${a.candidate.toFixed(4)},${groups}`);
    baseline.add(`${id},${a.label},${a.baseline.toFixed(4)},${groups}`);
    features.add(`${id},${a.label},${groups},${a.income},${a.debtRatio.toFixed(3)},${a.creditYears.toFixed(1)}`);
  }
  candidate.close();
  baseline.close();
  features.close();
}

try {
  const options = parseCli(process.argv.slice(2));
  generate(options);
  process.stdout.write(`wrote ${options.rows} rows (seed ${options.seed}) to ${options.out}\n`);
} catch (error) {
  process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
