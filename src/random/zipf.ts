/**
 * Bounded Zipf variates on {1, …, n} with P(k) ∝ k^(−s), by rejection-inversion
 * (Hörmann and Derflinger, "Rejection-inversion to generate variates from monotone
 * discrete distributions", ACM TOMACS 6(3), 1996). The hat is the integral H of
 * h(x) = x^(−s); a uniform point u on [H(n + ½), H(1.5) − 1] is inverted to x = H⁻¹(u),
 * rounded to k, and accepted when k − x ≤ σ or u ≥ H(k + ½) − h(k). Acceptance is
 * above ~90 % for all s, so the 4-word budget (two attempts) almost always suffices.
 */
import { validatorFor } from "../util/validate";
import { checkIntegerOut, IntegerArray } from "./integer-array";
import { MAX_TAKE_WORDS, PhiloxSource, TWO_POW_MINUS_53 } from "./philox";
import { SampleReader } from "./sample-reader";

/** Words each Zipf sample reserves (two rejection-inversion attempts). */
export const ZIPF_WORDS = 4;

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
 * Fills `out` with bounded Zipf ranks in {1, …, n}, P(k) ∝ k^(−s), by
 * rejection-inversion (see the file header). Reserves 4 words per sample; the rare
 * third attempt reads the sample's extension blocks.
 *
 * @param source - a {@link PhiloxSource}
 * @param out - integer array able to hold n (returned)
 * @param options - `n` items (integer ≥ 1, < 2^31), `s` exponent (finite ≥ 0; 0 is uniform)
 * @throws InvalidParameterError for a bad n or s, or an `out` too small for n
 * @example
 * ```ts
 * zipf(philox(1), new Int32Array(8), { n: 1000, s: 1.1 });
 * // Int32Array [ 1, 1, 8, 671, 4, 58, 281, 15 ]
 * ```
 */
export function zipf<T extends IntegerArray>(source: PhiloxSource, out: T, options: { n: number; s: number }): T {
  const check = validatorFor("zipf");
  const n = check.integer("n", options?.n, 1);
  if (n >= 2147483648) check.fail("n", n, "an integer in [1, 2^31)");
  const s = check.nonNegative("s", options.s);
  checkIntegerOut("zipf", out, n);
  const oneMinusS = 1 - s;
  const h = (x: number) => Math.exp(-s * Math.log(x));
  const hIntegral = (x: number) => {
    const lx = Math.log(x);
    return expm1OverT(oneMinusS * lx) * lx;
  };
  const hIntegralInverse = (y: number) => {
    let t = y * oneMinusS;
    if (t < -1) t = -1; // guard against rounding at the lower end
    return Math.exp(log1pOverT(t) * y);
  };
  const hX1 = hIntegral(1.5) - 1;
  const hN = hIntegral(n + 0.5);
  const sigma = 2 - hIntegralInverse(hIntegral(2.5) - h(2));
  const span = hX1 - hN;
  const buf = source.buffer;
  const reader = new SampleReader();
  for (let done = 0; done < out.length; ) {
    const m = Math.min(out.length - done, MAX_TAKE_WORDS >> 2);
    const p0 = source.position;
    const i0 = source.take(ZIPF_WORDS * m);
    for (let j = 0; j < m; j++) {
      const i = i0 + ZIPF_WORDS * j;
      let value = 0;
      for (let attempt = 0; ; attempt++) {
        let uni: number;
        if (attempt === 0) uni = (buf[i + 1] * 2097152 + (buf[i] >>> 11)) * TWO_POW_MINUS_53;
        else if (attempt === 1) uni = (buf[i + 3] * 2097152 + (buf[i + 2] >>> 11)) * TWO_POW_MINUS_53;
        else {
          if (attempt === 2) reader.reset(source, buf, i + 4, i + 4, p0 + ZIPF_WORDS * j);
          uni = reader.float64();
        }
        const u = hN + uni * span;
        const x = hIntegralInverse(u);
        let k = Math.floor(x + 0.5);
        if (k < 1) k = 1;
        else if (k > n) k = n;
        if (k - x <= sigma || u >= hIntegral(k + 0.5) - h(k)) {
          value = k;
          break;
        }
      }
      out[done + j] = value;
    }
    done += m;
  }
  return out;
}
