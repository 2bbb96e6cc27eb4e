/**
 * The roofline model (book Chapter 20, Machine Foundations; Table 20.8): a kernel of
 * arithmetic intensity I on a device with peak rate R and memory bandwidth BW attains
 * min(R, I·BW). The ridge point R/BW separates memory-bound from compute-bound.
 */
import type { HardwareSpec, Precision } from "../../constants/types";
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";
import { memoryBandwidthOf, peakFlopsOf } from "../device/hardware-rates";

/** Which ceiling limits a kernel. */
export type RooflineBound = "memory-bound" | "compute-bound";

/** A device's two ceilings, from {@link deviceCeilings}. */
export interface RooflineCeilings {
  /** R, the peak rate at the chosen precision. */
  readonly peakFlops: Quantity<"flopRate">;
  /** BW, the memory bandwidth. */
  readonly memoryBandwidth: Quantity<"dataRate">;
}

/**
 * A device's peak rate at `precision` and its memory bandwidth, ready for {@link roofline}.
 *
 * @throws InvalidParameterError for an unknown device, a precision it lacks, or no bandwidth.
 * @example
 * ```ts
 * const a100 = deviceCeilings("A100", "fp16");
 * a100.peakFlops.to("TFLOP/s")      // 312
 * a100.memoryBandwidth.to("TB/s")   // 2.039
 * ```
 */
export function deviceCeilings(hardware: string | HardwareSpec, precision: Precision): RooflineCeilings {
  return Object.freeze({ peakFlops: peakFlopsOf(hardware, precision), memoryBandwidth: memoryBandwidthOf(hardware) });
}

/** Input of {@link ridgePoint}. */
export interface RidgePointInput {
  /** R, peak rate: number in FLOP/s or a flop-rate quantity. > 0. */
  readonly peakFlops: Amount<"flopRate">;
  /** BW, memory bandwidth: number in B/s or a data-rate quantity. > 0. */
  readonly memoryBandwidth: Amount<"dataRate">;
}

/**
 * The ridge point I* = R / BW, in FLOP per byte: below it a kernel is memory-bound.
 *
 * Source: seed 004 Table 20.8 (L42632): A100 FP16 153, H100 FP16 295 ops/byte.
 *
 * @throws InvalidParameterError for a missing, non-finite or non-positive rate.
 * @example
 * ```ts
 * ridgePoint(deviceCeilings("A100", "fp16")).to("FLOP/B") // 153.016…
 * ridgePoint({ peakFlops: q(989, "TFLOP/s"), memoryBandwidth: q(3.35, "TB/s") }).to("FLOP/B") // 295.22…
 * ```
 */
export function ridgePoint(input: RidgePointInput): Quantity<"arithmeticIntensity"> {
  const fn = "ridgePoint";
  const { peakFlops, memoryBandwidth } = validatorFor(fn).options("input", input, ["peakFlops", "memoryBandwidth"]);
  const peak = readAmount(fn, "peakFlops", peakFlops, "FLOP/s", "positive");
  const bandwidth = readAmount(fn, "memoryBandwidth", memoryBandwidth, "B/s", "positive");
  return peak.div(bandwidth);
}

/** Input of {@link roofline}. */
export interface RooflineInput extends RidgePointInput {
  /** I, the kernel's arithmetic intensity: number in FLOP/B or an arithmetic-intensity quantity. ≥ 0. */
  readonly intensity: Amount<"arithmeticIntensity">;
}

/** Result of {@link roofline}. */
export interface RooflineResult {
  /** min(R, I·BW). */
  readonly attainableFlops: Quantity<"flopRate">;
  /** R / BW. */
  readonly ridgePoint: Quantity<"arithmeticIntensity">;
  /** `"memory-bound"` when I < I*, else `"compute-bound"`. */
  readonly bound: RooflineBound;
  /** attainable / R, in [0, 1]: the best utilisation the kernel can reach. */
  readonly fractionOfPeak: number;
}

/**
 * Where a kernel sits on a device's roofline: its attainable rate, the ridge point, the
 * bound regime and the fraction of peak it can reach.
 *
 * Formula (seed 004 L42693–L42756): attainable = min(R, I × BW); I* = R / BW.
 *
 * @throws InvalidParameterError for a negative or non-finite intensity, a non-positive
 *   rate, an unknown key or a missing input.
 * @example
 * ```ts
 * // ReLU on a 4096×4096 FP16 tensor: 1 op per 4 bytes (L42756)
 * const relu = roofline({ ...deviceCeilings("A100", "fp16"), intensity: 0.25 });
 * relu.bound                    // "memory-bound"
 * relu.fractionOfPeak           // 0.0016338…
 * roofline({ ...deviceCeilings("A100", "fp16"), intensity: 1365 }).bound // "compute-bound"
 * ```
 */
export function roofline(input: RooflineInput): RooflineResult {
  const fn = "roofline";
  const checked = validatorFor(fn).options("input", input, ["peakFlops", "memoryBandwidth", "intensity"]);
  const peak = readAmount(fn, "peakFlops", checked.peakFlops, "FLOP/s", "positive");
  const bandwidth = readAmount(fn, "memoryBandwidth", checked.memoryBandwidth, "B/s", "positive");
  const intensity = readAmount(fn, "intensity", checked.intensity, "FLOP/B", "nonNegative");
  const ridge = peak.div(bandwidth);
  const memoryCeiling = intensity.times(bandwidth) as Quantity<"flopRate">;
  const memoryBound = intensity.baseValue < ridge.baseValue;
  const attainableFlops = memoryBound ? memoryCeiling : peak;
  return Object.freeze({
    attainableFlops,
    ridgePoint: ridge,
    bound: memoryBound ? ("memory-bound" as const) : ("compute-bound" as const),
    fractionOfPeak: attainableFlops.baseValue / peak.baseValue,
  });
}
