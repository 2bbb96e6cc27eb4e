/**
 * Quantities: a number with a dimension. The value is stored in base units (s, B,
 * flop, USD, param, token, J, g, m) and converted on the way in and out, so arithmetic
 * never mixes scales. Adding or comparing different dimensions throws a
 * {@link DimensionError} naming both; where the types allow, it fails to compile first.
 */
import { DimensionError, InvalidParameterError } from "../util/errors";
import {
  describeDimension,
  divideDimensions,
  multiplyDimensions,
  nameOfDimension,
  sameDimension,
  withArticle,
  type DimensionVector,
} from "./dimension";
import type { DimensionOfUnit, Product, Quotient } from "./dimension-types";
import { displayUnit, formatQuantity, type FormatOptions } from "./format";
import { parseUnit, splitQuantityText } from "./parse";

/**
 * A number with a dimension. Create with {@link q} or {@link parseQuantity}.
 *
 * @typeParam D - the dimension name (`"time"`, `"flopRate"`, …) or `string` when the
 * compiler cannot tell.
 * @example
 * ```ts
 * const compute = q(3.14e23, "FLOP");
 * const rate = q(1024 * 312 * 0.45, "TFLOP/s");
 * const time = compute.div(rate);   // Quantity<"time">
 * time.to("day")                    // 25.28…
 * time.format()                     // "25.3 days"
 * ```
 */
export class Quantity<D extends string = string> {
  /** The magnitude in base units. */
  readonly baseValue: number;
  /** Exponents of the base dimensions. */
  readonly dimension: DimensionVector;
  /** The dimension's name, e.g. `"flopRate"`, or its base-unit expression. */
  readonly dimensionName: D;
  /** The unit the quantity was created in; used as a hint when formatting. */
  readonly unitHint?: string;

  /** Prefer {@link q}; this constructor takes a value already in base units. */
  constructor(baseValue: number, dimension: DimensionVector, unitHint?: string) {
    if (!Number.isFinite(baseValue)) {
      throw new InvalidParameterError("Quantity", "value", baseValue, "a finite number");
    }
    this.baseValue = baseValue;
    this.dimension = dimension;
    this.dimensionName = (nameOfDimension(dimension) ?? describeDimension(dimension)) as D;
    this.unitHint = unitHint;
    Object.freeze(this);
  }

  /** The magnitude in `unit`, which must have this quantity's dimension. */
  to(unit: string): number {
    const target = parseUnit(unit, "Quantity.to");
    this.requireSameDimension(target.dimension, "to", "convert", `"${unit}"`);
    return this.baseValue / target.factor;
  }

  /** The same quantity, remembered in `unit` for display. */
  in(unit: string): Quantity<D> {
    const target = parseUnit(unit, "Quantity.in");
    this.requireSameDimension(target.dimension, "in", "convert", `"${unit}"`);
    return new Quantity<D>(this.baseValue, this.dimension, unit);
  }

  /** Sum; both must have the same dimension. */
  plus(other: Quantity<D>): Quantity<D> {
    this.requireSameDimension(other.dimension, "plus");
    return new Quantity<D>(this.baseValue + other.baseValue, this.dimension, this.unitHint);
  }

  /** Difference; both must have the same dimension. */
  minus(other: Quantity<D>): Quantity<D> {
    this.requireSameDimension(other.dimension, "minus");
    return new Quantity<D>(this.baseValue - other.baseValue, this.dimension, this.unitHint);
  }

  /** Product with a plain number (scaling) or another quantity. */
  times(factor: number): Quantity<D>;
  times<E extends string>(other: Quantity<E>): Quantity<Product<D, E>>;
  times(other: number | Quantity<string>): Quantity<string> {
    if (typeof other === "number") return new Quantity(this.baseValue * other, this.dimension, this.unitHint);
    return new Quantity(this.baseValue * other.baseValue, multiplyDimensions(this.dimension, other.dimension));
  }

  /** Quotient by a plain number or another quantity. Division by zero throws. */
  div(divisor: number): Quantity<D>;
  div<E extends string>(other: Quantity<E>): Quantity<Quotient<D, E>>;
  div(other: number | Quantity<string>): Quantity<string> {
    const divisor = typeof other === "number" ? other : other.baseValue;
    if (divisor === 0 || !Number.isFinite(divisor)) {
      throw new InvalidParameterError("Quantity.div", "divisor", divisor, "a finite non-zero number or quantity");
    }
    if (typeof other === "number") return new Quantity(this.baseValue / other, this.dimension, this.unitHint);
    return new Quantity(this.baseValue / other.baseValue, divideDimensions(this.dimension, other.dimension));
  }

  /** Ratio to a quantity of the same dimension, as a plain number. */
  ratio(other: Quantity<D>): number {
    this.requireSameDimension(other.dimension, "ratio", "divide");
    if (other.baseValue === 0) throw new InvalidParameterError("Quantity.ratio", "other", 0, "a non-zero quantity");
    return this.baseValue / other.baseValue;
  }

  /** -1, 0 or 1 as this is less than, equal to or greater than `other`. */
  compare(other: Quantity<D>): -1 | 0 | 1 {
    this.requireSameDimension(other.dimension, "compare");
    return this.baseValue < other.baseValue ? -1 : this.baseValue > other.baseValue ? 1 : 0;
  }

  /** Readable text in the best unit, e.g. `"25.3 days"`; see {@link formatQuantity}. */
  format(options?: FormatOptions): string {
    return formatQuantity(this, options);
  }

  /** Same as {@link Quantity.format} with default options. */
  toString(): string {
    return this.format();
  }

  /** JSON form: `{ value, unit }` in the display unit, so results serialise readably. */
  toJSON(): { value: number; unit: string; dimension: string } {
    const unit = this.unitHint ?? displayUnit(this).unit;
    return { value: this.to(unit), unit, dimension: this.dimensionName };
  }

  private requireSameDimension(other: DimensionVector, operation: string, verb = "combine", target?: string): void {
    if (!sameDimension(this.dimension, other)) {
      const right = target ? `${target}, ${withArticle(describeDimension(other))}` : describeDimension(other);
      throw new DimensionError(`Quantity.${operation}`, describeDimension(this.dimension), right, verb);
    }
  }
}

/**
 * Creates a quantity from a magnitude and a unit expression.
 *
 * @param value - the magnitude, finite.
 * @param unit - a symbol or expression from the unit table: `"TFLOP/s"`, `"GiB"`, `"USD/TB/month"`.
 * @throws InvalidParameterError for a non-finite value or an unknown unit.
 * @example
 * ```ts
 * q(312, "TFLOP/s").to("FLOP/s")   // 312000000000000
 * q(80, "GiB").to("GB")            // 85.89934592
 * ```
 */
export function q<U extends string>(value: number, unit: U): Quantity<DimensionOfUnit<U>> {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new InvalidParameterError("q", "value", value, `a finite number (unit ${JSON.stringify(unit)})`);
  }
  const parsed = parseUnit(unit, "q");
  return new Quantity(value * parsed.factor, parsed.dimension, unit);
}

/**
 * Parses text such as `"312 TFLOP/s"`, `"3.14e23 FLOP"`, `"1,024 GPU"`-free numbers or
 * `"$0.50/year"` into a quantity.
 *
 * @throws InvalidParameterError when the number or the unit cannot be read.
 * @example
 * ```ts
 * parseQuantity("16 kHz").times(parseQuantity("2 B")).format() // "32 kB/s"
 * ```
 */
export function parseQuantity(text: string): Quantity<string> {
  const { value, unit } = splitQuantityText(text, "parseQuantity");
  const parsed = parseUnit(unit, "parseQuantity");
  return new Quantity(value * parsed.factor, parsed.dimension, unit || undefined);
}

/**
 * True for a {@link Quantity}; optionally of a given dimension name.
 *
 * @example
 * ```ts
 * isQuantity(q(1, "s"), "time") // true
 * isQuantity(1)                  // false
 * ```
 */
export function isQuantity(value: unknown, dimensionName?: string): value is Quantity {
  return value instanceof Quantity && (dimensionName === undefined || value.dimensionName === dimensionName);
}

/**
 * Accepts a quantity of the expected dimension, or a plain number taken to be in
 * `defaultUnit`, and returns the quantity. Calculators use it so callers can pass
 * either `q(312, "TFLOP/s")` or `312e12`.
 *
 * @throws DimensionError when a quantity of another dimension is passed.
 * @throws InvalidParameterError when a number is not finite.
 * @example
 * ```ts
 * asQuantity("trainingTime", "peakFlopsPerDevice", 312e12, "FLOP/s").to("TFLOP/s") // 312
 * ```
 */
export function asQuantity<U extends string>(
  functionName: string,
  parameter: string,
  value: number | Quantity<string>,
  defaultUnit: U,
): Quantity<DimensionOfUnit<U>> {
  const expected = parseUnit(defaultUnit, functionName);
  if (value instanceof Quantity) {
    if (!sameDimension(value.dimension, expected.dimension)) {
      const expectedText = describeDimension(expected.dimension);
      const actualText = describeDimension(value.dimension);
      throw new DimensionError(functionName, expectedText, actualText, "match",
        `${functionName}: ${parameter} must be ${withArticle(expectedText)}; got ${value.format()}, ${withArticle(actualText)}`);
    }
    return value as Quantity<DimensionOfUnit<U>>;
  }
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new InvalidParameterError(functionName, parameter, value, `a finite number (in ${defaultUnit}) or a quantity`);
  }
  return new Quantity(value * expected.factor, expected.dimension, defaultUnit);
}
