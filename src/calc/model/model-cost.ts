/**
 * Whole-model sums from a layer list: parameters, MACs, FLOPs (2 per MAC), element-wise
 * operations and stored activations of a feed-forward network (MLP or CNN), layer by
 * layer, with shapes propagated from the input. The MNIST network 784→128→64→10 has
 * 109,386 parameters and 109,184 MACs per image (book L8505, L7660).
 */
import type { Precision } from "../../constants/types";
import { q, type Quantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";
import { readCount, readCounts, readFlag } from "../common/count-input";
import { convolution, outputSide, type Conv2dLayerCostInput } from "./conv-core";
import { MAX_BATCH, MAX_LAYER_WIDTH } from "./dense-layer";
import { parameterMemory, readPrecision } from "./numeric-format";

/** Most layers a layer list may have. */
export const MAX_MODEL_LAYERS = 10_000;

/** The non-linearity after a layer; each one but `"none"` counts one operation per output value (softmax simplified, as in L9056). */
export type LayerActivation = "none" | "relu" | "sigmoid" | "tanh" | "softmax";

/** The input of a layer list: a feature vector, or an image of height × width × channels. */
export type ModelInputShape = { readonly features: number } | { readonly height: number; readonly width: number; readonly channels: number };

/** A fully connected layer; after a spatial layer the feature map is flattened first. */
export interface DenseLayerSpec {
  readonly kind: "dense";
  /** Output neurons, an integer in [1, 1e9]. */
  readonly outputs: number;
  /** Bias vector (default true). */
  readonly bias?: boolean;
  /** Default `"none"`. */
  readonly activation?: LayerActivation;
  /** Label in the result (default `"dense N"`). */
  readonly name?: string;
}

/** A 2-D convolution on an image-shaped input (fields as in `conv2dLayerCost`; the input channels come from the previous layer). */
export interface Conv2dLayerSpec extends Pick<Conv2dLayerCostInput, "outChannels" | "kernel" | "stride" | "padding" | "groups" | "bias"> {
  readonly kind: "conv2d";
  /** Default `"none"`. */
  readonly activation?: LayerActivation;
  readonly name?: string;
}

/** Max or average pooling over size × size windows (no parameters). */
export interface Pool2dLayerSpec {
  readonly kind: "pool2d";
  /** Window side, an integer in [1, 1e6]. */
  readonly size: number;
  /** Default: the window side (non-overlapping windows). */
  readonly stride?: number;
  readonly name?: string;
}

/** One layer of a layer list. */
export type LayerSpec = DenseLayerSpec | Conv2dLayerSpec | Pool2dLayerSpec;

/** Input of {@link modelCost}. */
export interface ModelCostInput {
  /** Shape of one input sample. */
  readonly input: ModelInputShape;
  /** The layers, in order (1 to 10,000). */
  readonly layers: readonly LayerSpec[];
  /** Samples processed together, an integer in [1, 1e9] (default 1). */
  readonly batch?: number;
  /** Format of the parameters, for their memory (default `"fp32"`). */
  readonly precision?: Precision;
}

/** One row of {@link ModelCost.layers}. */
export interface LayerCostRow {
  readonly name: string;
  readonly kind: LayerSpec["kind"];
  /** Output shape of one sample: `[features]` or `[height, width, channels]`. */
  readonly outputShape: readonly number[];
  readonly params: number;
  /** Multiply-accumulates for the whole batch. */
  readonly macs: number;
  /** 2·MACs, in FLOP. */
  readonly flops: number;
  /** Bias additions, activations and pooling comparisons for the batch, in operations. */
  readonly elementwiseOps: number;
  /** Output values for the batch (the activations this layer produces). */
  readonly outputElements: number;
}

/** Result of {@link modelCost}. */
export interface ModelCost {
  readonly layers: readonly LayerCostRow[];
  readonly params: number;
  readonly macs: number;
  /** 2·MACs. */
  readonly flops: Quantity<"flop">;
  readonly elementwiseOps: number;
  /** flops + element-wise operations: the book's "total arithmetic operations" O. */
  readonly operations: Quantity<"flop">;
  /** Input values for the batch. */
  readonly inputElements: number;
  /** Output values of every layer for the batch (excluding the input). */
  readonly activationElements: number;
  /** Parameters at `precision`. */
  readonly parameterMemory: Quantity<"data">;
}

const ACTIVATIONS = ["none", "relu", "sigmoid", "tanh", "softmax"] as const;

/**
 * Parameters, MACs, FLOPs and activations of a feed-forward model, layer by layer.
 *
 * Per layer: dense B·d_in·d_out MACs; convolution B·out_H·out_W·K²·(C_in/g)·C_out MACs
 * (see {@link conv2dLayerCost}); FLOPs = 2·MACs; one element-wise operation per output
 * value for the bias and one for the activation (L8996); size² per output value for
 * pooling. Totals are sums over the layers.
 *
 * @throws InvalidParameterError for a malformed input shape or layer (named as
 *   `layers[i].field`), a convolution after a flat layer, more than 10,000 layers,
 *   sizes outside their ranges, an unknown key or a missing input.
 * @example
 * ```ts
 * const mnist = modelCost(mlpLayers({ widths: [784, 128, 64, 10] }));
 * mnist.params                                             // 109386
 * mnist.macs                                               // 109184
 * modelCost({ ...mlpLayers({ widths: [784, 128, 64, 10] }), batch: 32 }).operations.to("FLOP") // 7000704
 * ```
 */
export function modelCost(input: ModelCostInput): ModelCost {
  const fn = "modelCost";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["input", "layers", "batch", "precision"]);
  const batch = readCount(fn, "batch", c.batch ?? 1, 1, MAX_BATCH);
  const precision = readPrecision(fn, "precision", c.precision ?? "fp32");
  if (!Array.isArray(c.layers) || c.layers.length < 1 || c.layers.length > MAX_MODEL_LAYERS) {
    check.fail("layers", c.layers, `an array of 1 to ${MAX_MODEL_LAYERS} layer specs`);
  }
  let shape = readInputShape(fn, c.input);
  const rows: LayerCostRow[] = [];
  c.layers.forEach((layer, i) => {
    const at = `layers[${i}]`;
    const row = layerCost(fn, layer, at, shape, batch, i);
    rows.push(row);
    shape = row.outputShape;
  });
  const sum = (key: "params" | "macs" | "elementwiseOps" | "outputElements") => rows.reduce((total, r) => total + r[key], 0);
  const params = sum("params");
  const macs = sum("macs");
  const elementwiseOps = sum("elementwiseOps");
  const inputShape = readInputShape(fn, c.input);
  return Object.freeze({
    layers: Object.freeze(rows),
    params,
    macs,
    flops: q(2 * macs, "FLOP"),
    elementwiseOps,
    operations: q(2 * macs + elementwiseOps, "FLOP"),
    inputElements: batch * inputShape.reduce((a, b) => a * b, 1),
    activationElements: sum("outputElements"),
    parameterMemory: parameterMemory({ params, precision }),
  });
}

function readInputShape(fn: string, shape: ModelInputShape): readonly number[] {
  const check = validatorFor(fn);
  if (shape !== null && typeof shape === "object" && "features" in shape) {
    check.options("input", shape, ["features"]);
    return [readCount(fn, "input.features", shape.features, 1, MAX_LAYER_WIDTH)];
  }
  const s = check.options("input", shape as { height: number; width: number; channels: number }, ["height", "width", "channels"]);
  return (["height", "width", "channels"] as const).map((key) => readCount(fn, `input.${key}`, s[key], 1, 1e6));
}

function layerCost(fn: string, layer: LayerSpec, at: string, shape: readonly number[], batch: number, index: number): LayerCostRow {
  const check = validatorFor(fn);
  if (layer === null || typeof layer !== "object") check.fail(at, layer, 'a layer spec with kind "dense", "conv2d" or "pool2d"');
  const kind = check.oneOf(`${at}.kind`, layer.kind, ["dense", "conv2d", "pool2d"] as const);
  const name = layer.name ?? `${kind} ${index + 1}`;
  if (typeof name !== "string") check.fail(`${at}.name`, name, "a string");
  const perOutput = (bias: boolean, activation: LayerActivation | undefined) =>
    (bias ? 1 : 0) + (check.oneOf(`${at}.activation`, activation ?? "none", ACTIVATIONS) === "none" ? 0 : 1);
  if (kind === "dense") {
    const l = check.options(at, layer as DenseLayerSpec, ["kind", "outputs", "bias", "activation", "name"]);
    const inputs = shape.reduce((a, b) => a * b, 1);
    if (inputs > MAX_LAYER_WIDTH) check.fail(`${at}.outputs`, l.outputs, `a layer after at most ${MAX_LAYER_WIDTH} input features (the flattened input has ${inputs})`);
    const outputs = readCount(fn, `${at}.outputs`, l.outputs, 1, MAX_LAYER_WIDTH);
    const bias = readFlag(fn, `${at}.bias`, l.bias, true);
    const macs = batch * inputs * outputs;
    return row(name, kind, [outputs], inputs * outputs + (bias ? outputs : 0), macs, batch * outputs * perOutput(bias, l.activation), batch * outputs);
  }
  if (shape.length !== 3) check.fail(`${at}.kind`, kind, `a layer for an image-shaped input (the previous output is flat: [${shape.join(", ")}])`);
  const [height, width, channels] = shape;
  if (kind === "conv2d") {
    const l = check.options(at, layer as Conv2dLayerSpec, ["kind", "outChannels", "kernel", "stride", "padding", "groups", "bias", "activation", "name"]);
    const conv = convolution(fn, {
      height, width, inChannels: channels, outChannels: l.outChannels, kernel: l.kernel,
      ...(l.stride === undefined ? {} : { stride: l.stride }), ...(l.padding === undefined ? {} : { padding: l.padding }),
      ...(l.groups === undefined ? {} : { groups: l.groups }), ...(l.bias === undefined ? {} : { bias: l.bias }), batch,
    }, `${at}.`);
    const outputs = batch * conv.outputElementsPerSample;
    return row(name, kind, [conv.outHeight, conv.outWidth, conv.outChannels], conv.params, conv.macs, outputs * perOutput(conv.biases > 0, l.activation), outputs);
  }
  const l = check.options(at, layer as Pool2dLayerSpec, ["kind", "size", "stride", "name"]);
  const size = readCount(fn, `${at}.size`, l.size, 1, 1e6);
  const window = { kernel: size, stride: l.stride ?? size };
  const outHeight = outputSide(fn, { size: height, ...window }, `${at}.height`, `${at}.`);
  const outWidth = outputSide(fn, { size: width, ...window }, `${at}.width`, `${at}.`);
  const outputs = batch * outHeight * outWidth * channels;
  return row(name, kind, [outHeight, outWidth, channels], 0, 0, outputs * size * size, outputs);
}

function row(name: string, kind: LayerSpec["kind"], outputShape: number[], params: number, macs: number, elementwiseOps: number, outputElements: number): LayerCostRow {
  return Object.freeze({ name, kind, outputShape: Object.freeze(outputShape), params, macs, flops: 2 * macs, elementwiseOps, outputElements });
}

/** Input of {@link mlpLayers}. */
export interface MlpLayersInput {
  /** Layer widths from input to output, e.g. `[784, 128, 64, 10]`: 2 to 10,001 integers in [1, 1e9]. */
  readonly widths: readonly number[];
  /** Biases on every layer (default true). */
  readonly bias?: boolean;
  /** Activation of the hidden layers (default `"relu"`). */
  readonly hiddenActivation?: LayerActivation;
  /** Activation of the output layer (default `"softmax"`, a classifier). */
  readonly outputActivation?: LayerActivation;
}

/**
 * The layer list of a multi-layer perceptron, ready for {@link modelCost}.
 *
 * @throws InvalidParameterError for fewer than 2 or more than 10,001 widths, a width
 *   outside [1, 1e9], an unknown activation or key, or a missing input.
 * @example
 * ```ts
 * const mlp = mlpLayers({ widths: [784, 128, 64, 10] });
 * mlp.input                                  // { features: 784 }
 * mlp.layers.map((l) => l.outputs)           // [128, 64, 10]
 * modelCost({ ...mlpLayers({ widths: [784, 4096, 4096, 10], bias: false }) }).params // 20029440
 * ```
 */
export function mlpLayers(input: MlpLayersInput): { readonly input: { readonly features: number }; readonly layers: readonly DenseLayerSpec[] } {
  const fn = "mlpLayers";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["widths", "bias", "hiddenActivation", "outputActivation"]);
  const widths = readCounts(fn, "widths", c.widths, { minLength: 2, maxLength: MAX_MODEL_LAYERS + 1, min: 1, max: MAX_LAYER_WIDTH });
  const bias = readFlag(fn, "bias", c.bias, true);
  const hidden = check.oneOf("hiddenActivation", c.hiddenActivation ?? "relu", ACTIVATIONS);
  const output = check.oneOf("outputActivation", c.outputActivation ?? "softmax", ACTIVATIONS);
  const layers = widths.slice(1).map((outputs, i): DenseLayerSpec => Object.freeze({
    kind: "dense" as const, outputs, bias,
    activation: i === widths.length - 2 ? output : hidden,
    name: `L${i + 1} ${widths[i]}→${outputs}`,
  }));
  return Object.freeze({ input: Object.freeze({ features: widths[0] }), layers: Object.freeze(layers) });
}
