/** One problem found in a config file, before it is given a line and column. */
export interface Issue {
  /** JSON pointer of the offending value, or of the missing key: `/evaluate/gates/0/min`. */
  path: string;
  message: string;
  hint?: string;
  /** What the location points at: the key (unknown keys), the value, or the parent (missing keys). */
  at: 'key' | 'value' | 'parent';
}

export function childPointer(parent: string, key: string | number): string {
  return `${parent}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

export function pointerSegments(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function parentPointer(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));
}

/** How a user would write the path: `evaluate.gates[0].min`. Needs the data to tell list indexes from keys. */
export function displayPath(pointer: string, root: unknown): string {
  let text = '';
  let node: unknown = root;
  for (const segment of pointerSegments(pointer)) {
    text += Array.isArray(node) ? `[${segment}]` : `${text ? '.' : ''}${segment}`;
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return text;
}

/** A value as it would appear in the message "got ...": short, quoted if a string. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

export function listNames(names: readonly (string | number)[]): string {
  return names.map((name) => `\`${name}\``).join(', ');
}
