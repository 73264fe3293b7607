/**
 * A number written in decimal: digits with an optional sign, point and exponent (what numpy, pandas and JSON
 * write), spaces or tabs around it allowed. `Number` also reads `0x1`, `0b1`, `0o7` and other whitespace, which
 * would let a label or score such as `0x1` pass for 1; every reader of numbers from text goes through here.
 */
const DECIMAL = /^[ \t]*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[ \t]*$/;

/** The number `text` spells in decimal, or NaN. */
export function decimalNumber(text: string): number {
  return DECIMAL.test(text) ? Number(text) : NaN;
}
