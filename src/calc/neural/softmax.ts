/**
 * Softmax and log-sum-exp computed the stable way (book Eq. 5.20): subtracting the
 * largest logit first, so no exponential overflows (FP32 overflows e^z beyond z ≈ 88).
 */
import { validatorFor } from "../../util/validate";
import { logSumExpOf, softmaxOf } from "./kernels";
import { readVector } from "./vector-input";

/** Input of {@link logSumExp}. */
export interface LogSumExpInput {
  /** 1 to 1e7 finite numbers. */
  readonly values: readonly number[];
}

/**
 * log Σ_i exp(v_i), computed as m + log Σ exp(v_i − m) with m = max v, which never overflows.
 *
 * Source: seed 004 L9184–L9188 (Eq. 5.20, and the Data Foundations appendix it cites).
 *
 * @throws InvalidParameterError for an empty or over-long array, a non-finite value, an
 *   unknown key or a missing input.
 * @example
 * ```ts
 * logSumExp({ values: [1000, 1000] })   // 1000.6931471805599
 * logSumExp({ values: [0, 0, 0, 0] })   // 1.3862943611198906
 * ```
 */
export function logSumExp(input: LogSumExpInput): number {
  const fn = "logSumExp";
  const c = validatorFor(fn).options("input", input, ["values"]);
  return logSumExpOf(readVector(fn, "values", c.values));
}

/** Input of {@link softmax}. */
export interface SoftmaxInput {
  /** Logits z: 1 to 1e7 finite numbers. */
  readonly logits: readonly number[];
}

/**
 * softmax(z)_i = exp(z_i − max z) / Σ_j exp(z_j − max z) (Eq. 5.6 in the stable form of
 * Eq. 5.20, seed 004 L8279, L9188): non-negative probabilities that sum to 1.
 *
 * @throws InvalidParameterError for an empty or over-long array, a non-finite logit, an
 *   unknown key or a missing input.
 * @example
 * ```ts
 * softmax({ logits: [0, 0] })              // [0.5, 0.5]
 * softmax({ logits: [1000, 0] })           // [1, 0]  (no overflow)
 * softmax({ logits: [1, 2, 3] })[2]        // 0.6652409557748217
 * ```
 */
export function softmax(input: SoftmaxInput): readonly number[] {
  const fn = "softmax";
  const c = validatorFor(fn).options("input", input, ["logits"]);
  return Object.freeze(softmaxOf(readVector(fn, "logits", c.logits)));
}
