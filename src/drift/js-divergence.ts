import { DivergenceOptions, logBase, normalizedPair, relEntr } from "./distribution";

/**
 * Jensen–Shannon divergence JSD(P‖Q) = ½·KL(P‖M) + ½·KL(Q‖M), M = (P + Q)/2:
 * a symmetric, always finite divergence, bounded by ln 2 (1 in base 2). Inputs are
 * normalised to sum 1 first. This is the *divergence*; SciPy's
 * `scipy.spatial.distance.jensenshannon` returns its square root, the distance
 * ({@link jensenShannonDistance}), so `jsDivergence = jensenshannon(p, q, base)²`.
 * The book's Table 14.16 alert "Jensen-Shannon > 0.1" (seed L36226–L36259) does
 * not say which one; Evidently and NannyML threshold the distance.
 *
 * @param p - first distribution (probabilities or counts, ≥ 0)
 * @param q - second distribution, same length
 * @param options - `base` of the logarithm (default e)
 * @returns divergence in [0, log_base 2]
 * @throws InvalidParameterError as {@link klDivergence}
 * @example
 * ```ts
 * jsDivergence([0.6, 0.3, 0.1], [0.45, 0.4, 0.15]); // 0.011476130570875593
 * jsDivergence([1, 0], [0, 1], { base: 2 });       // 1
 * ```
 */
export function jsDivergence(p: ArrayLike<number>, q: ArrayLike<number>, options: DivergenceOptions = {}): number {
  const fn = "jsDivergence";
  const lnb = logBase(fn, options.base);
  const [P, Q] = normalizedPair(fn, p, q);
  let left = 0;
  let right = 0;
  for (let i = 0; i < P.length; i++) {
    const m = (P[i] + Q[i]) / 2;
    left += relEntr(P[i], m);
    right += relEntr(Q[i], m);
  }
  const js = (left + right) / lnb / 2;
  return js > 0 ? js : 0;
}
