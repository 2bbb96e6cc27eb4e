/**
 * A 2-D convolution layer (book Eq. 6.3): output shape, parameters and
 * multiply-accumulates, K×K×(C_in/groups)×C_out weights reused at every output
 * position. Grouped convolutions cover the depthwise case (groups = C_in).
 */
import { validatorFor } from "../../util/validate";
import { CONV_KEYS, convolution, outputSide, type Conv2dLayerCost, type Conv2dLayerCostInput, type ConvOutputSizeInput } from "./conv-core";

export { MAX_CONV_DIMENSION, type Conv2dLayerCost, type Conv2dLayerCostInput, type ConvOutputSizeInput, type ConvPadding } from "./conv-core";

/**
 * Output side of a convolution or pooling window sliding over one input side.
 *
 * Formula: out = ⌊(size + 2·p − dilation·(K − 1) − 1) / stride⌋ + 1; `"same"` gives
 * ⌈size / stride⌉ (TensorFlow's convention). A 3×3 window at stride 1 over 28 pixels
 * fits 26 times (seed 004 L12645).
 *
 * @throws InvalidParameterError for counts outside [1, 1e6], a bad padding, a kernel
 *   larger than the padded input, an unknown key or a missing input.
 * @example
 * ```ts
 * convOutputSize({ size: 28, kernel: 3 })                          // 26
 * convOutputSize({ size: 224, kernel: 7, stride: 2, padding: 3 })  // 112
 * convOutputSize({ size: 28, kernel: 3, padding: "same" })         // 28
 * ```
 */
export function convOutputSize(input: ConvOutputSizeInput): number {
  const fn = "convOutputSize";
  return outputSide(fn, validatorFor(fn).options("input", input, ["size", "kernel", "stride", "padding", "dilation"]), "size");
}

/**
 * Output shape, parameters and MACs of a 2-D convolution.
 *
 * Formula (E6.4, seed 004 L10879; L11313–L11331): weights = K²·(C_in/g)·C_out; MACs =
 * out_H·out_W·K²·(C_in/g)·C_out per sample; FLOPs = 2·MACs. Padded positions are
 * counted as computed, as dense implementations do.
 *
 * @throws InvalidParameterError for sizes outside their ranges, channels not divisible
 *   by `groups`, a kernel larger than the padded input, an unknown key or a missing input.
 * @example
 * ```ts
 * const c = conv2dLayerCost({ height: 224, width: 224, inChannels: 1, outChannels: 64, kernel: 3, padding: "same" });
 * c.weights                 // 576
 * c.outputElementsPerSample // 3211264
 * c.weightReuse             // 50176
 * conv2dLayerCost({ height: 224, width: 224, inChannels: 3, outChannels: 64, kernel: 7, stride: 2, padding: 3, bias: false }).params // 9408
 * ```
 */
export function conv2dLayerCost(input: Conv2dLayerCostInput): Conv2dLayerCost {
  const fn = "conv2dLayerCost";
  return convolution(fn, validatorFor(fn).options("input", input, CONV_KEYS));
}
