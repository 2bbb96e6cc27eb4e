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
  return fillBernoulli(source, out, p * 4294967296);
}

/** @internal out[k] = 1 when the k-th word is below `threshold` (= p·2^32), else 0. */
function fillBernoulli(source: PhiloxSource, out: Uint8Array, threshold: number): Uint8Array {
  const buf = source.buffer;
  for (let done = 0; done < out.length; ) {
    const m = Math.min(out.length - done, MAX_TAKE_WORDS);
    let i = source.take(m);
    // +(w < t) is branch-free; a 0/1 branch on random words mispredicts often.
    for (let k = done, end = done + m; k < end; k++, i++) out[k] = +(buf[i] < threshold);
    done += m;
  }
  return out;
}
