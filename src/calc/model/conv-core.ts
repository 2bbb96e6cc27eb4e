/**
 * The arithmetic shared by the convolution, depthwise-separable and whole-model
 * calculators: how many positions a window fits along one side, and a convolution's
 * weights and MACs. Internal: the public entry points are `convOutputSize`,
 * `conv2dLayerCost`, `depthwiseSeparableCost` and `modelCost`, whose names appear in
 * the errors raised here.
 */
import type { Quantity } from "../../units/quantity";
import { q } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readCount, readFlag } from "../common/count-input";
import { MAX_BATCH } from "./dense-layer";

/** Largest image side, channel count or kernel size accepted by the convolution calculators. */
export const MAX_CONV_DIMENSION = 1e6;

/** Padding of a convolution: `"valid"` (none), `"same"` (output side = ⌈input / stride⌉) or explicit pixels per side. */
export type ConvPadding = "valid" | "same" | number;

/** Input of `convOutputSize`. */
export interface ConvOutputSizeInput {
  /** Input side (height or width) in pixels, an integer in [1, 1e6]. */
  readonly size: number;
  /** Kernel side K, an integer in [1, 1e6]. */
  readonly kernel: number;
  /** Stride, an integer in [1, 1e6] (default 1). */
  readonly stride?: number;
  /** `"valid"` (default), `"same"` or pixels of zero padding per side (an integer ≥ 0). */
  readonly padding?: ConvPadding;
  /** Dilation, an integer in [1, 1e6] (default 1). */
  readonly dilation?: number;
}

/**
 * One output side, with errors naming the public function `fn`, the side as `sizeName`
 * and the other fields as `prefix + name` (e.g. `"layers[2].kernel"`).
 */
export function outputSide(fn: string, input: ConvOutputSizeInput, sizeName: string, prefix = ""): number {
  const check = validatorFor(fn);
  const size = readCount(fn, sizeName, input.size, 1, MAX_CONV_DIMENSION);
  const kernel = readCount(fn, `${prefix}kernel`, input.kernel, 1, MAX_CONV_DIMENSION);
  const stride = readCount(fn, `${prefix}stride`, input.stride ?? 1, 1, MAX_CONV_DIMENSION);
  const dilation = readCount(fn, `${prefix}dilation`, input.dilation ?? 1, 1, MAX_CONV_DIMENSION);
  const padding = input.padding ?? "valid";
  if (padding === "same") return Math.ceil(size / stride);
  const pixels = padding === "valid" ? 0
    : typeof padding === "number" ? readCount(fn, `${prefix}padding`, padding, 0, MAX_CONV_DIMENSION)
      : check.fail(`${prefix}padding`, padding, '"valid", "same" or an integer ≥ 0');
  const span = dilation * (kernel - 1) + 1;
  if (span > size + 2 * pixels) check.fail(`${prefix}kernel`, kernel, `a window (dilated span ${span}) no larger than the padded input (${size + 2 * pixels} pixels)`);
  return Math.floor((size + 2 * pixels - span) / stride) + 1;
}

/** Input of `conv2dLayerCost`. */
export interface Conv2dLayerCostInput {
  /** Input height H in pixels, an integer in [1, 1e6]. */
  readonly height: number;
  /** Input width W in pixels, an integer in [1, 1e6]. */
  readonly width: number;
  /** C_in, input channels, an integer in [1, 1e6]. */
  readonly inChannels: number;
  /** C_out, output channels (filters), an integer in [1, 1e6]. */
  readonly outChannels: number;
  /** K, the square kernel's side, an integer in [1, 1e6]. */
  readonly kernel: number;
  /** Stride (default 1). */
  readonly stride?: number;
  /** `"valid"` (default), `"same"` or pixels per side. */
  readonly padding?: ConvPadding;
  /** Channel groups (default 1); C_in and C_out must both be multiples of it. groups = C_in is a depthwise convolution. */
  readonly groups?: number;
  /** Whether each output channel has a bias (default true). */
  readonly bias?: boolean;
  /** Samples processed together, an integer in [1, 1e9] (default 1). */
  readonly batch?: number;
}

/** Result of `conv2dLayerCost`. */
export interface Conv2dLayerCost {
  /** Output height. */
  readonly outHeight: number;
  /** Output width. */
  readonly outWidth: number;
  /** Output channels. */
  readonly outChannels: number;
  /** K·K·(C_in/groups)·C_out weights. */
  readonly weights: number;
  /** C_out biases (0 without bias). */
  readonly biases: number;
  /** weights + biases. */
  readonly params: number;
  /** out_H·out_W output positions per channel. */
  readonly positions: number;
  /** out_H·out_W·C_out output values per sample (the feature map to store). */
  readonly outputElementsPerSample: number;
  /** positions·weights multiply-accumulates per sample. */
  readonly macsPerSample: number;
  /** batch·MACs per sample. */
  readonly macs: number;
  /** 2·MACs. */
  readonly flops: Quantity<"flop">;
  /** How many times each weight is used per sample (= positions). */
  readonly weightReuse: number;
}

/** The keys a convolution input may carry. */
export const CONV_KEYS = ["height", "width", "inChannels", "outChannels", "kernel", "stride", "padding", "groups", "bias", "batch"] as const;

/** A convolution's cost, with errors naming `fn` and fields as `prefix + name`. */
export function convolution(fn: string, c: Conv2dLayerCostInput, prefix = ""): Conv2dLayerCost {
  const check = validatorFor(fn);
  const inChannels = readCount(fn, `${prefix}inChannels`, c.inChannels, 1, MAX_CONV_DIMENSION);
  const outChannels = readCount(fn, `${prefix}outChannels`, c.outChannels, 1, MAX_CONV_DIMENSION);
  const groups = readCount(fn, `${prefix}groups`, c.groups ?? 1, 1, MAX_CONV_DIMENSION);
  if (inChannels % groups !== 0 || outChannels % groups !== 0) {
    check.fail(`${prefix}groups`, groups, `a divisor of both inChannels (${inChannels}) and outChannels (${outChannels})`);
  }
  const bias = readFlag(fn, `${prefix}bias`, c.bias, true);
  const batch = readCount(fn, "batch", c.batch ?? 1, 1, MAX_BATCH);
  const side = { kernel: c.kernel, ...(c.stride === undefined ? {} : { stride: c.stride }), ...(c.padding === undefined ? {} : { padding: c.padding }) };
  const outHeight = outputSide(fn, { size: c.height, ...side }, `${prefix}height`, prefix);
  const outWidth = outputSide(fn, { size: c.width, ...side }, `${prefix}width`, prefix);
  const weights = c.kernel * c.kernel * (inChannels / groups) * outChannels;
  const biases = bias ? outChannels : 0;
  const positions = outHeight * outWidth;
  const macsPerSample = positions * weights;
  return Object.freeze({
    outHeight,
    outWidth,
    outChannels,
    weights,
    biases,
    params: weights + biases,
    positions,
    outputElementsPerSample: positions * outChannels,
    macsPerSample,
    macs: batch * macsPerSample,
    flops: q(2 * batch * macsPerSample, "FLOP"),
    weightReuse: positions,
  });
}
