/**
 * Activation functions and their derivatives (book Eq. 5.3–5.5): the non-linearities
 * whose slopes decide how gradients flow back through depth.
 */
import { validatorFor } from "../../util/validate";
import { activate } from "./kernels";
import { readVector } from "./vector-input";

/** An element-wise activation: identity, ReLU, the logistic sigmoid or tanh. */
export type ActivationName = "linear" | "relu" | "sigmoid" | "tanh";

/** The activation names, in the order the book introduces them after the identity. */
export const ACTIVATION_NAMES: readonly ActivationName[] = Object.freeze(["linear", "relu", "sigmoid", "tanh"]);

/** Input of {@link activation}. */
export interface ActivationInput {
  /** `"linear"`, `"relu"`, `"sigmoid"` or `"tanh"`. */
  readonly name: ActivationName;
  /** The pre-activation z: one number or an array of up to 1e7 finite numbers. */
  readonly x: number | readonly number[];
}

/** Result of {@link activation}: one value and one slope per input. */
export interface ActivationResult {
  /** f(z) for each input. */
  readonly values: readonly number[];
  /** f′(z) for each input (ReLU′(0) is taken as 0, as in L12223). */
  readonly derivatives: readonly number[];
}

/**
 * Values and derivatives of an activation function.
 *
 * Formulas (seed 004 L8239–L8267): sigmoid σ(z) = 1/(1 + e^−z), σ′ = σ(1 − σ) ≤ 0.25;
 * tanh′ = 1 − tanh²; ReLU(z) = max(0, z), ReLU′ = 1 for z > 0 else 0; linear f(z) = z.
 * The sigmoid is evaluated in a form that does not overflow for large |z|.
 *
 * @throws InvalidParameterError for an unknown name, a non-finite input, more than 1e7
 *   inputs, an unknown key or a missing input.
 * @example
 * ```ts
 * activation({ name: "sigmoid", x: 0 })              // { values: [0.5], derivatives: [0.25] }
 * activation({ name: "relu", x: [-1, 2] }).values    // [0, 2]
 * activation({ name: "sigmoid", x: -800 }).values    // [0]  (no overflow)
 * ```
 */
export function activation(input: ActivationInput): ActivationResult {
  const fn = "activation";
  const check = validatorFor(fn);
  const c = check.options("input", input, ["name", "x"]);
  const name = check.oneOf("name", c.name, ACTIVATION_NAMES);
  const xs = typeof c.x === "number" ? [check.finite("x", c.x)] : readVector(fn, "x", c.x);
  const values: number[] = new Array(xs.length);
  const derivatives: number[] = new Array(xs.length);
  for (let i = 0; i < xs.length; i++) [values[i], derivatives[i]] = activate(name, xs[i]);
  return Object.freeze({ values: Object.freeze(values), derivatives: Object.freeze(derivatives) });
}
