/**
 * How long a battery lasts (book Chapter 2, "Battery tax", seed 004 L3362–L3373, the
 * coin-cell footnote, L3431, and the mobile fallacy, L3994–L3996): runtime = capacity
 * / average power.
 */
import type { Quantity } from "../../units/quantity";
import { q } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link batteryLife}: a capacity as energy, or as charge and voltage. */
export interface BatteryLifeInput {
  /** Stored energy: number in Wh, or an energy quantity. > 0. Give this or chargeMah + voltage. */
  readonly capacity?: Amount<"energy">;
  /** Rated charge in mAh (> 0), with `voltage`. */
  readonly chargeMah?: number;
  /** Nominal voltage in V (> 0), with `chargeMah`. */
  readonly voltage?: number;
  /** Average power of the workload: number in W, or a power quantity. > 0. */
  readonly power: Amount<"power">;
  /** Power the device draws without the workload: number in W, or a power quantity (≥ 0); default 0. */
  readonly basePower?: Amount<"power">;
}

/** Result of {@link batteryLife}. */
export interface BatteryLifeResult {
  /** The capacity as energy (charge × voltage when given that way). */
  readonly capacity: Quantity<"energy">;
  /** capacity / (basePower + power). */
  readonly runtime: Quantity<"time">;
  /** capacity / basePower, the runtime without the workload; `null` when basePower is 0. */
  readonly runtimeWithout: Quantity<"time"> | null;
}

/**
 * Battery runtime: t = E / (P_base + P), with E = capacity (or charge × voltage).
 *
 * Book: a 2 W detector empties a 15 Wh phone battery in 7.5 h; 1 W gives 15 h and 5 W
 * 3 h (L3367, L3994–L3996). A CR2032 (225 mAh at 3 V, 675 mWh) running a 50 µW model
 * lasts 1.54 years (L3431).
 *
 * @throws InvalidParameterError for neither or both capacity forms, a capacity,
 *   charge, voltage or power ≤ 0, a negative base power.
 * @throws DimensionError for quantities of the wrong dimension.
 * @example
 * ```ts
 * batteryLife({ capacity: 15, power: 2 }).runtime.to("h")                           // 7.5
 * batteryLife({ chargeMah: 225, voltage: 3, power: q(50, "µW") }).runtime.to("year") // 1.541…
 * ```
 */
export function batteryLife(input: BatteryLifeInput): BatteryLifeResult {
  const fn = "batteryLife";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["capacity", "chargeMah", "voltage", "power", "basePower"]);
  const byCharge = i.chargeMah !== undefined || i.voltage !== undefined;
  if (byCharge === (i.capacity !== undefined)) check.fail("capacity", i.capacity, "either capacity or chargeMah and voltage (exactly one form)");
  const capacity = byCharge
    ? (q((check.positive("chargeMah", i.chargeMah as number) * check.positive("voltage", i.voltage as number)) / 1000, "Wh") as Quantity<"energy">)
    : readAmount(fn, "capacity", i.capacity as Amount<"energy">, "Wh", "positive");
  const power = readAmount(fn, "power", i.power, "W", "positive");
  const base = readAmount(fn, "basePower", i.basePower ?? 0, "W", "nonNegative");
  return Object.freeze({
    capacity,
    runtime: capacity.div(base.plus(power)) as Quantity<"time">,
    runtimeWithout: base.baseValue === 0 ? null : (capacity.div(base) as Quantity<"time">),
  });
}
