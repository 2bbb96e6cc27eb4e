/**
 * Reading a calculator's numeric inputs. Every amount a calculator takes may be a
 * plain number in a documented default unit or a {@link Quantity} of the right
 * dimension; this file turns either into a quantity and checks its sign, with errors
 * in the library's one grammar ("fn: param must be …; got …").
 */
import type { DimensionOfUnit } from "../../units/dimension-types";
import { Quantity, asQuantity } from "../../units/quantity";
import { validatorFor } from "../../util/validate";

/**
 * A calculator input: a plain number in the parameter's documented default unit, or a
 * quantity of dimension `D` in any unit, e.g. `312e12` or `q(312, "TFLOP/s")`.
 */
export type Amount<D extends string> = number | Quantity<D>;

/** Which values an amount may take: `"positive"` (> 0, anything that divides) or `"nonNegative"` (≥ 0). */
export type AmountRange = "positive" | "nonNegative";

/**
 * Reads one amount: checks a plain number with {@link validatorFor} and attaches
 * `defaultUnit`; checks a quantity's dimension against `defaultUnit` and its sign
 * against `range`.
 *
 * @param functionName - the public calculator, used in error messages.
 * @param parameter - the parameter's name as the caller wrote it.
 * @param value - a number in `defaultUnit` or a quantity of the same dimension.
 * @param defaultUnit - unit of a plain number, e.g. `"B/s"`; also fixes the dimension.
 * @param range - `"positive"` rejects zero (use it for divisors), `"nonNegative"` allows it.
 * @returns the amount as a quantity.
 * @throws InvalidParameterError for NaN, ±Infinity, a value outside `range`, or a
 *   value that is neither a number nor a quantity.
 * @throws DimensionError for a quantity of another dimension.
 * @example
 * ```ts
 * readAmount("ironLaw", "bandwidth", q(2, "TB/s"), "B/s", "positive").to("GB/s") // 2000
 * readAmount("ironLaw", "bandwidth", 0, "B/s", "positive")
 * // InvalidParameterError: ironLaw: bandwidth must be a finite number > 0; got 0
 * readAmount("ironLaw", "dataVolume", q(-1, "GB"), "B", "nonNegative")
 * // InvalidParameterError: ironLaw: dataVolume must be a quantity ≥ 0; got "-1 GB"
 * ```
 */
export function readAmount<U extends string>(
  functionName: string,
  parameter: string,
  value: number | Quantity<string>,
  defaultUnit: U,
  range: AmountRange,
): Quantity<DimensionOfUnit<U>> {
  const check = validatorFor(functionName);
  if (typeof value === "number") {
    check[range](parameter, value);
    return asQuantity(functionName, parameter, value, defaultUnit);
  }
  const quantity = asQuantity(functionName, parameter, value, defaultUnit);
  const accepted = range === "positive" ? quantity.baseValue > 0 : quantity.baseValue >= 0;
  if (!accepted) {
    const shown = quantity.unitHint ? `${quantity.to(quantity.unitHint)} ${quantity.unitHint}` : quantity.format();
    check.fail(parameter, shown, range === "positive" ? "a quantity > 0" : "a quantity ≥ 0");
  }
  return quantity;
}
