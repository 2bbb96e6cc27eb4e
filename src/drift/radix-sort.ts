/**
 * Fast ascending sort of finite doubles for the drift statistics (internal).
 *
 * An LSD radix sort on the IEEE-754 bit pattern: a double's 64 bits, with the sign
 * bit flipped for positives and every bit flipped for negatives, compare as unsigned
 * integers exactly as the doubles compare as numbers (−0 sorts just before +0, as in
 * Float64Array.prototype.sort). Six passes of 11/11/10-bit digits over the low then
 * the high 32-bit word; a digit that is the same for every value skips its pass. The
 * values move as whole doubles (all finite, so no NaN payload can change), the digit
 * is read through a Uint32Array view of the same buffer. O(n) time, one scratch
 * buffer of n doubles, no per-element allocation. The result equals
 * `Float64Array.from(values).sort()` bit for bit.
 */

import { LITTLE_ENDIAN } from "../util/endianness";

/** Index offset of a double's high word (sign, exponent, top of the mantissa) in its Uint32 view. */
export const HI = LITTLE_ENDIAN ? 1 : 0;
/** Index offset of a double's low word. */
export const LO = 1 - HI;

/** Below this size the engine's comparison sort is as fast. */
const SMALL = 512;

const DIGITS: ReadonlyArray<readonly [word: number, shift: number, mask: number]> = [
  [LO, 0, 0x7ff],
  [LO, 11, 0x7ff],
  [LO, 22, 0x3ff],
  [HI, 0, 0x7ff],
  [HI, 11, 0x7ff],
  [HI, 22, 0x3ff],
];

/** The 32-bit Uint32Array view over the same bytes as `a` (a's byteOffset is a multiple of 8). */
export function wordsOf(a: Float64Array): Uint32Array {
  return new Uint32Array(a.buffer, a.byteOffset, a.length * 2);
}

/**
 * Sorts `src` (finite values only) ascending into a new Float64Array; `src` is left
 * unchanged. When `srcIsScratch` is true `src` is the caller's private copy and may be
 * overwritten (then it is used as a scratch buffer and can hold the result).
 */
export function sortFinite(src: Float64Array, srcIsScratch = false): Float64Array {
  const n = src.length;
  if (n <= SMALL || !LITTLE_ENDIAN) {
    const out = srcIsScratch ? src : src.slice();
    return out.sort();
  }
  const hist = new Uint32Array(6 * 2048);
  histograms(wordsOf(src), n, hist);
  const passes: number[] = [];
  for (let p = 0; p < 6; p++) {
    const h = hist.subarray(p * 2048, p * 2048 + 2048);
    let used = 0;
    for (let d = 0; d < 2048 && used < 2; d++) if (h[d] !== 0) used++;
    if (used > 1) passes.push(p);
    // prefix sums → start offsets
    let sum = 0;
    for (let d = 0; d < 2048; d++) {
      const c = h[d];
      h[d] = sum;
      sum += c;
    }
  }
  if (passes.length === 0) return srcIsScratch ? src : src.slice();
  let from = src;
  let a: Float64Array | null = srcIsScratch ? src : null;
  let b: Float64Array | null = null;
  for (const p of passes) {
    // Ping-pong between two buffers, never writing into the caller's array.
    let to: Float64Array;
    if (from === a) {
      b ??= new Float64Array(n);
      to = b;
    } else {
      a ??= new Float64Array(n);
      to = a;
    }
    const [word, shift, mask] = DIGITS[p];
    const offsets = hist.subarray(p * 2048, p * 2048 + 2048);
    if (word === HI) scatterHi(from, wordsOf(from), to, n, shift, mask, offsets);
    else scatterLo(from, wordsOf(from), to, n, shift, mask, offsets);
    from = to;
  }
  return from;
}

/** One pass over the high and low words: the six digit histograms of the sort keys. */
function histograms(w: Uint32Array, n: number, hist: Uint32Array): void {
  for (let i = 0; i < n; i++) {
    const hi = w[2 * i + HI];
    const flip = hi >> 31; // −1 for negatives, 0 otherwise
    const lo = (w[2 * i + LO] ^ flip) >>> 0;
    const kh = (hi ^ (flip | 0x80000000)) >>> 0;
    hist[lo & 0x7ff]++;
    hist[2048 + ((lo >>> 11) & 0x7ff)]++;
    hist[4096 + (lo >>> 22)]++;
    hist[6144 + (kh & 0x7ff)]++;
    hist[8192 + ((kh >>> 11) & 0x7ff)]++;
    hist[10240 + (kh >>> 22)]++;
  }
}

/**
 * Stable scatter of `from` into `to` by the key digit (kh >>> shift) & mask of the
 * high word; `offsets` holds each digit's next slot. The high- and low-word passes
 * are separate functions so that each stays monomorphic once optimized.
 */
function scatterHi(
  from: Float64Array,
  w: Uint32Array,
  to: Float64Array,
  n: number,
  shift: number,
  mask: number,
  offsets: Uint32Array,
): void {
  for (let i = 0; i < n; i++) {
    const hi = w[2 * i + HI];
    const kh = (hi ^ ((hi >> 31) | 0x80000000)) >>> 0;
    to[offsets[(kh >>> shift) & mask]++] = from[i];
  }
}

/** As {@link scatterHi} for a digit of the low word (flipped when the value is negative). */
function scatterLo(
  from: Float64Array,
  w: Uint32Array,
  to: Float64Array,
  n: number,
  shift: number,
  mask: number,
  offsets: Uint32Array,
): void {
  for (let i = 0; i < n; i++) {
    const lo = (w[2 * i + LO] ^ (w[2 * i + HI] >> 31)) >>> 0;
    to[offsets[(lo >>> shift) & mask]++] = from[i];
  }
}
