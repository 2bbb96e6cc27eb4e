/**
 * The per-parameter state of training (weights, gradients, an FP32 master copy under
 * mixed precision, optimizer moments), shared by `trainingMemory`, `checkpointSize` and
 * `mlpMemory`. Internal: errors name the public calculator that called it.
 */
import type { Precision } from "../../constants/types";
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readFlag } from "../common/count-input";
import { readAmount, type Amount } from "../common/quantity-input";
import { bytesPerElement, readPrecision } from "../model/numeric-format";

/** An optimizer, by the per-parameter state it keeps. */
export type Optimizer = "sgd" | "momentum" | "adam" | "adamw";

/**
 * Values of optimizer state per parameter: plain SGD none, SGD with momentum one
 * velocity, Adam and AdamW two moments (m and v; AdamW's decoupled weight decay adds none).
 */
export const OPTIMIZER_STATES: Readonly<Record<Optimizer, number>> = Object.freeze({ sgd: 0, momentum: 1, adam: 2, adamw: 2 });

/** The fields every training-state calculator reads. */
export interface TrainingStateInput {
  /** P: a plain count or a param quantity. ≥ 0. */
  readonly params: Amount<"param">;
  /** Format of the working weights and (unless `gradientPrecision` says otherwise) the gradients. */
  readonly precision: Precision;
  /** `"sgd"`, `"momentum"`, `"adam"` or `"adamw"`. */
  readonly optimizer: Optimizer;
  /** Keep an FP32 master copy of the weights (mixed-precision training; needs a precision narrower than FP32). Default false. */
  readonly mixedPrecision?: boolean;
  /** Format of the optimizer moments. Default: FP32 under mixed precision, else `precision`. */
  readonly optimizerStatePrecision?: Precision;
}

/** The keys of {@link TrainingStateInput}. */
export const STATE_KEYS = ["params", "precision", "optimizer", "mixedPrecision", "optimizerStatePrecision"] as const;

/** The parts of the training state, in bytes. */
export interface TrainingState {
  readonly params: number;
  readonly weights: Quantity<"data">;
  readonly masterWeights: Quantity<"data">;
  readonly optimizerState: Quantity<"data">;
  /** Bytes per parameter of one gradient value. */
  readonly gradientBytes: number;
}

/** Reads and sizes the state, with errors naming `fn`. */
export function trainingState(fn: string, c: TrainingStateInput, gradientPrecision?: Precision): TrainingState {
  const check = validatorFor(fn);
  const params = readAmount(fn, "params", c.params, "param", "nonNegative").to("param");
  const precision = readPrecision(fn, "precision", c.precision);
  const optimizer = check.oneOf("optimizer", c.optimizer, ["sgd", "momentum", "adam", "adamw"] as const);
  const mixed = readFlag(fn, "mixedPrecision", c.mixedPrecision, false);
  if (mixed && bytesPerElement(precision) >= 4) check.fail("precision", precision, 'a format narrower than FP32 (e.g. "bf16") when mixedPrecision is true');
  const statePrecision = readPrecision(fn, "optimizerStatePrecision", c.optimizerStatePrecision ?? (mixed ? "fp32" : precision));
  const weightBytes = bytesPerElement(precision);
  return Object.freeze({
    params,
    weights: q(params * weightBytes, "B"),
    masterWeights: q(mixed ? params * 4 : 0, "B"),
    optimizerState: q(params * OPTIMIZER_STATES[optimizer] * bytesPerElement(statePrecision), "B"),
    gradientBytes: gradientPrecision === undefined ? weightBytes : bytesPerElement(gradientPrecision),
  });
}

/** Result of `trainingMemory`: every part of the footprint, in bytes. */
export interface TrainingMemory {
  /** P × bytes of `precision`. */
  readonly weights: Quantity<"data">;
  /** P × bytes of the gradient format. */
  readonly gradients: Quantity<"data">;
  /** P × 4 B under mixed precision, else 0. */
  readonly masterWeights: Quantity<"data">;
  /** P × moments × bytes of the state format (momentum 1, Adam/AdamW 2). */
  readonly optimizerState: Quantity<"data">;
  /** As passed in. */
  readonly activations: Quantity<"data">;
  /** weights + gradients + master weights + optimizer state: what scales with P. */
  readonly modelState: Quantity<"data">;
  /** modelState + activations. */
  readonly total: Quantity<"data">;
  /** modelState / P (0 for P = 0): 16 B for FP32 Adam, 16 B for mixed-precision Adam. */
  readonly bytesPerParam: number;
}

/** Assembles the breakdown from a sized state (shared by `trainingMemory` and `mlpMemory`). */
export function trainingBreakdown(state: TrainingState, activations: Quantity<"data">): TrainingMemory {
  const gradients = q(state.params * state.gradientBytes, "B");
  const modelState = state.weights.plus(gradients).plus(state.masterWeights).plus(state.optimizerState);
  return Object.freeze({
    weights: state.weights,
    gradients,
    masterWeights: state.masterWeights,
    optimizerState: state.optimizerState,
    activations,
    modelState,
    total: modelState.plus(activations),
    bytesPerParam: state.params === 0 ? 0 : modelState.to("B") / state.params,
  });
}
