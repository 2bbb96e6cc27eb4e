import { jsDivergence } from "./js-divergence";
import { DivergenceOptions } from "./distribution";
import { InvalidParameterError } from "../util/errors";

/**
 * Jensen–Shannon distance √JSD(P‖Q), equal to
 * `scipy.spatial.distance.jensenshannon(p, q, base)` (inputs normalised to sum 1).
 * A metric in [0, 1] with base 2. Evidently's categorical/large-sample default
 * (base 2, drift if ≥ 0.1) and NannyML's default method.
 *
 * @param p - first distribution (probabilities or counts, ≥ 0)
 * @param q - second distribution, same length
 * @param options - `base` of the logarithm (default e)
 * @returns distance in [0, √(log_base 2)]
 * @throws InvalidParameterError as {@link klDivergence} (errors name
 *   jensenShannonDistance)
 * @example
 * ```ts
 * jensenShannonDistance([0.6, 0.3, 0.1], [0.45, 0.4, 0.15], { base: 2 }); // 0.12867228397443034
 * ```
 */
export function jensenShannonDistance(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  options: DivergenceOptions = {},
): number {
  try {
    return Math.sqrt(jsDivergence(p, q, options));
  } catch (e) {
    if (e instanceof InvalidParameterError) {
      throw new InvalidParameterError("jensenShannonDistance", e.parameter, e.value, e.expected);
    }
    throw e;
  }
}
