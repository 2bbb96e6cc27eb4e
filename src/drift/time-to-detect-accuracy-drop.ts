import { validatorFor } from "../util/validate";
import { AccuracyDropDesign, accuracyDropInputs, accuracyDropSampleSize } from "./sample-size-for-accuracy-drop";

/** Inputs of {@link timeToDetectAccuracyDrop}. */
export interface TimeToDetectAccuracyDropOptions {
  /** Baseline accuracy p₀ in (0, 1). Required unless `requiredSamples` is given. */
  readonly baseline?: number;
  /** Degraded accuracy p₁ in (0, 1). Required unless `requiredSamples` is given. */
  readonly degraded?: number;
  /** Confidence 1 − α in (0, 1); default 0.95. */
  readonly confidence?: number;
  /** Power in [0.5, 1); default 0.8. */
  readonly power?: number;
  /** "two-sided" (default) or "one-sided". */
  readonly alternative?: "two-sided" | "one-sided";
  /** "one-sample" (default) or "two-sample" (see {@link sampleSizeForAccuracyDrop}). */
  readonly design?: AccuracyDropDesign;
  /** Serving traffic in requests per second (> 0). 100 requests/day = 100/86400. */
  readonly qps: number;
  /** Fraction of requests that receive a ground-truth label, in (0, 1]; default 1. */
  readonly labelRate?: number;
  /** Delay until a label arrives, in seconds (≥ 0); default 0. */
  readonly labelDelaySeconds?: number;
  /**
   * Use this many labelled samples instead of the formula, e.g. the book's
   * "≈ 1,000" (integer ≥ 1).
   */
  readonly requiredSamples?: number;
}

/** Result of {@link timeToDetectAccuracyDrop}. All times are in the unit named by the field. */
export interface TimeToDetectAccuracyDropResult {
  /** Labelled samples needed (count). */
  readonly requiredSamples: number;
  /** Labelled samples arriving per second = qps × labelRate. */
  readonly labeledPerSecond: number;
  /** Detection time in seconds = requiredSamples / labeledPerSecond + labelDelaySeconds. */
  readonly seconds: number;
  /** The same time in minutes. */
  readonly minutes: number;
  /** The same time in hours. */
  readonly hours: number;
  /** The same time in days (86,400 s). */
  readonly days: number;
}

/**
 * How long a monitor must wait to confirm an accuracy drop: the labelled samples
 * a z-test needs ({@link sampleSizeForAccuracyDrop}), divided by the rate at which
 * labelled samples arrive, plus the label delay. This is the book's "drift
 * detection delay" example (seed L36037–L36046): 95 % → 90 % at 95 % confidence,
 * "≈ 1,000 labeled samples", so 1,000 s ≈ 17 min at 1 QPS and 10 days at 100
 * requests/day. With the standard one-sample formula at power 0.8 the sample count
 * is 185 (≈ 3.1 min at 1 QPS, 1.85 days at 100/day); pass `requiredSamples: 1000`
 * to reproduce the book's own figures.
 *
 * Formula: t = n / (qps · labelRate) + labelDelay, n from the sample-size formula
 * with α = 1 − confidence (or `requiredSamples`).
 *
 * @param options - see {@link TimeToDetectAccuracyDropOptions}; qps in requests/s,
 *   labelDelaySeconds in s
 * @returns frozen {@link TimeToDetectAccuracyDropResult}, times in s, min, h, days
 * @throws InvalidParameterError for qps ≤ 0, labelRate outside (0, 1], a negative
 *   delay, a non-integer requiredSamples, or (without requiredSamples) invalid
 *   baseline/degraded/confidence/power
 * @example
 * ```ts
 * timeToDetectAccuracyDrop({ requiredSamples: 1000, qps: 1 }).minutes;  // 16.666666666666668
 * timeToDetectAccuracyDrop({ baseline: 0.95, degraded: 0.9, qps: 1 }).seconds; // 185
 * ```
 */
export function timeToDetectAccuracyDrop(options: TimeToDetectAccuracyDropOptions): TimeToDetectAccuracyDropResult {
  const check = validatorFor("timeToDetectAccuracyDrop");
  if (options === null || typeof options !== "object") check.fail("options", options, "an object { qps, baseline, degraded, … }");
  const qps = check.positive("qps", options.qps);
  const labelRate = check.fraction("labelRate", options.labelRate ?? 1);
  const delay = check.nonNegative("labelDelaySeconds", options.labelDelaySeconds ?? 0);
  let n: number;
  if (options.requiredSamples !== undefined) {
    n = check.integer("requiredSamples", options.requiredSamples, 1);
  } else {
    const confidence = options.confidence ?? 0.95;
    if (!(typeof confidence === "number" && confidence > 0 && confidence < 1)) {
      check.fail("confidence", confidence, "a finite number in (0, 1)");
    }
    const v = accuracyDropInputs(check, { ...options, alpha: 1 - confidence });
    n = accuracyDropSampleSize(v.p0, v.p1, v.alpha, v.power, v.alternative, v.design).samples;
  }
  const labeledPerSecond = qps * labelRate;
  const seconds = n / labeledPerSecond + delay;
  return Object.freeze({
    requiredSamples: n,
    labeledPerSecond,
    seconds,
    minutes: seconds / 60,
    hours: seconds / 3600,
    days: seconds / 86400,
  });
}
