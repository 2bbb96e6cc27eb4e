/**
 * Does a footprint fit on a device? The required bytes against a registry device's (or
 * a given) memory capacity, less any reserve, with the margin, the utilisation and the
 * number of such devices the footprint would need if split evenly.
 */
import type { HardwareSpec } from "../../constants/types";
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";
import { memoryCapacityOf } from "../device/hardware-rates";
import { hardwareRegistry } from "../../constants/hardware";

/** Most devices {@link fitsOnDevice} will report as needed before calling the footprint unsplittable. */
export const MAX_DEVICES_NEEDED = 1e9;

/** Input of {@link fitsOnDevice}: exactly one of `device` and `capacity`. */
export interface FitsOnDeviceInput {
  /** Bytes needed: a number in B or a data quantity, ≥ 0. */
  readonly required: Amount<"data">;
  /** A registered device id (`"A100"`) or a {@link HardwareSpec} with a memory capacity. */
  readonly device?: string | HardwareSpec;
  /** Memory capacity instead of a device: a number in B or a data quantity, > 0. */
  readonly capacity?: Amount<"data">;
  /** Memory kept free for other uses (runtime, OS, fragmentation): B or a data quantity, ≥ 0 and below the capacity (default 0). */
  readonly reserve?: Amount<"data">;
}

/** Result of {@link fitsOnDevice}. */
export interface FitsOnDevice {
  readonly required: Quantity<"data">;
  /** The device's memory (the registry keeps the book's GiB figures in GiB). */
  readonly capacity: Quantity<"data">;
  /** capacity − reserve. */
  readonly usable: Quantity<"data">;
  /** required ≤ usable. */
  readonly fits: boolean;
  /** usable − required (negative when it does not fit). */
  readonly margin: Quantity<"data">;
  /** required / capacity. */
  readonly utilisation: number;
  /** ⌈required / usable⌉ (at least 1): devices needed if the footprint is split evenly. */
  readonly devicesNeeded: number;
}

/**
 * Whether `required` fits in a device's memory, and by how much.
 *
 * Formula: usable = capacity − reserve; fits ⇔ required ≤ usable; utilisation =
 * required / capacity; devices = ⌈required / usable⌉. Book use (seed 004 L12076): a
 * 51.2 GB embedding table fills 60 % of an A100 (80 GiB = 85.9 GB; the book writes
 * "86 GB"), and a second such table does not fit.
 *
 * @throws InvalidParameterError when neither or both of `device` and `capacity` are
 *   given, for an unknown device or one without a capacity, a negative or non-finite
 *   amount, a reserve not below the capacity, a footprint needing more than 1e9
 *   devices, an unknown key or a missing input.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * const table = fitsOnDevice({ required: q(51.2, "GB"), device: "A100" });
 * table.utilisation     // 0.596…
 * fitsOnDevice({ required: q(102.4, "GB"), device: "A100" }).devicesNeeded // 2
 * fitsOnDevice({ required: q(65, "MB"), capacity: q(512, "MB") }).margin.to("MB") // 447
 * ```
 */
export function fitsOnDevice(input: FitsOnDeviceInput): FitsOnDevice {
  const fn = "fitsOnDevice";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["required", "device", "capacity", "reserve"]);
  if ((c.device === undefined) === (c.capacity === undefined)) check.fail("device", c.device, "given when capacity is not (exactly one of device and capacity)");
  const required = readAmount(fn, "required", c.required, "B", "nonNegative");
  let capacity: Quantity<"data">;
  if (c.device !== undefined) {
    const device = hardwareRegistry.resolve(c.device, fn, "device");
    if (device.memoryCapacity === undefined) check.fail("device", device.id, "a device with a memoryCapacity (or pass capacity)");
    capacity = memoryCapacityOf(device);
  } else {
    capacity = readAmount(fn, "capacity", c.capacity as Amount<"data">, "B", "positive");
  }
  const reserve = readAmount(fn, "reserve", c.reserve ?? 0, "B", "nonNegative");
  if (!(reserve.baseValue < capacity.baseValue)) check.fail("reserve", reserve.format(), `less than the capacity (${capacity.format()})`);
  const usable = capacity.minus(reserve);
  const devicesNeeded = Math.max(1, Math.ceil(required.baseValue / usable.baseValue));
  if (!(devicesNeeded <= MAX_DEVICES_NEEDED)) check.fail("required", required.format(), `at most ${MAX_DEVICES_NEEDED} times the usable memory (${usable.format()})`);
  return Object.freeze({
    required,
    capacity,
    usable,
    fits: required.baseValue <= usable.baseValue,
    margin: usable.minus(required),
    utilisation: required.baseValue / capacity.baseValue,
    devicesNeeded,
  });
}
