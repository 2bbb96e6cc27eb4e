import { validatorFor } from "../util/validate";
import { DRIFT, DriftDetector, DriftSignal, finiteObservation, NO_DRIFT } from "./drift-detector";

/** Parameters of {@link PageHinkley}; the defaults are river's (`river.drift.PageHinkley`). */
export interface PageHinkleyOptions {
  /** Observations before a change can be reported (integer ≥ 1). Default 30. */
  readonly minInstances?: number;
  /** δ, the magnitude of change tolerated per observation (≥ 0, data units). Default 0.005. */
  readonly delta?: number;
  /** λ, the alarm threshold on the cumulative deviation (> 0, data units). Default 50. */
  readonly threshold?: number;
  /** α, the forgetting factor of the cumulative sums, in (0, 1]. Default 0.9999 (1 − 0.0001). */
  readonly alpha?: number;
  /** Detect increases ("up"), decreases ("down") or both (default) of the mean. */
  readonly mode?: "up" | "down" | "both";
}

/**
 * Page–Hinkley test (Page 1954) as implemented in river (`river.drift.PageHinkley`):
 * a cumulative sum of deviations from the running mean, with a forgetting factor,
 * that alarms when it has climbed more than λ above its minimum (increase) or
 * fallen more than λ below its maximum (decrease).
 *
 * Update for observation xₜ (x̄ₜ = running mean of x₁…xₜ):
 *   U ← α·U + (xₜ − x̄ₜ) − δ,  U_min = min U  (increase test: U − U_min > λ)
 *   D ← α·D + (xₜ − x̄ₜ) + δ,  D_max = max D  (decrease test: D_max − D > λ)
 * tested once t ≥ `minInstances`. Defaults (river): min_instances 30, δ 0.005,
 * λ 50, α 0.9999, mode "both". λ is in data units, so scale it to the stream: the
 * default suits shifts of a few units sustained over tens of observations.
 * river's documented example (stream switching at index 1000) fires at index 1006;
 * the tests reproduce it. O(1) per update. After a detection the next `update`
 * starts afresh, as in river. Beyond the book.
 *
 * @example
 * ```ts
 * detectChanges(new PageHinkley({ threshold: 20 }), [...Array(100).fill(0), ...Array(50).fill(1)]);
 * // [ 122 ]
 * ```
 */
export class PageHinkley implements DriftDetector {
  readonly minInstances: number;
  readonly delta: number;
  readonly threshold: number;
  readonly alpha: number;
  readonly mode: "up" | "down" | "both";
  private n = 0;
  private mean = 0;
  private sumIncrease = 0;
  private sumDecrease = 0;
  private minIncrease = Infinity;
  private maxDecrease = -1;
  private detected = false;

  /**
   * @param options - see {@link PageHinkleyOptions}
   * @throws InvalidParameterError for a parameter outside its range or an unknown mode
   */
  constructor(options: PageHinkleyOptions = {}) {
    const check = validatorFor("PageHinkley");
    this.minInstances = check.integer("minInstances", options.minInstances ?? 30, 1);
    this.delta = check.nonNegative("delta", options.delta ?? 0.005);
    this.threshold = check.positive("threshold", options.threshold ?? 50);
    this.alpha = check.fraction("alpha", options.alpha ?? 1 - 0.0001);
    this.mode = check.oneOf("mode", options.mode ?? "both", ["up", "down", "both"] as const);
  }

  /** Whether the last update detected a change. */
  get driftDetected(): boolean {
    return this.detected;
  }

  /** Forgets everything seen so far. */
  reset(): void {
    this.n = 0;
    this.mean = 0;
    this.sumIncrease = 0;
    this.sumDecrease = 0;
    this.minIncrease = Infinity;
    this.maxDecrease = -1;
    this.detected = false;
  }

  /**
   * Adds one observation.
   * @param x - a finite number
   * @returns `{ drift }`
   * @throws InvalidParameterError for NaN, ±Infinity or a non-number
   */
  update(x: number): DriftSignal {
    const value = finiteObservation("PageHinkley.update", x);
    if (this.detected) this.reset();
    this.n += 1;
    this.mean += (1 / this.n) * (value - this.mean);
    const dev = value - this.mean;
    this.sumIncrease = this.alpha * this.sumIncrease + dev - this.delta;
    this.sumDecrease = this.alpha * this.sumDecrease + dev + this.delta;
    if (this.sumIncrease < this.minIncrease) this.minIncrease = this.sumIncrease;
    if (this.sumDecrease > this.maxDecrease) this.maxDecrease = this.sumDecrease;
    if (this.n >= this.minInstances) {
      const up = this.sumIncrease - this.minIncrease > this.threshold;
      const down = this.maxDecrease - this.sumDecrease > this.threshold;
      this.detected = this.mode === "up" ? up : this.mode === "down" ? down : up || down;
    }
    return this.detected ? DRIFT : NO_DRIFT;
  }
}
