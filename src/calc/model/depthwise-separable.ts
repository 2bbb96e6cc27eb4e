/**
 * Depthwise-separable convolution (MobileNet, DS-CNN; book L11338–L11347): a K×K
 * depthwise convolution per input channel followed by a 1×1 pointwise convolution,
 * against the standard convolution it replaces.
 */
import { validatorFor } from "../../util/validate";
import { CONV_KEYS, convolution, type Conv2dLayerCost, type Conv2dLayerCostInput } from "./conv-core";

/** Input of {@link depthwiseSeparableCost}: the standard convolution being factored (no `groups`). */
export type DepthwiseSeparableInput = Omit<Conv2dLayerCostInput, "groups">;

/** Result of {@link depthwiseSeparableCost}. */
export interface DepthwiseSeparableCost {
  /** The K×K depthwise convolution, C_in → C_in with groups = C_in. */
  readonly depthwise: Conv2dLayerCost;
  /** The 1×1 pointwise convolution, C_in → C_out, on the depthwise output. */
  readonly pointwise: Conv2dLayerCost;
  /** The standard K×K convolution C_in → C_out it replaces. */
  readonly standard: Conv2dLayerCost;
  /** (depthwise + pointwise MACs) / standard MACs. */
  readonly macRatio: number;
  /** (depthwise + pointwise weights) / standard weights (biases excluded). */
  readonly weightRatio: number;
  /** The book's closed form 1/C_out + 1/K², equal to both ratios (same padding and stride in each part). */
  readonly approximateRatio: number;
  /** standard / separable MACs: how many times fewer operations ("8–9× for 3×3", L10373). */
  readonly macSavings: number;
}

/**
 * Cost of a depthwise-separable convolution against the standard one.
 *
 * Formula (seed 004 L11341–L11347): depthwise K·K·C_in weights, pointwise C_in·C_out;
 * ratio = (K²·C_in + C_in·C_out) / (K²·C_in·C_out) = 1/C_out + 1/K², ≈ 1/K² for large
 * C_out, so a 3×3 kernel saves 8–9× (L10373). The stride and padding apply to the
 * depthwise part; the pointwise part runs at stride 1 on its output.
 *
 * @throws InvalidParameterError as {@link conv2dLayerCost} does, naming this function.
 * @example
 * ```ts
 * const ds = depthwiseSeparableCost({ height: 56, width: 56, inChannels: 128, outChannels: 128, kernel: 3, padding: "same" });
 * ds.macRatio          // 0.1189…  (1/128 + 1/9)
 * ds.macSavings        // 8.41…
 * ```
 */
export function depthwiseSeparableCost(input: DepthwiseSeparableInput): DepthwiseSeparableCost {
  const fn = "depthwiseSeparableCost";
  const c = validatorFor(fn).options("input", input, CONV_KEYS.filter((k) => k !== "groups"));
  const standard = convolution(fn, c);
  const depthwise = convolution(fn, { ...c, outChannels: c.inChannels, groups: c.inChannels });
  const pointwise = convolution(fn, {
    height: depthwise.outHeight, width: depthwise.outWidth, inChannels: c.inChannels, outChannels: c.outChannels,
    kernel: 1, ...(c.bias === undefined ? {} : { bias: c.bias }), ...(c.batch === undefined ? {} : { batch: c.batch }),
  });
  const macRatio = (depthwise.macs + pointwise.macs) / standard.macs;
  return Object.freeze({
    depthwise,
    pointwise,
    standard,
    macRatio,
    weightRatio: (depthwise.weights + pointwise.weights) / standard.weights,
    approximateRatio: 1 / c.outChannels + 1 / (c.kernel * c.kernel),
    macSavings: 1 / macRatio,
  });
}
