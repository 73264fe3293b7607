/**
 * The candidate nearest to a misspelt name, for "did you mean" hints. Distance is optimal string alignment
 * (Levenshtein plus adjacent transpositions), so `mni` is one edit from `min`, as a typist would count it.
 */
export function closestName(input: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  // The same name but for case, spaces, `_` and `-` is the likeliest meaning of all.
  const squash = (text: string) => text.toLowerCase().replace(/[\s_-]/g, '');
  const same = list.find((candidate) => squash(candidate) === squash(input));
  if (same !== undefined) return same;
  const needle = input.toLowerCase();
  // More than about a third of the letters wrong is a different word, not a typo.
  const limit = Math.max(1, Math.floor(needle.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of list) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance && distance <= limit) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ?? abbreviated(needle, list);
}

/**
 * A name written out or cut short (`minimum` for `min`, `thresh` for `threshold`) is many edits away but
 * plainly meant: the longest candidate of at least 3 letters that the input starts with, else the shortest
 * one that starts with an input of at least 3 letters.
 */
function abbreviated(needle: string, list: string[]): string | undefined {
  if (needle.length < 3) return undefined;
  const lower = (candidate: string) => candidate.toLowerCase();
  const longer = list.filter((c) => c.length >= 3 && needle.startsWith(lower(c))).sort((a, b) => b.length - a.length);
  if (longer.length > 0) return longer[0];
  return list.filter((c) => lower(c).startsWith(needle)).sort((a, b) => a.length - b.length)[0];
}

function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[(i - 2) * cols + j - 2] + 1);
      d[i * cols + j] = value;
    }
  }
  return d[rows * cols - 1];
}
