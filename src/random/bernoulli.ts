import { validatorFor } from "../util/validate";
import { MAX_TAKE_WORDS, PhiloxSource } from "./philox";

/**
 * Fills `out` with Bernoulli(p) draws as 0/1 bytes: 1 when a 32-bit word w satisfies
 * w < p · 2^32. One word per sample; p is resolved to a multiple of 2^-32, exact at
 * 0 and 1.
 *
 * @param source - a {@link PhiloxSource}
 * @param out - Uint8Array to fill (returned)
 * @param options - `p` in [0, 1]
 * @throws InvalidParameterError if p is outside [0, 1] or NaN
 * @example
 * ```ts
 * bernoulli(philox(2), new Uint8Array(8), { p: 0.5 }); // Uint8Array [ 1, 1, 0, 1, 1, 1, 0, 1 ]
 * ```
 */
export function bernoulli(source: PhiloxSource, out: Uint8Array, options: { p: number }): Uint8Array {
  const p = validatorFor("bernoulli").probability("p", options?.p);
  const threshold = p * 4294967296;
  const buf = source.buffer;
  for (let done = 0; done < out.length; ) {
    const m = Math.min(out.length - done, MAX_TAKE_WORDS);
    let i = source.take(m);
    for (let k = done, end = done + m; k < end; k++, i++) out[k] = buf[i] < threshold ? 1 : 0;
    done += m;
  }
  return out;
}
