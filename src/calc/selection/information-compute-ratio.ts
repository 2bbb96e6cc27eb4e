/**
 * The Information-Compute Ratio (book Chapter 9, ICR): accuracy gained per FLOP spent.
 * Selecting informative samples raises it; so does anything that trains on fewer,
 * better samples for the same gain.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link informationComputeRatio}. */
export interface InformationComputeRatioInput {
  /** Accuracy gained, in percentage points, ≥ 0. Book: 5.0 (random epoch) and 4.5 (EL2N coreset). */
  readonly accuracyGainPoints: number;
  /** Samples processed, ≥ 0. Book: 1.28M and 641K. */
  readonly samples: number;
  /** Training FLOPs per sample (forward + backward). Number in FLOP, or a flop quantity. > 0. Book: ~8.2 GFLOP. */
  readonly flopsPerSample: Amount<"flop">;
}

/** Result of {@link informationComputeRatio}. */
export interface InformationComputeRatioResult {
  /** samples · flopsPerSample. */
  readonly flops: Quantity<"flop">;
  /** accuracyGainPoints / flops, in points per FLOP (`null` when no FLOPs are spent). */
  readonly icr: number | null;
}

/**
 * ICR = ΔAccuracy / ΔFLOPs for one training budget.
 *
 * Formula (seed 004 L21469; scenario L21515–L21556): the book's ResNet-50 epoch is
 * 1.28M × 8.2 GFLOP = 1.05e16 FLOP for 5.0 points (4.8e-16 per FLOP); a 50 % EL2N coreset,
 * 641K × 8.2 GFLOP = 5.3e15 FLOP for 4.5 points (8.6e-16), "1.8× higher ICR".
 *
 * @throws InvalidParameterError for a negative gain or sample count, non-positive FLOPs
 *   per sample, a missing input or an unknown key.
 * @throws DimensionError for a quantity that is not a flop count.
 * @example
 * ```ts
 * const random = informationComputeRatio({ accuracyGainPoints: 5, samples: 1.28e6, flopsPerSample: q(8.2, "GFLOP") });
 * random.flops.to("FLOP")   // 10495999999999998 (1.05e16)
 * random.icr                // 4.763719512195123e-16
 * ```
 */
export function informationComputeRatio(input: InformationComputeRatioInput): InformationComputeRatioResult {
  const fn = "informationComputeRatio";
  const check = validatorFor(fn);
  const i = check.options("input", input, ["accuracyGainPoints", "samples", "flopsPerSample"]);
  const gain = check.nonNegative("accuracyGainPoints", i.accuracyGainPoints);
  const samples = check.nonNegative("samples", i.samples);
  const perSample = readAmount(fn, "flopsPerSample", i.flopsPerSample, "FLOP", "positive").to("FLOP");
  const flops = samples * perSample;
  return Object.freeze({ flops: q(flops, "FLOP"), icr: flops === 0 ? null : gain / flops });
}
