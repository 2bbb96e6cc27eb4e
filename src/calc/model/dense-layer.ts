/**
 * A fully connected (dense) layer, z = x·W + b (book Eq. 5.8 and 6.1): its parameters,
 * multiply-accumulates and floating-point operations, counted the book's way
 * (1 MAC = 2 FLOP, L8729–L8731), and its arithmetic intensity at a batch size.
 */
import type { Precision } from "../../constants/types";
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readCount, readFlag } from "../common/count-input";
import { matmulCost } from "./matmul";
import { parameterMemory, readPrecision } from "./numeric-format";

/** Largest layer width (inputs or outputs) accepted by the layer calculators. */
export const MAX_LAYER_WIDTH = 1e9;
/** Largest batch accepted by the layer calculators. */
export const MAX_BATCH = 1e9;

/** Input of {@link denseLayerCost}. */
export interface DenseLayerCostInput {
  /** d_in, input features, an integer in [1, 1e9]. */
  readonly inputs: number;
  /** d_out, output neurons, an integer in [1, 1e9]. */
  readonly outputs: number;
  /** Samples processed together, an integer in [1, 1e9] (default 1). */
  readonly batch?: number;
  /** Whether the layer has a bias vector of d_out values (default true). */
  readonly bias?: boolean;
  /** Format of weights and activations, for bytes and intensity (default `"fp32"`). */
  readonly precision?: Precision;
}

/** Result of {@link denseLayerCost}. */
export interface DenseLayerCost {
  /** d_in·d_out weights. */
  readonly weights: number;
  /** d_out biases (0 without bias). */
  readonly biases: number;
  /** weights + biases. */
  readonly params: number;
  /** d_in·d_out multiply-accumulates per sample. */
  readonly macsPerSample: number;
  /** batch·d_in·d_out multiply-accumulates. */
  readonly macs: number;
  /** 2·MACs (one multiply and one add per MAC). */
  readonly flops: Quantity<"flop">;
  /** batch·d_out bias additions (0 without bias), counted separately from the matmul as the book does (L8996). */
  readonly biasOps: number;
  /** Memory of the parameters at `precision`. */
  readonly parameterMemory: Quantity<"data">;
  /** FLOPs over the bytes of inputs, weights and outputs each moved once (via {@link matmulCost}). */
  readonly intensity: Quantity<"arithmeticIntensity">;
}

/**
 * Parameters, MACs, FLOPs and arithmetic intensity of one dense layer.
 *
 * Formulas (seed 004 L8505, L8996, E6.2 L10697, Eq. 6.2 L10820): params = d_in·d_out +
 * d_out; MACs = B·d_in·d_out; FLOPs = 2·MACs; intensity = 2·B·d_in·d_out /
 * ((B·d_in + d_in·d_out + B·d_out)·bytes), which tends to 0.5 FLOP/B at batch 1 in FP32
 * (Eq. 6.2, where the weights dominate the traffic).
 *
 * @throws InvalidParameterError for widths or batch outside [1, 1e9], a non-boolean
 *   `bias`, an unknown precision or key, or a missing input object.
 * @example
 * ```ts
 * const l1 = denseLayerCost({ inputs: 784, outputs: 128 });    // MNIST layer 1
 * l1.params                                                  // 100480
 * l1.macs                                                    // 100352
 * denseLayerCost({ inputs: 784, outputs: 128, batch: 32 }).flops.to("FLOP") // 6422528
 * denseLayerCost({ inputs: 784, outputs: 100 }).intensity.to("FLOP/B")     // 0.4944…
 * ```
 */
export function denseLayerCost(input: DenseLayerCostInput): DenseLayerCost {
  const fn = "denseLayerCost";
  const checked = validatorFor(fn).options("input", input, ["inputs", "outputs", "batch", "bias", "precision"]);
  const inputs = readCount(fn, "inputs", checked.inputs, 1, MAX_LAYER_WIDTH);
  const outputs = readCount(fn, "outputs", checked.outputs, 1, MAX_LAYER_WIDTH);
  const batch = readCount(fn, "batch", checked.batch ?? 1, 1, MAX_BATCH);
  const bias = readFlag(fn, "bias", checked.bias, true);
  const precision = readPrecision(fn, "precision", checked.precision ?? "fp32");
  const weights = inputs * outputs;
  const biases = bias ? outputs : 0;
  const matmul = matmulCost({ m: batch, k: inputs, n: outputs, precision });
  return Object.freeze({
    weights,
    biases,
    params: weights + biases,
    macsPerSample: weights,
    macs: matmul.macs,
    flops: q(2 * matmul.macs, "FLOP"),
    biasOps: bias ? batch * outputs : 0,
    parameterMemory: parameterMemory({ params: weights + biases, precision }),
    intensity: matmul.intensity,
  });
}
