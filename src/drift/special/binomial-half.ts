import { logGamma } from "./gamma";

/**
 * Lower tail of the Binomial(n, ½) distribution, P(X ≤ k) = Σ_{i=0..k} C(n, i)·2⁻ⁿ
 * (scipy.stats.binom.cdf(k, n, 0.5)), the null distribution of the exact McNemar test.
 *
 * Method: the largest term C(n, k)·2⁻ⁿ comes from log-gamma; for k ≤ n/2 the
 * terms shrink going down, t_{i−1} = t_i · i/(n − i + 1), and the sum stops once a
 * term no longer changes it. For k > n/2 the symmetric upper tail is used, so the
 * loop is O(min(k, n − k)) at most and usually far shorter.
 *
 * @param k - integer ≥ 0 (number of successes)
 * @param n - integer ≥ 0 (trials)
 * @returns probability in [0, 1] (1 when k ≥ n)
 * @example
 * ```ts
 * binomialHalfCdf(6, 22); // 0.026239395141601618
 * ```
 */
export function binomialHalfCdf(k: number, n: number): number {
  if (k >= n) return 1;
  if (k < 0) return 0;
  if (2 * k > n) return 1 - binomialHalfCdf(n - k - 1, n);
  let term = Math.exp(logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) - n * Math.LN2);
  let sum = term;
  for (let i = k; i > 0; i--) {
    term *= i / (n - i + 1);
    const next = sum + term;
    if (next === sum) break;
    sum = next;
  }
  return Math.min(1, sum);
}
