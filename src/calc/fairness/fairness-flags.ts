/**
 * The disparity bounds the book recommends fixing before deployment (Chapter 15,
 * "Fairness thresholds", seed 004 L38254, L38270 and L39657), the four-fifths rule of the
 * 1978 Uniform Guidelines, and the alerts they raise on a set of fairness metrics.
 */
import { validatorFor } from "../../util/validate";
import type { FairnessMetrics } from "./fairness-metrics";
import { entryNames } from "../common/named-entries";
import { MAX_GROUPS } from "./group-arrays";

/** Bounds of {@link fairnessFlags}. */
export interface FairnessThresholds {
  /** Largest allowed error-rate ratio between groups (> 1). */
  readonly errorRateRatio: number;
  /** Largest allowed FPR difference, as a fraction (0.05 = 5 pp). */
  readonly fprDifference: number;
  /** Largest allowed TPR difference (equal opportunity), as a fraction. */
  readonly tprDifference: number;
  /** Smallest allowed selection-rate ratio (the four-fifths rule: 0.8). */
  readonly selectionRateRatio: number;
  /** Largest allowed selection-rate difference (demographic parity within ε), as a fraction. */
  readonly demographicParityDifference: number;
}

/**
 * The book's bounds: error-rate ratio below 1.25× and FPR difference under 5 pp
 * (L38254), selection-rate ratio of at least 0.8 (the four-fifths rule, L38254),
 * demographic parity within ε = 5 pp (L38270), TPR difference under 5 pp (L39657).
 *
 * @example
 * ```ts
 * BOOK_FAIRNESS_THRESHOLDS.selectionRateRatio // 0.8
 * ```
 */
export const BOOK_FAIRNESS_THRESHOLDS: FairnessThresholds = Object.freeze({
  errorRateRatio: 1.25,
  fprDifference: 0.05,
  tprDifference: 0.05,
  selectionRateRatio: 0.8,
  demographicParityDifference: 0.05,
});

/** One bound checked by {@link fairnessFlags}. */
export interface FairnessFlag {
  /** What is bounded, e.g. `"selection-rate ratio (four-fifths rule)"`. */
  readonly check: string;
  /** The measured value (`null` when undefined, e.g. an error-rate ratio with a zero-error group). */
  readonly value: number | null;
  /** The bound. */
  readonly limit: number;
  /** `"at most"` or `"at least"`. */
  readonly direction: "at most" | "at least";
  /** True when the value respects the bound (an undefined value fails). */
  readonly passes: boolean;
}

function readThresholds(fn: string, thresholds: Partial<FairnessThresholds> | undefined): FairnessThresholds {
  const check = validatorFor(fn);
  const t = check.options("thresholds", thresholds, Object.keys(BOOK_FAIRNESS_THRESHOLDS), true);
  const merged = { ...BOOK_FAIRNESS_THRESHOLDS, ...t };
  check.atLeast("thresholds.errorRateRatio", merged.errorRateRatio, 1);
  check.probability("thresholds.fprDifference", merged.fprDifference);
  check.probability("thresholds.tprDifference", merged.tprDifference);
  check.probability("thresholds.selectionRateRatio", merged.selectionRateRatio);
  check.probability("thresholds.demographicParityDifference", merged.demographicParityDifference);
  return merged;
}

/**
 * Checks fairness metrics against disparity bounds (default: {@link BOOK_FAIRNESS_THRESHOLDS}).
 * A difference passes when ≤ its bound (ratios: error-rate ratio ≤ bound, selection-rate
 * ratio ≥ bound); values are compared after rounding to 12 significant digits, so
 * 0.30000000000000004 counts as 0.3.
 *
 * @param metrics - from {@link fairnessMetrics} (or a fairness report's point estimates).
 * @param thresholds - bounds to override; the rest keep the book's values.
 * @throws InvalidParameterError for an unknown threshold key or a bound out of range.
 * @example
 * ```ts
 * const m = fairnessMetrics({ groups: { A: { tp: 4500, fn: 500, fp: 1000, tn: 4000 }, B: { tp: 600, fn: 400, fp: 200, tn: 800 } } });
 * fairnessFlags(m).filter((f) => !f.passes).map((f) => f.check)
 * // ["error-rate ratio", "TPR difference (equal opportunity)", "selection-rate ratio (four-fifths rule)", "selection-rate difference (demographic parity)"]
 * ```
 */
export function fairnessFlags(metrics: FairnessMetrics, thresholds?: Partial<FairnessThresholds>): readonly FairnessFlag[] {
  const fn = "fairnessFlags";
  const check = validatorFor(fn);
  if (metrics === null || typeof metrics !== "object" || typeof metrics.tpr !== "object") check.fail("metrics", metrics, "the result of fairnessMetrics or fairnessReport");
  const t = readThresholds(fn, thresholds);
  const round = (x: number) => Number(x.toPrecision(12));
  const flag = (name: string, value: number | null, limit: number, direction: "at most" | "at least"): FairnessFlag =>
    Object.freeze({ check: name, value, limit, direction, passes: value !== null && (direction === "at most" ? round(value) <= limit : round(value) >= limit) });
  return Object.freeze([
    flag("error-rate ratio", metrics.errorRateRatio, t.errorRateRatio, "at most"),
    flag("FPR difference", metrics.fpr.difference, t.fprDifference, "at most"),
    flag("TPR difference (equal opportunity)", metrics.tpr.difference, t.tprDifference, "at most"),
    flag("selection-rate ratio (four-fifths rule)", metrics.selectionRate.ratio, t.selectionRateRatio, "at least"),
    flag("selection-rate difference (demographic parity)", metrics.selectionRate.difference, t.demographicParityDifference, "at most"),
  ]);
}

/** Input of {@link fourFifthsRule}. */
export interface FourFifthsInput {
  /** Selection rate of each group, fractions in [0, 1], at least two groups (at most 1,000). */
  readonly selectionRates: Readonly<Record<string, number>>;
  /** The fraction of the highest rate every group must reach, in (0, 1]. The rule's own value is 0.8. */
  readonly threshold?: number;
}

/** Result of {@link fourFifthsRule}. */
export interface FourFifthsResult {
  /** The group with the highest selection rate. */
  readonly highestGroup: string;
  /** threshold × the highest rate: the smallest rate a group may have. */
  readonly minimumAllowedRate: number;
  /** Lowest rate over highest rate (the disparate-impact ratio). */
  readonly ratio: number;
  /** Each group's rate over the highest rate. */
  readonly impactRatios: Readonly<Record<string, number>>;
  /** Groups below the minimum allowed rate, in input order. */
  readonly failingGroups: readonly string[];
  /** True when no group falls below the minimum allowed rate. */
  readonly passes: boolean;
}

/**
 * The four-fifths rule (1978 Uniform Guidelines on Employee Selection Procedures; book
 * Chapter 15, L38254): a group's selection rate below four fifths of the highest group's
 * rate is evidence of adverse impact. With a 60 % pass rate for the best group, every
 * group needs at least 48 %.
 *
 * @throws InvalidParameterError for fewer than two groups, a rate outside [0, 1], a
 *   threshold outside (0, 1], or every rate 0 (nobody selected: the rule is undefined).
 * @example
 * ```ts
 * const r = fourFifthsRule({ selectionRates: { A: 0.55, B: 0.4 } });
 * r.ratio              // 0.7272727272727273
 * r.minimumAllowedRate // 0.44000000000000006
 * r.failingGroups      // ["B"]
 * ```
 */
export function fourFifthsRule(input: FourFifthsInput): FourFifthsResult {
  const fn = "fourFifthsRule";
  const check = validatorFor(fn);
  const { selectionRates, threshold = 0.8 } = check.options("input", input, ["selectionRates", "threshold"]);
  const names = entryNames(fn, "selectionRates", selectionRates, 2, MAX_GROUPS, "selection rates");
  const rates = names.map((name) => check.probability(`selectionRates.${name}`, selectionRates[name]));
  const bound = check.fraction("threshold", threshold);
  const highest = Math.max(...rates);
  if (highest === 0) check.fail("selectionRates", "all 0", "at least one group with a selection rate > 0");
  const minimumAllowedRate = bound * highest;
  const impactRatios: Record<string, number> = {};
  names.forEach((name, i) => (impactRatios[name] = rates[i] / highest));
  const failingGroups = names.filter((_, i) => Number((rates[i] / highest).toPrecision(12)) < bound);
  return Object.freeze({
    highestGroup: names[rates.indexOf(highest)],
    minimumAllowedRate,
    ratio: Math.min(...rates) / highest,
    impactRatios: Object.freeze(impactRatios),
    failingGroups: Object.freeze(failingGroups),
    passes: failingGroups.length === 0,
  });
}
