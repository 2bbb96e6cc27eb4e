import { validatorFor } from "../util/validate";
import { DRIFT, DriftDetector, DriftSignal, finiteObservation, NO_DRIFT } from "./drift-detector";

/** Parameters of {@link CUSUM}; the defaults are river's (`river.drift.CUSUM`). */
export interface CusumOptions {
  /** Warm-up length: the reference mean μ₀ and σ are estimated from these first observations (integer ≥ 2). Default 30. */
  readonly minInstances?: number;
  /** Slack k in units of σ (≥ 0): deviations smaller than k·σ do not accumulate. Default 0.5. */
  readonly slack?: number;
  /** Decision interval h in units of σ (> 0): alarm when a sum exceeds h·σ. Default 5. */
  readonly threshold?: number;
  /** Detect increases ("up"), decreases ("down") or both (default). */
  readonly mode?: "up" | "down" | "both";
}

/**
 * Tabular two-sided CUSUM control chart (Page 1954), as implemented in river
 * (`river.drift.CUSUM`). The reference mean μ₀ and standard deviation σ (sample SD,
 * n − 1) are estimated over the first `minInstances` observations and then frozen;
 * afterwards
 *
 *   S⁺ ← max(0, S⁺ + (x − μ₀) − k·σ),  S⁻ ← max(0, S⁻ − (x − μ₀) − k·σ),
 *
 * and a change is reported when S⁺ > h·σ or S⁻ > h·σ (per `mode`). Parameters:
 * k = `slack` = 0.5 and h = `threshold` = 5 (in σ units, the textbook values for
 * detecting a 1σ shift, also the chapter 14 catalog's suggestion); min_instances 30.
 * A 1σ shift is typically caught within about 10 observations; with h = 5 the
 * in-control average run length is a few hundred observations, so a long
 * stationary stream will occasionally alarm (raise h to trade delay for fewer
 * false alarms). A constant warm-up (σ = 0) makes any later deviation alarm.
 * O(1) per update; after a detection the next update starts a new warm-up, as in
 * river. river's documented example (3σ shift at index 200) fires at 201 and 251,
 * reproduced in the tests. Beyond the book.
 *
 * @example
 * ```ts
 * const stream = [...Array(60).keys()].map((i) => (i % 2 ? 1 : -1)).concat(Array(20).fill(3));
 * detectChanges(new CUSUM(), stream); // [ 61 ]
 * ```
 */
export class CUSUM implements DriftDetector {
  readonly minInstances: number;
  readonly slack: number;
  readonly threshold: number;
  readonly mode: "up" | "down" | "both";
  private n = 0;
  private mean = 0;
  private m2 = 0;
  private reference: number | null = null;
  private sigma = 0;
  private sumIncrease = 0;
  private sumDecrease = 0;
  private detected = false;

  /**
   * @param options - see {@link CusumOptions}
   * @throws InvalidParameterError for a parameter outside its range or an unknown mode
   */
  constructor(options: CusumOptions = {}) {
    const check = validatorFor("CUSUM");
    this.minInstances = check.integer("minInstances", options.minInstances ?? 30, 2);
    this.slack = check.nonNegative("slack", options.slack ?? 0.5);
    this.threshold = check.positive("threshold", options.threshold ?? 5);
    this.mode = check.oneOf("mode", options.mode ?? "both", ["up", "down", "both"] as const);
  }

  /** Whether the last update detected a change. */
  get driftDetected(): boolean {
    return this.detected;
  }

  /** The frozen reference mean μ₀ (null during the warm-up). */
  get referenceMean(): number | null {
    return this.reference;
  }

  /** The frozen reference standard deviation σ (0 during the warm-up). */
  get referenceSd(): number {
    return this.sigma;
  }

  /** Forgets everything seen so far, including the reference. */
  reset(): void {
    this.n = 0;
    this.mean = 0;
    this.m2 = 0;
    this.reference = null;
    this.sigma = 0;
    this.sumIncrease = 0;
    this.sumDecrease = 0;
    this.detected = false;
  }

  /**
   * Adds one observation.
   * @param x - a finite number
   * @returns `{ drift }`
   * @throws InvalidParameterError for NaN, ±Infinity or a non-number
   */
  update(x: number): DriftSignal {
    const value = finiteObservation("CUSUM.update", x);
    if (this.detected) this.reset();
    this.n += 1;
    const oldMean = this.mean;
    this.mean += (1 / this.n) * (value - this.mean);
    this.m2 += (value - oldMean) * (value - this.mean);
    if (this.n < this.minInstances) return NO_DRIFT;
    if (this.reference === null) {
      this.reference = this.mean;
      this.sigma = Math.sqrt(Math.max(this.m2 / (this.n - 1), 0));
    }
    const k = this.slack * this.sigma;
    const limit = this.threshold * this.sigma;
    const deviation = value - this.reference;
    this.sumIncrease = Math.max(0, this.sumIncrease + deviation - k);
    this.sumDecrease = Math.max(0, this.sumDecrease - deviation - k);
    const up = this.sumIncrease > limit;
    const down = this.sumDecrease > limit;
    this.detected = this.mode === "up" ? up : this.mode === "down" ? down : up || down;
    return this.detected ? DRIFT : NO_DRIFT;
  }
}
