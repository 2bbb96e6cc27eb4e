/**
 * The physics of label noise (book Chapter 9): with clean labels the error falls as
 * 1/N, with noisy labels only as 1/√N, so the same target error needs quadratically
 * more noisy samples.
 */
import { validatorFor } from "../../util/validate";

/** Input of {@link labelNoiseSampleCost}. */
export interface LabelNoiseSampleCostInput {
  /** ε, the target error, in (0, 1). Book: 0.01. */
  readonly targetError: number;
  /** The constant of proportionality of both rates, > 0. Default 1 (the book's napkin math). */
  readonly constant?: number;
}

/** Result of {@link labelNoiseSampleCost}. */
export interface LabelNoiseSampleCostResult {
  /** N_clean ≈ c / ε. */
  readonly cleanSamples: number;
  /** N_noisy ≈ c / ε². */
  readonly noisySamples: number;
  /** noisySamples / cleanSamples = 1 / ε. */
  readonly ratio: number;
}

/**
 * Samples needed to reach an error ε with clean (O(1/N)) and noisy (O(1/√N)) labels.
 *
 * Formulas (seed 004 L21581–L21612): `N_clean ∝ 1/ε`, `N_noisy ∝ 1/ε²`; at ε = 0.01,
 * 100 against 10,000: "100× more data required if noisy".
 *
 * @throws InvalidParameterError for ε outside (0, 1), a non-positive constant, a missing
 *   input or an unknown key.
 * @example
 * ```ts
 * labelNoiseSampleCost({ targetError: 0.01 }) // { cleanSamples: 100, noisySamples: 10000, ratio: 100 }
 * ```
 */
export function labelNoiseSampleCost(input: LabelNoiseSampleCostInput): LabelNoiseSampleCostResult {
  const check = validatorFor("labelNoiseSampleCost");
  const i = check.options("input", input, ["targetError", "constant"]);
  const e = check.positive("targetError", i.targetError);
  if (e >= 1) check.fail("targetError", e, "an error in (0, 1)");
  const c = check.positive("constant", i.constant ?? 1);
  const clean = Number((c / e).toPrecision(15));
  const noisy = Number((c / (e * e)).toPrecision(15));
  return Object.freeze({ cleanSamples: clean, noisySamples: noisy, ratio: Number((noisy / clean).toPrecision(15)) });
}
