/**
 * What latency costs a moving vehicle (book Chapter 1, latency footnote, seed 004
 * L1632; Chapter 2, emergency-braking framework, L3744–L3792): distance = speed × latency.
 */
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link distanceDuringLatency}. */
export interface DistanceDuringLatencyInput {
  /** Vehicle speed: number in km/h, or a speed quantity. ≥ 0. */
  readonly speed: Amount<"speed">;
  /** Decision latency: number in ms, or a time quantity. ≥ 0. */
  readonly latency: Amount<"time">;
}

/**
 * Distance travelled before the system reacts: d = v·t. Book: at 100 km/h a car covers
 * 2.8 m in 100 ms (L3751), about 3 cm per millisecond (L1632).
 *
 * @throws InvalidParameterError for a negative or non-finite speed or latency.
 * @throws DimensionError for quantities of the wrong dimension.
 * @example
 * ```ts
 * distanceDuringLatency({ speed: 100, latency: 100 }).to("m") // 2.777…
 * distanceDuringLatency({ speed: q(100, "km/h"), latency: q(1, "ms") }).to("cm") // 2.777…
 * ```
 */
export function distanceDuringLatency(input: DistanceDuringLatencyInput): Quantity<"length"> {
  const fn = "distanceDuringLatency";
  const i = validatorFor(fn).options("input", input, ["speed", "latency"]);
  const speed = readAmount(fn, "speed", i.speed, "km/h", "nonNegative");
  const latency = readAmount(fn, "latency", i.latency, "ms", "nonNegative");
  return speed.times(latency) as Quantity<"length">;
}
