/**
 * Operational and embodied carbon of computing (book Chapter 15, Eq. 15.2
 * "Carbon = Energy × Carbon Intensity", seed 004 L39245–L39256; PUE from the glossary,
 * L46827, and Chapter 2, L2533): the energy a facility draws for its IT load, the CO₂e
 * that energy emits on a given grid, the water its cooling evaporates, and the share of
 * the devices' manufacturing footprint a workload uses.
 */
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link operationalCarbon}. */
export interface OperationalCarbonInput {
  /** Energy of the IT equipment (accelerators, servers): number in kWh, or an energy quantity. ≥ 0. */
  readonly energy: Amount<"energy">;
  /** Carbon intensity of the grid: number in kg/kWh (kg CO₂e per kWh), or a carbon-intensity quantity. ≥ 0. */
  readonly gridIntensity: Amount<"carbonIntensity">;
  /** Power usage effectiveness, facility energy ÷ IT energy, ≥ 1. Default 1: `energy` already includes the facility's overhead. */
  readonly pue?: number;
  /** Water usage effectiveness in litres per kWh of IT energy (The Green Grid's WUE), ≥ 0. Optional. */
  readonly waterUsageEffectiveness?: number;
}

/** Result of {@link operationalCarbon}. */
export interface OperationalCarbonResult {
  /** The IT energy (the input). */
  readonly itEnergy: Quantity<"energy">;
  /** itEnergy × PUE: what the facility draws from the grid. */
  readonly facilityEnergy: Quantity<"energy">;
  /** facilityEnergy × gridIntensity (mass of CO₂e). */
  readonly carbon: Quantity<"mass">;
  /** itEnergy (kWh) × WUE, in litres; present when WUE is given. */
  readonly waterLitres?: number;
}

/**
 * Operational carbon: facility energy = IT energy × PUE, CO₂e = facility energy ×
 * grid intensity (Eq. 15.2), and optionally water = IT energy × WUE.
 *
 * The book's recommender case (L39252–L39256): a GPU drawing 400 W including PUE for one
 * hour on a 0.4 kg/kWh grid emits 0.16 kg CO₂e; GPT-3-scale training, 1,300 MWh at
 * 0.4 kg/kWh, emits 520 t (L39531–L39540).
 *
 * @throws InvalidParameterError for a negative or non-finite amount, a PUE below 1, a
 *   negative WUE, an unknown key or a missing input.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * operationalCarbon({ energy: q(1300, "MWh"), gridIntensity: q(0.4, "kg/kWh") }).carbon.format() // "520 t"
 * const dc = operationalCarbon({ energy: 1000, gridIntensity: 0.4, pue: 1.1, waterUsageEffectiveness: 1.8 });
 * dc.carbon.to("kg")  // 440.00000000000006
 * dc.waterLitres      // 1800
 * ```
 */
export function operationalCarbon(input: OperationalCarbonInput): OperationalCarbonResult {
  const fn = "operationalCarbon";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["energy", "gridIntensity", "pue", "waterUsageEffectiveness"]);
  const itEnergy = readAmount(fn, "energy", i.energy, "kWh", "nonNegative");
  const intensity = readAmount(fn, "gridIntensity", i.gridIntensity, "kg/kWh", "nonNegative");
  const pue = check.atLeast("pue", i.pue ?? 1, 1);
  const facilityEnergy = itEnergy.times(pue) as Quantity<"energy">;
  const carbon = intensity.times(facilityEnergy) as Quantity<"mass">;
  if (i.waterUsageEffectiveness === undefined) return Object.freeze({ itEnergy, facilityEnergy, carbon });
  const wue = check.nonNegative("waterUsageEffectiveness", i.waterUsageEffectiveness);
  return Object.freeze({ itEnergy, facilityEnergy, carbon, waterLitres: itEnergy.to("kWh") * wue });
}

/** Input of {@link embodiedCarbon}. */
export interface EmbodiedCarbonInput {
  /** Manufacturing footprint of one device: number in kg CO₂e, or a mass quantity. ≥ 0. */
  readonly perDevice: Amount<"mass">;
  /** Devices used, ≥ 0 (fractions allowed, e.g. GPUs busy on average). */
  readonly devices: number;
  /** How long the workload holds them: number in years, or a time quantity. ≥ 0. */
  readonly duration: Amount<"time">;
  /** Service life over which the footprint is written off: number in years, or a time quantity. > 0. */
  readonly lifetime: Amount<"time">;
}

/**
 * The share of the devices' manufacturing (embodied) carbon a workload accounts for,
 * written off linearly over the devices' service life:
 * devices × perDevice × duration / lifetime. The book gives no embodied figures; pass
 * a vendor's life-cycle assessment.
 *
 * @throws InvalidParameterError for negative or non-finite amounts, a zero lifetime, or
 *   a duration longer than the lifetime.
 * @example
 * ```ts
 * embodiedCarbon({ perDevice: q(150, "kg"), devices: 24, duration: 3, lifetime: 5 }).format() // "2.16 t"
 * ```
 */
export function embodiedCarbon(input: EmbodiedCarbonInput): Quantity<"mass"> {
  const fn = "embodiedCarbon";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["perDevice", "devices", "duration", "lifetime"]);
  const perDevice = readAmount(fn, "perDevice", i.perDevice, "kg", "nonNegative");
  const devices = check.nonNegative("devices", i.devices);
  const duration = readAmount(fn, "duration", i.duration, "year", "nonNegative");
  const lifetime = readAmount(fn, "lifetime", i.lifetime, "year", "positive");
  if (duration.baseValue > lifetime.baseValue) check.fail("duration", duration.format(), `a duration ≤ the lifetime (${lifetime.format()})`);
  return perDevice.times(devices * duration.ratio(lifetime)) as Quantity<"mass">;
}
