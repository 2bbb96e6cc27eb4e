/**
 * The Energy of Transmission (book Chapter 2, seed 004 L2252–L2274): sending data to
 * the cloud costs radio energy per byte; computing locally costs the inference's energy.
 */
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link transmissionVsLocalEnergy}. */
export interface TransmissionVsLocalInput {
  /** Data sent per decision: number in MB, or a data quantity. ≥ 0. */
  readonly payload: Amount<"data">;
  /** Radio energy per byte sent: number in mJ/MB, or an energy-per-byte quantity. ≥ 0. */
  readonly energyPerByte: Amount<"energyPerData">;
  /** Energy of one local inference: number in mJ, or an energy quantity. > 0. */
  readonly localEnergy: Amount<"energy">;
}

/** Result of {@link transmissionVsLocalEnergy}. */
export interface TransmissionVsLocalResult {
  /** E_cloud ≈ D_vol · E_tx. */
  readonly transmitEnergy: Quantity<"energy">;
  /** E_local ≈ E_op. */
  readonly localEnergy: Quantity<"energy">;
  /** transmitEnergy / localEnergy. */
  readonly ratio: number;
  /** "local" when computing locally costs less energy, else "transmit". */
  readonly cheaper: "local" | "transmit";
}

/**
 * Energy per decision of offloading vs computing locally: E_cloud ≈ D_vol·E_tx against
 * E_local ≈ E_op (L2268–L2270). Book: 1 MB at 100 mJ/MB is 100 mJ against 0.1 mJ for a
 * local MobileNet inference, 1,000×.
 *
 * @throws InvalidParameterError for negative amounts or a local energy ≤ 0.
 * @throws DimensionError for quantities of the wrong dimension.
 * @example
 * ```ts
 * const e = transmissionVsLocalEnergy({ payload: 1, energyPerByte: 100, localEnergy: 0.1 });
 * e.transmitEnergy.to("mJ") // 100
 * e.ratio                   // 1000
 * ```
 */
export function transmissionVsLocalEnergy(input: TransmissionVsLocalInput): TransmissionVsLocalResult {
  const fn = "transmissionVsLocalEnergy";
  const i = validatorFor(fn).options("input", input, ["payload", "energyPerByte", "localEnergy"]);
  const payload = readAmount(fn, "payload", i.payload, "MB", "nonNegative");
  const perByte = readAmount(fn, "energyPerByte", i.energyPerByte, "mJ/MB", "nonNegative");
  const local = readAmount(fn, "localEnergy", i.localEnergy, "mJ", "positive");
  const transmitEnergy = perByte.times(payload) as Quantity<"energy">;
  const ratio = transmitEnergy.ratio(local);
  return Object.freeze({ transmitEnergy, localEnergy: local, ratio, cheaper: ratio > 1 ? ("local" as const) : ("transmit" as const) });
}
