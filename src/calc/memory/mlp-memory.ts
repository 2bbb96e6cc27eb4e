/**
 * Training against inference memory of a multi-layer perceptron at a batch size, from
 * its layer widths (book WE-5.2: the MNIST network 784→128→64→10 with Adam in FP32).
 */
import type { Precision } from "../../constants/types";
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readCount, readCounts, readFlag } from "../common/count-input";
import { MAX_BATCH, MAX_LAYER_WIDTH } from "../model/dense-layer";
import { MAX_MODEL_LAYERS, mlpLayers, modelCost } from "../model/model-cost";
import { bytesPerElement } from "../model/numeric-format";
import type { InferenceMemory } from "./inference-memory";
import { trainingBreakdown, trainingState, type Optimizer, type TrainingMemory } from "./training-state";

/** Input of {@link mlpMemory}. */
export interface MlpMemoryInput {
  /** Widths from input to output, e.g. `[784, 128, 64, 10]` (2 to 10,001 integers in [1, 1e9]). */
  readonly widths: readonly number[];
  /** Training batch, an integer in [1, 1e9]. */
  readonly batch: number;
  /** Format of weights, gradients and activations. */
  readonly precision: Precision;
  /** `"sgd"`, `"momentum"`, `"adam"` or `"adamw"`. */
  readonly optimizer: Optimizer;
  /** Biases on every layer (default true). */
  readonly bias?: boolean;
  /** Count the input batch among the stored activations (default true, as the book's table does). */
  readonly includeInput?: boolean;
  /** Batch at inference (default: `batch`). The book's "~431 KB" is for one image. */
  readonly inferenceBatch?: number;
}

/** Result of {@link mlpMemory}. */
export interface MlpMemory {
  /** Σ (d_in·d_out + d_out). */
  readonly params: number;
  /** Activation values one sample stores (including the input when `includeInput`). */
  readonly activationElementsPerSample: number;
  /** The training breakdown at `batch`. */
  readonly training: TrainingMemory;
  /** Weights plus activations at `inferenceBatch`. */
  readonly inference: InferenceMemory;
  /** training.total / inference.total. */
  readonly trainingToInference: number;
}

/**
 * Training and inference memory of an MLP.
 *
 * Formula (book WE-5.2, seed 004 L8508–L8685): parameters Σ(d_in·d_out + d_out);
 * activations B·Σ widths (with the input); training = weights + gradients + optimizer
 * state + activations (see {@link trainingMemory}); inference = weights + activations at
 * the inference batch. For MNIST at batch 32 in FP32 with Adam: 427.3 + 427.3 + 854.6 +
 * 123.25 = 1,832.4 KiB.
 *
 * @throws InvalidParameterError for widths or batches outside their ranges, an unknown
 *   precision, optimizer or key, a non-boolean flag, or a missing input.
 * @example
 * ```ts
 * const m = mlpMemory({ widths: [784, 128, 64, 10], batch: 32, precision: "fp32", optimizer: "adam" });
 * m.training.total.to("KiB")     // 1832.40…
 * m.trainingToInference          // 3.328…
 * mlpMemory({ widths: [784, 128, 64, 10], batch: 32, precision: "fp32", optimizer: "adam", inferenceBatch: 1 }).inference.total.to("KiB") // 431.14…
 * ```
 */
export function mlpMemory(input: MlpMemoryInput): MlpMemory {
  const fn = "mlpMemory";
  const c = validatorFor(fn).options("input", input, ["widths", "batch", "precision", "optimizer", "bias", "includeInput", "inferenceBatch"]);
  const widths = readCounts(fn, "widths", c.widths, { minLength: 2, maxLength: MAX_MODEL_LAYERS + 1, min: 1, max: MAX_LAYER_WIDTH });
  const batch = readCount(fn, "batch", c.batch, 1, MAX_BATCH);
  const inferenceBatch = readCount(fn, "inferenceBatch", c.inferenceBatch ?? batch, 1, MAX_BATCH);
  const bias = readFlag(fn, "bias", c.bias, true);
  const includeInput = readFlag(fn, "includeInput", c.includeInput, true);
  const cost = modelCost({ ...mlpLayers({ widths, bias }), precision: "fp32" });
  const state = trainingState(fn, { params: cost.params, precision: c.precision, optimizer: c.optimizer });
  const perSample = cost.activationElements + (includeInput ? cost.inputElements : 0);
  const bytes = bytesPerElement(c.precision);
  const activations = (samples: number): Quantity<"data"> => q(samples * perSample * bytes, "B");
  const training = trainingBreakdown(state, activations(batch));
  const inferenceActivations = activations(inferenceBatch);
  const inference: InferenceMemory = Object.freeze({ weights: state.weights, activations: inferenceActivations, total: state.weights.plus(inferenceActivations) });
  return Object.freeze({
    params: cost.params,
    activationElementsPerSample: perSample,
    training,
    inference,
    trainingToInference: training.total.baseValue / inference.total.baseValue,
  });
}
