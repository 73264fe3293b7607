/**
 * Objects keyed by data: group and slice values, column names, strata. The pull request author chooses those
 * strings, and in a plain object `__proto__` sets the prototype instead of a key while `constructor`, `toString`
 * and the other Object.prototype names read as keys that are already there. A record without a prototype has
 * none of that: every string is an ordinary key, and JSON.stringify writes it as one.
 */
export function dataRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export function dataRecordFrom<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const record = dataRecord<T>();
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** record[key] when it is the record's own key; undefined otherwise (never an inherited Object.prototype member). */
export function ownValue<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}
