import { validatorFor } from "../util/validate";
import type { Alternative } from "./ks-2samp";
import { normalCdf } from "./special/normal";

/** Options of {@link twoProportionZTest}. */
export interface TwoProportionZTestOptions {
  /**
   * Alternative hypothesis about p₁ − p₂ (scipy names): "two-sided" (default),
   * "greater" (p₁ > p₂; statsmodels "larger") or "less" (p₁ < p₂; statsmodels "smaller").
   */
  readonly alternative?: Alternative;
  /**
   * Standard error under H₀ from the pooled proportion (default, statsmodels
   * `proportions_ztest`), or from each sample's own proportion ("Wald",
   * statsmodels `test_proportions_2indep(method="wald", compare="diff")`).
   */
  readonly pooled?: boolean;
}

/** Result of {@link twoProportionZTest} (statsmodels' (zstat, pvalue) plus named extras). */
export interface TwoProportionZTestResult {
  /** z = (p̂₁ − p̂₂)/SE, dimensionless (±Infinity when SE = 0 and p̂₁ ≠ p̂₂). */
  readonly statistic: number;
  /** p-value in [0, 1] for the chosen alternative. */
  readonly pvalue: number;
  /** p̂₁ = successes1/n1. */
  readonly proportion1: number;
  /** p̂₂ = successes2/n2. */
  readonly proportion2: number;
  /** The standard error used, SE ≥ 0. */
  readonly standardError: number;
}

/**
 * Two-sample z-test for a difference between two proportions, e.g. the accuracy of
 * a model on a reference window (successes1 of n1 correct) vs a recent window, or
 * of two model versions on independent traffic. Equal to statsmodels
 * `proportions_ztest([s1, s2], [n1, n2], alternative)` (pooled) and to
 * `test_proportions_2indep(s1, n1, s2, n2, method="wald")` (unpooled). Evidently
 * runs the pooled two-sided form as its "Z-test" for binary features. For two
 * models scored on the same items use {@link mcnemarTest} instead.
 *
 * Formula: p̂ᵢ = sᵢ/nᵢ; pooled p̄ = (s₁ + s₂)/(n₁ + n₂), SE = √(p̄(1 − p̄)(1/n₁ + 1/n₂));
 * unpooled SE = √(p̂₁(1 − p̂₁)/n₁ + p̂₂(1 − p̂₂)/n₂); z = (p̂₁ − p̂₂)/SE;
 * p = 2·Φ(−|z|) (two-sided), Φ(−z) (greater), Φ(z) (less).
 * Edge case (never NaN): SE = 0 with p̂₁ = p̂₂ (e.g. both all-correct) gives z = 0,
 * p = 1 (statsmodels returns NaN); SE = 0 with p̂₁ ≠ p̂₂ (unpooled only) gives
 * z = ±Infinity.
 *
 * Book context: W12.3 (seed L27523–L27543) asks whether 95 % → 94 % on 1,000 test
 * images is real; this test gives z = 0.97, p = 0.33 for two independent sets of
 * 1,000 (z = 0.98, p = 0.33: not significant, as the book concludes).
 *
 * @param successes1 - successes in sample 1 (integer, 0 ≤ s₁ ≤ n₁)
 * @param n1 - size of sample 1 (integer ≥ 1)
 * @param successes2 - successes in sample 2 (integer, 0 ≤ s₂ ≤ n₂)
 * @param n2 - size of sample 2 (integer ≥ 1)
 * @param options - `alternative`, `pooled`
 * @returns frozen {@link TwoProportionZTestResult}
 * @throws InvalidParameterError for a non-integer or out-of-range count, or an
 *   unknown alternative
 * @example
 * ```ts
 * twoProportionZTest(950, 1000, 940, 1000);
 * // { statistic: 0.9808164772274999, pvalue: 0.3266832512412041, proportion1: 0.95,
 * //   proportion2: 0.94, standardError: 0.010195587280779862 }
 * ```
 */
export function twoProportionZTest(
  successes1: number,
  n1: number,
  successes2: number,
  n2: number,
  options: TwoProportionZTestOptions = {},
): TwoProportionZTestResult {
  const check = validatorFor("twoProportionZTest");
  check.integer("n1", n1, 1);
  check.integer("n2", n2, 1);
  check.integer("successes1", successes1, 0);
  check.integer("successes2", successes2, 0);
  if (successes1 > n1) check.fail("successes1", successes1, `an integer in [0, n1 = ${n1}]`);
  if (successes2 > n2) check.fail("successes2", successes2, `an integer in [0, n2 = ${n2}]`);
  const alternative = check.oneOf("alternative", options.alternative ?? "two-sided", ["two-sided", "less", "greater"] as const);
  const pooled = options.pooled ?? true;
  if (typeof pooled !== "boolean") check.fail("pooled", pooled, "true or false");
  const p1 = successes1 / n1;
  const p2 = successes2 / n2;
  let se: number;
  if (pooled) {
    const p = (successes1 + successes2) / (n1 + n2);
    se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  } else {
    se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  }
  const diff = p1 - p2;
  const statistic = diff === 0 ? 0 : se === 0 ? (diff > 0 ? Infinity : -Infinity) : diff / se;
  return Object.freeze({ statistic, pvalue: zPvalue(statistic, alternative), proportion1: p1, proportion2: p2, standardError: se });
}

/** p-value of a standard normal statistic for an alternative (internal). */
export function zPvalue(z: number, alternative: Alternative): number {
  if (alternative === "greater") return normalCdf(-z);
  if (alternative === "less") return normalCdf(z);
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}
