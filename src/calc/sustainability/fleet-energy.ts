/**
 * Energy of a fleet of devices or of a run (book Chapter 2, TCO power lines, seed 004
 * L3006 and L3308; Chapter 15, TCO and carbon case, L39252): devices × power × time.
 */
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link fleetEnergy}. */
export interface FleetEnergyInput {
  /** Devices drawing power at once, ≥ 0 (fractions allowed: GPUs busy on average). */
  readonly devices: number;
  /** Average power of one device: number in W, or a power quantity. ≥ 0. */
  readonly powerPerDevice: Amount<"power">;
  /** How long they run: number in hours, or a time quantity. ≥ 0. */
  readonly duration: Amount<"time">;
}

/** Result of {@link fleetEnergy}. */
export interface FleetEnergyResult {
  /** devices × duration (device-hours). */
  readonly deviceTime: Quantity<"time">;
  /** devices × power: the fleet's draw. */
  readonly power: Quantity<"power">;
  /** devices × power × duration. */
  readonly energy: Quantity<"energy">;
}

/**
 * Energy of a fleet: E = N·P·t, with N = `devices`, P = `powerPerDevice`, t = `duration`.
 * A training or inference run measured in GPU-hours is N = 1 with t = the GPU-hours.
 *
 * Book: 500 Coral boards at 2 W for 3 years draw 26.28 MWh, $3,153.60 at $0.12/kWh
 * (L3308); a 300 W server around the clock draws 2,628 kWh a year (L3006).
 *
 * @throws InvalidParameterError for negative or non-finite inputs, an unknown key or a missing input.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * fleetEnergy({ devices: 500, powerPerDevice: 2, duration: q(3, "year") }).energy.to("MWh") // 26.28
 * fleetEnergy({ devices: 1, powerPerDevice: 300, duration: q(1, "year") }).energy.format()  // "2.63 MWh"
 * ```
 */
export function fleetEnergy(input: FleetEnergyInput): FleetEnergyResult {
  const fn = "fleetEnergy";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["devices", "powerPerDevice", "duration"]);
  const devices = check.nonNegative("devices", i.devices);
  const power = readAmount(fn, "powerPerDevice", i.powerPerDevice, "W", "nonNegative");
  const duration = readAmount(fn, "duration", i.duration, "h", "nonNegative");
  const fleetPower = power.times(devices) as Quantity<"power">;
  return Object.freeze({
    deviceTime: duration.times(devices) as Quantity<"time">,
    power: fleetPower,
    energy: fleetPower.times(duration) as Quantity<"energy">,
  });
}
