/** Small per-row transforms shared by the scenarios (internal). */
import { uniform } from "../random/uniform";
import { columnSource } from "./keyed-stream";
import { StepProfile } from "./rate-profile";
import { largeTypedArray } from "../util/large-array";

/** @internal Cumulative sums of probabilities, last entry forced to 1. */
export function cumulative(p: readonly number[]): Float64Array {
  const c = new Float64Array(p.length);
  let s = 0;
  p.forEach((x, i) => (c[i] = s += x));
  c[p.length - 1] = 1;
  return c;
}

/** @internal Category index of a uniform u ∈ [0, 1) by inversion of a cumulative table. */
export function pick(cum: Float64Array, u: number): number {
  let k = 0;
  while (k < cum.length - 1 && u >= cum[k]) k++;
  return k;
}

/** @internal Poisson(λ) by sequential inversion of one uniform (λ ≤ ~30, capped at 1,000). */
export function poissonInverse(u: number, lambda: number): number {
  let k = 0;
  let p = Math.exp(-lambda);
  let cdf = p;
  while (u > cdf && k < 1000) {
    k++;
    p *= lambda / k;
    cdf += p;
  }
  return k;
}

/** z-score of the 95th percentile of the standard normal. */
export const Z95 = 1.6448536269514722;

/**
 * @internal Lognormal (μ, σ) whose 5th and 95th percentiles are `low` and `high`:
 * median √(low·high), σ = ln(high/low) / (2·1.645).
 */
export function lognormalFromRange(low: number, high: number): { meanLog: number; sdLog: number } {
  return { meanLog: 0.5 * Math.log(low * high), sdLog: Math.log(high / low) / (2 * Z95) };
}

/** @internal Logistic function 1/(1 + e^(−x)). */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * @internal Stratified arrival times: row i of n gets t = Λ⁻¹((i + Uᵢ)/n · Λ(T)), Uᵢ
 * from the per-row stream `name` (2 words per row). Ascending in i; each row falls in
 * its own 1/n slice of the expected count, so counts per interval follow the profile
 * with less-than-Poisson noise. Returns seconds from the window start.
 */
export function stratifiedTimes(seed: number, name: string, profile: StepProfile, rowStart: number, rowCount: number, totalRows: number): Float64Array {
  const u = uniform(columnSource(seed, name, rowStart, 2), largeTypedArray(Float64Array, rowCount));
  const scale = profile.total / totalRows;
  for (let k = 0; k < rowCount; k++) u[k] = (rowStart + k + u[k]) * scale;
  return profile.inverseSorted(u, u);
}

/** @internal A flat profile (rate 1 per s) over [0, duration). */
export function flatProfile(duration: number): StepProfile {
  return StepProfile.fromCellRates([1], duration);
}
