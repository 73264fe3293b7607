import { describe, expect, it } from 'vitest';
import { longDecimal, longDecimalOfParts } from '../../shared/data/long-decimal.js';
import { readCsv } from '../../shared/data/csv.js';
import { chunksOf, drain } from './helpers.js';
import { lcg as seeded } from '../helpers/seeded.js';

/**
 * longDecimal of an unsigned plain decimal, its arguments counted as the CSV reader counts them; checked against
 * longDecimalOfParts of the same decimal split as the line reader splits it (15 significant digits, then the
 * rest; line-reader.wat has it written out), which must give the same double or decline alike.
 */
function read(text: string): number {
  const data = Buffer.from(text, 'latin1');
  let digits = 0;
  let significant = 0;
  let fraction = -1;
  let mantissa = 0;
  let low = 0;
  let lowDigits = 0;
  for (const byte of data) {
    if (byte === 46) fraction = digits;
    else {
      digits++;
      if (significant < 15) {
        mantissa = mantissa * 10 + byte - 48;
        if (mantissa !== 0) significant++;
      } else {
        low = low * 10 + byte - 48;
        lowDigits++;
        significant++;
      }
    }
  }
  const scale = fraction === -1 ? 0 : digits - fraction;
  const value = longDecimal(data, 0, data.length, digits, significant, scale);
  expect(Object.is(longDecimalOfParts(mantissa, lowDigits, low, significant, scale), value), text).toBe(true);
  return value;
}

describe('longDecimal', () => {
  it('reads decimals below 1 of 16 to 19 digits to the same double as Number', () => {
    const next = seeded(7);
    const texts: string[] = [];
    for (let i = 0; i < 60000; i++) {
      const digits = 16 + (i % 4);
      let text = String(1 + Math.floor(next() * 9));
      while (text.length < digits) text += Math.floor(next() * 10);
      // Scores below 1, after up to three zeros (at most 22 digits after the point): none can be a tie, whose digits
      // would run to the 54th place at least.
      texts.push(`0.${'0'.repeat(i % 4)}${text}`);
    }
    let declined = 0;
    for (const text of texts) {
      const value = read(text);
      if (Number.isNaN(value)) declined++;
      else expect(Object.is(value, Number(text)), text).toBe(true);
    }
    // Declining is for values within 2^-40 ulp of a midpoint: next to none of random fractions.
    expect(declined).toBeLessThan(3);
  });

  it('reads integers of 16 to 19 digits as Number does, declining those halfway between two doubles', () => {
    const next = seeded(11);
    for (let i = 0; i < 20000; i++) {
      let text = String(1 + Math.floor(next() * 9));
      while (text.length < 16 + (i % 4)) text += Math.floor(next() * 10);
      const value = read(text);
      if (!Number.isNaN(value)) {
        expect(Object.is(value, Number(text)), text).toBe(true);
        continue;
      }
      // Declined: the decimal must be a tie, half a spacing of doubles from the one Number rounds it to.
      const exact = BigInt(text);
      const rounded = BigInt(Number(text));
      const spacing = 2n ** BigInt(rounded.toString(2).length - 53);
      const off = 2n * (exact > rounded ? exact - rounded : rounded - exact);
      expect(off === spacing || off === spacing / 2n, text).toBe(true);
    }
  });

  it('declines exact midpoints between two doubles (ties), which Number rounds to even', () => {
    // 2^53 + 1 and + 3 (doubles 2 apart there), 2^60 + 128 and + 384 (256 apart).
    for (const text of ['9007199254740993', '9007199254740995', '1152921504606847104', '1152921504606847360']) {
      expect(read(text), text).toBeNaN();
    }
    // The tie below a power of two is half as far from it as the one above: 2^60 - 64.
    expect(read('1152921504606846912')).toBeNaN();
    // Just beside a midpoint it decides, and rounds as Number does.
    for (const text of [
      '9007199254740992',
      '9007199254740994',
      '1152921504606847105',
      '1152921504606847103',
      '1152921504606846913',
      '1152921504606846911',
    ])
      expect(read(text), text).toBe(Number(text));
  });

  it('declines more than 19 significant digits and scales past 10^22', () => {
    expect(read('0.12345678901234567890')).toBeNaN();
    expect(read('0.00000000000000000000001234567890123456')).toBeNaN();
  });

  it('gives the CSV reader the doubles Number gives, ties and signed fields included', async () => {
    const texts = ['9007199254740993', '0.9612860807087761', '0.059980169896348137', '1152921504606847104', '-0.96128608070877613'];
    const csv = Buffer.from(`score\n${texts.join('\n')}\n`);
    const chunks = await drain(
      readCsv(chunksOf([csv]), 'scores.csv', { select: () => ['score'], numbers: new Set(['score']), columnar: true }),
    );
    const values: number[] = [];
    for (const chunk of chunks) {
      if ('codes' in chunk) for (let i = 0; i < chunk.length; i++) values.push(chunk.numbers[0]![i]);
      else values.push(...chunk.rows.map((row) => Number((row as unknown[])[0])));
    }
    expect(values).toEqual(texts.map(Number));
  });
});
