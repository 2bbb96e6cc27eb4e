/**
 * A tiny fully connected network over plain arrays, forward and backward, in the book's
 * row-vector convention Z = A·W + b (Eq. 5.12–5.13) and backpropagation equations
 * (Eq. 5.22–5.25). It computes the chapter 5 example by hand-sized arithmetic a student
 * can follow, not a training framework: sizes are bounded and everything is eager.
 */
import { validatorFor } from "../../util/validate";
import { ACTIVATION_NAMES, type ActivationName } from "./activation";
import { activate, softmaxOf } from "./kernels";
import { readMatrix, readVector } from "./vector-input";

/** Most layers a network may have. */
export const MAX_NETWORK_LAYERS = 100;
/** Most multiply-accumulates (batch × Σ d_in·d_out) one pass may take. */
export const MAX_NETWORK_MACS = 1e8;

/** One dense layer: weights of shape d_in × d_out (row i holds input i's weights), a bias of d_out, an activation. */
export interface DenseLayerWeights {
  readonly weights: readonly (readonly number[])[];
  readonly bias: readonly number[];
  readonly activation: ActivationName;
}

/** The loss the backward pass differentiates. */
export type NetworkLoss = "squared-error" | "softmax-cross-entropy";

/** Input of {@link denseForward}. */
export interface DenseForwardInput {
  /** The layers, in order (1 to 100). */
  readonly layers: readonly DenseLayerWeights[];
  /** A batch of inputs, one row per sample (one sample: `[[1.0, 0.5]]`). */
  readonly input: readonly (readonly number[])[];
}

/** What one layer computed, row per sample. */
export interface LayerPass {
  /** Pre-activations Z = A_prev·W + b. */
  readonly z: readonly (readonly number[])[];
  /** Activations A = f(Z). */
  readonly a: readonly (readonly number[])[];
}

/** Result of {@link denseForward}. */
export interface DenseForward {
  readonly layers: readonly LayerPass[];
  /** The last layer's activations. */
  readonly output: readonly (readonly number[])[];
}

/** Gradients of one layer, for the batch. */
export interface LayerGradients {
  /** ∂L/∂W = A_prevᵀ·∂L/∂Z (Eq. 5.23), d_in × d_out. */
  readonly weights: readonly (readonly number[])[];
  /** ∂L/∂b = 1ᵀ·∂L/∂Z (Eq. 5.24). */
  readonly bias: readonly number[];
  /** ∂L/∂Z, row per sample. */
  readonly z: readonly (readonly number[])[];
  /** ∂L/∂A of this layer's output, row per sample. */
  readonly a: readonly (readonly number[])[];
}

/** Input of {@link denseBackward}. */
export interface DenseBackwardInput extends DenseForwardInput {
  /** Targets, one row per sample: values for squared error, one-hot (or soft) labels for cross-entropy. */
  readonly target: readonly (readonly number[])[];
  /**
   * `"squared-error"`: L = (1/B) Σ ½‖ŷ − y‖² (the book's ½(ŷ − y)², L9327).
   * `"softmax-cross-entropy"`: the last layer must be `"linear"` (logits); L = −(1/B) Σ y·log softmax(z).
   */
  readonly loss: NetworkLoss;
}

/** Result of {@link denseBackward}. */
export interface DenseBackward {
  readonly forward: DenseForward;
  /** The loss, averaged over the batch. */
  readonly loss: number;
  /** One entry per layer, in layer order. */
  readonly gradients: readonly LayerGradients[];
}

type Matrix = number[][];

function checkNetwork(fn: string, layers: readonly DenseLayerWeights[], input: readonly (readonly number[])[]): number {
  const check = validatorFor(fn);
  if (!Array.isArray(layers) || layers.length < 1 || layers.length > MAX_NETWORK_LAYERS) check.fail("layers", layers, `an array of 1 to ${MAX_NETWORK_LAYERS} layers`);
  const batch = readMatrix(fn, "input", input).length;
  let width = input[0].length;
  let macs = 0;
  layers.forEach((layer, l) => {
    const at = `layers[${l}]`;
    check.options(at, layer, ["weights", "bias", "activation"]);
    const w = readMatrix(fn, `${at}.weights`, layer.weights, { rows: width });
    const out = w[0].length;
    readVector(fn, `${at}.bias`, layer.bias);
    if (layer.bias.length !== out) check.fail(`${at}.bias`, layer.bias, `an array of ${out} finite numbers (one per output)`);
    check.oneOf(`${at}.activation`, layer.activation, ACTIVATION_NAMES);
    macs += batch * width * out;
    if (macs > MAX_NETWORK_MACS) check.fail("layers", layers, `a network of at most ${MAX_NETWORK_MACS} multiply-accumulates per pass for this batch`);
    width = out;
  });
  return width;
}

/** Throws unless every value of `rows` is finite (huge weights can overflow). */
function requireFinite(fn: string, parameter: string, rows: readonly (readonly number[])[]): void {
  for (const row of rows) for (const v of row) if (!Number.isFinite(v)) validatorFor(fn).fail(parameter, v, "weights and inputs small enough that every intermediate value is finite");
}

function forward(fn: string, layers: readonly DenseLayerWeights[], input: readonly (readonly number[])[]): DenseForward {
  const passes: LayerPass[] = [];
  let a: readonly (readonly number[])[] = input;
  for (const layer of layers) {
    const out = layer.bias.length;
    const z: Matrix = a.map((row) => {
      const zRow = layer.bias.slice();
      row.forEach((x, i) => { const w = layer.weights[i]; for (let j = 0; j < out; j++) zRow[j] += x * w[j]; });
      return zRow;
    });
    requireFinite(fn, "layers", z);
    const next = z.map((row) => row.map((v) => activate(layer.activation, v)[0]));
    passes.push(Object.freeze({ z: z.map((r) => Object.freeze(r)), a: next.map((r) => Object.freeze(r)) }));
    a = next;
  }
  return Object.freeze({ layers: Object.freeze(passes), output: passes[passes.length - 1].a });
}

/**
 * Forward pass of a dense network: Z^(l) = A^(l−1)·W^(l) + b^(l), A^(l) = f(Z^(l)).
 *
 * Source: seed 004 Eq. 5.12–5.13 (L8943–L8949); the toy layer of L10706–L10716 gives
 * z = [0.59, −0.09, 0.45].
 *
 * @throws InvalidParameterError for a malformed layer (shapes that do not chain, a bias
 *   of the wrong length, an unknown activation), a non-finite number, more than 100
 *   layers or 1e8 MACs, an unknown key or a missing input.
 * @example
 * ```ts
 * const f = denseForward({
 *   layers: [{ weights: [[0.5, -0.3], [0.8, 0.2]], bias: [0, 0], activation: "relu" }],
 *   input: [[1.0, 0.5]],
 * });
 * f.layers[0].z[0]   // [0.9, -0.19999999999999998]
 * f.output[0]        // [0.9, 0]
 * ```
 */
export function denseForward(input: DenseForwardInput): DenseForward {
  const fn = "denseForward";
  const c = validatorFor(fn).options("input", input, ["layers", "input"]);
  checkNetwork(fn, c.layers, c.input);
  return forward(fn, c.layers, c.input);
}

/**
 * Forward and backward pass: the loss and every layer's gradients.
 *
 * Backpropagation (seed 004 Eq. 5.22–5.25, L9278–L9302): ∂L/∂Z = ∂L/∂A ⊙ f′(Z);
 * ∂L/∂W = A_prevᵀ·∂L/∂Z; ∂L/∂b = Σ_rows ∂L/∂Z; ∂L/∂A_prev = ∂L/∂Z·Wᵀ. At the output,
 * squared error gives ∂L/∂ŷ = (ŷ − y)/B and softmax cross-entropy ∂L/∂z = (softmax(z) − y)/B.
 * The book's worked example (L9318–L9360) is reproduced exactly: ŷ = 0.54, L = 0.1058,
 * ∂L/∂W1 = [[−0.276, 0], [−0.138, 0]].
 *
 * @throws InvalidParameterError as {@link denseForward} does, and for targets whose
 *   shape does not match the output, an unknown loss, or cross-entropy after a
 *   non-linear last layer.
 * @example
 * ```ts
 * const b = denseBackward({
 *   layers: [
 *     { weights: [[0.5, -0.3], [0.8, 0.2]], bias: [0, 0], activation: "relu" },
 *     { weights: [[0.6], [-0.4]], bias: [0], activation: "linear" },
 *   ],
 *   input: [[1.0, 0.5]], target: [[1.0]], loss: "squared-error",
 * });
 * b.loss                      // 0.10579999999999998
 * b.gradients[0].weights      // [[-0.27599999999999997, 0], [-0.13799999999999998, 0]]
 * ```
 */
export function denseBackward(input: DenseBackwardInput): DenseBackward {
  const fn = "denseBackward";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["layers", "input", "target", "loss"]);
  const outWidth = checkNetwork(fn, c.layers, c.input);
  const loss = check.oneOf("loss", c.loss, ["squared-error", "softmax-cross-entropy"] as const);
  const target = readMatrix(fn, "target", c.target, { rows: c.input.length, cols: outWidth });
  const last = c.layers[c.layers.length - 1];
  if (loss === "softmax-cross-entropy" && last.activation !== "linear") {
    check.fail(`layers[${c.layers.length - 1}].activation`, last.activation, '"linear" (the loss applies softmax to the logits) with loss "softmax-cross-entropy"');
  }
  const fwd = forward(fn, c.layers, c.input);
  const batch = c.input.length;
  const output = fwd.output;
  let value = 0;
  let dA: Matrix;
  let dZ: Matrix;
  if (loss === "squared-error") {
    dA = output.map((row, i) => row.map((y, j) => (y - target[i][j]) / batch));
    output.forEach((row, i) => row.forEach((y, j) => { value += 0.5 * (y - target[i][j]) ** 2; }));
    dZ = dA.map((row, i) => row.map((g, j) => g * activate(last.activation, fwd.layers[c.layers.length - 1].z[i][j])[1]));
  } else {
    const probabilities = output.map((row) => softmaxOf(row));
    probabilities.forEach((p, i) => p.forEach((pj, j) => { if (target[i][j] !== 0) value -= target[i][j] * Math.log(pj); }));
    dZ = probabilities.map((p, i) => p.map((pj, j) => (pj - target[i][j]) / batch));
    dA = dZ.map((row) => row.slice());
  }
  const gradients: LayerGradients[] = new Array(c.layers.length);
  for (let l = c.layers.length - 1; l >= 0; l--) {
    const layer = c.layers[l];
    const prev = l === 0 ? c.input : fwd.layers[l - 1].a;
    const inWidth = layer.weights.length;
    const out = layer.bias.length;
    const dW: Matrix = Array.from({ length: inWidth }, () => new Array<number>(out).fill(0));
    const db = new Array<number>(out).fill(0);
    dZ.forEach((row, i) => row.forEach((g, j) => {
      db[j] += g;
      for (let k = 0; k < inWidth; k++) dW[k][j] += prev[i][k] * g;
    }));
    requireFinite(fn, "target", dW);
    gradients[l] = Object.freeze({ weights: dW.map((r) => Object.freeze(r)), bias: Object.freeze(db), z: dZ.map((r) => Object.freeze(r)), a: dA.map((r) => Object.freeze(r)) });
    if (l > 0) {
      const below = c.layers[l - 1];
      dA = dZ.map((row) => Array.from({ length: inWidth }, (_, k) => row.reduce((s, g, j) => s + g * layer.weights[k][j], 0)));
      dZ = dA.map((row, i) => row.map((g, k) => g * activate(below.activation, fwd.layers[l - 1].z[i][k])[1]));
    }
  }
  if (!Number.isFinite(value)) validatorFor(fn).fail("target", value, "targets for which the loss is finite");
  return Object.freeze({ forward: fwd, loss: value / batch, gradients: Object.freeze(gradients) });
}

/** Input of {@link sgdStep}. */
export interface SgdStepInput {
  readonly layers: readonly DenseLayerWeights[];
  /** Gradients from {@link denseBackward}, one per layer. */
  readonly gradients: readonly Pick<LayerGradients, "weights" | "bias">[];
  /** η, the learning rate, > 0. */
  readonly learningRate: number;
}

/**
 * One gradient-descent update θ ← θ − η·∇L (Eq. 5.26, seed 004 L9459), returning new layers.
 *
 * @throws InvalidParameterError for gradients whose shapes do not match the layers, a
 *   non-positive or non-finite learning rate, an unknown key or a missing input.
 * @example
 * ```ts
 * const layers = [{ weights: [[0.5, -0.3], [0.8, 0.2]], bias: [0, 0], activation: "relu" as const }];
 * sgdStep({ layers, gradients: [{ weights: [[-0.276, 0], [-0.138, 0]], bias: [-0.276, 0] }], learningRate: 0.1 })[0].weights[0][0]
 * // 0.5276
 * ```
 */
export function sgdStep(input: SgdStepInput): readonly DenseLayerWeights[] {
  const fn = "sgdStep";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["layers", "gradients", "learningRate"]);
  const eta = check.positive("learningRate", c.learningRate);
  if (!Array.isArray(c.layers) || c.layers.length < 1 || c.layers.length > MAX_NETWORK_LAYERS) check.fail("layers", c.layers, `an array of 1 to ${MAX_NETWORK_LAYERS} layers`);
  if (!Array.isArray(c.gradients) || c.gradients.length !== c.layers.length) check.fail("gradients", c.gradients, `one gradient per layer (${c.layers.length})`);
  return Object.freeze(c.layers.map((layer, l) => {
    const at = `layers[${l}]`;
    check.options(at, layer, ["weights", "bias", "activation"]);
    const w = readMatrix(fn, `${at}.weights`, layer.weights);
    const b = readVector(fn, `${at}.bias`, layer.bias);
    const g = c.gradients[l];
    const gw = readMatrix(fn, `gradients[${l}].weights`, g?.weights, { rows: w.length, cols: w[0].length });
    const gb = readVector(fn, `gradients[${l}].bias`, g?.bias);
    if (gb.length !== b.length) check.fail(`gradients[${l}].bias`, g.bias, `an array of ${b.length} finite numbers`);
    const weights = w.map((row, i) => Object.freeze(row.map((v, j) => v - eta * gw[i][j])));
    requireFinite(fn, "learningRate", weights);
    return Object.freeze({
      weights,
      bias: Object.freeze(b.map((v, j) => v - eta * gb[j])),
      activation: layer.activation,
    });
  }));
}
