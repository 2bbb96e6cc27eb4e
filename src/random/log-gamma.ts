/**
 * ln Γ(x) for x > 0 (internal; used by the Poisson and binomial rejection tests).
 * For x ≥ 7 Stirling's series with ten Bernoulli-number terms,
 *   ln Γ(x) ≈ (x − ½) ln x − x + ½ ln 2π + Σₖ B₂ₖ / (2k(2k−1) x^(2k−1)),
 * accurate to ~1e-15 there; smaller x are shifted up with ln Γ(x) = ln Γ(x+1) − ln x.
 */
const B2K = [1 / 6, -1 / 30, 1 / 42, -1 / 30, 5 / 66, -691 / 2730, 7 / 6, -3617 / 510, 43867 / 798, -174611 / 330];
const COEFFS = B2K.map((b, i) => b / ((2 * (i + 1)) * (2 * (i + 1) - 1)));
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** @internal ln Γ(x), x > 0. */
export function logGamma(x: number): number {
  if (x === 1 || x === 2) return 0;
  let shift = 0;
  let y = x;
  while (y < 7) {
    shift += Math.log(y);
    y += 1;
  }
  const inv2 = 1 / (y * y);
  let series = 0;
  for (let k = COEFFS.length - 1; k >= 0; k--) series = series * inv2 + COEFFS[k];
  return series / y + HALF_LOG_TWO_PI + (y - 0.5) * Math.log(y) - y - shift;
}
