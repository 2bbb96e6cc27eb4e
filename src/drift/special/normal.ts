import { regularizedGammaQ } from "./gamma";

/**
 * Standard normal cumulative distribution function Φ(z) (scipy.special.ndtr).
 *
 * Formula: Φ(z) = ½·erfc(−z/√2) and erfc(t) = Q(½, t²) for t ≥ 0, so the lower
 * tail keeps full relative accuracy (Φ(−30) ≈ 4.9e-198).
 *
 * @param z - standard score (dimensionless)
 * @returns probability in [0, 1]
 * @example
 * ```ts
 * normalCdf(1.959963984540054); // 0.9749999999999999
 * ```
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  const tail = 0.5 * regularizedGammaQ(0.5, (z * z) / 2);
  return z < 0 ? tail : 1 - tail;
}
