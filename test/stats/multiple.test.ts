import { afterAll, describe, expect, it } from 'vitest';
import { benjaminiHochberg, holm } from '../../shared/stats/multiple.js';
import { expectClose, fixtures, reportWorst } from './fixtures.js';

afterAll(reportWorst);

describe('Holm and Benjamini-Hochberg against multipletests by hand (relative 1e-9)', () => {
  it('adjusted p-values in input order', () => {
    for (const c of fixtures.multiple as { p: number[]; holm: number[]; bh: number[] }[]) {
      const h = holm(c.p).adjusted;
      const b = benjaminiHochberg(c.p).adjusted;
      c.holm.forEach((e, k) => expectClose(h[k], e, `holm m=${c.p.length} #${k}`));
      c.bh.forEach((e, k) => expectClose(b[k], e, `benjaminiHochberg m=${c.p.length} #${k}`));
    }
  });
  it('rejections at alpha, empty input, bad p-values', () => {
    expect(holm([0.01, 0.04, 0.03, 0.005], { alpha: 0.05 }).rejected).toEqual([true, false, false, true]);
    expect(benjaminiHochberg([0.01, 0.04, 0.03, 0.005], { alpha: 0.05 }).rejected).toEqual([true, true, true, true]);
    expect(holm([])).toEqual({ method: 'holm', adjusted: [], rejected: null });
    expect(() => holm([0.5, 1.5])).toThrow(/pValues\[1\] must be in \[0, 1\]/);
    expect(() => benjaminiHochberg([NaN])).toThrow(RangeError);
  });
});
