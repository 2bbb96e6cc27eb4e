import { validatorFor } from "../util/validate";
import { PhiloxSource } from "./philox";

/** @internal A growable Float64Array of event times. */
export class TimeList {
  private data: Float64Array;
  length = 0;
  constructor(expected: number) {
    this.data = new Float64Array(Math.max(16, Math.ceil(expected)));
  }
  push(t: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = t;
  }
  toArray(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Event times of a homogeneous Poisson process of rate λ on [start, start + duration):
 * tᵢ = tᵢ₋₁ + Eᵢ with Eᵢ ~ Exp(λ) drawn by inversion from `source.nextFloat64()`
 * (2 words each). The expected count is λ·duration. The source advances by
 * 2 · (count + 1) words.
 *
 * @param source - a {@link PhiloxSource}
 * @param options - `rate` λ (> 0, events per time unit), `duration` (> 0, same unit), `start` (default 0)
 * @returns sorted event times, Float64Array
 * @throws InvalidParameterError for a non-positive rate or duration, or a non-finite start
 * @example
 * ```ts
 * poissonArrivals(philox(1), { rate: 2, duration: 2 });
 * // Float64Array [ 1.1253983631791822, 1.746526674163575 ]
 * ```
 */
export function poissonArrivals(source: PhiloxSource, options: { rate: number; duration: number; start?: number }): Float64Array {
  const check = validatorFor("poissonArrivals");
  const rate = check.positive("rate", options?.rate);
  const duration = check.positive("duration", options.duration);
  const start = check.finite("start", options.start ?? 0);
  const end = start + duration;
  const times = new TimeList(rate * duration * 1.1 + 10);
  let t = start;
  for (;;) {
    t += -Math.log(1 - source.nextFloat64()) / rate;
    if (t >= end) break;
    times.push(t);
  }
  return times.toArray();
}
