/**
 * Wall-clock time of a training run spread over many devices: the compute term of
 * the Iron Law with the peak rate multiplied by the number of devices.
 */
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Inputs of {@link distributedTrainingTime}. */
export interface DistributedTrainingTimeInput {
  /** O, total training operations. Number in FLOP, or a flop quantity. ≥ 0. */
  readonly operations: Amount<"flop">;
  /** N, number of devices (GPUs, TPU chips): an integer ≥ 1. */
  readonly devices: number;
  /** R_peak of one device. Number in FLOP/s, or a flop-rate quantity (see `peakFlopsOf`). > 0. */
  readonly peakFlopsPerDevice: Amount<"flopRate">;
  /** η, the fraction of the cluster's peak sustained over the run (model FLOPs utilisation), in (0, 1]. */
  readonly efficiency: number;
}

/** Result of {@link distributedTrainingTime}. */
export interface DistributedTrainingTimeResult {
  /** Wall-clock time, O / (N · R_peak · η). */
  readonly time: Quantity<"time">;
  /** Sustained rate of the whole cluster, N · R_peak · η. */
  readonly effectiveRate: Quantity<"flopRate">;
  /** Peak rate of the whole cluster, N · R_peak. */
  readonly peakRate: Quantity<"flopRate">;
  /** Device-time consumed, N · time; `.to("h")` gives GPU-hours, the unit cloud bills are written in. */
  readonly deviceTime: Quantity<"time">;
}

/**
 * Training time on N devices by the distributed Iron Law.
 *
 * Formula (seed 004 L1337, the GPT-3 worked example): `T ≈ O / (N · R_peak · η)`,
 * with O = `operations` (FLOP), N = `devices`, R_peak = `peakFlopsPerDevice`
 * (FLOP/s), η = `efficiency`. Communication, stragglers and restarts are folded into
 * η; the data and latency terms are taken as hidden behind compute.
 *
 * @throws InvalidParameterError when `operations` is NaN, infinite or negative, when
 *   `devices` is not an integer ≥ 1, when `peakFlopsPerDevice` is not > 0, or when
 *   `efficiency` is outside (0, 1].
 * @throws DimensionError when a quantity of the wrong dimension is passed.
 * @example
 * ```ts
 * // GPT-3 on 1,024 A100s at 45 % of FP16 peak (WE-1.3, L1324–L1345)
 * const r = distributedTrainingTime({ operations: 3.14e23, devices: 1024,
 *   peakFlopsPerDevice: q(312, "TFLOP/s"), efficiency: 0.45 });
 * r.time.to("day")           // 25.278356…
 * r.time.format()            // "25.3 days"
 * r.effectiveRate.format()   // "144 PFLOP/s"
 * r.deviceTime.to("h")       // 621240.899… GPU-hours
 * ```
 */
export function distributedTrainingTime(input: DistributedTrainingTimeInput): DistributedTrainingTimeResult {
  const fn = "distributedTrainingTime";
  const check = validatorFor(fn);
  const operations = readAmount(fn, "operations", input.operations, "FLOP", "nonNegative");
  const devices = check.integer("devices", input.devices, 1);
  const peakFlopsPerDevice = readAmount(fn, "peakFlopsPerDevice", input.peakFlopsPerDevice, "FLOP/s", "positive");
  const efficiency = check.fraction("efficiency", input.efficiency);

  const peakRate = peakFlopsPerDevice.times(devices);
  const effectiveRate = peakRate.times(efficiency);
  const time = operations.div(effectiveRate);
  const deviceTime = time.times(devices);
  return Object.freeze({ time, effectiveRate, peakRate, deviceTime });
}
