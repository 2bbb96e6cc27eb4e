/**
 * Sizing edge compute for camera fleets (book Chapter 2, smart retail scenario, seed
 * 004 L3218–L3308): inferences per second per site, the operations they need, and the
 * headroom to provision.
 */
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link edgeComputeDemand}. */
export interface EdgeComputeDemandInput {
  /** Sites (stores, factories), an integer ≥ 1. */
  readonly sites: number;
  /** Camera streams per site, an integer ≥ 1. */
  readonly streamsPerSite: number;
  /** Frames analysed per stream: number in Hz, or a frequency quantity. > 0. */
  readonly fps: Amount<"frequency">;
  /** Operations per inference: number in FLOP, or a flop quantity. > 0. */
  readonly operationsPerInference: Amount<"flop">;
  /** Provisioning factor over the average demand, ≥ 1; default 1. */
  readonly headroom?: number;
}

/** Result of {@link edgeComputeDemand}. */
export interface EdgeComputeDemand {
  /** streamsPerSite × fps. */
  readonly inferencesPerSitePerSecond: number;
  /** inferences × operations: the sustained rate one site needs. */
  readonly demandPerSite: Quantity<"flopRate">;
  /** demandPerSite × headroom: what to provision at each site. */
  readonly provisionPerSite: Quantity<"flopRate">;
  /** sites × inferencesPerSitePerSecond. */
  readonly fleetInferencesPerSecond: number;
}

/**
 * Per-site compute demand of a camera fleet. Book: 20 cameras at 15 FPS running
 * YOLOv8-nano (8.7 GFLOPs) need 300 inferences/s = 2,610 GFLOP/s, ≈ 5 TFLOPS with 2×
 * headroom (L3228–L3236).
 *
 * @throws InvalidParameterError for counts that are not integers ≥ 1, a rate or
 *   operation count ≤ 0, or headroom below 1.
 * @throws DimensionError for quantities of the wrong dimension.
 * @example
 * ```ts
 * const d = edgeComputeDemand({ sites: 500, streamsPerSite: 20, fps: 15, operationsPerInference: q(8.7, "GFLOP"), headroom: 2 });
 * d.demandPerSite.to("GFLOP/s")    // 2610
 * d.provisionPerSite.to("TFLOP/s") // 5.22
 * ```
 */
export function edgeComputeDemand(input: EdgeComputeDemandInput): EdgeComputeDemand {
  const fn = "edgeComputeDemand";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["sites", "streamsPerSite", "fps", "operationsPerInference", "headroom"]);
  const sites = check.integer("sites", i.sites, 1);
  const streams = check.integer("streamsPerSite", i.streamsPerSite, 1);
  const fps = readAmount(fn, "fps", i.fps, "Hz", "positive");
  const ops = readAmount(fn, "operationsPerInference", i.operationsPerInference, "FLOP", "positive");
  const headroom = check.atLeast("headroom", i.headroom ?? 1, 1);
  const perSite = fps.times(streams);
  const demandPerSite = ops.times(perSite) as Quantity<"flopRate">;
  return Object.freeze({
    inferencesPerSitePerSecond: perSite.to("Hz"),
    demandPerSite,
    provisionPerSite: demandPerSite.times(headroom) as Quantity<"flopRate">,
    fleetInferencesPerSecond: perSite.to("Hz") * sites,
  });
}
