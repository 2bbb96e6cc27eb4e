/**
 * Inference memory: the weights plus the activations live during a forward pass. No
 * gradients or optimizer state, which is why training needs several times more.
 */
import type { Precision } from "../../constants/types";
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";
import { parameterMemory, readPrecision } from "../model/numeric-format";

/** Input of {@link inferenceMemory}. */
export interface InferenceMemoryInput {
  /** P: a plain count or a param quantity. ≥ 0. */
  readonly params: Amount<"param">;
  /** Format of the weights. */
  readonly precision: Precision;
  /** Activations live at once: a number in B or a data quantity, ≥ 0 (default 0; see `activationMemory`). */
  readonly activations?: Amount<"data">;
}

/** Result of {@link inferenceMemory}. */
export interface InferenceMemory {
  readonly weights: Quantity<"data">;
  readonly activations: Quantity<"data">;
  /** weights + activations. */
  readonly total: Quantity<"data">;
}

/**
 * Inference memory = P × bytes per element + activations.
 *
 * Source: book WE-5.10 (seed 004 L9706–L9733): the MNIST network's 109,386 FP32
 * parameters (427.3 KiB) plus one image's 986 values (784 inputs and 202 outputs).
 *
 * @throws InvalidParameterError for a negative or non-finite amount, an unknown
 *   precision or key, or a missing input.
 * @throws DimensionError for a quantity of the wrong dimension.
 * @example
 * ```ts
 * inferenceMemory({ params: 109_386, precision: "fp32", activations: 986 * 4 }).total.to("KiB") // 431.1…
 * inferenceMemory({ params: 70e9, precision: "fp16" }).total.to("GB")                           // 140
 * ```
 */
export function inferenceMemory(input: InferenceMemoryInput): InferenceMemory {
  const fn = "inferenceMemory";
  const c = validatorFor(fn).options("input", input, ["params", "precision", "activations"]);
  const params = readAmount(fn, "params", c.params, "param", "nonNegative");
  const weights = parameterMemory({ params, precision: readPrecision(fn, "precision", c.precision) });
  const activations = readAmount(fn, "activations", c.activations ?? 0, "B", "nonNegative");
  return Object.freeze({ weights, activations, total: weights.plus(activations) });
}
