/**
 * Shared input checks of the compression algorithms: a weight tensor as a typed array
 * (optionally with a [rows, cols] shape), bounded in size, finite.
 */
import { validatorFor } from "../../util/validate";

/** Most elements a compression algorithm accepts in one tensor (50M: 200 MB of FP32). */
export const MAX_TENSOR_ELEMENTS = 50_000_000;

/** A weight tensor: float32 (the usual storage) or float64. */
export type WeightArray = Float32Array | Float64Array;

/** @internal Checks a weight array: typed, non-empty, at most {@link MAX_TENSOR_ELEMENTS}, finite with |x| ≤ 1e150. */
export function weightsOf(fn: string, parameter: string, values: unknown): WeightArray {
  const check = validatorFor(fn);
  if (!(values instanceof Float32Array || values instanceof Float64Array)) check.fail(parameter, values, "a Float32Array or Float64Array");
  const w = values as WeightArray;
  if (w.length === 0) check.fail(parameter, "an empty array", "a non-empty array");
  if (w.length > MAX_TENSOR_ELEMENTS) check.fail(parameter, `an array of ${w.length}`, `at most ${MAX_TENSOR_ELEMENTS} elements`);
  // |x| ≤ 1e150 keeps squared errors and energies finite.
  for (let k = 0; k < w.length; k++) if (!(Math.abs(w[k]) <= 1e150)) check.fail(`${parameter}[${k}]`, w[k], "a finite number with |x| ≤ 1e150");
  return w;
}

/** @internal Checks a `[rows, cols]` shape against an element count. */
export function shapeOf(fn: string, shape: unknown, length: number): [number, number] {
  const check = validatorFor(fn);
  if (!Array.isArray(shape) || shape.length !== 2) check.fail("shape", shape, "a [rows, cols] pair");
  const [rows, cols] = shape as [number, number];
  check.integer("shape[0]", rows, 1);
  check.integer("shape[1]", cols, 1);
  if (rows * cols !== length) check.fail("shape", `[${rows}, ${cols}]`, `a shape with rows × cols = ${length} (the number of values)`);
  return [rows, cols];
}

/** @internal Round half to even, as NumPy and PyTorch round. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  // + 0 turns −0 into 0, so a code of zero dequantizes to +0 (as NumPy does).
  return (Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r) + 0;
}
