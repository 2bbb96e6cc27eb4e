import { validatorFor } from "../util/validate";
import { checkIntegerOut, IntegerArray } from "./integer-array";
import { logGamma } from "./log-gamma";
import { PhiloxSource } from "./philox";
import { fillPerSample, SampleReader } from "./sample-reader";

/** Words each binomial sample reserves (two uniforms: one BTRS attempt). */
export const BINOMIAL_WORDS = 4;

/**
 * @internal One Binomial(n, p) variate for p ≤ ½: inversion by sequential search
 * when n·p < 10, otherwise BTRS (Hörmann, "The generation of binomial random
 * variates", J. Stat. Comput. Simul. 46, 1993), two uniforms per attempt.
 */
function binomialLowP(reader: SampleReader, n: number, p: number): number {
  const q = 1 - p;
  if (n * p < 10) {
    const u = reader.float64();
    const ratio = p / q;
    let x = 0;
    let prob = Math.pow(q, n);
    let cdf = prob;
    while (u > cdf && x < n) {
      x += 1;
      prob *= ((n - x + 1) / x) * ratio;
      cdf += prob;
      if (prob === 0) break;
    }
    return x;
  }
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const lpq = Math.log(p / q);
  const m = Math.floor((n + 1) * p);
  const h = logGamma(m + 1) + logGamma(n - m + 1);
  for (;;) {
    const u = reader.float64() - 0.5;
    const v = reader.openFloat64();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    const lhs = Math.log((v * alpha) / (a / (us * us) + b));
    if (lhs <= h - logGamma(k + 1) - logGamma(n - k + 1) + (k - m) * lpq) return k;
  }
}

/** @internal One Binomial(n, p) variate; uses the symmetry X = n − Binomial(n, 1 − p) for p > ½. */
export function binomialFrom(reader: SampleReader, n: number, p: number): number {
  if (p === 0 || n === 0) return 0;
  if (p === 1) return n;
  return p <= 0.5 ? binomialLowP(reader, n, p) : n - binomialLowP(reader, n, 1 - p);
}

/**
 * Fills `out` with Binomial(n, p) counts (mean np, variance np(1 − p)): inversion
 * when n·min(p, 1−p) < 10, BTRS transformed rejection otherwise; 4 words reserved per
 * sample, retries in the sample's extension blocks.
 *
 * @param source - a {@link PhiloxSource}
 * @param out - integer array able to hold n (returned)
 * @param options - `n` integer in [0, 2^31), `p` in [0, 1]
 * @throws InvalidParameterError for a bad n or p, or an `out` too small for n
 * @example
 * ```ts
 * binomial(philox(1), new Int32Array(5), { n: 20, p: 0.25 }); // Int32Array [ 7, 7, 5, 2, 6 ]
 * ```
 */
export function binomial<T extends IntegerArray>(source: PhiloxSource, out: T, options: { n: number; p: number }): T {
  const check = validatorFor("binomial");
  const n = check.integer("n", options?.n, 0);
  if (n >= 2147483648) check.fail("n", n, "an integer in [0, 2^31)");
  const p = check.probability("p", options.p);
  checkIntegerOut("binomial", out, n);
  return fillPerSample(source, out, BINOMIAL_WORDS, (r) => binomialFrom(r, n, p));
}
