/**
 * Survival function of the limiting Kolmogorov distribution (scipy.special.kolmogorov,
 * scipy.stats.kstwobign.sf): K̄(z) = P(√n·Dₙ ≥ z) as n → ∞.
 *
 * Formula: for z > 0.82, `K̄(z) = 2 Σ_{k≥1} (−1)^(k−1) e^(−2k²z²)` (four terms);
 * otherwise `K(z) = (√(2π)/z) Σ_{k≥1} e^(−(2k−1)²π²/(8z²))` and K̄ = 1 − K.
 * Source: our port of scipy/special/cephes/kolmogorov.c `_kolmogorov`.
 *
 * @param z - scaled statistic √n·D (dimensionless)
 * @returns probability in [0, 1]
 * @example
 * ```ts
 * kolmogorovSf(1.36); // 0.049485876755377876  (≈ the classic 5% critical value)
 * ```
 */
export function kolmogorovSf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z <= 0) return 1;
  if (z <= Math.PI / Math.sqrt(746 * 8)) return 1;
  if (z <= 0.82) {
    const w = Math.sqrt(2 * Math.PI) / z;
    const logu8 = (-Math.PI * Math.PI) / (z * z);
    const u = Math.exp(logu8 / 8);
    let p: number;
    if (u === 0) {
      p = Math.exp(logu8 / 8 + Math.log(w));
    } else {
      const u8 = Math.exp(logu8);
      const u8cub = Math.pow(u8, 3);
      p = 1;
      p = 1 + u8cub * p;
      p = 1 + u8 * u8 * p;
      p = 1 + u8 * p;
      p = w * u * p;
    }
    return clip01(1 - p);
  }
  const v = Math.exp(-2 * z * z);
  const vsq = v * v;
  const v3 = Math.pow(v, 3);
  let p = 1;
  p = 1 - v3 * v3 * v * p;
  p = 1 - v3 * vsq * p;
  p = 1 - v3 * p;
  return clip01(2 * v * p);
}

function clip01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
