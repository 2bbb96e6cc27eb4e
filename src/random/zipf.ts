/**
 * Bounded Zipf variates on {1, …, n} with P(k) ∝ k^(−s), by one of two methods:
 *
 * - `"alias"` (the default for n ≤ 2^22): a Walker alias table of the n
 *   probabilities, built once per (n, s) and cached; each draw is O(1), one 53-bit
 *   double (2 words) exactly as in {@link categorical}.
 * - `"rejection-inversion"` (the default above 2^22, any n < 2^31): Hörmann and
 *   Derflinger, "Rejection-inversion to generate variates from monotone discrete
 *   distributions", ACM TOMACS 6(3), 1996. The hat is the integral H of h(x) = x^(−s);
 *   a uniform point u on [H(n + ½), H(1.5) − 1] is inverted to x = H⁻¹(u), rounded to
 *   k, and accepted when k − x ≤ σ or u ≥ H(k + ½) − h(k). No table, O(1) memory; the
 *   first attempt uses the 2 main words; retries (rare: under 2 % of draws for s ≤ 2.5) read the
 *   sample's extension blocks.
 *
 * Both use 2 words per sample, but they map the same words to different ranks: the
 * method is part of what a seed reproduces, so record it with the data.
 */
import { validatorFor } from "../util/validate";
import { aliasTable } from "./alias-table";
import { checkIntegerOut, fillIntegers, IntegerArray } from "./integer-array";
import { MAX_TAKE_WORDS, PhiloxSource, TWO_POW_MINUS_53 } from "./philox";
import { SampleReader } from "./sample-reader";

/** Words each Zipf sample uses from the main sequence, with either method. */
export const ZIPF_WORDS = 2;

/** Largest n for which the alias method is the default (and allowed): 2^22. */
export const ZIPF_ALIAS_MAX_N = 4194304;

/** The Zipf sampling methods; see the file header of ./zipf.ts. */
export type ZipfMethod = "alias" | "rejection-inversion";

/** log1p(t)/t, continuous at 0. */
function log1pOverT(t: number): number {
  return Math.abs(t) > 1e-8 ? Math.log1p(t) / t : 1 - t / 2 + (t * t) / 3;
}
/** expm1(t)/t, continuous at 0. */
function expm1OverT(t: number): number {
  return Math.abs(t) > 1e-8 ? Math.expm1(t) / t : 1 + t / 2 + (t * t) / 6;
}

/**
 * Returns the probabilities of the bounded Zipf law, pₖ = k^(−s) / Σⱼ j^(−s) for
 * k = 1 … n (index k − 1 of the result).
 *
 * @param n - number of items, integer ≥ 1
 * @param s - exponent, finite ≥ 0
 * @throws InvalidParameterError for a bad n or s
 * @example
 * ```ts
 * zipfProbabilities(3, 1); // Float64Array [ 0.5454545454545455, 0.27272727272727276, 0.18181818181818182 ]
 * ```
 */
export function zipfProbabilities(n: number, s: number): Float64Array {
  const check = validatorFor("zipfProbabilities");
  check.integer("n", n, 1);
  check.nonNegative("s", s);
  const out = new Float64Array(n);
  let total = 0;
  for (let k = n; k >= 1; k--) total += out[k - 1] = Math.pow(k, -s);
  for (let k = 0; k < n; k++) out[k] /= total;
  return out;
}

/**
 * An alias table packed for sampling: entry 2i is column i's threshold and 2i + 1 its
 * alias (16 bytes per column, both on one cache line; the probabilities are not kept).
 */
interface PackedAlias {
  size: number;
  packed: Float64Array;
  offset: number;
}

// Packed alias tables by (n, s), most recently used last; at most 2^23 columns in all (128 MiB).
const CACHE_MAX_COLUMNS = 8388608;
const tableCache = new Map<string, PackedAlias>();

function zipfTable(n: number, s: number): PackedAlias {
  const key = `${n}:${s}`;
  let table = tableCache.get(key);
  if (table) {
    tableCache.delete(key);
  } else {
    const { threshold, alias } = aliasTable(zipfProbabilities(n, s), "zipf");
    const packed = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      packed[2 * i] = threshold[i];
      packed[2 * i + 1] = alias[i];
    }
    table = { size: n, packed, offset: 1 };
    let total = n;
    for (const t of tableCache.values()) total += t.size;
    for (const [k, t] of tableCache) {
      if (total <= CACHE_MAX_COLUMNS) break;
      tableCache.delete(k);
      total -= t.size;
    }
  }
  tableCache.set(key, table);
  return table;
}

/**
 * @internal Alias draws from a packed table, exactly as {@link categorical} (one
 * 53-bit double U per sample: t = U·K, column ⌊t⌋, kept when the fraction is below
 * its threshold), plus `offset` (1: ranks start at 1).
 */
function packedAliasKernel(source: PhiloxSource, target: Int32Array | Float64Array, start: number, count: number, params: PackedAlias): void {
  const k = params.size;
  const packed = params.packed;
  const offset = params.offset;
  const buf = source.buffer;
  for (let done = 0; done < count; ) {
    const m = Math.min(count - done, MAX_TAKE_WORDS >> 1);
    let i = source.take(2 * m);
    for (let s = start + done, end = s + m; s < end; s++, i += 2) {
      const t = (buf[i + 1] * 2097152 + (buf[i] >>> 11)) * TWO_POW_MINUS_53 * k;
      const col = t | 0;
      const a = packed[2 * col + 1];
      const keep = +(t - col < packed[2 * col]);
      target[s] = a + keep * (col - a) + offset;
    }
    done += m;
  }
}

/** @internal Constants of the rejection-inversion sampler for one (n, s). */
interface RejectionInversion {
  n: number;
  oneMinusS: number;
  s: number;
  hN: number;
  span: number;
  sigma: number;
}

function hIntegral(x: number, oneMinusS: number): number {
  const lx = Math.log(x);
  return expm1OverT(oneMinusS * lx) * lx;
}

function hIntegralInverse(y: number, oneMinusS: number): number {
  let t = y * oneMinusS;
  if (t < -1) t = -1; // guard against rounding at the lower end
  return Math.exp(log1pOverT(t) * y);
}

function rejectionInversion(n: number, s: number): RejectionInversion {
  const oneMinusS = 1 - s;
  const hX1 = hIntegral(1.5, oneMinusS) - 1;
  const hN = hIntegral(n + 0.5, oneMinusS);
  const sigma = 2 - hIntegralInverse(hIntegral(2.5, oneMinusS) - Math.exp(-s * Math.log(2)), oneMinusS);
  return { n, oneMinusS, s, hN, span: hX1 - hN, sigma };
}

/** One attempt from the uniform `uni`: the rank, or 0 when rejected. */
function attempt(c: RejectionInversion, uni: number): number {
  const u = c.hN + uni * c.span;
  const x = hIntegralInverse(u, c.oneMinusS);
  let k = Math.floor(x + 0.5);
  if (k < 1) k = 1;
  else if (k > c.n) k = c.n;
  if (k - x <= c.sigma || u >= hIntegral(k + 0.5, c.oneMinusS) - Math.exp(-c.s * Math.log(k))) return k;
  return 0;
}

/** @internal Rejection-inversion draws, 2 words per sample, retries from the extension blocks. */
function rejectionInversionKernel(source: PhiloxSource, target: Int32Array | Float64Array, start: number, count: number, c: RejectionInversion): void {
  const buf = source.buffer;
  const reader = new SampleReader();
  for (let done = 0; done < count; ) {
    const m = Math.min(count - done, MAX_TAKE_WORDS >> 1);
    const p0 = source.position;
    const i0 = source.take(2 * m);
    for (let j = 0; j < m; j++) {
      const i = i0 + 2 * j;
      let value = attempt(c, (buf[i + 1] * 2097152 + (buf[i] >>> 11)) * TWO_POW_MINUS_53);
      if (value === 0) {
        reader.reset(source, buf, i + 2, i + 2, p0 + 2 * j);
        do value = attempt(c, reader.float64());
        while (value === 0);
      }
      target[start + done + j] = value;
    }
    done += m;
  }
}

/** Options of {@link zipf}. */
export interface ZipfOptions {
  /** Number of items, integer in [1, 2^31). */
  n: number;
  /** Exponent, finite ≥ 0 (0 is uniform). */
  s: number;
  /** `"alias"` (default for n ≤ 2^22, allowed only there) or `"rejection-inversion"` (default above). */
  method?: ZipfMethod;
}

/**
 * Fills `out` with bounded Zipf ranks in {1, …, n}, P(k) ∝ k^(−s). By default an
 * alias table (cached per (n, s); 16·n bytes) for n ≤ 2^22 and rejection-inversion
 * above; see the file header. Uses 2 words per sample with either method, but the
 * method changes which ranks a seed produces.
 *
 * @param source - a {@link PhiloxSource}
 * @param out - integer array able to hold n (returned)
 * @param options - {@link ZipfOptions}
 * @throws InvalidParameterError for a bad n, s or method, `"alias"` with n > 2^22, or an `out` too small for n
 * @example
 * ```ts
 * zipf(philox(1), new Int32Array(8), { n: 1000, s: 1.1 });
 * // Int32Array [ 25, 7, 21, 657, 3, 32, 36, 53 ]
 * zipf(philox(1), new Int32Array(8), { n: 1000, s: 1.1, method: "rejection-inversion" });
 * // Int32Array [ 1, 3, 1, 4, 8, 1, 671, 558 ]
 * ```
 */
export function zipf<T extends IntegerArray>(source: PhiloxSource, out: T, options: ZipfOptions): T {
  const check = validatorFor("zipf");
  const n = check.integer("n", options?.n, 1);
  if (n >= 2147483648) check.fail("n", n, "an integer in [1, 2^31)");
  const s = check.nonNegative("s", options.s);
  const method = options.method ?? (n <= ZIPF_ALIAS_MAX_N ? "alias" : "rejection-inversion");
  check.oneOf("method", method, ["alias", "rejection-inversion"] as const);
  if (method === "alias" && n > ZIPF_ALIAS_MAX_N) check.fail("n", n, `an integer in [1, 2^22] for method "alias"`);
  checkIntegerOut("zipf", out, n);
  if (method === "alias") return fillIntegers(source, out, packedAliasKernel, zipfTable(n, s));
  return fillIntegers(source, out, rejectionInversionKernel, rejectionInversion(n, s));
}
