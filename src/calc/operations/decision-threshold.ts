/**
 * Cost-sensitive decisions and aggregate metrics that hide slices (book Chapter 14,
 * Fig. 14.9 "Business cost curve", seed 004 L37012, and Table 14.19 slice analysis,
 * L36684–L36736).
 */
import { validatorFor } from "../../util/validate";
import { entryNames } from "../common/named-entries";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link bayesOptimalThreshold}. */
export interface BayesOptimalThresholdInput {
  /** Cost of a false positive: number in USD, or a money quantity. ≥ 0. */
  readonly costFalsePositive: Amount<"money">;
  /** Cost of a false negative: number in USD, or a money quantity. ≥ 0 (not both 0). */
  readonly costFalseNegative: Amount<"money">;
}

/**
 * The threshold that minimises expected cost for calibrated probabilities: flag when
 * p ≥ t* = C_FP / (C_FP + C_FN). Equal costs give 0.5; the book's fraud costs (C_FN =
 * $500, C_FP = $100) give 1/6 ≈ 0.167.
 *
 * @throws InvalidParameterError for a negative cost or both costs 0.
 * @throws DimensionError for quantities that are not money.
 * @example
 * ```ts
 * bayesOptimalThreshold({ costFalsePositive: 100, costFalseNegative: 500 }) // 0.16666666666666666
 * ```
 */
export function bayesOptimalThreshold(input: BayesOptimalThresholdInput): number {
  const fn = "bayesOptimalThreshold";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["costFalsePositive", "costFalseNegative"]);
  const fp = readAmount(fn, "costFalsePositive", i.costFalsePositive, "USD", "nonNegative");
  const fnCost = readAmount(fn, "costFalseNegative", i.costFalseNegative, "USD", "nonNegative");
  if (fp.baseValue + fnCost.baseValue === 0) check.fail("costFalsePositive + costFalseNegative", 0, "at least one cost > 0");
  return fp.baseValue / (fp.baseValue + fnCost.baseValue);
}

/** One slice of {@link sliceAccuracy}. */
export interface Slice {
  /** Share of traffic, in [0, 1]. */
  readonly share: number;
  /** Accuracy on the slice, in [0, 1]. */
  readonly accuracy: number;
}

/** Result of {@link sliceAccuracy}. */
export interface SliceAccuracyResult {
  /** Σ share × accuracy / Σ share: what an aggregate dashboard shows. */
  readonly overall: number;
  /** The slice with the lowest accuracy. */
  readonly worstSlice: string;
  /** overall − worst accuracy: what the aggregate hides. */
  readonly hiddenGap: number;
  /** Σ share (1 when the slices cover all traffic). */
  readonly coverage: number;
}

/**
 * Traffic-weighted accuracy over slices, and the worst slice it hides. Book Table 14.19:
 * desktop 45 % at 94 %, iOS 30 % at 92 %, Android 20 % at 88 %, tablet 5 % at 62 %
 * average 90.6 % (printed "91 %") while tablets sit 28.6 pp lower.
 *
 * @throws InvalidParameterError for no slices (or more than 1,000), a share or accuracy
 *   outside [0, 1], or shares summing to 0 or above 1 + 1e-9.
 * @example
 * ```ts
 * sliceAccuracy({ slices: { desktop: { share: 0.45, accuracy: 0.94 }, tablet: { share: 0.05, accuracy: 0.62 } } }).worstSlice // "tablet"
 * ```
 */
export function sliceAccuracy(input: { readonly slices: Readonly<Record<string, Slice>> }): SliceAccuracyResult {
  const check = validatorFor("sliceAccuracy");
  const { slices } = check.options("input", input, ["slices"]);
  const names = entryNames("sliceAccuracy", "slices", slices, 1, 1000, "{ share, accuracy }");
  let coverage = 0;
  let weighted = 0;
  let worst = names[0];
  for (const name of names) {
    const s = check.options(`slices.${name}`, slices[name], ["share", "accuracy"]);
    const share = check.probability(`slices.${name}.share`, s.share);
    const accuracy = check.probability(`slices.${name}.accuracy`, s.accuracy);
    coverage += share;
    weighted += share * accuracy;
    if (accuracy < slices[worst].accuracy) worst = name;
  }
  if (!(coverage > 0) || coverage > 1 + 1e-9) check.fail("slices", `shares summing to ${coverage}`, "shares summing to a value in (0, 1]");
  const overall = weighted / coverage;
  return Object.freeze({ overall, worstSlice: worst, hiddenGap: overall - slices[worst].accuracy, coverage });
}

/** Input of {@link latencyBudget}. */
export interface LatencyBudgetInput {
  /** The end-to-end target (P99 SLO): number in ms, or a time quantity. > 0. */
  readonly slo: Amount<"time">;
  /** Each stage's allotment: numbers in ms, or time quantities (≥ 0); 1–100 stages. */
  readonly stages: Readonly<Record<string, Amount<"time">>>;
}

/**
 * A latency budget: the stages' allotments, their sum against the SLO, what is left,
 * and each stage's share. Book: a 100 ms P99 SLO = network 15 + feature fetch 25 +
 * inference 45 + post-processing 15 ms (L35721–L35730). Summing P99s is conservative:
 * tails rarely coincide.
 *
 * @throws InvalidParameterError for an SLO ≤ 0, no stages or more than 100, a negative stage.
 * @throws DimensionError for quantities that are not times.
 * @example
 * ```ts
 * const b = latencyBudget({ slo: 100, stages: { network: 15, features: 25, inference: 45, post: 15 } });
 * b.fits             // true
 * b.shares.inference   // 0.44999999999999996
 * ```
 */
export function latencyBudget(input: LatencyBudgetInput) {
  const fn = "latencyBudget";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["slo", "stages"]);
  const slo = readAmount(fn, "slo", i.slo, "ms", "positive");
  const names = entryNames(fn, "stages", i.stages, 1, 100, "stage times");
  const times = names.map((n) => readAmount(fn, `stages.${n}`, i.stages[n], "ms", "nonNegative"));
  const total = times.slice(1).reduce((s, t) => s.plus(t), times[0]);
  const shares: Record<string, number> = {};
  names.forEach((n, k) => (shares[n] = times[k].ratio(slo)));
  return Object.freeze({ total, remaining: slo.minus(total), fits: total.baseValue <= slo.baseValue * (1 + 1e-12), shares: Object.freeze(shares) });
}
