import { normalizedPair } from "./distribution";

/**
 * Hellinger distance between two discrete distributions:
 * H(P, Q) = √(½ Σᵢ (√pᵢ − √qᵢ)²), in [0, 1] (0 = identical, 1 = disjoint support).
 * Inputs are normalised to sum 1 first. Symmetric and finite even with empty bins;
 * NannyML and Evidently offer it for drift. Beyond the book.
 *
 * @param p - first distribution (probabilities or counts, ≥ 0)
 * @param q - second distribution, same length
 * @returns distance in [0, 1]
 * @throws InvalidParameterError as {@link klDivergence} (errors name hellinger)
 * @example
 * ```ts
 * hellinger([0.6, 0.3, 0.1], [0.45, 0.4, 0.15]); // 0.10723856151777887
 * hellinger([1, 0], [0, 1]); // 1
 * ```
 */
export function hellinger(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const [P, Q] = normalizedPair("hellinger", p, q);
  let s = 0;
  for (let i = 0; i < P.length; i++) {
    const d = Math.sqrt(P[i]) - Math.sqrt(Q[i]);
    s += d * d;
  }
  const h = Math.sqrt(s / 2);
  return h > 1 ? 1 : h;
}
