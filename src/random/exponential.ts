import { validatorFor } from "../util/validate";
import { MAX_TAKE_WORDS, PhiloxSource, TWO_POW_MINUS_53 } from "./philox";

/**
 * Fills `out` with exponential draws of rate λ (mean 1/λ) by inversion:
 * x = −ln(V)/λ with V = 1 − U in (0, 1] built from 53 bits, so ln never sees 0.
 * Uses 2 words per sample. Time units are whatever `rate` is per (e.g. 1/s → s).
 *
 * @param source - a {@link PhiloxSource}
 * @param out - array to fill (returned)
 * @param options - `rate` λ > 0 (default 1)
 * @throws InvalidParameterError if rate is not a finite number > 0
 * @example
 * ```ts
 * exponential(philox(1), new Float64Array(2), { rate: 2 });
 * // Float64Array [ 0.05564194751051009, 0.17035293932124584 ]
 * ```
 */
export function exponential(source: PhiloxSource, out: Float64Array, options: { rate?: number } = {}): Float64Array {
  const rate = validatorFor("exponential").positive("rate", options.rate ?? 1);
  const scale = -1 / rate;
  const buf = source.buffer;
  for (let done = 0; done < out.length; ) {
    const m = Math.min(out.length - done, MAX_TAKE_WORDS >> 1);
    let i = source.take(2 * m);
    for (let k = done, end = done + m; k < end; k++, i += 2) {
      out[k] = scale * Math.log((buf[i + 1] * 2097152 + (buf[i] >>> 11) + 1) * TWO_POW_MINUS_53);
    }
    done += m;
  }
  return out;
}
