/**
 * Training memory as a breakdown (book Eq. 5.21; Chapter 7's four-component form
 * M = M_weights + M_gradients + M_optimizer + M_activations): weights, gradients, an
 * FP32 master copy under mixed precision, optimizer state, and activations passed in.
 * Each part is its own field so that sharding (ZeRO), activation checkpointing and
 * batch-size searches can be layered on the same breakdown.
 */
import type { Precision } from "../../constants/types";
import { validatorFor } from "../../util/validate";
import { readAmount, type Amount } from "../common/quantity-input";
import { readPrecision } from "../model/numeric-format";
import { STATE_KEYS, trainingBreakdown, trainingState, type TrainingMemory, type TrainingStateInput } from "./training-state";

export { OPTIMIZER_STATES, type Optimizer, type TrainingMemory, type TrainingStateInput } from "./training-state";

/** Input of {@link trainingMemory}. */
export interface TrainingMemoryInput extends TrainingStateInput {
  /** Format of the gradients (default `precision`). */
  readonly gradientPrecision?: Precision;
  /** Stored activations: a number in B or a data quantity, ≥ 0 (default 0; see `activationMemory`). */
  readonly activations?: Amount<"data">;
}

/**
 * The training-memory breakdown of a model at a precision with an optimizer.
 *
 * Formula: weights P·b_w; gradients P·b_g; master weights 4·P under mixed precision;
 * optimizer state P·k·b_s with k = 0 (SGD), 1 (momentum), 2 (Adam, AdamW); plus the
 * activations given. FP32 Adam is 4 + 4 + 8 = 16 B per parameter, the book's
 * "params × 4 bytes × 4" rule (seed 004 L8754); mixed-precision Adam is 2 + 2 + 4 + 8 = 16.
 *
 * Agreement with mlsysim (the book's engine, `TrainingMemoryModel`): the totals agree for
 * mixed precision, where mlsysim's "optimizer" term (12 B/param for Adam) is this
 * function's master weights plus optimizer state. mlsysim always adds that 4 B FP32
 * master copy, even for FP32 training (20 B/param for FP32 Adam); this function adds it
 * only under `mixedPrecision`. Bytes are decimal (GB = 1e9 B) in both.
 *
 * @throws InvalidParameterError for a negative or non-finite count or activation size,
 *   an unknown precision, optimizer or key, mixed precision with an FP32 `precision`,
 *   or a missing input.
 * @example
 * ```ts
 * trainingMemory({ params: 100e6, precision: "fp32", optimizer: "adam" }).total.to("GB")            // 1.6
 * trainingMemory({ params: 7e9, precision: "bf16", optimizer: "adamw", mixedPrecision: true }).bytesPerParam // 16
 * const tax = trainingMemory({ params: 1e9, precision: "fp16", optimizer: "adam", optimizerStatePrecision: "fp32", activations: q(6.71, "GB") });
 * tax.optimizerState.to("GB")  // 8
 * ```
 */
export function trainingMemory(input: TrainingMemoryInput): TrainingMemory {
  const fn = "trainingMemory";
  const c = validatorFor(fn).options("input", input, [...STATE_KEYS, "gradientPrecision", "activations"]);
  const gradientPrecision = c.gradientPrecision === undefined ? undefined : readPrecision(fn, "gradientPrecision", c.gradientPrecision);
  const state = trainingState(fn, c, gradientPrecision);
  const activations = readAmount(fn, "activations", c.activations ?? 0, "B", "nonNegative");
  return trainingBreakdown(state, activations);
}
