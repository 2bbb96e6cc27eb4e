/**
 * The Memory Wall (book Chapter 2, Eq. 2.3, seed 004 L2198–L2200): compute grows about
 * 1.6× a year and memory bandwidth about 1.2×, so the gap widens ≈ 1.33× a year.
 */
import { validatorFor } from "../../util/validate";
import type { Amount } from "../common/quantity-input";
import { exponentialGrowth } from "../performance/exponential-growth";

/** Input of {@link memoryWallGap}. */
export interface MemoryWallGapInput {
  /** Annual growth factor of peak compute, > 0. */
  readonly computeGrowthPerYear: number;
  /** Annual growth factor of memory bandwidth, > 0. */
  readonly bandwidthGrowthPerYear: number;
  /** Span: number in years, or a time quantity. ≥ 0. */
  readonly duration: Amount<"time">;
}

/** Result of {@link memoryWallGap}. */
export interface MemoryWallGapResult {
  /** computeGrowth / bandwidthGrowth per year. */
  readonly gapPerYear: number;
  /** Compute multiplier over the span. */
  readonly computeFactor: number;
  /** Bandwidth multiplier over the span. */
  readonly bandwidthFactor: number;
  /** computeFactor / bandwidthFactor: how much more arithmetic intensity a kernel needs to stay compute-bound. */
  readonly gap: number;
}

/**
 * How far compute outruns bandwidth: gap(t) = (g_c / g_bw)^t (Eq. 2.3). Book: 1.6 / 1.2
 * ≈ 1.33× a year, so the ridge point of a device doubles every ~2.4 years.
 *
 * @throws InvalidParameterError for a growth factor ≤ 0 or a negative span.
 * @example
 * ```ts
 * memoryWallGap({ computeGrowthPerYear: 1.6, bandwidthGrowthPerYear: 1.2, duration: 1 }).gapPerYear // 1.3333333333333335
 * memoryWallGap({ computeGrowthPerYear: 1.6, bandwidthGrowthPerYear: 1.2, duration: 10 }).gap       // 17.75…
 * ```
 */
export function memoryWallGap(input: MemoryWallGapInput): MemoryWallGapResult {
  const check = validatorFor("memoryWallGap");
  const i = check.options("input", input, ["computeGrowthPerYear", "bandwidthGrowthPerYear", "duration"]);
  const gc = check.positive("computeGrowthPerYear", i.computeGrowthPerYear);
  const gb = check.positive("bandwidthGrowthPerYear", i.bandwidthGrowthPerYear);
  const compute = exponentialGrowth({ duration: i.duration, factorPerYear: gc });
  const bandwidth = exponentialGrowth({ duration: i.duration, factorPerYear: gb });
  return Object.freeze({ gapPerYear: gc / gb, computeFactor: compute.factor, bandwidthFactor: bandwidth.factor, gap: compute.factor / bandwidth.factor });
}
