import { validatorFor } from "../util/validate";
import { MAX_TAKE_WORDS, PhiloxSource, TWO_POW_MINUS_53 } from "./philox";

/** Words of randomness each {@link uniform} sample uses (one 53-bit double). */
export const UNIFORM_WORDS = 2;

/**
 * Fills `out` with draws from the continuous uniform distribution on [low, high):
 * x = low + (high − low) · U with U a 53-bit double in [0, 1). Uses 2 words per
 * sample, so rows [a, b) are reproduced by `source.at(p + 2a)`.
 *
 * @param source - a {@link PhiloxSource}
 * @param out - array to fill (returned)
 * @param options - `low` (default 0) and `high` (default 1), finite, low < high
 * @throws InvalidParameterError for non-finite bounds or high ≤ low
 * @example
 * ```ts
 * uniform(philox(1), new Float64Array(2), { low: 10, high: 20 });
 * // Float64Array [ 18.946847163350924, 17.112680765766942 ]
 * ```
 */
export function uniform(source: PhiloxSource, out: Float64Array, options: { low?: number; high?: number } = {}): Float64Array {
  const check = validatorFor("uniform");
  const low = check.finite("low", options.low ?? 0);
  const high = check.finite("high", options.high ?? 1);
  if (!(high > low)) check.fail("high", high, `a finite number > low (${low})`);
  return fillUniformKernel(source, out, low, high - low);
}

/** @internal out[k] = low + width · U, 2 words per sample; kept apart from validation so it stays optimised. */
function fillUniformKernel(source: PhiloxSource, out: Float64Array, low: number, width: number): Float64Array {
  const buf = source.buffer;
  for (let done = 0; done < out.length; ) {
    const m = Math.min(out.length - done, MAX_TAKE_WORDS >> 1);
    let i = source.take(2 * m);
    for (let k = done, end = done + m; k < end; k++, i += 2) {
      out[k] = low + width * ((buf[i + 1] * 2097152 + (buf[i] >>> 11)) * TWO_POW_MINUS_53);
    }
    done += m;
  }
  return out;
}
