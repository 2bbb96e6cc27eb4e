/**
 * The Thermal Wall (book Chapter 2, seed 004 L3380–L3395): a phone dissipates about
 * 3 W passively; above that it heats up until the thermal trip point throttles it.
 * A first-order (lumped) model: dT/dt = (P − P_dissipated) / C_th.
 */
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";
import { q, type Quantity } from "../../units/quantity";

/** Input of {@link thermalThrottle}. */
export interface ThermalThrottleInput {
  /** Power drawn: number in W, or a power quantity. ≥ 0. */
  readonly power: Amount<"power">;
  /** Power the device sheds without heating up (passive TDP): number in W, or a power quantity. > 0. */
  readonly sustainablePower: Amount<"power">;
  /** Heat capacity C_th in joules per °C (> 0): the excess energy that raises the device by 1 °C. */
  readonly heatCapacityJoulesPerDegree: number;
  /** Starting temperature in °C (finite). */
  readonly startTemperature: number;
  /** Thermal trip point in °C, above the start. */
  readonly tripTemperature: number;
}

/** Result of {@link thermalThrottle}. */
export interface ThermalThrottleResult {
  /** (P − P_sustainable) / C_th in °C per second (≤ 0: the device never heats up). */
  readonly heatingRateDegreesPerSecond: number;
  /** Time to reach the trip point; `null` when the device never reaches it. */
  readonly timeToThrottle: Quantity<"time"> | null;
  /** P / P_sustainable: the factor by which power must fall to run indefinitely (≤ 1: it already can). */
  readonly requiredPowerReduction: number;
}

/**
 * Time until a device throttles: t = (T_trip − T_0)·C_th / (P − P_sustainable).
 *
 * Book: at 10 W a phone with ~3 W passive cooling warms ≈ 1 °C a second and reaches its
 * 80 °C trip point within a minute; a 12 W model needs 4× less power (INT8) to sit at
 * the 3 W limit. The heat capacity (7 J/°C) and the 20 °C start are what make the
 * book's two figures agree; they are assumptions, not the book's numbers.
 *
 * @throws InvalidParameterError for negative power, a sustainable power or heat
 *   capacity ≤ 0, or a trip temperature not above the start.
 * @throws DimensionError for power quantities of the wrong dimension.
 * @example
 * ```ts
 * const t = thermalThrottle({ power: 10, sustainablePower: 3, heatCapacityJoulesPerDegree: 7, startTemperature: 20, tripTemperature: 80 });
 * t.heatingRateDegreesPerSecond // 1
 * t.timeToThrottle?.to("s")      // 60
 * ```
 */
export function thermalThrottle(input: ThermalThrottleInput): ThermalThrottleResult {
  const fn = "thermalThrottle";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["power", "sustainablePower", "heatCapacityJoulesPerDegree", "startTemperature", "tripTemperature"]);
  const power = readAmount(fn, "power", i.power, "W", "nonNegative");
  const sustainable = readAmount(fn, "sustainablePower", i.sustainablePower, "W", "positive");
  const capacity = check.positive("heatCapacityJoulesPerDegree", i.heatCapacityJoulesPerDegree);
  const start = check.finite("startTemperature", i.startTemperature);
  const trip = check.finite("tripTemperature", i.tripTemperature);
  if (!(trip > start)) check.fail("tripTemperature", trip, `a temperature above startTemperature (${start} °C)`);
  const rate = (power.to("W") - sustainable.to("W")) / capacity;
  return Object.freeze({
    heatingRateDegreesPerSecond: rate,
    timeToThrottle: rate > 0 ? q((trip - start) / rate, "s") : null,
    requiredPowerReduction: power.ratio(sustainable),
  });
}
