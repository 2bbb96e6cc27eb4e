/**
 * Uniform integers on [low, high) by Lemire's multiply-and-reject method ("Fast random
 * integer generation in an interval", ACM TOMACS 29(1), 2019): for a range r ≤ 2^32 and
 * a 32-bit word w, the 64-bit product w·r splits into hi = ⌊w·r / 2^32⌋ ∈ [0, r) and
 * lo = w·r mod 2^32; hi is exactly uniform once the words with lo < (2^32 − r) mod r
 * (fewer than r/2^32 of them) are rejected. NumPy's Generator.integers uses the same
 * method.
 */
import { validatorFor } from "../util/validate";
import { checkIntegerOut, fillIntegers, IntegerArray } from "./integer-array";
import { MAX_TAKE_WORDS, PhiloxSource } from "./philox";
import { SampleReader } from "./sample-reader";

/** Words of randomness each {@link integers} sample uses from the main sequence. */
export const INTEGERS_WORDS = 1;

const TWO_POW_32 = 4294967296;
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** ⌊w·r / 2^32⌋ exactly, for integers w < 2^32 and r ≤ 2^32 (products below 2^53 are exact). */
function mulHigh(w: number, r: number): number {
  const product = w * r;
  if (product < 9007199254740992) return Math.floor(product * TWO_POW_MINUS_32);
  const wl = w & 0xffff;
  const wh = (w - wl) / 65536;
  return Math.floor((wh * r + Math.floor((wl * r) / 65536)) / 65536);
}

/** w·r mod 2^32 for an integer w < 2^32 and a range r < 2^32. */
function mulLow(w: number, r: number): number {
  return Math.imul(w, r) >>> 0;
}

/** @internal Slow path of a draw whose word was rejected: new words from the extension blocks. */
function integerRetry(r: number, reject: number, reader: SampleReader): number {
  for (;;) {
    const w = reader.u32();
    if (mulLow(w, r) >= reject) return mulHigh(w, r);
  }
}

interface IntegersParams {
  low: number;
  range: number;
}

/** @internal low + uniform integer in [0, range), 1 word per sample. */
function integersKernel(source: PhiloxSource, target: Int32Array | Float64Array, start: number, count: number, params: IntegersParams): void {
  const { low, range } = params;
  const buf = source.buffer;
  if (range === TWO_POW_32) {
    for (let done = 0; done < count; ) {
      const m = Math.min(count - done, MAX_TAKE_WORDS);
      let i = source.take(m);
      for (let s = start + done, end = s + m; s < end; s++, i++) target[s] = low + buf[i];
      done += m;
    }
    return;
  }
  const reject = (TWO_POW_32 - range) % range;
  const reader = new SampleReader();
  const small = range <= 2097152; // w·r < 2^53: one exact double product
  for (let done = 0; done < count; ) {
    const m = Math.min(count - done, MAX_TAKE_WORDS);
    const p0 = source.position;
    const i0 = source.take(m);
    for (let k = 0; k < m; k++) {
      const w = buf[i0 + k];
      let v: number;
      if (mulLow(w, range) < reject) v = integerRetry(range, reject, reader.reset(source, buf, i0 + k + 1, i0 + k + 1, p0 + k));
      else v = small ? (w * range * TWO_POW_MINUS_32) | 0 : mulHigh(w, range); // exact product, 0 ≤ · < 2^21
      target[start + done + k] = low + v;
    }
    done += m;
  }
}

/**
 * Fills `out` with integers drawn uniformly from [low, high) by Lemire's method (see
 * the file header): exactly uniform, 1 word per sample; the rare rejected word
 * (probability < (high − low)/2^32) is replaced from the sample's extension blocks.
 *
 * @param source - a {@link PhiloxSource}
 * @param out - integer array able to hold low and high − 1 (returned)
 * @param options - `low` (default 0) and `high`, safe integers with 1 ≤ high − low ≤ 2^32
 * @throws InvalidParameterError for non-integer bounds, a range outside [1, 2^32], or an `out` that cannot hold the values
 * @example
 * ```ts
 * integers(philox(1), new Int32Array(6), { low: 1, high: 7 }); // six dice
 * // Int32Array [ 6, 6, 4, 5, 5, 6 ]
 * ```
 */
export function integers<T extends IntegerArray>(source: PhiloxSource, out: T, options: { low?: number; high: number }): T {
  const check = validatorFor("integers");
  const low = options?.low ?? 0;
  if (!Number.isSafeInteger(low)) check.fail("low", low, "a safe integer");
  const high = options.high;
  if (!Number.isSafeInteger(high) || high <= low || high - low > TWO_POW_32) check.fail("high", high, `a safe integer in (low, low + 2^32] = (${low}, ${low + TWO_POW_32}]`);
  checkIntegerOut("integers", out, high - 1, low);
  const int32 = low >= -2147483648 && high - 1 <= 2147483647;
  return fillIntegers(source, out, integersKernel, { low, range: high - low }, int32);
}
