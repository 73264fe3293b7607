/**
 * Plain decimals of 16 to 19 significant digits (model scores at full float64 precision: numpy, pandas and
 * TensorFlow print 16 or 17) read from bytes, correctly rounded, without making a string for Number.
 *
 * The digits are an integer m below 10^19, kept exactly as the sum of two doubles; m / 10^scale is taken in
 * double-double arithmetic (Dekker's exact products), whose error is far below 2^-40 of an ulp of the result. The
 * sum of the two parts, rounded once, is then the correctly rounded quotient unless it lies that close to the
 * midpoint between two doubles: those few fields (ties and near-ties) are left to Number, as are fields outside the
 * range where the bounds hold.
 */

const SPLITTER = 134217729; // 2^27 + 1: Veltkamp's split of a double into two 26-bit halves
const LOW_DIGITS = 8;
const MAX_SIGNIFICANT = 19;
/**
 * The powers of ten a double holds exactly (10^0 .. 10^22): an integer below 2^53 divided by one of them is the
 * correctly rounded quotient, which is what `Number` returns for that decimal (Clinger's fast path).
 */
export const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const HIGH = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1 ? 1 : 0;

/** The low-order part of a * b: a * b - fl(a * b) exactly (Dekker), for |a|, |b| well inside the double range. */
function productError(a: number, b: number, product: number): number {
  const ca = SPLITTER * a;
  const aHigh = ca - (ca - a);
  const aLow = a - aHigh;
  const cb = SPLITTER * b;
  const bHigh = cb - (cb - b);
  const bLow = b - bHigh;
  return aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
}

/**
 * Half the spacing of doubles next to the positive normal double x, on the side of `below` (x - that spacing / 2
 * is the midpoint between x and its predecessor): 2^(exponent - 53), or half that below a power of two.
 */
function halfSpacing(x: number, below: boolean): number {
  bits[0] = x;
  const powerOfTwo = (words[HIGH] & 0xfffff) === 0 && words[1 - HIGH] === 0;
  words[HIGH] &= 0x7ff00000;
  words[1 - HIGH] = 0;
  const half = bits[0] * 2 ** -53;
  return below && powerOfTwo ? half / 2 : half;
}

/**
 * The double nearest the unsigned plain decimal data[start, end) (digits and at most one point), which has `digits`
 * digits, `significant` of them from the first non-zero one, and `scale` after the point; NaN when this reading
 * cannot vouch for the rounding (then read the field with Number).
 */
export function longDecimal(data: Uint8Array, start: number, end: number, digits: number, significant: number, scale: number): number {
  if (significant > MAX_SIGNIFICANT || scale >= POWERS_OF_TEN.length) return NaN;
  // m = high * 10^8 + low, the last 8 digits in low.
  let high = 0;
  let low = 0;
  for (let i = start, seen = 0; i < end; i++) {
    const digit = data[i] - 48;
    if (digit < 0 || digit > 9) continue;
    if (seen++ < digits - LOW_DIGITS) high = high * 10 + digit;
    else low = low * 10 + digit;
  }
  return longDecimalOfParts(high, LOW_DIGITS, low, significant, scale);
}

/**
 * longDecimal of a decimal whose digits were read already, as the integer high x 10^lowDigits + low over 10^scale:
 * high below 2^53, low below 10^lowDigits, lowDigits at most 8 (a line reader keeps the first 15 significant digits in
 * high and the rest in low). NaN where longDecimal would decline.
 */
export function longDecimalOfParts(high: number, lowDigits: number, low: number, significant: number, scale: number): number {
  if (significant > MAX_SIGNIFICANT || scale >= POWERS_OF_TEN.length || lowDigits > LOW_DIGITS) return NaN;
  const lowScale = POWERS_OF_TEN[lowDigits];
  // high and low are exact integers, m < 10^19; m as mHigh + mLow exactly (|mLow| below an ulp of mHigh).
  const scaled = high * lowScale;
  const scaledError = productError(high, lowScale, scaled);
  const mHigh = scaled + low;
  const mLow = low - (mHigh - scaled) + scaledError;
  const divisor = POWERS_OF_TEN[scale];
  const q1 = mHigh / divisor;
  const product = q1 * divisor;
  const remainder = mHigh - product - productError(q1, divisor, product) + mLow;
  const q2 = remainder / divisor;
  const value = q1 + q2;
  if (!(value >= 2 ** -900 && value < 2 ** 900)) return NaN;
  // q1 + q2 = value + residual exactly (TwoSum); the true quotient is within far less than 2^-40 ulp of q1 + q2.
  const q1Part = value - q2;
  const residual = q1 - q1Part + (q2 - (value - q1Part));
  const half = halfSpacing(value, residual < 0);
  return Math.abs(Math.abs(residual) - half) > half * 2 ** -40 ? value : NaN;
}
