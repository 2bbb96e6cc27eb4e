/**
 * How a gradient shrinks (or grows) through depth when every layer multiplies it by the
 * same factor: the vanishing-gradient arithmetic of book E5.17 and E6.16.
 */
import { validatorFor } from "../../util/validate";
import { readCount } from "../common/count-input";

/** Input of {@link gradientScale}. */
export interface GradientScaleInput {
  /** The per-layer factor, e.g. the sigmoid's largest slope 0.25, a finite number ≥ 0. */
  readonly factorPerLayer: number;
  /** Layers the gradient passes through, an integer in [0, 1e6]. */
  readonly depth: number;
}

/**
 * Gradient scale after `depth` layers: factor^depth (underflows to 0, never NaN).
 *
 * Source: seed 004 L8243 and L12203: with sigmoid's σ′(0) = 0.25 the gradient is scaled by
 * about 0.25^N; 0.25^10 ≈ 1e−6 and 0.25^20 ≈ 1e−12.
 *
 * @throws InvalidParameterError for a negative or non-finite factor, a depth outside
 *   [0, 1e6], a result that overflows, an unknown key or a missing input.
 * @example
 * ```ts
 * gradientScale({ factorPerLayer: 0.25, depth: 10 })   // 9.5367431640625e-7
 * gradientScale({ factorPerLayer: 1, depth: 50 })      // 1
 * ```
 */
export function gradientScale(input: GradientScaleInput): number {
  const fn = "gradientScale";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["factorPerLayer", "depth"]);
  const factor = check.nonNegative("factorPerLayer", c.factorPerLayer);
  const depth = readCount(fn, "depth", c.depth, 0, 1e6);
  const scale = factor ** depth;
  return Number.isFinite(scale) ? scale : check.fail("factorPerLayer", factor, `a factor whose ${depth}th power is finite`);
}
