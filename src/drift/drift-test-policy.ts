import { validatorFor } from "../util/validate";

/**
 * A per-column drift test of {@link driftReport}:
 *
 * | name | kind of result | runs | default threshold | drifted when |
 * | --- | --- | --- | --- | --- |
 * | "ks" | p-value | {@link ks2samp} on the values | α = 0.05 | p < α |
 * | "chi-square" | p-value | {@link chiSquareTest} on the labels | α = 0.05 | p < α |
 * | "z" | p-value | {@link twoProportionZTest} (pooled) on the share of the first category (≤ 2 categories) | α = 0.05 | p < α |
 * | "wasserstein" | distance | {@link wassersteinDistance} / max(σ_ref, 0.001) (σ population std of the reference) | 0.1 | d ≥ 0.1 |
 * | "jensen-shannon" | distance | {@link jensenShannonDistance} (base 2) of binned shares | 0.1 | d ≥ 0.1 |
 * | "hellinger" | distance | {@link hellinger} of binned shares | 0.1 | d ≥ 0.1 |
 * | "psi" | distance | {@link psi} (10 reference-quantile bins) or, for categories, {@link psiFromProportions} | 0.2 | PSI ≥ 0.2 |
 */
export type DriftTestName = "ks" | "chi-square" | "z" | "wasserstein" | "jensen-shannon" | "hellinger" | "psi";

/** What a drift test's threshold means. */
export interface DriftTestInfo {
  /** "pvalue": drifted when the (corrected) p-value is below the threshold α; "distance": when the statistic reaches the threshold. */
  readonly decision: "pvalue" | "distance";
  /** Default threshold: α for p-value tests, the distance level otherwise. */
  readonly threshold: number;
  /** Column kinds the test accepts. */
  readonly kinds: readonly ("numeric" | "categorical")[];
}

/**
 * The drift tests {@link driftReport} can run, with their decision rule and default
 * threshold. Defaults follow Evidently's stattests (reference/ecosystem.md §5.1),
 * except PSI, where the book's alert level 0.2 is used (Table 14.16, seed
 * L36226–L36259; Evidently uses 0.1).
 *
 * @example
 * ```ts
 * DRIFT_TESTS.wasserstein; // { decision: "distance", threshold: 0.1, kinds: ["numeric"] }
 * ```
 */
export const DRIFT_TESTS: Readonly<Record<DriftTestName, DriftTestInfo>> = Object.freeze({
  ks: Object.freeze({ decision: "pvalue", threshold: 0.05, kinds: Object.freeze(["numeric"]) }),
  "chi-square": Object.freeze({ decision: "pvalue", threshold: 0.05, kinds: Object.freeze(["numeric", "categorical"]) }),
  z: Object.freeze({ decision: "pvalue", threshold: 0.05, kinds: Object.freeze(["numeric", "categorical"]) }),
  wasserstein: Object.freeze({ decision: "distance", threshold: 0.1, kinds: Object.freeze(["numeric"]) }),
  "jensen-shannon": Object.freeze({ decision: "distance", threshold: 0.1, kinds: Object.freeze(["numeric", "categorical"]) }),
  hellinger: Object.freeze({ decision: "distance", threshold: 0.1, kinds: Object.freeze(["numeric", "categorical"]) }),
  psi: Object.freeze({ decision: "distance", threshold: 0.2, kinds: Object.freeze(["numeric", "categorical"]) }),
}) as Readonly<Record<DriftTestName, DriftTestInfo>>;

/** Reference rows up to which the policy picks a statistical test (above: a distance). */
export const DRIFT_POLICY_SMALL_SAMPLE = 1000;

/** Distinct values up to which a numeric column is treated as discrete. */
export const DRIFT_POLICY_MAX_DISCRETE = 5;

/** Inputs of {@link selectDriftTest}. */
export interface DriftTestPolicyInput {
  /** Column kind after adaptation. */
  readonly kind: "numeric" | "categorical";
  /** Non-missing values in the reference sample. */
  readonly nReference: number;
  /** Distinct non-missing values over reference ∪ current (counting may stop once it exceeds 5). */
  readonly nUnique: number;
}

/**
 * The default drift test for a column, Evidently's policy (`_get_default_stattest`,
 * reference/ecosystem.md §5.1):
 *
 * | reference size n | numeric, > 5 distinct values | numeric ≤ 5 distinct, or categorical |
 * | --- | --- | --- |
 * | n ≤ 1000 | "ks" | "chi-square" if > 2 distinct values, else "z" |
 * | n > 1000 | "wasserstein" (normed) | "jensen-shannon" |
 *
 * Why: with few rows a hypothesis test is informative and cheap; with many rows any
 * tiny, harmless shift becomes "significant", so a distance with a fixed threshold
 * judges the size of the shift instead. Distinct values are counted over both samples.
 * Evidently counts n over all reference rows; here n counts non-missing ones.
 *
 * @param input - the column's kind, reference size and distinct-value count
 * @returns the test's name
 * @throws InvalidParameterError for an unknown kind or a count that is not an integer ≥ 0
 * @example
 * ```ts
 * selectDriftTest({ kind: "numeric", nReference: 800, nUnique: 700 });      // "ks"
 * selectDriftTest({ kind: "categorical", nReference: 800, nUnique: 2 });    // "z"
 * selectDriftTest({ kind: "numeric", nReference: 50_000, nUnique: 6 });     // "wasserstein"
 * selectDriftTest({ kind: "categorical", nReference: 50_000, nUnique: 4 }); // "jensen-shannon"
 * ```
 */
export function selectDriftTest(input: DriftTestPolicyInput): DriftTestName {
  const check = validatorFor("selectDriftTest");
  const kind = check.oneOf("kind", input.kind, ["numeric", "categorical"] as const);
  const n = check.integer("nReference", input.nReference, 0);
  const unique = check.integer("nUnique", input.nUnique, 0);
  const discrete = kind === "categorical" || unique <= DRIFT_POLICY_MAX_DISCRETE;
  if (n <= DRIFT_POLICY_SMALL_SAMPLE) {
    if (!discrete) return "ks";
    return unique > 2 ? "chi-square" : "z";
  }
  return discrete ? "jensen-shannon" : "wasserstein";
}
