/**
 * The rates of one confusion matrix (book Chapter 15, Listing 15.1 and the loan-approval
 * worked example, seed 004 L38603–L38727): selection (approval) rate, true and false
 * positive rates, precision, accuracy. Every group fairness metric compares these
 * rates between groups.
 */
import { validatorFor } from "../../util/validate";

/** Counts of one binary classifier on one group: positives are the favourable outcome (approved, repaid). */
export interface ConfusionCounts {
  /** Predicted positive and truly positive (integer ≥ 0). */
  readonly tp: number;
  /** Predicted positive, truly negative (integer ≥ 0). */
  readonly fp: number;
  /** Predicted negative, truly negative (integer ≥ 0). */
  readonly tn: number;
  /** Predicted negative, truly positive (integer ≥ 0). */
  readonly fn: number;
}

/** Result of {@link confusionRates}; every rate is a fraction in [0, 1]. */
export interface ConfusionRates {
  /** n = tp + fp + tn + fn. */
  readonly n: number;
  /** (tp + fn) / n: share of true positives (qualified applicants). */
  readonly baseRate: number;
  /** (tp + fp) / n: share predicted positive, the approval rate (demographic parity compares it). */
  readonly selectionRate: number;
  /** tp / (tp + fn): true positive rate, recall (equal opportunity compares it). */
  readonly tpr: number;
  /** fp / (fp + tn): false positive rate. */
  readonly fpr: number;
  /** tn / (fp + tn) = 1 − fpr. */
  readonly tnr: number;
  /** fn / (tp + fn) = 1 − tpr: qualified applicants rejected. */
  readonly fnr: number;
  /** tp / (tp + fp), the positive predictive value (predictive parity compares it); `null` when nothing is predicted positive. */
  readonly precision: number | null;
  /** (tp + tn) / n. */
  readonly accuracy: number;
  /** (fp + fn) / n = 1 − accuracy (the error-rate ratio compares it). */
  readonly errorRate: number;
}

/** Largest count a confusion cell may hold (2^53 − 1 keeps the sums exact). */
const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/**
 * Checks one confusion matrix: four integer counts ≥ 0 with at least one true positive
 * and one true negative, so TPR and FPR are defined. @internal
 */
export function checkCounts(fn: string, parameter: string, counts: ConfusionCounts): ConfusionCounts {
  const check = validatorFor(fn);
  const c = check.options(parameter, counts, ["tp", "fp", "tn", "fn"]);
  for (const key of ["tp", "fp", "tn", "fn"] as const) {
    check.integer(`${parameter}.${key}`, c[key], 0);
    if (c[key] > MAX_COUNT) check.fail(`${parameter}.${key}`, c[key], `an integer ≤ ${MAX_COUNT}`);
  }
  if (c.tp + c.fn === 0) check.fail(`${parameter}.tp + ${parameter}.fn`, 0, "at least one truly positive member (TPR and FNR need positives)");
  if (c.fp + c.tn === 0) check.fail(`${parameter}.fp + ${parameter}.tn`, 0, "at least one truly negative member (FPR and TNR need negatives)");
  return c;
}

/** The rates of counts already checked. @internal */
export function ratesOf(c: ConfusionCounts): ConfusionRates {
  const n = c.tp + c.fp + c.tn + c.fn;
  const positives = c.tp + c.fn;
  const negatives = c.fp + c.tn;
  const predicted = c.tp + c.fp;
  return Object.freeze({
    n,
    baseRate: positives / n,
    selectionRate: predicted / n,
    tpr: c.tp / positives,
    fpr: c.fp / negatives,
    tnr: c.tn / negatives,
    fnr: c.fn / positives,
    precision: predicted === 0 ? null : c.tp / predicted,
    accuracy: (c.tp + c.tn) / n,
    errorRate: (c.fp + c.fn) / n,
  });
}

/**
 * The rates of one confusion matrix.
 *
 * Formulas (Listing 15.1, seed 004 L38707–L38727, and the worked example L38603–L38690):
 * selection rate = (TP + FP)/n, TPR = TP/(TP + FN), FPR = FP/(FP + TN), FNR = 1 − TPR,
 * precision = TP/(TP + FP), accuracy = (TP + TN)/n, with n = TP + FP + TN + FN. The
 * definitions are Fairlearn's (`selection_rate`, `true_positive_rate`,
 * `false_positive_rate`, …). Where Fairlearn (through scikit-learn) returns 0 with a
 * warning for an empty denominator, this function refuses a group without positives
 * or without negatives, and reports precision as `null` when nothing is predicted positive.
 *
 * @param counts - `{ tp, fp, tn, fn }`, integers ≥ 0.
 * @throws InvalidParameterError for a missing or unknown key, a count that is not an
 *   integer ≥ 0, or a matrix without truly positive or truly negative members.
 * @example
 * ```ts
 * // Group B of the book's loan example (L38640–L38660)
 * const b = confusionRates({ tp: 600, fp: 200, tn: 800, fn: 400 });
 * b.selectionRate // 0.4
 * b.tpr           // 0.6
 * b.fpr           // 0.2
 * b.accuracy      // 0.7
 * ```
 */
export function confusionRates(counts: ConfusionCounts): ConfusionRates {
  return ratesOf(checkCounts("confusionRates", "counts", counts));
}
