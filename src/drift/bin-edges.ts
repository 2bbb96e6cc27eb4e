/**
 * Bin edges and bin counts for the binned drift statistics (PSI). Internal
 * helpers, written for 1e7-value inputs: Float64Array only; exact order statistics
 * for the quantiles by radix selection (radix-select.ts: no full sort and no copy
 * of the sample; a quickselect on a copy below 65,536 values); bin counting by a
 * branch-free binary search over the cut points.
 */
import { orderStatistics, selectWithCounts } from "./radix-select";

/**
 * From this many values on, quantiles use radix selection; below it the quickselect
 * on a copy is as fast once compiled and cheaper on a cold first call.
 */
const LARGE = 65536;

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
  return quantileCuts(values, probs).quantiles;
}

/** Quantiles plus, when available, bin counts of the same sample without another pass. */
export interface QuantileCuts {
  readonly quantiles: number[];
  /**
   * Counts per bin of the sample the quantiles came from, as {@link countIntoBins}
   * would return them for `cuts` (ascending, each one of the quantiles); null when
   * they need a counting pass after all.
   */
  countInto(cuts: readonly number[]): Float64Array | null;
}

/**
 * {@link quantiles}, keeping what the radix selection learned about `values`, so
 * that the sample's counts in the quantile bins come without another pass (PSI).
 */
export function quantileCuts(values: Float64Array, probs: readonly number[]): QuantileCuts {
  const n = values.length;
  const need = new Set<number>();
  for (const p of probs) {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    need.add(lo);
    if (lo + 1 < n) need.add(lo + 1);
  }
  const ranks = [...need].sort((x, y) => x - y);
  const at = new Map<number, number>();
  let countInto: QuantileCuts["countInto"] = () => null;
  const selection = n >= LARGE ? selectWithCounts(values, ranks) : null;
  if (selection) {
    ranks.forEach((r, i) => at.set(r, selection.stats[i]));
    countInto = (cuts) => {
      const counts = new Float64Array(cuts.length + 1);
      let prev = 0;
      for (let k = 0; k < cuts.length; k++) {
        const b = selection.countBelow(cuts[k]);
        if (b < 0) return null;
        counts[k] = b - prev;
        prev = b;
      }
      counts[cuts.length] = n - prev;
      return counts;
    };
  } else if (n >= LARGE) {
    const stats = orderStatistics(values, ranks);
    ranks.forEach((r, i) => at.set(r, stats[i]));
  } else {
    const work = values.slice();
    selectRanks(work, ranks);
    for (const r of ranks) at.set(r, work[r]);
  }
  const result = probs.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const frac = h - lo;
    if (frac === 0 || lo + 1 >= n) return at.get(lo)!;
    const a = at.get(lo)!;
    const b = at.get(lo + 1)!;
    // numpy's _lerp: a + (b − a)·t, evaluated from the nearer end
    const diff = b - a;
    return frac >= 0.5 ? b - diff * (1 - frac) : a + diff * frac;
  });
  return { quantiles: result, countInto };
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
 *
 * Each value's bin (the number of cuts ≤ x) comes from a branch-free binary search
 * over the cuts padded with +Infinity to 2ᵐ − 1 entries: m steps of
 * `p += (pad[p + step − 1] <= x) · step`, with no data-dependent branch to mispredict.
 */
export function countIntoBins(values: Float64Array, cuts: readonly number[]): Float64Array {
  const k = cuts.length;
  const counts = new Float64Array(k + 1);
  const n = values.length;
  if (k === 0) {
    counts[0] = n;
    return counts;
  }
  let size = 2;
  while (size <= k) size *= 2;
  const pad = new Float64Array(size).fill(Infinity);
  pad.set(cuts);
  const idx = new Int32Array(size);
  if (size <= 16) countInto16(values, pad.length === 16 ? pad : padTo16(pad), idx);
  else countIntoPow2(values, pad, size, idx);
  for (let b = 0; b <= k; b++) counts[b] = idx[b];
  return counts;
}

function padTo16(pad: Float64Array): Float64Array {
  const out = new Float64Array(16).fill(Infinity);
  out.set(pad);
  return out;
}

/** Bin indices for at most 15 cuts in a 16-entry padded table, four unrolled steps. */
function countInto16(values: Float64Array, pad: Float64Array, idx: Int32Array): void {
  const n = values.length;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    let p = +(pad[7] <= x) << 3;
    p += +(pad[p + 3] <= x) << 2;
    p += +(pad[p + 1] <= x) << 1;
    p += +(pad[p] <= x);
    idx[p]++;
  }
}

function countIntoPow2(values: Float64Array, pad: Float64Array, size: number, idx: Int32Array): void {
  const n = values.length;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    let p = 0;
    for (let step = size >> 1; step > 0; step >>= 1) p += +(pad[p + step - 1] <= x) * step;
    idx[p]++;
  }
}
