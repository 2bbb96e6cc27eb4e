/**
 * Exact order statistics of large samples of finite doubles without sorting them
 * (internal helper of the binned drift statistics).
 *
 * It works on the sortable 64-bit key of a double (see radix-sort.ts): the sign bit
 * flipped for positives, every bit flipped for negatives, so unsigned key order is
 * numeric order (with −0 just below +0). The key is cut into four 16-bit digits,
 * most significant first.
 *
 * {@link orderStatistics}: a histogram of the top digit locates the bucket of each
 * wanted rank; one more pass gathers only those buckets' values, and each bucket is
 * resolved by the next digit in the same way (or sorted once it is small). Typically
 * two passes over the data plus work on a few percent of it; the worst case (all
 * values sharing their top 48 key bits) is four histogram and gather passes.
 * {@link selectWithCounts} keeps the top-digit histogram and the gathered buckets, so
 * the number of values below a cut point between two selected values (a quantile
 * bin edge) is known without another pass.
 */
import { LITTLE_ENDIAN } from "../util/endianness";
import { HI, LO, sortFinite, wordsOf } from "./radix-sort";

const BUCKETS = 65536;
/** A segment at most this long is sorted instead of refined by the next digit. */
const SORT_BELOW = 4096;

/**
 * The values of `values` (finite) at the 0-based ranks `ranks` of its ascending
 * order; `ranks` must be ascending, distinct and below values.length. Equal to
 * `Float64Array.from(values).sort()[r]` for each r. `values` is not modified.
 */
export function orderStatistics(values: Float64Array, ranks: readonly number[]): Float64Array {
  const out = new Float64Array(ranks.length);
  if (ranks.length === 0) return out;
  if (!LITTLE_ENDIAN || values.length <= SORT_BELOW) {
    const sorted = sortFinite(values);
    for (let i = 0; i < ranks.length; i++) out[i] = sorted[ranks[i]];
    return out;
  }
  const slots = ranks.map((_, i) => i);
  selectLevel(values, false, 0, ranks.slice(), slots, out);
  return out;
}

/**
 * Resolves `ranks` (local to `seg`, ascending) at key digit `level` (0 = top), writing
 * the value of ranks[i] to out[slots[i]]. All values of `seg` share the digits above `level`.
 */
function selectLevel(
  seg: Float64Array,
  segIsScratch: boolean,
  level: number,
  ranks: number[],
  slots: number[],
  out: Float64Array,
): void {
  const n = seg.length;
  if (level === 4) {
    // All 64 key bits agree: every value is the same double.
    for (let i = 0; i < ranks.length; i++) out[slots[i]] = seg[0];
    return;
  }
  if (n <= SORT_BELOW) {
    const sorted = sortFinite(seg, segIsScratch);
    for (let i = 0; i < ranks.length; i++) out[slots[i]] = sorted[ranks[i]];
    return;
  }
  const w = wordsOf(seg);
  const word = level < 2 ? HI : LO;
  const shift = level % 2 === 0 ? 16 : 0;
  const hist = new Uint32Array(BUCKETS);
  digitHistogram(w, n, word, shift, hist);

  // Bucket of each rank, and where each needed bucket starts in the gather buffer.
  const slotOf = new Int32Array(BUCKETS).fill(-1);
  const groupBucket: number[] = [];
  const groupFirst: number[] = []; // rank of the bucket's first value within seg
  const groupRanks: number[][] = [];
  const groupSlots: number[][] = [];
  let below = 0;
  let b = 0;
  for (let i = 0; i < ranks.length; i++) {
    const r = ranks[i];
    while (below + hist[b] <= r) below += hist[b++];
    if (slotOf[b] < 0) {
      slotOf[b] = groupBucket.length;
      groupBucket.push(b);
      groupFirst.push(below);
      groupRanks.push([]);
      groupSlots.push([]);
    }
    const g = slotOf[b];
    groupRanks[g].push(r - below);
    groupSlots[g].push(slots[i]);
  }
  const groups = groupBucket.length;
  const start = new Int32Array(groups + 1);
  for (let g = 0; g < groups; g++) start[g + 1] = start[g] + hist[groupBucket[g]];
  if (groups === 1 && start[1] === n) {
    // One bucket holds everything: go straight to the next digit, no copy.
    selectLevel(seg, segIsScratch, level + 1, groupRanks[0], groupSlots[0], out);
    return;
  }
  const buf = new Float64Array(start[groups]);
  const pos = start.slice(0, groups);
  gatherBuckets(seg, w, n, word, shift, slotOf, pos, buf);
  for (let g = 0; g < groups; g++) {
    const sub = buf.subarray(start[g], start[g + 1]);
    selectLevel(sub, true, level + 1, groupRanks[g], groupSlots[g], out);
  }
}

function digitHistogram(w: Uint32Array, n: number, word: number, shift: number, hist: Uint32Array): void {
  if (word === HI) {
    for (let i = 0; i < n; i++) {
      const hi = w[2 * i + HI];
      hist[(((hi ^ ((hi >> 31) | 0x80000000)) >>> shift) & 0xffff)]++;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const flip = w[2 * i + HI] >> 31;
      hist[(((w[2 * i + LO] ^ flip) >>> shift) & 0xffff)]++;
    }
  }
}

function gatherBuckets(
  seg: Float64Array,
  w: Uint32Array,
  n: number,
  word: number,
  shift: number,
  slotOf: Int32Array,
  pos: Int32Array,
  buf: Float64Array,
): void {
  if (word === HI) {
    for (let i = 0; i < n; i++) {
      const hi = w[2 * i + HI];
      const g = slotOf[((hi ^ ((hi >> 31) | 0x80000000)) >>> shift) & 0xffff];
      if (g >= 0) buf[pos[g]++] = seg[i];
    }
  } else {
    for (let i = 0; i < n; i++) {
      const flip = w[2 * i + HI] >> 31;
      const g = slotOf[((w[2 * i + LO] ^ flip) >>> shift) & 0xffff];
      if (g >= 0) buf[pos[g]++] = seg[i];
    }
  }
}

/** Order statistics plus exact "how many values are below c" for cut points near them. */
export interface SelectionWithCounts {
  /** The values at the requested ranks, as {@link orderStatistics} returns them. */
  readonly stats: Float64Array;
  /**
   * The number of values < c, exact, or −1 when this selection cannot tell without
   * another pass (c is ±0, or c's top-digit bucket holds values but was not gathered).
   * A c between two adjacent requested order statistics (such as a quantile
   * interpolated between ranks r and r + 1) can always be answered.
   */
  countBelow(c: number): number;
}

const scratchF64 = new Float64Array(1);
const scratchU32 = new Uint32Array(scratchF64.buffer);

/**
 * {@link orderStatistics} that also keeps its top-digit histogram and the gathered
 * buckets, so that counts below cut points placed between the selected values
 * (the quantile bin edges of PSI) come without another pass over `values`.
 * Requires a little-endian host and more than 4,096 values (else use orderStatistics).
 */
export function selectWithCounts(values: Float64Array, ranks: readonly number[]): SelectionWithCounts | null {
  const n = values.length;
  if (!LITTLE_ENDIAN || n <= SORT_BELOW || ranks.length === 0) return null;
  const out = new Float64Array(ranks.length);
  const w = wordsOf(values);
  const hist = new Uint32Array(BUCKETS);
  digitHistogram(w, n, HI, 16, hist);
  const below = new Float64Array(BUCKETS + 1); // values in buckets < b
  for (let b = 0; b < BUCKETS; b++) below[b + 1] = below[b] + hist[b];

  const slotOf = new Int32Array(BUCKETS).fill(-1);
  const groupBucket: number[] = [];
  const groupRanks: number[][] = [];
  const groupSlots: number[][] = [];
  let b = 0;
  for (let i = 0; i < ranks.length; i++) {
    const r = ranks[i];
    while (below[b + 1] <= r) b++;
    if (slotOf[b] < 0) {
      slotOf[b] = groupBucket.length;
      groupBucket.push(b);
      groupRanks.push([]);
      groupSlots.push([]);
    }
    groupRanks[slotOf[b]].push(r - below[b]);
    groupSlots[slotOf[b]].push(i);
  }
  const groups = groupBucket.length;
  const start = new Int32Array(groups + 1);
  for (let g = 0; g < groups; g++) start[g + 1] = start[g] + hist[groupBucket[g]];
  // The gathered buckets stay intact for countBelow: deeper levels copy before they reorder.
  const gathered = groups === 1 && start[1] === n ? values : new Float64Array(start[groups]);
  if (gathered !== values) gatherBuckets(values, w, n, HI, 16, slotOf, start.slice(0, groups), gathered);
  for (let g = 0; g < groups; g++) {
    const sub = gathered.subarray(start[g], start[g + 1]);
    selectLevel(sub, false, 1, groupRanks[g], groupSlots[g], out);
  }
  return {
    stats: out,
    countBelow(c: number): number {
      if (c === 0 || c !== c) return -1; // ±0 have two buckets; NaN never applies
      scratchF64[0] = c;
      const hi = scratchU32[HI];
      const cb = ((hi ^ ((hi >> 31) | 0x80000000)) >>> 16) & 0xffff;
      if (hist[cb] === 0) return below[cb];
      const g = slotOf[cb];
      if (g < 0) return -1;
      let count = below[cb];
      for (let i = start[g]; i < start[g + 1]; i++) if (gathered[i] < c) count++;
      return count;
    },
  };
}
