/**
 * Peak rates of a device, looked up by id or read from a user's own record. This is
 * how a user's device works in every calculator: pass `peakFlopsOf(myDevice, "fp16")`
 * wherever a calculator takes a peak rate.
 */
import { hardwareRegistry } from "../../constants/hardware";
import type { HardwareSpec, Precision } from "../../constants/types";
import { asQuantity, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";

/**
 * Peak dense rate of a device at one numeric precision.
 *
 * @param hardware - a registered id (`"A100"`, `"H100"`, case-insensitive) or a
 *   {@link HardwareSpec} record, e.g. a device the user built and never registered.
 * @param precision - `"fp32"`, `"tf32"`, `"fp16"`, `"bf16"`, `"fp8"`, `"int8"` or `"int4"`;
 *   integer formats are ops/s stored in the flop dimension, as the book prints them.
 * @returns the peak rate as a flop-rate quantity (the registry's own record, with its
 *   provenance in `hardware.fieldProvenance["peakFlops.<precision>"]`).
 * @throws InvalidParameterError for an unknown id (listing the known ids), or when the
 *   device has no rate for `precision` (naming the device and listing its precisions).
 * @throws DimensionError when a user record stores a peak rate of another dimension.
 * Source: book Tables 21.1–21.8 (seed 004 L43516–L44036) through `hardwareRegistry`.
 * @example
 * ```ts
 * peakFlopsOf("A100", "fp16").to("TFLOP/s")   // 312
 * peakFlopsOf("h100", "fp8").format()         // "1.98 PFLOP/s"
 * peakFlopsOf("A100", "fp8")
 * // InvalidParameterError: peakFlopsOf: precision must be one of the precisions hardware "A100" lists: "fp16", "fp32", "tf32", "int8", "bf16"; got "fp8"
 * ```
 */
export function peakFlopsOf(hardware: string | HardwareSpec, precision: Precision): Quantity<"flopRate"> {
  const fn = "peakFlopsOf";
  const device = hardwareRegistry.resolve(hardware, fn, "hardware");
  const rates = device.peakFlops ?? {};
  const rate = typeof precision === "string" && Object.prototype.hasOwnProperty.call(rates, precision)
    ? rates[precision]
    : undefined;
  if (rate === undefined) {
    const known = Object.keys(rates).map((p) => JSON.stringify(p)).join(", ");
    const name = `hardware ${JSON.stringify(device.id)}`;
    validatorFor(fn).fail("precision", precision, known ? `one of the precisions ${name} lists: ${known}` : `a precision ${name} lists (it lists none)`);
  }
  return asQuantity(fn, `peakFlops.${precision}`, rate as Quantity<string>, "FLOP/s");
}

/**
 * Memory bandwidth of a device.
 *
 * @param hardware - a registered id (case-insensitive) or a {@link HardwareSpec} record.
 * @throws InvalidParameterError for an unknown id, or a device without a bandwidth figure.
 * Source: book Tables 21.1–21.8 through `hardwareRegistry`.
 * @example
 * ```ts
 * memoryBandwidthOf("A100").to("TB/s") // 2.039
 * ```
 */
export function memoryBandwidthOf(hardware: string | HardwareSpec): Quantity<"dataRate"> {
  const fn = "memoryBandwidthOf";
  const device = hardwareRegistry.resolve(hardware, fn, "hardware");
  if (device.memoryBandwidth === undefined) validatorFor(fn).fail("hardware", device.id, "a device with a memoryBandwidth");
  return asQuantity(fn, "memoryBandwidth", device.memoryBandwidth as Quantity<string>, "B/s");
}

/**
 * Memory capacity of a device, as the registry stores it (GiB for the book's HBM figures).
 *
 * @param hardware - a registered id (case-insensitive) or a {@link HardwareSpec} record.
 * @throws InvalidParameterError for an unknown id, or a device without a capacity figure.
 * @example
 * ```ts
 * memoryCapacityOf("H100").to("GiB") // 80
 * ```
 */
export function memoryCapacityOf(hardware: string | HardwareSpec): Quantity<"data"> {
  const fn = "memoryCapacityOf";
  const device = hardwareRegistry.resolve(hardware, fn, "hardware");
  if (device.memoryCapacity === undefined) validatorFor(fn).fail("hardware", device.id, "a device with a memoryCapacity");
  return asQuantity(fn, "memoryCapacity", device.memoryCapacity as Quantity<string>, "B");
}
