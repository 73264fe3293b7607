import { afterAll, describe, expect, it } from 'vitest';
import {
  betaI,
  binomialCdf,
  binomialPmf,
  binomialSf,
  chiSquareCdf,
  chiSquareSf,
  gammaP,
  gammaQ,
  logGamma,
  normalCdf,
  normalPdf,
  normalPpf,
  normalSf,
  studentTCdf,
  studentTSf,
} from '../../shared/stats/distributions.js';
import { expectClose, fixtures, reportWorst } from './fixtures.js';

const d = fixtures.distributions;
afterAll(reportWorst);

describe('distributions against SciPy (relative 1e-9)', () => {
  it('normal cdf, sf, pdf, including tails to 1e-300', () => {
    for (const c of d.normal) {
      expectClose(normalCdf(c.z), c.cdf, `normalCdf ${c.z}`);
      expectClose(normalSf(c.z), c.sf, `normalSf ${c.z}`);
      expectClose(normalPdf(c.z), c.pdf, `normalPdf ${c.z}`);
    }
  });
  it('normal ppf', () => {
    for (const c of d.normalPpf) expectClose(normalPpf(c.p), c.ppf, `normalPpf ${c.p}`);
    expect(normalPpf(0)).toBe(-Infinity);
    expect(normalPpf(1)).toBe(Infinity);
  });
  it('chi-square sf and cdf', () => {
    for (const c of d.chiSquare) {
      expectClose(chiSquareSf(c.x, c.df), c.sf, `chiSquareSf x=${c.x} df=${c.df}`);
      expectClose(chiSquareCdf(c.x, c.df), c.cdf, `chiSquareCdf x=${c.x} df=${c.df}`);
    }
  });
  it('Student t sf and cdf', () => {
    for (const c of d.studentT) {
      expectClose(studentTSf(c.t, c.df), c.sf, `studentTSf t=${c.t} df=${c.df}`);
      expectClose(studentTCdf(c.t, c.df), c.cdf, `studentTCdf t=${c.t} df=${c.df}`);
    }
  });
  it('binomial cdf, sf, pmf', () => {
    for (const c of d.binomial) {
      expectClose(binomialCdf(c.k, c.n, c.p), c.cdf, `binomialCdf k=${c.k} n=${c.n} p=${c.p}`);
      expectClose(binomialSf(c.k, c.n, c.p), c.sf, `binomialSf k=${c.k} n=${c.n} p=${c.p}`);
      expectClose(binomialPmf(c.k, c.n, c.p), c.pmf, `binomialPmf k=${c.k} n=${c.n} p=${c.p}`);
    }
  });
  it('the special functions underneath', () => {
    for (const c of d.logGamma) expectClose(logGamma(c.x), c.value, `logGamma ${c.x}`);
    for (const c of d.gammaP) {
      expectClose(gammaP(c.a, c.x), c.p, `gammaP a=${c.a} x=${c.x}`);
      expectClose(gammaQ(c.a, c.x), c.q, `gammaQ a=${c.a} x=${c.x}`);
    }
    for (const c of d.betaI) expectClose(betaI(c.a, c.b, c.x), c.value, `betaI a=${c.a} b=${c.b} x=${c.x}`);
  });
  it('p-values near 1e-12 keep their digits', () => {
    const z = normalPpf(1e-12);
    expect(Math.abs(normalCdf(z) / 1e-12 - 1)).toBeLessThan(1e-12);
  });
  it('rejects non-finite and out-of-range arguments with a RangeError', () => {
    expect(() => normalCdf(NaN)).toThrow(RangeError);
    expect(() => normalSf(Infinity)).toThrow(/finite/);
    expect(() => normalPpf(1.5)).toThrow(/in \[0, 1\]/);
    expect(() => chiSquareSf(1, 0)).toThrow(/df must be > 0/);
    expect(() => studentTSf(1, -2)).toThrow(RangeError);
    expect(() => binomialCdf(1, 2.5, 0.5)).toThrow(/non-negative integer/);
    expect(() => binomialSf(1, 10, -0.1)).toThrow(RangeError);
  });
});
