/** Test helpers for the random module: KS statistic, moments, CDFs, hashing. */

/** One-sample Kolmogorov–Smirnov statistic D = sup |F_n(x) − F(x)|. */
export function ksStatistic(sample: ArrayLike<number>, cdf: (x: number) => number): number {
  const xs = Float64Array.from(sample).sort();
  const n = xs.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(xs[i]);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

/** The 5 % critical value of D for large n: 1.36 / √n. */
export const ksCritical = (n: number) => 1.36 / Math.sqrt(n);

export function meanAndVariance(xs: ArrayLike<number>): { mean: number; variance: number } {
  let mean = 0;
  for (let i = 0; i < xs.length; i++) mean += xs[i];
  mean /= xs.length;
  let v = 0;
  for (let i = 0; i < xs.length; i++) v += (xs[i] - mean) ** 2;
  return { mean, variance: v / (xs.length - 1) };
}

/** erf by Abramowitz–Stegun 7.1.26 is too coarse; use a series / continued fraction via erfc. */
export function normalCdf(x: number): number {
  // Φ(x) = ½ erfc(−x/√2), erfc from W. J. Cody-style rational approximations is long; use
  // the regularised incomplete gamma: erf(z) = P(½, z²).
  const z = x / Math.SQRT2;
  const p = regularizedGammaP(0.5, z * z);
  return z >= 0 ? 0.5 + 0.5 * p : 0.5 - 0.5 * p;
}

function logGammaRef(x: number): number {
  // Lanczos (g = 7, n = 9) — independent of the library's Stirling implementation.
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGammaRef(1 - x);
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
export { logGammaRef };

/** P(a, x) = γ(a, x)/Γ(a): series for x < a + 1, continued fraction otherwise (Numerical Recipes §6.2). */
export function regularizedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const lg = logGammaRef(a);
  if (x < a + 1) {
    let sum = 1 / a, term = sum, ap = a;
    for (let n = 0; n < 1000; n++) {
      ap += 1;
      term *= x / ap;
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - lg);
  }
  let b = x + 1 - a, c = 1e300, d = 1 / b, h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b; if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c; if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return 1 - Math.exp(-x + a * Math.log(x) - lg) * h;
}

/** FNV-1a 32 over the bytes of a typed array: a compact golden value. */
export function hashBytes(a: ArrayBufferView): string {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** Counts of each integer value in [lo, hi]. */
export function counts(xs: ArrayLike<number>, lo: number, hi: number): Float64Array {
  const c = new Float64Array(hi - lo + 1);
  for (let i = 0; i < xs.length; i++) if (xs[i] >= lo && xs[i] <= hi) c[xs[i] - lo] += 1;
  return c;
}

/**
 * Asserts each frequency with an expected count ≥ 100 lies within `z` binomial
 * standard errors of n·p; returns the worst z-score seen.
 */
export function worstFrequencyZ(observed: ArrayLike<number>, probabilities: ArrayLike<number>, n: number): number {
  let worst = 0;
  for (let k = 0; k < probabilities.length; k++) {
    const e = n * probabilities[k];
    if (e < 100) continue;
    const z = Math.abs(observed[k] - e) / Math.sqrt(e * (1 - probabilities[k]));
    worst = Math.max(worst, z);
  }
  return worst;
}
