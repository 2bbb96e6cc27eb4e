import { DivergenceOptions, logBase, normalizedPair, relEntr } from "./distribution";

/**
 * Kullback–Leibler divergence D_KL(P‖Q) = Σᵢ pᵢ·log(pᵢ/qᵢ), equal to
 * `scipy.stats.entropy(p, q, base)`: both inputs are first divided by their sums,
 * so counts work as well as probabilities.
 *
 * The book defines it at Eq. 14.13 (seed L36276) and works the sentiment example
 * P = [0.60, 0.30, 0.10], Q = [0.45, 0.40, 0.15] (L41485–L41500): 0.0458 nats
 * (book 0.046), reverse 0.0464; threshold "domain-specific" (L6145). It is
 * asymmetric; {@link psiFromProportions} is its symmetrised form.
 *
 * Zero bins: terms with pᵢ = 0 contribute 0; pᵢ > 0 with qᵢ = 0 makes the result
 * Infinity (as SciPy), never NaN. Floor or smooth the bins first if that is not wanted.
 *
 * @param p - the reference distribution P (probabilities or counts, ≥ 0)
 * @param q - the comparison distribution Q, same length
 * @param options - `base` of the logarithm (default e → nats; 2 → bits)
 * @returns divergence ≥ 0 (may be Infinity), in nats/bits per `base`
 * @throws InvalidParameterError for empty or different-length inputs, a negative or
 *   non-finite entry (named with its index), an all-zero input, or an invalid base
 * @example
 * ```ts
 * klDivergence([0.6, 0.3, 0.1], [0.45, 0.4, 0.15]); // 0.045758110924717946
 * klDivergence([0.9, 0.1], [0.5, 0.5], { base: 2 }); // 0.5310044064107188 (bits)
 * ```
 */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>, options: DivergenceOptions = {}): number {
  const fn = "klDivergence";
  const lnb = logBase(fn, options.base);
  const [P, Q] = normalizedPair(fn, p, q);
  let s = 0;
  for (let i = 0; i < P.length; i++) s += relEntr(P[i], Q[i]);
  return s / lnb;
}
