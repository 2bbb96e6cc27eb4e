/**
 * Size of a training checkpoint: what must be saved to resume training exactly, the
 * weights plus the optimizer state (and the FP32 master weights under mixed precision).
 * Gradients and activations are recomputed after a restart and are not saved.
 */
import type { Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { STATE_KEYS, trainingState, type TrainingStateInput } from "./training-state";

/** Result of {@link checkpointSize}. */
export interface CheckpointSize {
  readonly weights: Quantity<"data">;
  readonly masterWeights: Quantity<"data">;
  readonly optimizerState: Quantity<"data">;
  /** weights + master weights + optimizer state. */
  readonly total: Quantity<"data">;
  /** total / P (0 for P = 0). */
  readonly bytesPerParam: number;
  /** total / weights: how many times the weights alone the checkpoint is (0 for P = 0). */
  readonly multipleOfWeights: number;
}

/**
 * Checkpoint size = weights + master weights + optimizer state.
 *
 * Source: seed 004 L15336 (Chapter 7): for Adam with two FP32 states per FP16 weight, a
 * 7B model needs 14 GB of weights + 56 GB of state = 70 GB, five times the weights.
 * With FP32 master weights it is 2 + 4 + 8 = 14 B per parameter, the default of
 * mlsysim's `calc_checkpoint_size` (which takes bytes per parameter directly).
 *
 * @throws InvalidParameterError as {@link trainingMemory} does, naming this function.
 * @example
 * ```ts
 * const ckpt = checkpointSize({ params: 7e9, precision: "fp16", optimizer: "adam", optimizerStatePrecision: "fp32" });
 * ckpt.total.to("GB")          // 70
 * ckpt.multipleOfWeights       // 5
 * checkpointSize({ params: 7e9, precision: "bf16", optimizer: "adam", mixedPrecision: true }).bytesPerParam // 14
 * ```
 */
export function checkpointSize(input: TrainingStateInput): CheckpointSize {
  const fn = "checkpointSize";
  const state = trainingState(fn, validatorFor(fn).options("input", input, STATE_KEYS));
  const total = state.weights.plus(state.masterWeights).plus(state.optimizerState);
  return Object.freeze({
    weights: state.weights,
    masterWeights: state.masterWeights,
    optimizerState: state.optimizerState,
    total,
    bytesPerParam: state.params === 0 ? 0 : total.to("B") / state.params,
    multipleOfWeights: state.params === 0 ? 0 : total.baseValue / state.weights.baseValue,
  });
}
