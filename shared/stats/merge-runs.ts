/**
 * The k-way merge of sorted runs (row chunks sorted each on their own) that the row stores walk once per row.
 */

/**
 * Calls `take(j)` with run j whose current element comes first by `before`, until every run is used up. `take`
 * consumes run j's current element and returns false when the run has no more; `before(a, b)` compares runs a and b
 * by their current elements, ties broken by the caller (by run number, for a stable merge). Every run must start
 * with an element. A binary heap of run numbers: log2(k) comparisons an element.
 */
export function mergeSortedRuns(k: number, before: (a: number, b: number) => boolean, take: (j: number) => boolean): void {
  const heap = Int32Array.from({ length: k }, (_, j) => j);
  let size = k;
  const down = (from: number): void => {
    let p = from;
    const top = heap[p];
    for (;;) {
      let child = 2 * p + 1;
      if (child >= size) break;
      if (child + 1 < size && before(heap[child + 1], heap[child])) child++;
      if (!before(heap[child], top)) break;
      heap[p] = heap[child];
      p = child;
    }
    heap[p] = top;
  };
  for (let p = (size >> 1) - 1; p >= 0; p--) down(p);
  while (size > 0) {
    if (!take(heap[0])) heap[0] = heap[--size];
    if (size > 0) down(0);
  }
}
