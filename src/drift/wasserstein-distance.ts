import { cdfDistanceSum } from "./cdf-distance";
import { NanPolicy, Sample } from "./sample";

/** Options of {@link wassersteinDistance} and {@link energyDistance}. */
export interface CdfDistanceOptions {
  /** Non-negative weights for `u` (same length, positive finite sum); default equal weights. */
  readonly uWeights?: Sample;
  /** Non-negative weights for `v`. */
  readonly vWeights?: Sample;
  /** "raise" (default) or "omit" NaN/±Infinity values (only without weights). */
  readonly nan?: NanPolicy;
}

/**
 * First Wasserstein (earth mover's) distance between two one-dimensional empirical
 * distributions, equal to `scipy.stats.wasserstein_distance(u, v, u_weights,
 * v_weights)`.
 *
 * Formula: `W₁ = ∫ |U(x) − V(x)| dx`, with U and V the (weighted) empirical CDFs of
 * `u` and `v`: the least total "mass × distance" needed to move one histogram onto
 * the other. It is in the units of the data (a shift of every value by c gives
 * W₁ = c). The book names Wasserstein as a valid divergence D for its Degradation
 * Equation (seed L355, L1258) without a threshold; Evidently divides it by the
 * reference standard deviation and flags ≥ 0.1.
 *
 * Cost: O(n + m) time and memory without weights (radix sorts into new arrays, one
 * merge pass; 1e6 vs 1e6 values take about 0.1 s); O((n + m) log(n + m)) with weights.
 * Matches SciPy 1.10 to 1e-12 relative (test/drift/fixtures/distance.json).
 *
 * @param u - first sample (values, any array-like or iterable)
 * @param v - second sample
 * @param options - weights and nan policy
 * @returns the distance (≥ 0, same unit as the values)
 * @throws InvalidParameterError for empty samples, NaN/±Infinity (unless omitted),
 *   weights of the wrong length, negative weights, or a weight sum that is not > 0
 * @example
 * ```ts
 * wassersteinDistance([0, 1, 3], [5, 6, 8]); // 5
 * wassersteinDistance([0, 1], [0, 1], { uWeights: [3, 1], vWeights: [2, 2] }); // 0.25
 * ```
 */
export function wassersteinDistance(u: Sample, v: Sample, options: CdfDistanceOptions = {}): number {
  return cdfDistanceSum("wassersteinDistance", 1, u, v, options.uWeights, options.vWeights, options.nan ?? "raise");
}
