import { validatorFor } from "../util/validate";
import { checkIntegerOut, IntegerArray } from "./integer-array";
import { logGamma } from "./log-gamma";
import { PhiloxSource } from "./philox";
import { fillPerSample, SampleReader } from "./sample-reader";

/** Words each Poisson sample reserves (two uniforms: one PTRS attempt). */
export const POISSON_WORDS = 4;
const SMALL_LAMBDA = 10;

/**
 * @internal One Poisson(λ) variate. λ < 10: inversion by sequential search with one
 * uniform. λ ≥ 10: PTRS, Hörmann's transformed rejection with squeeze ("The
 * transformed rejection method for generating Poisson random variables", Insurance:
 * Mathematics and Economics 12, 1993), two uniforms per attempt.
 */
export function poissonFrom(reader: SampleReader, lambda: number): number {
  if (lambda === 0) return 0;
  if (lambda < SMALL_LAMBDA) {
    const u = reader.float64();
    let k = 0;
    let p = Math.exp(-lambda);
    let cdf = p;
    while (u > cdf && k < 200) {
      k += 1;
      p *= lambda / k;
      cdf += p;
    }
    return k;
  }
  const sqrtLam = Math.sqrt(lambda);
  const logLam = Math.log(lambda);
  const b = 0.931 + 2.53 * sqrtLam;
  const a = -0.059 + 0.02483 * b;
  const logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = reader.float64() - 0.5;
    const v = reader.openFloat64();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b) <= -lambda + k * logLam - logGamma(k + 1)) return k;
  }
}

/**
 * Fills `out` with Poisson(λ) counts (mean = variance = λ). Inversion for λ < 10,
 * PTRS transformed rejection for λ ≥ 10; 4 words reserved per sample, retries in the
 * sample's extension blocks.
 *
 * @param source - a {@link PhiloxSource}
 * @param out - integer array to fill (returned); Float64Array for huge λ
 * @param options - `lambda` λ ≥ 0, at most 1e15
 * @throws InvalidParameterError if lambda is negative, NaN, infinite or > 1e15, or `out` is not an integer array
 * @example
 * ```ts
 * poisson(philox(1), new Int32Array(5), { lambda: 3 }); // Int32Array [ 5, 5, 3, 0, 4 ]
 * ```
 */
export function poisson<T extends IntegerArray>(source: PhiloxSource, out: T, options: { lambda: number }): T {
  const check = validatorFor("poisson");
  const lambda = check.nonNegative("lambda", options?.lambda);
  if (lambda > 1e15) check.fail("lambda", lambda, "a finite number in [0, 1e15]");
  checkIntegerOut("poisson", out, 0);
  return fillPerSample(source, out, POISSON_WORDS, (r) => poissonFrom(r, lambda));
}
