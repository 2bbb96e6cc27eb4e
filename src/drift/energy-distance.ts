import { cdfDistanceSum } from "./cdf-distance";
import { NanPolicy, Sample } from "./sample";
import type { CdfDistanceOptions } from "./wasserstein-distance";

/**
 * Energy distance between two one-dimensional empirical distributions, equal to
 * `scipy.stats.energy_distance(u, v, u_weights, v_weights)`.
 *
 * Formula: `E = √2 · (∫ (U(x) − V(x))² dx)^½`, which equals
 * (2·E|X−Y| − E|X−X'| − E|Y−Y'|)^½ (Székely & Rizzo). Units: those of the data.
 * Beyond the book (Evidently lists it among its drift tests).
 *
 * @param u - first sample
 * @param v - second sample
 * @param options - weights (`uWeights`, `vWeights`) and nan policy
 * @returns the distance (≥ 0, same unit as the values)
 * @throws InvalidParameterError as {@link wassersteinDistance}
 * @example
 * ```ts
 * energyDistance([0], [2]); // 2.0000000000000004
 * ```
 */
export function energyDistance(u: Sample, v: Sample, options: CdfDistanceOptions = {}): number {
  const nan: NanPolicy = options.nan ?? "raise";
  return Math.SQRT2 * Math.sqrt(cdfDistanceSum("energyDistance", 2, u, v, options.uWeights, options.vWeights, nan));
}
