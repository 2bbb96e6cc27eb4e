/**
 * Group fairness metrics from confusion counts (book Chapter 15, the loan-approval
 * worked example, seed 004 L38603–L38791): demographic parity, equal opportunity,
 * equalized odds, predictive parity and the error-rate ratio, as differences and ratios
 * between the best- and worst-treated groups, the way Fairlearn's `MetricFrame`
 * computes `difference()` and `ratio()` with `method="between_groups"`.
 */
import { validatorFor } from "../../util/validate";
import { checkCounts, ratesOf, type ConfusionCounts, type ConfusionRates } from "./confusion-rates";
import { entryNames } from "../common/named-entries";
import { MAX_GROUPS } from "./group-arrays";

/** How one rate spreads across the groups. */
export interface GroupGap {
  /** max − min over the groups (Fairlearn's `difference(method="between_groups")`). */
  readonly difference: number;
  /** min / max (Fairlearn's `ratio()`); 1 when every group's rate is 0. */
  readonly ratio: number;
  /** The group with the largest rate (the first one on a tie). */
  readonly highest: string;
  /** The group with the smallest rate (the first one on a tie). */
  readonly lowest: string;
}

/** Input of {@link fairnessMetrics}. */
export interface FairnessMetricsInput {
  /** Confusion counts by group name, at least two groups (at most 1,000). */
  readonly groups: Readonly<Record<string, ConfusionCounts>>;
}

/** Result of {@link fairnessMetrics}. */
export interface FairnessMetrics {
  /** Each group's rates, in the input's order. */
  readonly byGroup: Readonly<Record<string, ConfusionRates>>;
  /** The rates of all groups pooled into one matrix (Fairlearn's `overall`). */
  readonly overall: ConfusionRates;
  /** Selection (approval) rate across groups: demographic parity. */
  readonly selectionRate: GroupGap;
  /** True positive rate across groups: equal opportunity. */
  readonly tpr: GroupGap;
  /** False positive rate across groups. */
  readonly fpr: GroupGap;
  /** Error rate (1 − accuracy) across groups. */
  readonly errorRate: GroupGap;
  /** Precision across groups: predictive parity; `null` when some group has no predicted positive. */
  readonly precision: GroupGap | null;
  /** selectionRate.difference. */
  readonly demographicParityDifference: number;
  /** selectionRate.ratio, which is also the disparate-impact ratio the four-fifths rule tests. */
  readonly demographicParityRatio: number;
  /** tpr.difference. */
  readonly equalOpportunityDifference: number;
  /** max(tpr.difference, fpr.difference): Fairlearn's `equalized_odds_difference` (agg "worst_case"). */
  readonly equalizedOddsDifference: number;
  /** min(tpr.ratio, fpr.ratio): Fairlearn's `equalized_odds_ratio`. */
  readonly equalizedOddsRatio: number;
  /** precision.difference, or `null` (see `precision`). */
  readonly predictiveParityDifference: number | null;
  /** Largest over smallest error rate (≥ 1; the book alerts above 1.25); `null` when one group makes no error and another does. */
  readonly errorRateRatio: number | null;
}

/** max − min, min / max and which groups hold them. @internal */
export function gapOf(names: readonly string[], values: readonly number[]): GroupGap {
  let hi = 0;
  let lo = 0;
  for (let i = 1; i < values.length; i++) {
    if (values[i] > values[hi]) hi = i;
    if (values[i] < values[lo]) lo = i;
  }
  const max = values[hi];
  const min = values[lo];
  return Object.freeze({ difference: max - min, ratio: max === 0 ? 1 : min / max, highest: names[hi], lowest: names[lo] });
}

/** Max over min of rates ≥ 0; 1 when all are 0, null when the smallest is 0 and the largest is not. @internal */
export function maxOverMin(max: number, min: number): number | null {
  if (max === 0) return 1;
  return min === 0 ? null : max / min;
}

/** The metrics of rates already computed, in group order. @internal */
export function metricsOf(names: readonly string[], rates: readonly ConfusionRates[], overall: ConfusionRates): FairnessMetrics {
  const pick = (f: (r: ConfusionRates) => number) => rates.map(f);
  const selectionRate = gapOf(names, pick((r) => r.selectionRate));
  const tpr = gapOf(names, pick((r) => r.tpr));
  const fpr = gapOf(names, pick((r) => r.fpr));
  const errors = pick((r) => r.errorRate);
  const errorRate = gapOf(names, errors);
  const precisions = rates.map((r) => r.precision);
  const precision = precisions.every((p): p is number => p !== null) ? gapOf(names, precisions) : null;
  const byGroup: Record<string, ConfusionRates> = {};
  names.forEach((name, g) => (byGroup[name] = rates[g]));
  return Object.freeze({
    byGroup: Object.freeze(byGroup),
    overall,
    selectionRate, tpr, fpr, errorRate, precision,
    demographicParityDifference: selectionRate.difference,
    demographicParityRatio: selectionRate.ratio,
    equalOpportunityDifference: tpr.difference,
    equalizedOddsDifference: Math.max(tpr.difference, fpr.difference),
    equalizedOddsRatio: Math.min(tpr.ratio, fpr.ratio),
    predictiveParityDifference: precision === null ? null : precision.difference,
    errorRateRatio: maxOverMin(Math.max(...errors), Math.min(...errors)),
  });
}

/** The sum of several confusion matrices. @internal */
export function pooledCounts(counts: readonly ConfusionCounts[]): ConfusionCounts {
  return counts.reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, tn: s.tn + c.tn, fn: s.fn + c.fn }), { tp: 0, fp: 0, tn: 0, fn: 0 });
}

/**
 * Group fairness metrics from each group's confusion counts.
 *
 * Definitions (seed 004 L38687–L38700; Fairlearn `fairlearn.metrics`, `method="between_groups"`):
 * - demographic parity difference = max_g SR_g − min_g SR_g, ratio = min/max, with the
 *   selection rate SR = (TP + FP)/n; the ratio is the disparate-impact ratio;
 * - equal opportunity difference = max_g TPR_g − min_g TPR_g;
 * - equalized odds difference = max(TPR difference, FPR difference), ratio = min(TPR ratio, FPR ratio);
 * - predictive parity difference = spread of precision TP/(TP + FP);
 * - error-rate ratio = max_g err_g / min_g err_g, err = (FP + FN)/n.
 *
 * The book's loan example (Tables 15.6–15.7): approval 55 % vs 40 % (15 pp), TPR 90 % vs
 * 60 % (30 pp), FPR 20 % vs 20 %, disparate impact 0.40/0.55 = 0.727.
 *
 * @param input - `{ groups: { name: { tp, fp, tn, fn }, … } }`, two to 1,000 groups.
 * @throws InvalidParameterError for fewer than two groups, more than 1,000, bad counts,
 *   or a group without truly positive or truly negative members.
 * @example
 * ```ts
 * const m = fairnessMetrics({ groups: {
 *   A: { tp: 4500, fn: 500, fp: 1000, tn: 4000 },
 *   B: { tp: 600, fn: 400, fp: 200, tn: 800 },
 * } });
 * m.demographicParityDifference  // 0.15000000000000002
 * m.equalOpportunityDifference   // 0.30000000000000004
 * m.demographicParityRatio       // 0.7272727272727273
 * m.overall.accuracy             // 0.825
 * ```
 */
export function fairnessMetrics(input: FairnessMetricsInput): FairnessMetrics {
  const fn = "fairnessMetrics";
  const check = validatorFor(fn);
  const { groups } = check.options("input", input, ["groups"]);
  const names = entryNames(fn, "groups", groups, 2, MAX_GROUPS, "confusion counts");
  const counts = names.map((name) => checkCounts(fn, `groups.${name}`, groups[name]));
  return metricsOf(names, counts.map(ratesOf), ratesOf(pooledCounts(counts)));
}
