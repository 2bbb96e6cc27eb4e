/**
 * Data-efficiency metrics of a learning curve (book Chapter 9, Section on measuring
 * data selection): performance per datum, area under the learning curve, and the data
 * compression ratio at a target accuracy.
 */
import { validatorFor } from "../../util/validate";

/** Most points a learning curve may have. */
export const MAX_CURVE_POINTS = 100_000;

/** A learning curve: accuracy after training on each number of labels. */
export interface LearningCurve {
  /** Labels (samples) used, increasing, ≥ 0. */
  readonly labels: readonly number[];
  /** Accuracy at each, fractions in [0, 1]. */
  readonly accuracy: readonly number[];
}

/** Input of {@link learningCurveMetrics}. */
export interface LearningCurveMetricsInput extends LearningCurve {
  /** Acc(0), the accuracy with no data (chance: 1 / classes), in [0, 1]. */
  readonly accuracyAtZero: number;
  /** An accuracy to reach, in [0, 1]. Optional. */
  readonly targetAccuracy?: number;
}

/** Result of {@link learningCurveMetrics}. */
export interface LearningCurveMetricsResult {
  /** PPD(n) = (Acc(n) − Acc(0)) / n at every point (null at n = 0). */
  readonly ppd: readonly (number | null)[];
  /** AULC = ∫₀^N Acc(n) dn by the trapezoid rule, starting from (0, Acc(0)). */
  readonly aulc: number;
  /** AULC / N_max: the curve's mean accuracy over [0, N_max]. */
  readonly meanAccuracy: number;
  /** Labels at which the curve first reaches the target (linear interpolation), or `null` (never, or no target). */
  readonly labelsToTarget: number | null;
}

function curveOf(fn: string, curve: LearningCurve, parameter = ""): LearningCurve {
  const check = validatorFor(fn);
  if (curve === null || typeof curve !== "object") check.fail(parameter === "" ? "input" : parameter.slice(0, -1), curve, "a learning curve { labels, accuracy }");
  const { labels, accuracy } = curve;
  if (!Array.isArray(labels) || !Array.isArray(accuracy)) check.fail(`${parameter}labels`, labels, "arrays labels and accuracy");
  if (labels.length === 0 || labels.length !== accuracy.length) check.fail(`${parameter}accuracy`, `an array of ${accuracy.length}`, `one accuracy per label count (${labels.length}), at least one`);
  if (labels.length > MAX_CURVE_POINTS) check.fail(`${parameter}labels`, `an array of ${labels.length}`, `at most ${MAX_CURVE_POINTS} points`);
  labels.forEach((n, k) => {
    check.nonNegative(`${parameter}labels[${k}]`, n);
    if (k > 0 && !(n > labels[k - 1])) check.fail(`${parameter}labels[${k}]`, n, `a count > labels[${k - 1}] = ${labels[k - 1]} (increasing)`);
    check.probability(`${parameter}accuracy[${k}]`, accuracy[k]);
  });
  return curve;
}

function labelsToReach(curve: LearningCurve, target: number, start: number): number | null {
  let previousN = 0;
  let previousAcc = start;
  if (start >= target) return 0;
  for (let k = 0; k < curve.labels.length; k++) {
    const n = curve.labels[k];
    const acc = curve.accuracy[k];
    if (acc >= target) return acc === previousAcc ? n : previousN + ((target - previousAcc) / (acc - previousAcc)) * (n - previousN);
    [previousN, previousAcc] = [n, acc];
  }
  return null;
}

/**
 * PPD, AULC and labels-to-target of a learning curve.
 *
 * Formulas (seed 004 L23553–L23571): `PPD(n) = (Acc(n) − Acc(0)) / n`;
 * `AULC = ∫₀^N Acc(n) dn` (trapezoids from (0, Acc(0))).
 *
 * @throws InvalidParameterError for curves that are empty, of unequal length, longer than
 *   {@link MAX_CURVE_POINTS}, not increasing in labels, accuracies outside [0, 1], a
 *   missing input or an unknown key.
 * @example
 * ```ts
 * const m = learningCurveMetrics({ labels: [100, 200], accuracy: [0.7, 0.8], accuracyAtZero: 0.5, targetAccuracy: 0.75 });
 * m.ppd             // [0.0019999999999999996, 0.0015000000000000002]
 * m.aulc            // 135
 * m.labelsToTarget  // 150
 * ```
 */
export function learningCurveMetrics(input: LearningCurveMetricsInput): LearningCurveMetricsResult {
  const fn = "learningCurveMetrics";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["labels", "accuracy", "accuracyAtZero", "targetAccuracy"]);
  const curve = curveOf(fn, i);
  const start = check.probability("accuracyAtZero", i.accuracyAtZero);
  const target = i.targetAccuracy === undefined ? null : check.probability("targetAccuracy", i.targetAccuracy);
  let area = 0;
  let previousN = 0;
  let previousAcc = start;
  curve.labels.forEach((n, k) => {
    area += ((curve.accuracy[k] + previousAcc) / 2) * (n - previousN);
    [previousN, previousAcc] = [n, curve.accuracy[k]];
  });
  const last = curve.labels[curve.labels.length - 1];
  return Object.freeze({
    ppd: Object.freeze(curve.labels.map((n, k) => (n === 0 ? null : (curve.accuracy[k] - start) / n))),
    aulc: area,
    meanAccuracy: last === 0 ? start : area / last,
    labelsToTarget: target === null ? null : labelsToReach(curve, target, start),
  });
}

/** Input of {@link dataCompressionRatio}. */
export interface DataCompressionRatioInput {
  /** The baseline curve (random selection, or the full dataset). */
  readonly baseline: LearningCurve;
  /** The selection method's curve. */
  readonly selected: LearningCurve;
  /** Accuracy at which to compare, in [0, 1]. */
  readonly targetAccuracy: number;
  /** Acc(0) of both curves, in [0, 1]. */
  readonly accuracyAtZero: number;
}

/**
 * DCR = N_baseline / N_selected at a target accuracy: how many times less data the
 * selection needs (a DCR of 5 means 20 % of the data).
 *
 * Formula (seed 004 L23571). Labels at the target are read off each curve by linear
 * interpolation.
 *
 * @returns the ratio, or `null` when either curve never reaches the target (or the
 *   selected curve reaches it at 0 labels).
 * @throws InvalidParameterError for malformed curves or accuracies, a missing input or an unknown key.
 * @example
 * ```ts
 * dataCompressionRatio({ baseline: { labels: [100, 1000], accuracy: [0.6, 0.9] }, selected: { labels: [100, 200], accuracy: [0.8, 0.9] }, targetAccuracy: 0.9, accuracyAtZero: 0.5 })
 * // 5
 * ```
 */
export function dataCompressionRatio(input: DataCompressionRatioInput): number | null {
  const fn = "dataCompressionRatio";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["baseline", "selected", "targetAccuracy", "accuracyAtZero"]);
  const baseline = curveOf(fn, i.baseline, "baseline.");
  const selected = curveOf(fn, i.selected, "selected.");
  const target = check.probability("targetAccuracy", i.targetAccuracy);
  const start = check.probability("accuracyAtZero", i.accuracyAtZero);
  const a = labelsToReach(baseline, target, start);
  const b = labelsToReach(selected, target, start);
  return a === null || b === null || b === 0 ? null : a / b;
}
