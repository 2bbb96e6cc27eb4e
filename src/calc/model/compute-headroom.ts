/**
 * Sustained-throughput check (book L13078–L13091): the operations a stream of inputs
 * demands per second against what a device sustains at a realistic utilisation.
 */
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";

/** Input of {@link computeHeadroom}. */
export interface ComputeHeadroomInput {
  /** Operations per input (an image, a frame, a token): number in FLOP or a flop quantity. > 0. */
  readonly operationsPerItem: Amount<"flop">;
  /** Inputs per second the application needs, > 0 (e.g. 30 frames/s). */
  readonly itemsPerSecond: number;
  /** Peak rate of the device: number in FLOP/s or a flop-rate quantity. > 0. */
  readonly peakFlops: Amount<"flopRate">;
  /** Fraction of peak sustained in practice, in (0, 1]. */
  readonly utilisation: number;
}

/** Result of {@link computeHeadroom}. */
export interface ComputeHeadroom {
  /** operationsPerItem × itemsPerSecond. */
  readonly requiredRate: Quantity<"flopRate">;
  /** peakFlops × utilisation. */
  readonly effectiveRate: Quantity<"flopRate">;
  /** effective / required: how many times over the device covers the demand. */
  readonly headroom: number;
  /** headroom ≥ 1. */
  readonly sufficient: boolean;
}

/**
 * Required against sustained throughput, and the headroom between them.
 *
 * Formula: required = ops per item × items/s; effective = peak × utilisation; headroom =
 * effective / required. ResNet-50 at 30 FPS needs 30 × 4 GFLOP = 120 GFLOP/s; a 10 TFLOPS
 * GPU at 50 % sustains 5 TFLOP/s, about 42× that.
 *
 * @throws InvalidParameterError for a non-positive or non-finite amount, a utilisation
 *   outside (0, 1], an unknown key or a missing input.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * const h = computeHeadroom({ operationsPerItem: q(4, "GFLOP"), itemsPerSecond: 30, peakFlops: q(10, "TFLOPS"), utilisation: 0.5 });
 * h.requiredRate.to("GFLOP/s")  // 120
 * h.headroom                    // 41.66…
 * ```
 */
export function computeHeadroom(input: ComputeHeadroomInput): ComputeHeadroom {
  const fn = "computeHeadroom";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["operationsPerItem", "itemsPerSecond", "peakFlops", "utilisation"]);
  const ops = readAmount(fn, "operationsPerItem", c.operationsPerItem, "FLOP", "positive");
  const items = check.positive("itemsPerSecond", c.itemsPerSecond);
  const peak = readAmount(fn, "peakFlops", c.peakFlops, "FLOP/s", "positive");
  const utilisation = check.fraction("utilisation", c.utilisation);
  const required = ops.to("FLOP") * items;
  const effectiveRate = peak.times(utilisation);
  const headroom = effectiveRate.baseValue / required;
  if (!Number.isFinite(required) || !(required > 0) || !Number.isFinite(headroom)) {
    check.fail("itemsPerSecond", items, "a value for which the required and effective rates are finite and have a finite ratio");
  }
  const requiredRate = q(required, "FLOP/s");
  return Object.freeze({ requiredRate, effectiveRate, headroom, sufficient: headroom >= 1 });
}
