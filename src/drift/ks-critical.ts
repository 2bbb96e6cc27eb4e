import { validatorFor } from "../util/validate";

/**
 * Large-sample critical value of the two-sample Kolmogorov–Smirnov statistic:
 * reject "same distribution" at level α when D > ksCritical(n, m, α).
 *
 * Formula: `D_crit = c(α)·√((n + m)/(n·m))`, `c(α) = √(−ln(α/2)/2)`
 * (c(0.05) = 1.3581, c(0.01) = 1.6276). The book writes D_crit ≈ 1.36/√n
 * (seed L5996, scenario L5985–L6008), the one-sample form with c rounded to 1.36;
 * for its two-sample example n = m = 1000 the two-sample value is 0.0607
 * (0.0608 with the rounded 1.36), so D = 0.08 still signals drift. Use the
 * exact p-value of {@link ks2samp} when a decision matters; this is the
 * asymptotic (Kolmogorov-limit) approximation.
 *
 * @param n - size of the first sample (integer ≥ 1)
 * @param m - size of the second sample (integer ≥ 1)
 * @param alpha - significance level in (0, 1); default 0.05
 * @returns the critical D (dimensionless, in (0, ∞); values ≥ 1 mean "never rejects")
 * @throws InvalidParameterError for non-integer or < 1 sizes, or alpha outside (0, 1)
 * @example
 * ```ts
 * ksCritical(1000, 1000);       // 0.06073614619083052
 * ksCritical(1000, 1000, 0.01); // 0.07278954160144187
 * ```
 */
export function ksCritical(n: number, m: number, alpha = 0.05): number {
  const check = validatorFor("ksCritical");
  check.integer("n", n, 1);
  check.integer("m", m, 1);
  if (!(alpha > 0 && alpha < 1)) check.fail("alpha", alpha, "a finite number in (0, 1)");
  const c = Math.sqrt(-Math.log(alpha / 2) / 2);
  return c * Math.sqrt((n + m) / (n * m));
}
