/**
 * The Light Barrier (book Chapter 2, Eq. 2.1, seed 004 L2178; "Distance Penalty",
 * L2893–L2906): a request to a data centre d km away cannot return before light has
 * crossed the fibre twice, whatever the software does.
 */
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link fiberRoundTrip}. */
export interface FiberRoundTripInput {
  /** One-way distance to the server: number in km, or a length quantity. ≥ 0. */
  readonly distance: Amount<"length">;
  /** Speed of light in the fibre: number in km/s, or a speed quantity. > 0. Default 200,000 km/s (c/1.5; Table 21.11, Table 20.1's 200 km/ms). */
  readonly fiberSpeed?: Amount<"speed">;
  /** End-to-end latency budget: number in ms, or a time quantity (≥ 0); gives `remainingBudget`. */
  readonly budget?: Amount<"time">;
}

/** Result of {@link fiberRoundTrip}. */
export interface FiberRoundTripResult {
  /** distance / speed. */
  readonly oneWay: Quantity<"time">;
  /** 2 · distance / speed: the floor of any round trip. */
  readonly roundTrip: Quantity<"time">;
  /** budget − roundTrip: what is left for compute (negative: the budget is broken before any work); only with a budget. */
  readonly remainingBudget?: Quantity<"time">;
  /** roundTrip ≤ budget; only with a budget. */
  readonly fitsBudget?: boolean;
}

/**
 * Minimum network latency from propagation alone (Eq. 2.1): RTT = 2·d / c_fiber.
 *
 * Book: a data centre 1,500 km away costs 15 ms of a robot arm's 10 ms budget,
 * leaving −5 ms (L2893–L2906); California–Virginia (~3,600 km) costs ~36 ms (L2180).
 *
 * @throws InvalidParameterError for a negative distance or budget, a speed ≤ 0, an unknown key.
 * @throws DimensionError for quantities of the wrong dimension.
 * @example
 * ```ts
 * const r = fiberRoundTrip({ distance: 1500, budget: q(10, "ms") });
 * r.roundTrip.to("ms")        // 15
 * r.remainingBudget?.to("ms") // -4.999999999999999
 * fiberRoundTrip({ distance: q(3600, "km") }).roundTrip.format() // "36 ms"
 * ```
 */
export function fiberRoundTrip(input: FiberRoundTripInput): FiberRoundTripResult {
  const fn = "fiberRoundTrip";
  const i = validatorFor(fn).options("input", input, ["distance", "fiberSpeed", "budget"]);
  const distance = readAmount(fn, "distance", i.distance, "km", "nonNegative");
  const speed = readAmount(fn, "fiberSpeed", i.fiberSpeed ?? 200_000, "km/s", "positive");
  const oneWay = distance.div(speed) as Quantity<"time">;
  const roundTrip = oneWay.times(2) as Quantity<"time">;
  if (i.budget === undefined) return Object.freeze({ oneWay, roundTrip });
  const budget = readAmount(fn, "budget", i.budget, "ms", "nonNegative");
  return Object.freeze({ oneWay, roundTrip, remainingBudget: budget.minus(roundTrip), fitsBudget: roundTrip.baseValue <= budget.baseValue * (1 + 1e-12) });
}
