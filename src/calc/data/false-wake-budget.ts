/**
 * The false-wake budget of an always-on detector (book Chapter 4, keyword spotting):
 * a tolerable number of false alarms per month, spread over every classification
 * window, sets the false-positive rate the model must reach.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link falseWakeBudget}. */
export interface FalseWakeBudgetInput {
  /** False wakes users tolerate per period, ≥ 0. Book: 1. */
  readonly allowedFalseWakes: number;
  /** The period. Number in days, or a time quantity. > 0. Default 30 days (a month). */
  readonly period?: Amount<"time">;
  /** Length of one classification window. Number in s, or a time quantity. > 0. Default 1 s. */
  readonly window?: Amount<"time">;
  /** Share of the period the detector listens, in (0, 1]. Default 1 (always on). */
  readonly dutyCycle?: number;
}

/** Result of {@link falseWakeBudget}. */
export interface FalseWakeBudgetResult {
  /** period · dutyCycle / window: classifications per period. */
  readonly windows: number;
  /** allowedFalseWakes / windows: the highest false-positive rate per window. */
  readonly maxFalsePositiveRate: number;
  /** 1 − maxFalsePositiveRate: the share of non-keyword windows that must be rejected. */
  readonly requiredRejection: number;
  /** False accepts per hour of listening at the budget (FA/h). */
  readonly falseAcceptsPerHour: Quantity<"frequency">;
}

/**
 * The false-positive rate an always-on keyword spotter may have.
 *
 * Formulas (seed 004 L5463–L5485): windows = 60 × 60 × 24 × 30 = 2,592,000 a month;
 * FPR = 1 / 2,592,000 ≈ 3.9e−7, i.e. 99.99996 % rejection; equivalently 1/720 false
 * accepts per hour, the metric the book recommends over accuracy.
 *
 * @throws InvalidParameterError for a negative budget, a non-positive period or window,
 *   a window longer than the listening time, a duty cycle outside (0, 1], a missing input or an unknown key.
 * @throws DimensionError for a quantity that is not a time.
 * @example
 * ```ts
 * const r = falseWakeBudget({ allowedFalseWakes: 1 });
 * r.windows               // 2592000
 * r.maxFalsePositiveRate  // 3.858024691358025e-7
 * ```
 */
export function falseWakeBudget(input: FalseWakeBudgetInput): FalseWakeBudgetResult {
  const fn = "falseWakeBudget";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["allowedFalseWakes", "period", "window", "dutyCycle"]);
  const allowed = check.nonNegative("allowedFalseWakes", i.allowedFalseWakes);
  const period = readAmount(fn, "period", i.period ?? 30, "day", "positive").to("s");
  const window = readAmount(fn, "window", i.window ?? 1, "s", "positive").to("s");
  const duty = check.fraction("dutyCycle", i.dutyCycle ?? 1);
  const listening = period * duty;
  if (window > listening) check.fail("window", `${window} s`, `at most the listening time, ${listening} s`);
  const windows = Number((listening / window).toPrecision(15));
  const fpr = Math.min(1, allowed / windows);
  return Object.freeze({
    windows,
    maxFalsePositiveRate: fpr,
    requiredRejection: 1 - fpr,
    falseAcceptsPerHour: q(allowed / (listening / 3600), "1/h"),
  });
}
