/**
 * How many accelerators a request stream keeps busy, and what one inference costs
 * (book Chapter 15, TCO of a recommender, seed 004 L39228–L39300; Chapter 14, Eq. 14.10
 * cost per 1,000 inferences, L36023).
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link inferenceGpuDemand}. */
export interface InferenceGpuDemandInput {
  /** Requests served: number per day, or a frequency quantity. ≥ 0. */
  readonly requestRate: Amount<"frequency">;
  /** Accelerator time one request occupies: number in s, or a time quantity. ≥ 0. */
  readonly gpuTimePerRequest: Amount<"time">;
}

/** Result of {@link inferenceGpuDemand}. */
export interface InferenceGpuDemand {
  /** GPU-hours of work per day. */
  readonly gpuHoursPerDay: number;
  /** Accelerators busy on average (GPU-seconds of work per second). */
  readonly gpusContinuous: number;
  /** GPU time per year, as a time quantity (GPU-hours when read in h). */
  readonly gpuTimePerYear: Quantity<"time">;
}

/**
 * GPU demand of a request stream: G = rate × t_gpu, in GPU-seconds per second (GPUs
 * busy on average), ×24 for GPU-hours a day.
 *
 * Book: 10 M users × 20 recommendations a day at 10 ms each = 555.6 GPU-hours a day,
 * 23.1 GPUs running continuously (L39273–L39280).
 *
 * @throws InvalidParameterError for negative or non-finite amounts.
 * @throws DimensionError for quantities of the wrong dimension.
 * @example
 * ```ts
 * const d = inferenceGpuDemand({ requestRate: q(200e6, "1/day"), gpuTimePerRequest: q(10, "ms") });
 * d.gpuHoursPerDay  // 555.5555…
 * d.gpusContinuous  // 23.148…
 * ```
 */
export function inferenceGpuDemand(input: InferenceGpuDemandInput): InferenceGpuDemand {
  const fn = "inferenceGpuDemand";
  const i = validatorFor(fn).options("input", input, ["requestRate", "gpuTimePerRequest"]);
  const rate = readAmount(fn, "requestRate", i.requestRate, "1/day", "nonNegative");
  const time = readAmount(fn, "gpuTimePerRequest", i.gpuTimePerRequest, "s", "nonNegative");
  const busy = rate.baseValue * time.baseValue;
  return Object.freeze({ gpuHoursPerDay: busy * 24, gpusContinuous: busy, gpuTimePerYear: q(busy * 365 * 86_400, "s") });
}

/** Input of {@link costPerThousandInferences}. */
export interface CostPerThousandInput {
  /** What the accelerator costs per hour: number in USD/h, or a money-rate quantity. ≥ 0. */
  readonly hourlyCost: Amount<"moneyRate">;
  /** Inferences it serves: number per hour, or a frequency quantity. > 0. */
  readonly inferenceRate: Amount<"frequency">;
}

/**
 * Cost per 1,000 inferences (Eq. 14.10, L36023): hourly cost × 1,000 / inferences per
 * hour. Book: a $3/h A100 serving 50,000 inferences an hour costs $0.06 per 1,000.
 *
 * @throws InvalidParameterError for a negative cost or a rate ≤ 0.
 * @throws DimensionError for quantities of the wrong dimension.
 * @example
 * ```ts
 * costPerThousandInferences({ hourlyCost: 3, inferenceRate: 50000 }).format() // "$0.06"
 * ```
 */
export function costPerThousandInferences(input: CostPerThousandInput): Quantity<"money"> {
  const fn = "costPerThousandInferences";
  const i = validatorFor(fn).options("input", input, ["hourlyCost", "inferenceRate"]);
  const cost = readAmount(fn, "hourlyCost", i.hourlyCost, "USD/h", "nonNegative");
  const rate = readAmount(fn, "inferenceRate", i.inferenceRate, "1/h", "positive");
  return cost.div(rate).times(1000) as Quantity<"money">;
}
