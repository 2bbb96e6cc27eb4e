/**
 * Bin edges and bin counts for the binned drift statistics (PSI). Internal
 * helpers, written for 1e7-value inputs: Float64Array only, a quickselect for the
 * quantiles (no full sort), and a branch-light binary search per value.
 */

/**
 * Places the order statistics `ranks` (ascending, 0-based) of `a` in their sorted
 * positions, in place (multi-quickselect, expected O(n log k) for k ranks).
 */
export function selectRanks(a: Float64Array, ranks: readonly number[]): void {
  const stack: Array<[number, number, number, number]> = [[0, a.length - 1, 0, ranks.length - 1]];
  while (stack.length) {
    const [lo0, hi0, rlo, rhi] = stack.pop()!;
    if (rlo > rhi || lo0 >= hi0) continue;
    const rmid = (rlo + rhi) >> 1;
    const k = ranks[rmid];
    let lo = lo0;
    let hi = hi0;
    // Hoare-style selection of rank k inside [lo0, hi0].
    while (hi > lo) {
      const mid = (lo + hi) >> 1;
      // median of three as pivot
      let x = a[lo];
      let y = a[mid];
      let z = a[hi];
      if (x > y) [x, y] = [y, x];
      if (y > z) [y, z] = [z, y];
      if (x > y) [x, y] = [y, x];
      const pivot = y;
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (a[i] < pivot) i++;
        while (a[j] > pivot) j--;
        if (i <= j) {
          const t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) hi = j;
      else if (k >= i) lo = i;
      else break; // j < k < i: a[k] equals the pivot and is in place
    }
    // Everything left of k is ≤ a[k] and right of k is ≥ a[k] inside [lo0, hi0].
    stack.push([lo0, k - 1, rlo, rmid - 1]);
    stack.push([k + 1, hi0, rmid + 1, rhi]);
  }
}

/**
 * Quantiles of `values` at probabilities `probs` with linear interpolation between
 * order statistics (numpy.quantile's default, "type 7": h = (n − 1)·p). Does not
 * modify `values`.
 */
export function quantiles(values: Float64Array, probs: readonly number[]): number[] {
  const n = values.length;
  const work = values.slice();
  const need = new Set<number>();
  for (const p of probs) {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    need.add(lo);
    if (lo + 1 < n) need.add(lo + 1);
  }
  selectRanks(
    work,
    [...need].sort((x, y) => x - y),
  );
  return probs.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const frac = h - lo;
    if (frac === 0 || lo + 1 >= n) return work[lo];
    const a = work[lo];
    const b = work[lo + 1];
    // numpy's _lerp: a + (b − a)·t, evaluated from the nearer end
    const diff = b - a;
    return frac >= 0.5 ? b - diff * (1 - frac) : a + diff * frac;
  });
}

/** Ascending unique values of `edges`. */
export function uniqueSorted(edges: readonly number[]): number[] {
  const s = [...edges].sort((x, y) => x - y);
  const out: number[] = [];
  for (const e of s) if (out.length === 0 || out[out.length - 1] !== e) out.push(e);
  return out;
}

/**
 * Counts values per bin for interior cut points `cuts` (ascending): bin k holds
 * cuts[k−1] ≤ x < cuts[k], with open outer bins (−∞, cuts[0]) and [cuts[last], ∞).
 * Returns counts of length cuts.length + 1.
 */
export function countIntoBins(values: Float64Array, cuts: readonly number[]): Float64Array {
  const k = cuts.length;
  const c = Float64Array.from(cuts);
  const counts = new Float64Array(k + 1);
  const n = values.length;
  if (k === 0) {
    counts[0] = n;
    return counts;
  }
  if (k <= 16) {
    // Few cuts: a branch-free linear count beats a binary search.
    const idx = new Int32Array(k + 1);
    for (let i = 0; i < n; i++) {
      const x = values[i];
      let b = 0;
      for (let j = 0; j < k; j++) b += c[j] <= x ? 1 : 0;
      idx[b]++;
    }
    for (let b = 0; b <= k; b++) counts[b] = idx[b];
    return counts;
  }
  for (let i = 0; i < n; i++) {
    const x = values[i];
    // upper bound: number of cuts ≤ x
    let lo = 0;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    counts[lo] += 1;
  }
  return counts;
}
