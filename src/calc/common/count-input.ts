/**
 * Reading integer counts (layer widths, channels, sequence lengths, batch sizes) with a
 * documented upper bound, so no calculator does unbounded work or allocates without a
 * limit, and every error names the public function and the parameter as passed.
 */
import { validatorFor } from "../../util/validate";

/**
 * Checks that `value` is an integer in [`min`, `max`] and returns it.
 *
 * @param functionName - the public calculator, used in the error message.
 * @param parameter - the parameter's name as the caller wrote it, e.g. `"widths[2]"`.
 * @param value - the count to check.
 * @param min - the smallest accepted value (often 1, sometimes 0).
 * @param max - the largest accepted value, the calculator's documented bound.
 * @throws InvalidParameterError for a non-integer, NaN, ±Infinity or a value outside [min, max].
 * @example
 * ```ts
 * readCount("denseLayerCost", "inputs", 784, 1, 1e9)   // 784
 * readCount("denseLayerCost", "inputs", 0.5, 1, 1e9)
 * // InvalidParameterError: denseLayerCost: inputs must be an integer in [1, 1000000000]; got 0.5
 * ```
 */
export function readCount(functionName: string, parameter: string, value: number, min: number, max: number): number {
  const accepted = typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
  return accepted ? value : validatorFor(functionName).fail(parameter, value, `an integer in [${min}, ${max}]`);
}

/**
 * Checks that `value` is an array of at most `maxLength` integer counts in [`min`, `max`]
 * (the length is checked before any element is read) and returns a frozen copy.
 *
 * @param minLength - the fewest elements accepted (e.g. 2 for a layer-width list).
 * @throws InvalidParameterError for a non-array, a length outside [minLength, maxLength]
 *   or an element outside [min, max], naming the element as `parameter[i]`.
 * @example
 * ```ts
 * readCounts("mlpMemory", "widths", [784, 128, 64, 10], { minLength: 2, maxLength: 1000, min: 1, max: 1e9 })
 * // [784, 128, 64, 10]
 * ```
 */
export function readCounts(
  functionName: string,
  parameter: string,
  value: readonly number[],
  bounds: { readonly minLength: number; readonly maxLength: number; readonly min: number; readonly max: number },
): readonly number[] {
  const check = validatorFor(functionName);
  if (!Array.isArray(value) || value.length < bounds.minLength || value.length > bounds.maxLength) {
    check.fail(parameter, value, `an array of ${bounds.minLength} to ${bounds.maxLength} integers in [${bounds.min}, ${bounds.max}]`);
  }
  return Object.freeze(value.map((v, i) => readCount(functionName, `${parameter}[${i}]`, v, bounds.min, bounds.max)));
}

/**
 * Reads an optional boolean flag, returning `fallback` when it is absent.
 *
 * @throws InvalidParameterError when the value is neither a boolean nor undefined.
 * @example
 * ```ts
 * readFlag("denseLayerCost", "bias", undefined, true) // true
 * readFlag("denseLayerCost", "bias", "yes", true)
 * // InvalidParameterError: denseLayerCost: bias must be true or false; got "yes"
 * ```
 */
export function readFlag(functionName: string, parameter: string, value: boolean | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  return typeof value === "boolean" ? value : validatorFor(functionName).fail(parameter, value, "true or false");
}
