import { validatorFor } from "../util/validate";
import { fillNormal } from "./normal";
import { PhiloxSource } from "./philox";

/**
 * Fills `out` with log-normal draws x = exp(meanLog + sdLog · Z), Z standard normal
 * (ziggurat, 2 words per sample). meanLog and sdLog are the mean and standard
 * deviation of ln x, as in NumPy's `lognormal(mean, sigma)`; the mean of x is
 * exp(meanLog + sdLog²/2) and its median exp(meanLog). The exponential is computed with
 * + and × only (a table-driven method within 1 ulp of `Math.exp`), so the bits do not
 * depend on the JavaScript engine.
 *
 * @param source - a {@link PhiloxSource}
 * @param out - array to fill (returned)
 * @param options - `meanLog` (default 0, finite), `sdLog` (default 1, > 0)
 * @throws InvalidParameterError for a non-finite meanLog or sdLog ≤ 0
 * @example
 * ```ts
 * lognormal(philox(1), new Float64Array(2), { meanLog: Math.log(50), sdLog: 0.5 });
 * // Float64Array [ 55.949448492665, 100.58878691087185 ]
 * ```
 */
export function lognormal(source: PhiloxSource, out: Float64Array, options: { meanLog?: number; sdLog?: number } = {}): Float64Array {
  const check = validatorFor("lognormal");
  const meanLog = check.finite("meanLog", options.meanLog ?? 0);
  const sdLog = check.positive("sdLog", options.sdLog ?? 1);
  return fillNormal(source, out, meanLog, sdLog, true);
}
