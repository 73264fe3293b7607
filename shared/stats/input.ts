/**
 * Input checks shared by the statistics functions. Every public function takes plain arrays or typed arrays,
 * never mutates them, and throws a RangeError naming the argument and position of the first value that is not
 * a finite number: a NaN in a sample would otherwise sort or sum silently into a wrong p-value.
 */

/** A read-only sequence of numbers: a plain array or any typed array. */
export type Numbers = ArrayLike<number>;

/** Copies `values` to a Float64Array after checking every value is finite. */
export function finiteSample(values: Numbers, name: string): Float64Array {
  const copy = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new RangeError(`${name}[${i}] must be a finite number, got ${String(value)}`);
    }
    copy[i] = value;
  }
  return copy;
}

/** Throws unless `value` is a finite number. */
export function finiteNumber(value: number, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
  return value;
}

/** Throws unless `value` is a finite number in [low, high]. */
export function numberIn(value: number, low: number, high: number, name: string): number {
  finiteNumber(value, name);
  if (value < low || value > high) throw new RangeError(`${name} must be in [${low}, ${high}], got ${value}`);
  return value;
}

/** Throws unless `value` is a finite number > 0. */
export function positiveNumber(value: number, name: string): number {
  finiteNumber(value, name);
  if (!(value > 0)) throw new RangeError(`${name} must be > 0, got ${value}`);
  return value;
}

/** Throws unless `value` is a non-negative integer. */
export function count(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${String(value)}`);
  return value;
}

/** A checked, ascending sorted copy: `finiteSample`, sorted in place. */
export function sortedSample(values: Numbers, name: string): Float64Array {
  return finiteSample(values, name).sort();
}

/** Throws unless `sorted` is finite and ascending: the check an already sorted sample gets in one pass. */
export function checkSortedSample(sorted: Float64Array, name: string): Float64Array {
  for (let i = 0; i < sorted.length; i++)
    if (!Number.isFinite(sorted[i]) || (i > 0 && !(sorted[i] >= sorted[i - 1])))
      throw new RangeError(`${name}[${i}] must be a finite number no smaller than the one before, got ${sorted[i]}`);
  return sorted;
}
